"""Lexicons as data: clubs, club nicknames, competitions, roles, word lists.

Every file is validated when it loads; all problems of a file are reported
together, each naming its row, so a user editing the data sees them at once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from .errors import DataFileError

DATA = resources.files("karussell") / "data"
FOUNDING_YEAR = re.compile(r" (?:\d{2}|1[89]\d{2})$")  # "04" in "FC Ingolstadt 04", "1848" in "VfL Bochum 1848"


@dataclass(frozen=True)
class Club:
    """A club of the lexicon: canonical name, id and every form it goes by."""

    id: str
    name: str
    city: str
    country: str
    aliases: tuple[str, ...]
    nicknames: tuple[str, ...]


@dataclass(frozen=True)
class Competition:
    """A league or cup with its tier (None for cups)."""

    id: str
    name: str
    tier: int | None
    kind: str
    aliases: tuple[str, ...]


@dataclass
class Lexicon:
    """Everything the mention stage looks up, loaded once per process."""

    clubs: dict[str, Club]
    alias_to_club: dict[str, str]  # unambiguous surface form -> club id
    group_to_clubs: dict[str, tuple[str, ...]]  # nickname/demonym -> candidate club ids
    competitions: dict[str, Competition]
    alias_to_competition: dict[str, str]
    roles: dict[str, str]  # role word -> role category
    club_labels: dict[str, str]  # "Drittligist" -> competition id
    number_words: dict[str, int]
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons_of_year: dict[str, int]
    first_names: frozenset[str]
    not_names: frozenset[str]
    anaphor_nouns: tuple[str, ...] = ()
    media_words: frozenset[str] = frozenset()
    club_nouns: frozenset[str] = frozenset()
    named_after_nouns: frozenset[str] = frozenset()
    coach_context_words: tuple[str, ...] = ()
    club_name_starts: tuple[str, ...] = ()
    club_name_ends: tuple[str, ...] = ()  # "Bonner SC": a town's adjective and these make a club's name
    other_sports_teams: tuple[str, ...] = ()  # "THW Kiel", "Alba Berlin": no football club, though "Kiel" is one
    standing_words: frozenset[str] = frozenset()  # "den Tabellenführer X": a word read with the club's name
    shortened_names: frozenset[str] = frozenset()  # "FC Ingolstadt": a listed name without its founding year
    country_titles: frozenset[str] = frozenset()  # "Rekordmeister": FC Bayern, but not "der Schweizer Rekordmeister"
    everyday_word_towns: frozenset[str] = frozenset()  # "Siegen": the club's town, or "drei Siegen" = three wins
    weekday_abbreviations: tuple[str, ...] = ()  # "Sa.", "So." in schedules: Monday first
    player_role_endings: tuple[str, ...] = ()  # "Flügelstürmer": a compound on "stürmer" is a player's role
    not_player_roles: frozenset[str] = frozenset()  # "Titelverteidiger": a compound on such an ending that is none
    determiners: frozenset[str] = frozenset()  # "der", "beim", "vielen": a noun follows, not a town's name
    national_leagues: dict[str, dict[str, str]] = field(default_factory=dict)  # AT -> German id -> Austrian id
    reserves: dict[str, str] = field(default_factory=dict)  # first team id -> reserve team id
    club_start_words: frozenset[str] = field(init=False)  # "Rot-Weiss" -> "Rot": a club name may follow
    unknown_words: dict[str, bool] = field(init=False, repr=False)  # word -> maybe a name (people.py)
    role_words: dict[str, str | None] = field(init=False, repr=False)  # word -> role_of(word), as asked

    def __post_init__(self) -> None:
        self.club_start_words = frozenset(s.split()[0].split("-")[0] for s in self.club_name_starts)
        self.unknown_words = {}
        self.role_words = dict(self.roles)

    def role_of(self, word: str) -> str | None:
        """A listed role word's category; a compound the list lacks that ends in a player's role word
        ("Flügelstürmer", "Nachwuchsstürmer", "Ersatzspieler") is a player's."""
        try:
            return self.role_words[word]
        except KeyError:
            compound = len(word) >= 9 and word[0].isupper() and word not in self.not_player_roles \
                and word.lower().endswith(self.player_role_endings)  # an ending and three letters before it
            role = self.role_words[word] = "player" if compound else None
            return role


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _read_csv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    missing = [c for c in required if rows and c not in rows[0]]
    if missing:
        raise DataFileError(str(path), [f"missing column(s): {', '.join(missing)}"])
    return rows


def _claim_aliases(owner: dict[str, str], entry_id: str, aliases, row: int, problems: list[str]) -> None:
    """Register an entry's names; a name already owned by another entry is a problem."""
    for alias in aliases:
        if owner.get(alias, entry_id) != entry_id:
            problems.append(f"[row {row} -> aliases] {alias!r} names {owner[alias]!r} too")
        owner[alias] = entry_id


def load_clubs(path: Path) -> tuple[dict[str, Club], dict[str, str]]:
    """Clubs and their unambiguous aliases; an alias of two clubs is an error."""
    clubs: dict[str, Club] = {}
    owner: dict[str, str] = {}
    problems: list[str] = []
    for number, row in enumerate(_read_csv(path, ("id", "name", "aliases")), 2):
        club = Club(row["id"].strip(), row["name"].strip(), (row.get("city") or "").strip(),
                    (row.get("country") or "").strip(), _split(row.get("aliases")),
                    _split(row.get("nicknames")))
        if not club.id or not club.name:
            problems.append(f"[row {number}] id and name are required")
            continue
        if club.id in clubs:
            problems.append(f"[row {number} -> id] {club.id!r} is used twice")
        clubs[club.id] = club
        _claim_aliases(owner, club.id, (club.name, *club.aliases), number, problems)
    if problems:
        raise DataFileError(str(path), problems)
    _add_names_without_year(clubs, owner)
    return clubs, owner


def _add_names_without_year(clubs: dict[str, Club], owner: dict[str, str]) -> None:
    """ "FC Ingolstadt" for "FC Ingolstadt 04": the press drops the founding year from a name of two or
    more words. Only where no listed name and no other club's shortened name is the same."""
    shortened: dict[str, set[str]] = {}
    for club in clubs.values():
        for name in (club.name, *club.aliases):
            short = FOUNDING_YEAR.sub("", name)
            if short != name and " " in short:
                shortened.setdefault(short, set()).add(club.id)
    for short, ids in shortened.items():
        if len(ids) == 1 and short not in owner:
            owner[short] = next(iter(ids))


def reserve_teams(clubs: dict[str, Club], owner: dict[str, str]) -> dict[str, str]:
    """First team id -> its reserve ("X II"); every name of the first team with " II" names the reserve
    ("TSG Hoffenheim II" for "1899 Hoffenheim II"), where no other club claims it."""
    reserves: dict[str, str] = {}
    for club in clubs.values():
        if not club.name.endswith(" II"):
            continue
        first = owner.get(club.name[:-3]) or (club.id[:-3] if club.id[:-3] in clubs else None)
        if first is None or first == club.id:
            continue
        reserves[first] = club.id
        for alias in (clubs[first].name, *clubs[first].aliases):
            owner.setdefault(alias + " II", club.id)
    return reserves


def load_groups(path: Path, clubs: dict[str, Club], alias_to_club: dict[str, str] | None = None
                ) -> dict[str, tuple[str, ...]]:
    """Nicknames and demonyms that may name several clubs; resolved by context. A nickname shared by
    several clubs may not also be an alias of one of them: the alias would always win."""
    groups: dict[str, set[str]] = {}
    problems = []
    for number, row in enumerate(_read_csv(path, ("nickname", "clubs")), 2):
        ids = _split(row["clubs"])
        unknown = [i for i in ids if i not in clubs]
        if unknown or not ids:
            problems.append(f"[row {number} -> clubs] unknown club id(s): {unknown or 'none given'}")
        groups.setdefault(row["nickname"].strip(), set()).update(ids)
    for club in clubs.values():
        for nick in club.nicknames:
            groups.setdefault(nick, set()).add(club.id)
    problems += [f"[{nick}] shared by {', '.join(sorted(ids))} but an alias of {alias_to_club[nick]} in clubs.csv"
                 for nick, ids in groups.items() if len(ids) > 1 and nick in (alias_to_club or {})]
    if problems:
        raise DataFileError(str(path), problems)
    return {k: tuple(sorted(v)) for k, v in _with_dative_plurals(groups, alias_to_club or {}).items()}


def _with_dative_plurals(groups: dict[str, set[str]], aliases: dict[str, str]) -> dict[str, set[str]]:
    """A plural in -er or -el takes an -n in the dative ("bei den Roten Teufeln", "gegen die Kölner" but "mit
    den Kölnern"): each such nickname also in that form, for the same clubs. Not a short one, whose -n form
    may be another name or word ("Bayer": "Bayern", "Inter": "intern")."""
    out = dict(groups)
    for nick, ids in groups.items():
        dative = nick + "n"
        if len(nick) >= 6 and nick.endswith(("er", "el")) and dative not in groups and dative not in aliases:
            out[dative] = ids
    return out


def load_competitions(path: Path) -> tuple[dict[str, Competition], dict[str, str]]:
    """Competitions with tier and aliases; an alias of two competitions is an error."""
    comps: dict[str, Competition] = {}
    owner: dict[str, str] = {}
    problems = []
    for number, row in enumerate(_read_csv(path, ("id", "name", "tier", "kind")), 2):
        tier = row["tier"].strip()
        if tier and not tier.isdigit():
            problems.append(f"[row {number} -> tier] {tier!r} is not a number")
            continue
        comp = Competition(row["id"], row["name"], int(tier) if tier else None, row["kind"],
                           _split(row.get("aliases")))
        comps[comp.id] = comp
        _claim_aliases(owner, comp.id, (comp.name, *comp.aliases), number, problems)
    if problems:
        raise DataFileError(str(path), problems)
    return comps, owner


def _words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _load_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), [f"not valid YAML: {exc}"]) from exc
    if not isinstance(data, dict):
        raise DataFileError(str(path), ["expected a mapping at the top"])
    return data


def load_word_lists(path: Path) -> dict:
    """The word lists of lexicon.yaml, checked for the keys the engine needs."""
    data = _load_yaml(path)
    needed = ("roles", "club_labels", "number_words", "months", "weekdays", "seasons_of_year",
              "not_names")
    missing = [k for k in needed if k not in data]
    if missing:
        raise DataFileError(str(path), [f"missing section(s): {', '.join(missing)}"])
    weeks = (data["weekdays"], data.get("weekday_abbreviations", data["weekdays"]))
    if len(data["months"]) != 12 or any(len(days) != 7 for days in weeks):
        raise DataFileError(str(path), ["months needs 12 names, weekdays and weekday_abbreviations 7"])
    return data


def _role_ending_problems(words: dict) -> list[str]:
    """Endings are matched on the lowered word; an exception must be a word an ending would take."""
    endings = tuple(words.get("player_role_endings", ()))
    problems = [f"[player_role_endings] {e!r} is not a lowercase word of 5 letters or more" for e in endings
                if not (e.isalpha() and e.islower() and len(e) >= 5)]
    return problems + [f"[not_player_roles] {w!r} ends in no player_role_ending" for w in
                       words.get("not_player_roles", ()) if not w.lower().endswith(endings)]


@cache
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """Load and validate every lexicon file of the data folder (cached)."""
    base = Path(data_dir) if data_dir else Path(str(DATA))
    clubs, alias_to_club = load_clubs(base / "clubs.csv")
    # the only names load_clubs adds to the listed ones are those without the founding year
    shortened = frozenset(alias_to_club.keys() - {n for club in clubs.values() for n in (club.name, *club.aliases)})
    reserves = reserve_teams(clubs, alias_to_club)
    groups = load_groups(base / "club_groups.csv", clubs, alias_to_club)
    comps, alias_to_comp = load_competitions(base / "competitions.csv")
    words = load_word_lists(base / "lexicon.yaml")
    roles = {word: cat for cat, ws in words["roles"].items() for word in ws}
    months = {m: i for i, m in enumerate(words["months"], 1)} | dict(words.get("month_aliases", {}))
    weekdays = {d: i for i, d in enumerate(words["weekdays"])} | dict(words.get("weekday_aliases", {}))
    unlisted = [f"[{key}] no club has the alias {t!r}" for key in ("country_titles", "everyday_word_towns")
                for t in sorted(set(words.get(key, ())) - alias_to_club.keys() - groups.keys())]
    national = {country: dict(leagues) for country, leagues in words.get("national_leagues", {}).items()}
    unlisted += [f"[national_leagues -> {country}] no competition has the id {c!r}" for country, leagues
                 in national.items() for pair in leagues.items() for c in pair if c not in comps]
    unlisted += _role_ending_problems(words)
    if unlisted:
        raise DataFileError(str(base / "lexicon.yaml"), unlisted)
    return Lexicon(clubs=clubs, alias_to_club=alias_to_club, group_to_clubs=groups,
                   competitions=comps, alias_to_competition=alias_to_comp, roles=roles,
                   club_labels=dict(words["club_labels"]),
                   number_words={str(k): int(v) for k, v in words["number_words"].items()},
                   months=months, weekdays=weekdays,
                   seasons_of_year=dict(words["seasons_of_year"]),
                   first_names=_words(base / "first_names.txt"),
                   not_names=frozenset(words["not_names"]),
                   anaphor_nouns=tuple(words.get("anaphor_nouns", ())),
                   media_words=frozenset(words.get("media_words", ())),
                   club_nouns=frozenset(words.get("club_nouns", ())),
                   named_after_nouns=frozenset(words.get("named_after_nouns", ())),
                   coach_context_words=tuple(words.get("coach_context_words", ())),
                   club_name_starts=tuple(words.get("club_name_starts", ())),
                   club_name_ends=tuple(words.get("club_name_ends", ())), reserves=reserves,
                   other_sports_teams=tuple(words.get("other_sports_teams", ())),
                   standing_words=frozenset(words.get("standing_words", ())), shortened_names=shortened,
                   country_titles=frozenset(words.get("country_titles", ())),
                   everyday_word_towns=frozenset(words.get("everyday_word_towns", ())),
                   weekday_abbreviations=tuple(words.get("weekday_abbreviations", ())),
                   player_role_endings=tuple(words.get("player_role_endings", ())),
                   not_player_roles=frozenset(words.get("not_player_roles", ())),
                   determiners=frozenset(words.get("determiners", ())), national_leagues=national)
