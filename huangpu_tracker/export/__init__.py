"""Qt-free exports and imports: data files (XLSX/CSV), actuals files, the HTML progress report.

collect.tracked_targets(store) assesses the store's targets once for all of them; data.write_data
writes XLSX/CSV; report.write_report the HTML/PDF report; actuals_file reads and checks a file of
actual figures, actuals_import stores it (or one figure) in one transaction.
"""
