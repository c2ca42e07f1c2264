"""Visible text of an HTML page, with block elements on lines of their own (stdlib html.parser).

A table row is one line with its cells separated by tabs (指标\t2023年\t2026年), the way text
tables are read by the extractor; blocks inside a cell (<td><p>…</p></td>) stay in the cell.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HIDDEN = {"script", "style", "noscript", "template", "head", "title"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
}  # fmt: skip
_CELLS = {"td", "th"}
_ROWS = {"tr", "table"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.title: list[str] = []
        self.hidden_depth = 0
        self.in_title = False
        self.cell_depth = 0  # open <td>/<th> elements
        self.cells = 0  # cells begun on the current row line

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden_depth += 1
            self.in_title = self.in_title or tag == "title"
        elif tag in _CELLS:
            if self.cells:
                self.current.append("\t")
            self.cells += 1
            self.cell_depth += 1
        elif tag in _BLOCKS:
            self.cell_depth = 0 if tag in _ROWS else self.cell_depth  # </td> may be left out
            self.block_edge()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.block_edge()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
            self.in_title = self.in_title and tag != "title"
        elif tag in _CELLS:
            self.cell_depth = max(0, self.cell_depth - 1)
        elif tag in _BLOCKS:
            self.cell_depth = 0 if tag in _ROWS else self.cell_depth
            self.block_edge()

    def block_edge(self) -> None:
        """A block starts or ends: a new line, or a space inside a table cell."""
        if self.cell_depth:
            self.current.append(" ")
        else:
            self.break_line()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden_depth:
            self.current.append(_SPACES.sub(" ", data))

    def break_line(self) -> None:
        cells = "".join(self.current).split("\t")
        line = "\t".join(_SPACES.sub(" ", cell).strip() for cell in cells).strip()
        if line:
            self.lines.append(line)
        self.current = []
        self.cells = 0


def html_visible_text(markup: str) -> tuple[str, str | None]:
    """Return (visible text, page title or None); scripts, styles and the head are skipped."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    parser.break_line()
    title = _SPACES.sub(" ", "".join(parser.title)).strip()
    return "\n".join(parser.lines), title or None
