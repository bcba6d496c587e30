"""The command line: output, exit codes, errors that name file and line, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from karussell.cli import app

# A coach change with a named predecessor (invented), and a real appointment in our own words.
CHANGE = "Am 4. März 2022 löste Torsten Lindemann den glücklosen Kai Rehberg als Trainer von Hannover 96 ab."
REAL_APPOINTMENT = "Am 6. September 2023 übernahm Heiner Backhaus den Trainerposten bei Alemannia Aachen."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "karussell", *args], input=stdin, capture_output=True, timeout=120)


def _lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def test_extract_to_stdout_and_exit_zero(tmp_path: Path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "date": "2024-09", "text": CHANGE}) + "\n", encoding="utf-8")
    result = run("extract", str(f))
    assert result.returncode == 0, result.stderr
    facts = _lines(result.stdout)
    assert {f["type"] for f in facts} == {"coach_appointed", "coach_departed"}
    assert b"1 articles read, 2 facts written, 0 skipped" in result.stderr


def test_extract_from_stdin_to_file(tmp_path: Path):
    out = tmp_path / "out" / "facts.jsonl"
    result = run("extract", "-", "-o", str(out), stdin=(json.dumps({"id": "s", "text": CHANGE}) + "\n").encode())
    assert result.returncode == 0, result.stderr
    assert len(_lines(out.read_bytes())) == 2


def test_bad_input_is_named_skipped_and_exit_one(tmp_path: Path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": CHANGE}) + "\n{broken\n", encoding="utf-8")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02garbage")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("extract", str(good), str(binary), str(empty))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert f"{good}:2: not JSON" in err and f"{binary}: binary file" in err and f"{empty}: empty file" in err
    assert "Traceback" not in err
    assert len(_lines(result.stdout)) == 2  # the good article was still extracted


def test_unwritable_output_is_a_clean_error(tmp_path: Path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "text": CHANGE}) + "\n", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run("extract", str(f), "-o", str(blocker / "out.jsonl"))
    assert result.returncode == 2 and b"cannot write" in result.stderr and b"Traceback" not in result.stderr


def test_show_prints_a_table(tmp_path: Path):
    facts = tmp_path / "facts.jsonl"
    run("extract", "-", "-o", str(facts), stdin=(json.dumps({"id": "s", "text": CHANGE}) + "\n").encode())
    result = run("show", str(facts))
    assert result.returncode == 0 and b"coach_appointed" in result.stdout and b"Kai Rehberg" in result.stdout


@pytest.mark.parametrize("command", [c.name or c.callback.__name__ for c in app.registered_commands])
def test_every_command_has_help_with_an_example(command: str):
    result = run(command, "--help")
    assert result.returncode == 0 and b"Example" in result.stdout


def test_ingest_dev_set_twice_adds_nothing_the_second_time(dev_set, tmp_path: Path):
    corpus = tmp_path / "dev.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in dev_set["articles"]), encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    first = run("ingest", str(corpus), "--db", db)
    second = run("ingest", str(corpus), "--db", db)
    assert first.returncode == 0 and second.returncode == 0, first.stderr
    assert b" 0 facts added" not in first.stderr
    assert b"(41 unchanged, 0 replaced), 0 skipped, 0 facts added" in second.stderr


def test_club_person_carousel_and_facts_commands(tmp_path: Path):
    scenario = Path(__file__).parent / "data" / "scenario.jsonl"
    db = str(tmp_path / "kb.sqlite")
    assert run("ingest", str(scenario), "--db", db).returncode == 0
    club = run("club", "Preußen Münster", "--db", db, "--json")
    assert json.loads(club.stdout)["head_coach"] == "Henrik Abeling"
    table = run("club", "muenster", "--db", db)
    assert table.returncode == 0 and b"Henrik Abeling" in table.stdout
    person = json.loads(run("person", "Falkenrath", "--db", db, "--json").stdout)
    assert person["person"] == "Jonas Falkenrath"
    assert run("carousel", "--since", "2026", "--db", db).returncode == 0
    csv_out = run("facts", "--type", "contract", "--club", "Münster", "--format", "csv", "--db", db)
    assert csv_out.stdout.decode().splitlines()[0].startswith("id,date,type")
    missing = run("person", "Niemand Unbekannt", "--db", db)
    assert missing.returncode == 1 and b"no person called" in missing.stderr and b"Traceback" not in missing.stderr


def test_match_commands_end_to_end(tmp_path: Path):
    db = str(tmp_path / "kb.sqlite")
    imported = run("matches", "import", "--bundled", "--db", db)
    assert imported.returncode == 0 and b"1984 matches added" in imported.stderr
    table = json.loads(run("table", "3. Liga", "2024-25", "--matchday", "6", "--db", db, "--json").stdout)
    aachen = next(r for r in table["rows"] if r["club"] == "Alemannia Aachen")
    assert (aachen["played"], aachen["points"]) == (6, 7)
    article = tmp_path / "a.jsonl"
    text = REAL_APPOINTMENT + " Sieben Punkte aus sechs Spielen holte Alemannia Aachen bisher."
    article.write_text(json.dumps({"id": "a", "date": "2024-09-23", "text": text}) + "\n", encoding="utf-8")
    assert run("ingest", str(article), "--db", db).returncode == 0
    checks = json.loads(run("check", "a", "--db", db, "--json").stdout)
    assert [(c["type"], c["verdict"]) for c in checks] == [("record", "consistent")]
    club = json.loads(run("club", "Aachen", "--db", db, "--json").stdout)
    assert any(f.get("check", {}).get("verdict") == "consistent" for f in club["facts"])
    record = json.loads(run("record", "Backhaus", "--db", db, "--json").stdout)
    assert record["tenures"][0]["games"] == 38
    assert run("matches", "import", "--help").returncode == 0
    missing = run("table", "Bundesliga", "1999-00", "--db", db)
    assert missing.returncode == 1 and b"no matches of Bundesliga 1999-00 stored" in missing.stderr
