"""`targets --entity` takes any name of a body, and `--within` adds the bodies inside it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.places.names import canonical_body, within


def _entities(small_db, *args: str) -> list[str]:
    result = CliRunner().invoke(main, ["--db", str(small_db), "targets", "--json", *args])
    assert result.exit_code == 0, result.output
    return sorted(row["entity"] for row in json.loads(result.output))


def test_any_name_of_a_body_selects_its_targets(small_db):
    assert _entities(small_db, "--entity", "广州开发区") == ["黄埔区", "黄埔区"]
    assert _entities(small_db, "--entity", "广州市天河区") == ["天河区"]
    assert _entities(small_db, "--entity", "广州市") == []


def test_within_adds_the_districts_of_a_city(small_db):
    assert _entities(small_db, "--entity", "广州市", "--within") == ["天河区", "黄埔区", "黄埔区"]
    assert _entities(small_db, "--entity", "广东省", "--within") == ["天河区", "黄埔区", "黄埔区"]
    assert _entities(small_db, "--entity", "深圳市", "--within") == []


def test_canonical_names_and_parents():
    assert canonical_body("江津") == "江津区"
    assert canonical_body("上海市黄浦区") == "黄浦区"
    assert canonical_body("某某") == "某某"
    assert within("广州市黄埔区", "广州") and within("黄埔区", "广东省")
    assert not within("黄浦区", "广州市")
