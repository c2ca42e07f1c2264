"""Readable, unique, path-safe file names for exported charts: `<entity>_<metric>_<year>.<ext>`."""

from __future__ import annotations

import re
from pathlib import Path

# Characters that are unsafe in file names on Windows, macOS or Linux (Chinese is kept as is).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SPACES = re.compile(r"[\s_]+")
_MAX_PART = 40


def _clean(part: str) -> str:
    text = _SPACES.sub("_", _UNSAFE.sub("_", part.strip())).strip("._")
    return text[:_MAX_PART]


def chart_stem(entity: str, metric: str, year: int | None) -> str:
    """The base name for a chart, e.g. `黄埔区_地区生产总值_2025`."""
    parts = [_clean(entity), _clean(metric), str(year) if year else ""]
    return "_".join(p for p in parts if p) or "chart"


def unique_path(folder: Path, stem: str, ext: str, taken: set[str]) -> Path:
    """`folder/stem.ext`, suffixed `_2`, `_3`… when the name is already in `taken`.

    The chosen name is added to `taken` (compared case-insensitively, as on Windows and macOS).
    Names are unique within one export; exporting again into the same folder refreshes the files.
    """
    candidate = f"{stem}.{ext}"
    n = 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}_{n}.{ext}"
    taken.add(candidate.lower())
    return folder / candidate
