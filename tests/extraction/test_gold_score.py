"""The extractor on the bundled documents, scored with the shared scorer against the gold annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / ".." / "shared" / "eval" / "gold"
SEEDS = REPO / "resources" / "documents"
F1_FLOOR = 0.90
ATTRIBUTE_FLOORS = {"entity": 0.97, "target_year": 0.95, "kind": 0.90, "comparator": 0.90, "metric": 0.85}


@pytest.fixture(scope="module")
def result(score_documents):
    if not GOLD.is_dir():
        pytest.skip(f"shared gold not found at {GOLD.resolve()}")
    return score_documents([GOLD], [SEEDS])


def test_f1_on_core_targets(result):
    assert result["f1"] >= F1_FLOOR, (result["misses"][:10], result["false_alarms"][:10])


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_attribute_accuracy_on_matches(result, attribute):
    accuracy = result["attribute_accuracy"][attribute]
    assert accuracy is not None and accuracy >= ATTRIBUTE_FLOORS[attribute], result["wrong_entity"][:10]
