"""Every bad input fails with a DocumentError naming the file and saying why, in one line."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from huangpu_tracker.documents import DocumentError, read_document, read_document_bytes
from huangpu_tracker.errors import TrackerError


def _error(path: Path | str) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    error = caught.value
    assert isinstance(error, TrackerError)
    assert str(path) in str(error)
    assert "\n" not in str(error)
    return error


def test_empty_file(write_file):
    assert "empty" in _error(write_file("empty.txt", b"")).reason


@pytest.mark.parametrize("content", [b"   \n\t\r\n  ", "\u3000\n\u3000".encode()])
def test_whitespace_only_file(write_file, content):
    assert "whitespace" in _error(write_file("blank.txt", content)).reason


def test_random_bytes_named_txt(write_file):
    junk = random.Random(7).randbytes(4096)
    reason = _error(write_file("junk.txt", junk)).reason
    assert "binary" in reason or "encoding" in reason


def test_nul_bytes_named_txt(write_file):
    reason = _error(write_file("nul.txt", b"\x00\x01\x02" * 200 + "黄埔区".encode())).reason
    assert "binary" in reason


def test_control_characters_named_txt(write_file):
    reason = _error(write_file("ctl.txt", bytes(range(1, 9)) * 100)).reason
    assert "binary" in reason


def test_truncated_docx(write_file, docx_bytes):
    reason = _error(write_file("cut.docx", docx_bytes[: len(docx_bytes) // 2])).reason
    assert "docx" in reason


def test_docx_that_is_not_a_zip(write_file):
    assert "docx" in _error(write_file("fake.docx", "这不是Word文件".encode())).reason


def test_pdf_without_text_layer(write_file, blank_pdf_bytes):
    assert "no text layer" in _error(write_file("scan.pdf", blank_pdf_bytes)).reason


def test_corrupt_pdf(write_file):
    assert "PDF" in _error(write_file("bad.pdf", b"%PDF-1.4\nthis is not a pdf body")).reason


def test_missing_file(tmp_path):
    assert "file not found" in _error(tmp_path / "missing.txt").reason


def test_directory(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in _error(folder).reason


def test_permission_denied(write_file, monkeypatch):
    # Tests run as root, for whom chmod 000 does not block reads: simulate the refusal.
    path = write_file("locked.txt", "黄埔区".encode())

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert "permission denied" in _error(path).reason


@pytest.mark.parametrize("name", ["table.xlsx", "old.doc", "noextension"])
def test_unsupported_extension(write_file, name):
    reason = _error(write_file(name, "黄埔区".encode())).reason
    assert "unsupported file type" in reason and ".txt" in reason


def test_read_document_bytes_names_the_source(tmp_path):
    with pytest.raises(DocumentError) as caught:
        read_document_bytes("empty.md", b"", source_path="/somewhere/empty.md")
    assert caught.value.path == "/somewhere/empty.md"


def test_damaged_pdf_gives_one_error_and_no_log_noise(write_file):
    """pypdf's repair warnings must not reach the terminal: the one-line error says it all."""
    path = write_file("damaged.pdf", b"garbage without a pdf header")
    code = (
        "import sys\nfrom huangpu_tracker.documents import DocumentError, read_document\n"
        "try:\n    read_document(sys.argv[1])\nexcept DocumentError:\n    pass\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""
