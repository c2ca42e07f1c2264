"""Progress charts (pyqtgraph) and their exports; `assessment/` computes the series, this only draws.

- `progress_chart.ProgressChart(parent)`: one target; `.show_assessment(assessment, title,
  subtitle, source_line, unit)` (the texts from `meta.chart_meta(target_row, documents).texts()`).
- `dashboard.Dashboard(parent)`: small multiples; `.set_items([(target_id, assessment, title)])`,
  signal `targetActivated(int)`.
- `axes`: `YearAxis` (whole years on every time axis), `settle_axes` (labels sized before a
  one-off rendering).
- `chart_files`: `export_chart`, `export_charts` (PNG/SVG/PDF files), `render_chart_png_bytes`,
  `ensure_application` (offscreen QApplication for the CLI). GUI thread only (they draw widgets).
"""
