"""Every evidence span of the real data is grounded: text[start:end] is its exact quote."""

from reformkg.annotation.grounding import PageText, Span
from reformkg.pipeline.orchestrate import load_pages


def test_find_ignores_whitespace():
    page = PageText("p", "截至 2024年底，陕西\n已建工会", "0" * 64)
    span = page.find("截至2024年底，陕西已建工会")
    assert span == Span(0, len(page.text))
    assert page.find("陕西已建 工会") == Span(10, 17)
    assert page.find("不在文中") is None


def test_find_prefers_story_extent():
    page = PageText("p", "甲乙丙。甲乙丙。", "0" * 64)
    assert page.find("甲乙", within=[Span(4, 8)]) == Span(4, 6)
    assert page.find("甲乙") == Span(0, 2)


def test_every_evidence_span_is_exact(project):
    pages, findings = load_pages(project)
    assert not [f for f in findings if f.is_error]
    assert len(pages) == len(project.annotation_files()) >= 1
    spans = 0
    for lp in pages:
        for key, grounded in lp.evidence.items():
            for frag, span in grounded:
                exact = lp.page.text[span.start:span.end]
                assert "".join(exact.split()) == "".join(frag.split()), (lp.page_id, key)
                assert exact == exact.strip()
                spans += 1
    assert spans > 100
