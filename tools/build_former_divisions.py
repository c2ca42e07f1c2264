"""Convert the history table of yescallop/areacodes into resources/gazetteer/former.tsv.

    git clone https://github.com/yescallop/areacodes /tmp/areacodes   # CC0 1.0
    python tools/build_former_divisions.py /tmp/areacodes/result.csv resources/gazetteer/divisions.tsv \
        > resources/gazetteer/former.tsv

Keeps the county- and prefecture-level divisions given up since 2000 whose name no division bears
today (蓟县 → 蓟州区, 襄樊市 → 襄阳市, 崇文区 → 东城区): older texts name them, and their goals
are theirs. Output columns, as divisions.tsv: code (F + the old code, and the name after it when two
names shared one code), name, level, parent code (the division it lay in, a current one when its
name is still in use), no short form (萝岗 in a text of today is 黄埔区's; 鼓浪屿, 北站 are words
and landmarks); then the year it was given up and its successors' codes.
"""

from __future__ import annotations

import csv
import sys

_SINCE = 2000
_LEVELS = {"地级": "prefecture", "县级": "county"}
# not bodies of their own (a name shared by many parts of many cities, or no division's name)
_GENERIC = {"新区", "郊区", "市郊区", "矿区", "城区", "市区"}


def main(history: str, divisions: str) -> None:
    current: dict[str, str] = {}  # name -> code
    with open(divisions, encoding="utf-8") as handle:
        for code, name, *_ in csv.reader(handle, delimiter="\t"):
            current.setdefault(name, code)
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
    seen, keys = set(), set()
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

        if row["状态"] == "变更":
            successors = code
        else:
            successors = ";".join(part.split("[")[0] for part in row["新代码"].split(";") if part)
        key = "F" + code + ("" if "F" + code not in keys else f"-{name}")  # 533421: 中甸县, then 香格里拉县
        keys.add(key)
        out.writerow([key, name, level, parent, "", row["变更/弃用时间"], successors])


if __name__ == "__main__":
    main(*sys.argv[1:3])
