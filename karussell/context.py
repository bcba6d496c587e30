"""Sentence context: which club, person or role a sentence refers to when a rule leaves it open.

A reader resolves "der Klub", "er", "the team" from the sentence and the text
around it: the club written next to a person, the subject club of the sentence,
the sentence before, the club the article is about. These functions do that for
the facts stage.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .dates import Anchor
from .domain import Mention
from .lexicon import load_lexicon
from .mentions import ArticleMentions, Sentence, mention_part
from .patterns import Rule, cue

COACH_ROLES = {"head_coach", "interim", "assistant"}


@dataclass
class Match:
    """One rule match in one sentence, with the context needed to finish it."""

    rule: Rule
    regex_match: re.Match
    sentence: Sentence
    index: int  # sentence index in the article
    am: ArticleMentions
    anchor: Anchor


def focus_name(am: ArticleMentions) -> str | None:
    """The name of the club the article is about, if one stands out."""
    return club_name(am.focus_club) if am.focus_club else None


def club_name(club_id: str) -> str:
    """The canonical name of a club id; an unknown club keeps the name it was written with."""
    if club_id.startswith("unknown:"):
        return club_id[8:]
    return load_lexicon().clubs[club_id].name


def club_after_person(am: ArticleMentions, person: str) -> str | None:
    """A club written right after a person, "Harry Kane von Tottenham Hotspur": where he plays. In a
    sentence about a transfer it is where he comes from, so such sentences are not read."""
    key = ("club_after_person", person)
    if key not in am.memo:
        am.memo[key] = _club_after_person(am, person)
    return am.memo[key]


def _club_after_person(am: ArticleMentions, person: str) -> str | None:
    for sentence in am.sentences:
        if not any(m.kind == "person" and m.value == person for m in sentence.mentions) \
                or cue("transfer_words").search(sentence.text):
            continue
        ms = sentence.mentions
        for i, m in enumerate(ms[:-1]):
            if m.kind == "person" and m.value == person and not m.extra.get("anaphor"):
                nxt = ms[i + 1]
                gap = sentence.text[m.end - sentence.start:nxt.start - sentence.start]
                if nxt.kind == "club" and nxt.value and cue("after_person_club").match(gap):
                    return club_name(nxt.value)
    return None


def person_club(sentence: Sentence, person: str) -> str | None:
    """The club written right before a person: "Schalkes Sportchef Ben Manga", "FCK-Trainer X"."""
    ms = sentence.mentions
    for i, m in enumerate(ms):
        if m.kind == "person" and m.value == person and not m.extra.get("anaphor"):
            for j in range(i - 1, max(i - 3, -1), -1):
                gap = sentence.text[ms[j].end - sentence.start:ms[j + 1].start - sentence.start]
                if gap not in (" ", "-", "s ", "’ ", "' "):
                    break  # only "Schalkes Sportchef X", "FCK-Trainer X", "Fortunas Kapitän X"
                if ms[j].kind == "club" and ms[j].value:
                    # "nach dem 0:3 gegen den SV Meppen Trainer X entlassen": the opponent, not X's club
                    return None if gap == " " and after_gegen(sentence, ms[j]) else club_name(ms[j].value)
                if ms[j].kind not in ("role", "number"):
                    break
    return None


def role_club(sentence: Sentence) -> str | None:
    """ "als Trainer von Rot-Weiss Essen", "Trainer des FC Augsburg": the club a coach role belongs to."""
    ms = sentence.mentions
    for role, club in zip(ms, ms[1:], strict=False):
        gap = sentence.text[role.end - sentence.start:club.start - sentence.start]
        if role.kind == "role" and role.value in COACH_ROLES and club.kind == "club" and club.value \
                and cue("role_of_club").match(gap):
            return club_name(club.value)
    return None


def known_club(am: ArticleMentions, person: str) -> str | None:
    """The club written right before the person anywhere in the article."""
    key = ("known_club", person)
    if key not in am.memo:
        am.memo[key] = next((c for s in am.sentences if (c := person_club(s, person))), None)
    return am.memo[key]


def person_role(am: ArticleMentions, person: str) -> str | None:
    """The role written right before the person anywhere in the article ("Trainer X"); a former one
    ("Ex-Profi X") tells nothing of what he is now."""
    for sentence in am.sentences:
        ms = sentence.mentions
        for i, m in enumerate(ms):
            if m.kind == "person" and m.value == person and i > 0 and ms[i - 1].kind == "role" \
                    and m.start - ms[i - 1].end <= 2 and not _former(sentence, ms[i - 1]):
                return ms[i - 1].value
    return None


def _former(sentence: Sentence, role: Mention) -> bool:
    offset = role.start - sentence.start
    return sentence.text[max(0, offset - 3):offset] == "Ex-"


def after_gegen(sentence: Sentence, m: Mention) -> bool:
    return bool(cue("opponent").search(sentence.text[max(0, m.start - sentence.start - 30):m.start - sentence.start]))


def at_venue(sentence: Sentence, m: Mention, opening: bool = False) -> bool:
    """The club follows "beim"/"bei der" ("Beim X unterlagen die Y"); with `opening`, as the sentence's
    first words ("Beim X endet die Amtszeit von Y")."""
    offset = m.start - sentence.start
    if opening:
        return cue("at_venue").fullmatch(sentence.text, 0, offset) is not None
    return cue("at_venue").search(sentence.text, max(0, offset - 8), offset) is not None


def part(sentence: Sentence, m: Mention) -> str:
    return mention_part(sentence.text, m.start - sentence.start)


def _clubs_in(sentence: Sentence, skip: set[str], parts: tuple[str, ...]) -> list[Mention]:
    return [m for m in sentence.mentions if m.kind == "club" and m.value
            and club_name(m.value) not in skip and part(sentence, m) in parts]


def coach_word_near(match: Match) -> bool:
    """A coach role word (or a word like "Trainerkarussell") in this sentence or the two before, or a coach's
    move told there ("Der Club trennte sich von X. Sein Nachfolger ist Y."): the person of unknown role is a
    coach."""
    sentences = match.am.sentences[max(0, match.index - 2):match.index + 1]
    told = match.am.memo.get("coach_sentences", set())
    return any(_coach_role_of(m) in COACH_ROLES for s in sentences for m in s.mentions) \
        or any(_coach_context_regex().search(s.text) for s in sentences) \
        or any(i in told for i in range(max(0, match.index - 2), match.index + 1))


def _coach_role_of(m: Mention) -> str | None:
    """The role a mention names: a role word, or a role standing for a person ("den Trainer gewechselt")."""
    return m.value if m.kind == "role" else m.extra.get("role") if m.kind == "person" else None


@cache
def _coach_context_regex() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, load_lexicon().coach_context_words)) + ")")


def _nearest_club(sentence: Sentence, position: int, skip: set[str], parts: tuple[str, ...]) -> str | None:
    """The nearest club in the sentence that plays one of `parts`, preferring one before `position`."""
    candidates = _clubs_in(sentence, skip, parts)
    before = [m for m in candidates if m.end <= position]
    after = [m for m in candidates if m.start >= position]
    if before:
        return club_name(before[-1].value)
    return club_name(after[0].value) if after else None


def match_start(match: Match) -> int:
    """Where the match begins in the article text (the regex ran over the masked sentence)."""
    return match.sentence.offset(match.regex_match.start())


@cache
def _club_noun_regex() -> re.Pattern:
    nouns = "|".join(re.escape(n) for n in load_lexicon().club_nouns)
    return re.compile(rf"\b(?:der|die|das|den|dem|des|beim|vom)\s+(?:{nouns})\b", re.IGNORECASE)


def _club_noun_in(sentence: Sentence) -> bool:
    """ "der Klub", "beim Verein": the sentence refers back to a club named before."""
    return _club_noun_regex().search(sentence.text) is not None


def context_club(match: Match, skip: set[str], position: int | None = None,
                  parts: tuple[str, ...] = ("subject",), focus_first: bool = False,
                  follow_previous: bool = False) -> str | None:
    """The club a sentence speaks of: its subject club (before the match, then after it),
    else the club the sentence refers back to ("der Klub"), else the article's club."""
    sentence = match.sentence
    pos = position if position is not None else match_start(match)
    candidates = _clubs_in(sentence, skip, parts)
    before = [m for m in candidates if m.end <= pos]
    after = [m for m in candidates if m.start >= pos]
    focus = focus_name(match.am)
    focus = focus if focus not in skip else None
    if before:
        return club_name(before[-1].value)
    if focus_first and focus:
        return focus
    if after:
        return club_name(after[0].value)
    if match.index > 0 and (_club_noun_in(sentence) or cue("continuation").match(sentence.text)):
        prev = match.am.sentences[match.index - 1]
        named = {club_name(m.value) for m in _clubs_in(prev, skip, ("subject",))}
        if focus in named:
            return focus  # "der Klub" after "X bleibt drin, Y verpasst den Aufstieg": the article's club
        club = _nearest_club(prev, prev.end, skip, ("subject",))
        if club:
            return club
    if "location" not in parts:
        located = [m for m in _clubs_in(sentence, skip, ("location",)) if m.end <= pos]
        if located:
            return club_name(located[-1].value)
    if follow_previous and match.index > 0 and not any(m.kind == "club" and not _source_of_move(sentence, m)
                                                       for m in sentence.mentions):
        # "Die Zebras gewannen 3:0. Trainer X, dessen Vertrag ...": a person in a sentence without a club (or
        # with only the one he came from) belongs to the club the sentence before was about, where that was
        # not the article's club
        prev = match.am.sentences[match.index - 1]
        named = [m for m in _clubs_in(prev, skip, ("subject", "location"))  # "Beim X endet ..." is about X
                 if part(prev, m) == "subject" or at_venue(prev, m, opening=True)]
        if named and focus not in {club_name(m.value) for m in named}:
            return club_name(named[0].value)
    return focus


def _source_of_move(sentence: Sentence, m: Mention) -> bool:
    """ "kommt vom X", "der aus Y kam": the club a player came from."""
    return cue("move_source_before").search(sentence.text, max(0, m.start - sentence.start - 12),
                                            m.start - sentence.start) is not None


def destination_told_before(match: Match, person: str) -> str | None:
    """The club the sentence before had the person move to ("X wechselt zum VfL Bochum. Der Stürmer kommt
    ablösefrei von Schalke und erhält einen Vertrag bis 2027."): his club in this sentence."""
    if match.index == 0:
        return None
    prev = match.am.sentences[match.index - 1]
    if not any(m.kind == "person" and m.value == person for m in prev.mentions):
        return None
    ahead = [m for m in prev.mentions if m.kind == "club" and m.value and cue("move_destination_before").search(
        prev.text, max(0, m.start - prev.start - 12), m.start - prev.start)]
    return club_name(ahead[0].value) if len(ahead) == 1 else None


def club_before(match: Match, back: int = 3) -> str | None:
    """The subject club of the nearest sentence before that names one (up to `back` sentences),
    else the article's club: whom "Nachfolger wird X" or "Der Drittligist siegte" is about."""
    for sentence in reversed(match.am.sentences[max(0, match.index - back):match.index]):
        club = _nearest_club(sentence, sentence.end, set(), ("subject",))
        if club:
            return club
    return focus_name(match.am)


def only_club_before(match: Match, back: int = 2) -> str | None:
    """The one club the nearest sentence before speaks of, as its subject or its place ("Die Trainersuche
    beim X geht weiter."); a former club ("Ex-X-Coach") or an opponent is not one."""
    for sentence in reversed(match.am.sentences[max(0, match.index - back):match.index]):
        clubs = {m.value for m in _clubs_in(sentence, set(), ("subject", "location"))}
        if clubs:
            return club_name(clubs.pop()) if len(clubs) == 1 else None
    return None


def last_person_before(match: Match) -> str | None:
    """The person an "Er"/"Sein" refers to: the subject of the clause before, i.e. the first person
    named earlier in the sentence, else in the last sentence that names one; officials (mostly
    quoted) aside."""
    start = match_start(match)
    earlier = [m for m in match.sentence.mentions if m.end <= start]
    for mentions in [earlier] + [s.mentions for s in reversed(match.am.sentences[:match.index])]:
        people = [m.value for m in mentions if m.kind == "person" and m.value
                  and match.am.people.get(m.value, {}).get("role") != "official"]
        if people:
            return people[0]
    return None


def interviewee(am: ArticleMentions) -> str | None:
    """Whom "Sie", "Ihnen" address: the one a question names ("Herr Brandner, ..."), in full where the text
    or the title names him so; else a full name of the title; else the person most named."""
    people = [m.value for s in am.sentences for m in s.mentions if m.kind == "person" and m.value]
    in_title = _title_names(am.article.title or "")
    addressed = cue("addressed_person").search(am.article.text)
    if addressed:
        surname = addressed["name"]
        return next((p for p in people + in_title if p.split()[-1] == surname), surname)
    if in_title:
        return in_title[0]
    counts = Counter(people)
    return counts.most_common(1)[0][0] if counts else None


def _title_names(title: str) -> list[str]:
    """Given name and surname in a title ("Verl-Trainer Sven Brandner im Interview")."""
    first_names = load_lexicon().first_names
    pairs = re.finditer(r"(?=\b([A-ZÄÖÜ][a-zäöüß]+) ([A-ZÄÖÜ][\w'-]+))", title)  # overlapping: "Trainer Sven Brandner"
    return [f"{m[1]} {m[2]}" for m in pairs if m[1] in first_names]
