"""Resources are found in a source checkout and in the PyInstaller bundle; user data never goes there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from huangpu_tracker import paths

CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@pytest.fixture
def bundle(tmp_path, monkeypatch) -> Path:
    """A fake one-folder bundle: resources/ under sys._MEIPASS, the executable next to it."""
    root = tmp_path / "huangpu-tracker" / "_internal"
    documents = root / "resources" / "documents"
    documents.mkdir(parents=True)
    (documents / "b.txt").write_text("黄埔区", encoding="utf-8")
    (documents / "a.txt").write_text("广州开发区", encoding="utf-8")
    (documents / ".hidden").write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "huangpu-tracker" / "huangpu-tracker"))
    return root


def test_source_checkout_uses_the_repository_resources():
    assert not hasattr(sys, "_MEIPASS")
    assert paths.resources_dir() == CHECKOUT_RESOURCES
    assert paths.resource("fonts", "wqy-microhei.ttc").is_file()
    assert [p.name for p in paths.bundled_documents()] == sorted(
        p.name for p in (CHECKOUT_RESOURCES / "documents").glob("*.txt")
    )


def test_frozen_app_uses_the_bundle_resources(bundle):
    assert paths.resources_dir() == bundle / "resources"
    assert paths.resource("fonts", "wqy-microhei.ttc") == bundle / "resources" / "fonts" / "wqy-microhei.ttc"
    assert [p.name for p in paths.bundled_documents()] == ["a.txt", "b.txt"]  # sorted, no dot files


def test_frozen_app_keeps_store_and_cache_in_the_user_data_dir(bundle, monkeypatch, tmp_path):
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "user-data"))
    app_folder = Path(sys.executable).parent

    for path in (paths.data_dir(), paths.cache_dir(), paths.default_db_path()):
        assert path.is_relative_to(tmp_path / "user-data")
        assert not path.is_relative_to(app_folder)
    assert paths.default_db_path().name == paths.DB_FILE_NAME


def test_data_dir_override_wins_when_frozen(bundle, tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"
    assert paths.data_dir().is_dir()
