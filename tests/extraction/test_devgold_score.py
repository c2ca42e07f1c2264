"""The extractor on the hand-annotated development fixtures (devgold/), scored with the shared scorer.

The fixtures hold seed 003 and three texts written by the team, which the rules were developed
against: their floors guard behaviour already reached and are no measure of generalisation (see
devgold/README.md). The real published corpus is scored in test_corpus_score.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEVGOLD = Path(__file__).resolve().parent / "devgold"
DOCS_DIRS = (REPO / "resources" / "documents", DEVGOLD / "docs")
F1_FLOOR = 0.97
ATTRIBUTE_FLOORS = {
    "entity": 0.97,
    "kind": 0.97,
    "comparator": 0.97,
    "target_year": 0.97,
    "period_start": 0.97,
    "metric": 0.95,
}


@pytest.fixture(scope="module")
def result(score_documents):
    return score_documents([DEVGOLD], DOCS_DIRS)


def test_f1_on_unseen_documents(result):
    assert result["f1"] >= F1_FLOOR, (result["misses"][:10], result["false_alarms"][:10])


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_attribute_accuracy_on_unseen_documents(result, attribute):
    accuracy = result["attribute_accuracy"][attribute]
    assert accuracy is not None and accuracy >= ATTRIBUTE_FLOORS[attribute], result["wrong_entity"][:10]
