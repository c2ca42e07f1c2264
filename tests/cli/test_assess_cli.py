"""`huangpu-tracker assess`: statuses of the store's targets, as a table or JSON."""

import json

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


@pytest.fixture
def db(small_db):
    """Two Huangpu targets (R&D with actuals, GDP) and one Tianhe target (tests/conftest.py)."""
    return small_db


def test_assess_json_gives_status_rates_baseline_and_projection(db):
    result = CliRunner().invoke(main, ["--db", str(db), "assess", "--json", "--as-of", "2023"])
    assert result.exit_code == 0, result.output
    records = {r["metric"]: r for r in json.loads(result.output)}
    rd = records["全社会研发经费投入强度"]
    assert rd["status"] == "on_track" and rd["label_zh"] == "进展顺利"
    assert rd["ratio"] == pytest.approx(1.75, abs=0.005)
    assert rd["required_rate"] == pytest.approx(2.68, abs=0.005)
    assert rd["observed_rate"] == pytest.approx(4.68, abs=0.005)
    assert rd["baseline"] == {"year": 2020, "value": 4.38, "source": "period_start"}
    assert rd["projected_value"] == pytest.approx(5.507, abs=0.001)
    assert rd["entity"] == "黄埔区" and rd["target_year"] == 2025 and rd["goal"] == "≥ 5 %"
    assert records["地区生产总值"]["status"] == "not_assessable"
    assert records["地区生产总值"]["reason"]


def test_assess_table_and_entity_filter(db):
    result = CliRunner().invoke(main, ["--db", str(db), "assess", "--entity", "黄埔区", "--as-of", "2023"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    assert "进展顺利" in result.output and "无法评估" in result.output
    assert "天河区" not in result.output


def test_rejected_targets_are_not_assessed(db):
    with open_store(db) as store:
        target_id = store.targets(entity="天河区")[0]["id"]
        store.set_review_state(target_id, "rejected")
    result = CliRunner().invoke(main, ["--db", str(db), "assess", "--json"])
    assert "天河区" not in result.output


def test_assess_on_a_fresh_store_seeds_it_and_runs(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "new.db"), "assess", "--json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.output), list)


def test_assess_has_help_text():
    result = CliRunner().invoke(main, ["assess", "--help"])
    assert result.exit_code == 0
    assert "评估目标进展" in result.output


def test_on_the_bundled_documents_an_actual_of_the_target_year_decides(tmp_path):
    # issue 12, case 1: `actual set <院士> 2021 106` for 院士 ≥ 100 名 by 2021 was 无法评估
    # ("基期 2021 年不早于目标年 2021"): it is achieved
    db, runner = str(tmp_path / "fresh.db"), CliRunner()
    listed = runner.invoke(main, ["--db", db, "targets", "--json"])
    assert listed.exit_code == 0, listed.output
    target = next(t for t in json.loads(listed.output) if t["metric"] == "院士")
    assert (target["comparator"], target["value"], target["target_year"]) == ("min", 100, 2021)
    assert runner.invoke(main, ["--db", db, "actual", "set", str(target["id"]), "2021", "106"]).exit_code == 0
    result = runner.invoke(main, ["--db", db, "assess", "--json", "--as-of", "2026"])
    [record] = [r for r in json.loads(result.output) if r["target_id"] == target["id"]]
    assert record["status"] == "achieved", record["reason"]
