"""Pinyin glosses some mirror sites insert after characters (國(guó)內(nèi)生產(chǎn)總值): the extractor
reads the text without them and reports quotes and spans in the text as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from huangpu_tracker.chinese.han import HAN

_GLOSS = re.compile(rf"(?<={HAN})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{{1,6}} ?[)）]")  # (huì ) too


@dataclass(frozen=True)
class Unglossed:
    """`text` without glosses; `origin[i]` is where its character i stands in the text as written
    (one more entry for the end)."""

    text: str
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text as written that holds text[start:end]."""
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[start]


def without_glosses(text: str) -> Unglossed | None:
    """The text without pinyin glosses, or None when it has none."""
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _GLOSS.finditer(text):
        pieces.append(text[last : match.start()])
        origin.extend(range(last, match.start()))
        last = match.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return Unglossed("".join(pieces), origin)
