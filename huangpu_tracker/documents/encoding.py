"""Turn the bytes of a text file into text: UTF-8 (with or without BOM), GB18030/GBK, Big5 and kin.

Strict UTF-8 is tried first (it almost never decodes anything else by accident); otherwise
charset-normalizer detects the encoding from the bytes. Chinese GB labels are widened to
gb18030, the superset, so a GBK file with a rare character still decodes.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# charset-normalizer's names for the GB family, all decoded as their superset.
_GB_FAMILY = {"gb2312", "gbk", "cp936", "gb18030", "hz"}
_CHINESE = _GB_FAMILY | {"big5", "big5hkscs", "cp950"}
_CHINESE_RANGES = (
    ("\u4e00", "\u9fff"),  # CJK unified ideographs
    ("\u3000", "\u303f"),  # CJK punctuation
    ("\uff00", "\uffef"),  # full-width forms
    ("\u2000", "\u206f"),  # general punctuation (quotes, dashes)
    ("\u00a0", "\u00ff"),  # Latin-1 punctuation (·, nbsp)
)
# Control characters allowed in text; anything else in quantity means binary data.
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.01
# A UTF-8 text with at most this many bad bytes (and ten times as many good non-ASCII characters)
# is read with the bad bytes replaced by U+FFFD, rather than refused or guessed as another encoding.
_MAX_BAD_BYTES = 16


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can recognise (the message says why)."""


def decode_text(data: bytes) -> tuple[str, str, str | None]:
    """Return (text without BOM, encoding name, a note on replaced bytes or None) for `data`, or
    raise UndecodableError."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UndecodableError("二进制数据，不是文本文件 / binary data (NUL bytes), not a text file")
    note = None
    utf8 = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        text, encoding = data.decode("utf-8-sig"), utf8
    except UnicodeDecodeError:
        repaired = _nearly_utf8(data)
        if repaired is not None:
            (text, note), encoding = repaired, utf8
        elif data.startswith(codecs.BOM_UTF8):
            text, encoding = _strict(data, "utf-8-sig"), "utf-8-sig"
        else:
            text, encoding = _detect(data)
    _reject_binary(text)
    return text, encoding, note


def _nearly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes: the text with each replaced by U+FFFD and a note saying where
    (line and byte offset), or None when the bytes are not UTF-8 text."""
    bad: list[int] = []
    start = 0
    while True:
        try:
            data[start:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad.append(start + exc.start)
            if len(bad) > _MAX_BAD_BYTES:
                return None
            start += exc.end
    text = data.decode("utf-8-sig", errors="replace")
    if not _has_non_ascii(text, 10 * len(bad)):
        return None
    lines = [data.count(b"\n", 0, at) + 1 for at in bad[:3]]
    more = "…" if len(bad) > 3 else ""
    zh = "、".join(f"第 {line} 行(字节 {at})" for line, at in zip(lines, bad, strict=False)) + more
    en = ", ".join(f"line {line} (byte {at})" for line, at in zip(lines, bad, strict=False)) + more
    note = (
        f"{len(bad)} 个无效的 UTF-8 字节已替换为 �,位于{zh} / "
        f"{len(bad)} invalid UTF-8 byte(s) replaced by �, at {en}"
    )
    return text, note


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"文本编码有误 / invalid {encoding} text at byte {exc.start}") from exc


def _detect(data: bytes) -> tuple[str, str]:
    matches = list(from_bytes(data))
    if not matches:
        raise UndecodableError("无法识别的编码 / unrecognised encoding (binary data or corrupt text)")
    # On a short text the ranking is a coin toss (黄埔区 in GBK also decodes as Korean or
    # as Big5 with kana): take the best-ranked Chinese reading that looks like Chinese text.
    chinese = [m for m in matches if _family(m.encoding) in _CHINESE and _reads_as_chinese(str(m))]
    best = chinese[0] if chinese else matches[0]
    encoding = "gb18030" if _family(best.encoding) in _GB_FAMILY else best.encoding
    text = _strict(data, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding


def _has_non_ascii(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` non-ASCII characters other than U+FFFD."""
    for ch in text:
        if not ch.isascii() and ch != "\ufffd":
            count -= 1
            if count <= 0:
                return True
    return False


def _family(encoding: str) -> str:
    return encoding.lower().replace("_", "").replace("-", "")


def _reads_as_chinese(text: str) -> bool:
    """Mostly CJK ideographs, ASCII and CJK punctuation (no kana, hangul or Cyrillic)."""
    usual = sum(1 for ch in text if ch.isascii() or any(a <= ch <= b for a, b in _CHINESE_RANGES))
    return usual >= 0.97 * len(text)


def _reject_binary(text: str) -> None:
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise UndecodableError("二进制数据，不是文本文件 / binary data (control characters), not a text file")
