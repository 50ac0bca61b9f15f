"""The SKOS lists under ``data/vocab/``: one file per scheme, no two concepts with one zh
label, every indicator with a unit. Checked on the real data and on crafted bad copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reformkg.annotation.vocab import SCHEMES, Vocabularies, load_vocabularies


def shared_zh_labels(vocab: Vocabularies) -> list[str]:
    out = []
    for sid, scheme in vocab.schemes.items():
        seen: dict[str, str] = {}
        for cid, concept in scheme.concepts.items():
            if concept.zh in seen:
                out.append(f"{sid}: {concept.zh!r} is the label of {seen[concept.zh]} and {cid}")
            seen.setdefault(concept.zh, cid)
    return out


def indicators_without_unit(vocab: Vocabularies) -> list[str]:
    out = []
    for cid, concept in vocab.schemes["indicator"].concepts.items():
        unit = concept.extra.get("unit")
        if not unit:
            out.append(f"{cid}: no unit")
        elif vocab.resolve("unit", unit) is None:
            out.append(f"{cid}: unit {unit!r} is not a unit concept")
    return out


def hierarchy_problems(vocab: Vocabularies) -> list[str]:
    """Indicators outside the two-level SKOS hierarchy: a top concept (no ``broader``) or a
    specific indicator whose ``broader`` is a top concept; each with definitions and a scope note."""
    concepts = vocab.schemes["indicator"].concepts
    out = []
    for cid, concept in concepts.items():
        broader = concept.extra.get("broader")
        if broader is not None and broader not in concepts:
            out.append(f"{cid}: broader {broader!r} is not an indicator")
        elif broader is not None and concepts[broader].extra.get("broader"):
            out.append(f"{cid}: broader {broader!r} is not a top concept")
        out += [f"{cid}: no {key}" for key in ("definition", "definition_zh", "scope") if not concept.extra.get(key)]
    return out


def files_per_scheme(vocab: Vocabularies) -> dict[str, set[str]]:
    return {sid: {Path(c.source[0]).name for c in scheme.concepts.values()}
            for sid, scheme in vocab.schemes.items()}


@pytest.fixture(scope="module")
def vocab(project) -> Vocabularies:
    v, findings = load_vocabularies(project.vocab)
    assert not [str(f) for f in findings if f.is_error]
    return v


def _crafted(tmp_path: Path, project, name: str, old: str, new: str) -> Vocabularies:
    dest = tmp_path / f"vocab-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(project.vocab, dest)
    path = dest / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    v, _findings = load_vocabularies(dest)
    return v


def test_every_scheme_is_one_file(vocab):
    files = files_per_scheme(vocab)
    assert set(files) == set(SCHEMES)
    assert all(len(names) == 1 for names in files.values()), files
    assert len(vocab.schemes["indicator"].concepts) >= 100


def test_no_two_concepts_share_a_zh_label(vocab):
    assert not shared_zh_labels(vocab)


def test_every_indicator_has_a_unit(vocab):
    assert not indicators_without_unit(vocab)


def test_indicators_form_a_two_level_hierarchy(vocab):
    assert not hierarchy_problems(vocab)
    concepts = vocab.schemes["indicator"].concepts
    tops = {cid for cid, c in concepts.items() if not c.extra.get("broader")}
    assert {"count-people", "count-organisations", "count-events", "money", "share-rate"} <= tops
    assert len(tops) <= 20 < len(concepts) - len(tops)
    assert concepts["workers-congress-rate"].extra["broader"] == "share-rate"


def test_hierarchy_problems_are_found(tmp_path, project):
    v = _crafted(tmp_path, project, "indicators.yaml", "unit: person, broader: count-people, definition: \"Persons (or person-times) trained",
                 "unit: person, broader: count-peple, definition: \"Persons (or person-times) trained")
    assert hierarchy_problems(v) == ["trainees: broader 'count-peple' is not an indicator"]
    v = _crafted(tmp_path, project, "indicators.yaml", "broader: share-rate, definition: \"Share of enterprises (or",
                 "broader: union-members, definition: \"Share of enterprises (or")
    assert hierarchy_problems(v) == ["workers-congress-rate: broader 'union-members' is not a top concept"]
    v = _crafted(tmp_path, project, "indicators.yaml", ', scope: "In: 培训N人', ', note: "In: 培训N人')
    assert hierarchy_problems(v) == ["trainees: no scope"]


def test_merged_indicators_are_gone(vocab):
    ids = vocab.schemes["indicator"].concepts
    assert {"workers-covered", "enterprises-with-contracts", "participating-unions"}.isdisjoint(ids)
    assert {"beneficiaries", "enterprises-signing-collective-contracts", "participating-units"} <= set(ids)


def test_shared_zh_label_is_found(tmp_path, project):
    v = _crafted(tmp_path, project, "indicators.yaml", "zh: 受益人数,", "zh: 参与人数,")
    assert shared_zh_labels(v) == ["indicator: '参与人数' is the label of participants and beneficiaries"]


def test_indicator_without_unit_is_found(tmp_path, project):
    v = _crafted(tmp_path, project, "indicators.yaml", "Persons trained, unit: person,", "Persons trained,")
    assert indicators_without_unit(v) == ["trainees: no unit"]
    v = _crafted(tmp_path, project, "indicators.yaml", "Persons trained, unit: person,", "Persons trained, unit: persons,")
    assert indicators_without_unit(v) == ["trainees: unit 'persons' is not a unit concept"]


def test_extension_file_is_found(tmp_path, project):
    shutil.copytree(project.vocab, tmp_path / "vocab")
    (tmp_path / "vocab" / "units-extra.yaml").write_text(
        "scheme: {id: unit}\nconcepts:\n  - {id: li, zh: 里, en: Li, symbols: [里]}\n", encoding="utf-8")
    v, _ = load_vocabularies(tmp_path / "vocab")
    assert files_per_scheme(v)["unit"] == {"units.yaml", "units-extra.yaml"}
