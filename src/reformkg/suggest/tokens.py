"""jieba segmentation of a page, with the registry and the gazetteer as its user dictionary.

Known names (registry organisations, regions and people, GB/T 2260 places) come out as one
token each; every token carries its part-of-speech flag and its compact offset.
"""

from __future__ import annotations

import functools
import logging

from reformkg.annotation.grounding import PageText
from reformkg.annotation.loader import Registry
from reformkg.suggest.gazetteer import gazetteer

Token = tuple[str, str, int]  # (word, part-of-speech flag, compact offset)

ORG_SUFFIXES = (
    "总工会", "工会联合会", "工会", "联合会", "有限责任公司", "有限公司", "公司", "集团", "委员会", "办公厅",
    "办公室", "人社局", "局", "厅", "学院", "大学", "学校", "协会", "党委", "党组", "政府", "研究院",
    "工作室", "项目部", "分会", "中心", "疗养院", "互助会", "卷烟厂", "煤矿", "矿", "文化宫", "之家", "管委会", "常委会", "工委", "纪委", "讲师团", "市总", "县总", "区总", "法院", "检察院",
)
POST_WORDS = (
    "常务副主席", "副主席", "主席", "党组书记", "副书记", "书记", "副部长", "部长", "副局长", "局长", "厅长",
    "副主任", "主任", "董事长", "总经理", "副总经理", "项目经理", "经理", "院长", "校长", "会长", "负责人",
)


@functools.lru_cache(maxsize=4)
def _tokenizer(words: tuple[tuple[str, str], ...]):
    import jieba  # lazy: jieba loads its dictionary (about 1 s); only suggest needs it
    import jieba.posseg  # lazy: as jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for word, tag in words:
        tk.add_word(word, 10 ** 6, tag)
    return jieba.posseg.POSTokenizer(tk)


def _user_words(registry: Registry) -> tuple[tuple[str, str], ...]:
    tags = {"organisations": "nt", "regions": "ns", "people": "nr", "documents": "nz"}
    words = {}
    for name, refs in registry.names().items():
        if len(name) >= 2 and refs[0][0] not in ("documents", "initiatives"):
            words[name] = tags[refs[0][0]]
    for name, places in gazetteer().items():
        if places[0].name == name and name not in words:
            words[name] = "ns"
    return tuple(sorted(words.items()))


def segment(page: PageText, registry: Registry) -> list[Token]:
    """(word, part-of-speech flag, compact offset) over the whole page, as jieba cuts it."""
    pt = _tokenizer(_user_words(registry))
    out, pos = [], 0
    for pair in pt.cut(page.compact):
        out.append((pair.word, pair.flag, pos))
        pos += len(pair.word)
    return out


def page_tokens(page: PageText, registry: Registry) -> list[Token]:
    """The page's tokens, a body joined to a post (纪委书记, 工会主席) cut into the two."""
    out = []
    for word, flag, pos in segment(page, registry):
        post = next((w for w in POST_WORDS if word.endswith(w) and len(word) > len(w)), None)
        body = word[:-len(post)] if post else ""
        if post and body.endswith(ORG_SUFFIXES):  # 纪委书记, 工会主席: a body, then a post
            out += [(body, "n", pos), (post, "n", pos + len(body))]
        else:
            out.append((word, flag, pos))
    return out
