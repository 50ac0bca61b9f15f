"""The shared registry (``data/entities/``): one IRI per real entity.

* entries live in the four kind files (regions, organisations, people, documents);
* no two entries of one section share a name or an alias (an ambiguous short name such
  as 实施方案 or 高新区 must be removed or made specific);
* every region at province, prefecture or county level inside China has a six-digit
  GB/T 2260 code whose prefix matches its parent's, and no retired code;
* every organisation's parent chain reaches a root without a loop;
* a union federation sits under the federation of its region's parent region (a county
  union under its city union): its parent is in the same or the next region up, and it
  has a parent whenever that federation is registered (jinan-ftu → shandong-ftu).

Each check is run on the real data and on a crafted bad registry.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reformkg.annotation.loader import Registry, load_registry
from reformkg.pipeline.inputs import load_base
from reformkg.annotation.vocab import load_vocabularies

KIND_FILES = {"regions.yaml": "regions", "organisations.yaml": "organisations",
              "people.yaml": "people", "documents.yaml": "documents", "initiatives.yaml": "initiatives"}
CODED_LEVELS = {"province": 2, "prefecture": 4, "county": 6}  # significant digits of the code
# Codes withdrawn from GB/T 2260 when a county became a county-level city.
RETIRED_CODES = {"610928": "旬阳县 → 旬阳市 610981 (2021)", "610821": "神木县 → 神木市 610881 (2017)"}


def shared_names(reg: Registry) -> list[str]:
    out = []
    for section in KIND_FILES.values():
        seen: dict[str, str] = {}
        for eid, ent in reg.section(section).items():
            for name in dict.fromkeys([ent.name, *ent.aliases]):
                if name in seen and seen[name] != eid:
                    out.append(f"{section}: {name!r} is used by {seen[name]} and {eid}")
                seen.setdefault(name, eid)
    return out


def _chain(items: dict, eid: str) -> tuple[list[str], bool]:
    """The parent chain from ``eid`` and whether it loops."""
    chain, cur = [], eid
    while cur is not None and cur in items:
        if cur in chain:
            return chain, True
        chain.append(cur)
        cur = items[cur].parent
    return chain, False


def bad_codes(reg: Registry) -> list[str]:
    out = []
    for rid, r in reg.regions.items():
        chain, loops = _chain(reg.regions, rid)
        if loops or "china" not in chain or r.level not in CODED_LEVELS:
            continue
        digits = CODED_LEVELS[r.level]
        if r.code is None:
            out.append(f"{rid}: a {r.level} in China needs a GB/T 2260 code")
            continue
        if r.code in RETIRED_CODES:
            out.append(f"{rid}: {r.code} is a retired code ({RETIRED_CODES[r.code]})")
        if r.code[digits:] != "0" * (6 - digits) or r.code[:digits].endswith("00"):
            out.append(f"{rid}: {r.code} is not a {r.level} code")
        parent = reg.regions.get(r.parent)
        if parent is None or parent.id == "china":
            if r.level != "province":
                out.append(f"{rid}: a {r.level} needs a parent region below China")
            continue
        if parent.level not in CODED_LEVELS or parent.code is None:
            out.append(f"{rid}: parent {parent.id} has no code to check {r.code} against")
            continue
        prefix = parent.code[:CODED_LEVELS[parent.level]]
        if CODED_LEVELS[parent.level] >= digits or not r.code.startswith(prefix):
            out.append(f"{rid}: code {r.code} does not start with {prefix} of its parent {parent.id} ({parent.code})")
    return out


def bad_org_chains(reg: Registry) -> list[str]:
    out = []
    for oid, org in reg.organisations.items():
        chain, loops = _chain(reg.organisations, oid)
        if loops:
            out.append(f"{oid}: the parent chain loops ({' → '.join(chain)})")
        elif reg.organisations[chain[-1]].parent is not None:
            out.append(f"{oid}: the parent chain ends at {chain[-1]}, whose parent "
                       f"{reg.organisations[chain[-1]].parent!r} is not an organisation")
    return out


def bad_union_parents(reg: Registry) -> list[str]:
    out = []
    feds = {oid: o for oid, o in reg.organisations.items() if o.kind == "union-federation"}
    by_region: dict[str, list[str]] = {}
    for oid, o in feds.items():
        by_region.setdefault(o.region, []).append(oid)
    for oid, o in feds.items():
        region = reg.regions.get(o.region)
        if region is None:
            continue
        up = region.parent
        if o.parent is None:
            if o.level != "national" and by_region.get(up):
                out.append(f"{oid}: no parent, but {', '.join(by_region[up])} is the federation of {up}")
            continue
        parent = reg.organisations[o.parent]
        if parent.kind != "union-federation" or parent.region not in (o.region, up):
            out.append(f"{oid}: parent {o.parent} ({parent.kind}, {parent.region}) is not the federation "
                       f"of {o.region} or of {up}")
    return out


@pytest.fixture(scope="module")
def registry(project) -> Registry:
    _vocab, reg, findings = load_base(project)
    assert not [str(f) for f in findings if f.is_error]
    return reg


def _crafted(tmp_path: Path, project, edit) -> Registry:
    """A copy of the real registry files with one edit, loaded without the loader's own checks failing the test."""
    dest = tmp_path / "entities"
    shutil.copytree(project.entities, dest)
    edit(dest)
    vocab, _ = load_vocabularies(project.vocab)
    reg, _findings = load_registry(dest, vocab)
    return reg


def _replace(path: Path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


# --------------------------------------------------------------------------- real data


def test_entries_live_in_the_kind_files(project, registry):
    assert {p.name for p in project.entities.glob("*.yaml")} == set(KIND_FILES)
    misplaced = [f"{section}/{eid} in {path}" for (section, eid), (path, _line) in registry.source.items()
                 if KIND_FILES[Path(path).name] != section]
    assert not misplaced, misplaced


def test_registry_is_not_trivial(registry):
    counts = {s: len(registry.section(s)) for s in KIND_FILES.values() if s != "initiatives"}
    assert all(n >= 20 for n in counts.values()), counts


def test_no_two_entries_share_a_name_or_alias(registry):
    assert not shared_names(registry)


def test_region_codes_match_their_parents(registry):
    assert not bad_codes(registry)
    assert registry.regions["xunyang"].code == "610981"


def test_organisation_chains_reach_a_root(registry):
    assert not bad_org_chains(registry)
    chain, _ = _chain(registry.organisations, "huangling-no1-mine")
    assert chain == ["huangling-no1-mine", "huangling-mining", "shaanxi-coal-group"]
    assert registry.organisations["jinan-ftu"].parent == "shandong-ftu"


def test_union_federations_sit_under_the_next_region_up(registry):
    assert not bad_union_parents(registry)


# --------------------------------------------------------------------------- crafted fixtures


def test_shared_alias_is_found(tmp_path, project):
    def edit(d):
        _replace(d / "documents.yaml", "aliases: [高新区产改《实施方案》]", "aliases: [高新区产改《实施方案》, 实施方案]")
        _replace(d / "documents.yaml", "aliases: [神木市产改《实施方案》]", "aliases: [神木市产改《实施方案》, 实施方案]")
    assert shared_names(_crafted(tmp_path, project, edit)) == [
        "documents: '实施方案' is used by xian-hitech-reform-plan and shenmu-reform-plan"]


def test_shared_name_across_files_is_found(tmp_path, project):
    def edit(d):
        with open(d / "regions.yaml", "a", encoding="utf-8") as f:
            f.write('  - {id: xunyang-old, name: 旬阳县, aliases: [旬阳], code: "610928", level: county, parent: ankang}\n')
    reg = _crafted(tmp_path, project, edit)
    assert shared_names(reg) == ["regions: '旬阳' is used by xunyang and xunyang-old"]
    assert bad_codes(reg) == ["xunyang-old: 610928 is a retired code (旬阳县 → 旬阳市 610981 (2021))"]


@pytest.mark.parametrize("old, new, expected", [
    ('code: "610981"', 'code: "620981"', "xunyang: code 620981 does not start with 6109 of its parent ankang (610900)"),
    ('{id: hanbin, name: 汉滨区, aliases: [安康市汉滨区], code: "610902", ',
     '{id: hanbin, name: 汉滨区, aliases: [安康市汉滨区], ', "hanbin: a county in China needs a GB/T 2260 code"),
    ('code: "610900", level: prefecture', 'code: "610901", level: prefecture', "ankang: 610901 is not a prefecture code"),
])
def test_bad_region_code_is_found(tmp_path, project, old, new, expected):
    reg = _crafted(tmp_path, project, lambda d: _replace(d / "regions.yaml", old, new))
    assert expected in bad_codes(reg)


def test_organisation_loop_is_found(tmp_path, project):
    def edit(d):
        _replace(d / "organisations.yaml",
                 "aliases: [陕煤集团, 陕煤], kind: enterprise, region: shaanxi}",
                 "aliases: [陕煤集团, 陕煤], kind: enterprise, region: shaanxi, parent: huangling-no1-mine}")
    problems = bad_org_chains(_crafted(tmp_path, project, edit))
    assert "huangling-no1-mine: the parent chain loops (huangling-no1-mine → huangling-mining → shaanxi-coal-group)" in problems


def test_union_under_the_wrong_federation_is_found(tmp_path, project):
    def edit(d):
        _replace(d / "organisations.yaml", "region: shangnan, parent: shangluo-ftu}", "region: shangnan, parent: shaanxi-ftu}")
        _replace(d / "organisations.yaml", "region: jinan, parent: shandong-ftu}", "region: jinan}")
    assert sorted(bad_union_parents(_crafted(tmp_path, project, edit))) == [
        "jinan-ftu: no parent, but shandong-ftu is the federation of shandong",
        "shangnan-ftu: parent shaanxi-ftu (union-federation, shaanxi) is not the federation of shangnan or of shangluo",
    ]


# --------------------------------------------------------------------------- the loader's own checks


def _findings(tmp_path: Path, project, edit) -> list[str]:
    """The loader's findings on a copy of the real registry with one edit, as lines."""
    dest = tmp_path / "entities"
    shutil.copytree(project.entities, dest)
    edit(dest)
    vocab, _ = load_vocabularies(project.vocab)
    _reg, findings = load_registry(dest, vocab)
    return [str(f).replace(f"{dest}/", "") for f in findings]


def test_a_parent_loop_is_one_finding_that_names_it(tmp_path, project):
    """china → shaanxi → china: every region of China runs into the loop, and only the loop is
    reported, at the entry of it that comes first, with its line and column."""
    lines = _findings(tmp_path, project, lambda d: _replace(
        d / "regions.yaml", "aliases: [中国, 全国], level: national}", "aliases: [中国, 全国], level: national, parent: shaanxi}"))
    assert lines == [("regions.yaml:5:68: error E004 regions[china].parent: the parent chain loops: china → shaanxi → "
                      "china; expected a chain that ends at an entry without parent")]


def test_loops_of_organisations_and_an_entry_its_own_parent(tmp_path, project):
    def edit(d):
        _replace(d / "organisations.yaml", "aliases: [陕煤集团, 陕煤], kind: enterprise, region: shaanxi}",
                 "aliases: [陕煤集团, 陕煤], kind: enterprise, region: shaanxi, parent: huangling-no1-mine}")
        _replace(d / "organisations.yaml", "{id: state-grid, name: 国家电网有限公司, aliases: [国家电网, 国网], kind: enterprise, region: china}",
                 "{id: state-grid, name: 国家电网有限公司, aliases: [国家电网, 国网], kind: enterprise, region: china, parent: state-grid}")
    lines = _findings(tmp_path, project, edit)
    assert [line.split(": error ", 1)[1] for line in lines] == [
        ("E004 organisations[shaanxi-coal-group].parent: the parent chain loops: shaanxi-coal-group → huangling-no1-mine"
         " → huangling-mining → shaanxi-coal-group; expected a chain that ends at an entry without parent"),
        ("E004 organisations[state-grid].parent: the parent chain loops: state-grid → state-grid; expected a chain that"
         " ends at an entry without parent")]


def test_one_id_space_across_the_four_lists(tmp_path, project):
    """A region with an organisation's id: one E003 on the later entry (files in name order:
    regions.yaml last), naming the first; both stay loaded, so no reference to either is
    reported as well."""
    def edit(d):
        with open(d / "regions.yaml", "a", encoding="utf-8") as f:
            f.write("  - {id: acftu, name: 测试区, level: county, parent: ankang}\n")
    lines = _findings(tmp_path, project, edit)
    last = len((project.entities / "regions.yaml").read_text(encoding="utf-8").splitlines()) + 1
    orgs = (project.entities / "organisations.yaml").read_text(encoding="utf-8").splitlines()
    [first] = [n for n, text in enumerate(orgs, 1) if "{id: acftu," in text]
    _vocab, reg, _ = load_base(project)
    assert lines == [(f"regions.yaml:{last}:6: error E003 regions[{len(reg.regions)}].id: id 'acftu' is already used by "
                      f"organisations at data/entities/organisations.yaml:{first}; expected an id not used yet: the registry's "
                      "lists share one id space")]


def test_a_code_in_full_width_digits_is_refused_once_with_the_form_expected(tmp_path, project):
    """xunyang's code in full-width digits: one E002 at the code; the six organisations in xunyang
    do not each report a region the registry lacks."""
    lines = _findings(tmp_path, project, lambda d: _replace(d / "regions.yaml", 'code: "610981"', 'code: "６１０９８１"'))
    _vocab, reg, _ = load_base(project)
    [line] = lines
    assert line.endswith(f""" error E002 regions[{list(reg.regions).index("xunyang")}].code: '６１０９８１' is not a GB/T 2260 """
                         """code: expected six ASCII digits in quotes, e.g. "610981" (it has full-width or other """
                         """non-ASCII characters: write "610981")""")
