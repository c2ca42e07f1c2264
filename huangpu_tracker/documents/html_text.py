"""Visible text of an HTML page, with block elements on lines of their own (stdlib html.parser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HIDDEN = {"script", "style", "noscript", "template", "head", "title"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.title: list[str] = []
        self.hidden_depth = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden_depth += 1
            self.in_title = self.in_title or tag == "title"
        elif tag in _BLOCKS:
            self.break_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.break_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
            self.in_title = self.in_title and tag != "title"
        elif tag in _BLOCKS:
            self.break_line()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden_depth:
            self.current.append(_SPACES.sub(" ", data))

    def break_line(self) -> None:
        line = "".join(self.current).strip()
        if line:
            self.lines.append(line)
        self.current = []


def html_visible_text(markup: str) -> tuple[str, str | None]:
    """Return (visible text, page title or None); scripts, styles and the head are skipped."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    parser.break_line()
    title = _SPACES.sub(" ", "".join(parser.title)).strip()
    return "\n".join(parser.lines), title or None
