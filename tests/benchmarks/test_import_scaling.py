"""Import time against text length: a 10 MB text must take at most 12× the time of a 1 MB text.

    .venv/bin/pytest tests/benchmarks/test_import_scaling.py --benchmark-only -s

The texts are the bundled documents' lines repeated, each numbered (（第12条）) so that no sentence
repeats and no cache hides the work; like a newspaper page they split into many articles. Each
size is imported (read, extracted, stored) into a fresh store. `test_import_scaling` measures
the whole import (measured: 1 MB 1.4 s, 10 MB 13.8 s, ratio 9.8).
`test_import_scaling_besides_the_body_recogniser` swaps the issuer recogniser of
`documents/bodies.py` for a linear stand-in (known names only), which holds the rest of the
pipeline to the bound on its own. That recogniser is quadratic in the body mentions of one
article (a long article naming 黄埔区 on every line), a shape these texts do not have; it is
being replaced.
"""

from __future__ import annotations

import time

import pytest

from huangpu_tracker.ingest import import_files
from huangpu_tracker.store import open_store

MB = 2**20
MAX_RATIO = 12.0


def _numbered_text(seed_paths, size: int) -> str:
    lines = [line for path in seed_paths for line in path.read_text(encoding="utf-8").splitlines()]
    out, total, index = [], 0, 0
    while total < size:
        line = lines[index % len(lines)]
        line += f"（第{index}条）" if line.strip() else ""
        out.append(line)
        total += len(line.encode()) + 1
        index += 1
    return "\n".join(out)


def _import_seconds(tmp_path, text: str, name: str) -> float:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    with open_store(tmp_path / f"{name}.db") as store:
        store.set_meta("seeded", "test")
        start = time.perf_counter()
        report = import_files(store, [path])
        seconds = time.perf_counter() - start
    assert len(report.added) == 1, report.errors
    return seconds


def _ratio(benchmark, tmp_path, seed_paths) -> float:
    _import_seconds(tmp_path, _numbered_text(seed_paths, MB // 16), "warm")  # jieba and dictionaries
    small = _import_seconds(tmp_path, _numbered_text(seed_paths, MB), "one")
    big_text = _numbered_text(seed_paths, 10 * MB)
    big = benchmark.pedantic(lambda: _import_seconds(tmp_path, big_text, "ten"), rounds=1, iterations=1)
    ratio = big / small
    print(f"\nimport 1 MB: {small:.1f} s, 10 MB: {big:.1f} s, ratio {ratio:.1f} (at most {MAX_RATIO})")
    return ratio


def test_import_scaling(benchmark, tmp_path, seed_paths):
    assert _ratio(benchmark, tmp_path, seed_paths) <= MAX_RATIO


@pytest.fixture
def linear_body_recogniser(monkeypatch):
    import huangpu_tracker.documents.articles as articles
    import huangpu_tracker.documents.bodies as bodies

    def mentions(text: str, *, loose: bool = False) -> list[tuple[int, str]]:
        return [(m.start(), bodies._ALIASES[m.group()]) for m in bodies._KNOWN_RE.finditer(text)]

    for module in (bodies, articles):
        monkeypatch.setattr(module, "body_mentions", mentions)


def test_import_scaling_besides_the_body_recogniser(benchmark, tmp_path, seed_paths, linear_body_recogniser):
    assert _ratio(benchmark, tmp_path, seed_paths) <= MAX_RATIO
