"""The shared scorer (../shared/eval/score_targets.py beside the repository), for the score tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from huangpu_tracker.documents import read_document
from huangpu_tracker.documents.model import Article, Document
from huangpu_tracker.extraction import Extraction, extract_document

REPO = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO / ".." / "shared" / "eval"
SCORER = EVAL_DIR / "score_targets.py"


@pytest.fixture(scope="module")
def score_documents() -> Callable[[Sequence[Path], Sequence[Path]], dict]:
    """score_documents(gold paths, document folders): the scorer's result for what the extractor finds
    in every document the gold names. Skips when the shared scorer is not beside the repository."""
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER.resolve()}")
    spec = importlib.util.spec_from_file_location("score_targets", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    def score(gold_paths: Sequence[Path], docs_dirs: Sequence[Path]) -> dict:
        gold = scorer.load_gold(list(gold_paths))
        predicted = []
        for doc in gold:
            path = next(folder / doc for folder in docs_dirs if (folder / doc).exists())
            predicted += [{"doc": doc, **t.to_dict()} for t in extract_document(read_document(path)).targets]
        return scorer.score(predicted, gold, [str(folder) for folder in docs_dirs])

    return score


@pytest.fixture
def extract_titled() -> Callable[[str, str, int], Extraction]:
    """extract_titled(title, body, year): what the extractor finds in a one-article document with
    that title line, issued in `year`."""

    def extract(title: str, body: str, year: int) -> Extraction:
        text = f"{title}\n{body}"
        article = Article(1, 0, len(text), title, issue_year=year)
        document = Document(
            "p.txt", "p.txt", "txt", "utf-8", "0", text, title, issue_year=year, articles=[article]
        )
        return extract_document(document)

    return extract
