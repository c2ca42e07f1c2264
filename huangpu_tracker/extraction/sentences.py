"""Sentences and clauses with their offsets, tolerant of hard line wraps.

Print-to-text documents wrap lines in the middle of words ("超 1\\n万亿元"), with or without blank
lines between them. A line break therefore ends a sentence only when a line is short enough to be
a headline, a caption or a date line; otherwise the wrapped lines are one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from huangpu_tracker.extraction.tables import looks_like_row, table_header

SENTENCE_END = "。！？!?"
CLAUSE_END = "，,；;：:"
HEADLINE_MAX = 24  # a line this short without final punctuation stands alone
_LINE_RE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Sentence:
    """text[start:end] of the source; `headline` when it is a standalone short line."""

    start: int
    end: int
    text: str
    headline: bool = False


def _is_standalone(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[0] in "#【" or stripped.startswith("-"):
        return True
    if looks_like_row(stripped) or table_header(stripped):
        return True  # a line of a text table
    if any(mark in stripped for mark in "，,；;"):
        return False  # a clause break inside: a wrapped line of running text, not a headline
    return len(stripped) <= HEADLINE_MAX and stripped[-1] not in SENTENCE_END + CLAUSE_END + "、"


def _line_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.end() > m.start()]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; offsets index `text`; blank-only pieces are dropped."""
    sentences: list[Sentence] = []
    for block_start, block_end, headline in _blocks(text):
        start = block_start
        for pos in range(block_start, block_end):
            if text[pos] in SENTENCE_END:
                end = pos + 1
                while end < block_end and text[end] in "”’」』)）":
                    end += 1
                _add(sentences, text, start, end, headline)
                start = end
        _add(sentences, text, start, block_end, headline)
    return sentences


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Runs of wrapped lines, and standalone lines (headlines) on their own."""
    blocks: list[tuple[int, int, bool]] = []
    run_start: int | None = None
    run_end = 0
    for start, end in _line_spans(text):
        line = text[start:end]
        if not line.strip():
            continue
        if _is_standalone(line):
            if run_start is not None:
                blocks.append((run_start, run_end, False))
                run_start = None
            blocks.append((start, end, True))
            continue
        if run_start is None:
            run_start = start
        run_end = end
    if run_start is not None:
        blocks.append((run_start, run_end, False))
    return blocks


def _add(sentences: list[Sentence], text: str, start: int, end: int, headline: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], headline))


def clause_bounds(sentence: str, pos: int, marks: str = CLAUSE_END) -> tuple[int, int]:
    """(start, end) of the clause of `sentence` holding position `pos` (offsets in the sentence)."""
    start = pos
    while start > 0 and sentence[start - 1] not in marks:
        start -= 1
    end = pos
    while end < len(sentence) and sentence[end] not in marks + SENTENCE_END:
        end += 1
    return start, end
