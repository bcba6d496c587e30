"""Consolidation: one stored fact per event however many articles tell it.

An event is identified by its type and the entities of its key arguments;
what may differ between tellings (a contract's end date, a record's points)
is its value. The same event with another value is kept beside it and shown
as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

# argument -> entity kind, per type; the key arguments that identify an event
PERSON_ARGS = {"person", "predecessor", "target"}
CLUB_ARGS = {"club", "team", "opponent", "to_club", "from_club"}
COMPETITION_ARGS = {"competition", "to", "from"}


@dataclass(frozen=True)
class Keys:
    event: str
    value: str


def _ent(entities: dict[str, object], arg: str) -> str:
    value = entities.get(arg)
    return "-" if value is None else str(value)


def keys(ftype: str, args: dict, entities: dict[str, object], date: str | None) -> Keys:
    """The event and value keys of a fact whose arguments are linked to `entities`."""
    d = date or ""
    e = lambda arg: _ent(entities, arg)  # noqa: E731 - a short local alias keeps the table readable
    if ftype in ("coach_appointed", "coach_departed"):
        return Keys(f"{ftype}|{e('person')}|{e('club')}", "")
    if ftype == "contract":
        return Keys(f"contract|{e('person')}|{e('club')}", str(args.get("until")))
    if ftype == "match_result":
        sides = sorted([(e("team"), args.get("team_goals")), (e("opponent"), args.get("opponent_goals"))])
        return Keys(f"match_result|{sides[0][0]}|{sides[1][0]}|{sides[0][1]}:{sides[1][1]}|{d[:7]}", "")
    if ftype == "fixture":
        pair = sorted([e("team"), e("opponent")])
        return Keys(f"fixture|{pair[0]}|{pair[1]}|{d[:10]}", "")
    if ftype == "record":
        return Keys(f"record|{e('club')}|{args.get('games')}|{d[:10]}", str(args.get("points")))
    if ftype in ("promotion", "relegation"):
        return Keys(f"{ftype}|{e('club')}|{d[:4]}", str(args.get("to") or ""))
    if ftype == "interest":
        return Keys(f"interest|{e('subject')}|{e('target')}", "")
    if ftype == "player_status":
        return Keys(f"player_status|{e('person')}|{args.get('status')}|{d[:7]}", "")
    if ftype == "transfer":
        return Keys(f"transfer|{e('person')}|{e('to_club')}", "")
    raise ValueError(f"unknown fact type {ftype!r}")
