"""One goal, many documents: a new document stating a goal that looks like a stored one (same body
and metric, near year and value) raises a merge offer instead of silently adding a twin; accepting
it folds the twin into the existing goal (undoable), declining keeps both."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.edits import AcceptMergeOffer, DeclineMergeOffer
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.extraction.dedupe import likeness
from huangpu_tracker.ingest import import_files
from huangpu_tracker.store import open_store

RD_SEED = "001_79e0bdc9a7894895.txt"  # 全社会研发经费投入强度超过5% by 2025


def _goal(**changes):
    goal = {
        "entity": "黄埔区", "area": None, "metric": "全社会研发经费投入强度", "kind": "level",
        "comparator": "min", "value": 5.0, "unit": "%", "target_year": 2025,
    }  # fmt: skip
    return goal | changes


def test_alike_goals_name_what_agrees_and_what_differs():
    reason = likeness(_goal(comparator="approx"), _goal())
    assert reason is not None
    assert (
        "全社会研发经费投入强度" in reason and "目标年相同" in reason and "表述不同(不低于 / 左右)" in reason
    )
    assert "目标值相近" in likeness(_goal(value=5.3, target_year=2026), _goal())


@pytest.mark.parametrize(
    "other",
    [
        {"entity": "天河区"},
        {"metric": "地区生产总值", "unit": "亿元", "value": 5000},
        {"target_year": 2035},
        {"value": 6.0},
        {"kind": "growth"},
        {"unit": "万亿元", "value": 5.0},
        {"target_year": None},
        {
            "kind": "increment",
            "unit": "家",
            "value": 100,
            "target_year": 2022,
        },  # each year's addition is its own
    ],
)
def test_other_goals_are_not_alike(other):
    assert likeness(_goal(**other), _goal()) is None


def test_a_years_addition_is_alike_only_in_the_same_year():
    added = _goal(kind="increment", metric="新增高新技术企业", unit="家", value=100.0)
    assert likeness(added | {"comparator": "reach"}, added) is not None
    assert likeness(added | {"target_year": 2026}, added) is None


def test_a_value_in_another_magnitude_of_the_same_unit_is_alike():
    assert likeness(_goal(unit="亿元", value=10000.0), _goal(unit="万亿元", value=1.0)) is not None


@pytest.fixture
def store(tmp_path, seeds_dir):
    with open_store(tmp_path / "s.db") as opened:
        opened.set_meta("seeded", "test")
        assert import_files(opened, [seeds_dir / RD_SEED]).errors == []
        yield opened


def _docx(path, *paragraphs):
    word = docx.Document()
    for text in paragraphs:
        word.add_paragraph(text)
    word.save(path)
    return path


@pytest.fixture
def new_docx(tmp_path):
    return _docx(
        tmp_path / "黄埔区科技创新规划.docx",
        "黄埔区科技创新“十四五”规划",
        "到2025年，黄埔区全社会研发经费投入强度达到5%左右，高新技术企业达到3000家。",
    )


def _rd_goals(store):
    return [t for t in store.targets(entity="黄埔区") if t["metric"] == "全社会研发经费投入强度"]


def test_a_docx_restating_the_rd_goal_raises_an_offer(store, new_docx):
    before = {t["id"] for t in _rd_goals(store)}
    report = import_files(store, [new_docx])
    assert report.offers == [(new_docx, 1)]
    [offer] = store.merge_offers()
    assert offer["existing"]["id"] in before and offer["existing"]["comparator"] == "min"
    assert offer["target"]["comparator"] == "approx" and offer["target"]["value"] == 5.0
    assert "目标年相同" in offer["reason"]
    [doc] = [d for d in store.documents() if d["name"] == new_docx.name]
    assert store.merge_offers(document_id=doc["id"]) == [offer]


def test_both_goals_of_an_open_offer_are_found_by_the_filter(store, new_docx):
    from huangpu_tracker.store.filters import ReviewFilter
    from huangpu_tracker.store.queries import target_rows

    import_files(store, [new_docx])
    [offer] = store.merge_offers()
    marked = {
        row["id"]: row["merge_offer"]
        for row in target_rows(store)
        if ReviewFilter(merge_offer=True).accepts(row)
    }
    assert marked == {offer["target_id"]: offer["id"], offer["existing_id"]: offer["id"]}
    DeclineMergeOffer(offer["id"]).apply(store)
    assert not any(ReviewFilter(merge_offer=True).accepts(row) for row in target_rows(store))


def test_accepting_attaches_the_new_source_and_removes_the_twin_undoably(store, new_docx):
    import_files(store, [new_docx])
    [offer] = store.merge_offers()
    existing, twin = offer["existing_id"], offer["target_id"]
    sources_before = len(store.target_sources(existing))
    edit = AcceptMergeOffer(offer["id"])

    edit.apply(store)
    assert [t["id"] for t in _rd_goals(store) if t["id"] == twin] == []
    sources = store.target_sources(existing)
    assert len(sources) == sources_before + 1
    assert sources[-1]["document_name"] == new_docx.name
    assert store.merge_offers() == [] and store.merge_offer(offer["id"])["state"] == "accepted"

    edit.revert(store)
    assert store.target(twin)["comparator"] == "approx"
    assert len(store.target_sources(existing)) == sources_before
    assert [o["id"] for o in store.merge_offers()] == [offer["id"]]

    edit.apply(store)  # redo
    assert store.merge_offers() == [] and len(store.target_sources(existing)) == sources_before + 1


def test_declining_keeps_both_goals_and_can_be_undone(store, new_docx):
    import_files(store, [new_docx])
    [offer] = store.merge_offers()
    count = len(_rd_goals(store))
    edit = DeclineMergeOffer(offer["id"])
    edit.apply(store)
    assert store.merge_offers() == [] and len(_rd_goals(store)) == count
    assert store.merge_offer(offer["id"])["state"] == "declined"
    with pytest.raises(TrackerError, match="already answered"):
        AcceptMergeOffer(offer["id"]).apply(store)
    edit.revert(store)
    assert [o["id"] for o in store.merge_offers()] == [offer["id"]]


def test_exact_restatements_still_merge_without_an_offer(store, tmp_path):
    same = _docx(tmp_path / "same.docx", "黄埔区规划摘要", "到2025年，全社会研发经费投入强度超过5%。")
    before = len(_rd_goals(store))
    report = import_files(store, [same])
    assert report.offers == [] and store.merge_offers() == []
    assert len(_rd_goals(store)) == before


def test_cli_lists_accepts_and_declines_offers(tmp_path, seeds_dir, new_docx):
    db = tmp_path / "cli.db"
    with open_store(db) as opened:
        opened.set_meta("seeded", "test")

    def run(*args):
        result = CliRunner().invoke(main, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.output

    run("import", str(seeds_dir / RD_SEED))
    assert "1 merge offers 合并建议" in run("import", str(new_docx))
    listed = run("offers")
    assert (
        "offer 1:" in listed
        and "全社会研发经费投入强度" in listed
        and "《黄埔区科技创新“十四五”规划》" in listed
    )
    assert len(run("targets", "--merge-offer").splitlines()) == 2
    assert "merged 已合并: offer 1" in run("offers", "accept", "1")
    assert "No open merge offers" in run("offers")
    failed = CliRunner().invoke(main, ["--db", str(db), "offers", "decline", "1"])
    assert failed.exit_code == 1 and "already answered" in failed.output
    missing = CliRunner().invoke(main, ["--db", str(db), "offers", "accept", "99"])
    assert missing.exit_code == 1 and "Traceback" not in missing.output
