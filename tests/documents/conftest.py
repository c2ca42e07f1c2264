"""Fixture files for the document tests, written at test time into tmp_path."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def minimal_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF whose text layer holds `lines` (ASCII, Helvetica), written by hand."""
    shown = " ".join(f"({_pdf_escape(line)}) Tj T*" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Write bytes to tmp_path/<name> and return the path."""

    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def pdf_bytes() -> Callable[[list[str]], bytes]:
    return minimal_pdf


@pytest.fixture
def blank_pdf_bytes() -> bytes:
    """A PDF with one blank page and no text layer (pypdf's PdfWriter)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def docx_bytes() -> bytes:
    """A .docx with a heading, a paragraph, a table (one merged cell) and a closing paragraph."""
    from docx import Document

    document = Document()
    document.core_properties.title = "测试文件"
    document.add_paragraph("黄埔区2025年工作计划")
    document.add_paragraph("到2025年，全区地区生产总值达到5000亿元。")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "目标"
    table.cell(0, 2).text = "年份"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "研发投入强度5%"
    table.cell(1, 2).text = "2025"
    document.add_paragraph("高新技术企业超过3000家。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
