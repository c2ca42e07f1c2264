"""A city written before its district (上海市黄浦区): one rule, places.mention.city_of_district, for
the issuer of a title (documents) and the owner of a goal (extraction)."""

from __future__ import annotations

from huangpu_tracker.documents.bodies import first_body, local_bodies
from huangpu_tracker.extraction.entities import find_mentions


def test_a_city_written_before_its_district_is_the_district_for_issuers_and_owners_alike():
    assert first_body("上海市黄浦区2024年政府工作报告") == "黄浦区"
    assert local_bodies("广州市天河区、上海市黄浦区召开会议") == ["天河区", "黄浦区"]
    assert [m.name for m in find_mentions("上海市黄浦区将新增企业")] == ["上海市黄浦区"]
    assert local_bodies("广州市黄埔区召开会议") == ["黄埔区"]
