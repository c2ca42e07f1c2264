"""The word families of the extraction rules, read once from resources/vocabulary/extraction.toml.

Rules ask for a family by name (`words("comparators.min_before")`) or for a regular-expression
alternation of it (`alternation(...)`, longest word first, so 不超过 wins over 超过).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from huangpu_tracker.paths import resource

VOCABULARY_FILE = ("vocabulary", "extraction.toml")


@cache
def _table() -> dict[str, Any]:
    with resource(*VOCABULARY_FILE).open("rb") as file:
        return tomllib.load(file)


def entry(name: str) -> Any:
    """The raw value of `section.family`; KeyError names a family the file lacks."""
    section, family = name.split(".", 1)
    return _table()[section][family]


def words(name: str) -> tuple[str, ...]:
    """The words of a family, as listed."""
    return tuple(entry(name))


def longest_first(name: str) -> tuple[str, ...]:
    """The words of a family, longest first (for matching at a position)."""
    return tuple(sorted(words(name), key=len, reverse=True))


def alternation(name: str) -> str:
    """A regular-expression alternation of a family, longest word first: 不超过|超过|…"""
    return "|".join(re.escape(word) for word in longest_first(name))
