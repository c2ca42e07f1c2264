"""Zip containers (.docx, .xlsx) checked against the limits before any parser sees them.

A few MB of zip can declare gigabytes of XML (30 million empty paragraphs, 13 million rows).
The sizes the archive declares bound what `zipfile` will ever inflate, so they are checked
first; then each XML part that a parser builds whole in memory has its elements counted while
it is inflated in chunks, without parsing. Parts read as a stream (worksheets) skip the count.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from huangpu_tracker.limits import MAX_DECOMPRESSED_BYTES, MAX_XML_ELEMENTS, megabytes

_CHUNK = 1 << 20
# The part that says what an Office file is, and the name we give it.
_KINDS = {
    "word/document.xml": "Word 文档 / a Word document",
    "xl/workbook.xml": "Excel 工作簿 / an Excel workbook",
    "ppt/presentation.xml": "PowerPoint 演示文稿 / a PowerPoint presentation",
}


class ArchiveError(ValueError):
    """The container is not the expected kind, or exceeds a limit (the message says which)."""


class DamagedArchiveError(ArchiveError):
    """Not a zip file at all, or a damaged one."""


def check_archive(
    source: bytes | Path,
    main_part: str,
    streamed: tuple[str, ...] = (),
    max_bytes: int = MAX_DECOMPRESSED_BYTES,
) -> None:
    """Refuse a zip that is not the kind whose main part is `main_part` (word/document.xml,
    xl/workbook.xml), declares more than `max_bytes`, or holds an XML part (outside the
    `streamed` folders) of more than MAX_XML_ELEMENTS elements."""
    expected = _KINDS[main_part]
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DamagedArchiveError(f"not a zip file: {_short(exc)}") from exc
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if main_part not in names:
            other = (kind for part, kind in _KINDS.items() if part in names)
            found = next(other, "其他 zip 文件 / another zip")
            raise ArchiveError(f"内容是{found},扩展名不符 / the content is not {expected.split(' / ')[1]}")
        declared = sum(info.file_size for info in infos)
        if declared > max_bytes:
            raise ArchiveError(
                f"解压后 {megabytes(declared)},超过上限 {megabytes(max_bytes)} / "
                f"decompresses to {megabytes(declared)}, over the {megabytes(max_bytes)} limit"
            )
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and not info.filename.startswith(streamed):
                _check_elements(archive, info)


def _check_elements(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Count start tags ("<" not followed by "/") while inflating, stopping at the limit."""
    count = 0
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                count += chunk.count(b"<") - chunk.count(b"</")
                if count > MAX_XML_ELEMENTS:
                    raise ArchiveError(
                        f"{info.filename} 超过 {MAX_XML_ELEMENTS:,} 个元素的上限 / "
                        f"{info.filename} holds over {MAX_XML_ELEMENTS:,} XML elements (the limit)"
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise DamagedArchiveError(f"{info.filename}: {_short(exc)}") from exc


def _short(exc: Exception) -> str:
    return (" ".join(str(exc).split()) or type(exc).__name__)[:120]
