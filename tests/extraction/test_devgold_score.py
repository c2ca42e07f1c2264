"""The extractor on the hand-annotated development fixtures (devgold/), scored with the shared scorer.

The fixtures hold seed 003 and three texts written by the team, which the rules were developed
against: their floors guard behaviour already reached and are no measure of generalisation (see
devgold/README.md). The real published corpus is scored in test_corpus_score.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from huangpu_tracker.documents import read_document
from huangpu_tracker.extraction import extract_document

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO / ".." / "shared" / "eval" / "score_targets.py"
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


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER.resolve()}")
    spec = importlib.util.spec_from_file_location("score_targets", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result():
    scorer = _scorer()
    gold = scorer.load_gold([DEVGOLD])
    predicted = []
    for doc in gold:
        path = next(d / doc for d in DOCS_DIRS if (d / doc).exists())
        for target in extract_document(read_document(path)).targets:
            predicted.append({"doc": doc, **target.to_dict()})
    return scorer.score(predicted, gold, [str(d) for d in DOCS_DIRS])


def test_f1_on_unseen_documents(result):
    assert result["f1"] >= F1_FLOOR, (result["misses"][:10], result["false_alarms"][:10])


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_attribute_accuracy_on_unseen_documents(result, attribute):
    accuracy = result["attribute_accuracy"][attribute]
    assert accuracy is not None and accuracy >= ATTRIBUTE_FLOORS[attribute], result["wrong_entity"][:10]
