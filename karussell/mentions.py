"""Stage 2, mentions: clubs, people, competitions, scores, numbers, dates, roles.

The article is tokenised once by spaCy; clubs and competitions come from
PhraseMatchers over the lexicon, people from given names and role words,
scores, numbers and dates from patterns over the sentence text. The result is
one `ArticleMentions` with every mention resolved as far as the article
allows (surnames to full names, nicknames to the club the article is about).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from .dates import find_dates
from .domain import Article, Mention
from .lexicon import Lexicon, load_lexicon
from .nlp import (
    GROUP,
    OTHER_SPORT,
    LexiconMatch,
    Tokens,
    lexicon_matches,
    longest,
    noun_lemma,
    pipeline,
    sentence_starts,
)
from .patterns import cue
from .people import link_people, person_mentions, role_anaphors, unknown_word
from .scan import Anchored, trie_alternation

# A score with what decided it after extra time ("1:2 n.V.", "5:4 i.E.", "3:2 nach Verlängerung") is one
# mention: the rules read "verlor mit 1:2 n.V. gegen X" as "verlor mit 1:2 gegen X".
SCORE = Anchored(re.compile(r"(?<![\d.:/-])(?P<a>\d{1,2})\s?[:-]\s?(?P<b>\d{1,2})(?![\d:/]|\.\d|-\d)"
                            r"(?:\s(?:n\.\s?V\.|i\.\s?E\.|n\.\s?E\.|nach Verlängerung|nach Elfmeterschießen)"
                            r"(?![\w-]))?"),
                 re.compile(r"[:-]\s?\d"), reach=4, span=60)
MAX_GOALS = 20  # a side with this many goals is no football score
DIGITS = re.compile(r"\d(?<![\w.,:/-]\d)\d{0,2}(?![\d:/]|\.\d)")
# A full stop after a score ("... 3:3. Am ...") or a year ("2025.") that spaCy reads as an ordinal.
FALSE_ORDINAL = Anchored(re.compile(r"(?:(?<=\d[:-]\d)|(?<=\d[:-]\d\d))\.(?=\s+[A-ZÄÖÜ])"
                                    r"|(?<=\b(?:19|20)\d\d)\.(?=\s+[A-ZÄÖÜ„\"])"
                                    # "auf Platz 16. Nach ...": a place is a cardinal, its full stop ends the sentence
                                    r"|(?:(?<=\bPlatz \d)|(?<=\bPlatz \d\d)|(?<=\bRang \d)|(?<=\bRang \d\d))"
                                    r"\.(?=\s+[A-ZÄÖÜ„\"])"),
                         re.compile(r"\.\s"), reach=0, span=40)


@dataclass
class Sentence:
    """A sentence with its mentions and its masked form for the patterns."""

    start: int
    end: int
    text: str
    mentions: list[Mention]
    _masked: str | None = None
    # The masked string in pieces: (first masked index, text offset, None for plain text or
    # (tag length, mention end) for a tag). `offset()` reads positions back through them.
    segments: list[tuple[int, int, tuple[int, int] | None]] = field(default_factory=list)
    _segment_starts: list[int] = field(default_factory=list)

    @property
    def masked(self) -> str:
        """The sentence with each mention replaced by ⟨TAG index⟩; made when a rule first needs it."""
        if self._masked is None:
            self._masked = mask(self)
        return self._masked

    def offset(self, i: int) -> int:
        """The article text offset of index i of the masked sentence (a tag stands at its mention's
        start, its last character at the mention's last)."""
        if self._masked is None:
            self.masked  # noqa: B018 (masking fills the segments)
        k = bisect_right(self._segment_starts, i) - 1
        first, at, tag = self.segments[k]
        if tag is None:
            return at + i - first
        return at if i - first < tag[0] - 1 else tag[1] - 1


@dataclass
class ArticleMentions:
    """Everything the facts stage needs to know about one article."""

    article: Article
    sentences: list[Sentence]
    people: dict[str, dict] = field(default_factory=dict)  # full name -> {club, role}
    club_counts: Counter = field(default_factory=Counter)
    focus_club: str | None = None  # the club the article is mostly about
    memo: dict = field(default_factory=dict)  # answers of the context functions, asked once per article


def find_mentions(article: Article) -> ArticleMentions:
    """Run the mention stage over one article."""
    nlp, matcher = pipeline()
    lex = load_lexicon()
    doc = nlp.make_doc(article.text)
    toks = Tokens.of(doc, article.text)
    club_matches, comp_matches = lexicon_matches(doc, matcher)
    club_matches = [m for m in club_matches if not _given_name_before_surname(toks, m, lex)
                    and not _surname_after_role_and_given_name(toks, m, lex)]
    clubs = _club_mentions(toks, club_matches, lex)
    people = person_mentions(toks, lex, frozenset(first for _, first, _ in club_matches))
    comps = _competition_mentions(toks, comp_matches, lex)
    labels = _label_mentions(toks, lex)
    roles = _role_mentions(toks, lex)
    anaphors = role_anaphors(roles, people, toks.text)
    anaphor_spans = {(a.start, a.end) for a in anaphors}
    roles = [r for r in roles if (r.start, r.end) not in anaphor_spans]
    people = sorted(people + anaphors, key=lambda m: m.start)
    sentences = _merge_false_splits(_split_after_clubs(_sentences(doc, toks), clubs, toks.text), toks.text)
    result = ArticleMentions(article=article, sentences=sentences)
    result.club_counts = Counter(m.value for m in clubs if m.value)
    _resolve_groups(clubs, result.club_counts, lex)
    clubs = _join_nickname_and_name(clubs, toks.text, lex)
    result.club_counts = Counter(m.value for m in clubs if m.value)
    title_doc = nlp.make_doc(article.title) if article.title else None
    title_clubs = _club_mentions(Tokens.of(title_doc, article.title), lexicon_matches(title_doc, matcher)[0], lex) \
        if title_doc and article.title else []
    _resolve_groups(title_clubs, result.club_counts, lex)
    _to_womens_teams(clubs + title_clubs, lex, marked_only=not _womens_football(article, comps))
    _womens_opponents(clubs, sentences, lex)
    _to_national_leagues(comps, clubs, lex)
    result.club_counts = Counter(m.value for m in clubs if m.value)
    result.focus_club = _focus_club(article.title or "", title_clubs, toks.text, clubs)
    we = _we_the_speakers_club(toks.text, sentences, clubs, people)
    everything = sorted([m for m in clubs if m.value] + we + people + comps + labels + roles, key=lambda m: m.start)
    extra = _text_mentions(toks, everything)
    _distribute(sentences, everything, extra)
    result.people = link_people(sentences)
    return result


QUOTE = re.compile(r"[„\"](?P<said>[^„“\"]{3,400})[“\"]")
WE = re.compile(r"\b[Ww]ir\b|(?<=\bzu )uns\b|(?<=\bbei )uns\b")  # "wir", and "uns" after "zu", "bei"


def _we_the_speakers_club(text: str, sentences: list[Sentence], clubs: list[Mention],
                          people: list[Mention]) -> list[Mention]:
    """In a quote whose attribution names one club ("„Wir sind an X interessiert“, sagte Sportchef Y vom Z",
    "Y vom Z bestätigte: „Wir ...“"), or a speaker the article names elsewhere with his club ("Sportchef Y vom Z"),
    "wir" is that club: a club mention the rules read as any other."""
    out: list[Mention] = []
    of_club: dict[str, str] | None = None  # found once, for the first quote that needs it
    for sentence in sentences:
        chunk = text[sentence.start:sentence.end]
        for quote in QUOTE.finditer(chunk):
            after, before = chunk[quote.end():], chunk[:quote.start()]
            if cue("attribution_after").match(after):
                lo, hi = sentence.start + quote.end(), sentence.end
            elif cue("attribution_before").search(before):
                lo, hi = sentence.start, sentence.start + quote.start()
            else:
                continue
            named = {m.value for m in clubs if m.value and lo <= m.start < hi}
            if not named:
                of_club = _people_of_clubs(text, clubs, people) if of_club is None else of_club
                named = {of_club[m.value] for m in people if lo <= m.start < hi and m.value in of_club} \
                    or _pronoun_speakers_club(text, lo, hi, sentence.start, people, of_club)
            if len(named) != 1:
                continue  # no club, or two ("Sportchef X vom Y über den Z"): whose "wir" is not sure
            club = named.pop()
            out += [Mention("club", sentence.start + quote.start("said") + w.start(),
                            sentence.start + quote.start("said") + w.end(), w.group(), club, {"we": True})
                    for w in WE.finditer(quote["said"])]
    return out


def _pronoun_speakers_club(text: str, lo: int, hi: int, before: int, people: list[Mention],
                           of_club: dict[str, str]) -> set[str]:
    """", sagte er" / "Er bestätigte:": the club of the person named last before the sentence, where the
    article names him with one."""
    if any(lo <= m.start < hi for m in people) or not PRONOUN_SPEAKER.search(text, lo, hi):
        return set()
    last = next((m.value for m in reversed(people) if m.end <= before and m.value), None)
    return {of_club[last]} if last in of_club else set()


PRONOUN_SPEAKER = re.compile(r"\b(?:er|sie|Er|Sie)\b")


def _people_of_clubs(text: str, clubs: list[Mention], people: list[Mention]) -> dict[str, str]:
    """People the text names with their club right after them ("Sportchef Tim Weber vom SC Verl")."""
    at = {m.start: m.value for m in clubs if m.value}
    out: dict[str, str] = {}
    for m in people:
        link = CLUB_AFTER_PERSON.match(text, m.end)
        if m.value and link and link.end() in at:
            out.setdefault(m.value, at[link.end()])
    return out


CLUB_AFTER_PERSON = re.compile(r" (?:vom|von der|von|des|der|beim|bei der|bei) (?:(?:dem|den) )?")


def _sentences(doc: Doc, toks: Tokens) -> list[Sentence]:
    """The sentences as character spans of the text, whitespace trimmed."""
    firsts = sentence_starts(toks.words, toks.is_punct, toks.starts)
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
    cuts |= {m.end() for m in FALSE_ORDINAL.finditer(text)}
    cuts |= {m.start() for m in re.finditer(r"\n", text)}
    ordered = sorted(cuts)
    out = []
    for sentence in sentences:
        start = sentence.start
        lo, hi = bisect_left(ordered, sentence.start + 1), bisect_left(ordered, sentence.end)
        if lo == hi:
            out.append(sentence)
            continue
        for cut in ordered[lo:hi]:
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

def _competition_mentions(toks: Tokens, matches: list[LexiconMatch], lex: Lexicon) -> list[Mention]:
    out = []
    for comp_id, first, stop in longest(matches):
        start, end = toks.starts[first], toks.end(stop - 1)
        out.append(Mention("competition", start, end, toks.text[start:end], lex.competitions[comp_id].name))
    return out


def _given_name_before_surname(toks: Tokens, match: LexiconMatch, lex: Lexicon) -> bool:
    """A one-word alias that is a given name too ("Milan") starts a person's name where a surname-like
    word follows: "Stürmer Milan Gerwing", not "gegen Milan Punkte geholt"."""
    _, first, stop = match
    return toks.words[first] in lex.first_names and _before_unknown_word(toks, first, stop, lex)


def _surname_after_role_and_given_name(toks: Tokens, match: LexiconMatch, lex: Lexicon) -> bool:
    """A one-word alias right after a role word and a given name is the surname: "Trainer Marco Antwerpen"."""
    _, first, stop = match
    words = toks.words
    return stop == first + 1 and first >= 2 and words[first - 1] in lex.first_names \
        and words[first - 2] in lex.roles and toks.starts[first] == toks.end(first - 1) + 1


def _before_unknown_word(toks: Tokens, first: int, stop: int, lex: Lexicon) -> bool:
    """A one-word match followed right away by a capitalised word no lexicon knows (a surname, a place)."""
    return stop == first + 1 and _unknown_word_next(toks, stop, lex)


def _unknown_word_next(toks: Tokens, stop: int, lex: Lexicon) -> bool:
    """Token `stop`, one space after the token before it, is a capitalised word no lexicon knows."""
    return stop < len(toks.words) and toks.starts[stop] == toks.end(stop - 1) + 1 \
        and unknown_word(toks.words[stop], lex)


def _club_mentions(toks: Tokens, matches: list[LexiconMatch], lex: Lexicon) -> list[Mention]:
    starts = {first for _, first, _ in matches}
    out = []
    blocked: list[Mention] = []
    for label, first, stop in longest(matches):
        start, end = toks.starts[first], toks.end(stop - 1)
        if label == OTHER_SPORT or _other_sport_or_youth(toks.text, start, end) \
                or _foreign_title(toks, start, end, lex):
            # "THW Kiel", "die Basketballer des FC Bayern", "die U19 von Borussia Dortmund": no club, nor a new one
            blocked.append(Mention("club", start, end, toks.text[start:end]))
            continue
        if _starts_unlisted_name(toks, first, stop, lex) or _shortened_before_place(toks, first, stop, lex) \
                or _everyday_word(toks, first, stop, lex):
            continue  # "FSV Luckenwalde", "Hertha Zehlendorf": another club than "FSV" or "Hertha" alone
        reserve = cue("reserve_suffix").match(toks.text, end)  # "die Knappen-Reserve", "die BVB-U23": the second team
        if label.startswith(GROUP):
            if stop not in starts and _adjectival(toks, stop, lex):
                continue
            end = reserve.end() if reserve else end
            out.append(Mention("club", start, end, toks.text[start:end], None,
                               {"candidates": lex.group_to_clubs[label[len(GROUP):]], "reserve": bool(reserve)}))
        else:
            if toks.text[end - 1] == ".":
                end -= 1
            extra = {}
            if womens := cue("womens_suffix").match(toks.text, end):  # "die Bayern-Frauen": the women's team
                end, extra = womens.end(), {"womens": True}
            value, start = _reserve(toks.text, label, start, lex)
            start = _with_standing_word(toks, first, start, lex)
            if reserve:
                end, value = reserve.end(), _reserve_of(label, lex)
            out.append(Mention("club", start, end, toks.text[start:end], value, extra))
    return sorted(out + _unknown_clubs(toks.text, out + blocked, lex), key=lambda m: m.start)


def _with_standing_word(toks: Tokens, first: int, start: int, lex: Lexicon) -> int:
    """Where a club's mention starts when a word for its standing stands before its name ("den Tabellenführer
    VfB Lübeck", "beim Schlusslicht X"): at that word, so the patterns read "den X"."""
    if first > 0 and start == toks.starts[first] and toks.words[first - 1] in lex.standing_words \
            and toks.end(first - 1) + 1 == start:
        return toks.starts[first - 1]
    return start


def _foreign_title(toks: Tokens, start: int, end: int, lex: Lexicon) -> bool:
    """A title of a German club with another country's adjective before it ("der Schweizer Rekordmeister")."""
    return toks.text[start:end] in lex.country_titles \
        and cue("foreign_before_title").search(toks.text, max(0, start - 20), start) is not None


def _other_sport_or_youth(text: str, start: int, end: int) -> bool:
    """A club's team of another sport or of its youth ("die Handballer des X", "die U19 von X", "die
    Bayern-Basketballer"): not the football club the facts are about."""
    return cue("other_team_before").search(text, max(0, start - 40), start) is not None \
        or cue("other_team_after").match(text, end) is not None


def _starts_unlisted_name(toks: Tokens, first: int, stop: int, lex: Lexicon) -> bool:
    """A bare club-name start ("FSV", "VfB", "Hertha") followed by a place the lexicon does not know."""
    return toks.words[first] in lex.club_name_starts and _before_unknown_word(toks, first, stop, lex)


def _everyday_word(toks: Tokens, first: int, stop: int, lex: Lexicon) -> bool:
    """ "nach drei Siegen", "in der neuen Halle": a town's name that is a German word too, read as the word
    after an article, a number or an adjective that follows one."""
    if stop != first + 1 or toks.words[first] not in lex.everyday_word_towns or first == 0:
        return False

    def counts_or_determines(word: str) -> bool:
        return word.lower() in lex.determiners or word.lower() in lex.number_words or word.isdigit()

    before = toks.words[first - 1]
    if before[:1].islower() and not counts_or_determines(before) and first > 1:
        before = toks.words[first - 2]  # the adjective's article: "drei knappen Siegen"
    return counts_or_determines(before)


def _shortened_before_place(toks: Tokens, first: int, stop: int, lex: Lexicon) -> bool:
    """A name read without its founding year ("FC Teutonia" for "FC Teutonia 05") followed by a place the
    lexicon does not know: another club ("FC Teutonia Watzenborn")."""
    return toks.text[toks.starts[first]:toks.end(stop - 1)] in lex.shortened_names \
        and _unknown_word_next(toks, stop, lex)


@cache
def _unknown_club_regexes() -> tuple[Anchored, Anchored]:
    """Names shaped like a club's: a start word and a place ("FC Teutonia Watzenborn"), or a town's
    adjective and an abbreviation ("Bonner SC")."""
    lex = load_lexicon()
    starts = "|".join(re.escape(s) for s in sorted(lex.club_name_starts, key=len, reverse=True))
    ends = "|".join(re.escape(s) for s in sorted(lex.club_name_ends, key=len, reverse=True))
    place = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    pattern = re.compile(rf"\b(?:1\. )?(?:{starts}) (?:{place})(?: (?:{place}|\d{{2,4}}))?(?![\w-])")
    core = re.compile(f"(?:{trie_alternation(lex.club_name_starts)}) [A-ZÄÖÜ]")
    adjective = re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+er (?:{ends})(?: \d{{2,4}})?(?![\w-])")
    return Anchored(pattern, core, reach=3, span=80), Anchored(adjective, re.compile(rf"er (?:{ends})\b"), reach=30)


def _unknown_clubs(text: str, known: list[Mention], lex: Lexicon) -> list[Mention]:
    """Names shaped like a club's ("Rot Weiss Ahlen") that the lexicon lacks: kept, flagged unknown."""
    taken = Taken(len(text), ((m.start, m.end) for m in known))
    out = []
    for m in (m for regex in _unknown_club_regexes() for m in regex.finditer(text)):
        name = m.group(0)
        last = name.split()[-1]
        if not taken.free(m.start(), m.end()) or last in lex.not_names or last in lex.roles:
            continue
        out.append(Mention("club", m.start(), m.end(), name, "unknown:" + name))
        taken.add(m.start(), m.end())
    return sorted(out, key=lambda m: m.start)


def _reserve(text: str, club_id: str, start: int, lex: Lexicon) -> tuple[str, int]:
    """"die U23 des VfB Stuttgart" is the reserve team, VfB Stuttgart II, where the lexicon has it; the
    mention then starts at "U23" ("bei der zweiten Mannschaft des X" reads as "bei der X")."""
    window = max(0, start - 30)
    if before := cue("reserve_before").search(text, window, start):
        return _reserve_of(club_id, lex), before.start()
    return club_id, start


def _reserve_of(club_id: str, lex: Lexicon) -> str:
    """The reserve team of a club: the lexicon's, else one of its own ("SC Verl II"), never the first team."""
    if club_id in lex.reserves:
        return lex.reserves[club_id]
    name = lex.clubs[club_id].name if club_id in lex.clubs else club_id.removeprefix("unknown:")
    return f"unknown:{name} II"


def _to_national_leagues(comps: list[Mention], clubs: list[Mention], lex: Lexicon) -> None:
    """ "in die 2. Liga" in an article on Austrian clubs only is Austria's 2. Liga, not Germany's."""
    countries = {lex.clubs[m.value].country for m in clubs if m.value in lex.clubs}
    leagues = lex.national_leagues.get(countries.pop()) if len(countries) == 1 else None
    if not leagues:
        return
    for m in comps:  # a mention's value is its competition's name, an alias of it
        if (local := leagues.get(lex.alias_to_competition.get(m.value, ""))) is not None:
            m.value = lex.competitions[local].name


def _womens_football(article: Article, comps: list[Mention]) -> bool:
    if any(m.value == "Frauen-Bundesliga" for m in comps):
        return True
    return bool(cue("womens_football").search(article.title or "") or cue("womens_football").search(article.text[:600]))


def _to_womens_teams(clubs: list[Mention], lex: Lexicon, marked_only: bool = False) -> None:
    """In a women's football article a club is its women's team where the lexicon has one; elsewhere
    only a club written as one ("HSV-Frauen")."""
    for m in clubs:
        if marked_only and not m.extra.get("womens"):
            continue
        if m.value and not m.value.endswith("-frauen") and m.value + "-frauen" in lex.clubs:
            m.value = m.value + "-frauen"


def _womens_opponents(clubs: list[Mention], sentences: list[Sentence], lex: Lexicon) -> None:
    """A club in a sentence with a club written as a women's team ("Die Frauen des X gewannen gegen den Y")
    is a women's team too, where the lexicon has one: the sides of one match are of one kind."""
    for sentence in sentences:
        inside = [m for m in clubs if m.value and sentence.start <= m.start < sentence.end]
        if any(m.extra.get("womens") for m in inside):
            _to_womens_teams(inside, lex)


def _adjectival(toks: Tokens, stop: int, lex: Lexicon) -> bool:
    """"Hamburger Morgenpost", "Aachener Aufstieg": a demonym before a noun names no club,
    unless the noun is a role ("der Aachener Coach")."""
    if stop >= len(toks.words) or not toks.words[stop - 1].endswith("er"):
        return False
    nxt = toks.hyphenated(stop)
    return nxt in lex.media_words or (nxt[:1].isupper() and nxt not in lex.roles and nxt not in lex.club_start_words
                                      and nxt not in lex.alias_to_club and nxt not in lex.group_to_clubs)


def _common_noun(word: str) -> bool:
    """A noun of everyday German ("Sturm", "Energie", "Halle"), not a demonym ("Rostocker")."""
    return not word.endswith("er") and noun_lemma(word) is not None


NEAR = 300  # characters: a club named this shortly before a shared nickname is the one it means


def _resolve_groups(clubs: list[Mention], counts: Counter, lex: Lexicon) -> None:
    """A nickname shared by several clubs names the one the article mentions; of several it mentions, the
    one named just before ("... beim SV Lippstadt 08 tätig. Die Westfalen bestätigten ...")."""
    named = [(m.start, m.value) for m in clubs if m.value and not m.extra.get("candidates")]
    for m in clubs:
        candidates = m.extra.get("candidates")
        if not candidates:
            continue
        present = [c for c in candidates if counts.get(c)]
        before = [(start, value) for start, value in named if value in present and m.start - NEAR < start < m.start]
        if len(present) == 1:
            m.value = present[0]
        elif before:
            m.value = max(before)[1]
        elif m.text in lex.club_nouns:
            pass  # "der Club" is Nürnberg's nickname and any club: the club must be named
        elif len(candidates) == 1 and not _common_noun(m.text.split("-")[0]):
            m.value = candidates[0]  # a nickname that is also a German noun ("Sturm", "Energie") needs the club named
        elif len(same := _of_the_articles_country(candidates, named, lex)) == 1:
            m.value = same[0]
        if m.value and m.extra.get("reserve"):
            m.value = lex.reserves.get(m.value, m.value)


NICKNAME_AND_NAME = (" aus ", " vom ", " von ")


CITY_AFTER = re.compile(r" aus (?P<city>[A-ZÄÖÜ][\wäöüß-]+(?: [A-ZÄÖÜ][\wäöüß.]+)?)")


def _join_nickname_and_name(clubs: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """ "Die Zebras aus Duisburg", "die Löwen vom TSV 1860 München": a nickname and a name of the same club
    are one mention of it (a shared nickname takes the club the name gives)."""
    for m in clubs:
        _read_city_after(m, text, lex)
    out: list[Mention] = []
    for m in clubs:
        prev = out[-1] if out else None
        if prev is not None and m.start < prev.end:
            continue  # the city a nickname was read with ("die Löwen aus Braunschweig")
        if prev is not None and m.value and text[prev.end:m.start] in NICKNAME_AND_NAME \
                and (prev.value == m.value or m.value in (prev.extra.get("candidates") or ())):
            out[-1] = Mention("club", prev.start, m.end, text[prev.start:m.end], m.value, m.extra)
        else:
            out.append(m)
    return out


def _read_city_after(m: Mention, text: str, lex: Lexicon) -> None:
    """ "die Löwen aus München": a shared nickname and the city of one of its clubs (one or two words)."""
    after = CITY_AFTER.match(text, m.end) if m.extra.get("candidates") else None
    if after is None:
        return
    for city in dict.fromkeys((after["city"], after["city"].split()[0])):
        in_city = [c for c in m.extra["candidates"] if lex.clubs[c].city == city]
        if len(in_city) == 1:
            m.value, m.end = in_city[0], m.end + len(" aus ") + len(city)
            m.text = text[m.start:m.end]
            return


def _of_the_articles_country(candidates: tuple[str, ...], named: list[tuple[int, str]], lex: Lexicon) -> list[str]:
    """The candidates of the one country all clubs the article names are of: "die Veilchen" in an article
    on Rapid and Sturm Graz are Austria Wien's, not Erzgebirge Aue's."""
    countries = {lex.clubs[value].country for _, value in named if value in lex.clubs}
    if len(countries) != 1:
        return []
    return [c for c in candidates if lex.clubs[c].country in countries]


COMPOUND_AFTER = re.compile(r"-(?P<word>[A-ZÄÖÜ][\wäöüß]*)")


def mention_part(text: str, offset: int, end: int | None = None) -> str:
    """A club mention's part in its sentence, from the words around it: subject, location or other.
    A club that begins a compound ("Bielefeld-Spiel") is a modifier, unless of a role ("FCK-Trainer")."""
    compound = COMPOUND_AFTER.match(text, end) if end is not None else None
    if compound and compound.group("word") not in load_lexicon().roles:
        return "other"
    before = text[max(0, offset - 40):offset]
    if cue("location").search(before):
        return "other" if cue("match_venue").search(before) else "location"
    if cue("other_party").search(before):
        return "other"
    return "subject"


def _focus_club(title: str, title_clubs: list[Mention], text: str, clubs: list[Mention]) -> str | None:
    """The club the article is about: the subject of its title and lead, and often named.

    None when no club stands out (a round-up of a matchday): then no fact takes
    the article's club by default."""
    weights: Counter = Counter()
    spoken_of: set[str] = set()  # in the title, as a subject or a place: a club only ever the other party is no focus
    for m in title_clubs:
        if m.value:
            weights[m.value] += 6 if mention_part(title, m.start, m.end) == "subject" else 2
            spoken_of.add(m.value)
    for m in clubs:
        if m.value:
            role = mention_part(text, m.start, m.end)
            subject = role == "subject"
            weights[m.value] += (3 if subject else 1) if m.start < 300 else (1 if subject else 0.5)
            if role != "other":
                spoken_of.add(m.value)
    ranked = weights.most_common(2)
    if not ranked or ranked[0][0] not in spoken_of:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


# --- labels, roles -------------------------------------------------------

def _label_mentions(toks: Tokens, lex: Lexicon) -> list[Mention]:
    out = []
    for i in toks.caps:
        word, start = toks.words[i], toks.starts[i]
        if not word.endswith(("ist", "isten", "ists")):
            continue
        comp = lex.club_labels.get(word) or lex.club_labels.get(LABEL_ENDING.sub("", word))
        if comp:
            out.append(Mention("label", start, start + len(word), word, lex.competitions[comp].name))
    return out


LABEL_ENDING = re.compile(r"(en|n|s)$")


GENITIVE_ARTICLES = frozenset({"des", "eines", "seines", "ihres", "unseres", "Des"})


def _genitive_role(words: list[str], i: int, lex: Lexicon) -> str | None:
    """ "des Innenverteidigers", "des entlassenen Trainers" is the role "Innenverteidiger", "Trainer" (only after
    a genitive article, an adjective between or not: "die Profis" is a plural, no role word)."""
    word = words[i]
    if not (word.endswith("s") and word[:-1] in lex.roles):
        return None
    article = i - 2 if i > 1 and words[i - 1].islower() and words[i - 1].endswith("en") else i - 1
    return word[:-1] if article >= 0 and words[article] in GENITIVE_ARTICLES else None


def _role_mentions(toks: Tokens, lex: Lexicon) -> list[Mention]:
    """Role words, in the genitive too ("des Innenverteidigers"); a compound split at its hyphen
    ("Co-Trainer", "U23-Trainer") keeps its own role."""
    out = []
    words, starts = toks.words, toks.starts
    for i in toks.caps:  # every role word is a noun
        word = words[i]
        own = lex.role_of(word)
        base = word if own else _genitive_role(words, i, lex)
        if base is None:
            continue
        start, end, role = starts[i], starts[i] + len(word), own or lex.roles[base]
        if i >= 2 and words[i - 1] == "-" and starts[i - 1] == start - 1:
            compound = toks.text[starts[i - 2]:end]
            if compound in lex.roles:
                start, role = starts[i - 2], lex.roles[compound]
            elif words[i - 2] == "Ex":  # "Ex-Profi", "Ex-Kapitän": what he was, as "Ex-Trainer"
                start, role = starts[i - 2], "former"
        out.append(Mention("role", start, end, toks.text[start:end], role))
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


def _text_mentions(toks: Tokens, known: list[Mention]) -> list[Mention]:
    """Dates, scores and numbers: found once over the whole text, where no lexicon
    mention stands."""
    text = toks.text
    taken = Taken(len(text), ((m.start, m.end) for m in known))
    extra: list[Mention] = []
    for d in find_dates(text):
        if taken.free(d.start, d.end):
            extra.append(Mention("date", d.start, d.end, text[d.start:d.end], d.expr))
            taken.add(d.start, d.end)
    for m in SCORE.finditer(text):
        if max(int(m.group("a")), int(m.group("b"))) >= MAX_GOALS:
            continue  # "31:27", "89:80": handball's or basketball's, not football's
        if taken.free(m.start(), m.end()):
            extra.append(Mention("score", m.start(), m.end(), m.group(0), (int(m.group("a")), int(m.group("b")))))
            taken.add(m.start(), m.end())
    return extra + _numbers(toks, taken)


def _distribute(sentences: list[Sentence], known: list[Mention], extra: list[Mention]) -> None:
    """Give each sentence the mentions that lie inside it."""
    allm = sorted(known + extra, key=lambda m: m.start)
    starts = [m.start for m in allm]
    for sentence in sentences:
        lo = bisect_left(starts, sentence.start)
        hi = bisect_left(starts, sentence.end)
        sentence.mentions = [m for m in allm[lo:hi] if m.end <= sentence.end]


@cache
def _number_words() -> dict[str, int]:
    """Numbers in words as the tokens write them: "sieben", "Sieben", "SIEBEN"."""
    words = {w: v for w, v in load_lexicon().number_words.items() if w not in ARTICLES}
    return {form: v for w, v in words.items() for form in (w, w.capitalize(), w.upper())}


def _numbers(toks: Tokens, taken: Taken) -> list[Mention]:
    out = []
    for m in DIGITS.finditer(toks.text):
        if taken.free(m.start(), m.end()):
            out.append(Mention("number", m.start(), m.end(), m.group(0), int(m.group(0))))
    words = _number_words()
    for word, start in zip(toks.words, toks.starts, strict=True):
        value = words.get(word)
        if value is not None and taken.free(start, start + len(word)):
            out.append(Mention("number", start, start + len(word), word, value))
    return sorted(out, key=lambda m: m.start)


ARTICLES = ("ein", "eine", "einem", "einen", "einer")  # "ein" counts only in "ein Punkt", not as an article
TAGS = {"club": "C", "person": "P", "competition": "K", "label": "L", "role": "R",
        "date": "D", "score": "S", "number": "N"}


def mask(sentence: Sentence) -> str:
    """The sentence with each mention replaced by ⟨TAG index⟩ (index into mentions).

    Fills `sentence.segments`, which map every position of the masked string
    back to the article text, so a pattern's match can be located there.
    """
    out, segments, pos, length = [], [], sentence.start, 0
    for index, m in enumerate(sentence.mentions):
        if m.start < pos:
            continue
        plain = sentence.text[pos - sentence.start:m.start - sentence.start]
        segments.append((length, pos, None))
        length += len(plain)
        tag = f"⟨{TAGS[m.kind]}{index}⟩"
        segments.append((length, m.start, (len(tag), m.end)))
        length += len(tag)
        out += (plain, tag)
        pos = m.end
    segments.append((length, pos, None))
    out.append(sentence.text[pos - sentence.start:])
    sentence.segments = segments
    sentence._segment_starts = [first for first, _, _ in segments]
    return "".join(out)
