"""What reading a file yields: the document's text and the articles it holds.

Every offset (`Article.start/end`, and later a target's span) is a character index into
`Document.text`, the text exactly as read from the file, so a quote can always be shown
in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from huangpu_tracker.errors import TrackerError


class DocumentError(TrackerError):
    """A file that cannot be read as a document; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Article:
    """One piece of a document with its own title, issuer and date (a file may hold several)."""

    seq: int
    start: int
    end: int
    title: str
    issuer: str | None = None
    issue_date: str | None = None  # ISO "YYYY-MM-DD" (or "YYYY-MM" / "YYYY") when stated
    issue_year: int | None = None
    # where issue_year comes from: "date" (a stated date), "title", "content" (inferred), "page" (the
    # file's first article or whole content), or the weak guesses "mentions" (the latest year the text
    # mentions), "plans" (the first year of the latest five-year plan it names), "meetings" (the
    # earliest year the party meetings it names allow) and "file" (the file's modification time);
    # None when there is no year
    year_source: str | None = None


# Where an issue year comes from (Article.year_source); the last four are weak guesses.
YEAR_SOURCES = ("date", "title", "content", "page", "mentions", "plans", "meetings", "file")
GUESSED_YEAR_SOURCES = ("mentions", "plans", "meetings", "file")
YEARLESS_SOURCES = ("plans", "meetings", "file")  # guesses for a text that names no year of its own


@dataclass
class Document:
    """A file read into text, with the metadata derived from its content or the file."""

    name: str  # file name, e.g. "001_79e0bdc9a7894895.txt"
    source_path: str
    format: str  # "txt", "md", "html", "docx", "pdf"
    encoding: str | None  # detected encoding for text formats, None otherwise
    content_hash: str  # sha256 of the file's bytes
    text: str
    title: str
    issuer: str | None = None
    issue_date: str | None = None
    issue_year: int | None = None
    articles: list[Article] = field(default_factory=list)
    year_source: str | None = None  # as Article.year_source, of the first article
    warning: str | None = None  # what was repaired while reading (e.g. bad bytes replaced, and where)

    def article_text(self, article: Article) -> str:
        return self.text[article.start : article.end]
