"""The page texts are byte-identical to the seeds they were copied from."""

import hashlib

from helpers import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_articles_match_seeds(project):
    seeds = sorted(SEEDS.glob("*.txt"))
    articles = sorted(project.articles.glob("*.txt"))
    assert len(seeds) == 5, f"expected the five seed pages in {SEEDS}"
    assert [p.name for p in articles] == [p.name for p in seeds]
    for a, s in zip(articles, seeds):
        assert sha(a) == sha(s), a.name
