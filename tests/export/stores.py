"""Stores the export tests share (a helper module, imported by name)."""

from __future__ import annotations


def add_two_tracked_goals(store) -> None:
    """R&D ≥ 5 % by 2025 on track (4.38 % in 2020, 4.8 % in 2022) and a five-year investment total
    of 1 万亿元 that is moderate (0.15 and 0.2 so far), both 黄埔区's."""
    store.set_meta("seeded", "test")
    rd = store.get_or_create_indicator("黄埔区", None, "全社会研发经费投入强度", "%")
    store.add_target(rd, "level", "min", 5, "%", target_year=2025, quote="研发投入强度超过5%")
    store.set_actual(rd, 2020, 4.38, "%")
    store.set_actual(rd, 2022, 4.8, "%", note="统计公报")
    inv = store.get_or_create_indicator("黄埔区", None, "固定资产投资", "万亿元")
    store.add_target(inv, "cumulative", "min", 1, "万亿元", target_year=2025, period_start=2021)
    store.set_actual(inv, 2021, 0.15, "万亿元")
    store.set_actual(inv, 2022, 0.2, "万亿元")
