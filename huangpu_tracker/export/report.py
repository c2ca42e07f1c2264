"""The progress report: a summary table of every status, then one section per target with its
chart, goal statement, sources, actuals table and status. Qt-free: it builds HTML text.

The HTML is kept to what Qt's QTextDocument renders (tables with border/cellpadding attributes,
inline colours, <img> with a width), so the same text becomes the PDF report
(`huangpu_tracker.gui.report_pdf`). Chart images come from the caller as `src` strings: data:
URIs for a self-contained HTML file, resource names for the PDF.
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
from huangpu_tracker.export.collect import TrackedTarget, tracked_targets
from huangpu_tracker.export.files import ExportError, refuse_store_paths, replacing
from huangpu_tracker.paths import ensure_folder

REPORT_TITLE = "黄埔区规划目标进展报告 Huangpu plan targets: progress report"
CHART_WIDTH = 640  # pixels in the report page


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
        if document is None:
            return fallback or "分析员录入"
        source: Mapping[str, Any] = document
        for article in document.get("articles") or ():
            if article_id is not None and article.get("id") == article_id and article.get("title"):
                source = article
        date = source.get("issue_date") or document.get("issue_date") or source.get("issue_year")
        title = source.get("title") or document.get("title") or document.get("name") or ""
        return f"《{title}》" + (f" {date}" if date else "")


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
        return format_number(round(value, 4))
    return escape(str(value))


def status_html(code: str) -> str:
    """A status as coloured HTML: symbol, Chinese label, English label."""
    zh, en = STATUS_LABELS[code]
    colour, symbol = status_look(code)
    return f'<span style="color:{colour}">{symbol} <b>{zh}</b> {en}</span>'


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(f'<th bgcolor="#eaeef2" align="left">{h}</th>' for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{cells}</tr>{body}</table>'


def _name(t: TrackedTarget) -> str:
    row = t.row
    where = f"{row['entity']}({row['area']})" if row.get("area") else row["entity"]
    return f"{escape(row['metric'])} · {escape(where or '')}"


def _summary(tracked: Sequence[TrackedTarget]) -> str:
    counts = Counter(t.assessment.status for t in tracked)
    totals = ",".join(f"{STATUS_LABELS[c][0]} {counts[c]}" for c in STATUS_CODES if counts[c])
    rows = [
        [
            f'<a href="#t{t.row["id"]}">{t.row["id"]}</a>',
            _name(t),
            escape(t.assessment.goal_text),
            _text(t.row["target_year"]),
            status_html(t.assessment.status),
            "–" if t.assessment.ratio is None else f"{t.assessment.ratio:.2f}",
        ]
        for t in tracked
    ]
    head = ["编号 ID", "指标 Metric", "目标 Goal", "目标年 Year", "进展 Status", "比值 Ratio"]
    return f"<h2>进展总览 Summary</h2><p>共 {len(tracked)} 个目标:{totals or '无'}</p>" + _table(head, rows)


def _rates(t: TrackedTarget) -> str:
    a = t.assessment
    parts = []
    if a.baseline is not None:
        value = f"{_text(a.baseline.value)} {escape(a.unit)}"
        parts.append(f"基期 baseline {a.baseline.year} = {value}({a.baseline.source_label})")
    if a.required_rate is not None:
        parts.append(f"所需 required {a.required_rate:.2f} {escape(a.rate_unit)}")
    if a.observed_rate is not None:
        parts.append(f"实际 observed {a.observed_rate:.2f} {escape(a.rate_unit)}")
    if a.ratio is not None:
        parts.append(f"比值 ratio {a.ratio:.2f}")
    if a.projected_value is not None and a.target_year is not None:
        parts.append(f"{a.target_year} 年预测 projected {_text(a.projected_value)} {escape(a.unit)}")
    return ";".join(parts)


def _source(data: ReportData, source: Mapping[str, Any]) -> str:
    quote = source.get("quote") or source.get("sentence") or ""
    label = data.document_label(
        source.get("document_id"), source.get("document_name"), source.get("article_id")
    )
    return f"{escape(label)}:「{escape(quote)}」"


def _section(data: ReportData, t: TrackedTarget, chart_src: str | None) -> str:
    a, row = t.assessment, t.row
    parts = [f'<h2><a name="t{row["id"]}"></a>{row["id"]}. {_name(t)}</h2>']
    parts.append(f"<p>目标 Goal:<b>{escape(a.goal_text)}</b>({_text(row['target_year'])} 年)</p>")
    parts.append(f"<p>进展 Status:{status_html(a.status)} — {escape(a.reason)}</p>")
    rates = _rates(t)
    if rates:
        parts.append(f"<p>{rates}</p>")
    if chart_src:
        parts.append(f'<p><img src="{escape(chart_src)}" width="{CHART_WIDTH}"></p>')
    quotes = [f"<li>{_source(data, s)}</li>" for s in data.sources.get(row["id"], [])]
    if not quotes and row.get("quote"):
        quotes = [f"<li>「{escape(row['quote'])}」</li>"]
    parts.append("<p>来源 Sources:</p><ul>" + ("".join(quotes) or "<li>–</li>") + "</ul>")
    actual_rows = [
        [
            _text(x["year"]),
            _text(x["value"]),
            _text(x["unit"]),
            _text(data.document_label(x.get("document_id"), x.get("document_name") or x["source_kind"])),
            _text(x["note"]),
        ]
        for x in sorted(t.actuals, key=lambda x: x["year"])
    ]
    if actual_rows:
        head = ["年份 Year", "数值 Value", "单位 Unit", "来源 Source", "备注 Note"]
        parts.append("<p>实际值 Actuals:</p>" + _table(head, actual_rows))
    else:
        parts.append("<p>实际值 Actuals:尚未录入 none entered yet</p>")
    return "\n".join(parts)


def report_html(
    data: ReportData, chart_srcs: Mapping[int, str] | None = None, note: str | None = None
) -> str:
    """The whole report as one HTML document (UTF-8); `chart_srcs` maps target id → image src."""
    chart_srcs = chart_srcs or {}
    stamp = datetime.date.today().isoformat()
    sections = "\n<hr>\n".join(_section(data, t, chart_srcs.get(t.row["id"])) for t in data.tracked)
    extra = f"<p><i>{escape(note)}</i></p>" if note else ""
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(REPORT_TITLE)}</title></head>\n<body>"
        f"<h1>{escape(REPORT_TITLE)}</h1><p>生成日期 Generated {stamp}</p>{extra}\n"
        f"{_summary(data.tracked)}\n<hr>\n{sections}\n</body></html>\n"
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
