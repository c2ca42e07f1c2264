"""Tagging reads jieba's dictionary word by word from a lexicon in the app's cache dir: the same
tags as jieba's own tagger, our planning terms kept whole, jieba never loaded whole."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from huangpu_tracker.chinese.segment import tagged

PHRASES = (
    "全区规模以上工业总产值突破8000亿元",
    "新增高新技术企业300家，研发投入强度达到4.5%",
    "建成5G基站1.2万个，PM2.5平均浓度控制在25微克/立方米",
    "推动链主企业带动上下游协同发展 ，打造 smart city",
    "居民人均可支配收入年均增长7%左右",
)


def test_importing_extraction_does_not_load_jieba():
    code = "import sys, huangpu_tracker.extraction; print('jieba' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_tagging_builds_its_lexicon_in_the_app_cache_dir_and_never_loads_jieba(tmp_path):
    code = (
        "import sys; from huangpu_tracker.chinese.segment import tagged; tagged('地区生产总值'); "
        "print('jieba' in sys.modules)"
    )
    env = {**os.environ, "HUANGPU_TRACKER_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == "False"
    assert result.stderr == ""
    assert list((tmp_path / "cache").glob("lexicon-*.sqlite"))


def test_user_dictionary_keeps_planning_terms_whole():
    assert ("研发经费投入强度", "n") in tagged("全社会研发经费投入强度")
    assert tagged("链主企业") == [("链主企业", "n")]


def test_tags_are_jiebas_own():
    import jieba
    import jieba.posseg

    from huangpu_tracker.chinese.lexicon import USER_DICTIONARY
    from huangpu_tracker.paths import resource

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tokenizer.tokenizer.load_userdict(str(resource(*USER_DICTIONARY)))
    for phrase in PHRASES:
        expected = [(pair.word, pair.flag) for pair in tokenizer.lcut(phrase, HMM=False)]
        assert tagged(phrase) == expected, phrase
