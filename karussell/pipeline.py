"""The extraction pipeline: read -> mentions -> facts, one article at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .domain import Article, Fact
from .errors import InputError
from .facts import extract_facts
from .mentions import find_mentions
from .nlp import is_german_word, known_words, pipeline
from .patterns import load_cues, load_rules
from .reading import Record


def warm_up() -> None:
    """Load every lexicon, rule file and lookup table now rather than on the first article that needs
    it: a server's first request, or a benchmark's timing, should not pay for loading."""
    pipeline()
    load_rules()
    load_cues()
    known_words()
    is_german_word("Xq")  # a word no table knows, so every table behind the test is loaded
    extract_article(Article(id="warm-up", text="Trainer Max Muster übernahm am 1. Juli den Verein."))


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
