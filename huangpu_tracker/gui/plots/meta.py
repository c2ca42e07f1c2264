"""The words around a chart (title, goal as stated, source line, unit) and its export file name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from huangpu_tracker.documents.label import source_date, source_title
from huangpu_tracker.gui.plots.naming import chart_stem
from huangpu_tracker.gui.settings import language, tr

BASELINE_SOURCES_EN = {
    "override": "set by analyst",
    "period_start": "year before the plan period",
    "before_set": "latest before the goal was set",
    "first_actual": "first actual",
}
_GOAL_WORDS_EN = {
    "累计": "cumulative",
    "新增": "new",
    "增长": "growth",
    "年均": "annual avg.",
    "达到": "reach",
}


def goal_words(goal_text: str) -> str:
    """The goal as the assessment describes it ('年均 ≥ 8 %'), its words in the UI language."""
    if language() != "en":
        return goal_text
    return " ".join(_GOAL_WORDS_EN.get(word, word) for word in goal_text.split(" "))


@dataclass(frozen=True)
class ChartMeta:
    """Texts of one chart: title = metric and entity, subtitle = the goal as stated,
    source line = document and date, unit = value axis unit; entity/metric/year name the file."""

    title: str
    subtitle: str
    source_line: str
    unit: str
    entity: str = ""
    metric: str = ""
    year: int | None = None

    @property
    def file_stem(self) -> str:
        """`<entity>_<metric>_<year>`, path-safe."""
        return chart_stem(self.entity, self.metric, self.year)

    def texts(self) -> dict[str, str]:
        """Keyword arguments of `ProgressChart.show_assessment`."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "source_line": self.source_line,
            "unit": self.unit,
        }


def _source_line(document: Mapping[str, Any] | None, article_id: int | None) -> str:
    if document is None:
        return tr("来源：分析员录入", "Source: entered by analyst")
    source: Mapping[str, Any] = document
    for article in document.get("articles") or ():
        if article_id is not None and article.get("id") == article_id and article.get("title"):
            source = article
    title = source_title(document, article_id) or document.get("name") or ""
    date = source_date(document, article_id)
    issuer = source.get("issuer") or document.get("issuer")
    parts = [f"《{title}》"] + ([str(issuer)] if issuer else []) + ([str(date)] if date else [])
    return tr("来源：", "Source: ") + tr("，", ", ").join(parts)


def chart_meta(
    target: Mapping[str, Any], documents: Mapping[int, Mapping[str, Any]] | None = None
) -> ChartMeta:
    """The chart texts of a store target row (`Store.targets()`, `Store.target()` or
    `store.queries.target_rows`), with its stating document looked up in `documents` (id → row of
    `Store.documents()`, articles included)."""
    entity = target.get("entity") or ""
    area = target.get("area")
    metric = target.get("metric") or ""
    where = f"{entity}（{area}）" if area else entity
    document = (documents or {}).get(target.get("document_id"))  # type: ignore[arg-type]
    stated = target.get("quote") or target.get("sentence") or ""
    return ChartMeta(
        title=" · ".join(p for p in (metric, where) if p) or tr("目标", "Target"),
        subtitle=tr("目标原文：", "Goal as stated: ") + stated if stated else "",
        source_line=_source_line(document, target.get("article_id")),
        unit=target.get("unit") or "",
        entity=entity,
        metric=metric,
        year=target.get("target_year"),
    )
