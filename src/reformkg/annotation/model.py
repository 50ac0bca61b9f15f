"""The annotation format, defined once.

Both the loader (:mod:`reformkg.annotations`) and the documentation
(``docs/annotation.md``, whose field tables are checked against these models by
``tests/test_docs.py``) use these pydantic models. A page annotation is one YAML
file under ``data/annotations/``; the shared registry is any number of YAML files
under ``data/entities/``.

Every fact (measure, observation, recognition, post, event) and every
``no_fact`` entry carries ``quote``: an exact substring of the page text, or a
list of fragments where the scan splits a sentence across columns. Matching
ignores whitespace and line breaks.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

# [0-9], not \d: pydantic's regex engine takes \d for any Unicode digit (full-width ６, Arabic-Indic …),
# which the SHACL shapes, the IRIs and xsd dates then refuse or misread.
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
CODE_PATTERN = r"^[0-9]{6}$"
PAGE_PATTERN = r"^[0-9A-Za-z_-]+$"

LocalId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
"""A short id: lower-case ASCII letters, digits, ``-`` and ``_``. It becomes part of an IRI."""

DateStr = Annotated[str, StringConstraints(pattern=DATE_PATTERN)]
"""An ISO date, year-month or year: ``2024-12-31``, ``2024-12`` or ``2024``."""

Text = Annotated[str, StringConstraints(min_length=1)]

Quote = Annotated[Text | list[Text], Field(description="exact text of the page, or a list of fragments")]


class Strict(BaseModel):
    """Unknown keys are errors: a typo must not silently drop a field."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, coerce_numbers_to_str=True)

    @field_validator("*", mode="before")
    @classmethod
    def _dates_as_text(cls, value):
        # YAML reads 2024-12-31 as a date: accept it and keep the ISO text.

        if isinstance(value, datetime.date):
            return value.isoformat()
        return value


def _quote_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


# --------------------------------------------------------------------------- time


class Time(Strict):
    """When a fact holds. Exactly one of the time keys, plus the phrase of the text.

    ``as_of`` 截至… (a state at a date); ``since`` …以来 (from a date to the report);
    ``by`` 到…年 (a target date); ``during`` in a year or month (2024年);
    ``on`` an exact day (an event); ``start``/``end`` an explicit period;
    ``unspecified: true`` 近年来 or no time given (the story date is the report date).
    """

    text: str | None = None
    as_of: DateStr | None = None
    since: DateStr | None = None
    by: DateStr | None = None
    during: DateStr | None = None
    on: DateStr | None = None
    start: DateStr | None = None
    end: DateStr | None = None
    unspecified: bool = False

    @model_validator(mode="after")
    def _one_kind(self) -> "Time":
        kinds = [k for k in ("as_of", "since", "by", "during", "on") if getattr(self, k)]
        if self.start or self.end:
            kinds.append("start/end")
        if self.unspecified:
            kinds.append("unspecified")
        if len(kinds) != 1:
            raise ValueError(
                "give exactly one of as_of, since, by, during, on, start/end or unspecified: true"
                + (f" (found {', '.join(kinds)})" if kinds else "")
            )
        return self

    @property
    def kind(self) -> str:
        for k in ("as_of", "since", "by", "during", "on"):
            if getattr(self, k):
                return k
        return "period" if (self.start or self.end) else "unspecified"


# --------------------------------------------------------------------------- page


class StoryDate(Strict):
    value: DateStr
    basis: Text = Field(description="'printed' or how the date was inferred")


class Extent(Strict):
    """A run of the page that belongs to a story: from the start of ``from`` to the end of ``to``."""

    from_: Text = Field(alias="from")
    to: Text


class Byline(Strict):
    name: Text
    role: Literal["reporter", "intern-reporter", "correspondent", "speaker", "author", "editor", "agency"]
    person: LocalId | None = Field(default=None, description="registry person id")
    quote: Quote


class Story(Strict):
    id: LocalId
    title: Text
    subtitle: str | None = None
    kicker: str | None = Field(default=None, description="the line above the headline (引题)")
    newspaper: str | None = None
    byline: list[Byline] = []
    date: StoryDate
    scope: Literal["in", "out"]
    reason: str | None = Field(default=None, description="why the story is out of scope")
    extent: list[Extent] = Field(min_length=1)

    @model_validator(mode="after")
    def _reason_if_out(self) -> "Story":
        if self.scope == "out" and not self.reason:
            raise ValueError("an out-of-scope story needs a reason")
        return self


class Subject(Strict):
    """What a figure or designation is about: at least one reference."""

    region: LocalId | None = None
    organisation: LocalId | None = None
    person: LocalId | None = None
    measure: LocalId | None = Field(default=None, description="id of a measure in this file")
    group: str | None = Field(default=None, description="target group concept (id or zh label)")

    @model_validator(mode="after")
    def _some(self) -> "Subject":
        if not any((self.region, self.organisation, self.person, self.measure, self.group)):
            raise ValueError("name at least one of region, organisation, person, measure, group")
        return self


class Item(Strict):
    """One item a fact enumerates (西京电气's five allowances, a list of honours): its label as
    printed and its quote; its position is its place in the list."""

    label: Text
    quote: Quote

    @property
    def fragments(self) -> list[str]:
        return _quote_list(self.quote)


class Status(Strict):
    """Where a measure stands, decided from the wording: a measure-status concept and the cue
    word(s) of the measure's quote that decide it (将, 已, 每年 …)."""

    value: Text = Field(description="measure-status concept: planned, under-way, done, recurring")
    cue: Text = Field(description="the word(s) of the measure's quote that decide the status")


class Dimensions(Strict):
    """What narrows the population a figure counts, as code-list concepts (the printed wording
    stays in ``qualifier``)."""

    ownership: Text | None = Field(default=None, description="ownership concept: public, non-public …")
    size: Text | None = Field(default=None, description="enterprise-size concept: employees-50-plus …")
    sector: Text | None = Field(default=None, description="sector concept: manufacturing, transport …")
    group: Text | None = Field(default=None, description="target-group concept: migrant-workers …")
    period: Text | None = Field(default=None, description="period concept: per-month, per-year, cumulative, as-of …")


class Fact(Strict):
    id: LocalId
    story: LocalId
    quote: Quote
    note: str | None = None

    @property
    def fragments(self) -> list[str]:
        return _quote_list(self.quote)


class Measure(Fact):
    label: Text
    type: Text = Field(description="measure-type concept")
    document: LocalId | None = Field(default=None, description="registry document id")
    lead: list[LocalId] = Field(default=[], description="organisations leading the measure")
    partners: list[LocalId] = []
    regions: list[LocalId] = []
    areas: list[Text] = Field(default=[], description="reform-area concepts")
    groups: list[Text] = Field(default=[], description="target-group concepts")
    time: Time | None = None
    part_of: LocalId | None = Field(default=None, description="a measure in this file it is part of")
    implements: LocalId | None = Field(default=None, description="a measure in this file it implements")
    status: Status
    items: list[Item] = Field(default=[], description="the items the measure enumerates, in order")
    open_list: bool = Field(default=False, description="the enumeration ends with 等/等等: more items exist")
    initiative: LocalId | None = Field(default=None, description="registry initiative: the same programme on other pages")


class Observation(Fact):
    indicator: Text = Field(description="indicator concept (id or zh label)")
    subject: Subject
    value: Text = Field(description="the figure as printed: 93.20%, 35.8万人, 800元至5000元 …")
    unit: Text | None = Field(default=None, description="unit concept; default from the figure's text")
    status: Literal["achieved", "target"] = "achieved"
    qualifier: str | None = None
    dimensions: Dimensions | None = None
    time: Time
    items: list[Item] = Field(default=[], description="the items the figure counts, where the text lists them")
    open_list: bool = False


class Recognition(Fact):
    title: Text = Field(description="the honour or designation")
    recipient: Subject
    level: Text | None = Field(default=None, description="admin-level concept of the granting body")
    granted_by: LocalId | None = None
    time: Time | None = None
    items: list[Item] = Field(default=[], description="the honours or recipients the text lists")
    open_list: bool = False
    initiative: LocalId | None = Field(default=None, description="registry initiative: the same designation on other pages")


class Post(Fact):
    person: LocalId
    role: Text
    organisation: LocalId


class Event(Fact):
    label: Text
    type: Text = Field(description="event-type concept")
    time: Time
    place: LocalId | None = Field(default=None, description="registry region id")
    organisers: list[LocalId] = []
    measures: list[LocalId] = Field(default=[], description="measures in this file the event belongs to")
    initiative: LocalId | None = Field(default=None, description="registry initiative: the same meeting on other pages")


class NoFact(Strict):
    """A passage of an in-scope story that holds no fact, with the reason."""

    story: LocalId
    reason: Text
    quote: Quote

    @property
    def fragments(self) -> list[str]:
        return _quote_list(self.quote)


class ExcludedFigure(Strict):
    """A number in an in-scope story that is deliberately not an observation, and why
    (part of a name such as 二十届, an idiom such as 进万家, a date already modelled as time)."""

    story: LocalId
    text: Text = Field(description="the number as printed, e.g. 二十届")
    reason: Text
    quote: Quote

    @property
    def fragments(self) -> list[str]:
        return _quote_list(self.quote)


PageId = Annotated[str, StringConstraints(pattern=PAGE_PATTERN)]
"""A page id: the file name of its text in ``data/articles/`` without ``.txt``."""


FORMAT = 2
"""The annotation format this code reads; ``reformkg migrate`` rewrites older files."""


class PageHead(Strict):
    """The head of an annotation, checked before the page text is read."""

    page: PageId
    newspaper: str | None = None


class Annotation(Strict):
    format: Literal[2] = Field(default=FORMAT, description="the annotation format: 2")
    page: PageId
    newspaper: str | None = None
    stories: list[Story] = Field(min_length=1)
    measures: list[Measure] = []
    observations: list[Observation] = []
    recognitions: list[Recognition] = []
    posts: list[Post] = []
    events: list[Event] = []
    no_fact: list[NoFact] = []
    figures_excluded: list[ExcludedFigure] = []


FACT_SECTIONS: dict[str, type[Fact]] = {
    "measures": Measure,
    "observations": Observation,
    "recognitions": Recognition,
    "posts": Post,
    "events": Event,
}


# --------------------------------------------------------------------------- registry


class Entity(Strict):
    id: LocalId
    name: Text
    aliases: list[Text] = []
    note: str | None = None


class Region(Entity):
    code: Annotated[str, StringConstraints(pattern=CODE_PATTERN)] | None = Field(
        default=None, description="GB/T 2260 six-digit code"
    )
    level: Text = Field(description="admin-level concept")
    parent: LocalId | None = None


class Organisation(Entity):
    kind: Text = Field(description="org-kind concept")
    level: Text | None = None
    region: LocalId | None = None
    parent: LocalId | None = None


class Person(Entity):
    pass


class Initiative(Entity):
    """One real programme, recurring measure, meeting or designation that several pages report:
    the facts that report it name it with ``initiative:``, so a query counts it once."""

    kind: Literal["programme", "recurring-measure", "meeting", "designation", "document"]
    region: LocalId | None = Field(default=None, description="registry region where it holds")
    date: DateStr | None = None


class Document(Entity):
    """A policy document; ``name`` is the title without 《》."""

    issuers: list[LocalId] = []
    date: DateStr | None = None
    kind: Text = Field(description="document-kind concept")


REGISTRY_SECTIONS: dict[str, type[Entity]] = {
    "regions": Region,
    "organisations": Organisation,
    "people": Person,
    "documents": Document,
    "initiatives": Initiative,
}

