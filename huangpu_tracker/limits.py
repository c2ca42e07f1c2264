"""The limits that keep a hostile or odd file from taking the machine (see docs/limits.md).

Each is checked before the expensive step it protects; a file over a limit is refused with a
one-line reason naming the limit, and nothing is stored.
"""

from __future__ import annotations

MB = 2**20

MAX_DOCUMENT_BYTES = 100 * MB  # a document file (.txt/.md/.html/.docx/.pdf), read whole into memory
MAX_ACTUALS_FILE_BYTES = 20 * MB  # a CSV/XLSX file of actual figures
MAX_DECOMPRESSED_BYTES = 100 * MB  # all members of a .docx together, as the archive declares them
# …and of an actuals .xlsx: openpyxl scans a whole sheet that does not state its size (15 s for 80 MB)
MAX_WORKBOOK_DECOMPRESSED_BYTES = 50 * MB
MAX_XML_ELEMENTS = 500_000  # elements in one XML part of a .docx/.xlsx that is parsed whole
MAX_ACTUALS_ROWS = 100_000  # rows of an actuals file (all sheets together)
MAX_ACTUALS_CELLS = 2_000_000  # cells of an actuals file, empty ones included (all sheets together)


def megabytes(size: int) -> str:
    """A size for a message: "100 MB"."""
    return f"{size / MB:.0f} MB" if size >= MB else f"{size / 1024:.0f} KB"
