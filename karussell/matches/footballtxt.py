"""Football.TXT (openfootball): the two layouts of the German league files and the cup files.

    » Matchday 1                         Matchday 1
      Fri Aug/2 2024                     [Fri Sep/18]
        19.00  Home  v Away  1-2 (0-1)     20.30  Home   8-0 (3-0)  Away

A kick-off time holds for the following lines until another time or date; the
year is written only when it changes. Cup scores: "1-3 a.e.t. (1-1, 1-0)",
"3-5 pen. 2-2 a.e.t. (1-1, 1-1)". Notes: [cancelled], [awarded].
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import InputError
from ..lexicon import load_lexicon
from .model import Match
from .teams import club_id_for

MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                      "Dec"], 1)}
HEADER = re.compile(r"^=\s*(?P<name>.+?)\s+(?P<y1>\d{4})/(?P<y2>\d{2})\s*$")
ROUND = re.compile(r"^\s*(?:»\s*)?(?P<round>Matchday \d+|\d+\. (?:Round|Runde|Spieltag)|Round(?: of)? \d+|"
                   r"(?:Quarter|Semi)-?finals?|Final|Play-?offs?.*)\s*$")
DATE = re.compile(r"^\s*\[?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>[A-Z][a-z]{2})/(?P<day>\d{1,2})"
                  r"(?:\s+(?P<year>\d{4}))?\]?\s*$")
SCORE = (r"(?:(?P<ph>\d+)-(?P<pa>\d+) pen\. )?(?P<h>\d+)-(?P<a>\d+)(?P<aet> a\.e\.t\.)?"
         r"(?: \((?P<inner>[^)]*)\))?")
TIME = r"^\s+(?:(?P<hh>\d{1,2})\.(?P<mm>\d{2})\s+)?"
NOTE = r"\s*(?:\[(?P<note>\w+)\])?\s*$"
LINE_V = re.compile(TIME + r"(?P<home>\S.*?)\s+v\s+(?P<away>\S.*?)(?:\s{2,}" + SCORE + r")?" + NOTE)
LINE_SCORE = re.compile(TIME + r"(?P<home>\S.*?)\s{2,}" + SCORE + r"\s{2,}(?P<away>\S.*?)" + NOTE)


def competition_name(title: str) -> str:
    """ "Deutsche 3. Liga" -> "3. Liga", "DFB Pokal" -> "DFB-Pokal"."""
    lex = load_lexicon()
    for candidate in (title, title.removeprefix("Deutsche ").strip(), title.replace("DFB Pokal", "DFB-Pokal")):
        cid = lex.alias_to_competition.get(candidate)
        if cid:
            return lex.competitions[cid].name
    return title.removeprefix("Deutsche ").strip()


def parse(text: str, source: str) -> Iterator[Match | InputError]:
    """Every match of a Football.TXT file; a line that looks like a match but does not parse is an error."""
    competition = season = None
    first_year = 0
    round_name, matchday, date, time = "", None, None, None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        if header := HEADER.match(line):
            competition = competition_name(header.group("name"))
            first_year = int(header.group("y1"))
            season = f"{first_year}-{header.group('y2')}"
            continue
        if r := ROUND.match(line):
            round_name = r.group("round")
            number_in = re.search(r"\d+", round_name)
            league_round = round_name.startswith("Matchday") or round_name.endswith(("Round", "Spieltag"))
            matchday = int(number_in.group(0)) if number_in and league_round else None
            continue
        if d := DATE.match(line):
            month = MONTHS[d.group("mon")]
            year = int(d.group("year")) if d.group("year") else (first_year if month >= 7 else first_year + 1)
            date, time = f"{year:04d}-{month:02d}-{int(d.group('day')):02d}", None
            continue
        m = LINE_V.match(line) or LINE_SCORE.match(line)
        if m is None or competition is None:
            yield InputError(source, number, f"not a match line: {line.strip()[:60]!r}")
            continue
        if m.group("hh"):
            time = f"{int(m.group('hh')):02d}:{m.group('mm')}"
        yield _match(m, competition, season, round_name, matchday, date, time, f"{source}:{number}")


def _match(m: re.Match, competition: str, season: str, round_name: str, matchday: int | None,
           date: str | None, time: str | None, source: str) -> Match:
    note = (m.group("note") or "").lower()
    played = m.group("h") is not None
    status = "cancelled" if note == "cancelled" else "awarded" if note == "awarded" else \
        "played" if played else "scheduled"
    goals = (int(m.group("h")), int(m.group("a"))) if played else (None, None)
    pens = (int(m.group("ph")), int(m.group("pa"))) if m.group("ph") else (None, None)
    return Match(competition=competition, season=season, round=round_name, matchday=matchday, date=date, time=time,
                 home=club_id_for(m.group("home").strip()), away=club_id_for(m.group("away").strip()),
                 home_goals=goals[0], away_goals=goals[1], status=status, home_pens=pens[0], away_pens=pens[1],
                 extra_time=bool(m.group("aet")), source=source)
