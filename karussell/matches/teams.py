"""Team names of match data to the lexicon's club ids.

Sources write names differently and change them between seasons ("Bayern
München", "FC Bayern München"; "VfL Bochum", "VfL Bochum 1848"): a name is
looked up as an alias, then normalised, then matched fuzzily; a name that
fits no club is kept as unknown.
"""

from __future__ import annotations

from functools import cache

from rapidfuzz import fuzz, process

from ..lexicon import load_lexicon
from ..store.linking import normalise

GENERIC = {"fc", "sv", "vfl", "vfb", "tsg", "tsv", "sc", "spvgg", "sg", "fsv", "bsc", "ssv", "1", "e", "v"}


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    lex = load_lexicon()
    exact = {normalise(alias): cid for alias, cid in lex.alias_to_club.items()}
    names = {cid: normalise(c.name) for cid, c in lex.clubs.items()}
    return exact, names


def _core(name: str) -> str:
    return " ".join(t for t in normalise(name).split() if t not in GENERIC and not (t.isdigit() and len(t) == 4))


@cache
def club_id_for(name: str) -> str:
    """The club id a team name means; "unknown:<name>" when none fits."""
    lex = load_lexicon()
    if name in lex.alias_to_club:
        return lex.alias_to_club[name]
    exact, names = _index()
    key = normalise(name)
    if key in exact:
        return exact[key]
    reserve = key.endswith(" ii")
    cores = {cid: _core(n) for cid, n in names.items() if n.endswith(" ii") == reserve}
    found = process.extractOne(_core(name), cores, scorer=fuzz.token_set_ratio, score_cutoff=92)
    return found[2] if found else "unknown:" + name
