"""Chinese numerals: one reader for figures, years and dates, checked against cn2an."""

from __future__ import annotations

from itertools import product

import cn2an
from hypothesis import given
from hypothesis import strategies as st

from huangpu_tracker.chinese.numerals import chinese_numeral_value, chinese_to_number, digits, unit_value


def test_chinese_to_number_rejects_non_numerals():
    assert chinese_to_number("十二") == 12
    assert chinese_to_number("两千") == 2000
    assert chinese_to_number("十四五") is None


@given(st.text(alphabet="零一二三四五六七八九十百千万亿点", min_size=1, max_size=9))
def test_chinese_numerals_read_as_cn2an_strict_reads_them(numeral):
    assert chinese_numeral_value(numeral) == _cn2an_strict(numeral)


def _cn2an_strict(numeral: str) -> float | None:
    try:
        return float(cn2an.cn2an(numeral, "strict"))
    except (ValueError, KeyError, IndexError):
        return None


def test_every_short_numeral_reads_as_cn2an_strict_reads_it():
    """Up to four characters of zero, two digits (all digits parse alike), units and the point."""
    for size in range(1, 5):
        for chars in product("零一二十百千万亿点", repeat=size):
            numeral = "".join(chars)
            assert chinese_numeral_value(numeral) == _cn2an_strict(numeral), numeral


def test_years_written_digit_by_digit():
    assert digits("二〇二一") == "2021"
    assert digits("二○三五") == "2035"  # a circle for zero, as some PDFs write it
    assert digits("2025") == "2025"


def test_a_magnitude_is_worth_its_numeral_units():
    assert unit_value("万") == 10**4
    assert unit_value("千亿") == 10**11
    assert unit_value("万亿") == 10**12
    assert unit_value("") == 1
