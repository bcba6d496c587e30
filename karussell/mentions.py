"""Stage 2, mentions: clubs, people, competitions, scores, numbers, dates, roles.

The article is tokenised once by spaCy; clubs and competitions come from
PhraseMatchers over the lexicon, people from given names and role words,
scores, numbers and dates from patterns over the sentence text. The result is
one `ArticleMentions` with every mention resolved as far as the article
allows (surnames to full names, nicknames to the club the article is about).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .dates import find_dates
from .domain import Article, Mention
from .lexicon import Lexicon, load_lexicon
from .nlp import NOUN_SUFFIXES, known_words, pipeline

SCORE = re.compile(r"(?<![\d.:/-])(?P<a>\d{1,2})\s?[:-]\s?(?P<b>\d{1,2})(?![\d:/]|\.\d|-\d)")
AGE_ANAPHOR = re.compile(r"(?:\b[Dd](?:er|em|en|es)\s+(?:\d{2})(?:-[Jj]ährigen?|\s+Jahre\s+alten?)\b)")
DIGITS = re.compile(r"(?<![\w.,:/-])\d{1,3}(?![\d:/]|\.\d)")
YEAR_END = re.compile(r"(?<=\b(?:19|20)\d\d\.)(?=\s+[A-ZÄÖÜ„\"])")  # spaCy reads "2025." as an ordinal
NAME_TOKEN = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*$|^[A-ZÄÖÜ]$")


@dataclass
class Sentence:
    """A sentence with its mentions and its masked form for the patterns."""

    start: int
    end: int
    text: str
    mentions: list[Mention]
    masked: str = ""
    offsets: list[int] = field(default_factory=list)  # masked index -> article text offset


@dataclass
class ArticleMentions:
    """Everything the facts stage needs to know about one article."""

    article: Article
    sentences: list[Sentence]
    people: dict[str, dict] = field(default_factory=dict)  # full name -> {club, role}
    club_counts: Counter = field(default_factory=Counter)
    focus_club: str | None = None  # the club the article is mostly about


def find_mentions(article: Article) -> ArticleMentions:
    """Run the mention stage over one article."""
    nlp, matchers = pipeline()
    lex = load_lexicon()
    doc = nlp(article.text)
    clubs = _club_mentions(doc, matchers, lex)
    people = _person_mentions(doc, lex)
    comps = _simple_matches(doc, matchers["competition"], "competition", lex)
    labels = _label_mentions(doc, lex)
    roles = _role_mentions(doc, lex)
    anaphors = _role_anaphors(roles, people, doc.text)
    anaphor_spans = {(a.start, a.end) for a in anaphors}
    roles = [r for r in roles if (r.start, r.end) not in anaphor_spans]
    people = sorted(people + anaphors, key=lambda m: m.start)
    sentences = _merge_false_splits(_split_after_clubs([_sentence(doc, s) for s in doc.sents], clubs, doc.text),
                                    doc.text)
    result = ArticleMentions(article=article, sentences=sentences)
    result.club_counts = Counter(m.value for m in clubs if m.value)
    _resolve_groups(clubs, result.club_counts, lex, article.title or "")
    result.club_counts = Counter(m.value for m in clubs if m.value)
    title_clubs = _club_mentions(nlp(article.title), matchers, lex) if article.title else []
    _resolve_groups(title_clubs, result.club_counts, lex, "")
    result.focus_club = _focus_club(title_clubs, clubs)
    everything = [m for m in clubs if m.value] + people + comps + labels + roles
    for sentence in sentences:
        _fill_sentence(sentence, everything, lex)
    _link_people(result)
    return result


def _sentence(doc: Doc, span: Span) -> Sentence:
    text = span.text
    lead = len(text) - len(text.lstrip())
    start = span.start_char + lead
    text = text.strip()
    return Sentence(start=start, end=start + len(text), text=text, mentions=[])


def _merge_false_splits(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Join a "sentence" that starts in lower case to the one before ("... (!) - gegen den ...")."""
    out: list[Sentence] = []
    for sentence in sentences:
        first = sentence.text.lstrip("-–— ")[:1]
        if out and first.islower() and "\n" not in text[out[-1].end:sentence.start]:
            prev = out[-1]
            out[-1] = Sentence(prev.start, sentence.end, text[prev.start:sentence.end], [])
        else:
            out.append(sentence)
    return out


def _split_after_clubs(sentences: list[Sentence], clubs: list[Mention], text: str) -> list[Sentence]:
    """End a sentence after "Schalke 04." where the ordinal reading hid the full stop."""
    cuts = {m.end + 1 for m in clubs if text[m.end:m.end + 2] in (". ", ".\n")
            and m.end + 2 < len(text) and (text[m.end + 2:m.end + 3].isupper() or text[m.end + 2] in "„\"")}
    cuts |= {m.end() for m in YEAR_END.finditer(text)}
    cuts |= {m.start() for m in re.finditer(r"\n", text)}
    out = []
    for sentence in sentences:
        start = sentence.start
        for cut in sorted(c for c in cuts if sentence.start < c < sentence.end):
            _append_stripped(out, text, start, cut)
            start = cut
        _append_stripped(out, text, start, sentence.end)
    return out


def _append_stripped(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece:
        out.append(Sentence(start + lead, start + lead + len(piece), piece, []))


# --- clubs ---------------------------------------------------------------

def _simple_matches(doc: Doc, matcher, kind: str, lex: Lexicon) -> list[Mention]:
    spans = matcher(doc, as_spans=True)
    out = []
    for span in _longest(spans):
        value = lex.competitions[span.label_].name if kind == "competition" else span.label_
        out.append(Mention(kind, span.start_char, span.end_char, span.text, value))
    return out


def _longest(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


RESERVE_BEFORE = re.compile(r"(?:U ?2[13]|zweite[nr]? Mannschaft|Reserve|Zweitvertretung|U ?19)\s+(?:des|der|von|vom)\s+$")


def _club_mentions(doc: Doc, matchers, lex: Lexicon) -> list[Mention]:
    spans = list(matchers["club"](doc, as_spans=True)) + list(matchers["group"](doc, as_spans=True))
    out = []
    for span in _longest(spans):
        if span.label_.startswith("group:") and _adjectival(doc, span, lex):
            continue
        if span.label_.startswith("group:"):
            out.append(Mention("club", span.start_char, span.end_char, span.text, None,
                               {"candidates": lex.group_to_clubs[span.label_[6:]]}))
        else:
            text = span.text[:-1] if span.text.endswith(".") else span.text
            out.append(Mention("club", span.start_char, span.start_char + len(text), text,
                               _reserve(doc, span, lex)))
    return out


def _reserve(doc: Doc, span: Span, lex: Lexicon) -> str:
    """"die U23 des VfB Stuttgart" is the reserve team, VfB Stuttgart II, where the lexicon has it."""
    club_id = span.label_
    if RESERVE_BEFORE.search(doc.text[max(0, span.start_char - 30):span.start_char]):
        reserve = club_id + "-ii"
        return reserve if reserve in lex.clubs else club_id
    return club_id


def _adjectival(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """"Hamburger Morgenpost", "Aachener Aufstieg": a demonym before a noun names no club,
    unless the noun is a role ("der Aachener Coach")."""
    if span.end >= len(doc) or not span.text.endswith("er"):
        return False
    nxt = doc[span.end].text
    return nxt in lex.media_words or (nxt[:1].isupper() and nxt not in lex.roles
                                      and nxt not in lex.alias_to_club and nxt not in lex.group_to_clubs)


def _resolve_groups(clubs: list[Mention], counts: Counter, lex: Lexicon, title: str) -> None:
    """A nickname shared by several clubs names the one the article mentions."""
    for m in clubs:
        candidates = m.extra.get("candidates")
        if not candidates:
            continue
        present = [c for c in candidates if counts.get(c)]
        if len(present) == 1:
            m.value = present[0]
        elif len(candidates) == 1:
            m.value = candidates[0]


def _focus_club(title_clubs: list[Mention], clubs: list[Mention]) -> str | None:
    """The club the article is about: named in the title and lead, and often."""
    weights: Counter = Counter()
    for rank, m in enumerate(m for m in title_clubs if m.value):
        weights[m.value] += 10 if rank == 0 else 3
    for m in clubs:
        if m.value:
            weights[m.value] += 3 if m.start < 300 else 1
    return weights.most_common(1)[0][0] if weights else None


# --- people --------------------------------------------------------------

def _is_name_token(token, lex: Lexicon) -> bool:
    return bool(NAME_TOKEN.match(token.text)) and token.text not in lex.not_names \
        and token.text not in lex.roles and not token.text.isupper()


def _person_mentions(doc: Doc, lex: Lexicon) -> list[Mention]:
    full = _full_names(doc, lex)
    by_surname: dict[str, str] = {}
    by_given: dict[str, set[str]] = {}
    for m in full:
        parts = m.value.split()
        by_surname.setdefault(parts[-1], m.value)
        by_given.setdefault(parts[0], set()).add(m.value)
    covered = {i for m in full for i in range(m.start, m.end)}
    short = []
    for token in doc:
        if token.idx in covered or not token.text[:1].isupper():
            continue
        name = _short_name(token.text, by_surname, by_given)
        if name:
            short.append(Mention("person", token.idx, token.idx + len(token.text), token.text, name))
    named = full + short
    starts = {m.start for m in named}
    anaphors = [Mention("person", m.start(), m.end(), m.group(0), None, {"anaphor": True})
                for m in _anaphor_regex().finditer(doc.text)
                if m.end() + 1 not in starts]  # "der 42-jährige Backhaus" names him already
    return sorted(named + anaphors, key=lambda m: m.start)


@cache
def _anaphor_regex() -> re.Pattern:
    """Age and nationality anaphors: "der 46-Jährige", "Der Däne"."""
    nouns = "|".join(re.escape(n) for n in sorted(load_lexicon().anaphor_nouns, key=len, reverse=True))
    if not nouns:
        return AGE_ANAPHOR
    return re.compile(AGE_ANAPHOR.pattern + rf"|\b[Dd](?:er|en|em)\s+(?:{nouns})n?\b")


def _short_name(text: str, by_surname: dict[str, str], by_given: dict[str, set[str]]) -> str | None:
    for form in (text, text.rstrip("s'’") if len(text) > 4 else text):
        if form in by_surname:
            return by_surname[form]
    given = by_given.get(text)
    if given and len(given) == 1:
        return next(iter(given))
    return None


def _full_names(doc: Doc, lex: Lexicon) -> list[Mention]:
    """Given name + surname(s), or role word + two name tokens ("Trainer Ben Manga")."""
    out: list[Mention] = []
    seen_given: set[str] = set()
    i = 0
    while i < len(doc):
        token = doc[i]
        given = token.text.split("-")[0]
        after_role = i > 0 and doc[i - 1].text in lex.roles
        if (given in lex.first_names or after_role) and _is_name_token(token, lex):
            end = _name_end(doc, i, lex)
            if end == i + 2 and _common_noun(doc[i + 1].text, given in seen_given):
                end = i + 1  # "an Heiner Interesse bekunden": a given name and a noun
            if end > i + 1 or (end == i + 1 and after_role and given not in lex.first_names):
                if end > i + 1:
                    span = doc[i:end]
                    out.append(Mention("person", span.start_char, span.end_char, span.text,
                                       _clean_name(span.text)))
                    seen_given.add(given)
                    i = end
                    continue
        i += 1
    return out


def _common_noun(word: str, given_name_known: bool) -> bool:
    """A noun after a given name is no surname when it is abstract, or when the
    given name already belongs to someone in the article (surnames like Koch or
    Müller are nouns too, so a noun alone does not decide)."""
    if word.endswith(NOUN_SUFFIXES):
        return True
    return given_name_known and word in known_words()


def _name_end(doc: Doc, i: int, lex: Lexicon) -> int:
    """Index after the name that starts at token i (given name, hyphen parts, surnames)."""
    j = i + 1
    while j < len(doc) and j - i < 4:
        text = doc[j].text
        if text == "-" and j + 1 < len(doc) and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text):
            j += 2  # "Finn-Ole", "Petrović-Lenz" were split by the compound rule
            continue
        if text in ("van", "de", "von", "der", "da", "ten", "di") and j + 1 < len(doc) \
                and _is_name_token(doc[j + 1], lex) and j - i < 3:
            j += 2
            continue
        if _is_name_token(doc[j], lex) and text not in lex.alias_to_club \
                and not (doc[j].idx > 0 and doc.text[doc[j].idx - 1] == "\n"):
            j += 1
            continue
        break
    return j


def _clean_name(text: str) -> str:
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"(?<=\w)[s]?['’]$", "", text) if text.endswith(("'", "’")) else text


# --- labels, roles -------------------------------------------------------

def _label_mentions(doc: Doc, lex: Lexicon) -> list[Mention]:
    out = []
    for token in doc:
        base = re.sub(r"(en|n|s)$", "", token.text)
        comp = lex.club_labels.get(token.text) or lex.club_labels.get(base)
        if comp:
            out.append(Mention("label", token.idx, token.idx + len(token.text), token.text,
                               lex.competitions[comp].name))
    return out


def _role_mentions(doc: Doc, lex: Lexicon) -> list[Mention]:
    """Role words; a compound split at its hyphen ("Co-Trainer", "U23-Trainer") keeps its own role."""
    out = []
    for t in doc:
        if t.text not in lex.roles:
            continue
        start, role = t.idx, lex.roles[t.text]
        if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 1].idx == t.idx - 1:
            compound = doc.text[doc[t.i - 2].idx:t.idx + len(t.text)]
            if compound in lex.roles:
                start, role = doc[t.i - 2].idx, lex.roles[compound]
        out.append(Mention("role", start, t.idx + len(t.text), doc.text[start:t.idx + len(t.text)], role))
    return out


ROLE_ANAPHOR_BEFORE = re.compile(r"\b(?:[Dd]en|[Dd]em|[Dd]er|[Dd]es|am|beim|vom|nach dem|den bisherigen)\s+$")


def _role_anaphors(roles: list[Mention], people: list[Mention], text: str) -> list[Mention]:
    """"den Angreifer", "nach dem Kapitän": a role with an article and no name after it
    stands for a person already named; it becomes a person mention to resolve."""
    starts = {p.start for p in people}
    out = []
    for r in roles:
        if r.value not in ("player", "head_coach", "interim") or r.end + 1 in starts:
            continue
        if ROLE_ANAPHOR_BEFORE.search(text[max(0, r.start - 20):r.start]):
            out.append(Mention("person", r.start, r.end, r.text, None, {"anaphor": True, "role": r.value}))
    return out


# --- sentence view -------------------------------------------------------

def _fill_sentence(sentence: Sentence, everything: list[Mention], lex: Lexicon) -> None:
    inside = [m for m in everything if sentence.start <= m.start and m.end <= sentence.end]
    text, base = sentence.text, sentence.start
    taken = [(m.start, m.end) for m in inside]
    extra: list[Mention] = []
    for d in find_dates(text, base):
        if _free(d.start, d.end, taken):
            extra.append(Mention("date", d.start, d.end, text[d.start - base:d.end - base], d.expr))
            taken.append((d.start, d.end))
    for m in SCORE.finditer(text):
        s, e = m.start() + base, m.end() + base
        if _free(s, e, taken):
            extra.append(Mention("score", s, e, m.group(0), (int(m.group("a")), int(m.group("b")))))
            taken.append((s, e))
    extra += _numbers(text, base, taken, lex)
    sentence.mentions = sorted(inside + extra, key=lambda m: m.start)
    sentence.masked = mask(sentence)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or start >= e for s, e in taken)


def _numbers(text: str, base: int, taken, lex: Lexicon) -> list[Mention]:
    out = []
    for m in DIGITS.finditer(text):
        s, e = m.start() + base, m.end() + base
        if _free(s, e, taken):
            out.append(Mention("number", s, e, m.group(0), int(m.group(0))))
    for m in re.finditer(r"\b\w+\b", text):
        value = lex.number_words.get(m.group(0).lower())
        s, e = m.start() + base, m.end() + base
        if value is not None and _free(s, e, taken) and m.group(0).lower() not in ("ein", "eine", "einem", "einen", "einer"):
            out.append(Mention("number", s, e, m.group(0), value))
    return out


TAGS = {"club": "C", "person": "P", "competition": "K", "label": "L", "role": "R",
        "date": "D", "score": "S", "number": "N"}


def mask(sentence: Sentence) -> str:
    """The sentence with each mention replaced by ⟨TAG index⟩ (index into mentions).

    Fills `sentence.offsets`, which maps every position of the masked string
    back to the article text, so a pattern's match can be located there.
    """
    out, offsets, pos = [], [], sentence.start
    for index, m in enumerate(sentence.mentions):
        if m.start < pos:
            continue
        plain = sentence.text[pos - sentence.start:m.start - sentence.start]
        out.append(plain)
        offsets.extend(range(pos, m.start))
        tag = f"⟨{TAGS[m.kind]}{index}⟩"
        out.append(tag)
        offsets.extend([m.start] * (len(tag) - 1) + [m.end - 1])
        pos = m.end
    out.append(sentence.text[pos - sentence.start:])
    offsets.extend(range(pos, sentence.end))
    offsets.append(sentence.end)
    sentence.offsets = offsets
    return "".join(out)


def _link_people(result: ArticleMentions) -> None:
    """Resolve anaphors ("der 46-Jährige", "den Angreifer") to the last person named before
    who fits: not an official quoted in between, and of the same kind (player, coach)."""
    roles: dict[str, str] = {}
    seen: list[str] = []
    for sentence in result.sentences:
        ms = sentence.mentions
        for i, m in enumerate(ms):
            if m.kind != "person":
                continue
            if m.extra.get("anaphor"):
                m.value = _antecedent(seen, roles, m.extra.get("role"))
                continue
            if not m.value:
                continue
            if i > 0 and ms[i - 1].kind == "role" and m.start - ms[i - 1].end <= 2:
                roles.setdefault(m.value, ms[i - 1].value)
            seen.append(m.value)
    result.people = {name: {"role": role} for name, role in roles.items()}


COACHES = {"head_coach", "interim", "assistant"}


def _antecedent(seen: list[str], roles: dict[str, str], wanted: str | None) -> str | None:
    for name in reversed(seen):
        role = roles.get(name)
        if role in ("official", "youth_coach", "former") and wanted != role:
            continue
        if wanted == "player" and role in COACHES or wanted in COACHES and role == "player":
            continue
        return name
    return None
