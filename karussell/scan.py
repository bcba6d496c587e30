"""Fast regex scanning: find a pattern's required core first, then match the pattern around it.

Python's `re` tries a pattern at every position of a text unless the pattern
starts with a literal (or a set of literal alternatives), which it finds with a
fast scan. Most mention patterns start with optional words ("am kommenden
Mittwoch", "um 19 Uhr"), so every position pays. An `Anchored` pattern names a
core that every match contains ("Mittwoch", "Uhr") and how far before the core
a match may start; the full pattern is then tried only in a window around each
core, which gives the same matches as `pattern.finditer(text)` at a fraction of
the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

SLACK = 12  # a match ending this close to its window's end is searched again without the window


@dataclass(frozen=True)
class Anchored:
    """A pattern with a core every match contains, at most `reach` characters after the match
    start; a match is at most `span` characters long."""

    pattern: re.Pattern
    core: re.Pattern
    reach: int
    span: int = 120

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches `pattern.finditer(text)` gives, found from the cores."""
        done = 0  # every match starting before `done` has been yielded
        pos = 0
        while (hit := self.core.search(text, pos)) is not None:
            pos = hit.start() + 1  # cores may overlap ("FC FC Köln"): look again one character on
            lo, hi = max(done, hit.start() - self.reach), hit.end() + self.span
            # a match that may not start before its core starts at it (or not at all)
            m = self.pattern.search(text, lo, hi) if lo < hit.start() else self.pattern.match(text, lo, hi)
            if m is not None and m.end() > hi - SLACK and hi < len(text):
                m = self.pattern.search(text, lo)  # the window may have cut the match short
            if m is None or m.start() > hit.end():
                continue  # no match around this core; one further on is found from its own core
            yield m
            done = pos = max(m.end(), m.start() + 1, pos)


def trie_alternation(words: Iterable[str]) -> str:
    """A regex for a set of literals, shaped as their prefix trie: Python's re tries an
    alternation of 200 literals one by one at every position; a trie shares the prefixes."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(c) + render(child) for c, child in sorted(node.items()) if c]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        if optional:
            body = body + "?" if len(branches) == 1 and body.startswith("(?:") else f"(?:{body})?"
        return body

    return render(trie)
