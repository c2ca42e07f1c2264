"""Hostile and odd document files (issue 13): each is read, or refused with one line naming the
file and the limit or reason, within 1 GB of memory and 30 seconds; never a traceback or a hang."""

from __future__ import annotations

import io
import os
import sys
import zipfile

import pytest

from huangpu_tracker.documents import DocumentError, read_document
from huangpu_tracker.limits import MAX_XML_ELEMENTS

READ = """
import sys
from huangpu_tracker.documents import DocumentError, read_document
try:
    document = read_document(sys.argv[1])
except DocumentError as exc:
    print("REFUSED", exc)
else:
    print("READ", len(document.text))
"""


def _docx_with_body(path, body_chunks) -> None:
    """A real .docx (python-docx) whose document.xml body is replaced by the streamed chunks."""
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, source.read(info))
                continue
            head, _, _tail = source.read(info).partition(b"<w:body>")
            with out.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head + b"<w:body>")
                for chunk in body_chunks:
                    part.write(chunk)
                part.write(b"</w:body></w:document>")


def _paragraphs(count: int, chunk: int = 100_000):
    for done in range(0, count, chunk):
        yield b"<w:p/>" * min(chunk, count - done)


def test_a_docx_of_thirty_million_empty_paragraphs_is_refused_within_the_limits(tmp_path, limited_python):
    bomb = tmp_path / "bomb.docx"
    _docx_with_body(bomb, _paragraphs(30_000_000))
    assert bomb.stat().st_size < 3_000_000  # 180 MB of XML in a small zip
    result, peak_mb, seconds = limited_python(READ, str(bomb))
    print(f"docx 30M paragraphs ({bomb.stat().st_size} bytes): {peak_mb:.0f} MB, {seconds:.1f} s")
    assert result.returncode == 0, result.stderr
    assert "REFUSED" in result.stdout and "over the 100 MB limit" in result.stdout
    assert peak_mb < 1024


def test_a_docx_under_the_size_limit_with_too_many_elements_is_refused(tmp_path, limited_python):
    dense = tmp_path / "dense.docx"
    _docx_with_body(dense, _paragraphs(MAX_XML_ELEMENTS + 1000))
    result, peak_mb, seconds = limited_python(READ, str(dense))
    print(f"docx {MAX_XML_ELEMENTS + 1000} paragraphs: {peak_mb:.0f} MB, {seconds:.1f} s")
    assert "REFUSED" in result.stdout and "XML elements" in result.stdout, result.stdout + result.stderr
    assert peak_mb < 1024


def test_a_docx_just_under_the_element_limit_is_read_within_the_limits(tmp_path, limited_python):
    dense = tmp_path / "dense.docx"
    text = "<w:p><w:r><w:t>到2025年，全区地区生产总值达到5000亿元。</w:t></w:r></w:p>".encode()
    _docx_with_body(dense, [text, *_paragraphs(MAX_XML_ELEMENTS - 1000)])
    result, peak_mb, seconds = limited_python(READ, str(dense))
    print(f"docx {MAX_XML_ELEMENTS - 1000} paragraphs (under the limit): {peak_mb:.0f} MB, {seconds:.1f} s")
    assert "READ" in result.stdout, result.stdout + result.stderr
    assert peak_mb < 1024


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import huangpu_tracker.documents as documents

    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("黄埔区" * 1000, encoding="utf-8")
    with pytest.raises(DocumentError, match="over the 1 KB limit"):
        read_document(big)


def test_an_excel_workbook_renamed_to_docx_says_what_it_is(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "renamed.docx"
    Workbook().save(path)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert "Excel" in caught.value.reason and "BytesIO" not in str(caught.value)


def _encrypted_pdf(pdf: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_cryptography_is_a_dependency_so_aes_pdfs_can_be_read():
    from importlib.metadata import requires

    assert any(r.startswith("cryptography") for r in requires("huangpu-tracker") or [])


def test_an_owner_password_aes_pdf_is_read(write_file, pdf_bytes):
    path = write_file("gov.pdf", _encrypted_pdf(pdf_bytes(["Huangpu 2025 plan"]), "", "owner-secret"))
    assert "Huangpu 2025 plan" in read_document(path).text


def test_a_user_password_pdf_is_refused_in_one_line(write_file, pdf_bytes):
    path = write_file("locked.pdf", _encrypted_pdf(pdf_bytes(["Huangpu"]), "user-secret", "owner"))
    with pytest.raises(DocumentError, match="password-protected"):
        read_document(path)


def test_a_utf8_file_with_one_bad_byte_is_read_and_the_place_named(write_file):
    good = "黄埔区2025年工作计划\n到2025年，全区地区生产总值达到5000亿元。\n".encode()
    path = write_file("one-bad-byte.txt", good + b"\xff" + "第三行文字".encode())
    document = read_document(path)
    assert document.text.endswith("\ufffd第三行文字")
    assert "5000亿元" in document.text
    assert "at line 3 (byte " in document.warning


def test_gbk_text_is_still_detected_as_gbk_not_repaired_utf8(write_file):
    path = write_file("gbk.txt", "黄埔区2025年工作计划，全区地区生产总值达到5000亿元。".encode("gbk"))
    document = read_document(path)
    assert document.encoding == "gb18030" and document.warning is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_reading_a_named_pipe_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document(fifo)


def test_a_symlink_loop_is_named_as_such(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(DocumentError, match="symbolic link loop"):
        read_document(loop)


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
def test_a_gbk_file_name_is_read_and_named_in_chinese(tmp_path):
    raw = os.fsencode(tmp_path) + b"/" + "黄埔区规划.txt".encode("gbk")
    with open(raw, "wb") as handle:
        handle.write("到2025年，全区地区生产总值达到5000亿元。".encode())
    document = read_document(os.fsdecode(raw))
    assert document.name == "黄埔区规划.txt"
    document.name.encode("utf-8")  # storable: no lone surrogates
    document.source_path.encode("utf-8")
