"""Whole-process start-up: `huangpu-tracker extract` on the seeds against `jieba.lcut` over the same
text, each a fresh process, alternated 5 times; the median ratio is reported (goal <= 1.0).

Both run as installed programs do, their modules' bytecode cached: pip compiled jieba's at install
time, and the warm-up run writes ours, even where the environment sets PYTHONDONTWRITEBYTECODE (a
checkout would otherwise compile every module from source on each run).

    .venv/bin/pytest tests/benchmarks/test_startup_speed.py --benchmark-only -s
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

LCUT = (
    "import sys, jieba; jieba.setLogLevel(60); "
    "jieba.lcut(''.join(open(p, encoding='utf-8').read() for p in sys.argv[1:]))"
)
RUNS = 5
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def test_extract_starts_no_slower_than_jieba(benchmark, seed_paths):
    files = [str(path) for path in seed_paths]
    extract = [sys.executable, "-m", "huangpu_tracker", "extract", *files]
    lcut = [sys.executable, "-c", LCUT, *files]
    _seconds(extract), _seconds(lcut)  # caches built (bytecode, our lexicon, jieba's dictionary cache)
    ratios, extract_times, lcut_times = [], [], []

    def alternate() -> None:
        for _ in range(RUNS):
            extract_times.append(_seconds(extract))
            lcut_times.append(_seconds(lcut))
            ratios.append(extract_times[-1] / lcut_times[-1])

    benchmark.pedantic(alternate, rounds=1, iterations=1)
    ratio = statistics.median(ratios)
    benchmark.extra_info.update(
        extract_median_s=round(statistics.median(extract_times), 3),
        lcut_median_s=round(statistics.median(lcut_times), 3),
        median_ratio=round(ratio, 3),
    )
    print(
        f"\nextract {statistics.median(extract_times):.2f}s, jieba.lcut {statistics.median(lcut_times):.2f}s "
        f"(medians of {RUNS} alternated runs), median ratio {ratio:.2f}"
    )
    assert ratio <= 1.0, f"extract takes {ratio:.2f}x the time of jieba.lcut over the same text"
