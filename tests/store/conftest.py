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


SEED_002 = "002_35b90cdcc3118352.txt"  # 13 goals and 10 possible targets


@pytest.fixture(scope="module")
def seed_002_template(tmp_path_factory):
    """A store holding bundled document 002 alone, made once per module."""
    from huangpu_tracker.ingest import import_files
    from tests.conftest import SEEDS_DIR

    path = tmp_path_factory.mktemp("seed_002") / "s.db"
    with open_store(path) as opened:
        opened.set_meta("seeded", "test")
        assert len(import_files(opened, [SEEDS_DIR / SEED_002]).added) == 1
    return path


@pytest.fixture
def seed_002(seed_002_template, tmp_path):
    """A copy of the store holding document 002."""
    copy = tmp_path / "seed_002.db"
    copy.write_bytes(seed_002_template.read_bytes())
    with open_store(copy) as opened:
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
