"""Facts of written Chinese that every layer reads (Qt-free, no dependency above it).

`numerals`: Chinese numerals to numbers (三千, 一百零五, 二〇二五); `normalise`: text in simplified
characters with ASCII digits (traditional 億/萬/個 and full-width ２０２５ mapped, same length).
documents/ (dates) and extraction/ (figures, years) share them, so each is defined once.
"""
