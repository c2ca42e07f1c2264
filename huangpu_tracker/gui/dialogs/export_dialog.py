"""Transitional: the chart export dialog is `chart_export_dialog`. Only gui/exporting.py (being
reworked on another branch) still imports this name; delete this module once it imports
`huangpu_tracker.gui.dialogs.chart_export_dialog`."""

from huangpu_tracker.gui.dialogs.chart_export_dialog import ChartExportOptions, ExportChartsDialog

__all__ = ["ChartExportOptions", "ExportChartsDialog"]
