"""The spaCy pipeline every stage shares: German tokenizer, sentences, matchers.

Only spaCy's blank German language is used (no statistical model), so nothing
is downloaded and extraction stays within a few times the bare tokenizer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .lexicon import Lexicon, load_lexicon

NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "esse", "ismus", "tät", "nis")

# Split "FCK-Trainer", "Hansa-Coach", "Regionalliga-West-Duell" at the hyphen,
# so a club or competition inside a German compound is a token of its own.
COMPOUND_HYPHEN = r"(?<=[A-Za-zÄÖÜäöüß0-9.])-(?=[A-ZÄÖÜ0-9])"


def blank_german() -> Language:
    """spaCy's blank German tokenizer, splitting compounds at their hyphen."""
    nlp = spacy.blank("de")
    infixes = list(nlp.Defaults.infixes) + [COMPOUND_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)
# German opening quotes: after a full stop they begin the next sentence ("... Punkte. „Wir ...").
OPENING_QUOTES = frozenset({"„", "‚"})


def sentence_starts(words: list[str], is_punct: list[bool], offsets: list[int]) -> list[int]:
    """Token indices that start a sentence: spaCy's Sentencizer rule (a sentence ends
    after a run of . ! ? and the punctuation that closes it, not before an opening quote), applied to plain token
    lists. spaCy's component builds a Token object per token, which cost more than
    tokenizing the text itself. `offsets` are the tokens' character offsets."""
    starts, start, seen_period = [0] if words else [], 0, False
    for i, word in enumerate(words):
        in_punct_chars = word in PUNCT_CHARS
        if seen_period and (word in OPENING_QUOTES or not is_punct[i] and not in_punct_chars
                            or word == '"' and _opens(words, offsets, i)):
            if start != 0:
                starts.append(start)
            start, seen_period = i, False
        elif in_punct_chars:
            seen_period = True
    if start != 0:
        starts.append(start)
    return starts


def _opens(words: list[str], offsets: list[int], i: int) -> bool:
    """A straight quote with a space before it and a word right after it opens a quotation
    ('... Reißleine. "Wir ...'); one right after the full stop closes it ('... sagte er." Dann ...')."""
    return 0 < i < len(words) - 1 and offsets[i] > offsets[i - 1] + len(words[i - 1]) \
        and offsets[i + 1] == offsets[i] + 1


@cache
def pipeline() -> tuple[Language, PhraseMatcher]:
    """The shared pipeline and one PhraseMatcher over the lexicon's clubs, nicknames and competitions."""
    nlp = blank_german()
    return nlp, build_matcher(nlp, load_lexicon())


def _genitive(alias: str) -> str | None:
    """'Schalke' -> 'Schalkes'; forms that already end in a sibilant take none."""
    last = alias[-1]
    if not last.isalpha() or last in "sxzßSXZ" or alias.isupper():
        return None
    return alias + "s"


GROUP, COMPETITION = "group:", "competition:"  # label prefixes; a bare label is a club id
OTHER_SPORT = "other-sport"  # a team of another sport: it wins an overlap with a club's short form, then is dropped


def _feminine(name: str) -> list[str]:
    """The women's plural of a demonym: "Frankfurter" -> "Frankfurterinnen" (a women's team's players)."""
    return [name + "innen"] if name.endswith("er") and name[0].isupper() and " " not in name else []


def build_matcher(nlp: Language, lex: Lexicon) -> PhraseMatcher:
    """One PhraseMatcher for every lexicon entry, labelled by club id, "group:" + nickname
    (a nickname several clubs share) or "competition:" + competition id. One matcher pass over
    the article costs a third of three."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for alias, club_id in lex.alias_to_club.items():
        forms = [alias] + ([g] if (g := _genitive(alias)) and g not in lex.alias_to_club else [])
        if alias.endswith(("er", "e")) and alias[0].isupper() and " " not in alias:
            forms.append(alias + "n")  # dative plural of a nickname: "den Adlerträgern"
        forms += _feminine(alias)
        if alias[-1].isdigit() or alias.endswith(" II"):  # spaCy reads "Schalke 04." and "Köln II." as ordinals
            forms.append(alias + ".")
        matcher.add(club_id, [nlp.make_doc(f) for f in forms])
    for nickname in lex.group_to_clubs:
        if nickname not in lex.alias_to_club:
            # dative plural: "den Adlerträgern", "den Königsblauen"
            forms = [nickname] + ([nickname + "n"] if nickname.endswith(("e", "er", "el")) else [])
            forms += _feminine(nickname)
            matcher.add(GROUP + nickname, [nlp.make_doc(f) for f in forms])
    for alias, comp_id in lex.alias_to_competition.items():
        matcher.add(COMPETITION + comp_id, [nlp.make_doc(alias)])
    if lex.other_sports_teams:
        matcher.add(OTHER_SPORT, [nlp.make_doc(name) for name in lex.other_sports_teams])
    return matcher


LexiconMatch = tuple[str, int, int]  # label, first token, token after the last


def lexicon_matches(doc: Doc, matcher: PhraseMatcher) -> tuple[list[LexiconMatch], list[LexiconMatch]]:
    """The doc's club (and nickname) matches and its competition matches, overlaps and all."""
    strings = doc.vocab.strings
    clubs: list[LexiconMatch] = []
    comps: list[LexiconMatch] = []
    for match_id, start, end in matcher(doc):
        label = strings[match_id]
        if label.startswith(COMPETITION):
            comps.append((label[len(COMPETITION):], start, end))
        else:
            clubs.append((label, start, end))
    return clubs, comps


def longest(matches: list[LexiconMatch]) -> list[LexiconMatch]:
    """spaCy's `filter_spans` on plain tuples: the longest match wins an overlap, the earlier
    one a tie; the result in text order."""
    kept: list[LexiconMatch] = []
    seen: set[int] = set()
    for m in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        if m[1] not in seen and m[2] - 1 not in seen:
            kept.append(m)
            seen.update(range(m[1], m[2]))
    return sorted(kept, key=lambda m: m[1])


@cache
def _lemma_table():
    """spacy-lookups-data's German lemma table, loaded once from the installed package, never downloaded."""
    from spacy.lookups import load_lookups

    return load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")


@cache
def known_words() -> frozenset[str]:
    """German nouns (capitalised lemmas): tells "Interesse" from a surname after a given name."""
    return frozenset(v for v in _lemma_table().values() if v[:1].isupper())


@cache
def _lemmas_lower() -> frozenset[str]:
    return frozenset(v.lower() for v in _lemma_table().values())


def noun_lemma(word: str) -> str | None:
    """The noun a capitalised word is a form of ("Löwen" -> "Löwe"), if the lemma table knows one."""
    lemma = _lemma_table().get(word) or (word if word in known_words() else None)
    return lemma if lemma and lemma[:1].isupper() else None


def is_german_word(word: str) -> bool:
    """Whether the lemma table knows the word, as a form ("Sollte", "sollte") or a lemma."""
    table = _lemma_table()
    return word in table or word.lower() in table or word.lower() in _lemmas_lower()


@dataclass
class Tokens:
    """The article's tokens as plain lists: spaCy builds its Token objects and
    Doc.text anew on every access, which the scans below cannot afford."""

    text: str
    words: list[str]
    starts: list[int]
    is_punct: list[bool]
    caps: list[int]  # indices of the tokens that start with a capital: names, nouns, clubs

    @classmethod
    def of(cls, doc: Doc, text: str) -> Tokens:
        # Slicing the text is cheaper than looking every token up in the StringStore.
        starts = doc.to_array(IDX).tolist()
        words = [text[i:i + n] for i, n in zip(starts, doc.to_array(LENGTH).tolist(), strict=True)]
        return cls(text, words, starts, doc.to_array(IS_PUNCT).astype(bool).tolist(),
                   [i for i, w in enumerate(words) if w[0].isupper()])

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.words[i])

    def hyphenated(self, i: int) -> str:
        """The word at i with the part after a hyphen the tokenizer split off ("Co-Trainer", "Leitl-Maier")."""
        words, starts = self.words, self.starts
        if i + 2 < len(words) and words[i + 1] == "-" and starts[i + 1] == self.end(i) \
                and starts[i + 2] == self.end(i + 1):
            return f"{words[i]}-{words[i + 2]}"
        return words[i]
