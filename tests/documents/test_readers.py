"""Every supported format and encoding reads into the text a user expects, offsets intact."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from huangpu_tracker.documents import read_document, read_document_bytes

# A traditional-Chinese passage (Big5 cannot encode simplified characters).
TRADITIONAL = (
    "廣州市黃埔區政府工作報告\n"
    "過去一年，黃埔區堅持創新驅動發展，經濟總量穩步增長，地區生產總值突破四千億元，"
    "規模以上工業總產值持續提升，高新技術企業數量超過三千家。全區研發經費投入強度達到百分之五，"
    "科技創新能力穩居全國經濟技術開發區前列。我們將繼續推動產業升級，擴大對外開放，改善民生福祉，"
    "加快建設知識城、科學城和生物島，打造粵港澳大灣區高質量發展核心引擎。\n"
    "到2025年，全區將實現商品銷售總額超過一萬億元，新增學位兩萬個，建成公園二十個。\n"
)


def test_seed_reads_exactly_as_stored(seed_paths):
    for path in seed_paths:
        document = read_document(path)
        data = path.read_bytes()
        assert document.text == data.decode("utf-8")
        assert document.encoding == "utf-8"
        assert document.format == "txt"
        assert document.content_hash == hashlib.sha256(data).hexdigest()
        assert document.name == path.name and document.source_path == str(path)


def test_gb18030_copy_of_a_seed_reads_to_the_same_text_and_articles(seed_paths, write_file):
    original = read_document(seed_paths[2])
    path = write_file("gb.txt", original.text.encode("gb18030"))
    copy = read_document(path)
    assert copy.encoding == "gb18030"
    assert copy.text == original.text
    assert [(a.start, a.end, a.issuer) for a in copy.articles] == [
        (a.start, a.end, a.issuer) for a in original.articles
    ]


def test_gbk_file_is_decoded_as_gb18030(seed_paths, write_file):
    text = seed_paths[0].read_text(encoding="utf-8")
    document = read_document(write_file("gbk.txt", text.encode("gbk")))
    assert document.encoding == "gb18030"
    assert document.text == text


def test_big5_file_is_detected_and_decoded(write_file):
    document = read_document(write_file("big5.txt", TRADITIONAL.encode("big5")))
    assert document.encoding == "big5"
    assert document.text == TRADITIONAL


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("黄埔区", "gb18030"),
        ("黄埔区2022年重点工作安排。", "gb18030"),
        ("黃埔區", "big5"),
        ("創新驅動", "big5"),
    ],
)
def test_short_chinese_texts_are_not_mistaken_for_korean_or_japanese(write_file, text, encoding):
    document = read_document(write_file("short.txt", text.encode(encoding)))
    assert (document.text, document.encoding) == (text, encoding)


def test_utf8_bom_is_removed_and_offsets_start_after_it(seed_paths, write_file):
    text = seed_paths[1].read_text(encoding="utf-8")
    document = read_document(write_file("bom.txt", codecs.BOM_UTF8 + text.encode("utf-8")))
    assert document.encoding == "utf-8-sig"
    assert document.text == text
    assert document.articles[0].start == 0


def test_markdown_is_read_as_plain_text(write_file):
    text = "# 黄埔区2024年工作要点\n\n到2025年，全区规模以上工业总产值突破1万亿元。\n"
    document = read_document(write_file("plan.md", text.encode("utf-8")))
    assert document.format == "md"
    assert document.text == text
    assert document.title == "黄埔区2024年工作要点"
    assert document.issue_year == 2024


def test_html_keeps_visible_text_only_with_blocks_on_their_own_lines(write_file):
    html = """<!doctype html><html><head><meta charset="utf-8"><title>页面标题</title>
    <style>p { color: red }</style><script>var x = "不可见";</script></head>
    <body><h1>黄埔区2023年工作报告</h1><p>到2025年，研发投入强度&gt;5%。</p>
    <div>新增学位<b>9000个</b>。</div><ul><li>第一项</li><li>第二项</li></ul></body></html>"""
    document = read_document(write_file("page.html", html.encode("utf-8")))
    assert document.format == "html"
    assert document.encoding == "utf-8"
    assert document.text.splitlines() == [
        "黄埔区2023年工作报告",
        "到2025年，研发投入强度>5%。",
        "新增学位9000个。",
        "第一项",
        "第二项",
    ]
    assert "不可见" not in document.text and "color" not in document.text
    assert document.title == "黄埔区2023年工作报告"


def test_html_in_gb18030_is_decoded(write_file):
    html = "<html><body><p>" + TRADITIONAL.replace("\n", "</p><p>") + "</p></body></html>"
    document = read_document(write_file("page.htm", html.encode("gb18030")))
    assert document.format == "htm"
    assert document.encoding == "gb18030"
    assert "黃埔區堅持創新驅動發展" in document.text


def test_docx_reads_paragraphs_and_table_cells_in_order(write_file, docx_bytes):
    document = read_document(write_file("plan.docx", docx_bytes))
    assert document.format == "docx"
    assert document.encoding is None
    assert document.text.splitlines() == [
        "黄埔区2025年工作计划",
        "到2025年，全区地区生产总值达到5000亿元。",
        "指标\t目标\t年份",
        "研发投入强度5%\t2025",
        "高新技术企业超过3000家。",
    ]
    assert document.title == "黄埔区2025年工作计划"
    assert document.issuer == "黄埔区"


def test_pdf_text_layer_is_read(write_file, pdf_bytes):
    data = pdf_bytes(["Huangpu district plan", "GDP target 5000 by 2025"])
    document = read_document(write_file("plan.pdf", data))
    assert document.format == "pdf"
    assert document.encoding is None
    assert "Huangpu district plan" in document.text
    assert "GDP target 5000 by 2025" in document.text


def test_read_document_bytes_matches_read_document(seed_paths):
    path = seed_paths[3]
    from_path = read_document(path)
    from_bytes = read_document_bytes(path.name, path.read_bytes(), str(path))
    assert from_bytes == from_path


def test_extension_is_case_insensitive(write_file):
    document = read_document(write_file("NOTE.TXT", "黄埔区2022年重点工作安排。".encode()))
    assert document.format == "txt"
