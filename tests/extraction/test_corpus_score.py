"""The extractor on the real published corpus (corpus/), scored with the shared scorer.

The issue's floors (F1 0.95, strict 0.90) are held by the shared texts and by the 187 documents
they were reached on; the whole corpus, grown since by thirty-three waves of documents nobody here had
seen, has floors a little under its current result, so that a change that makes the extractor
worse on real documents fails here. How it does on documents it has never seen is the first score of
each document, kept in docs/extraction-quality.md; this test guards what has been reached since.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
# The floors, held by the corpus they were reached on: the twelve shared texts (D01–D12) and
# the 187 documents of the first waves (A–R and D; measured 0.963 and 0.912, body 0.969).
F1_FLOOR = 0.95
STRICT_F1_FLOOR = 0.90
SHARED = sorted(CORPUS.glob("D[0-9][0-9].json"))
DEVELOPED = sorted(CORPUS.glob("[A-R][0-9][0-9].json"))
# The whole corpus (3087 documents), with the sixty-eight waves added since (S–Z, AA–AM, BA–BM, CA–CH,
# CJ–CM, DJ–DM, EA–EH, EJ–EM, FA–FH, FJ–FM, GA–GH, GJ–GM, HA–HH, HJ–HM, IA–IH, IJ–IM, JA–JH, JJ–JM,
# KA–KH, KJ–KM, LA–LH, LJ–LM, MA–MH, MJ–MM, NA–NH, NJ–NM, OA–OH, OJ–OM, PA–PM, QA–QM, RA–RH, RJ–RM,
# SA–SM, TA–TM, UA–UM, VA–VH, VJ–VM, WA–WI, WK–WM, XA–XI, XK–XM, YA–YI, YK–YM, ZA–ZH, ZK–ZM, AN–ZN,
# AO–ZO, BP–EP, GP–ZP, AQ–ZQ, AR–ZR, CI, DI, AS–ZS, AT–ZT, AU–ZU, AV–ZV, AW–WW), each first-scored
# before any change made for it and developed on since: measured 0.911 and 0.823 (entity 0.951, kind
# 0.906, comparator 0.991, year 0.943, metric 0.921), under
# the floors; these floors only keep it from getting worse.
WHOLE_F1_FLOOR = 0.91
WHOLE_STRICT_F1_FLOOR = 0.81
# kind 0.903: the 2027 additions of a new government's term are sums over it (cumulative, as 1,324 of
# the corpus's 1,439 gold additions with a period start are); BN01's annotator wrote increment.
ATTRIBUTE_FLOORS = {"entity": 0.94, "kind": 0.903, "comparator": 0.985, "target_year": 0.93, "metric": 0.92}


@pytest.fixture(scope="module")
def result(score_documents):
    return score_documents([CORPUS], [CORPUS])


def test_the_shared_corpus_alone_meets_the_floors(score_documents):
    """Measured 0.967 and 0.902 when set: the shared texts must not hide behind the grown corpus."""
    shared = score_documents(SHARED, [CORPUS])
    assert len(SHARED) == 12
    assert shared["f1"] >= F1_FLOOR, (shared["misses"], shared["false_alarms"])
    assert shared["strict"]["f1"] >= STRICT_F1_FLOOR, shared["wrong_entity"]


def test_the_developed_corpus_meets_the_floors(score_documents):
    developed = score_documents(DEVELOPED, [CORPUS])
    assert len(DEVELOPED) == 187
    assert developed["f1"] >= F1_FLOOR, (developed["misses"][:10], developed["false_alarms"][:10])
    assert developed["strict"]["f1"] >= STRICT_F1_FLOOR, developed["wrong_entity"][:10]


# Whole work reports, the documents analysts import most: 294 city, prefecture, county, district and
# province reports kept whole (AK–ZK, AL–TL, WL–ZL, AM–ZM, AN–GN, SN–XN, and the 深圳, 龙华, 坪山 and
# 河北 reports of waves 52–54, 平潭 of waves 55 and 57 and 蠡县 of wave 59; first-scored 0.932 and 0.847 on
# average; measured 0.954 and 0.929).
WHOLE_REPORTS = sorted(
    [
        *CORPUS.glob("[A-Z]K[0-9][0-9].json"),
        *CORPUS.glob("[A-TW-Z]L[0-9][0-9].json"),
        *CORPUS.glob("[A-Z]M[0-9][0-9].json"),
        *CORPUS.glob("[A-G]N[0-9][0-9].json"),
        *CORPUS.glob("[S-X]N[0-9][0-9].json"),
        *CORPUS.glob("[Q-V]O01.json"),  # 深圳 2006, 2012, 2001, 2009; 龙华, 坪山 2021
        *CORPUS.glob("[C-EG-HJ-M]P01.json"),  # 深圳 2005–2013, 河北 2010, 2019, 2021
        *CORPUS.glob("[X-Z]P01.json"),  # 深圳 2002–2004
        *CORPUS.glob("[AB]Q01.json"),  # 河北 2007, 2009
        *CORPUS.glob("[CEFP-U]Q01.json"),  # 平潭县 2017–2025
        CORPUS / "NR01.json",  # 蠡县 2020
    ]
)


def test_whole_work_reports_meet_the_floors(score_documents):
    reports = score_documents(WHOLE_REPORTS, [CORPUS])
    assert len(WHOLE_REPORTS) == 294
    assert reports["f1"] >= F1_FLOOR, (reports["misses"][:10], reports["false_alarms"][:10])
    assert reports["strict"]["f1"] >= STRICT_F1_FLOOR, reports["wrong_entity"][:10]


def test_the_corpus_covers_at_least_forty_real_documents():
    assert len(list(CORPUS.glob("*.json"))) >= 40
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"**{path.stem}.txt**" in sources for path in CORPUS.glob("*.json"))


def test_f1_on_real_documents(result):
    assert result["f1"] >= WHOLE_F1_FLOOR, (result["misses"][:10], result["false_alarms"][:10])


def test_strict_f1_on_real_documents(result):
    """Value, body and year right: what an analyst gets without correcting anything."""
    assert result["strict"]["f1"] >= WHOLE_STRICT_F1_FLOOR, result["wrong_entity"][:10]


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_attribute_accuracy_on_real_documents(result, attribute):
    assert result["attribute_accuracy"][attribute] >= ATTRIBUTE_FLOORS[attribute]
