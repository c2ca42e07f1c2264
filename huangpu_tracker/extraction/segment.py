"""jieba, loaded once and lazily: cache in the app's cache dir, quiet logs, planning-term dictionary.

Importing jieba and loading its dictionary costs about a second, so nothing here runs at import
time; the first call pays it (never call from the GUI thread at start-up).
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any

from huangpu_tracker.paths import cache_dir, resource

USER_DICTIONARY = ("dictionaries", "planning_terms.txt")


@cache
def _posseg() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.tmp_dir = str(cache_dir())
    jieba.initialize()
    user_dictionary = resource(*USER_DICTIONARY)
    if user_dictionary.exists():
        jieba.load_userdict(str(user_dictionary))
    jieba.posseg.dt.makesure_userdict_loaded()  # user words' tags join the tag table now
    return jieba.posseg


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    # Dictionary words only (no HMM guessing of unknown words): short phrases, several times faster.
    return tuple((pair.word, pair.flag) for pair in _posseg().lcut(text, HMM=False))


def clear_cache() -> None:
    """Forget segmented phrases (kept between calls because plans repeat their wording)."""
    _tagged.cache_clear()


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs of `text` (jieba's tag set: n, v, ns, m …)."""
    return list(_tagged(text))


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word, None if jieba does not know it."""
    return _posseg().dt.word_tag_tab.get(word)


@cache
def city_names() -> frozenset[str]:
    """Short names of cities jieba knows as places (广州 for 广州市), for bare mentions."""
    table = _posseg().dt.word_tag_tab
    return frozenset(
        word[:-1] for word, tag in table.items() if len(word) == 3 and word.endswith("市") and tag == "ns"
    )
