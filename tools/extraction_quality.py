"""Write docs/extraction-quality.md: each real document's first score beside its current score.

    .venv/bin/python tools/extraction_quality.py            # rewrite the page from the current extractor
    .venv/bin/python tools/extraction_quality.py --first A12.txt A13.txt   # score new documents once

`--first` scores documents that have no first score yet and appends them to
tests/extraction/corpus/first_scores.jsonl; a document that has one is never scored "first" again.
The page's first-score column is the honest measure of generalisation; the current column shows
what the extractor does now on documents it has since been developed on.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import subprocess
from pathlib import Path
from types import ModuleType

from huangpu_tracker.documents import read_document
from huangpu_tracker.extraction import extract_document

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "extraction" / "corpus"
FIRST_SCORES = CORPUS / "first_scores.jsonl"
PAGE = REPO / "docs" / "extraction-quality.md"
SCORER = REPO / ".." / "shared" / "eval" / "score_targets.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_targets", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found: {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(scorer: ModuleType, doc: str) -> dict:
    gold = scorer.load_gold([CORPUS / (Path(doc).stem + ".json")])
    predicted = [{"doc": doc, **t.to_dict()} for t in extract_document(read_document(CORPUS / doc)).targets]
    result = scorer.score(predicted, gold, [str(CORPUS)])
    return {
        "f1": result["f1"],
        "strict_f1": result["strict"]["f1"],
        "tp": result["tp"],
        "fp": result["fp"],
        "fn": result["fn"],
        "right": result["right"],
    }


def _first_scores() -> dict[str, dict]:
    if not FIRST_SCORES.exists():
        return {}
    rows = [json.loads(line) for line in FIRST_SCORES.read_text(encoding="utf-8").splitlines() if line]
    return {row["doc"]: row for row in rows}


def score_first(scorer: ModuleType, docs: list[str]) -> None:
    """Score documents that have no first score yet, once, and keep the result."""
    known = _first_scores()
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    with FIRST_SCORES.open("a", encoding="utf-8") as file:
        for doc in docs:
            if doc in known:
                print(f"{doc}: first scored on {known[doc]['date']}, not again")
                continue
            row = {"doc": doc, "date": str(datetime.date.today()), "extractor": commit, **_score(scorer, doc)}
            file.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(row)


def _f1(tp: int, fp: int, fn: int, right: int | None = None) -> float:
    hits = tp if right is None else right
    precision = hits / (tp + fp) if tp + fp else 0.0
    recall = hits / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def write_page(scorer: ModuleType) -> None:
    """Rewrite the page: one row per document, first and current scores, means and pooled figures."""
    first = _first_scores()
    lines = [
        "# Extraction quality on real published documents",
        "",
        "Each document of `tests/extraction/corpus/` was scored **once, before any change made for it**",
        "(first score, kept in `first_scores.jsonl` beside the corpus); the mean of the first scores is the",
        "honest measure of how the extractor does on documents it has never seen. The current columns",
        "show the extractor of this commit on the same documents, which it may since have been developed on.",
        "Regenerate with `.venv/bin/python tools/extraction_quality.py`. Strict: value, body and year right.",
        "",
        "| document | first scored | extractor | first F1 | first strict F1 | F1 now | strict F1 now |",
        "|---|---|---|---|---|---|---|",
    ]
    totals = {"first": [0, 0, 0, 0], "now": [0, 0, 0, 0]}
    means: dict[str, list[float]] = {"first_f1": [], "first_strict": [], "now_f1": [], "now_strict": []}
    empty: dict[str, list[float]] = {"first_f1": [], "first_strict": []}  # as once counted: F1 0
    for path in sorted(CORPUS.glob("*.txt")):
        now = _score(scorer, path.name)
        row = first.get(path.name)
        if _has_f1(now):
            means["now_f1"].append(now["f1"])
            means["now_strict"].append(now["strict_f1"])
        _add(totals["now"], now)
        if row is None:
            lines.append(f"| {path.name} | (shared corpus, scored before this page) | | | | "
                         f"{_cells(now)} |")  # fmt: skip
            continue
        if _has_f1(row):
            means["first_f1"].append(row["f1"])
            means["first_strict"].append(row["strict_f1"])
        else:
            empty["first_f1"].append(row["f1"])
            empty["first_strict"].append(row["strict_f1"])
        _add(totals["first"], row)
        lines.append(f"| {path.name} | {row['date']} | {row['extractor']} | {_cells(row)} | {_cells(now)} |")
    count = len(means["first_f1"])
    with_empty = {key: means[key] + empty[key] for key in empty}
    lines += [
        "",
        f"**Mean first score over {count} documents: F1 {_mean(means['first_f1']):.3f}, "
        f"strict F1 {_mean(means['first_strict']):.3f}** "
        f"(pooled over their targets: F1 {_f1(*totals['first'][:3]):.3f}, "
        f"strict {_f1(*totals['first']):.3f}).",
        "",
        f"{len(empty['first_f1'])} more documents hold no goal in their gold and gave none: they have no F1 "
        "and are left out of the means. Counted as F1 0, as this page did until 2026-12-03, the mean first "
        f"score over all {len(with_empty['first_f1'])} is F1 {_mean(with_empty['first_f1']):.3f}, "
        f"strict {_mean(with_empty['first_strict']):.3f}.",
        "",
        f"Now, the {len(means['now_f1'])} documents with an F1: mean F1 {_mean(means['now_f1']):.3f}, "
        f"mean strict F1 {_mean(means['now_strict']):.3f} (pooled: F1 {_f1(*totals['now'][:3]):.3f}, "
        f"strict {_f1(*totals['now']):.3f}).",
        "",
    ]
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {PAGE}")


def _cells(row: dict) -> str:
    """F1 and strict F1 as table cells; — for a document with no F1 (0/0)."""
    return f"{row['f1']:.2f} | {row['strict_f1']:.2f}" if _has_f1(row) else "— | —"


def _has_f1(row: dict) -> bool:
    """False for a document whose gold holds no goal and from which none was extracted (0/0)."""
    return row["tp"] + row["fp"] + row["fn"] > 0


def _add(total: list[int], row: dict) -> None:
    for index, key in enumerate(("tp", "fp", "fn", "right")):
        total[index] += row[key]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--first", nargs="+", metavar="DOC", help="score these new documents once")
    args = parser.parse_args()
    scorer = _scorer()
    if args.first:
        score_first(scorer, args.first)
    write_page(scorer)


if __name__ == "__main__":
    main()
