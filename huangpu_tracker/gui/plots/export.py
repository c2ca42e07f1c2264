"""Transitional: the chart files are written by `chart_files`. Only gui/exporting.py (being
reworked on another branch) still imports this name; delete this module once it imports
`huangpu_tracker.gui.plots.chart_files`."""

from huangpu_tracker.gui.plots.chart_files import iter_export_charts

__all__ = ["iter_export_charts"]
