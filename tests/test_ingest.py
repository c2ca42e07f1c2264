"""Importing files: read -> extract -> store, one transaction per file, idempotent, cancellable."""

from __future__ import annotations

import pytest

from huangpu_tracker import extraction, ingest
from huangpu_tracker.extraction.model import Extraction, ReportedFigure, Target
from huangpu_tracker.ingest import ensure_seeded, import_files
from huangpu_tracker.store import open_store


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "store.db") as opened:
        yield opened


def _target(metric: str, value: float, start: int = 0) -> Target:
    return Target(
        entity="黄埔区", area=None, metric=metric, kind="level", comparator="min", value=value,
        value_hi=None, unit="亿元", target_year=2025, period_start=None, quote=f"{metric}{value}",
        start=start, end=start + 10, sentence=f"到2025年{metric}{value}亿元。", confidence=0.9,
    )  # fmt: skip


def _figure(value: float) -> ReportedFigure:
    return ReportedFigure(
        entity="黄埔区", area=None, metric="地区生产总值", year=2020, value=value, unit="亿元",
        qualifier="over", quote=f"{value}亿元", start=5, end=12, sentence="", confidence=0.8,
        kind="level",
    )  # fmt: skip


@pytest.fixture
def fake_extractor(monkeypatch):
    """Every document states the shared GDP goal, a goal of its own, and reports one figure."""

    def extract(document):
        own = _target(f"指标{document.name[:3]}", 100.0, start=20)
        figure = _figure(3000.0 + len(document.text) % 7)
        return Extraction(targets=[_target("地区生产总值", 4000.0), own], actuals=[figure])

    monkeypatch.setattr(extraction, "extract_document", extract)


def _counts(store) -> tuple[int, int, int, int, int]:
    tables = ("documents", "articles", "targets", "target_sources", "actuals")
    return tuple(store._scalar(f"SELECT count(*) FROM {t}") for t in tables)


def test_import_adds_documents_targets_and_suggested_actuals(store, seed_paths, fake_extractor):
    calls = []
    report = import_files(store, seed_paths, progress=lambda i, n, p: calls.append((i, n, p.name)))
    assert report.errors == [] and report.skipped == [] and not report.cancelled
    assert [(p, n_t, n_a) for p, _id, n_t, n_a in report.added] == [(p, 2, 1) for p in seed_paths]
    assert calls == [(i, len(seed_paths), p.name) for i, p in enumerate(seed_paths)]

    docs = store.documents()
    assert [d["name"] for d in docs] == [p.name for p in seed_paths]
    assert all(d["articles"] and d["n_targets"] == 2 for d in docs)
    [shared] = store.targets(
        entity="黄埔区", year=2025, indicator_id=store.find_indicator("黄埔区", None, "地区生产总值")
    )
    assert shared["n_sources"] == len(seed_paths)  # one goal stated in every document
    assert len(store.targets()) == 1 + len(seed_paths)
    actuals = store.actuals()
    assert len(actuals) == len(seed_paths) and {a["status"] for a in actuals} == {"suggested"}
    assert actuals[0]["note"] == "超过 (over)" and actuals[0]["document_id"] is not None
    assert store.accepted_series(shared["indicator_id"]) == []


def test_target_source_points_at_its_article(store, seed_paths, fake_extractor):
    import_files(store, seed_paths[:1])
    [doc] = store.documents()
    target = store.targets()[0]
    article = next(a for a in doc["articles"] if a["start"] <= target["start"] < a["end"])
    assert target["article_id"] == article["id"]


def test_a_second_import_adds_nothing(store, seed_paths, fake_extractor):
    import_files(store, seed_paths)
    before = (_counts(store), len(store.history()))
    report = import_files(store, seed_paths)
    assert report.added == [] and report.skipped == seed_paths
    assert (_counts(store), len(store.history())) == before


def test_a_file_failing_midway_leaves_no_trace_and_the_others_import(
    store, seed_paths, fake_extractor, monkeypatch
):
    failing = seed_paths[1]
    real = store.add_suggested_actual

    def fail_for_one(*args, **kwargs):
        if store.document(kwargs["document_id"])["name"] == failing.name:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "add_suggested_actual", fail_for_one)
    report = import_files(store, seed_paths)
    assert report.errors == [(failing, "unexpected error (RuntimeError: disk full)")]
    assert [p for p, *_ in report.added] == [p for p in seed_paths if p != failing]
    assert failing.name not in {d["name"] for d in store.documents()}
    shared = store.targets()[0]
    assert shared["n_sources"] == len(seed_paths) - 1
    assert not [h for h in store.history("documents") if (h["after"] or {}).get("name") == failing.name]


def test_extractor_output_the_store_refuses_is_a_one_line_error(store, seed_paths, monkeypatch):
    bad = _target("地区生产总值", float("nan"))
    monkeypatch.setattr(extraction, "extract_document", lambda document: Extraction([bad], []))
    report = import_files(store, seed_paths[:1])
    [(path, reason)] = report.errors
    assert path == seed_paths[0] and "finite number" in reason and "\n" not in reason
    assert store.is_empty()


def test_an_extractor_crash_is_reported_and_writes_nothing(store, seed_paths, monkeypatch):
    def crash(document):
        raise RuntimeError("index out of range\nsecond line")

    monkeypatch.setattr(extraction, "extract_document", crash)
    report = import_files(store, seed_paths[:2])
    assert [reason for _, reason in report.errors] == [
        "unexpected error (RuntimeError: index out of range second line)"
    ] * 2
    assert store.is_empty() and store.history() == []


def test_unreadable_files_are_reported_and_the_rest_imported(store, seed_paths, tmp_path, fake_extractor):
    missing = tmp_path / "missing.txt"
    report = import_files(store, [missing, seed_paths[0]])
    assert [p for p, _ in report.errors] == [missing]
    assert len(report.added) == 1


def test_cancel_keeps_the_files_done_so_far(store, seed_paths, fake_extractor):
    done = []  # cancelled while the third file is under way: the two before it stay
    report = import_files(
        store, seed_paths, progress=lambda i, n, p: done.append(p), should_cancel=lambda: len(done) == 3
    )
    assert report.cancelled and len(report.added) == 2
    assert len(store.documents()) == 2


def test_cancel_is_honoured_inside_a_file_before_its_extraction(store, seed_paths, monkeypatch):
    """A long file need not be extracted to the end once the user has cancelled: the check comes
    between reading, extracting and storing, and the file leaves no trace."""
    calls = []
    monkeypatch.setattr(extraction, "extract_document", lambda document: calls.append(document))
    started = []
    report = import_files(
        store, seed_paths[:1], progress=lambda i, n, p: started.append(p), should_cancel=lambda: bool(started)
    )
    assert report.cancelled and report.added == [] and calls == []
    assert store.documents() == []


def test_the_same_goal_in_other_units_is_one_target(store, seed_paths, monkeypatch):
    in_yi = _target("地区生产总值", 10000.0)
    in_wanyi = Target(**{**in_yi.to_dict(), "value": 1.0, "unit": "万亿元", "start": 30})
    monkeypatch.setattr(extraction, "extract_document", lambda document: Extraction([in_yi, in_wanyi], []))
    import_files(store, seed_paths[:1])
    [target] = store.targets()
    assert target["n_sources"] == 2 and target["goal_key"] == ingest.goal_key(in_wanyi)


def test_ensure_seeded_imports_the_bundled_documents_once(store, seed_paths):
    report = ensure_seeded(store)
    assert report is not None and report.errors == []
    assert [d["name"] for d in store.documents()] == [p.name for p in seed_paths]
    for doc in store.documents():
        store.delete_document(doc["id"])
    assert ensure_seeded(store) is None
    assert store.documents() == []


def test_seeding_is_retried_while_a_bundled_document_fails(store, seed_paths, tmp_path, monkeypatch):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    monkeypatch.setattr(ingest.paths, "bundled_documents", lambda: [seed_paths[0], broken])
    first = ensure_seeded(store)
    assert first is not None and [p for p, _ in first.errors] == [broken]
    retry = ensure_seeded(store)
    assert retry is not None and retry.skipped == [seed_paths[0]]
