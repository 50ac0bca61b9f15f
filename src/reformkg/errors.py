"""One domain exception, and the findings that validation returns.

The library raises :class:`ReformkgError` subclasses; only :mod:`reformkg.cli` prints them.
Validation does not raise: it returns :class:`Finding` objects, one per problem,
printed as ``path:line:col: severity CODE field: message``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int  # 1-based; 0 when unknown
    col: int  # 1-based; 0 when unknown
    code: str
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.severity} {self.code} {self.field}: {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ReformkgError(Exception):
    """An error a user can act on. ``exit_code`` 1: data or validation; 2: usage."""

    exit_code = 1


class DataError(ReformkgError):
    """The data does not load or validate; carries the findings."""

    def __init__(self, findings: list[Finding], summary: str | None = None):
        self.findings = sorted(findings)
        errors = [f for f in self.findings if f.is_error]
        super().__init__(summary or count_line(self.findings))
        self.errors = errors
        self.summary = summary  # the last line in the command's words; None: the build's


class UsageError(ReformkgError):
    exit_code = 2


class BuildMissing(ReformkgError):
    """No build exists yet."""


class QueryError(ReformkgError):
    pass


def count_line(findings: list[Finding]) -> str:
    errors = sum(1 for f in findings if f.is_error)
    warnings = len(findings) - errors
    if not findings:
        return "no problems found"
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts)


@dataclass
class Report:
    """What ``validate`` returns: findings and the files that were checked."""

    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)

    def summary(self) -> str:
        return count_line(self.findings)


class TooLargeForMemory(ReformkgError):
    """A format made in memory would need more memory than is available."""


class WrongHeader(ReformkgError):
    pass
