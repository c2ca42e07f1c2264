"""Extraction speed on the bundled documents, against jieba.lcut over the same text.

    .venv/bin/pytest tests/benchmarks/test_extraction_speed.py --benchmark-only -s

(`--benchmark-only` lifts the `--benchmark-skip` of the default options.) Only sentences holding
figures are segmented, so extraction should cost less than segmenting everything once (ratio <= 1).
"""

from __future__ import annotations

import time

from huangpu_tracker.chinese.segment import clear_cache
from huangpu_tracker.documents import read_document
from huangpu_tracker.extraction import extract_document


def _lcut_seconds(text: str) -> float:
    import jieba

    jieba.lcut(text)  # dictionary loaded before timing
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        jieba.lcut(text)
        timings.append(time.perf_counter() - start)
    return min(timings)


def test_extraction_speed(benchmark, seed_paths):
    documents = [read_document(path) for path in seed_paths]
    extract_document(documents[0])  # jieba and the dictionaries are loaded once, outside the timing
    lcut = _lcut_seconds("".join(document.text for document in documents))

    # Each round starts from an empty segmentation cache, as a first import does.
    found = benchmark.pedantic(
        lambda: [extract_document(document) for document in documents], setup=clear_cache, rounds=5
    )

    ratio = benchmark.stats.stats.min / lcut
    benchmark.extra_info["jieba_lcut_seconds"] = round(lcut, 4)
    benchmark.extra_info["ratio_to_jieba_lcut"] = round(ratio, 3)
    print(f"\nextraction {benchmark.stats.stats.min:.3f}s, jieba.lcut {lcut:.3f}s, ratio {ratio:.2f}")
    assert sum(len(extraction.targets) for extraction in found) > 0
    assert ratio <= 1.0, f"extraction is slower than segmenting the text once (ratio {ratio:.2f})"
