"""Date and time expressions: find them in a sentence, resolve them to ISO dates.

"am Mittwoch, 25. September (19 Uhr)", "im Sommer 2022", "vergangene Saison",
"Ende September" are found as `DateExpr`s and resolved against the article's
publication date, which may itself be partial ("2024-09").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, cached_property

from .lexicon import Lexicon, load_lexicon
from .scan import Anchored, trie_alternation


@dataclass(frozen=True)
class DateExpr:
    """What a date expression states; every field may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    time: str | None = None  # "19:00"
    shift: str | None = None  # "next" (kommenden), "last" (vergangenen)
    relative_years: int | None = None  # -1 for "vergangenes Jahr"/"vergangene Saison"
    of_seasons: bool = False  # counted in seasons ("vergangene Saison"): from the season the article is in
    relative_days: int | None = None  # -1 for "gestern", 0 for "heute", 1 for "morgen"
    period_end: str | None = None  # "season", "month", "year": "zum Saisonende", "Ende des Monats"
    season_part: bool = False  # "im Sommer 2022": the year only, never a month
    weekend: bool = False  # "am vergangenen Wochenende": that weekend's month, as no day is said
    week_shift: int | None = None  # -1 for "vergangene Woche", 0 for "diese Woche", 1 for "kommende Woche"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    expr: DateExpr


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> list[tuple[str, Anchored]]:
    """The date patterns in order of precedence, each with the core every match of it contains."""
    lex = load_lexicon()
    month, wday, season = _alt(lex.months), _alt(lex.weekdays), _alt(lex.seasons_of_year)
    time = r"(?:,?\s*\(?(?:um\s+|ab\s+)?(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2}))?\s*Uhr\)?)?"
    daypart = r"(?:abend|nachmittag|mittag|vormittag|morgen)?"
    shift = r"(?:(?P<shift>kommenden|nächsten|vergangenen|letzten|vorigen)\s+)?"
    relative = r"vergangen|letzte|vorige|[Vv]or\s|Vorjahr"
    years_ago = "|".join(sorted((w for w, n in lex.number_words.items() if 1 < n <= 30), key=len, reverse=True))
    month_core, wday_core = trie_alternation(lex.months), trie_alternation(lex.weekdays)
    patterns = [
        ("weekday", rf"\b(?:am\s+|ab\s+)?{shift}(?P<wd>{wday}){daypart}\b"
                    rf"(?:,?\s+(?:den\s+)?(?P<d>\d{{1,2}})\.\s*(?P<m>{month})(?:\s+(?P<y>\d{{4}}))?)?{time}",
         wday_core, 20),
        ("weekend", rf"\b(?:am\s+|übers\s+)?{shift}Wochenende\b", "Wochenende", 20),
        # "Sa., 14 Uhr" in a schedule: an abbreviated weekday only with the time after it
        ("weekday_short", rf"\b(?P<wds>{_alt(lex.weekday_abbreviations)})\.,?\s+(?:um\s+)?(?P<h>\d{{1,2}})"
                          r"(?:[.:](?P<mi>\d{2}))?\s*Uhr\b", r"\.,? ", 3),
        ("numeric", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})?(?!\d)" + time, r"\.\d", 3),
        ("daymonth", rf"(?<![\d:])(?P<d>\d{{1,2}})\.\s*(?P<m>{month})(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b{time}",
         month_core, 12),
        ("monthyear", rf"\b(?:Anfang\s+|Mitte\s+|Ende\s+)?(?P<m>{month})(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b",
         month_core, 12),
        ("season", rf"\b(?:im\s+)?(?:{shift})?(?P<s>{season})(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b",
         trie_alternation(lex.seasons_of_year), 30),
        ("relative",
         r"\b(?:in\s+der\s+|im\s+|der\s+)?(?P<rel>vergangenen|vergangene|letzten|letzte|vorigen|vorige)\s+"
         r"(?P<unit>Saison|Spielzeit|Jahr|Jahres)\b|\b[Vv]or\s+(?P<n>einem|\d{1,2}|" + years_ago + r")\s+Jahr(?:en)?\b"
         r"|\b(?:im|aus dem)\s+(?P<prev>Vorjahr)\b", relative, 20),
        # "vergangene Woche", "in der kommenden Woche" (not "in der letzten Woche der Transferperiode")
        ("week", r"\b(?P<ws>[Vv]ergangenen|[Vv]ergangene|[Ll]etzten|[Ll]etzte|[Vv]origen|[Vv]orige|[Kk]ommenden|"
                 r"[Kk]ommende|[Nn]ächsten|[Nn]ächste|[Dd]ieser|[Dd]iese)\s+Woche\b(?!\s+(?:der|des|vor|nach|im|in)\b)",
         "Woche", 20),
        ("days_ago", r"\b[Vv]or\s+(?P<dn>einem|einer|\d{1,2}|" + years_ago + r")\s+(?P<du>Tag|Tagen|Woche|Wochen)\b",
         r"Tag|Woche", 20),
        ("day", r"\b(?P<rd>[Hh]eute|[Gg]estern|[Vv]orgestern|morgen|[Üü]bermorgen)"
                r"(?:\s*(?:[Aa]bend|[Nn]achmittag|[Mm]ittag|[Vv]ormittag|[Mm]orgen|[Ff]rüh))?\b" + time,
         r"eute|estern|morgen", 6),
        ("period_end", r"(?<!vor )(?<!vor dem )\b(?P<pe>Saisonende|Monatsende|Jahresende)\b"
                       r"|\bEnde (?:der|dieser) (?P<season>Saison|Spielzeit)\b"
                       r"|\bEnde (?:des|dieses) (?P<pm>Monats|Jahres)\b", r"nde", 12),
        ("year", r"(?<![\d./:-])(?P<y>(?:19|20)\d{2})(?![\d/:-])", r"19|20", 0),
        ("time", r"\(?(?:um\s+)?(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2}))?\s*Uhr\)?", "Uhr", 20),
    ]
    return [(kind, Anchored(re.compile(pattern), re.compile(core), reach)) for kind, pattern, core, reach in patterns]


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """All date expressions of a text, longest first where they overlap."""
    lex = load_lexicon()
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)  # characters a date already covers
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            expr = _expr(kind, m, lex)
            if expr is None:
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            found.append(DateMention(m.start() + offset, m.end() + offset, expr))
    return sorted(found, key=lambda d: d.start)


# "zum Saisonende" (the season's last month, June), "Ende des Monats", "zum Jahresende": the end of the
# article's season, month or year
PERIOD_ENDS = {"Saisonende": "season", "Saison": "season", "Spielzeit": "season", "Monatsende": "month",
               "Monats": "month", "Jahresende": "year", "Jahres": "year"}
# "heute", "gestern" ... as days from the article's (lower case: "Morgen" is the morning)
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}


def _int(m: re.Match, group: str) -> int | None:
    value = m.groupdict().get(group)
    return int(value) if value else None


def _time(m: re.Match) -> str | None:
    hour = _int(m, "h")
    if hour is None or hour > 23:
        return None
    return f"{hour:02d}:{_int(m, 'mi') or 0:02d}"


def _month(m: re.Match, lex: Lexicon) -> int | None:
    value = m.groupdict().get("m")
    if not value:
        return None
    return int(value) if value.isdigit() else lex.months.get(value)


def _expr(kind: str, m: re.Match, lex: Lexicon) -> DateExpr | None:
    if kind == "weekday":
        shift = m.group("shift")
        return DateExpr(year=_int(m, "y"), month=_month(m, lex), day=_int(m, "d"),
                        weekday=lex.weekdays[m.group("wd")], time=_time(m),
                        shift=("last" if shift and shift[0] in "vl" else "next") if shift else None)
    if kind == "weekday_short":
        return DateExpr(weekday=lex.weekday_abbreviations.index(m.group("wds")), time=_time(m))
    if kind == "weekend":
        shift = m.group("shift")
        return DateExpr(weekday=5, weekend=True,
                        shift=("last" if shift and shift[0] in "vl" else "next") if shift else None)
    if kind in ("numeric", "daymonth"):
        month = _month(m, lex)
        if not month or not 1 <= (_int(m, "d") or 0) <= 31:
            return None
        return DateExpr(year=_int(m, "y"), month=month, day=_int(m, "d"), time=_time(m))
    if kind == "monthyear":
        return DateExpr(year=_int(m, "y"), month=_month(m, lex))
    if kind == "season":  # "im Sommer 2022", "im vergangenen Frühjahr": the year only
        return DateExpr(year=_int(m, "y"), month=lex.seasons_of_year[m.group("s")], season_part=True)
    if kind == "relative":
        if m.group("prev"):
            return DateExpr(relative_years=-1)
        if m.group("n"):
            n = m.group("n")
            return DateExpr(relative_years=-(1 if n == "einem" else int(n) if n.isdigit() else lex.number_words[n]))
        return DateExpr(relative_years=-1, of_seasons=m.group("unit") in ("Saison", "Spielzeit"))
    if kind == "period_end":
        word = m.group("pe") or m.group("season") or m.group("pm")
        return DateExpr(period_end=PERIOD_ENDS[word])
    if kind == "days_ago":  # "vor drei Tagen", "vor zwei Wochen": so many days before the article
        n = m.group("dn")
        count = 1 if n in ("einem", "einer") else int(n) if n.isdigit() else lex.number_words[n]
        return DateExpr(relative_days=-count * (7 if m.group("du").startswith("Woche") else 1))
    if kind == "week":
        shift = m.group("ws").lower()
        return DateExpr(week_shift=0 if shift.startswith("dies") else 1 if shift[0] in "kn" else -1)
    if kind == "day":
        return DateExpr(relative_days=RELATIVE_DAYS[m.group("rd").lower()], time=_time(m))
    if kind == "year":
        return DateExpr(year=int(m.group("y")))
    if kind == "time":
        return DateExpr(time=_time(m)) if _time(m) else None
    return None


@dataclass(frozen=True)
class Anchor:
    """The article's publication date, as precise as the source gives it."""

    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, value: str | None) -> Anchor:
        parts = [int(p) for p in re.findall(r"\d+", value or "")[:3]]
        parts += [None] * (3 - len(parts))
        return cls(*parts)

    def iso(self) -> str | None:
        return self._iso_text

    @cached_property
    def _iso_text(self) -> str | None:
        return _iso(self.year, self.month, self.day)

    def as_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.year and self.month and self.day else None


def _iso(year, month=None, day=None, time=None) -> str | None:
    if not year:
        return None
    out = f"{year:04d}"
    if month:
        out += f"-{month:02d}"
        if day:
            out += f"-{day:02d}"
            if time:
                out += f"T{time}"
    return out


def resolve(expr: DateExpr, anchor: Anchor, direction: str = "past") -> str | None:
    """The ISO date an expression means, read from the article date.

    `direction` says where an open weekday or month lies: "past" for reports (a month up to three ahead
    is this year's), "elapsed" for what is over (results: a later month is last year's), "future" for
    fixtures.
    """
    if expr.relative_years is not None and expr.year is None:
        if not anchor.year:
            return None
        # "vergangene Saison" in October 2025 is 2024-25, which ended in 2025: the year a season's moves are in
        ends = _season_end_year(anchor) if expr.of_seasons else anchor.year
        return _iso(ends + expr.relative_years)
    if expr.period_end is not None:
        return _period_end(expr.period_end, anchor)
    if expr.relative_days is not None:
        day = anchor.as_date()
        if day is None:  # an article dated to the month: month precision
            return anchor.iso()
        when = day + dt.timedelta(days=expr.relative_days)
        return _iso(when.year, when.month, when.day, expr.time)
    if expr.week_shift is not None:
        return _resolve_week(expr.week_shift, anchor)
    if expr.weekday is not None and expr.day is None:
        when = _resolve_weekday(expr, anchor, direction)
        return when[:7] if expr.weekend and when else when
    if expr.season_part:
        if expr.year or not anchor.year:
            return _iso(expr.year)
        if direction == "future":
            return _iso(anchor.year if (anchor.month or 1) <= expr.month else anchor.year + 1)
        return _iso(anchor.year if expr.month <= (anchor.month or 12) else anchor.year - 1)
    if expr.month is None:
        return _iso(expr.year) if expr.year else None
    year = expr.year or _nearest_year(anchor, expr.month, direction)
    return _iso(year, expr.month, expr.day, expr.time)


def _period_end(period: str, anchor: Anchor) -> str | None:
    if period == "month":
        return _iso(anchor.year, anchor.month)
    if period == "year":
        return _iso(anchor.year, 12)
    return _iso(_season_end_year(anchor), 6) if anchor.year else None


def _season_end_year(anchor: Anchor) -> int:
    """The year the article's season ends: from July on, the next one."""
    return anchor.year + 1 if (anchor.month or 1) >= 7 else anchor.year


def _nearest_year(anchor: Anchor, month: int | None, direction: str) -> int | None:
    if not anchor.year or month is None or anchor.month is None:
        return anchor.year
    if direction == "future" and month < anchor.month - 6:
        return anchor.year + 1
    if direction == "past" and month > anchor.month + 3:
        return anchor.year - 1  # a present tense may tell what comes soon: "wechselt im März" from February
    if direction == "elapsed" and month > anchor.month:
        return anchor.year - 1  # a match already played: "im April" from February is last April
    return anchor.year


def _resolve_weekday(expr: DateExpr, anchor: Anchor, direction: str) -> str | None:
    day = anchor.as_date()
    if day is None:  # a weekday in an article dated to the month: month precision
        return anchor.iso()
    if direction == "future" or expr.shift == "next":
        delta = (expr.weekday - day.weekday()) % 7
        if delta == 0 and expr.shift == "next":
            delta = 7
    else:
        delta = -((day.weekday() - expr.weekday) % 7)
        if delta == 0 and expr.shift == "last":
            delta = -7
    when = day + dt.timedelta(days=delta)
    return _iso(when.year, when.month, when.day, expr.time)


def _resolve_week(shift: int, anchor: Anchor) -> str | None:
    """A week before, of or after the article's, Monday to Sunday, as precise as the whole week allows: its
    month, or its year where it spans two months, or no date where it spans two years."""
    day = anchor.as_date()
    if day is None:  # an article dated to the month
        return anchor.iso()
    monday = day - dt.timedelta(days=day.weekday() - 7 * shift)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _iso(monday.year, monday.month)
    return _iso(monday.year) if monday.year == sunday.year else None


def season_of(date: str) -> str:
    """The football season a date falls in: July to June, "2024-09-25" -> "2024-25"."""
    year = int(date[:4])
    month = int(date[5:7]) if len(date) >= 7 else 7
    first = year if month >= 7 else year - 1
    return f"{first}-{(first + 1) % 100:02d}"
