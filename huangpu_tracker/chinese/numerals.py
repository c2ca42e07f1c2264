"""Chinese numerals to numbers (三千 -> 3000, 一百零五 -> 105, 三点五 -> 3.5), None when malformed;
years and codes written digit by digit (二〇二五 -> 2025).

The grammar and arithmetic of cn2an's strict mode (MIT licence, cn2an 0.5), written out here so that
extraction does not import cn2an at start-up (about 0.15 s); tests/chinese/test_numerals.py checks
them against cn2an on every numeral of up to four characters and on random longer ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_ALLOWED = frozenset(_DIGITS) | frozenset(_UNITS) | {"点"}
# Digit by digit, as years are written (二〇二一, 二○二一 in some PDFs, 二O一五 and 二00四 where a
# typist took a letter O or a digit for 〇); other characters are kept.
_DIGIT_BY_DIGIT = str.maketrans("〇○ＯO零一二三四五六七八九", "00000123456789")


# cn2an's grammar of an integer, read by a few combinators rather than as one regular expression:
# written out, that expression nests each rule in the next and costs 20 ms to compile at start-up.
# A rule maps (text, start) to the set of positions it can end at.
Rule = Callable[[str, int], set[int]]


def _char(chars: str) -> Rule:
    return lambda text, i: {i + 1} if i < len(text) and text[i] in chars else set()


def _seq(*rules: Rule) -> Rule:
    def match(text: str, i: int) -> set[int]:
        ends = {i}
        for rule in rules:
            ends = {end for start in ends for end in rule(text, start)}
        return ends

    return match


def _either(*rules: Rule) -> Rule:
    return lambda text, i: set().union(*(rule(text, i) for rule in rules))


def _optional(rule: Rule) -> Rule:
    return _either(rule, lambda text, i: {i})


def _grammar() -> Rule:
    d, zero = _char("一二三四五六七八九"), _char("零")
    to_99 = _either(_seq(_optional(d), _char("十"), _optional(d)), d)
    hundreds = _either(
        _seq(d, _char("百"), _optional(_seq(zero, d))), _seq(d, _char("百"), d, _char("十"), _optional(d))
    )
    to_999 = _either(hundreds, to_99)
    thousands = _either(_seq(d, _char("千"), _optional(_seq(zero, to_99))), _seq(d, _char("千"), hundreds))
    to_9999 = _either(thousands, to_999)
    myriads = _either(
        _seq(to_9999, _char("万"), _optional(_seq(zero, to_999))), _seq(to_9999, _char("万"), thousands)
    )
    to_1e8 = _either(myriads, to_9999)
    hundred_millions = _either(
        _seq(to_1e8, _char("亿"), _optional(_seq(zero, to_1e8))), _seq(to_1e8, _char("亿"), myriads)
    )
    return _either(zero, hundred_millions, to_1e8)


_INTEGER = _grammar()
_DECIMAL = re.compile("[零一二三四五六七八九]{0,15}[一二三四五六七八九]")


def chinese_numeral_value(text: str) -> float | None:
    """The value of a numeral in simplified characters (两 and 〇 already replaced)."""
    text = text.replace("零十", "零一十").replace("零百", "零一百")  # 一千零十 = 一千零一十
    if not text or any(ch not in _ALLOWED for ch in text):
        return None
    parts = text.split("点")
    if len(parts) > 2 or len(parts[0]) not in _INTEGER(parts[0], 0):
        return None
    if len(parts) == 1:
        return float(_integer(parts[0]))
    if not _DECIMAL.fullmatch(parts[1]):
        return None
    decimal = round(sum(_DIGITS[ch] * 10 ** -(i + 1) for i, ch in enumerate(parts[1])), len(parts[1]))
    return float(round(_integer(parts[0]) + decimal, len(parts[1])))


def _integer(text: str) -> int:
    """cn2an's reading from the right: digits times the unit in force, 万/亿 multiplying the units after."""
    total, unit, myriad = 0, 1, 1
    for index, ch in enumerate(reversed(text)):
        if ch in _DIGITS:
            total += _DIGITS[ch] * unit
            continue
        unit = _UNITS[ch]
        if unit % 10_000 == 0:
            if unit > myriad:
                myriad = unit
            else:
                myriad = unit * myriad
                unit = myriad
        if unit < myriad:
            unit = unit * myriad
        if index == len(text) - 1:
            total += unit
    return int(total)


def unit_value(word: str) -> int:
    """What a word of numeral units is worth: 万 -> 10⁴, 千亿 -> 10¹¹, 万亿 -> 10¹²."""
    value = 1
    for ch in word:
        value *= _UNITS[ch]
    return value


@cache
def chinese_to_number(numeral: str) -> float | None:
    """Value of a Chinese numeral such as 三千, 十二, 两, 一千五百; None if it is not one."""
    if not numeral:
        return None
    text = numeral.replace("两", "二").replace("〇", "零")
    if text[0] in "十百千":
        text = "一" + text
    return chinese_numeral_value(text)


def digits(token: str) -> str:
    """`token` with each Chinese digit written as an Arabic one: 二〇二一 -> "2021" (2021 stays)."""
    return token.translate(_DIGIT_BY_DIGIT)
