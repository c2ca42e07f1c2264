"""The extractor on the real published corpus (corpus/), scored with the shared scorer.

The floors sit a little under the current result, so that a change that makes the extractor worse
on real documents fails here. How it does on documents it has never seen is the first score of
each document, kept in docs/extraction-quality.md; this test guards what has been reached since.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
# Measured 0.957 and 0.901 when set (187 documents; body 0.964): the issue asks 0.95 and 0.90.
F1_FLOOR = 0.95
STRICT_F1_FLOOR = 0.90
ATTRIBUTE_FLOORS = {"entity": 0.96, "kind": 0.95, "comparator": 0.99, "target_year": 0.965, "metric": 0.94}


# The twelve texts of ../shared/corpus (D01–D12), held to the same floors on their own.
SHARED = sorted(CORPUS.glob("D[0-9][0-9].json"))


@pytest.fixture(scope="module")
def result(score_documents):
    return score_documents([CORPUS], [CORPUS])


def test_the_shared_corpus_alone_meets_the_floors(score_documents):
    """Measured 0.967 and 0.902 when set: the shared texts must not hide behind the grown corpus."""
    shared = score_documents(SHARED, [CORPUS])
    assert len(SHARED) == 12
    assert shared["f1"] >= F1_FLOOR, (shared["misses"], shared["false_alarms"])
    assert shared["strict"]["f1"] >= STRICT_F1_FLOOR, shared["wrong_entity"]


def test_the_corpus_covers_at_least_forty_real_documents():
    assert len(list(CORPUS.glob("*.json"))) >= 40
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"**{path.stem}.txt**" in sources for path in CORPUS.glob("*.json"))


def test_f1_on_real_documents(result):
    assert result["f1"] >= F1_FLOOR, (result["misses"][:10], result["false_alarms"][:10])


def test_strict_f1_on_real_documents(result):
    """Value, body and year right: what an analyst gets without correcting anything."""
    assert result["strict"]["f1"] >= STRICT_F1_FLOOR, result["wrong_entity"][:10]


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_attribute_accuracy_on_real_documents(result, attribute):
    assert result["attribute_accuracy"][attribute] >= ATTRIBUTE_FLOORS[attribute]
