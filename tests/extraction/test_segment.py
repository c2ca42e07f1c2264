"""jieba is loaded lazily, caches in the app's cache dir and knows the planning terms."""

from __future__ import annotations

import os
import subprocess
import sys

from huangpu_tracker.extraction.segment import city_names, tagged, word_tag


def test_importing_extraction_does_not_load_jieba():
    code = "import sys, huangpu_tracker.extraction; print('jieba' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_jieba_cache_lives_in_the_app_cache_dir(tmp_path):
    code = (
        "import jieba; from huangpu_tracker.extraction.segment import tagged; tagged('地区生产总值'); "
        "print(jieba.dt.tmp_dir)"
    )
    env = {**os.environ, "HUANGPU_TRACKER_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == str(tmp_path / "cache")
    assert result.stderr == ""  # jieba's loading messages are silenced
    assert list((tmp_path / "cache").glob("jieba*.cache"))


def test_user_dictionary_keeps_planning_terms_whole():
    assert ("研发经费投入强度", "n") in tagged("全社会研发经费投入强度")
    assert word_tag("链主企业") == "n"


def test_city_names_come_from_jieba():
    assert {"广州", "成都", "上海"} <= city_names()
