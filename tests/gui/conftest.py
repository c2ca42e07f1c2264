"""Fixtures of the desktop-app tests: a seeded store (built once, copied per test) and the main window."""

from __future__ import annotations

import shutil

import pytest

RD_QUOTE = "研发经费投入强度超过5%"
RD_METRIC = "测试研发经费投入强度"


def _add_known_targets(store) -> None:
    """Targets the tests rely on whatever the extractor finds: the R&D goal stated in two documents
    (a duplicate to merge), and a count goal with a suggested actual from a document."""
    docs = {d["name"][:3]: d for d in store.documents()}
    rd = store.get_or_create_indicator("黄埔区", None, RD_METRIC, "%")
    for prefix in ("001", "003"):
        doc = store.document(docs[prefix]["id"])
        start = doc["text"].index(RD_QUOTE)
        store.add_target(
            rd,
            "level",
            "min",
            5,
            "%",
            target_year=2025,
            quote=RD_QUOTE,
            start=start,
            end=start + len(RD_QUOTE),
            sentence=RD_QUOTE + "。",
            document_id=doc["id"],
        )
    firms = store.get_or_create_indicator("黄埔区", None, "测试高新技术企业", "家")
    store.add_target(firms, "level", "min", 3000, "家", target_year=2025, period_start=2021)
    store.add_suggested_actual(
        firms,
        2022,
        2400,
        "家",
        document_id=docs["003"]["id"],
        quote="高新技术企业2400家",
        reported_kind="level",
    )


@pytest.fixture(scope="session")
def seeded_store_template(tmp_path_factory):
    """A store holding the bundled documents (as on first start) plus the known targets."""
    from huangpu_tracker.ingest import ensure_seeded
    from huangpu_tracker.store import open_store

    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HUANGPU_TRACKER_DATA_DIR", str(folder / "data"))
        with open_store(folder / "seeded.db") as store:
            ensure_seeded(store)
            _add_known_targets(store)
    return folder / "seeded.db"


@pytest.fixture
def store_path(seeded_store_template, tmp_path):
    path = tmp_path / "tracker.db"
    shutil.copy(seeded_store_template, path)
    return path


@pytest.fixture
def window(qtbot, store_path):
    """The main window on a copy of the seeded store, shown offscreen."""
    from huangpu_tracker.gui.app import create_application, open_main_window

    create_application()
    win = open_main_window(store_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.store.close()


@pytest.fixture(autouse=True)
def chinese_ui(monkeypatch):
    """Every test starts in the default UI language (a test may switch the process to English)."""
    from huangpu_tracker.gui import settings

    monkeypatch.setattr(settings, "_language", "zh")
