"""Stage 3, facts: apply the pattern rules to every sentence of an article.

A rule's match gives the arguments it names; what it leaves open is read from
the context the way a reader would (the person's club, the club nearest in
the sentence, the club the article is about), then modality and date are
settled and the spec's conventions applied (a named predecessor has departed).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cache, lru_cache

import ahocorasick

from .context import (
    COACH_ROLES,
    Match,
    after_gegen,
    at_venue,
    club_after_person,
    club_before,
    club_name,
    coach_word_near,
    context_club,
    destination_told_before,
    focus_name,
    interviewee,
    known_club,
    last_person_before,
    match_start,
    only_club_before,
    part,
    person_club,
    person_role,
    role_club,
)
from .dates import Anchor, DateExpr, resolve
from .domain import Fact, Mention
from .lexicon import Competition, load_lexicon
from .mentions import ArticleMentions, Sentence
from .patterns import Rule, cue, load_cues, load_rules, slot_name

REQUIRED = {
    "coach_appointed": ("person", "club"), "coach_departed": ("person", "club"),
    "contract": ("person", "club", "until"),
    "match_result": ("team", "opponent", "team_goals", "opponent_goals"),
    "fixture": ("team", "opponent"), "record": ("club", "points", "games"), "promotion": ("club",),
    "relegation": ("club",), "interest": ("subject", "target"), "player_status": ("person", "status"),
    "transfer": ("person", "to_club"),
}
# The spec's arguments of each type; anything else a pattern captured is internal.
ARGS = {
    "coach_appointed": {"person", "club", "role", "predecessor"},
    "coach_departed": {"person", "club", "role", "reason"},
    "contract": {"person", "club", "until", "kind"},
    "match_result": {"team", "opponent", "team_goals", "opponent_goals", "competition", "venue"},
    "fixture": {"team", "opponent", "competition", "venue"},
    "record": {"club", "points", "games", "competition", "wins", "draws", "losses"},
    "promotion": {"club", "to", "from"}, "relegation": {"club", "to", "from"},
    "interest": {"subject", "target", "role"},
    "player_status": {"person", "status", "club"},
    "transfer": {"person", "to_club", "from_club", "fee", "kind"},
}
MAX_SENTENCE_CHARS = 1500
# What a sentence on another sport ("Im Futsal", "in der Basketball-Bundesliga") does not tell of football.
SPORT_BOUND = {"match_result", "fixture", "record", "promotion", "relegation"}
PERSON_CLUB_TYPES = ("player_status", "contract", "coach_appointed", "coach_departed")
CLUB_SLOTS = {"club", "team", "opponent", "to_club", "from_club"}


@cache
def _trigger_index() -> tuple[ahocorasick.Automaton, dict[str, list[Rule]], dict[int, int]]:
    """One automaton finds every trigger word of a sentence, those inside a longer one included
    ("wechsel" in "wechselt", "wieder fit" and "fit gemeldet"); rules are looked up by trigger."""
    by_trigger: dict[str, list[Rule]] = {}
    rules = load_rules()
    for rule in rules:
        for trigger in rule.triggers:
            by_trigger.setdefault(trigger, []).append(rule)
    automaton = ahocorasick.Automaton()
    for trigger in by_trigger:
        automaton.add_word(trigger, trigger)
    automaton.make_automaton()
    return automaton, by_trigger, {id(r): i for i, r in enumerate(rules)}


def candidate_rules(sentence: Sentence) -> tuple[Rule, ...]:
    """The rules whose trigger words occur in the sentence, in file order. A trigger that starts
    with a space (" stieg") must start a word, the sentence's first included."""
    found = frozenset(trigger for _, trigger in _trigger_index()[0].iter(" " + sentence.text.lower()))
    return _rules_for(found) if found else ()


@lru_cache(maxsize=4096)
def _rules_for(triggers: frozenset[str]) -> tuple[Rule, ...]:
    _, by_trigger, order = _trigger_index()
    rules = {id(r): r for t in triggers for r in by_trigger[t]}
    return tuple(sorted(rules.values(), key=lambda r: order[id(r)]))


def _match_span(sentence: Sentence, regex_match: re.Match) -> tuple[int, int]:
    """Where a match over the masked sentence starts and ends in the sentence's own text."""
    return sentence.offset(regex_match.start()) - sentence.start, sentence.offset(regex_match.end()) - sentence.start


def _clause_of(sentence: Sentence, regex_match: re.Match) -> str:
    """The clause a match was read from, up to the next person named after it:
    what a rule's `unless` looks at ("X fällt aus, Y fehlt gesperrt")."""
    start, end = _match_span(sentence, regex_match)
    start = max(sentence.text.rfind(sep, 0, start) for sep in (", ", ": ", "; ", "– ")) + 1  # clause start
    later = [m.start - sentence.start for m in sentence.mentions
             if m.kind == "person" and m.start - sentence.start >= end]
    return sentence.text[start:min(later, default=len(sentence.text))]


def extract_facts(am: ArticleMentions) -> list[Fact]:
    """Every fact the rules find in the article, with conventions applied."""
    anchor = Anchor.parse(am.article.date)
    facts: list[Fact] = []
    for index, sentence in enumerate(am.sentences):
        if len(sentence.text) > MAX_SENTENCE_CHARS or cue("teaser").match(sentence.text):
            continue  # not prose (a table, a page's debris, a link to another article): no fact is stated there
        consumed: dict[str, set[int]] = {}
        other_sport = None  # "Im Futsal gewann X 5:4": asked once, where a rule of a match type needs it
        for rule in candidate_rules(sentence):
            if rule.needs and not rule.needs.search(sentence.text):
                continue
            if rule.type in SPORT_BOUND:
                if other_sport is None:
                    other_sport = cue("other_sport").search(sentence.text) is not None
                if other_sport:
                    continue
            for regex_match in rule.regex.finditer(sentence.masked):
                if rule.unless and rule.unless.search(_clause_of(sentence, regex_match)):
                    continue
                indices = {int(v) for v in regex_match.groupdict().values() if v is not None}
                taken = consumed.setdefault(rule.type, set())
                if indices & taken and not _new_value(rule.type, regex_match, taken):
                    continue  # these mentions already gave a fact of this type
                built = _build(Match(rule, regex_match, sentence, index, am, anchor))
                if built:
                    taken |= indices
                    facts.extend(built)
                    _remember(am, built, index)
    _redate_match_report(facts, am, anchor)
    _deny_answered_rumours(facts, am)
    return _dedupe(_conventions(facts))


def _remember(am: ArticleMentions, built: list[Fact], index: int) -> None:
    """What later sentences read from facts told before: a coach is a coach there too, and a player's
    move gives his club ("X wechselt zum Y. Über die Ablöse ... Der 25-Jährige erhält einen Vertrag")."""
    am.memo.setdefault("coaches", set()).update(f.args["person"] for f in built if f.type.startswith("coach_"))
    if any(f.type.startswith("coach_") for f in built):
        am.memo.setdefault("coach_sentences", set()).add(index)
    am.memo.setdefault("destinations", {}).update(
        (f.args["person"], f.args["to_club"]) for f in built
        if f.type == "transfer" and f.modality != "denied" and f.args.get("to_club"))


# A fact of these types that names a value no fact of its type took yet is a fact of its own, though it
# shares its person: "X, der beim Y einen Vertrag bis 2024 besaß, erhält beim Z einen Kontrakt bis 2026".
DISTINCT_SLOT = {"contract": "until"}


def _new_value(ftype: str, regex_match: re.Match, taken: set[int]) -> bool:
    slot = DISTINCT_SLOT.get(ftype)
    if slot is None:
        return False
    values = [int(v) for k, v in regex_match.groupdict().items() if v is not None and slot_name(k) == slot]
    return bool(values) and not set(values) & taken


# --- arguments -----------------------------------------------------------

def _value(m: Mention, slot: str, anchor: Anchor, ftype: str):
    if m.kind == "club":
        return club_name(m.value) if m.value else None
    if m.kind == "date":
        future = slot == "until" or ftype == "fixture"
        return resolve(m.value, anchor, "future" if future else "past")
    return m.value


def _arguments(match: Match) -> tuple[dict, dict[str, int]] | None:
    args: dict = {}
    where: dict[str, int] = {}
    for group, index in match.regex_match.groupdict().items():
        if index is None:
            continue
        mention = match.sentence.mentions[int(index)]
        slot = slot_name(group)
        # A club's part in the main clause does not matter where a relative clause is about it:
        # "... gegen den SV Sandhausen, der als Absteiger feststand".
        antecedent = match.rule.options.get("club_is_antecedent")
        if slot in ("club", "team") and mention.kind == "club" and not antecedent \
                and after_gegen(match.sentence, mention):
            return None  # a club after "gegen" is an opponent, never the subject
        if slot == "team" and mention.kind == "club" and not antecedent and at_venue(match.sentence, mention):
            return None  # "Beim X unterlagen die Y": the club a match is played at is the opponent
        if slot == "subject" and mention.kind == "club" and part(match.sentence, mention) != "subject" \
                and not match.rule.options.get("subject_after_preposition"):  # "ein Kandidat beim X"
            return None
        if slot == "until" and isinstance(mention.value, DateExpr) and mention.value.weekday is not None:
            return None  # "bleibt bis Sonntag im Trainingslager": a contract ends in a month or a year, not a weekday
        if mention.kind == "label" and slot in ("club", "team"):
            value = club_before(match, back=1)  # "Der Drittligist setzte sich ... durch": the club before
        else:
            value = _value(mention, slot, match.anchor, match.rule.type)
        if value is None:
            return None
        args[slot] = value
        where[slot] = int(index)
    for key, value in match.rule.args.items():
        args.setdefault(key, value)
    return args, where


def _fill_person(match: Match, args: dict) -> None:
    opts = match.rule.options
    slot = "target" if match.rule.type == "interest" else "person"
    if slot in args:
        return
    if opts.get("person_from_previous"):
        args[slot] = last_person_before(match)
    elif opts.get("person_addressed"):
        args[slot] = interviewee(match.am)
    elif opts.get("person_is_sentence_subject"):
        people = [m.value for m in match.sentence.mentions if m.kind == "person" and m.value]
        args[slot] = people[0] if people else None


def _fill_clubs(match: Match, args: dict, where: dict[str, int]) -> None:
    rule, opts = match.rule, match.rule.options
    if opts.get("side_from_previous") and "team" not in args:
        sides = _sides_told_before(match, args)
        if sides:
            args["team"], args["opponent"] = sides
        return
    taken = {v for k, v in args.items() if k in CLUB_SLOTS}
    person = args.get("person") or args.get("target")
    anchor_slot = opts.get("club_near")
    position = None
    if anchor_slot and anchor_slot in where:
        position = match.sentence.mentions[where[anchor_slot]].start
    person_parts = ("subject", "location")
    if rule.type in ("record", "promotion", "relegation") and "club" not in args:
        args["club"] = context_club(match, taken, position)
    elif rule.type in PERSON_CLUB_TYPES and "club" not in args and opts.get("club_from_before"):
        args["club"] = club_before(match)  # "Nachfolger wird X, der zuletzt Y trainierte": not Y
    elif rule.type in PERSON_CLUB_TYPES and "club" not in args:
        if cue("abroad").search(_clause_of(match.sentence, match.regex_match)):
            return  # "Der 31-Jährige unterschrieb in England einen Vertrag": not with the club the article knows
        known = known_club(match.am, person) if person else None
        post = role_club(match.sentence) if rule.type != "player_status" else None
        after = club_after_person(match.am, person) if person and rule.type in ("contract", "player_status") else None
        moved = (destination_told_before(match, person) or match.am.memo.get("destinations", {}).get(person)) \
            if person and rule.type == "contract" else None
        coachs = _coachs_club(match, person) if person and rule.type == "player_status" else None
        args["club"] = known or post or after or moved or coachs \
            or context_club(match, taken, position, person_parts, follow_previous=True)
        if rule.type == "player_status" and not (known or after) and _side_unnamed(match, args["club"]):
            del args["club"]  # "Bitter für die Gäste: Torhüter X ...": a side of the match, maybe not the article's
    if rule.type in ("match_result", "fixture") and "team" not in args:
        players = [m.value for m in match.sentence.mentions if m.kind == "person" and m.value]
        own = next((c for c in (known_club(match.am, p) or club_after_person(match.am, p) for p in players)
                    if c and c not in taken), None)
        team = own or context_club(match, taken, position)  # "X traf beim 3:1 gegen Y": X's club
        if own or team != focus_name(match.am) or not _coach_of_unknown_club(match, players, taken):
            args["team"] = team
    if opts.get("to_club_from_context") and "to_club" not in args:
        # where he plays now, as the article tells it ("Stürmer X vom Y ... X war vom Z gekommen"), else a
        # subject club of the sentence, not a place
        now = (known_club(match.am, person) or club_after_person(match.am, person)
               or destination_told_before(match, person) or _signing_place(match)) if person else None
        args["to_club"] = now if now and now != args.get("from_club") else \
            context_club(match, taken | {args.get("from_club")})
    if opts.get("from_club_from_context") and "from_club" not in args:
        known = known_club(match.am, person) if person else None
        args["from_club"] = known or context_club(match, taken | {args.get("to_club")}, None, person_parts, True)
    if opts.get("subject_from_context") and "subject" not in args:
        # in a round-up without an article's club: the club the sentence before was about ("Der HSV trennte
        # sich von X. Als Kandidat für die Nachfolge gilt Y.")
        args["subject"] = _speaking_officials_club(match) or _subject_club_before(match) or focus_name(match.am) \
            or club_before(match, back=2) or only_club_before(match)
    if opts.get("opponent_from_previous") and "opponent" not in args and args.get("team"):
        args["opponent"] = _opponent_before(match, args["team"])


def _succeeds_no_coach(match: Match, args: dict) -> bool:
    """The predecessor, or the one who follows him, holds a post the article names that is no coach's."""
    roles = [person_role(match.am, args[slot]) for slot in ("predecessor", "person") if args.get(slot)]
    return bool(args.get("predecessor")) and any(r is not None and r not in COACH_ROLES | {"former", "youth_coach"}
                                                 for r in roles)


def _signing_place(match: Match) -> str | None:
    """ "X kommt vom Y und unterschreibt beim Z bis 2027": the club he signs with in the same sentence."""
    sentence = match.sentence
    for m in sentence.mentions:
        at = m.start - sentence.start
        if m.kind == "club" and m.value and cue("signing_place_before").search(sentence.text, max(0, at - 50), at):
            return club_name(m.value)
    return None


def _coach_of_unknown_club(match: Match, people: list[str], taken: set[str]) -> bool:
    """ "Für Fürth war es die dritte Niederlage. Trainer X steht vor dem Spiel gegen Y unter Druck": the coach's
    side plays, and where the sentences up to his speak of another club than the article's, which one he
    coaches is not known."""
    if len(match.am.club_counts) < 2 or not any(person_role(match.am, p) in COACH_ROLES for p in people):
        return False
    focus = focus_name(match.am)
    for sentence in reversed(match.am.sentences[max(0, match.index - 2):match.index + 1]):
        named = {club_name(m.value) for m in sentence.mentions if m.kind == "club" and m.value}
        if named - taken:
            return focus not in named
    return False


def _coachs_club(match: Match, player: str) -> str | None:
    """ "Verzichten muss Titz auf X": the club of the coach the sentence names beside the player."""
    coaches = {m.value for m in match.sentence.mentions if m.kind == "person" and m.value and m.value != player
               and person_role(match.am, m.value) in COACH_ROLES}
    clubs = {club for coach in coaches if (club := known_club(match.am, coach))}
    return clubs.pop() if len(clubs) == 1 else None


def _as_interim(match: Match, args: dict, role: str | None) -> None:
    """The article calls him the interim coach (or the youth coach, who stands in), or the clause says
    he took over as caretaker ("interimsweise"): he took over as one."""
    # a rule that reads the post he takes ("befördert Interimscoach X zum Cheftrainer") is not overruled by
    # the role he had
    had_role = role in ("interim", "youth_coach") and not match.rule.options.get("role_from_mention")
    if match.rule.type == "coach_appointed" and args.get("role") == "head_coach" \
            and (had_role or _cue_in_clause(match, cue("caretaker_word"))):
        args["role"] = "interim"


def _transfer_terms(match: Match, args: dict) -> None:
    """A transfer's fee as its clause words it ("für rund drei Millionen Euro") and its kind: a loan, a move
    on a free, or for good where a fee is paid. A kind the rule gave stays."""
    clause = _clause_of(match.sentence, match.regex_match)
    if "fee" not in args and (fee := cue("transfer_fee").search(clause)):
        args["fee"] = fee["fee"]
    if "kind" not in args:
        if cue("transfer_on_loan").search(clause):
            args["kind"] = "loan"
        elif cue("transfer_on_a_free").search(clause):
            args["kind"] = "free"
        elif "fee" in args:
            args["kind"] = "permanent"


def _sides_told_before(match: Match, args: dict) -> tuple[str, str] | None:
    """ "X empfing am Samstag Y. Die Gastgeber gewannen 2:0": the side the sentence names by its part
    (host or guest) and its opponent, from the sentence before, which named both without a score."""
    prev = _scoreless_sentence_before(match)
    clubs = list(dict.fromkeys(club_name(m.value) for m in prev.mentions if m.kind == "club" and m.value)) \
        if prev else []
    if len(clubs) != 2:
        return None
    if cue("hosting_verb").search(prev.text):
        home, away = clubs
    elif cue("visiting_verb").search(prev.text):
        away, home = clubs
    elif cue("meeting_verb").search(prev.text) and args.get("team_goals") == args.get("opponent_goals"):
        home, away = clubs  # "X traf auf Y. Am Ende stand ein 1:1": a draw needs no sides
    else:
        return None
    guests = cue("guests_word").search(match.sentence.text)
    return (away, home) if guests else (home, away)


def _scoreless_sentence_before(match: Match) -> Sentence | None:
    """The sentence before, where it names no score: with one of its own it told another result."""
    prev = match.am.sentences[match.index - 1] if match.index > 0 else None
    return None if prev is None or any(m.kind == "score" for m in prev.mentions) else prev


def _opponent_before(match: Match, team: str) -> str | None:
    """The opponent a lead named for the same club without a score: "X hat das Derby gegen Y gewonnen.
    Die X setzten sich am Samstag mit 2:1 durch." The sentence before must name `team` and its opponent,
    one as the subject and the other after "gegen" ("Y hat das Derby gegen X verloren. ... setzten sich
    die X mit 2:0 durch."); with a score of its own it told another result."""
    prev = _scoreless_sentence_before(match)
    if prev is None:
        return None
    clubs = [m for m in prev.mentions if m.kind == "club" and m.value]
    subjects = [m for m in clubs if part(prev, m) == "subject"]
    opponents = [m for m in clubs if after_gegen(prev, m) or at_venue(prev, m)]
    if not subjects or len(opponents) != 1:
        return None
    pair = [club_name(subjects[0].value), club_name(opponents[0].value)]
    return pair[1 - pair.index(team)] if team in pair and pair[0] != pair[1] else None


def _complete(match: Match, args: dict, where: dict[str, int]) -> dict | None:
    rule, opts = match.rule, match.rule.options
    if "score" in args:
        a, b = args.pop("score")
        if (opts.get("team_lost") and a > b) or (opts.get("team_won") and a < b):
            a, b = b, a
        args["team_goals"], args["opponent_goals"] = a, b
    if opts.get("role_from_mention"):
        role = args.get("role")
        if role not in COACH_ROLES:
            return None
    elif "role" in args and args["role"] not in COACH_ROLES | {"player"} and rule.type.startswith("coach"):
        args["role"] = rule.args.get("role", "head_coach")
    if rule.type in ("promotion", "relegation") and rule.modality is None and _averted(match):
        return None  # "Die Rückkehr in die 2. Bundesliga ist geplatzt", "hat den Abstieg abgewendet"
    _fill_person(match, args)
    if rule.type == "coach_appointed" and _succeeds_no_coach(match, args):
        return None  # "X als Nachfolger von Sportdirektor Y": a post, not the coach's
    if opts.get("coach_required") and args.get("person"):
        role = person_role(match.am, args["person"])
        if role is None and (coach_word_near(match) or args["person"] in match.am.memo.get("coaches", ())):
            role = "head_coach"
        if role == "youth_coach" and rule.type == "coach_appointed":
            role = "interim"  # the U19 coach who takes over the first team stands in
        if role not in COACH_ROLES and rule.args.get("role") == "interim" \
                and match.index - 1 in match.am.memo.get("coach_sentences", ()):
            role = "interim"  # "X wurde entlassen. Interimistisch übernimmt Sportdirektor Y": Y stands in
        if role not in COACH_ROLES:
            return None
        _as_interim(match, args, role)
        args.setdefault("role", role)
    elif args.get("person"):
        _as_interim(match, args, person_role(match.am, args["person"]))
    if rule.type == "coach_appointed" and args.get("role") != "interim" and args.get("person") \
            and not coach_word_near(match) and person_role(match.am, args["person"]) == "official":
        return None  # "Investor X übernimmt den Klub": an official's takeover is no coach's
    if rule.type == "player_status" and args.get("person") \
            and person_role(match.am, args["person"]) in COACH_ROLES | {"official"}:
        return None  # a status is a player's: "Co-Trainer X laboriert an einer Erkältung" is none
    _fill_clubs(match, args, where)
    if rule.type == "coach_departed" and args.get("reason") == "sacked" \
            and _cue_in_clause(match, cue("by_mutual_consent")):
        args["reason"] = "mutual"  # "hat sich einvernehmlich von Trainer X getrennt"
    if rule.type == "transfer":
        _transfer_terms(match, args)
        person = args.get("person")
        if opts.get("direction_from_known_club") and person:
            known = known_club(match.am, person) or club_after_person(match.am, person)
            if known == args.get("to_club"):
                args["to_club"], args["from_club"] = args.get("from_club"), args["to_club"]  # he plays for the subject
            elif known is None and not cue("sale_word").search(match.regex_match.group()):
                return None  # "hat sich mit Y auf einen Wechsel von X geeinigt": who sells is not told
    if rule.type == "interest" and _official_subject(match, args, where):
        # "Sportvorstand X wies Berichte über ein Interesse an Y zurück": an official speaks for his club
        club = known_club(match.am, args["subject"]) or focus_name(match.am)
        target = args.get("target")
        if club is None or target and club in (club_after_person(match.am, target), known_club(match.am, target)):
            return None  # no club to speak for, or only the player's own
        args["subject"] = club
    if rule.type == "interest" and "role" not in args and args.get("target"):
        args["role"] = person_role(match.am, args["target"])
    if rule.type == "interest" and args.get("role"):
        # what the target is wanted for: a coach of any kind (an "Ex-Trainer" too) as head coach
        args["role"] = "head_coach" if args["role"] in COACH_ROLES | {"former"} else args["role"]
    if rule.type == "record" and args.get("wins") == 0 and "losses" not in args and "draws" in args \
            and "games" in args:  # "seit fünf Spielen sieglos, drei Remis": the other games were lost
        if args["draws"] > args["games"]:
            return None
        args["losses"] = args["games"] - args["draws"]
    if rule.type == "record" and all(k in args for k in ("wins", "draws", "losses")):
        # "fünf Siege, drei Unentschieden und zwei Niederlagen": points and games plainly countable (the spec)
        args.setdefault("points", 3 * args["wins"] + args["draws"])
        args.setdefault("games", args["wins"] + args["draws"] + args["losses"])
    if rule.type in ("promotion", "relegation") and not _a_league_move(rule.type, args):
        return None
    comp = next((m.value for m in match.sentence.mentions if m.kind == "competition"
                 and cue("in_competition").search(before := match.sentence.text[:m.start - match.sentence.start])
                 and not cue("league_stay").search(before)), None)
    if rule.type in ("match_result", "fixture", "record") and comp and "competition" not in args:
        args["competition"] = comp
    return {k: v for k, v in args.items() if v is not None}


def _a_league_move(ftype: str, args: dict) -> bool:
    """A move between leagues goes to a league ("der Sprung in die Champions League" is a cup's), and up
    for a promotion, down for a relegation, where both tiers are known."""
    comps = _competitions_by_name()
    to, came_from = comps.get(args.get("to") or ""), comps.get(args.get("from") or "")
    if to and to.kind != "league" or came_from and came_from.kind != "league":
        return False
    if to and came_from and to.tier and came_from.tier:
        return to.tier < came_from.tier if ftype == "promotion" else to.tier > came_from.tier
    return True


@cache
def _competitions_by_name() -> dict[str, Competition]:
    return {c.name: c for c in load_lexicon().competitions.values()}


def _side_unnamed(match: Match, club: str | None) -> bool:
    """The sentence speaks of a side of the match ("die Gäste", "die Hausherren") without naming a club, and
    the club found for it is only the article's."""
    return club == focus_name(match.am) and cue("host_or_guest").search(match.sentence.text) is not None \
        and not any(m.kind == "club" for m in match.sentence.mentions)


def _speaking_officials_club(match: Match) -> str | None:
    """ "Werder-Sportchef X bestätigte Gespräche mit Y": the club of an official named before the match."""
    start = match_start(match)
    for m in match.sentence.mentions:
        if m.kind == "person" and m.value and m.end <= start and person_role(match.am, m.value) == "official":
            return known_club(match.am, m.value)
    return None


def _subject_club_before(match: Match) -> str | None:
    """ "Der FC Augsburg hat Gespräche mit X bestätigt": the club the sentence is about, named before the match."""
    start = match_start(match)
    clubs = [m for m in match.sentence.mentions if m.kind == "club" and m.value and m.end <= start]
    return club_name(clubs[0].value) if len(clubs) == 1 and part(match.sentence, clubs[0]) == "subject" else None


def _official_subject(match: Match, args: dict, where: dict[str, int]) -> bool:
    if "subject" not in where or match.sentence.mentions[where["subject"]].kind != "person":
        return False
    return person_role(match.am, args["subject"]) == "official"


# --- modality and date ---------------------------------------------------

def modality_of(sentence: str, window: tuple[int, int] | None = None) -> str | None:
    """Modality from the cues of a sentence; None for a hypothetical.

    `window` is the stretch of the sentence the fact was read from: local cues
    ("soll") count only there.
    """
    if window:
        sentence = _without_afterthought(sentence, window[1])
    hypothetical, denied, reported, expected = _sentence_cues(sentence)
    if hypothetical:
        return None
    if denied:
        return "denied"
    start, end = (max(0, window[0] - 40), window[1]) if window else (0, len(sentence))
    if reported or load_cues()["reported_local"].search(sentence, start, end):
        return "reported"
    if expected or _intention_near(sentence, start, end):
        return "expected"
    return "asserted"


def _intention_near(sentence: str, start: int, end: int) -> bool:
    """An intention ("will", "plant") in the stretch, but not in a clause set off by commas ("X, der aufsteigen
    will, hat verlängert"): that clause's subject wants something, the fact is told as done."""
    intentions = [m.start() for m in load_cues()["expected_local"].finditer(sentence, start, end)]
    if not intentions:
        return False
    clauses = [c.span() for c in cue("inserted_clause").finditer(sentence)]
    return any(not any(a <= at < b for a, b in clauses) for at in intentions)


def _without_afterthought(sentence: str, after: int) -> str:
    clause = cue("afterthought").search(sentence, after)
    return sentence[:clause.start()] + sentence[clause.end():] if clause else sentence


@lru_cache(maxsize=256)
def _sentence_cues(sentence: str) -> tuple[bool, bool, bool, bool]:
    """Which kinds of cue the sentence holds; a sentence often yields several facts."""
    cues = load_cues()
    return tuple(cues[kind].search(sentence) is not None  # type: ignore[return-value]
                 for kind in ("hypothetical", "denied", "reported", "expected"))


def _modality(match: Match) -> str | None:
    rule, sentence = match.rule, match.sentence
    indices = [int(v) for v in match.regex_match.groupdict().values() if v is not None]
    spans = [sentence.mentions[i] for i in indices]
    window = (min(m.start for m in spans) - sentence.start, max(m.end for m in spans) - sentence.start) \
        if spans else None
    found = modality_of(sentence.text, window)
    if found == "denied" and rule.type in CLAUSE_DENIED:
        start, end = _clause_span(match)
        # "Der Klub dementierte, dass X einen Vertrag bis 2028 habe": the denial governs the dass-clause
        if not load_cues()["denied"].search(sentence.text, start, end) \
                and not cue("reported_clause").match(sentence.text, start):
            found = modality_of(sentence.text[start:end])
    if found is None:
        return None
    if NEGATED.get(rule.type) == "denied" and found != "denied" and rule.modality != "denied" \
            and not rule.options.get("negation_in_pattern") and _negated(match):
        return "denied"  # "Der HSV wird Trainer X nicht entlassen", "X wechselt nicht zum Y"
    if rule.type == "interest":  # interest is talk by nature: reported unless denied
        return "denied" if found == "denied" else rule.modality or "reported"
    if found == "expected" and rule.type in OVER:
        found = "asserted"  # "Mit dem 2:1 gegen X ist der Klassenerhalt so gut wie sicher": the stay is expected
    if rule.modality == "expected" and found == "reported" and rule.type in MOVES:
        return found  # "Laut Kicker steht X vor einem Wechsel zum Y": a medium's word, not an announcement
    return rule.modality or found


# What a negation in a fact's clause does: a move negated is denied ("wechselt nicht zum X"); a league
# move or a status negated did not happen ("stieg nicht auf", "hat sich nicht verletzt"); a result or a
# record with "nicht" is mostly judged ("sieben Punkte ... sind nicht überragend"), so neither.
NEGATED = {"coach_appointed": "denied", "coach_departed": "denied", "contract": "denied", "transfer": "denied",
           "interest": "denied", "promotion": "dropped", "relegation": "dropped", "player_status": "dropped"}
# What a result or a record tells is over; an expectation beside it is about something else.
OVER = {"match_result", "record"}
# A league move told as a goal or a wish did not happen (the cues: modality.yaml, "aim").
AIMED = {"promotion", "relegation"}
CLAUSE_END = re.compile(r"[,;:.!?]")


# A running contract is a state; a denial beside it is another clause's ("Ein Wechsel ist ausgeschlossen,
# sein Vertrag läuft noch bis 2028"): for these types a denial counts only in the fact's own clause.
CLAUSE_DENIED = {"contract"}
CLAUSE_START = re.compile(r"[,;:.!?][^,;:.!?]*$")


def _clause_span(match: Match) -> tuple[int, int]:
    """The sentence offsets of the clause the match was read from, from the separator before it to the one after."""
    sentence = match.sentence
    start, end = _match_span(sentence, match.regex_match)
    before = CLAUSE_START.search(sentence.text, 0, start)
    after = CLAUSE_END.search(sentence.text, end)
    return (before.start() + 1 if before else 0), (after.start() if after else len(sentence.text))


def _negated(match: Match) -> bool:
    """A negation in the clause the rule matched, up to the clause's end ("entlässt X nicht.")."""
    return _cue_in_clause(match, cue("status_negation") if match.rule.type == "player_status" else cue("negation"))


def _averted(match: Match) -> bool:
    """The clause goes on after the move to say it fell through or was averted ("... ist geplatzt"); a word
    before it is of another move ("verpasste nach dem Abstieg den Wiederaufstieg")."""
    _, end = _match_span(match.sentence, match.regex_match)
    text = match.sentence.text
    said = cue("league_move_averted").search(text, end, _clause_span(match)[1])
    return said is not None and not cue("league_move_noun").search(text, end, said.start())


def _cue_in_clause(match: Match, pattern: re.Pattern) -> bool:
    """A cue from the match's start to the end of its clause."""
    start, _ = _match_span(match.sentence, match.regex_match)
    return pattern.search(match.sentence.text, start, _clause_span(match)[1]) is not None


def _dates_in(sentence: Sentence, used: set[int], limit: int | None = None) -> list[DateExpr]:
    """The sentence's date expressions that can date an event: not a bare kick-off time, not an end
    ("bis 2026", which is a contract's, not the event's), none from `limit` (a sentence offset) on;
    a date in a reporting clause only where no other date is given."""
    return [m.value for m in _date_mentions(sentence, used, limit)]


def _date_mentions(sentence: Sentence, used: set[int], limit: int | None = None) -> list[Mention]:
    stop = sentence.start + (limit if limit is not None else len(sentence.text))
    dates = [m for m in _unused_dates(sentence, used)
             if m.start < stop and not _bare_time(m.value) and not _reference_point(sentence, m)]
    reports = [r.span() for r in cue("report_clause").finditer(sentence.text)]
    told = [m for m in dates if not any(a <= m.start - sentence.start < b for a, b in reports)]
    return told or dates


def _unused_dates(sentence: Sentence, used: set[int]) -> list[Mention]:
    """The sentence's resolved date mentions that no argument of the fact took (`used`: mention indices)."""
    return [m for i, m in enumerate(sentence.mentions)
            if m.kind == "date" and i not in used and isinstance(m.value, DateExpr)]


def _words_before(sentence: Sentence, m: Mention) -> str:
    """The few words before a date mention, where "bis", "seit" or "nach" tell what the date is."""
    return sentence.text[max(0, m.start - sentence.start - 12):m.start - sentence.start]


def _reference_point(sentence: Sentence, m: Mention) -> bool:
    before = _words_before(sentence, m)
    bare_year = m.value.year is not None and m.value.month is None and m.value.day is None and m.value.weekday is None
    return bool(cue("until_before").search(before) or bare_year and cue("after_year").search(before)
                or before.endswith("seit ") and cue("tenure_attribute").match(sentence.text, m.end - sentence.start))


def _deny_answered_rumours(facts: list[Fact], am: ArticleMentions) -> None:
    """A rumour the next sentence denies ("Da ist nichts dran.") is denied."""
    starts = [s.start for s in am.sentences]
    cue = load_cues()["denies_previous"]
    for f in facts:
        index = bisect_right(starts, f.start) - 1
        if f.modality == "reported" and 0 <= index < len(starts) - 1 and cue.search(am.sentences[index + 1].text):
            f.modality = "denied"


# Moves between clubs or leagues: one dated after the article is to come.
MOVES = {"coach_appointed", "coach_departed", "transfer", "contract", "promotion", "relegation"}
MATCH_BOUND = {"player_status", "record", "contract", "promotion", "relegation"}


REPORT_LEAD = 10  # sentences in which a report whose title tells of a match gives its result


def _redate_match_report(facts: list[Fact], am: ArticleMentions, anchor: Anchor) -> None:
    """A match report is about its match day: facts of it dated only by the article
    (status, record, ...) take the day of the result its lead reports."""
    lead_end = am.sentences[1].end if len(am.sentences) > 1 else 0
    titled = cue("match_report_title").search(am.article.title or "") is not None
    if titled and len(am.sentences) > 2:
        # a title that tells of a match: the report's first result is its match, though a page's debris
        # (a cookie banner, a breadcrumb line) came before the lead
        lead_end = am.sentences[min(len(am.sentences), REPORT_LEAD) - 1].end
    results = [f for f in facts if f.type == "match_result" and f.start <= lead_end and f.date
               and len(f.date) >= 10 and not f.undated]
    article_day = anchor.as_date()
    if not results or article_day is None:
        return
    day = results[0].date[:10]
    sides = {results[0].args.get("team"), results[0].args.get("opponent")}
    if titled and any({f.args.get("team"), f.args.get("opponent")} != sides for f in results):
        return  # results of several matches: a round-up, whose statuses are of the day it appeared
    if not 0 <= (article_day - dt.date.fromisoformat(day)).days <= 3:
        return
    if any(f.type.startswith("coach_") and f.start <= lead_end for f in facts):
        return  # the lead is about a coach change, not a match report
    first = min(facts, key=lambda f: f.start)
    if not titled and first.type != "match_result" and first.start < results[0].start:
        return  # the lead tells of something else first ("X wurde für zwei Spiele gesperrt"): no match report
    for f in facts:
        if f.undated and f.date == anchor.iso() and f.type in MATCH_BOUND \
                and (not titled or f.args.get("club") in sides | {None}):  # a round-up's other clubs keep theirs
            f.date = day


def _date(match: Match, used: set[int], modality: str) -> str | None:
    rule, anchor = match.rule, match.anchor
    fallback = anchor.iso()
    if rule.date == "none":
        return None
    if rule.date == "article":
        return fallback
    if rule.date == "season":
        return _season_of_move(anchor)
    if rule.date == "ended":
        return _end_told(match, used)
    direction = "future" if rule.date == "future" or modality == "expected" else "past"
    if rule.type == "player_status" and cue("absence_ahead").search(_clause_of(match.sentence, match.regex_match)):
        direction = "future"  # "fehlt am Samstag": the coming match day
    if direction == "past" and (rule.type == "match_result"
                                or cue("told_as_past").search(_clause_of(match.sentence, match.regex_match))):
        direction = "elapsed"
    used = used | _dates_in_inserted_clauses(match)
    found = _own_dates_first(match, _date_mentions(match.sentence, used, _relative_clause_after(match)))
    if rule.date == "day":
        found = [d for d in found if d.weekday is not None or d.day is not None]
    if not found and rule.type == "match_result" and direction == "elapsed" and match.index > 0 \
            and not cue("own_time").search(match.sentence.text):
        found = _day_told_before(match.am.sentences[match.index - 1])
    if not found and rule.type == "fixture":
        found = _day_told_after(match)
    if not found and rule.date == "recent":
        for sentence in reversed(match.am.sentences[max(0, match.index - 6):match.index]):
            found = _dates_in(sentence, set())
            if found:
                found = found[-1:]
                break
    if found:
        return _with_kickoff(_finest(found, anchor, direction), match, used)
    if direction != "future" and cue("long_ago").search(cue("inserted_clause").sub(",", match.sentence.text)):
        # "hatte die Mannschaft damals übernommen": long before the article, when is not said (not "X, der einst
        # für Y spielte, wechselt": the inserted clause's time is not the fact's)
        return None
    if rule.type == "match_result" and cue("earlier_leg").search(_clause_of(match.sentence, match.regex_match)):
        return fallback[:7]  # "Das Hinspiel hatte X verloren": before the article, in its month at most said
    return None if rule.date in ("stated", "future") else fallback


def _with_kickoff(iso: str | None, match: Match, used: set[int]) -> str | None:
    """A match day with the kick-off time the sentence gives apart from it ("Am Samstag empfängt X um
    13.30 Uhr den Y"); a sentence with several times leaves the day as it is."""
    if iso is None or len(iso) != 10 or match.rule.type not in ("fixture", "match_result"):
        return iso
    times = {m.value.time for m in _unused_dates(match.sentence, used) if _bare_time(m.value)}
    return f"{iso}T{times.pop()}" if len(times) == 1 else iso


def _bare_time(d: DateExpr) -> bool:
    """A time of day with no day of its own ("um 13.30 Uhr")."""
    return bool(d.time) and d.weekday is None and d.day is None and d.month is None and d.relative_days is None


def _end_told(match: Match, used: set[int]) -> str | None:
    """The first date of the sentence that ends something ("bis März 2024"), read backwards."""
    sentence = match.sentence
    ends = [m for m in _unused_dates(sentence, used) if cue("until_before").search(_words_before(sentence, m))]
    return _finest([ends[0].value], match.anchor, "past") if ends else None


def _dates_in_inserted_clauses(match: Match) -> set[int]:
    """The dates of a relative clause the fact is not told in: one the match skipped ("X, der den Klub 2023
    aufsteigen ließ, ist bis 2028 gebunden") or one apart from it ("Der Klub, der 2023 zurückgekehrt war,
    sicherte sich durch ein 1:0 ..."); not one the match reaches into ("X, der am Freitag gewechselt war")."""
    masked, (start, end) = match.regex_match.string, match.regex_match.span()
    return {int(i) for clause in cue("inserted_relative_clause").finditer(masked)
            if _skipped_or_apart(clause.span(), (start, end)) for i in re.findall(r"⟨D(\d+)⟩", clause.group())}


def _skipped_or_apart(clause: tuple[int, int], match: tuple[int, int]) -> bool:
    """The clause lies wholly inside the match or wholly outside it: the match does not end or begin in it."""
    inside = match[0] <= clause[0] and clause[1] <= match[1]
    apart = clause[1] <= match[0] or match[1] <= clause[0]
    return inside or apart


def _season_of_move(anchor: Anchor) -> str | None:
    """The year clubs last went up or down, as of the article: from May on the current season's moves
    are settled or about to be, before May the article looks back on last summer's."""
    if anchor.year is None:
        return None
    return str(anchor.year if anchor.month is None or anchor.month >= 5 else anchor.year - 1)


def _own_dates_first(match: Match, mentions: list[Mention]) -> list[DateExpr]:
    """The sentence's dates, those inside the match first: "Am Sonntag muss X beim Y antreten, Z empfängt
    bereits am Freitag den W" dates the second game to the Friday."""
    start, end = _match_span(match.sentence, match.regex_match)
    offset = match.sentence.start
    inside = [m for m in mentions if start <= m.start - offset < end]
    # "X hatte den Klub im Sommer 2023 übernommen und in der vergangenen Saison in die 2. Liga geführt": the
    # fact is the last clause's, and so is its date
    joint = match.sentence.text.rfind(" und ", start, end)
    if joint >= 0 and any(m.start - offset > joint for m in inside):
        inside.sort(key=lambda m: m.start - offset < joint)
    return [m.value for m in inside + [m for m in mentions if m not in inside]]


def _finest(found: list[DateExpr], anchor: Anchor, direction: str) -> str | None:
    """The first date of the sentence, or a later one that tells the same time more precisely
    ("Vor 25 Jahren, im Juni 1999, ...": 1999-06)."""
    first = resolve(found[0], anchor, direction)
    finer = [iso for d in found[1:] if (iso := resolve(d, anchor, direction))
             and first and iso.startswith(first) and len(iso) > len(first)]
    return finer[0] if finer else first


def _day_told_before(prev: Sentence) -> list[DateExpr]:
    """The day a result's sentence leaves to the one before: "Ein Drama erlebte am Dienstagabend der X. Die
    Schanzer verloren ... mit 2:3." A sentence before with a score of its own told another match, and a
    kick-off time there is a coming one's."""
    if any(m.kind == "score" for m in prev.mentions):
        return []
    days = [d for d in _dates_in(prev, set()) if d.weekday is not None or d.day is not None]
    return [] if not days or days[-1].time else days[-1:]


def _day_told_after(match: Match) -> list[DateExpr]:
    """The day a fixture's sentence leaves to the next: "X trifft im Achtelfinale auf Y. Gespielt wird am
    4. Februar." """
    sentences = match.am.sentences
    if match.index + 1 >= len(sentences) or not cue("kickoff_told_next").match(sentences[match.index + 1].text):
        return []
    return [d for d in _dates_in(sentences[match.index + 1], set()) if d.weekday is not None or d.day is not None]


def _relative_clause_after(match: Match) -> int | None:
    """Where a relative clause starts after the match ("X folgt auf Y, der im Mai ging"): its dates are
    the clause's, not the fact's."""
    sentence = match.sentence
    _, end = _match_span(sentence, match.regex_match)
    if match.rule.options.get("club_is_antecedent"):
        return end  # the fact is told in a relative clause that ends with the match
    clause = cue("relative_clause").search(sentence.text, end)
    limit = clause.start() if clause else None
    if match.rule.type != "player_status":
        return limit
    if clause and cue("injury_clause").match(sentence.text, clause.start()):
        limit = None  # "muss auf X verzichten, der sich am Montag einen Bänderriss zuzog": the clause tells the injury
    # "X fällt mit einer Zerrung aus, Torwart Y sah am Sonntag Gelb-Rot und fehlt": the next player's clause and
    # its dates are his
    for m in sentence.mentions:
        comma = sentence.text.find(", ", end, m.start - sentence.start)
        if m.kind == "person" and m.start - sentence.start >= end and comma != -1:
            return comma if limit is None else min(limit, comma)
    return limit


def _before_article(date: str | None, anchor: Anchor) -> bool:
    return _compare_to_article(date, anchor) < 0


def _after_article(date: str | None, anchor: Anchor) -> bool:
    return _compare_to_article(date, anchor) > 0


def _compare_to_article(date: str | None, anchor: Anchor) -> int:
    """-1, 0 or 1 as the date lies before, at or after the article's, at the precision both give (0 unknown)."""
    article = anchor.iso()
    if not date or not article:
        return 0
    n = min(len(date), len(article))
    return (date[:n] > article[:n]) - (date[:n] < article[:n])


def _build(match: Match) -> list[Fact]:
    parsed = _arguments(match)
    if parsed is None:
        return []
    args, where = parsed
    completed = _complete(match, args, where)
    if completed is None:
        return []
    rule = match.rule
    modality = _modality(match)
    if modality is None or NEGATED.get(rule.type) == "dropped" and _negated(match):
        return []
    if rule.type in AIMED and _cue_in_clause(match, load_cues()["aim"]):  # "peilt den Aufstieg an": a goal
        return []
    if rule.type == "match_result" and _cue_in_clause(match, cue("never")):  # "hat noch nie 2:0 gewonnen"
        return []
    stated = completed.pop("date", None)
    if stated:  # "Sonntag, 27. Oktober: A – B (13.30 Uhr)": the day a rule read, with the kick-off apart from it
        stated = _with_kickoff(stated, match, set(where.values()))
    date = stated or _date(match, set(where.values()), modality)
    undated = stated is None and date == match.anchor.iso() and not _dates_in(match.sentence, set(where.values()))
    if rule.options.get("future_only") and _before_article(date, match.anchor):
        return []
    if modality == "asserted" and rule.type in MOVES and (_after_article(date, match.anchor) or rule.options.get(
            "lies_ahead") and not _before_article(date, match.anchor)):
        modality = "expected"  # "Anfang März wechselt X zum Y", told in February: it has not happened yet
    out = []
    from_previous = rule.options.get("opponent_from_previous") or rule.options.get("side_from_previous")
    first = match.am.sentences[match.index - 1] if from_previous else match.sentence
    evidence = match.am.article.text[first.start:match.sentence.end]  # with the sentence an argument came from
    for ftype, variant in _typed_variants(match, completed, where):
        variant = {k: v for k, v in variant.items() if k in ARGS[ftype]}
        if all(k in variant for k in REQUIRED[ftype]) and not _same_party(ftype, variant) \
                and not _courts_own_man(match, ftype, variant):
            out.append(Fact(doc=match.am.article.id, type=ftype, args=variant, modality=modality,
                            date=date, evidence=evidence, rule=rule.id,
                            start=match.sentence.start, end=match.sentence.end, undated=undated))
    return out


def _typed_variants(match: Match, args: dict, where: dict[str, int]) -> list[tuple[str, dict]]:
    """The facts a match gives, with their types. A coach's move read by a transfer rule is a coach fact
    (the spec): an appointment at the new club and, where the old one is named, a departure from it."""
    person = args.get("person")
    role = (person_role(match.am, person) or args.get("role")) if match.rule.type == "transfer" and person else None
    if match.rule.type == "transfer" and role is None and person in match.am.memo.get("coaches", ()):
        role = "head_coach"  # "X ist neuer Cheftrainer. Der Österreicher kommt von Sturm Graz": a coach's move
    if match.rule.type == "transfer" and person and role not in COACH_ROLES:
        role = _role_taken_as(match, where) or role  # "holt X als Cheftrainer zurück": the post he comes for
    if role not in COACH_ROLES:
        return [(match.rule.type, v) for v in _variants(match, args, where)]
    moves = [("coach_appointed", {"person": person, "club": args.get("to_club"), "role": role})]
    if args.get("from_club"):
        moves.append(("coach_departed", {"person": person, "club": args["from_club"], "role": role, "reason": "left"}))
    return moves


def _role_taken_as(match: Match, where: dict[str, int]) -> str | None:
    """The role a person is taken on as, named right after him ("X als (neuen) Cheftrainer")."""
    ms, i = match.sentence.mentions, where.get("person")
    if i is None or i + 1 >= len(ms) or ms[i + 1].kind != "role":
        return None
    between = match.sentence.text[ms[i].end - match.sentence.start:ms[i + 1].start - match.sentence.start]
    return ms[i + 1].value if cue("taken_on_as").fullmatch(between) else None


def _variants(match: Match, args: dict, where: dict[str, int]) -> list[dict]:
    """One fact per coordinated subject ("X und Y unterschrieben ...")."""
    opts, ms = match.rule.options, match.sentence.mentions
    person = "target" if match.rule.type == "interest" else "person"
    club = next((s for s in ("club", "opponent", "team", "to_club", "subject") if s in where), "club")
    kinds = {"all_people_before": ("person", person, -1), "all_people_after": ("person", person, 1),
             "all_clubs_before": ("club", club, -1),
             "all_clubs_after": ("club", club, 1)}
    for option, (kind, slot, direction) in kinds.items():
        if not opts.get(option) or slot not in where:
            continue
        found = _coordinated(ms, where[slot], kind, direction, match.sentence)
        values = [club_name(m.value) if kind == "club" else m.value for m in found if m.value]
        if kind == "person" and match.rule.type == "transfer" and values:
            return _own_sources(match, args, list(dict.fromkeys([args[slot], *values])))
        return [args | {slot: v} for v in dict.fromkeys([args[slot], *values])]
    return [args]


LAST_CONJUNCT = re.compile(r"\b(?:und|sowie)\b")


def _coordinated(ms: list[Mention], start: int, kind: str, direction: int, sentence: Sentence) -> list[Mention]:
    """Mentions joined to ms[start] by commas, 'und', 'sowie' and role words."""
    out, i = [], start + direction
    while 0 <= i < len(ms):
        a, b = (ms[i], ms[i - direction]) if direction == -1 else (ms[i - direction], ms[i])
        between = sentence.text[a.end - sentence.start:b.start - sentence.start]
        if ms[i].kind == "role" or kind == "person" and ms[i].kind == "club" \
                and (_modifies_role(ms, i, sentence) or _source_after_person(ms, i, sentence)):
            i += direction  # "Uwe Kosch und Ex-Bochum-Coach Tom Reisner", "X vom Y und Z": the club is the person's
            continue
        if ms[i].kind != kind or not cue("coordination_glue").match(between or " "):
            break
        out.append(ms[i])
        if direction == 1 and LAST_CONJUNCT.search(between):
            break  # "A, B und C" ends after C: a ", der D ..." after it starts a clause of its own
        i += direction
    return out


def _source_after_person(ms: list[Mention], i: int, sentence: Sentence) -> bool:
    """ "Stürmer X vom SV Meppen und Torhüter Y": the club right after a person, where he comes from."""
    if i == 0 or ms[i - 1].kind != "person":
        return False
    between = sentence.text[ms[i - 1].end - sentence.start:ms[i].start - sentence.start]
    return cue("move_source_before").search(between) is not None and len(between) < 12


def _own_sources(match: Match, args: dict, people: list[str]) -> list[dict]:
    """Coordinated transfers: each player's source club is the one written right after him, if any
    ("hatte X vom SV Meppen und Y verpflichtet": Meppen is X's only)."""
    ms, out = match.sentence.mentions, []
    for person in people:
        at = next((i for i, m in enumerate(ms) if m.kind == "person" and m.value == person), None)
        source = ms[at + 1] if at is not None and at + 1 < len(ms) else None
        variant = {k: v for k, v in args.items() if k != "from_club"} | {"person": person}
        if source is not None and source.kind == "club" and source.value \
                and _source_after_person(ms, at + 1, match.sentence):
            variant["from_club"] = club_name(source.value)
        out.append(variant)
    return out


def _modifies_role(ms: list[Mention], i: int, sentence: Sentence) -> bool:
    """A club that begins a compound with the role after it ("Bochum-Coach"), or a club's demonym
    before it ("der frühere Osnabrücker Coach")."""
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    if nxt is None or nxt.kind != "role":
        return False
    between = sentence.text[ms[i].end - sentence.start:nxt.start - sentence.start]
    return between == "-" or between == " " and ms[i].text.endswith("er")


def _same_party(ftype: str, args: dict) -> bool:
    pairs = {"match_result": ("team", "opponent"), "fixture": ("team", "opponent"),
             "transfer": ("to_club", "from_club"), "coach_appointed": ("person", "predecessor"),
             "interest": ("subject", "target")}
    a, b = pairs.get(ftype, (None, None))
    return a is not None and args.get(a) is not None and args.get(a) == args.get(b)


def _courts_own_man(match: Match, ftype: str, args: dict) -> bool:
    """An interest of a club in a man the article places at that very club ("Stürmer X vom Y ... Der Y hat X
    ein Angebot unterbreitet"): an offer to stay, no interest in a signing."""
    if ftype != "interest" or not args.get("target"):
        return False
    target = args["target"]
    # not from the sentence itself: in "will der SC Verl Stürmer X verpflichten" the club is the suitor
    placed = {person_club(s, target) for s in match.am.sentences if s is not match.sentence}
    return args.get("subject") in placed - {None} | {club_after_person(match.am, target)}


# --- conventions and duplicates ------------------------------------------


def _conventions(facts: list[Fact]) -> list[Fact]:
    """A named predecessor has departed (reason unknown unless a rule says); an injury
    told in the pluperfect of a player reported back is history, not his status."""
    back = {f.args["person"] for f in facts
            if f.type == "player_status" and f.args["status"] in ("returned", "available")}
    facts = [f for f in facts if not (f.type == "player_status" and f.args["status"] == "injured"
                                       and f.args["person"] in back and cue("past_injury").search(f.evidence))]
    out = list(facts)
    for f in facts:
        pred = f.args.get("predecessor")
        if f.type == "coach_appointed" and pred:
            out.append(Fact(f.doc, "coach_departed",
                            {"person": pred, "club": f.args["club"], "role": "head_coach",
                             "reason": _predecessors_exit(f.evidence, pred)},
                            f.modality, f.date, f.evidence, f.rule + "+predecessor", f.start, f.end))
    return out


def _predecessors_exit(evidence: str, predecessor: str) -> str:
    """How the predecessor went, where a participle before his name tells it ("den beurlaubten X": sacked,
    "des zurückgetretenen X": resigned); else unknown."""
    at = evidence.find(predecessor.split()[-1])
    before = evidence[max(0, at - 40):at] if at >= 0 else ""
    if cue("sacked_participle_before").search(before):
        return "sacked"
    return "resigned" if cue("resigned_participle_before").search(before) else "unknown"


KEYS = {"coach_appointed": ("person", "club"), "coach_departed": ("person", "club"),
        "contract": ("person", "club", "until"), "match_result": ("team", "opponent"),
        "fixture": ("team", "opponent"), "record": ("club", "points", "games"),
        "promotion": ("club",), "relegation": ("club",), "interest": ("subject", "target"),
        "player_status": ("person", "status"), "transfer": ("person", "to_club")}


def _key(f: Fact) -> tuple:
    values = [str(f.args.get(k)) for k in KEYS[f.type]]
    if f.type == "match_result":  # both legs of a tie are two results
        a = f.args
        values = sorted([f"{a['team']}:{a['team_goals']}", f"{a['opponent']}:{a['opponent_goals']}"])
    elif f.type == "fixture":
        values = sorted(values)
    return (f.type, *values)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per key: the first found wins, later ones may only add arguments, and a date where the first
    had only the article's ("Nach der Entlassung von Trainer X ... Den 41-Jährigen hatte der Klub am Samstag
    beurlaubt")."""
    kept: dict[tuple, Fact] = {}
    for f in facts:
        k = _key(f)
        if k not in kept:
            kept[k] = f
            continue
        first = kept[k]
        for arg, value in f.args.items():
            first.args.setdefault(arg, value)
        if first.undated and not f.undated and f.date and f.modality == first.modality:
            first.date, first.undated = f.date, False
    return sorted(kept.values(), key=lambda f: f.start)
