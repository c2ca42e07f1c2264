"""The progress report, in Chinese: a summary first (counts by status, then every goal in one
table), one section per goal that has figures to show (its chart, goal, status, sources and
actuals), then the goals that cannot be assessed yet in one compact table. Qt-free: it builds HTML.

The HTML is kept to what Qt's QTextDocument renders (tables with border/cellpadding attributes,
inline colours, <img> with a width), so the same text becomes the PDF report
(`huangpu_tracker.gui.report_pdf`), whose outline is made from its headings and anchors: each
heading (h2 a part, h3 a goal) and each goal row of the compact table carries `<a name="tID">`.
Chart images come from the caller as `src` strings: data: URIs for a self-contained HTML file,
resource names for the PDF.
"""

from __future__ import annotations

import base64
import datetime
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from huangpu_tracker.assessment.goals import format_number
from huangpu_tracker.assessment.look import status_look
from huangpu_tracker.assessment.model import STATUS_CODES, STATUS_LABELS
from huangpu_tracker.assessment.progress import (
    decimals_written,
    figures_of,
    share_of_way,
    share_text,
    written_like,
)
from huangpu_tracker.documents.label import document_label
from huangpu_tracker.export.collect import TrackedTarget, tracked_targets
from huangpu_tracker.export.files import ExportError, refuse_store_paths, replacing
from huangpu_tracker.paths import ensure_folder

REPORT_TITLE = "黄埔区规划目标进展报告"
CHART_WIDTH = 640  # pixels in the report page (the A4 text width is 680 at 96 dpi)


@dataclass
class ReportData:
    """What the report shows: the assessed targets, their sources (target id → rows of
    `Store.target_sources`) and the documents (id → row of `Store.documents()`)."""

    tracked: Sequence[TrackedTarget]
    sources: Mapping[int, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    documents: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)

    def document_label(
        self, document_id: int | None, fallback: str | None, article_id: int | None = None
    ) -> str:
        """《title》 and date of a document (of its article `article_id` when that has a title: a
        compilation of several articles), else `fallback` (its file name, or 分析员录入)."""
        document = self.documents.get(document_id) if document_id is not None else None
        return fallback or "分析员录入" if document is None else document_label(document, article_id)


def has_section(t: TrackedTarget) -> bool:
    """Whether a goal gets its own section with a chart: it is assessed, or it has figures to draw.
    The others (not assessable, no figure yet) share one compact table."""
    return t.assessment.status != "not_assessable" or bool(t.assessment.raw_actuals)


def gather_report(
    store: Any, entity: str | None = None, today: int | None = None, target_ids: list[int] | None = None
) -> ReportData:
    """Read everything the report needs from an open store (targets assessed as of `today`; only
    those of `entity` or among `target_ids`, if given)."""
    tracked = tracked_targets(store, entity=entity, today=today, target_ids=target_ids)
    sources = {t.row["id"]: store.target_sources(t.row["id"]) for t in tracked}
    return ReportData(tracked, sources, {d["id"]: d for d in store.documents()})


def png_data_uri(png: bytes) -> str:
    """A PNG as a data: URI for an <img> of a self-contained HTML file."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        return format_number(value)
    return escape(str(value))


def status_html(code: str) -> str:
    """A status as coloured HTML: symbol and label."""
    colour, symbol = status_look(code)
    return f'<span style="color:{colour}">{symbol} {STATUS_LABELS[code][0]}</span>'


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()) -> str:
    cells = "".join(
        f'<th bgcolor="#eaeef2" align="left"{f" width={w}%" if w else ""}>{h}</th>'
        for h, w in zip(head, [*widths, *[0] * len(head)], strict=False)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>{cells}</tr>{body}</table>'


def _name(t: TrackedTarget) -> str:
    row = t.row
    where = f"{row['entity']}（{row['area']}）" if row.get("area") else row["entity"]
    return f"{escape(row['metric'])} · {escape(where or '')}"


def _counts(tracked: Sequence[TrackedTarget]) -> str:
    counts = Counter(t.assessment.status for t in tracked)
    rows = [[status_html(code), str(counts[code])] for code in STATUS_CODES if counts[code]]
    totals = "，".join(f"{STATUS_LABELS[c][0]} {counts[c]} 个" for c in STATUS_CODES if counts[c])
    summary = f"<p>共 {len(tracked)} 个目标{'：' + totals if totals else ''}。</p>"
    return summary + (_table(["进展", "目标数"], rows, (70, 30)) if rows else "")


def _summary(tracked: Sequence[TrackedTarget], number: str) -> str:
    rows = [
        [
            f'<a href="#t{t.row["id"]}">{t.row["id"]}</a>',
            _name(t),
            escape(t.assessment.goal_text),
            _text(t.row["target_year"]),
            status_html(t.assessment.status),
            share_text(share_of_way(t.assessment)) or "–",
        ]
        for t in tracked
    ]
    head = ["编号", "指标 · 主体", "目标", "目标年", "进展", "完成进度"]
    table = _table(head, rows, (7, 37, 18, 9, 16, 13)) if rows else ""
    share = "<p>完成进度：从基期到目标已走过的比例（总量目标为累计完成的比例）。</p>" if rows else ""
    return f'<h2><a name="summary"></a>{number}、进展总览</h2>' + _counts(tracked) + "<p></p>" + table + share


_RATE_WORDS = {"compound": "年均增长", "linear": "年均变化", "cumulative": "年均", "rate": "增速"}


def _rates(t: TrackedTarget) -> str:
    a = t.assessment
    decimals = decimals_written(figures_of(a))
    unit = escape(a.unit)
    parts = []
    if a.baseline is not None:
        value = f"{written_like(a.baseline.value, decimals)} {unit}"
        parts.append(f"基期 {a.baseline.year} 年 {value}（{a.baseline.source_label}）")
    growth = _RATE_WORDS.get(a.method or "", "")
    if a.required_rate is not None:
        parts.append(f"所需{growth} {a.required_rate:.2f} {escape(a.rate_unit)}")
    if a.observed_rate is not None:
        parts.append(f"实际{growth} {a.observed_rate:.2f} {escape(a.rate_unit)}")
    if a.ratio is not None:
        parts.append(f"速度比值 {a.ratio:.2f}")
    share = share_of_way(a)
    if share is not None:
        parts.append(f"完成进度 {share_text(share)}")
    if a.projected_value is not None and a.target_year is not None:
        verb = "预测" if a.projection else "实际"
        parts.append(f"{a.target_year} 年{verb} {written_like(a.projected_value, decimals)} {unit}")
    return "；".join(parts)


def _source(data: ReportData, source: Mapping[str, Any]) -> str:
    quote = source.get("quote") or source.get("sentence") or ""
    label = data.document_label(
        source.get("document_id"), source.get("document_name"), source.get("article_id")
    )
    return f"{escape(label)}：「{escape(quote)}」"


_KINDS = {"manual": "分析员录入", "document": "文件", "import": "导入"}


def _section(data: ReportData, t: TrackedTarget, chart_src: str | None) -> str:
    a, row = t.assessment, t.row
    parts = [f'<h3><a name="t{row["id"]}"></a>{row["id"]}. {_name(t)}</h3>']
    parts.append(f"<p>目标：{escape(a.goal_text)}（{_text(row['target_year'])} 年）</p>")
    if chart_src:
        parts.append(f'<p><img src="{escape(chart_src)}" width="{CHART_WIDTH}"></p>')
    parts.append(f"<p>进展：{status_html(a.status)} — {escape(a.reason)}</p>")
    rates = _rates(t)
    if rates:
        parts.append(f"<p>{rates}</p>")
    quotes = [f"<li>{_source(data, s)}</li>" for s in data.sources.get(row["id"], [])]
    if not quotes and row.get("quote"):
        quotes = [f"<li>「{escape(row['quote'])}」</li>"]
    parts.append("<p>来源：</p><ul>" + ("".join(quotes) or "<li>–</li>") + "</ul>")
    actual_rows = [
        [
            _text(x["year"]),
            _text(x["value"]),
            _text(x["unit"]),
            _text(
                data.document_label(x.get("document_id"), x.get("document_name") or _KINDS[x["source_kind"]])
            ),
            _text(x["note"]),
        ]
        for x in sorted(t.actuals, key=lambda x: x["year"])
    ]
    if actual_rows:
        head = ["年份", "数值", "单位", "来源", "备注"]
        parts.append("<p>实际值：</p>" + _table(head, actual_rows, (10, 14, 10, 46, 20)))
    else:
        parts.append("<p>实际值：尚未录入</p>")
    return "\n".join(parts)


def _first_source(data: ReportData, t: TrackedTarget) -> str:
    sources = data.sources.get(t.row["id"]) or ()
    if not sources:
        return "分析员录入"
    first = sources[0]
    label = data.document_label(first.get("document_id"), first.get("document_name"), first.get("article_id"))
    more = f"等 {len(sources)} 份" if len(sources) > 1 else ""
    return escape(label) + more


def _unassessed(data: ReportData, waiting: Sequence[TrackedTarget], number: str) -> str:
    rows = [
        [
            str(t.row["id"]),
            f'<a name="t{t.row["id"]}"></a>{_name(t)}',
            f"{escape(t.assessment.goal_text)}（{_text(t.row['target_year'])} 年）",
            escape(t.assessment.reason),
            _first_source(data, t),
        ]
        for t in waiting
    ]
    head = ["编号", "指标 · 主体", "目标", "原因", "来源"]
    return (
        f'<h2><a name="unassessed"></a>{number}、无法评估的目标</h2>'
        f"<p>以下 {len(waiting)} 个目标尚无可用于评估的实际值，每个一行；录入实际值后即有进展图。</p>"
        + _table(head, rows, (6, 24, 18, 26, 26))
    )


_NUMBERS = "一二三四"


def report_html(
    data: ReportData, chart_srcs: Mapping[int, str] | None = None, note: str | None = None
) -> str:
    """The whole report as one HTML document (UTF-8); `chart_srcs` maps target id → image src."""
    chart_srcs = chart_srcs or {}
    charted = [t for t in data.tracked if has_section(t)]
    waiting = [t for t in data.tracked if not has_section(t)]
    parts = [_summary(data.tracked, _NUMBERS[0])]
    if charted:
        sections = "\n".join(_section(data, t, chart_srcs.get(t.row["id"])) for t in charted)
        parts.append(f'<h2><a name="progress"></a>{_NUMBERS[len(parts)]}、各目标进展</h2>\n{sections}')
    if waiting:
        parts.append(_unassessed(data, waiting, _NUMBERS[len(parts)]))
    stamp = datetime.date.today().isoformat()
    extra = f"<p><i>{escape(note)}</i></p>" if note else ""
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(REPORT_TITLE)}</title></head>\n<body>"
        f"<h1>{escape(REPORT_TITLE)}</h1><p>生成日期：{stamp}</p>{extra}\n{body}\n</body></html>\n"
    )


PdfWriter = Callable[[str, Mapping[str, bytes], Path], None]


def check_report_path(path: Path, store_path: Path | None = None) -> str:
    """Refuse a report file name we cannot write, or the store's own file (before slow work);
    returns its suffix. Creates the folder it goes in."""
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise ExportError(f"{path.name}: 报告只支持 .html 和 .pdf / report must be .html or .pdf")
    refuse_store_paths([path], store_path)
    ensure_folder(path.parent)
    if not os.access(path if path.exists() else path.parent, os.W_OK):
        raise ExportError(f"无法写入 cannot write {path}: 没有写权限 / permission denied")
    return suffix


def write_report(
    path: Path,
    data: ReportData,
    charts: Mapping[int, bytes] | None = None,
    pdf_writer: PdfWriter | None = None,
    note: str | None = None,
    store_path: Path | None = None,
) -> Path:
    """Write the report as .html (charts, target id → PNG bytes, embedded as data: URIs) or .pdf
    (through `pdf_writer`, which receives the HTML, the images by resource name and the path)."""
    charts = charts or {}
    suffix = check_report_path(path, store_path)
    if suffix == ".pdf" and pdf_writer is None:
        raise ExportError("PDF 报告需要图形界面组件 / PDF report needs the GUI components")
    try:
        with replacing(path) as (temp,):  # a failed export leaves the previous report as it was
            if pdf_writer is not None and suffix == ".pdf":
                names = {target_id: f"chart-{target_id}.png" for target_id in charts}
                pdf_writer(report_html(data, names, note), {names[i]: png for i, png in charts.items()}, temp)
            else:
                srcs = {target_id: png_data_uri(png) for target_id, png in charts.items()}
                temp.write_text(report_html(data, srcs, note), encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"无法写入 cannot write {path}: {exc.strerror or exc}") from exc
    return path
