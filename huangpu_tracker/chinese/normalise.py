"""Text as the rules read it: simplified characters and ASCII digits, same length.

Big5 documents write 億, 萬, 個, 達到, 增長; some texts write full-width digits (２０２５年, ５％).
Every character is mapped to exactly one character, so offsets into the normalised text are
offsets into the original too and quotes can be cut from the original. The traditional-to-simplified
character table is OpenCC's (opencc-python-reimplemented), first candidate of each entry.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache
from importlib.resources import files

# Whitespace and the invisible format characters (soft hyphen, zero-width and direction marks, BOM).
_UNSEEN = re.compile(
    r"[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]+"
)
_FULL_WIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FULL_WIDTH_ASCII |= {code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)}  # Ａ-Ｚ
_FULL_WIDTH_ASCII |= {code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)}  # ａ-ｚ
_FULL_WIDTH_ASCII |= {ord("．"): ord("."), ord("％"): ord("%"), ord("／"): ord("/")}
# variant traditional forms that texts use and OpenCC's table lacks: 陜西 (Big5 pages write 陜, not 陝)
_VARIANTS = {ord("陜"): ord("陕"), ord("衞"): ord("卫"), ord("堿"): ord("碱")}
# characters simplified text uses as they are: 乾 of 乾安县 and 乾县 (OpenCC gives 干, of 乾燥)
_KEPT = "乾"


@cache
def _table() -> dict[int, int]:
    table = _FULL_WIDTH_ASCII | _VARIANTS
    characters = files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    for line in characters.splitlines():
        traditional, _, simplified = line.partition("\t")
        candidate = simplified.split(" ")[0]
        if (
            len(traditional) == 1
            and len(candidate) == 1
            and traditional != candidate
            and traditional not in _KEPT
        ):
            table[ord(traditional)] = ord(candidate)
    return table


def analysis_text(text: str) -> str:
    """`text` in simplified characters with ASCII digits, letters, dot, percent and slash.

    The result has the same length as `text`, character for character.
    """
    return text.translate(_table())


def text_fingerprint(text: str) -> str:
    """The identity of a text whatever file it came in: the sha256 of its analysis text without any
    whitespace or invisible format characters (BOM, zero-width space), full-width forms folded
    (NFKC). A GB18030 copy, a .docx of the same paragraphs or a traditional-character edition of a
    document share it."""
    kept = _UNSEEN.sub("", unicodedata.normalize("NFKC", analysis_text(text)))
    return hashlib.sha256(kept.encode("utf-8")).hexdigest()
