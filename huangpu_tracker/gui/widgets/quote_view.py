"""The sentence that states a target, with the quote marked and the figure in bold."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QTextBrowser

from huangpu_tracker.assessment.goals import format_number

QUOTE_STYLE = "background-color:#fff1a8;"
FIGURE_STYLE = "color:#b3261e;font-weight:bold;"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def figure_html(quote: str, value: float | None) -> str:
    """The quote as HTML with the target's figure (or, failing that, every number) in bold red."""
    wanted = format_number(value) if value is not None else None
    spans = [m.span() for m in _NUMBER.finditer(quote) if m.group() == wanted] or [
        m.span() for m in _NUMBER.finditer(quote)
    ]
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(quote[last:start]))
        out.append(f'<span style="{FIGURE_STYLE}">{html.escape(quote[start:end])}</span>')
        last = end
    out.append(html.escape(quote[last:]))
    return "".join(out)


def sentence_html(sentence: str | None, quote: str | None, value: float | None) -> str:
    """The sentence with its quote highlighted (the quote alone when the sentence is unknown)."""
    quote = quote or ""
    sentence = sentence or quote
    position = sentence.find(quote) if quote else -1
    if position < 0:
        return html.escape(sentence)
    marked = f'<span style="{QUOTE_STYLE}">{figure_html(quote, value)}</span>'
    return html.escape(sentence[:position]) + marked + html.escape(sentence[position + len(quote) :])


class QuoteView(QTextBrowser):
    """Read-only view of a target's source sentence."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_view")
        self.setOpenLinks(False)
        self.setMaximumHeight(90)

    def show_sentence(self, sentence: str | None, quote: str | None, value: float | None) -> None:
        self.setHtml(f"<div style='font-size:11pt'>{sentence_html(sentence, quote, value)}</div>")
