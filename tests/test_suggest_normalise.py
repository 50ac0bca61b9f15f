"""suggest on pages printed in other forms: full-width digits and punctuation, ASCII marks,
traditional characters. Matching sees one folded form; quotes and offsets stay the page's."""

import pytest

from reformkg.annotation.grounding import PageText
from reformkg.pipeline.inputs import load_base
from reformkg.suggest.drafter import suggest
from reformkg.suggest.normalise import Folded, normalise

# Sentences written for this test, in the forms public pages show.
PLAIN = """芜湖市总工会深化产业工人队伍建设改革

本报讯（记者 李明）截至2024年6月底，芜湖市已有126家企业建立职工代表大会制度，覆盖职工26.5万人，职代会建制率达到93.5%。
2023年，芜湖市总工会举办职工技能竞赛18场，1.88万人次参赛，投入资金120万元，较2021年增长67.3%。
"""
# the same page in traditional characters, typed by hand (not through the converter under test)
TRADITIONAL = """蕪湖市總工會深化產業工人隊伍建設改革

本報訊（記者 李明）截至2024年6月底，蕪湖市已有126家企業建立職工代表大會制度，覆蓋職工26.5萬人，職代會建制率達到93.5%。
2023年，蕪湖市總工會舉辦職工技能競賽18場，1.88萬人次參賽，投入資金120萬元，較2021年增長67.3%。
"""


def full_width(text: str) -> str:
    """ASCII digits, letters and . % as full-width characters (２６．５万人, ９３．５％)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and (c.isalnum() or c in ".%") else c for c in text)


def ascii_marks(text: str) -> str:
    return text.translate(str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":"}))


def _facts(draft) -> list[tuple]:
    return [(o["value"], o["subject"], o["time"] if isinstance(o["time"], str) else
             {k: v for k, v in o["time"].items() if k != "text"}, o.get("indicator"))
            for o in draft.annotation.get("observations", [])]


def test_normalise_keeps_every_offset():
    for text in (TRADITIONAL, full_width(PLAIN), ascii_marks(PLAIN), "㎡①\u3000ｘ，1,000人 17:22:39"):
        assert len(normalise(text)) == len(text)
    assert normalise("２６４．３万人，６７．３％") == "264.3万人，67.3%"
    assert normalise("獲悉,省總工會(太倉)有限公司") == "获悉，省总工会（太仓）有限公司"
    assert normalise("1,000人 2023-12-27 17:22:39") == "1,000人 2023-12-27 17:22:39"  # marks inside numbers stay


def test_printed_gives_back_the_page_characters():
    f = Folded(PageText("p", "投入資金　１２０萬元，較２０２１年增長６７．３％。", ""))
    assert f.page.text == "投入资金 120万元，较2021年增长67.3%。"
    assert f.printed("120万元，较2021年") == "１２０萬元，較２０２１年"
    assert f.printed("not on the page") == "not on the page"


@pytest.mark.parametrize("variant", ["traditional", "full-width", "ascii-marks", "all"])
def test_the_same_page_in_another_form_gives_the_same_facts(base, variant):
    vocab, registry = base
    plain = suggest("p.txt", registry, vocab, text=PLAIN)
    text = {"traditional": TRADITIONAL, "full-width": full_width(PLAIN), "ascii-marks": ascii_marks(PLAIN),
            "all": ascii_marks(full_width(TRADITIONAL))}[variant]
    other = suggest("p.txt", registry, vocab, text=text)
    expected = _facts(plain)
    assert [v for v, *_ in expected] == ["126家", "26.5万人", "93.5%", "18场", "1.88万人次", "120万元", "67.3%"]
    assert any(s != "TODO" for _, s, *_ in expected) and any(t != "TODO" for _, _, t, _ in expected)
    assert _facts(other) == expected
    # every quote, extent and title is the page's own text, found where the validator looks
    page = PageText("p", text, "")
    for o in other.annotation["observations"]:
        assert page.find(o["quote"]) is not None, o["quote"]
        assert o["quote"] in PageText.squeeze(text)
        if isinstance(o["time"], dict):
            assert PageText.squeeze(o["time"]["text"]) in PageText.squeeze(text)
    for st in other.annotation["stories"]:
        assert PageText.squeeze(st["title"]) in PageText.squeeze(text)
        for ext in st["extent"]:
            assert page.find(ext["from"]) is not None and page.find(ext["to"]) is not None
    for nf in other.annotation.get("no_fact", []):
        assert page.find(nf["quote"]) is not None
    # offsets of every suggestion are the same in both drafts, and its text is the page's there
    assert [(s.kind, s.span) for s in other.suggestions] == [(s.kind, s.span) for s in plain.suggestions]
    for s in other.suggestions:
        if s.kind not in ("story", "area", "group"):
            assert PageText.squeeze(text[s.span.start:s.span.end]) == PageText.squeeze(s.text), s


def test_the_cached_tokenizer_cuts_as_the_built_one(base, tmp_path, monkeypatch):
    """suggest's jieba state is cached in shards by first character (cold start); read back,
    it cuts a page exactly as the tokenizer built from jieba's dictionary and the registry."""
    import tempfile

    from reformkg.suggest import tokens

    _vocab, registry = base
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # a cache of this test's own
    page = PageText("p", PLAIN + TRADITIONAL, "")
    tokens._tokenizer.cache_clear()
    built = tokens.segment(page, registry)
    assert type(tokens._tokenizer(tokens._user_words(registry)).tokenizer.FREQ) is dict
    assert len(list(tmp_path.glob("reformkg-jieba-*.cache"))) == 1
    tokens._tokenizer.cache_clear()
    cached = tokens.segment(page, registry)
    assert type(tokens._tokenizer(tokens._user_words(registry)).tokenizer.FREQ) is tokens._ShardedDict
    assert cached == built and ("芜湖市总工会", "nt", 0) in cached
    tokens._tokenizer.cache_clear()


def test_a_draft_of_a_page_in_other_forms_validates(tmp_path):
    """Drafts of the page in traditional characters and in full-width forms pass validate
    but for their TODO markers: every quote, extent, cue and text is found in the page."""
    from helpers import copy_project
    from reformkg.pipeline.orchestrate import validate

    p = copy_project(tmp_path / "proj", annotations=[])
    vocab, registry, _ = load_base(p)
    for k, text in enumerate((TRADITIONAL, ascii_marks(full_width(TRADITIONAL)))):
        page = p.articles / f"90{k}_00000000000000aa.txt"
        page.write_text(text, encoding="utf-8")
        draft = suggest(page, registry, vocab)
        path = p.annotations / f"{page.stem}.yaml"
        path.write_text(draft.to_yaml(), encoding="utf-8")
        errors = [f for f in validate(p, [path]).findings if f.is_error]
        assert draft.markers > 0 and len(errors) == draft.markers and {f.code for f in errors} == {"E010"}
