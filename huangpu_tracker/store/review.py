"""What is left to review: per document (goals, how many still unreviewed, open possible targets)
and per series (document figures waiting for the analyst, conflicting figures)."""

from __future__ import annotations

from typing import Any

from huangpu_tracker.assessment.units import same_figure

# Goals (not rejected) with a source in each document, and those still as the extractor left them.
_GOALS = """
SELECT s.document_id AS id, count(DISTINCT t.id) AS n_goals,
  count(DISTINCT CASE WHEN t.review_state = 'extracted' THEN t.id END) AS n_unreviewed
FROM target_sources s JOIN targets t ON t.id = s.target_id
WHERE t.review_state != 'rejected' AND s.document_id IS NOT NULL
GROUP BY s.document_id
"""
_POSSIBLE = (
    "SELECT document_id AS id, count(*) AS n FROM possible_targets WHERE state = 'open' GROUP BY document_id"
)


def document_progress(store: Any) -> dict[int, dict[str, int]]:
    """Per document id: `n_goals`, `n_unreviewed` (goals not yet confirmed, edited or rejected),
    `n_possible` (possible targets not yet reviewed) and `n_to_review` (the last two together) —
    what the document list shows as "34 个目标，6 个待审核"."""
    progress = {
        row["id"]: {"n_goals": 0, "n_unreviewed": 0, "n_possible": 0}
        for row in store._rows("SELECT id FROM documents")
    }
    for row in store._rows(_GOALS):
        progress[row["id"]].update(n_goals=row["n_goals"], n_unreviewed=row["n_unreviewed"])
    for row in store._rows(_POSSIBLE):
        progress[row["id"]]["n_possible"] = row["n"]
    for counts in progress.values():
        counts["n_to_review"] = counts["n_unreviewed"] + counts["n_possible"]
    return progress


def progress_text(counts: dict[str, int]) -> str:
    """ "34 个目标，6 个待审核" (34 goals, 6 to review)."""
    return f"{counts['n_goals']} 个目标，{counts['n_to_review']} 个待审核"


def series_flags(store: Any) -> dict[int, dict[str, Any]]:
    """Per indicator id with document figures: `pending` (suggestions waiting for the analyst: not
    stating the accepted value of their year) and `conflict` (a year whose figures disagree)."""
    rows = store._rows(
        "SELECT indicator_id, year, value, unit, status FROM actuals "
        "WHERE status IN ('accepted', 'suggested') ORDER BY indicator_id, year, id"
    )
    years: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for row in rows:
        years.setdefault((row["indicator_id"], row["year"]), []).append(row)
    flags: dict[int, dict[str, Any]] = {}
    for (indicator_id, _), found in years.items():
        flag = flags.setdefault(indicator_id, {"pending": 0, "conflict": False})
        accepted = next((r for r in found if r["status"] == "accepted"), None)
        for row in found:
            if row["status"] == "suggested" and not (accepted and _same(row, accepted)):
                flag["pending"] += 1
        flag["conflict"] = flag["conflict"] or any(not _same(found[0], r) for r in found[1:])
    return flags


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return same_figure(a["value"], a["unit"], b["value"], b["unit"])
