"""Fact patterns as data: one YAML file per fact type, validated when loaded.

A pattern is a regular expression over a sentence's masked form, in which every
mention stands as ⟨TAG index⟩. Placeholders name the arguments:

    {person} löste {predecessor} als {role} {_}von {club} ab

`{name}` captures a mention of the kind the argument takes (see SLOTS);
`{_}` is a short gap of plain words, `{__}` a longer one that may span mentions,
`{adv}` up to three adverbials (a date, "vor 4.000 Zuschauern", "verdient").
Each rule carries an example sentence it must match and a counter-example it
must not; tests run them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .domain import FACT_TYPES, MODALITIES
from .errors import DataFileError
from .lexicon import DATA

# argument name -> tags of the mentions it may capture (see mentions.TAGS)
SLOTS = {
    "person": "P", "predecessor": "P", "target": "P", "successor": "P",
    "club": "CL", "team": "CL", "opponent": "C", "to_club": "C", "from_club": "C",
    "subject": "CP", "score": "S", "points": "N", "games": "N", "wins": "N",
    "draws": "N", "losses": "N", "until": "D", "date": "D", "competition": "KL",
    "to": "KL", "from": "KL", "role": "R", "label": "L", "fee": "N",
}
# {_}: a few words, roles, numbers and dates; {__}: a longer stretch of anything
# within the sentence (after a pattern's opening argument it may not cross a
# mention of that kind, see compile_pattern).
# A full stop between digits ("vor 2.500 Zuschauern") does not end a gap.
# Nor does the dot of an ordinal after a masked number ("in der ⟨N3⟩. Minute", "am ⟨N7⟩. Spieltag").
NUMBER_DOT = r"(?<=\d)\.(?=\d)|(?<=⟨N\d⟩)\.(?= )|(?<=⟨N\d\d⟩)\.(?= )|(?<=⟨N\d\d\d⟩)\.(?= )"
GAPS = {"_": r"(?:[^⟨⟩.;!?\n]|⟨[RNDK]\d+⟩|\(⟨S\d+⟩\)|" + NUMBER_DOT + r"){0,60}?",
        "__": r"(?:[^.;!?\n]|" + NUMBER_DOT + r"){0,160}?"}
# past/future: the sentence's date read backwards/forwards, else the article's;
# article: the article's (or the reported match day's); stated: the sentence's or none;
# day: a day or weekday in the sentence, else as article; recent: the last date stated
# up to here (schedules: a date line, then its matches); season: the year of the last move between
# leagues, the summer before the article (a label: "Aufsteiger X" in February 2026 went up in 2025);
# ended: the date a "bis" gives, when what ended is the fact ("war bis März 2024 beim X"), else none.
DATE_POLICIES = ("past", "future", "article", "stated", "none", "day", "recent", "season", "ended")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
TAG_THEN_BOUNDARY = re.compile(r"\{(?!_\}|__\}|adv\}|rel\})\w+\}\\b")  # "{until}\b": the tag's "⟩" ends no word


@dataclass
class Rule:
    """One compiled pattern and what to do with its match."""

    id: str
    type: str
    pattern: str
    regex: re.Pattern
    triggers: tuple[str, ...]
    args: dict[str, object] = field(default_factory=dict)
    date: str = "article"
    modality: str | None = None  # fixed modality; None = read the cues
    example: str = ""
    counter: str = ""
    options: dict[str, object] = field(default_factory=dict)
    unless: re.Pattern | None = None  # the rule does not fire where this matches the sentence
    needs: re.Pattern | None = None  # ... and fires only where this matches


OPTIONS = {"team_won", "team_lost", "coach_required", "role_from_mention", "all_people_before", "all_people_after",
           "all_clubs_before", "all_clubs_after", "direction_from_known_club", "person_from_previous",
           "person_addressed", "person_is_sentence_subject", "club_near", "to_club_from_context",
           "from_club_from_context", "subject_from_context", "future_only", "club_is_antecedent",
           "subject_after_preposition", "club_from_before", "opponent_from_previous",
           "negation_in_pattern", "lies_ahead", "side_from_previous"}


@cache
def slot_name(group: str) -> str:
    """The argument a regex group fills: 'person2__1' -> 'person'."""
    return re.sub(r"\d+$", "", group.split("__")[0])


OPENING = re.compile(r"(?:^|\||\(\?:)(?:\^|\(\?:|\(\?<!?[^)]*\)|\s)*$")


def adverbials() -> str:
    """The {adv} gap: up to three adverbials of cues.yaml in a row ("am Samstag vor 4.000 Zuschauern verdient")."""
    one = cue("adverbial").pattern
    return f"(?:{one}){{0,3}}"


def inserted_relative_clause() -> str:
    """The {rel} gap: a relative clause after a person, skipped whole, mentions and all."""
    clause = cue("inserted_relative_clause").pattern
    return f"(?:{clause})?"


def compile_pattern(pattern: str) -> re.Pattern:
    """Expand placeholders into regex groups and compile.

    A placeholder used twice (in two alternatives) gets a numbered group name,
    as Python's re allows each name once. A gap after an argument that opens
    the pattern (or an alternative) may not cross a mention of that argument's
    kind: the regex starts at the leftmost candidate, but the nearest is meant.
    A gap followed by a word ends at a word boundary.
    """
    seen: dict[str, int] = {}
    out: list[str] = []
    pos = 0
    opening_tags: str | None = None
    for m in PLACEHOLDER.finditer(pattern):
        out.append(pattern[pos:m.start()])
        name, following = m.group(1), pattern[m.end():m.end() + 4]
        if name in ("adv", "rel"):
            out.append(adverbials() if name == "adv" else inserted_relative_clause())
            pos = m.end()
            continue
        if name in GAPS:
            gap = GAPS[name]
            if name == "__" and opening_tags is not None:
                gap = r"(?:[^⟨.;!?\n]|⟨[^P" + opening_tags + r"][^⟩]*⟩|" + NUMBER_DOT + r"){0,160}?"
            if following[:1].isalpha() or following.startswith("(?:") and following[3:4].isalpha():
                gap += r"(?<!\w)"
            out.append(gap)
            opening_tags = None
        else:
            base = slot_name(name)
            if base not in SLOTS:
                raise ValueError(f"unknown placeholder {{{name}}}")
            opening = bool(OPENING.search("".join(out)[-40:] if out else ""))
            opening_tags = SLOTS[base] if opening else None
            seen[name] = seen.get(name, 0) + 1
            group = name if seen[name] == 1 else f"{name}__{seen[name]}"
            label = r"(?:⟨L\d+⟩ )?" if "C" in SLOTS[base] else ""  # "den Drittligisten Dynamo Dresden"
            out.append(f"{label}⟨[{SLOTS[base]}](?P<{group}>\\d+)⟩")
        pos = m.end()
    out.append(pattern[pos:])
    regex = re.compile("".join(out))
    if stray := [g for g in regex.groupindex if slot_name(g) not in SLOTS]:
        raise ValueError(f"named group(s) {', '.join(stray)}: only placeholders capture, use (?:...)")
    return regex


def _rule(raw: dict, ftype: str, defaults: dict, where: str, problems: list[str]) -> Rule | None:
    rid = raw.get("id") or "?"
    here = f"[{where} -> {rid}]"
    for key in ("id", "pattern", "triggers", "example"):
        if not raw.get(key):
            problems.append(f"{here} '{key}' is required")
    if problems and problems[-1].startswith(here):
        return None
    try:
        regex = compile_pattern(raw["pattern"])
    except (ValueError, re.error) as exc:
        problems.append(f"{here} pattern: {exc}")
        return None
    if stuck := TAG_THEN_BOUNDARY.search(raw["pattern"]):
        problems.append(f"{here} pattern: {stuck.group()} never matches: a mention's tag ends in no word")
    date = raw.get("date", defaults.get("date", "article"))
    modality = raw.get("modality", defaults.get("modality"))
    if date not in DATE_POLICIES:
        problems.append(f"{here} date must be one of {DATE_POLICIES}")
    if modality is not None and modality not in MODALITIES:
        problems.append(f"{here} modality must be one of {MODALITIES}")
    triggers = tuple(t.lower() for t in raw["triggers"])
    known = {"id", "pattern", "triggers", "example", "counter", "args", "date", "modality", "options",
             "unless", "needs"}
    if unknown := set(raw) - known:
        problems.append(f"{here} unknown key(s): {', '.join(sorted(unknown))}")
    if unknown := set(raw.get("options") or {}) - OPTIONS:
        problems.append(f"{here} unknown option(s): {', '.join(sorted(unknown))}")
    try:
        unless = re.compile(raw["unless"]) if raw.get("unless") else None
        needs = re.compile(raw["needs"]) if raw.get("needs") else None
    except re.error as exc:
        problems.append(f"{here} unless/needs: {exc}")
        return None
    return Rule(id=rid, type=ftype, pattern=raw["pattern"], regex=regex, triggers=triggers,
                args=dict(raw.get("args") or {}), date=date, modality=modality,
                example=raw.get("example", ""), counter=raw.get("counter", ""),
                options=dict(defaults.get("options") or {}) | dict(raw.get("options") or {}),
                unless=unless, needs=needs)


def load_rule_file(path: Path) -> list[Rule]:
    """One fact type's rules; every problem in the file is reported together."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), [f"not valid YAML: {exc}"]) from exc
    problems: list[str] = []
    ftype = (data or {}).get("type")
    if ftype not in FACT_TYPES:
        raise DataFileError(str(path), [f"'type' must be one of {FACT_TYPES}, not {ftype!r}"])
    rules_raw = data.get("rules") or []
    if not rules_raw:
        raise DataFileError(str(path), ["no rules: an empty rule file would find nothing"])
    rules, seen = [], set()
    for raw in rules_raw:
        rule = _rule(raw, ftype, data.get("defaults") or {}, path.name, problems)
        if rule is None:
            continue
        if rule.id in seen:
            problems.append(f"[{path.name} -> {rule.id}] id is used twice")
        seen.add(rule.id)
        rules.append(rule)
    if problems:
        raise DataFileError(str(path), problems)
    return rules


def _data_file(name: str) -> Path:
    return Path(str(DATA / name))


@cache
def load_rules(folder: str | None = None) -> tuple[Rule, ...]:
    """All rules of all fact types (cached)."""
    base = Path(folder) if folder else _data_file("patterns")
    rules: list[Rule] = []
    for path in sorted(base.glob("*.yaml")):
        rules.extend(load_rule_file(path))
    return tuple(rules)


# A character of the same sentence: the dot of an ordinal or an abbreviation ("1. FC", "St. Pauli") ends none.
WITHIN_SENTENCE = r"(?:[^.]|(?<=\d)\.|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)"


@cache
def load_cues(path: str | None = None) -> dict[str, re.Pattern]:
    """Modality cues: one regex per kind (hypothetical, denied, reported, expected),
    the alternation of the kind's cues, each validated on its own first."""
    file = Path(path) if path else _data_file("modality.yaml")
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    problems, out = [], {}
    for kind in ("hypothetical", "denied", "reported", "reported_local", "expected", "expected_local",
                 "denies_previous", "aim"):
        cues = data.get(kind)
        if not cues:
            problems.append(f"[{kind}] needs at least one cue")
            continue
        cues = [c.replace("{within}", WITHIN_SENTENCE) for c in cues]
        try:
            for cue in cues:
                re.compile(cue)
            out[kind] = re.compile("|".join(f"(?:{c})" for c in cues))
        except re.error as exc:
            problems.append(f"[{kind}] bad regex {cue!r}: {exc}")
    if problems:
        raise DataFileError(str(file), problems)
    return out


@cache
def load_context_cues(path: str | None = None) -> dict[str, re.Pattern]:
    """The context cues of cues.yaml by name, each compiled and checked against its example
    (which it must match) and its counter-example (which it must not)."""
    file = Path(path) if path else _data_file("cues.yaml")
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not data:
        raise DataFileError(str(file), ["expected a mapping of cue names to cues"])
    problems: list[str] = []
    out = {}
    for name, raw in data.items():
        if (pattern := _context_cue(name, raw, problems)) is not None:
            out[name] = pattern
    if problems:
        raise DataFileError(str(file), problems)
    return out


def _context_cue(name: str, raw: object, problems: list[str]) -> re.Pattern | None:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("what", "example", "counter")):
        problems.append(f"[{name}] needs 'what', 'example' and 'counter' (strings) and a 'pattern'")
        return None
    pieces = raw.get("pattern")
    pieces = [pieces] if isinstance(pieces, str) else pieces
    if not pieces or not all(isinstance(p, str) for p in pieces):
        problems.append(f"[{name}] 'pattern' must be a string or a list of strings (concatenated)")
        return None
    try:
        pattern = re.compile("".join(pieces))
    except re.error as exc:
        problems.append(f"[{name}] bad regex: {exc}")
        return None
    if not pattern.search(raw["example"]):
        problems.append(f"[{name}] does not match its example {raw['example']!r}")
    if pattern.search(raw["counter"]):
        problems.append(f"[{name}] matches its counter-example {raw['counter']!r}")
    return pattern


_CUES: dict[str, re.Pattern] = {}  # the bundled cues once loaded: cue() is asked on every mention


def cue(name: str) -> re.Pattern:
    """One context cue of cues.yaml."""
    found = _CUES.get(name)
    if found is None:
        cues = load_context_cues()
        if name not in cues:
            raise DataFileError(str(_data_file("cues.yaml")), [f"no cue named {name!r}"])
        _CUES.update(cues)
        found = cues[name]
    return found
