"""Actual figures coming in (Qt-free): read, checked, and entered into the store.

read_file.load_actuals_file reads a CSV/XLSX file of actuals (sheets.read_sheets the cells of a
workbook, as Excel shows them) and checks every row before anything is stored; enter stores one
figure for a target (`actual set`) or a whole checked file in one transaction (`actual import`).
See docs/glossary.md for the words (actual, series, suggestion).
"""
