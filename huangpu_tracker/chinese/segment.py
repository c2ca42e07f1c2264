"""Part-of-speech tags of short phrases, as jieba's `posseg.lcut(text, HMM=False)` gives them.

The same algorithm (a graph of dictionary words, the most probable path through it, each word
with its dictionary tag) on jieba's own dictionary and our planning terms, read word by word from
the lexicon file in the cache (lexicon.py): jieba's dictionary is never loaded whole, so a
process that extracts a few documents starts and ends sooner than one that loads jieba.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import log

from huangpu_tracker.chinese.lexicon import lexicon

# jieba.posseg's own character classes
_HAN_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")
_ENG1 = re.compile("^[a-zA-Z0-9]$")


def _dag(block: str) -> list[list[int]]:
    words = lexicon()
    dag = []
    for start in range(len(block)):
        ends = []
        end = start
        found = words.get(block[start])
        while end < len(block) and found is not None:
            if found[0]:
                ends.append(end)
            end += 1
            found = words.get(block[start : end + 1]) if end < len(block) else None
        dag.append(ends or [start])
    return dag


def _cut_block(block: str) -> list[tuple[str, str]]:
    words = lexicon()
    dag = _dag(block)
    size = len(block)
    log_total = log(words.total)
    route: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
    for start in range(size - 1, -1, -1):
        route[start] = max(
            (
                log((words.get(block[start : end + 1]) or (0, None))[0] or 1) - log_total + route[end + 1][0],
                end,
            )
            for end in dag[start]
        )
    pairs: list[tuple[str, str]] = []
    buffer = ""
    start = 0
    while start < size:
        end = route[start][1] + 1
        word = block[start:end]
        if _ENG1.match(word):
            buffer += word
        else:
            if buffer:
                pairs.append((buffer, "eng"))
                buffer = ""
            pairs.append((word, (words.get(word) or (0, None))[1] or "x"))
        start = end
    if buffer:
        pairs.append((buffer, "eng"))
    return pairs


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for block in _HAN_BLOCK.split(text):
        if _HAN_BLOCK.match(block):
            pairs += _cut_block(block)
            continue
        for piece in _SKIP.split(block):
            if _SKIP.match(piece):
                pairs.append((piece, "x"))
                continue
            for ch in piece:
                pairs.append((ch, "m" if _NUM.match(ch) else "eng" if _ENG.match(piece) else "x"))
    return tuple(pairs)


def clear_cache() -> None:
    """Forget segmented phrases (kept between calls because plans repeat their wording)."""
    _tagged.cache_clear()


def opens_a_word(text: str) -> bool:
    """Whether `text` is a word of the dictionary or the beginning of one."""
    return lexicon().get(text) is not None


def is_word(text: str) -> bool:
    """Whether `text` is a word of the dictionary (jieba's or our planning terms)."""
    return bool((lexicon().get(text) or (0, None))[0])


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs of `text` (jieba's tag set: n, v, ns, m …)."""
    return list(_tagged(text))
