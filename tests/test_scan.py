"""Anchored scanning gives exactly the matches of the plain pattern, only faster."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from karussell.dates import _patterns
from karussell.mentions import FALSE_ORDINAL, SCORE, _unknown_club_regexes
from karussell.people import _anaphor_regex
from karussell.scan import Anchored

# Pieces that the date, score and full-stop patterns react to, and plain words between them.
PIECES = ["am ", "kommenden ", "Mittwoch", "abend", ", 25. ", "September", " 2024", "(19 Uhr)", " um 15.30 Uhr",
          "25.09.", "2024", "Ende ", "im ", "Sommer", "vergangene ", "Saison", "vor zwei Jahren", "Vorjahr",
          "3:5", " 1-0", "2:1. ", "2025. ", "Der ", "Trainer", " ", ". ", ",", "-", ":", "1.", "19", "20",
          "Uhr", "letzten ", "Jahr", "Mai", "x", "\n", "der 42-Jährige", "dem 30 Jahre alten", "Der Däne",
          "den Schweden", "1. ", "FC ", "SV ", "Rot-Weiss ", "Ahlen", "Nord", "-Süd", "Bonner", " SC", "er SV", " 05"]


def anchored_patterns() -> list[tuple[str, Anchored]]:
    return [*_patterns(), ("score", SCORE), ("full stop", FALSE_ORDINAL), ("anaphor", _anaphor_regex()),
            *(("unknown club", regex) for regex in _unknown_club_regexes())]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_anchored_equals_plain_finditer(pieces):
    text = "".join(pieces)
    for kind, anchored in anchored_patterns():
        plain = [(m.span(), m.groupdict()) for m in anchored.pattern.finditer(text)]
        fast = [(m.span(), m.groupdict()) for m in anchored.finditer(text)]
        assert fast == plain, kind


def test_a_match_longer_than_the_window_is_found_whole():
    anchored = Anchored(re.compile(r"Uhr(?: x)*"), re.compile("Uhr"), reach=0, span=20)
    text = "um Uhr" + " x" * 50 + "."
    assert [m.group(0) for m in anchored.finditer(text)] == ["Uhr" + " x" * 50]


def test_a_core_without_a_match_yields_nothing():
    anchored = Anchored(re.compile(r"\d+ Uhr"), re.compile("Uhr"), reach=5)
    assert [m.span() for m in anchored.finditer("Die Uhr tickt, 19 Uhr")] == [(15, 21)]
    assert list(anchored.finditer("Die Uhr tickt.")) == []
