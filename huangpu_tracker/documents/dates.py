"""Dates stated in a document, and the issue year when no full date is stated.

Cues, strongest first (the caller walks them in this order):
1. a date line in an article's header ("• 2021-02-10", "2022年1月25日" alone on a line);
2. the date a text was adopted or delivered: "(2021年1月22日…会议通过)", "2021年3月1日在…会议上";
3. a date line closing the article (often a later repost date, hence weaker than 2);
4. a year in the title ("2021年黄埔区政府工作报告");
5. inferred from the content (`infer_year`):
   a. the lead sentence opens on a day without a year ("1月12日上午，…2022年第一次工作会议")
      and names a year: that year;
   b. "过去的2023年" / "过去一年(2023年)": the year after;
   c. a planning window: "未来5年" with the earliest "到2025年" → 2025 - 5 + 1 = 2021 (a five-year
      plan ending in 2025 starts in the year it is issued).
   The caller then falls back to the year of the page (the file's first article) and to the
   file's modification year; a lead's day ("8月29日，…") with the year found gives the full date.
"""

from __future__ import annotations

import re

_YEAR = r"((?:19|20)\d{2})"
_DATE_LINE = re.compile(
    rf"^[\s•·\-*>]*{_YEAR}\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})\s*日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$"
)
_STATED = re.compile(rf"{_YEAR}年(\d{{1,2}})月(\d{{1,2}})日[^。\n]{{0,120}}?(?:通过|会议上|讲话)")
_TITLE_YEAR = re.compile(rf"{_YEAR}年")
_LEAD_DAY = re.compile(r"^(?:本报讯|本报[^\s，,]{0,8}电)?\s*(\d{1,2})月(\d{1,2})日")
_LEAD_LINES = 8
_SENTENCE_END = re.compile(r"[。！？!?]")
_PAST_YEAR = re.compile(rf"过去的?(?:一年[(（]?)?{_YEAR}年?")
_WINDOW = re.compile(r"(?:未来|今后)\s*([1-9]|[一二三四五六七八九十])\s*年")
_TARGET_YEAR = re.compile(rf"(?:到|至)\s*{_YEAR}\s*年")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"〇": 0, "○": 0, "Ｏ": 0}
_CN_DATE = re.compile(
    r"([〇○Ｏ零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?"
)


def iso(year: int, month: int, day: int) -> str | None:
    """An ISO date, or None for an impossible month/day."""
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def arabic_dates(text: str) -> str:
    """`text` with Chinese-numeral dates ("二〇二一年一月二十二日") written in digits, for matching."""

    def digits(match: re.Match[str]) -> str:
        year = "".join(str(_CN_DIGITS[c]) for c in match[1])
        day = f"{_small_number(match[3])}日" if match[3] else ""
        return f"{year}年{_small_number(match[2])}月{day}"

    return _CN_DATE.sub(digits, text)


def _small_number(token: str) -> int:
    """一 … 三十一 as an int."""
    if "十" not in token:
        return _CN_DIGITS[token]
    tens, _, units = token.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def date_line(line: str) -> str | None:
    """The ISO date when `line` holds nothing but a date (with an optional bullet or time)."""
    match = _DATE_LINE.match(arabic_dates(line))
    return iso(int(match[1]), int(match[2]), int(match[3])) if match else None


def stated_date(header: str) -> str | None:
    """The adoption/delivery date stated in an article's opening text, if any."""
    match = _STATED.search(arabic_dates(header))
    return iso(int(match[1]), int(match[2]), int(match[3])) if match else None


def title_year(title: str) -> int | None:
    match = _TITLE_YEAR.search(title)
    return int(match[1]) if match else None


def news_lead(body: str) -> tuple[int, int, str] | None:
    """(month, day, first sentence) of a news lead opening on a day without a year ("1月12日上午，…")."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    for line in lines[:_LEAD_LINES]:
        match = _LEAD_DAY.match(line)
        if match:
            end = _SENTENCE_END.search(line)
            return int(match[1]), int(match[2]), line[: end.start() if end else len(line)]
    return None


def infer_year(body: str) -> int | None:
    """The issue year inferred from the content (rules 5a-5c of the module docstring), or None."""
    lead = news_lead(body)
    years = [int(y) for y in re.findall(_YEAR + "年", lead[2] if lead else "")]
    if years:
        return max(years)
    past = [int(m[1]) for m in _PAST_YEAR.finditer(body)]
    if past:
        return max(past) + 1
    windows = [_count(m[1]) for m in _WINDOW.finditer(body)]
    targets = [int(m[1]) for m in _TARGET_YEAR.finditer(body)]
    if windows and targets:
        return min(targets) - max(windows) + 1
    return None


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _CN_DIGITS[token]
