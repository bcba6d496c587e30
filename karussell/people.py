"""People in an article: full names, surnames, anaphors ("der 42-Jährige", "den Angreifer").

Full names come from the given-name list, role words ("Trainer Ben Manga") and
names whose surname recurs; a surname or a given name alone is resolved to the
full name the article gave; anaphors to the last fitting person named before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache

from .domain import Mention
from .lexicon import Lexicon, load_lexicon
from .nlp import NOUN_SUFFIXES, Tokens, is_german_word, known_words
from .patterns import cue
from .scan import Anchored, trie_alternation

AGE_AFTER_NAME = re.compile(r" \((?:1[6-9]|[2-7]\d)\)")  # a person's age in brackets after the name
NAME_TOKEN = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*$|^[A-ZÄÖÜ]$")
def _is_name_token(word: str, lex: Lexicon) -> bool:
    return bool(NAME_TOKEN.match(word)) and word not in lex.not_names and lex.role_of(word) is None \
        and not word.isupper()


def person_mentions(toks: Tokens, lex: Lexicon, club_starts: frozenset[int] = frozenset()) -> list[Mention]:
    """People in the text; `club_starts` are the tokens a lexicon club name starts at."""
    full = _full_names(toks, lex, club_starts)
    for m in full:
        if age := AGE_AFTER_NAME.match(toks.text, m.end):
            m.end, m.text = age.end(), toks.text[m.start:age.end()]  # "Jan Ohl (45) übernimmt": the age is his
    values = {m.value for m in full}
    for m in full:
        if m.value.endswith("s") and m.value[:-1] in values:
            m.value = m.value[:-1]  # "Ole Brandts Vertrag" after "Ole Brandt": the genitive
    whole = {m.value.split()[-1]: m.value for m in full if " " in m.value}
    for m in full:
        m.value = whole.get(m.value, m.value)  # "Trainer Geraerts" is the "Karel Geraerts" named elsewhere
    by_surname: dict[str, str] = {}
    by_given: dict[str, set[str]] = {}
    for m in full:
        parts = m.value.split()
        by_surname.setdefault(parts[-1], m.value)
        by_given.setdefault(parts[0], set()).add(m.value)
    covered = {i for m in full for i in range(m.start, m.end)}
    short = []
    if by_surname or by_given:
        for i in toks.caps:
            word, start = toks.words[i], toks.starts[i]
            if start in covered or word in lex.weekdays or word in lex.months:
                continue  # "Freitag" alone is the day, even after "Dario Freitag" was named
            compound = toks.hyphenated(i)  # "Leitl-Maier" for "Stefan Leitl-Maier"
            name = _short_name(compound, by_surname, by_given) if compound != word else None
            if name:
                word = compound
            else:
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
def _anaphor_regex() -> Anchored:
    """Age and nationality anaphors: "der 46-Jährige", "Der Däne"."""
    nouns = load_lexicon().anaphor_nouns
    core = re.compile(trie_alternation([*nouns, "Jährig", "jährig", "Jahre"]))
    if not nouns:
        return Anchored(cue("age_anaphor"), core, reach=10)
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    pattern = re.compile(cue("age_anaphor").pattern + rf"|\b[Dd](?:er|en|em)\s+(?:{alternatives})n?\b")
    return Anchored(pattern, core, reach=10)


def _short_name(text: str, by_surname: dict[str, str], by_given: dict[str, set[str]]) -> str | None:
    """The full name a surname ("Backhaus", "Backhaus'"), or a given name only one person has, stands for."""
    name = by_surname.get(text)
    if name is None and len(text) > 4 and text[-1] in "s'’":
        name = by_surname.get(text.rstrip("s'’"))
    if name is not None:
        return name
    given = by_given.get(text)
    if given and len(given) == 1:
        return next(iter(given))
    return None


def _full_names(toks: Tokens, lex: Lexicon, club_starts: frozenset[int]) -> list[Mention]:
    """Given name + surname(s), or role word + two name tokens ("Trainer Ben Manga")."""
    out: list[Mention] = []
    seen_given: set[str] = set()
    words = toks.words
    free = 0  # the first token not inside a name found already
    for i in toks.caps:
        if i < free:
            continue
        word = words[i]
        given = word.split("-")[0]
        after_role = i > 0 and lex.role_of(words[i - 1]) is not None
        if (given in lex.first_names or after_role) and _is_name_token(word, lex):
            end = _name_end(toks, i, lex, club_starts)
            if words[end - 1] in lex.named_after_nouns:
                free = end
                continue  # "im Fritz-Walter-Stadion": a place named after a person
            if end == i + 2 and _common_noun(words[i + 1], given in seen_given) \
                    and not any(m.value == f"{word} {words[i + 1]}" for m in out):  # "Ole Kamp" named before
                end = i + 1  # "an Heiner Interesse bekunden": a given name and a noun
            if end > i + 1:
                start, stop = toks.starts[i], toks.end(end - 1)
                text = toks.text[start:stop]
                out.append(Mention("person", start, stop, text, _clean_name(text)))
                seen_given.add(given)
                free = end
            elif after_role and _surname_alone(toks, i, lex, club_starts):
                start = toks.starts[i]
                out.append(Mention("person", start, start + len(word), word, word))
                free = i + 1
    return out + _unlisted_names(toks, lex, out)


def _surname_alone(toks: Tokens, i: int, lex: Lexicon, club_starts: frozenset[int]) -> bool:
    """ "Schalke entlässt Trainer Geraerts": a role and one name, as headlines write it; a word of German
    ("Trainer Anfang"), a given name or a club's name after the role is none."""
    word = toks.words[i]
    return unknown_word(word, lex) and word not in lex.first_names and i not in club_starts \
        and word not in lex.club_labels and not _german_compound(word)


def _german_compound(word: str) -> bool:
    """ "Pokalsieger", "Sportfreunde": a word that ends in a German noun of four letters or more."""
    return any(is_german_word(word[k:].capitalize()) for k in range(2, len(word) - 3))




def _unlisted_names(toks: Tokens, lex: Lexicon, found: list[Mention]) -> list[Mention]:
    """Names with a given name the list lacks ("Vincenzo Grifo"): two capitalised words the German
    lexicon does not know, taken as a name when the surname recurs alone in the article or a name's
    context follows ("Pal Dardai, der ...")."""
    covered = {i for m in found for i in range(m.start, m.end)}
    words, starts = toks.words, toks.starts
    counts: Counter | None = None
    out = []
    caps = set(toks.caps)
    for i in toks.caps:
        if i + 1 not in caps:
            continue
        first, second = words[i], words[i + 1]
        if starts[i] in covered or starts[i + 1] in covered or starts[i + 1] != toks.end(i) + 1:
            continue  # not into a name found already: "Abwehrtalent Ole Brandt"
        if not all(unknown_word(w, lex) for w in (first, second)):
            continue
        end = toks.end(i + 1)
        counts = counts or Counter(words)
        recurs = counts[second] + counts[second + "s"] > 1
        if recurs or cue("name_context_after").match(toks.text[end:end + 20]):
            out.append(Mention("person", starts[i], end, toks.text[starts[i]:end], f"{first} {second}"))
            covered.update(range(starts[i], end))
    return out


WORD_CACHE_SIZE = 200_000


def unknown_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is neither German nor in the lexicon: maybe a name. Asked of every
    pair of capitalised words, so the answer is kept per word."""
    known = lex.unknown_words.get(word)
    if known is None:
        if len(lex.unknown_words) > WORD_CACHE_SIZE:
            lex.unknown_words.clear()
        known = lex.unknown_words[word] = (
            len(word) > 2 and word.isalpha() and _is_name_token(word, lex) and not is_german_word(word)
            and word not in lex.alias_to_club and word not in lex.group_to_clubs and word not in lex.months
            and word not in lex.weekdays and word not in lex.alias_to_competition and "-" not in word
            and not word.endswith(NOUN_SUFFIXES))
    return known


def _common_noun(word: str, given_name_known: bool) -> bool:
    """A noun after a given name is no surname when it is abstract, or when the
    given name already belongs to someone in the article (surnames like Koch or
    Müller are nouns too, so a noun alone does not decide)."""
    if word.endswith(NOUN_SUFFIXES) and is_german_word(word):
        return True  # "Interesse", "Verpflichtung"; a surname with such an ending ("Simonis") stays a name
    return given_name_known and word in known_words()


def _name_end(toks: Tokens, i: int, lex: Lexicon, club_starts: frozenset[int]) -> int:
    """Index after the name that starts at token i (given name, hyphen parts, surnames)."""
    words, starts = toks.words, toks.starts
    j = i + 1
    while j < len(words) and j - i < 4:
        word = words[j]
        if word == "-" and j + 1 < len(words) and starts[j] == toks.end(j - 1):
            j += 2  # "Finn-Ole", "Petrović-Lenz" were split by the compound rule
            continue
        if word in ("van", "de", "von", "der", "da", "ten", "di") and j + 1 < len(words) \
                and _is_name_token(words[j + 1], lex) and _particle_may_follow(words, i, j, lex) \
                and not _names_club(words, j + 1, lex, club_starts):
            j += 2
            continue
        if (_is_name_token(word, lex) or j == i + 1 and _calendar_surname(toks, i, lex)) \
                and (word not in lex.alias_to_club or j not in club_starts) \
                and not (starts[j] > 0 and toks.text[starts[j] - 1] == "\n") \
                and not (j >= i + 2 and words[j - 1] not in lex.first_names and is_german_word(word)):
            j += 1
            continue
        break
    return j


def _calendar_surname(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """ "Dario Freitag", "Lena Mai": a weekday or month right after a listed given name is a surname,
    unless a number follows it, as a date's would ("Mai 2024")."""
    words = toks.words
    nxt = words[i + 2] if i + 2 < len(words) else ""
    return words[i] in lex.first_names and (words[i + 1] in lex.weekdays or words[i + 1] in lex.months) \
        and words[i + 1][-1] != "." and not nxt[:1].isdigit()


def _particle_may_follow(words: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """A name's "von" follows the given name or given names ("Hans von Allmen", "Hans Peter von Allmen"); after
    a surname it starts the club ("Luca Marin von Hajduk Split")."""
    return j == i + 1 or j == i + 2 and words[i + 1] in lex.first_names


def _names_club(words: list[str], j: int, lex: Lexicon, club_starts: frozenset[int]) -> bool:
    """ "Jonas Kramer von Hertha", "Lorenz Assignon von Stade Rennes": "von" starts a club here, not a name
    like "Hans von Allmen"."""
    word = words[j]
    return j in club_starts or word in lex.alias_to_club or word in lex.group_to_clubs \
        or word in lex.club_start_words


def _clean_name(text: str) -> str:
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"(?<=\w)[s]?['’]$", "", text) if text.endswith(("'", "’")) else text


def role_anaphors(roles: list[Mention], people: list[Mention], text: str) -> list[Mention]:
    """"den Angreifer", "nach dem Kapitän": a role with an article and no name after it
    stands for a person already named; it becomes a person mention to resolve."""
    starts = sorted(p.start for p in people)
    out = []
    for r in roles:
        i = bisect_right(starts, r.end)
        name_start = starts[i] if i < len(starts) else None  # of the next person named
        if r.value not in ("player", "head_coach", "interim") or name_start == r.end + 1 \
                or name_start is not None and _apposition(text[r.end:name_start]):
            continue
        before = text[max(0, r.start - 20):r.start]
        feminine = r.text.endswith("in") and cue("feminine_article_before").search(before)  # "Die Stürmerin"
        if cue("role_anaphor_before").search(before) or feminine:
            out.append(Mention("person", r.start, r.end, r.text, None, {"anaphor": True, "role": r.value}))
    return out


def link_people(sentences) -> dict[str, dict]:
    """Resolve anaphors ("der 46-Jährige", "den Angreifer") to the last person named before
    who fits: not an official quoted in between, and of the same kind (player, coach).
    Returns each named person's role where a role word stands right before the name."""
    roles: dict[str, str] = {}
    seen: list[str] = []
    for sentence in sentences:
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
            elif i > 1 and ms[i - 2].kind == "role" and ms[i - 1].kind == "club" \
                    and _apposition(sentence.text[ms[i - 2].end - sentence.start:m.start - sentence.start]):
                roles.setdefault(m.value, ms[i - 2].value)
            seen.append(m.value)
    return {name: {"role": role} for name, role in roles.items()}


def _apposition(between: str) -> bool:
    """ "Der Trainer des SV Elversberg, Horst Steffen, ...": the role and the name it is apposed to."""
    return cue("role_apposition").fullmatch(between) is not None


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
