"""The extractor on the bundled documents, scored with the shared scorer against the gold annotations."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from huangpu_tracker.documents import read_document
from huangpu_tracker.extraction import extract_document

REPO = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO / ".." / "shared" / "eval"
SCORER = EVAL_DIR / "score_targets.py"
GOLD = EVAL_DIR / "gold"
F1_FLOOR = 0.90
ATTRIBUTE_FLOORS = {"entity": 0.97, "target_year": 0.95, "kind": 0.90, "comparator": 0.90, "metric": 0.85}


def _scorer():
    if not SCORER.exists() or not GOLD.is_dir():
        pytest.skip(f"shared evaluation folder not found at {EVAL_DIR.resolve()}")
    spec = importlib.util.spec_from_file_location("score_targets", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result(request):
    scorer = _scorer()
    seeds = REPO / "resources" / "documents"
    predicted = []
    for path in sorted(seeds.glob("*.txt")):
        for target in extract_document(read_document(path)).targets:
            predicted.append({"doc": path.name, **target.to_dict()})
    return scorer.score(predicted, scorer.load_gold([GOLD]), [str(seeds)])


def test_f1_on_core_targets(result):
    assert result["f1"] >= F1_FLOOR, (result["misses"][:10], result["false_alarms"][:10])


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_attribute_accuracy_on_matches(result, attribute):
    accuracy = result["attribute_accuracy"][attribute]
    assert accuracy is not None and accuracy >= ATTRIBUTE_FLOORS[attribute], result["wrong_entity"][:10]
