"""The extraction pipeline: read -> mentions -> facts, one article at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .domain import Article, Fact
from .errors import InputError
from .facts import extract_facts
from .mentions import find_mentions
from .reading import Record


def extract_article(article: Article) -> list[Fact]:
    """All facts of one article."""
    return extract_facts(find_mentions(article))


@dataclass
class RunSummary:
    """What an extraction run did: counts and the records it had to skip."""

    articles: int = 0
    facts: int = 0
    skipped: list[InputError] = field(default_factory=list)


def extract_records(records: Iterable[Record], summary: RunSummary) -> Iterator[Fact]:
    """Facts of every readable article; unreadable records are noted in `summary`."""
    for record in records:
        if isinstance(record, InputError):
            summary.skipped.append(record)
            continue
        summary.articles += 1
        for fact in extract_article(record):
            summary.facts += 1
            yield fact
