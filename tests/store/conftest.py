"""Fixtures for the store tests: a fresh store and small hand-made documents."""

from __future__ import annotations

import hashlib

import pytest

from huangpu_tracker.documents.model import Article, Document
from huangpu_tracker.store import open_store


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "store.db") as opened:
        yield opened


def make_document(text: str = "到2025年，地区生产总值达到4000亿元。", name: str = "plan.txt") -> Document:
    """A document of one article covering the whole text."""
    return Document(
        name=name,
        source_path=f"/tmp/{name}",
        format="txt",
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        title="黄埔区规划",
        issuer="黄埔区人民政府",
        issue_date="2021-08-29",
        issue_year=2021,
        articles=[Article(seq=1, start=0, end=len(text), title="黄埔区规划", issue_year=2021)],
    )
