"""The home district is a setting: its names and sub-areas, `--home` on the CLI, extraction following it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.model import UNKNOWN_BODY
from huangpu_tracker.home import DEFAULT_HOME, HOME_ENV, describe_home, home, home_name, set_home
from huangpu_tracker.places.names import canonical_body

LONGGANG = "龙岗企业发展大会召开。今年将新增企业300家。"


def test_the_default_home_district_and_its_names_and_sub_areas():
    assert home_name() == DEFAULT_HOME == "黄埔区"
    assert {"广州开发区", "广州高新区", "广州经济技术开发区", "广州市黄埔区"} <= set(home().aliases)
    assert home().areas["知识城"] == "中新广州知识城"
    assert home().sectors["区属国企"] == "区属国企"


def test_the_home_districts_other_names_are_the_gazetteers_whatever_the_home():
    assert "广州黄埔" in home().aliases
    set_home("龙岗区")
    assert canonical_body("广州黄埔") == canonical_body("广州开发区") == "黄埔区"


def test_any_district_can_be_home_with_its_names_from_the_gazetteer():
    longgang = describe_home("龙岗区")
    assert {"深圳市龙岗区", "龙岗"} <= set(longgang.aliases)
    assert longgang.areas == {}


def test_extraction_follows_the_home_district():
    assert {t.entity for t in extract_text(LONGGANG, 2024).targets} == {UNKNOWN_BODY}
    set_home("龙岗区")
    assert {t.entity for t in extract_text(LONGGANG, 2024).targets} == {"龙岗区"}
    # the sub-areas are the default home's: another home district does not claim 知识城
    assert {t.entity for t in extract_text("知识城今年将新增企业80家。", 2024).targets} == {UNKNOWN_BODY}


def test_the_environment_chooses_the_home_district(monkeypatch):
    monkeypatch.setenv(HOME_ENV, "江津区")
    assert home_name() == "江津区"
    assert "江津" in home().aliases


@pytest.mark.parametrize("name", ["", "  ", "黄 埔", "区" * 30])
def test_a_bad_home_name_is_a_one_line_error(name):
    with pytest.raises(TrackerError, match="本区"):
        set_home(name)


def test_cli_home_option(tmp_path):
    path = tmp_path / "longgang.txt"
    path.write_text(LONGGANG, encoding="utf-8")
    result = CliRunner().invoke(main, ["--home", "龙岗区", "extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert {row["entity"] for row in json.loads(result.output)} == {"龙岗区"}
    result = CliRunner().invoke(main, ["--home", " ", "extract", str(path)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "not a valid home district name" in result.output
