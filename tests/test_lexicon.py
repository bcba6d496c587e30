"""Lexicons are data: validated when loaded, every problem named with its row."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from karussell.errors import DataFileError
from karussell.lexicon import DATA, load_clubs, load_competitions, load_groups, load_lexicon


def test_no_alias_points_at_two_clubs():
    with open(Path(str(DATA)) / "clubs.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            if owner.setdefault(alias, row["id"]) != row["id"]:
                clashes.append((alias, owner[alias], row["id"]))
    assert clashes == []


def test_lexicon_covers_the_leagues_it_promises():
    lex = load_lexicon()
    for name in ("FC Bayern München", "Alemannia Aachen", "SV Waldhof Mannheim", "Wuppertaler SV",
                 "VfL Wolfsburg Frauen", "Red Bull Salzburg", "BSC Young Boys", "Real Madrid"):
        assert name in lex.alias_to_club, name
    assert lex.alias_to_club["S04"] == lex.alias_to_club["FC Schalke 04"]
    assert lex.alias_to_club["FCK"] == "1-fc-kaiserslautern"
    assert {c.tier for c in lex.competitions.values()} >= {1, 2, 3, 4}


def test_shared_nicknames_list_every_candidate():
    groups = load_lexicon().group_to_clubs
    assert set(groups["Schwarz-Gelben"]) >= {"borussia-dortmund", "alemannia-aachen"}
    assert groups["Königsblauen"] == ("fc-schalke-04",)


def test_a_plural_nickname_in_er_or_el_names_its_clubs_in_the_dative_too():
    groups = load_lexicon().group_to_clubs
    assert groups["Roten Teufeln"] == groups["Roten Teufel"] == ("1-fc-kaiserslautern",)
    assert groups["Berlinern"] == groups["Berliner"]
    assert "Intern" not in groups  # a short nickname ("Inter") keeps its one form: "intern" is a word


def test_an_alias_of_two_clubs_is_refused_with_its_row(tmp_path: Path):
    f = tmp_path / "clubs.csv"
    f.write_text("id,name,city,country,aliases,nicknames\n"
                 "a,Club A,,DE,Shared,\n"
                 "b,Club B,,DE,Shared|B,\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_clubs(f)
    assert "[row 3 -> aliases] 'Shared' names 'a' too" in str(info.value)


def test_all_problems_of_a_file_are_reported_together(tmp_path: Path):
    f = tmp_path / "competitions.csv"
    f.write_text("id,name,tier,kind,aliases\nx,X,first,league,\ny,Y,two,league,\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_competitions(f)
    assert len(info.value.problems) == 2 and "[row 2 -> tier]" in info.value.problems[0]


def test_a_user_data_folder_is_validated_too(tmp_path: Path):
    folder = tmp_path / "data"
    shutil.copytree(Path(str(DATA)), folder)
    (folder / "club_groups.csv").write_text("nickname,clubs\nDie Unbekannten,no-such-club\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown club id"):
        load_lexicon.__wrapped__(str(folder))


def test_a_shared_nickname_that_is_also_one_clubs_alias_is_refused(tmp_path: Path):
    """The alias would always win, so the nickname could never name the other club."""
    clubs = tmp_path / "clubs.csv"
    clubs.write_text("id,name,city,country,aliases,nicknames\n"
                     "a,Club A,,DE,Bullen,\n"
                     "b,Club B,,AT,B,\n", encoding="utf-8")
    groups = tmp_path / "club_groups.csv"
    groups.write_text("nickname,clubs\nBullen,a|b\n", encoding="utf-8")
    known, aliases = load_clubs(clubs)
    with pytest.raises(DataFileError, match=r"\[Bullen\] shared by a, b but an alias of a"):
        load_groups(groups, known, aliases)


def test_a_name_without_its_founding_year_names_the_club_only_where_no_other_claims_it(tmp_path: Path):
    f = tmp_path / "clubs.csv"
    f.write_text("id,name,city,country,aliases,nicknames\n"
                 "a,FC Nordstadt 04,,DE,,\n"
                 "b,SV Weststadt 1910,,DE,,\n"
                 "c,SV Oststadt 09,,DE,,\n"
                 "d,SV Oststadt 12,,DE,,\n"
                 "e,Hannover 96,,DE,,\n", encoding="utf-8")
    _, owner = load_clubs(f)
    assert owner["FC Nordstadt"] == "a" and owner["SV Weststadt"] == "b"
    assert "SV Oststadt" not in owner  # two clubs would share it
    assert "Hannover" not in owner  # one word: a city, not a club's name


@pytest.mark.parametrize(("key", "unlisted"), [("country_titles", "Dauermeister"),
                                               ("everyday_word_towns", "Wiese")])
def test_a_country_title_or_everyday_word_town_must_be_a_clubs_alias(tmp_path: Path, key: str, unlisted: str):
    folder = tmp_path / "data"
    shutil.copytree(Path(str(DATA)), folder)
    with open(folder / "lexicon.yaml", "a", encoding="utf-8") as handle:
        handle.write(f"{key}: [Rekordmeister, Siegen, {unlisted}]\n")
    with pytest.raises(DataFileError, match=f"\\[{key}\\] no club has the alias '{unlisted}'"):
        load_lexicon.__wrapped__(str(folder))


def test_a_national_league_must_name_listed_competitions(tmp_path: Path):
    folder = tmp_path / "data"
    shutil.copytree(Path(str(DATA)), folder)
    with open(folder / "lexicon.yaml", "a", encoding="utf-8") as handle:
        handle.write("national_leagues:\n  AT: {bundesliga: austria-bundesliga, 2-bundesliga: austria-3-liga}\n")
    with pytest.raises(DataFileError, match="national_leagues -> AT.*'austria-3-liga'"):
        load_lexicon.__wrapped__(str(folder))


def test_a_compound_on_a_players_role_word_is_a_players_role_unless_listed_as_none():
    lex = load_lexicon()
    assert lex.role_of("Flügelstürmer") == lex.role_of("Nachwuchsstürmer") == "player"
    assert lex.role_of("Trainer") == "head_coach"  # a listed word keeps its own category
    assert lex.role_of("Titelverteidiger") is None  # the holder of a title, a club
    assert lex.role_of("Konditionstrainer") is None  # only players' words make compounds
    assert lex.role_of("Stürmerstar") is None


@pytest.mark.parametrize(("line", "problem"), [
    ("player_role_endings: [stürmer, Spieler]", "'Spieler' is not a lowercase word"),
    ("not_player_roles: [Titelverteidiger, Bürgermeister]", "'Bürgermeister' ends in no player_role_ending")])
def test_role_endings_and_their_exceptions_are_checked(tmp_path: Path, line: str, problem: str):
    folder = tmp_path / "data"
    shutil.copytree(Path(str(DATA)), folder)
    with open(folder / "lexicon.yaml", "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    with pytest.raises(DataFileError, match=problem):
        load_lexicon.__wrapped__(str(folder))
