"""What the About dialog tells: the bundled documents, the bundled font's licence, the libraries' licences.

Qt-free, so it can be tested and reused (the frozen build copies the same libraries' metadata).
Licences are read from each installed package's own metadata, never typed in by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from huangpu_tracker.documents import read_document
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.paths import bundled_documents, resource

DISTRIBUTION = "huangpu-tracker"
FONT_COPYRIGHT = ("fonts", "wqy-microhei.COPYRIGHT")
UNKNOWN = "?"


@dataclass(frozen=True)
class DocumentSource:
    """A bundled document: its file and what it says about itself."""

    file_name: str
    title: str
    issuer: str | None = None
    issue_date: str | None = None


@dataclass(frozen=True)
class FontLicence:
    name: str
    licence: str
    source: str


@dataclass(frozen=True)
class LibraryLicence:
    name: str
    version: str
    licence: str


def bundled_document_sources() -> list[DocumentSource]:
    """Title, issuer and date of each bundled document (its file name when it cannot be read)."""
    sources = []
    for path in bundled_documents():
        try:
            doc = read_document(path)
        except TrackerError:
            sources.append(DocumentSource(path.name, path.name))
        else:
            sources.append(DocumentSource(path.name, doc.title or path.name, doc.issuer, doc.issue_date))
    return sources


def bundled_font_licence() -> FontLicence:
    """Name, licence and upstream source of the bundled CJK font, from its Debian copyright file."""
    text = resource(*FONT_COPYRIGHT).read_text(encoding="utf-8")
    header = _fields(text.split("\n\n", 1)[0])
    font_files = next((_fields(p) for p in text.split("\n\n") if _fields(p).get("Files") == "*"), {})
    return FontLicence(
        name=header.get("Upstream-Name", FONT_COPYRIGHT[1]),
        licence=font_files.get("License", UNKNOWN),
        source=header.get("Source", ""),
    )


def _fields(paragraph: str) -> dict[str, str]:
    """The first line of each `Field: value` in a deb822 paragraph (continuation lines are skipped)."""
    found = re.findall(r"^([A-Za-z-]+):[ \t]*(.*)$", paragraph, flags=re.MULTILINE)
    return {key: value.strip() for key, value in found}


def runtime_libraries() -> list[str]:
    """The distributions the app needs at run time, as declared in its own package metadata."""
    names = []
    for requirement in metadata.requires(DISTRIBUTION) or []:
        if "extra ==" in requirement:
            continue
        names.append(re.match(r"[A-Za-z0-9._-]+", requirement).group(0))
    return names


def library_licences() -> list[LibraryLicence]:
    """Version and licence of each runtime library, as its installed metadata states them."""
    licences = []
    for name in runtime_libraries():
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            licences.append(LibraryLicence(name, UNKNOWN, UNKNOWN))
            continue
        licences.append(LibraryLicence(name, meta["Version"], licence_text(meta)))
    return licences


def licence_text(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression when given, else a one-line License field, else the licence classifiers."""
    expression = meta.get("License-Expression")
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [
        c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    return ", ".join(classifiers) or UNKNOWN
