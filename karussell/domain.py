"""Domain types that flow through the stages: articles, mentions and facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FACT_TYPES = (
    "coach_appointed", "coach_departed", "contract", "match_result", "fixture",
    "record", "promotion", "relegation", "interest", "player_status", "transfer",
)
MODALITIES = ("asserted", "reported", "denied", "expected")


@dataclass(frozen=True)
class Article:
    """One news article as read from any source."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str = ""


@dataclass
class Mention:
    """A span of a sentence that names something: a club, person, score, date ..."""

    kind: str  # club, person, competition, score, date, number, role, label
    start: int  # character offsets into the article text
    end: int
    text: str
    value: Any = None  # the resolved value: club name, full person name, (h, a) goals ...
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fact:
    """A dated fact with its evidence, as the spec's output format fixes it."""

    doc: str
    type: str
    args: dict[str, Any]
    modality: str
    date: str | None
    evidence: str
    rule: str = ""
    start: int = 0
    end: int = 0
    undated: bool = False  # dated by the article, as no date was stated for it

    def to_json(self) -> dict[str, Any]:
        """The spec's JSON object (rule and offsets are internal)."""
        return {"doc": self.doc, "type": self.type, "args": self.args,
                "modality": self.modality, "date": self.date, "evidence": self.evidence}
