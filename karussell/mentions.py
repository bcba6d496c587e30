"""Stage 2, mentions: clubs, people, competitions, scores, numbers, dates, roles.

The article is tokenised once by spaCy; clubs and competitions come from
PhraseMatchers over the lexicon, people from given names and role words,
scores, numbers and dates from patterns over the sentence text. The result is
one `ArticleMentions` with every mention resolved as far as the article
allows (surnames to full names, nicknames to the club the article is about).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from .dates import find_dates
from .domain import Article, Mention
from .lexicon import Lexicon, load_lexicon
from .nlp import NOUN_SUFFIXES, known_words, lexicon_words, pipeline, sentence_starts

SCORE = re.compile(r"(?<![\d.:/-])(?P<a>\d{1,2})\s?[:-]\s?(?P<b>\d{1,2})(?![\d:/]|\.\d|-\d)")
AGE_ANAPHOR = re.compile(r"(?:\b[Dd](?:er|em|en|es)\s+(?:\d{2})(?:-[Jj]ährigen?|\s+Jahre\s+alten?)\b)")
DIGITS = re.compile(r"(?<![\w.,:/-])\d{1,3}(?![\d:/]|\.\d)")
SCORE_END = re.compile(r"(?<=\d[:-]\d\.)(?=\s+[A-ZÄÖÜ])|(?<=\d[:-]\d\d\.)(?=\s+[A-ZÄÖÜ])")  # "... 3:3. Am ..."
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


@dataclass
class Tokens:
    """The article's tokens as plain lists: spaCy builds its Token objects and
    Doc.text anew on every access, which the scans below cannot afford."""

    text: str
    words: list[str]
    starts: list[int]
    is_punct: list[bool]

    @classmethod
    def of(cls, doc: Doc, text: str) -> Tokens:
        strings = doc.vocab.strings
        arr = doc.to_array(["ORTH", "IDX", "IS_PUNCT"])
        return cls(text, [strings[int(o)] for o in arr[:, 0]], [int(i) for i in arr[:, 1]],
                   [bool(p) for p in arr[:, 2]])

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.words[i])


def find_mentions(article: Article) -> ArticleMentions:
    """Run the mention stage over one article."""
    nlp, matchers = pipeline()
    lex = load_lexicon()
    doc = nlp.make_doc(article.text)
    toks = Tokens.of(doc, article.text)
    clubs = _club_mentions(doc, toks, matchers, lex)
    people = _person_mentions(toks, lex)
    comps = _simple_matches(doc, matchers["competition"], "competition", lex)
    labels = _label_mentions(toks, lex)
    roles = _role_mentions(toks, lex)
    anaphors = _role_anaphors(roles, people, toks.text)
    anaphor_spans = {(a.start, a.end) for a in anaphors}
    roles = [r for r in roles if (r.start, r.end) not in anaphor_spans]
    people = sorted(people + anaphors, key=lambda m: m.start)
    sentences = _merge_false_splits(_split_after_clubs(_sentences(doc, toks), clubs, toks.text), toks.text)
    result = ArticleMentions(article=article, sentences=sentences)
    result.club_counts = Counter(m.value for m in clubs if m.value)
    _resolve_groups(clubs, result.club_counts, lex, article.title or "")
    result.club_counts = Counter(m.value for m in clubs if m.value)
    title_doc = nlp.make_doc(article.title) if article.title else None
    title_clubs = _club_mentions(title_doc, Tokens.of(title_doc, article.title), matchers, lex) if title_doc else []
    _resolve_groups(title_clubs, result.club_counts, lex, "")
    result.focus_club = _focus_club(article.title or "", title_clubs, toks.text, clubs)
    everything = sorted([m for m in clubs if m.value] + people + comps + labels + roles, key=lambda m: m.start)
    extra = _text_mentions(toks.text, everything, lex)
    _distribute(sentences, everything, extra)
    _link_people(result)
    return result


def _sentences(doc: Doc, toks: Tokens) -> list[Sentence]:
    """The sentences as character spans of the text, whitespace trimmed."""
    firsts = sentence_starts(toks.words, toks.is_punct)
    out: list[Sentence] = []
    for k, first in enumerate(firsts):
        last = (firsts[k + 1] if k + 1 < len(firsts) else len(toks.words)) - 1
        _append_stripped(out, toks.text, toks.starts[first], toks.end(last))
    return out


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
    cuts |= {m.end() for m in SCORE_END.finditer(text)}
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


RESERVE_BEFORE = re.compile(r"(?:U ?2[13]|zweite[nr]? Mannschaft|Reserve|Zweitvertretung|U ?19)"
                            r"\s+(?:des|der|von|vom)\s+$")


def _club_mentions(doc: Doc, toks: Tokens, matchers, lex: Lexicon) -> list[Mention]:
    spans = list(matchers["club"](doc, as_spans=True)) + list(matchers["group"](doc, as_spans=True))
    out = []
    for span in _longest(spans):
        if span.label_.startswith("group:") and _adjectival(toks, span, lex):
            continue
        if span.label_.startswith("group:"):
            out.append(Mention("club", span.start_char, span.end_char, span.text, None,
                               {"candidates": lex.group_to_clubs[span.label_[6:]]}))
        else:
            text = span.text[:-1] if span.text.endswith(".") else span.text
            out.append(Mention("club", span.start_char, span.start_char + len(text), text,
                               _reserve(toks.text, span, lex)))
    return sorted(out + _unknown_clubs(toks.text, out, lex), key=lambda m: m.start)


@cache
def _unknown_club_regex() -> re.Pattern:
    starts = "|".join(re.escape(s) for s in sorted(load_lexicon().club_name_starts, key=len, reverse=True))
    place = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    return re.compile(rf"\b(?:1\. )?(?:{starts}) (?:{place})(?: (?:{place}|\d{{2,4}}))?(?![\w-])")


def _unknown_clubs(text: str, known: list[Mention], lex: Lexicon) -> list[Mention]:
    """Names shaped like a club's ("Rot Weiss Ahlen") that the lexicon lacks: kept, flagged unknown."""
    taken = [(m.start, m.end) for m in known]
    out = []
    for m in _unknown_club_regex().finditer(text):
        name = m.group(0)
        last = name.split()[-1]
        if any(s < m.end() and m.start() < e for s, e in taken) or last in lex.not_names or last in lex.roles:
            continue
        out.append(Mention("club", m.start(), m.end(), name, "unknown:" + name))
    return out


def _reserve(text: str, span: Span, lex: Lexicon) -> str:
    """"die U23 des VfB Stuttgart" is the reserve team, VfB Stuttgart II, where the lexicon has it."""
    club_id = span.label_
    if RESERVE_BEFORE.search(text[max(0, span.start_char - 30):span.start_char]):
        reserve = club_id + "-ii"
        return reserve if reserve in lex.clubs else club_id
    return club_id


def _adjectival(toks: Tokens, span: Span, lex: Lexicon) -> bool:
    """"Hamburger Morgenpost", "Aachener Aufstieg": a demonym before a noun names no club,
    unless the noun is a role ("der Aachener Coach")."""
    if span.end >= len(toks.words) or not toks.words[span.end - 1].endswith("er"):
        return False
    nxt = toks.words[span.end]
    club_words = {s.split()[0].split("-")[0] for s in lex.club_name_starts}
    return nxt in lex.media_words or (nxt[:1].isupper() and nxt not in lex.roles and nxt not in club_words
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


# What stands before a club tells its part in the sentence: after "gegen",
# "vom", "beim" ... it is an opponent, a source or a venue, not the subject.
OTHER_PARTY = re.compile(r"(?:\b(?:den|dem|die|das) (?:der|die|das)\s+$|"  # a relative clause: "den der VfL ausleiht"
                         r"\b(?i:gegen|gegenüber|vom|von|aus|zum|zur|zu|nach|mit|über|auf|an|am|ans|vor|"
                         r"bei|beim|im|in|ins|Verfolger|Gegner|Konkurrenten?|frühere[nr]?|ehemalige[nr]?|einstige[nr]?)\s+"
                         r"(?:(?:de[nmrs]|die|das|dem|der|einem|einen|ersten|dänischen|englischen|"
                         r"belgischen|\w+en)\s+){0,2}|-|\()$")
OPPONENT = re.compile(r"\b(?:gegen|gegenüber)\s+(?:(?:de[nmrs]|die|das)\s+)?(?:\w+\s+)?$")
LOCATION = re.compile(r"\b(?i:in|bei|beim|im)\s+(?:de[mnr]\s+)?$")


COMPOUND_AFTER = re.compile(r"-(?P<word>[A-ZÄÖÜ][\wäöüß]*)")


def mention_part(text: str, offset: int, end: int | None = None) -> str:
    """A club mention's part in its sentence, from the words around it: subject, location or other.
    A club that begins a compound ("Bielefeld-Spiel") is a modifier, unless of a role ("FCK-Trainer")."""
    compound = COMPOUND_AFTER.match(text, end) if end is not None else None
    if compound and compound.group("word") not in load_lexicon().roles:
        return "other"
    before = text[max(0, offset - 40):offset]
    if LOCATION.search(before):
        return "location"
    if OTHER_PARTY.search(before):
        return "other"
    return "subject"


def _focus_club(title: str, title_clubs: list[Mention], text: str, clubs: list[Mention]) -> str | None:
    """The club the article is about: the subject of its title and lead, and often named.

    None when no club stands out (a round-up of a matchday): then no fact takes
    the article's club by default."""
    weights: Counter = Counter()
    for m in title_clubs:
        if m.value:
            weights[m.value] += 6 if mention_part(title, m.start, m.end) == "subject" else 2
    for m in clubs:
        if m.value:
            subject = mention_part(text, m.start, m.end) == "subject"
            weights[m.value] += (3 if subject else 1) if m.start < 300 else (1 if subject else 0.5)
    ranked = weights.most_common(2)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


# --- people --------------------------------------------------------------

def _is_name_token(word: str, lex: Lexicon) -> bool:
    return bool(NAME_TOKEN.match(word)) and word not in lex.not_names and word not in lex.roles \
        and not word.isupper()


def _person_mentions(toks: Tokens, lex: Lexicon) -> list[Mention]:
    full = _full_names(toks, lex)
    by_surname: dict[str, str] = {}
    by_given: dict[str, set[str]] = {}
    for m in full:
        parts = m.value.split()
        by_surname.setdefault(parts[-1], m.value)
        by_given.setdefault(parts[0], set()).add(m.value)
    covered = {i for m in full for i in range(m.start, m.end)}
    short = []
    for word, start in zip(toks.words, toks.starts, strict=True):
        if start in covered or not word[:1].isupper() or not (by_surname or by_given):
            continue
        name = _short_name(word, by_surname, by_given)
        if name:
            short.append(Mention("person", start, start + len(word), word, name))
    named = full + short
    starts = {m.start for m in named}
    anaphors = [Mention("person", m.start(), m.end(), m.group(0), None, {"anaphor": True})
                for m in _anaphor_regex().finditer(toks.text)
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


def _full_names(toks: Tokens, lex: Lexicon) -> list[Mention]:
    """Given name + surname(s), or role word + two name tokens ("Trainer Ben Manga")."""
    out: list[Mention] = []
    seen_given: set[str] = set()
    words = toks.words
    i = 0
    while i < len(words):
        word = words[i]
        given = word.split("-")[0]
        after_role = i > 0 and words[i - 1] in lex.roles
        if (given in lex.first_names or after_role) and _is_name_token(word, lex):
            end = _name_end(toks, i, lex)
            if end == i + 2 and _common_noun(words[i + 1], given in seen_given):
                end = i + 1  # "an Heiner Interesse bekunden": a given name and a noun
            if end > i + 1:
                start, stop = toks.starts[i], toks.end(end - 1)
                text = toks.text[start:stop]
                out.append(Mention("person", start, stop, text, _clean_name(text)))
                seen_given.add(given)
                i = end
                continue
        i += 1
    return out + _unlisted_names(toks, lex, out)


NAME_CONTEXT_AFTER = re.compile(r"^(?:,\s+(?:der|die|dessen|deren)\b|\s+\(\d|\s+(?:sagte|sagt|traf|erzielte|meinte|"
                                r"erklärte|kommt|wechselt|fehlt|fällt))")


def _unlisted_names(toks: Tokens, lex: Lexicon, found: list[Mention]) -> list[Mention]:
    """Names with a given name the list lacks ("Vincenzo Grifo"): two capitalised words the German
    lexicon does not know, taken as a name when the surname recurs alone in the article or a name's
    context follows ("Pal Dardai, der ...")."""
    known = lexicon_words()
    covered = {i for m in found for i in range(m.start, m.end)}
    words, starts = toks.words, toks.starts
    counts = Counter(words)
    out = []
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if not (first[:1].isupper() and second[:1].isupper()) or starts[i] in covered \
                or starts[i + 1] != toks.end(i) + 1:
            continue
        if not all(_unknown_word(w, lex, known) for w in (first, second)):
            continue
        end = toks.end(i + 1)
        recurs = counts[second] + counts[second + "s"] > 1
        if recurs or NAME_CONTEXT_AFTER.match(toks.text[end:end + 20]):
            out.append(Mention("person", starts[i], end, toks.text[starts[i]:end], f"{first} {second}"))
            covered.update(range(starts[i], end))
    return out


def _unknown_word(word: str, lex: Lexicon, known: frozenset[str]) -> bool:
    return (len(word) > 2 and word.isalpha() and _is_name_token(word, lex) and word.lower() not in known
            and word not in lex.alias_to_club and word not in lex.group_to_clubs and word not in lex.months
            and word not in lex.weekdays and word not in lex.alias_to_competition and "-" not in word
            and not word.endswith(NOUN_SUFFIXES))


def _common_noun(word: str, given_name_known: bool) -> bool:
    """A noun after a given name is no surname when it is abstract, or when the
    given name already belongs to someone in the article (surnames like Koch or
    Müller are nouns too, so a noun alone does not decide)."""
    if word.endswith(NOUN_SUFFIXES):
        return True
    return given_name_known and word in known_words()


def _name_end(toks: Tokens, i: int, lex: Lexicon) -> int:
    """Index after the name that starts at token i (given name, hyphen parts, surnames)."""
    words, starts = toks.words, toks.starts
    j = i + 1
    while j < len(words) and j - i < 4:
        word = words[j]
        if word == "-" and j + 1 < len(words) and starts[j] == toks.end(j - 1):
            j += 2  # "Finn-Ole", "Petrović-Lenz" were split by the compound rule
            continue
        if word in ("van", "de", "von", "der", "da", "ten", "di") and j + 1 < len(words) \
                and _is_name_token(words[j + 1], lex) and j - i < 3 and not _names_club(words[j + 1], lex):
            j += 2
            continue
        if _is_name_token(word, lex) and word not in lex.alias_to_club \
                and not (starts[j] > 0 and toks.text[starts[j] - 1] == "\n"):
            j += 1
            continue
        break
    return j


def _names_club(word: str, lex: Lexicon) -> bool:
    """ "Jonas Kramer von Hertha": "von" starts a club here, not a name like "Hans von Allmen"."""
    return word in lex.alias_to_club or word in lex.group_to_clubs or word in {
        s.split()[0].split("-")[0] for s in lex.club_name_starts}


def _clean_name(text: str) -> str:
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"(?<=\w)[s]?['’]$", "", text) if text.endswith(("'", "’")) else text


# --- labels, roles -------------------------------------------------------

def _label_mentions(toks: Tokens, lex: Lexicon) -> list[Mention]:
    out = []
    for word, start in zip(toks.words, toks.starts, strict=True):
        if not word.endswith(("ist", "isten", "ists")):
            continue
        comp = lex.club_labels.get(word) or lex.club_labels.get(re.sub(r"(en|n|s)$", "", word))
        if comp:
            out.append(Mention("label", start, start + len(word), word, lex.competitions[comp].name))
    return out


def _role_mentions(toks: Tokens, lex: Lexicon) -> list[Mention]:
    """Role words; a compound split at its hyphen ("Co-Trainer", "U23-Trainer") keeps its own role."""
    out = []
    words, starts = toks.words, toks.starts
    for i, word in enumerate(words):
        if word not in lex.roles:
            continue
        start, end, role = starts[i], starts[i] + len(word), lex.roles[word]
        if i >= 2 and words[i - 1] == "-" and starts[i - 1] == start - 1:
            compound = toks.text[starts[i - 2]:end]
            if compound in lex.roles:
                start, role = starts[i - 2], lex.roles[compound]
        out.append(Mention("role", start, end, toks.text[start:end], role))
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

class Taken:
    """Which characters of the text a mention already covers."""

    def __init__(self, size: int, spans) -> None:
        self.mask = bytearray(size + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) == -1


def _text_mentions(text: str, known: list[Mention], lex: Lexicon) -> list[Mention]:
    """Dates, scores and numbers: found once over the whole text, where no lexicon
    mention stands."""
    taken = Taken(len(text), ((m.start, m.end) for m in known))
    extra: list[Mention] = []
    for d in find_dates(text):
        if taken.free(d.start, d.end):
            extra.append(Mention("date", d.start, d.end, text[d.start:d.end], d.expr))
            taken.add(d.start, d.end)
    for m in SCORE.finditer(text):
        if taken.free(m.start(), m.end()):
            extra.append(Mention("score", m.start(), m.end(), m.group(0), (int(m.group("a")), int(m.group("b")))))
            taken.add(m.start(), m.end())
    return extra + _numbers(text, taken, lex)


def _distribute(sentences: list[Sentence], known: list[Mention], extra: list[Mention]) -> None:
    """Give each sentence the mentions that lie inside it, and its masked form."""
    allm = sorted(known + extra, key=lambda m: m.start)
    starts = [m.start for m in allm]
    for sentence in sentences:
        lo = bisect_left(starts, sentence.start)
        hi = bisect_left(starts, sentence.end)
        sentence.mentions = [m for m in allm[lo:hi] if m.end <= sentence.end]
        sentence.masked = mask(sentence)


@cache
def _number_words() -> re.Pattern:
    words = [w for w in load_lexicon().number_words if w not in ARTICLES]
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _numbers(text: str, taken: Taken, lex: Lexicon) -> list[Mention]:
    out = []
    for m in DIGITS.finditer(text):
        if taken.free(m.start(), m.end()):
            out.append(Mention("number", m.start(), m.end(), m.group(0), int(m.group(0))))
    for m in _number_words().finditer(text):
        if taken.free(m.start(), m.end()):
            out.append(Mention("number", m.start(), m.end(), m.group(0), lex.number_words[m.group(0).lower()]))
    return out


ARTICLES = ("ein", "eine", "einem", "einen", "einer")  # "ein" counts only in "ein Punkt", not as an article
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
