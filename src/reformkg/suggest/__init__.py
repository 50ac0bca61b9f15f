"""``reformkg suggest``: a draft annotation of a page text, for a person to finish.

Modules, each using only the ones listed before it:

* :mod:`~reformkg.suggest.normalise` — the page folded for matching (full-width, ASCII marks, traditional → simplified), same offsets
* :mod:`~reformkg.suggest.numbered` — numbers that are part of a name (第三届, 新八级工, 两级工友创业园, “四个一”)
* :mod:`~reformkg.suggest.gazetteer` — GB/T 2260 places, their short forms, county full names, development zones
* :mod:`~reformkg.suggest.tokens` — jieba segmentation with the registry and the gazetteer as user dictionary
* :mod:`~reformkg.suggest.stories` — story boundaries from headline-like lines, bylines, datelines; web boilerplate lines
* :mod:`~reformkg.suggest.times` — date and period phrases, a story's date
* :mod:`~reformkg.suggest.model` — Suggestion, Mention and the parts of a draft as the rules fill them
* :mod:`~reformkg.suggest.context` — the page under analysis: stories, sentences, tokens, quotes
* :mod:`~reformkg.suggest.places` — which place a name is (home province, zones, county forms)
* :mod:`~reformkg.suggest.organisations` — organisations by suffix, bodies named without their place, media …
* :mod:`~reformkg.suggest.mentions` — every name of the page: registry entries, regions, organisations
* :mod:`~reformkg.suggest.facts` — observations, documents and measures, designations, posts
* :mod:`~reformkg.suggest.writer` — the draft as YAML (ruamel.yaml round-trip nodes and comments)
* :mod:`~reformkg.suggest.drafter` — the Draft (suggestions → annotation structure) and :func:`suggest`
"""
