"""Qt-free exports: data files (XLSX/CSV) and the HTML progress report.

collect.tracked_targets(store) assesses the store's targets once for all of them; data.write_data
writes XLSX/CSV; report.write_report the HTML/PDF report; files holds what every export shares
(replacing a file safely, refusing the store's own paths). Actual figures coming in are read by
`huangpu_tracker.actuals`.
"""
