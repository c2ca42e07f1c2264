"""Export file names: `<entity>_<metric>_<year>`, Chinese kept, path-unsafe characters replaced."""

from __future__ import annotations

from pathlib import Path

from huangpu_tracker.gui.plots.naming import chart_stem, unique_path


def test_stem_keeps_chinese_and_replaces_unsafe_characters():
    assert chart_stem("黄埔区", "地区生产总值", 2025) == "黄埔区_地区生产总值_2025"
    assert chart_stem(" 广州 开发区 ", 'a/b\\c:d*e?f"g<h>i|j', None) == "广州_开发区_a_b_c_d_e_f_g_h_i_j"
    assert chart_stem("..", "\n\t", None) == "chart"  # nothing left: still a usable name
    assert len(chart_stem("区" * 100, "值" * 100, 2025)) == 40 + 1 + 40 + 1 + 4


def test_unique_path_suffixes_clashes_case_insensitively():
    taken: set[str] = set()
    folder = Path("out")
    names = [unique_path(folder, stem, "png", taken).name for stem in ("GDP", "gdp", "GDP", "R&D")]
    assert names == ["GDP.png", "gdp_2.png", "GDP_3.png", "R&D.png"]
