"""Match data: readers, tables against reference tables, tie-breakers, properties, checks."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from karussell.domain import Article
from karussell.errors import InputError
from karussell.lexicon import DATA
from karussell.matches.analysis import check_facts, coach_record
from karussell.matches.model import Match
from karussell.matches.readers import read_match_files, read_matches_text
from karussell.matches.store import import_matches, load_season
from karussell.matches.tables import standings
from karussell.matches.teams import club_id_for
from karussell.store.ingest import ingest

BUNDLED = Path(str(DATA)) / "matches"
REFERENCE = SHARED / "data"


@pytest.fixture(scope="module")
def bundled() -> list[Match]:
    return [m for m in read_match_files([str(BUNDLED)]) if isinstance(m, Match)]


# --- readers -------------------------------------------------------------

FOOTBALL_TXT = """= Deutsche 3. Liga 2024/25

» Matchday 1
  Fri Aug/2 2024
    19.00  TSV 1860 München        v 1. FC Saarbrücken        0-1 (0-0)
  Sat Aug/3
    14.00  Rot-Weiss Essen         v Alemannia Aachen         1-2 (1-1)
           SC Verl                 v SV Wehen Wiesbaden       [cancelled]
» Matchday 20
  Sat Jan/18 2025
    14.00  Alemannia Aachen        v SC Verl                  0-2    [awarded]
"""

CUP_TXT = """= DFB Pokal 2023/24

Round 1
[Fri Aug/11]
  18.00  SV Sandhausen            4-2 pen. 3-3 a.e.t. (3-3, 1-2)  Hannover 96
         Rot-Weiss Essen          3-4 a.e.t. (3-3, 1-1)  Hamburger SV
Quarterfinals
[Tue Jan/30 2024]
  20.45  1. FC Saarbrücken        2-1 (1-1)  Borussia Mönchengladbach
this line is not a match
"""


def test_football_txt_both_layouts_notes_and_years():
    matches = list(read_matches_text(FOOTBALL_TXT, "liga.txt"))
    assert [(m.date, m.time, m.home, m.away, m.home_goals, m.away_goals, m.status) for m in matches] == [
        ("2024-08-02", "19:00", "tsv-1860-muenchen", "1-fc-saarbruecken", 0, 1, "played"),
        ("2024-08-03", "14:00", "rot-weiss-essen", "alemannia-aachen", 1, 2, "played"),
        ("2024-08-03", "14:00", "sc-verl", "sv-wehen-wiesbaden", None, None, "cancelled"),
        ("2025-01-18", "14:00", "alemannia-aachen", "sc-verl", 0, 2, "awarded"),
    ]
    assert matches[-1].matchday == 20 and matches[0].competition == "3. Liga" and matches[0].season == "2024-25"


def test_football_txt_cup_extra_time_penalties_and_a_bad_line():
    records = list(read_matches_text(CUP_TXT, "cup.txt"))
    matches = [r for r in records if isinstance(r, Match)]
    assert [(m.home_goals, m.away_goals, m.home_pens, m.away_pens, m.extra_time) for m in matches] == [
        (3, 3, 4, 2, True), (3, 4, None, None, True), (2, 1, None, None, False)]
    assert (matches[2].date, matches[2].round, matches[2].matchday) == ("2024-01-30", "Quarterfinals", None)
    [error] = [r for r in records if isinstance(r, InputError)]
    assert error.line == 10 and "not a match line" in error.reason


def test_openligadb_csv_and_json_and_plain_csv(tmp_path: Path):
    oldb = ("\ufeffLeague,Season,Matchday,Match_Date,Match_Time,Home_Team,Home_Team_Short,Guest_Team,Guest_Team_Short,"
            "Home_Goals,Guest_Goals,Home_Points,Guest_Points,Location,Stadium,Viewers\n"
            "3. Liga,2023/2024,1. Spieltag,2023-07-28,19:00:00,SG Dynamo Dresden,Dresden,FC Ingolstadt 04,Ingolstadt,"
            "2,1,3,0,Unknown,Unknown,-1\n")
    api = [{"leagueName": "3. Liga", "leagueSeason": 2023, "matchDateTime": "2023-07-28T19:00:00",
            "group": {"groupOrderID": 1}, "team1": {"teamName": "Dynamo Dresden"},
            "team2": {"teamName": "FC Ingolstadt 04"},
            "matchResults": [{"resultTypeID": 1, "pointsTeam1": 1, "pointsTeam2": 0},
                             {"resultTypeID": 2, "pointsTeam1": 2, "pointsTeam2": 1}]}]
    plain = ("competition,season,round,matchday,date,time,home_team,away_team,home_goals,away_goals,status\n"
             "3. Liga,2023-24,Matchday 1,1,2023-07-28,19:00,Dynamo Dresden,FC Ingolstadt 04,2,1,played\n")
    (tmp_path / "a.csv").write_text(oldb, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(api), encoding="utf-8")
    (tmp_path / "c.csv").write_text(plain, encoding="utf-8")
    matches = list(read_match_files([str(tmp_path)]))
    keys = {(m.competition, m.season, m.matchday, m.date, m.home, m.away, m.home_goals, m.away_goals) for m in matches}
    assert keys == {("3. Liga", "2023-24", 1, "2023-07-28", "dynamo-dresden", "fc-ingolstadt-04", 2, 1)}


def test_team_names_that_change_between_seasons_link_to_one_club():
    assert club_id_for("VfL Bochum") == club_id_for("VfL Bochum 1848") == "vfl-bochum"
    assert club_id_for("Bayern München") == club_id_for("FC Bayern München") == "fc-bayern-muenchen"
    assert club_id_for("Borussia Dortmund II") == "borussia-dortmund-ii"
    assert club_id_for("FC Nirgendwo 1907").startswith("unknown:")


# --- tables against reference tables --------------------------------------

def _openligadb_table(filename: str, season: str) -> dict[str, tuple]:
    path = REFERENCE / "openligadb-eliasmarcon" / filename
    if not path.exists():
        pytest.skip(f"reference table not found: {path}")
    with open(path, encoding="utf-8-sig") as handle:
        return {club_id_for(r["Team"]): (int(r["Matches"]), int(r["Won"]), int(r["Draw"]), int(r["Lost"]),
                                         int(r["Goals"]), int(r["Opponent_Goals"]), int(r["Points"]))
                for r in csv.DictReader(handle) if r["Season"] == season}


@pytest.mark.parametrize(("competition", "filename"), [
    ("Bundesliga", "1_bundesliga/1_bundesliga_final_table.csv"),
    ("2. Bundesliga", "2_bundesliga/2_bundesliga_final_table.csv"),
    ("3. Liga", "3_liga/3_liga_final_table.csv")])
def test_2023_24_tables_equal_openligadb_team_by_team(bundled, competition: str, filename: str):
    reference = _openligadb_table(filename, "2023/2024")
    table = standings([m for m in bundled if m.competition == competition and m.season == "2023-24"],
                      competition, "2023-24")
    computed = {r.club: (r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against, r.points) for r in table}
    assert len(reference) == len(computed)
    for club, row in reference.items():
        assert computed[club] == row, club


def test_2024_25_bundesliga_equals_rsssf_final_table(bundled):
    path = REFERENCE / "reference" / "bundesliga_2024-25_final_table_rsssf.csv"
    if not path.exists():
        pytest.skip(f"reference table not found: {path}")
    with open(path, encoding="utf-8") as handle:
        reference = [(int(r["rank"]), club_id_for(r["club"]), int(r["played"]), int(r["won"]), int(r["drawn"]),
                      int(r["lost"]), int(r["goals_for"]), int(r["goals_against"]), int(r["points"]))
                     for r in csv.DictReader(handle)]
    table = standings([m for m in bundled if m.competition == "Bundesliga" and m.season == "2024-25"],
                      "Bundesliga", "2024-25")
    assert [(r.rank, r.club, r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against, r.points)
            for r in table] == reference


def _m(home: str, away: str, hg: int, ag: int, day: int = 1, md: int = 1) -> Match:
    return Match("3. Liga", "2024-25", f"Matchday {md}", md, f"2024-09-{day:02d}", None, home, away, hg, ag)


def test_head_to_head_decides_between_teams_level_on_points_and_goals():
    # a and b: 3 points, goal difference 0, one goal each; a beat b
    matches = [_m("a", "b", 1, 0, 1), _m("x", "a", 1, 0, 2), _m("b", "y", 1, 0, 3)]
    assert [r.club for r in standings(matches, "3. Liga", "2024-25")] == ["x", "a", "b", "y"]


@pytest.mark.parametrize("competition", ["Bundesliga", "3. Liga"])
def test_away_goals_between_them_decide_when_the_direct_matches_are_level(competition: str):
    # a and b drew twice (0:0 at a, 1:1 at b): everything level but a's away goal at b
    matches = [Match(competition, "2024-25", "Matchday 1", 1, "2024-09-01", None, "a", "b", 0, 0),
               Match(competition, "2024-25", "Matchday 2", 2, "2024-09-08", None, "b", "a", 1, 1)]
    assert [r.club for r in standings(matches, competition, "2024-25")] == ["a", "b"]


def test_table_at_a_date_matchday_home_away_and_form(bundled):
    liga = [m for m in bundled if m.competition == "3. Liga" and m.season == "2024-25"]
    by_day = {r.club: r for r in standings(liga, "3. Liga", "2024-25", date="2024-09-24")}
    by_matchday = {r.club: r for r in standings(liga, "3. Liga", "2024-25", matchday=6)}
    aachen = by_day["alemannia-aachen"]
    assert (aachen.played, aachen.points) == (6, 7) == (by_matchday["alemannia-aachen"].played,
                                                        by_matchday["alemannia-aachen"].points)
    home = {r.club: r for r in standings(liga, "3. Liga", "2024-25", side="home")}
    away = {r.club: r for r in standings(liga, "3. Liga", "2024-25", side="away")}
    total = {r.club: r for r in standings(liga, "3. Liga", "2024-25")}
    assert all(home[c].points + away[c].points == total[c].points for c in total)
    form = standings(liga, "3. Liga", "2024-25", form=5)
    assert all(r.played == 5 for r in form)


def test_known_point_deduction_is_applied():
    matches = [_m("1-fc-dueren", "b", 1, 0)]
    rows = {r.club: r.points for r in standings(
        [Match("Regionalliga West", "2024-25", "Matchday 1", 1, "2024-08-01", None, "1-fc-dueren", "b", 1, 0)],
        "Regionalliga West", "2024-25")}
    assert rows["1-fc-dueren"] == 3 - 9
    assert {r.club: r.points for r in standings(matches, "3. Liga", "2024-25")}["1-fc-dueren"] == 3


# --- properties -----------------------------------------------------------

TEAMS = ["a", "b", "c", "d", "e", "f"]
match_strategy = st.builds(
    lambda pair, hg, ag, day: _m(pair[0], pair[1], hg, ag, day),
    st.permutations(TEAMS).map(lambda p: (p[0], p[1])), st.integers(0, 6), st.integers(0, 6), st.integers(1, 28))


@settings(max_examples=60, deadline=None)
@given(st.lists(match_strategy, min_size=1, max_size=40))
def test_table_properties(matches):
    table = standings(matches, "3. Liga", "2024-25")
    assert all(r.points == 3 * r.won + r.drawn for r in table)
    assert sum(r.goal_difference for r in table) == 0
    assert sum(r.played for r in table) == 2 * len(matches)
    assert [r.rank for r in table] == list(range(1, len(table) + 1))


@settings(max_examples=40, deadline=None)
@given(st.lists(match_strategy, min_size=1, max_size=30), st.randoms(use_true_random=False))
def test_order_of_matches_does_not_change_the_table(matches, rng):
    shuffled = list(matches)
    rng.shuffle(shuffled)
    first = [(r.club, r.points, r.goals_for, r.goals_against) for r in standings(matches, "3. Liga", "2024-25")]
    second = [(r.club, r.points, r.goals_for, r.goals_against) for r in standings(shuffled, "3. Liga", "2024-25")]
    assert first == second


def test_a_table_survives_a_round_trip_through_the_store(store, bundled):
    season = [m for m in bundled if m.competition == "3. Liga" and m.season == "2024-25"]
    import_matches(store, season)
    again = import_matches(store, season)
    assert again.added == 0 and again.updated == len(season)
    with store.engine.connect() as conn:
        loaded = load_season(conn, "3. Liga", "2024-25")
    assert sorted(loaded, key=lambda m: (m.date, m.home)) == sorted(season, key=lambda m: (m.date, m.home))
    as_rows = lambda ms: [(r.club, r.points, r.goal_difference) for r in standings(ms, "3. Liga", "2024-25")]  # noqa: E731
    assert as_rows(loaded) == as_rows(season)


# --- claims and records ----------------------------------------------------

def test_seed_claims_are_consistent_with_the_real_season(store, bundled, dev_set):
    """The seed article's "Sieben Punkte aus sechs Spielen" and its fixture against Waldhof Mannheim
    (Mittwoch, 25. September, 19 Uhr) both agree with the 2024-25 3. Liga: Aachen won 2, drew 1 and lost
    3 of its first six games (7 points), and played Mannheim on 2024-09-25 at 19:00 (0:0)."""
    import_matches(store, [m for m in bundled if m.season == "2024-25"])
    seed = dev_set["seed_articles"][0]
    ingest(store, [Article(seed["id"], seed["text"], seed["date"], seed.get("title"))])
    with store.engine.connect() as conn:
        checks = {c["type"]: c for c in check_facts(conn, seed["id"])}
    assert checks["record"]["verdict"] == "consistent" and checks["record"]["data"]["points"] == 7
    assert checks["fixture"]["verdict"] == "consistent"
    assert (checks["fixture"]["data"]["date"], checks["fixture"]["data"]["time"]) == ("2024-09-25", "19:00")
    assert checks["match_result"]["verdict"] == "consistent"  # Schalke 3:5 Darmstadt, 2024-09-20


def test_a_wrong_claim_is_contradicted_and_an_unknown_one_unverifiable(store, bundled):
    import_matches(store, [m for m in bundled if m.season == "2024-25"])
    ingest(store, [Article("w1", "Alemannia Aachen gewann am Samstag mit 3:0 bei Rot-Weiss Essen. "
                                 "Die Aachener holten neun Punkte aus sechs Spielen.", "2024-09-23"),
                   Article("w2", "Der FC Augsburg bezwang den SC Freiburg am Samstag mit 2:0.", "2019-11-04")])
    with store.engine.connect() as conn:
        checks = {(c["type"], c["evidence"][0]["article"]): c for c in check_facts(conn)}
    result = checks[("match_result", "w1")]
    assert result["verdict"] == "contradicted" and result["data"]["score"] == "1:2"
    assert checks[("record", "w1")]["verdict"] == "contradicted"
    assert checks[("match_result", "w2")]["verdict"] == "unverifiable"


def test_coach_record_joins_a_tenure_with_its_matches(store, bundled):
    import_matches(store, [m for m in bundled if m.season == "2024-25"])
    ingest(store, [Article("c1", "Am 6. September 2023 übernahm Heiner Backhaus den Trainerposten bei Alemannia "
                                 "Aachen.", "2024-09")])
    with store.engine.connect() as conn:
        record = coach_record(conn, "Backhaus")
    [tenure] = record["tenures"]
    assert (tenure["games"], tenure["won"], tenure["drawn"], tenure["lost"], tenure["points"]) == (38, 12, 14, 12, 50)
    assert (tenure["goals_for"], tenure["goals_against"]) == (44, 44)


def test_carousel_league_filter_uses_the_match_data(store, bundled):
    from karussell.store.queries import carousel

    import_matches(store, [m for m in bundled if m.season == "2024-25"])
    ingest(store, [Article("k1", "Der SC Verl hat Cheftrainer Marco Weiland am Montag entlassen.", "2024-10-07"),
                   Article("k2", "Der FC Augsburg hat Cheftrainer Jens Kohl am Montag entlassen.", "2024-10-07")])
    with store.engine.connect() as conn:
        third = carousel(conn, league="3. Liga")
        first = carousel(conn, league="Bundesliga")
    assert [f["args"]["club"] for f in third] == ["SC Verl"]
    assert [f["args"]["club"] for f in first] == ["FC Augsburg"]
