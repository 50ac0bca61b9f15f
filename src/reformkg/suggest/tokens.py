"""jieba segmentation of a page, with the registry and the gazetteer as its user dictionary.

Known names (registry organisations, regions and people, GB/T 2260 places) come out as one
token each; every token carries its part-of-speech flag and its compact offset.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

from reformkg.annotation.grounding import PageText
from reformkg.annotation.loader import Registry
from reformkg.suggest.gazetteer import gazetteer

Token = tuple[str, str, int]  # (word, part-of-speech flag, compact offset)

ORG_SUFFIXES = (
    "总工会", "工会联合会", "工会", "联合会", "有限责任公司", "有限公司", "公司", "集团", "委员会", "办公厅",
    "办公室", "人社局", "局", "厅", "学院", "大学", "学校", "协会", "党委", "党组", "政府", "研究院",
    "工作室", "项目部", "分会", "中心", "疗养院", "互助会", "卷烟厂", "煤矿", "矿", "文化宫", "之家", "管委会", "常委会", "工委", "纪委", "讲师团", "宣讲团", "市总", "县总", "区总", "法院", "检察院",
    "国资委", "发改委",  # 珠海市国资委: a commission known by its short name
    "派出所", "人大",  # 某市公安局某某派出所; 资阳区人大 (its standing committee's short name)
    "营业所", "供电所", "援助团",  # 某某邮政营业所, 某某供电所; 某市职工法律援助团
    "领导小组", "协调小组", "工作队", "工作组", "服务队",  # 工资集体协商领导小组, 全总驻某县工作队, 劳模志愿服务队
    "机务段", "车务段", "车辆段", "动车段", "工务段", "电务段", "供电段", "客运段",  # 某铁路局的段 (成都机务段)
    "夜校", "业余学校",  # 某某职工夜校, 农民工业余学校
    "住建委", "经信委", "卫健委", "政协", "工商联",  # 某市住建委, 上海市经信委; 某省政协, 某县工商联
    "办事处", "俱乐部",  # 某街道办事处, 某互助会某省办事处; 某某足球俱乐部
    "总会",  # 澳门工会联合总会, 澳门文职人员总会: a federation, as Hong Kong and Macau name theirs
    "智库",  # 某市劳模工匠创新智库: a body of model workers the union sets up
    "工联会", "妇联", "青少年宫", "少年宫", "公证处", "设计院",  # 某市社会组织工联会, 香港工联会; 江门市妇联; 市青少年宫; 市公证处; 某勘察设计院
    "医院", "保健院", "事务所", "组委会",  # 某市妇幼保健院, 某县律师事务所, 某运动会组委会
    "幼儿园",  # 某区某街道中心幼儿园
)
POST_WORDS = (
    "常务副主席", "副主席", "主席", "党组书记", "副书记", "书记", "副部长", "部长", "副局长", "局长", "厅长",
    "副主任", "主任", "董事长", "总经理", "副总经理", "项目经理", "经理", "院长", "校长", "会长", "负责人",
)


class _LazyDefaultPOS:
    """Stands for jieba.posseg's module-level tokenizer until something uses it (suggest never
    does): then it is built as jieba builds it, reading jieba's tag file."""

    def __getattr__(self, name):
        import jieba.posseg  # lazy: as jieba (already loaded here)

        real = jieba.posseg.POSTokenizer(jieba.dt)
        jieba.posseg.dt = real
        return getattr(real, name)


def _import_jieba():
    """jieba and jieba.posseg, imported without two fixed costs that suggest never needs:
    ``pkg_resources`` (jieba opens its files directly when it is missing, ~0.3 s) and the
    module-level POS tokenizer of jieba.posseg, which reads the whole dictionary file for its
    tags (~0.7 s) at import; it is built on first use instead (:class:`_LazyDefaultPOS`)."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # → jieba._compat's plain open()
    try:
        import jieba  # lazy: jieba loads its dictionary (about 1 s); only suggest needs it
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    if "jieba.posseg" not in sys.modules:
        default = jieba.dt
        jieba.dt = jieba.Tokenizer(os.devnull)  # posseg's module-level tokenizer reads an empty dictionary
        try:
            import jieba.posseg  # lazy: as jieba
        finally:
            jieba.dt = default
        jieba.posseg.dt = _LazyDefaultPOS()
    import jieba.posseg  # lazy: as jieba (already loaded)

    jieba.setLogLevel(logging.WARNING)
    return jieba, jieba.posseg


_CACHE_FORMAT = 2
_CACHES_KEPT = 6  # cache files of other registries (tests, benchmarks) beside this one


def _cache_file(words: tuple[tuple[str, str], ...], version: str) -> Path:
    key = hashlib.sha256(repr((_CACHE_FORMAT, version, words)).encode("utf-8")).hexdigest()[:20]
    return Path(tempfile.gettempdir()) / f"reformkg-jieba-{key}.cache"


def _write_cache(path: Path, freq: dict, total: int, tags: dict) -> None:
    """The tokenizer's state in shards by first character: a header (format, total, char →
    (offset, length)) and one marshal blob (frequencies, tags) per character."""
    by_char: dict[str, tuple[dict, dict]] = {}
    for w, f in freq.items():
        by_char.setdefault(w[0], ({}, {}))[0][w] = f
    for w, t in tags.items():
        by_char.setdefault(w[0], ({}, {}))[1][w] = t
    blobs, index, off = [], {}, 0
    for ch, shard in by_char.items():
        b = marshal.dumps(shard)
        index[ch] = (off, len(b))
        blobs.append(b)
        off += len(b)
    header = marshal.dumps((_CACHE_FORMAT, total, index))
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
        with os.fdopen(fd, "wb") as f:
            f.write(len(header).to_bytes(8, "little") + header + b"".join(blobs))
        os.replace(tmp, path)  # atomic: a concurrent run reads the old file or the new one
        others = sorted(path.parent.glob("reformkg-jieba-*.cache"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[_CACHES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache: the next run builds the tokenizer again


class _Shards:
    """The cache file of a tokenizer, read character by character: a page needs only the words
    that start with one of its characters (a fifth to a half of jieba's 500,000), and a shard
    is unmarshalled on the first look-up of a word starting with its character."""

    def __init__(self, data: bytes):
        n = int.from_bytes(data[:8], "little")
        fmt, self.total, self.index = marshal.loads(data[8:8 + n])
        if fmt != _CACHE_FORMAT:
            raise ValueError("another cache format")
        self.data, self.base = data, 8 + n
        self.freq: dict[str, dict] = {}
        self.tags: dict[str, dict] = {}

    def load(self, ch: str) -> None:
        at = self.index.get(ch)
        f, t = marshal.loads(self.data[self.base + at[0]:self.base + at[0] + at[1]]) if at else ({}, {})
        self.freq[ch], self.tags[ch] = f, t


class _ShardedDict:
    """The word → frequency (or word → tag) dict of jieba, as the shards of :class:`_Shards`:
    what jieba does with it (``in``, ``[]``, ``get``, setting a word) goes to the shard of the
    word's first character, loaded then. No merge into one dict: merging is what costs."""

    __slots__ = ("_shards", "_by_char")

    def __init__(self, shards: _Shards, by_char: dict[str, dict]):
        self._shards, self._by_char = shards, by_char

    def _of(self, word: str) -> dict:
        d = self._by_char.get(word[:1])
        if d is None:
            self._shards.load(word[:1])
            d = self._by_char[word[:1]]
        return d

    def __contains__(self, word) -> bool:
        return word in self._of(word)

    def __getitem__(self, word):
        return self._of(word)[word]

    def __setitem__(self, word, value) -> None:
        self._of(word)[word] = value

    def get(self, word, default=None):
        return self._of(word).get(word, default)

    def update(self, other) -> None:
        for k, v in dict(other).items():
            self[k] = v


@functools.lru_cache(maxsize=4)
def _tokenizer(words: tuple[tuple[str, str], ...]):
    """jieba's POS tokenizer with ``words`` (word, tag) added. Its state (word frequencies and
    prefixes, POS tags) is kept in a cache file beside jieba's own, keyed by jieba's version and
    the words: a later run reads the words of the page's characters from it
    (:class:`_ShardedDict`) instead of jieba's dictionary, its tag file and an ``add_word`` per
    registry name (cold ``suggest`` of a page: see benchmarks/suggest_speed.py)."""
    jieba, posseg = _import_jieba()
    tk = jieba.Tokenizer()
    pt = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    pt.tokenizer = tk
    path = _cache_file(words, jieba.__version__)
    try:
        with open(path, "rb") as f:
            shards = _Shards(f.read())  # marshal.load(f) would read it in small pieces: 3x slower
        tk.FREQ, tk.total = _ShardedDict(shards, shards.freq), shards.total
        pt.word_tag_tab = _ShardedDict(shards, shards.tags)
        tk.initialized = True
        return pt
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass
    for word, tag in words:
        tk.add_word(word, 10 ** 6, tag)
    pt.load_word_tag(tk.get_dict_file())
    pt.makesure_userdict_loaded()
    _write_cache(path, tk.FREQ, tk.total, pt.word_tag_tab)
    return pt


def _user_words(registry: Registry) -> tuple[tuple[str, str], ...]:
    tags = {"organisations": "nt", "regions": "ns", "people": "nr", "documents": "nz"}
    words = {}
    for name, refs in registry.names().items():
        if len(name) >= 2 and refs[0][0] not in ("documents", "initiatives"):
            words[name] = tags[refs[0][0]]
    for name, places in gazetteer().items():
        if places[0].name == name and name not in words:
            words[name] = "ns"
        elif name[-1] in "县州" and len(places) == 1 and places[0].name.endswith(("自治县", "自治州")) and name not in words:
            words[name] = "ns"  # 石林县, 迪庆州: an autonomous area's short name, one word (never 石林/县)
    for word in _ZONE_KINDS + _BODY_WORDS:
        words.setdefault(word, "n")
    return tuple(sorted(words.items()))


# Kinds of zone jieba's dictionary lacks (浏阳/ns 经/p 开/v 区工会/n: 经开区 cut apart)
_ZONE_KINDS = ("经开区", "先进制造业开发区")  # (某县先进制造业开发区工会: the zone, one word, never 先进 an award's)
# Short names of departments jieba cuts apart (河南省/住/建厅, 日照市/住/建委: 住 a verb ends the name)
_BODY_WORDS = ("住建厅", "住建局", "住建委", *(f"采油{n}厂" for n in "一二三四五六七八九十"),  # (大港油田/采油三厂: an oilfield's plant)
               "社会组织",  # (某市社会/组织/v 工会联合会: the sector's union, 组织 no verb)
               "妇幼保健院", "律师事务所")  # (某市妇幼保健/院, 某县律师/事务所律师: one word, a body's kind)


def word_frequencies(registry: Registry):
    """jieba's dictionary counts of words (``.get(word, 0)``; a registry name: 10**6)."""
    return _tokenizer(_user_words(registry)).tokenizer.FREQ


def segment(page: PageText, registry: Registry) -> list[Token]:
    """(word, part-of-speech flag, compact offset) over the whole page, as jieba cuts it."""
    pt = _tokenizer(_user_words(registry))
    out, pos = [], 0
    for pair in pt.cut(page.compact):
        out.append((pair.word, pair.flag, pos))
        pos += len(pair.word)
    return out


# a school's or a hospital's kind and a person of it, one jieba word (中学教师, 医院医生)
_BODY_PERSON = re.compile(r"(中学|小学|大学|学院|学校|医院|幼儿园)(教师|老师|学生|医生|医师|护士|职工)")


def page_tokens(page: PageText, registry: Registry) -> list[Token]:
    """The page's tokens, a body joined to a post (纪委书记, 工会主席) cut into the two."""
    out = []
    for word, flag, pos in segment(page, registry):
        post = next((w for w in POST_WORDS if word.endswith(w) and len(word) > len(w)), None)
        body = word[:-len(post)] if post else ""
        if post and body.endswith(ORG_SUFFIXES):  # 纪委书记, 工会主席: a body, then a post
            out += [(body, "n", pos), (post, "n", pos + len(body))]
        elif (person := _BODY_PERSON.fullmatch(word)) is not None:  # 某某中学教师李某: the school, then its teacher
            out += [(person.group(1), "nt", pos), (person.group(2), "n", pos + len(person.group(1)))]
        elif word == "工会组织" and out and out[-1][0].endswith(("集团", "公司", "煤矿", "矿", "厂", "农场", "林场", "油田", "局")):
            out += [("工会", "n", pos), ("组织", "v", pos + 2)]  # 某集团工会组织职工…: the group's union, then the verb
        else:
            out.append((word, flag, pos))
    return out
