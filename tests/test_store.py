"""The knowledge base on a real SQLite file and, where one runs, a real PostgreSQL server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from karussell.domain import Article
from karussell.store import Store
from karussell.store.ingest import ingest
from karussell.store.linking import person_id
from karussell.store.queries import AmbiguousName, carousel, club_report, list_facts, person_report
from karussell.store.schema import facts

SCENARIO = Path(__file__).parent / "data" / "scenario.jsonl"
def _articles(path: Path = SCENARIO) -> list[Article]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=r["id"], text=r["text"], date=r["date"], title=r.get("title")) for r in rows]


def _count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(facts)).scalar_one()


def test_scenario_club_timeline_contract_and_conflict(store):
    ingest(store, _articles())
    with store.engine.connect() as conn:
        report = club_report(conn, "preussen münster")
    assert (report["club"], report["head_coach"], report["since"]) == ("SC Preußen Münster", "Henrik Abeling",
                                                                      "2026-02-19")
    assert report["contract_until"] == "2028-06-30"
    timeline = [(t["person"], t["role"], t["start"], t["end"], t["reason"], t["predecessor"], t["successor"])
                for t in report["coaches"]]
    assert timeline == [
        ("Jonas Falkenrath", "head_coach", "2025-07-01", "2026-02-02", "sacked", None, "Marvin Schelling"),
        ("Marvin Schelling", "interim", "2026-02-02", "2026-02-19", "unknown", "Jonas Falkenrath", "Henrik Abeling"),
        ("Henrik Abeling", "head_coach", "2026-02-19", None, None, "Marvin Schelling", None),
    ]


def test_scenario_person_contracts_conflict_and_rumour_denied(store):
    ingest(store, _articles())
    with store.engine.connect() as conn:
        report = person_report(conn, "Falkenrath")
    assert report["person"] == "Jonas Falkenrath"
    ends = sorted(f["args"]["until"] for f in report["contracts"])
    assert ends == ["2027", "2027-06-30", "2028"]
    assert any(f["conflict"] for f in report["contracts"] if f["args"]["until"] == "2028")
    [rumour] = [f for f in report["rumours"] if f["type"] == "interest"]
    assert rumour["args"]["subject"] == "Arminia Bielefeld" and rumour["status"] == "denied"
    assert [f["type"] for f in report["career"]] == ["coach_appointed", "coach_departed"]
    assert all(f["evidence"] and f["evidence"][0]["sentence"] for f in report["career"])


def test_scenario_rumour_came_true_and_carousel(store):
    ingest(store, _articles())
    with store.engine.connect() as conn:
        demiroglu = person_report(conn, "Tarik Demiroglu")
        changes = carousel(conn, since="2026")
    [rumour] = [f for f in demiroglu["rumours"] if f["type"] == "interest"]
    assert rumour["status"] == "came true"
    assert [(f["type"], f["args"]["person"]) for f in changes][:2] == [
        ("coach_appointed", "Henrik Abeling"), ("coach_departed", "Marvin Schelling")]
    assert all(f["date"] >= "2026" for f in changes)


def test_same_event_from_two_articles_is_one_fact_with_two_evidence(store):
    text_ = "Der SC Verl hat sich von Cheftrainer Marco Weiland getrennt."
    ingest(store, [Article("a1", text_, "2023-10-09"), Article("a2", "Bericht: " + text_, "2023-10-09")])
    with store.engine.connect() as conn:
        [fact] = list_facts(conn, ftype="coach_departed")
    assert sorted(e["article"] for e in fact["evidence"]) == ["a1", "a2"]


def test_ingest_twice_adds_nothing_and_changed_text_replaces(store):
    articles = _articles()
    first = ingest(store, articles)
    count = _count(store)
    again = ingest(store, articles)
    assert (again.facts_added, again.unchanged, _count(store)) == (0, len(articles), count)
    assert first.facts_added == count
    changed = Article("scn-05-wechsel", "Der VfL Osnabrück hat sich mit Tarik Demiroglu beschäftigt.", "2025-11-10")
    summary = ingest(store, [changed])
    assert summary.replaced == 1
    with store.engine.connect() as conn:
        moves = [f for f in list_facts(conn, ftype="transfer") if f["args"]["person"] == "Tarik Demiroglu"]
    assert moves == []  # the old telling is gone


def test_people_merge_when_context_agrees_and_stay_apart_when_it_contradicts(store):
    with store.engine.begin() as conn:
        from karussell.store.linking import club_id

        aachen, bochum, koeln = (club_id(conn, n) for n in ("Alemannia Aachen", "VfL Bochum", "1. FC Köln"))
        surname_first = person_id(conn, "Backhaus", {aachen})
        conn.execute(facts.insert().values(type="x", modality="asserted", event_key="k1", value_key="", args="{}"))
        fid = conn.execute(select(func.max(facts.c.id))).scalar_one()
        from karussell.store.schema import fact_entities

        conn.execute(fact_entities.insert().values(fact_id=fid, arg="person", person_id=surname_first))
        conn.execute(fact_entities.insert().values(fact_id=fid, arg="club", club_id=aachen))
        assert person_id(conn, "Heiner Backhaus", {aachen}) == surname_first
        muller_bochum = person_id(conn, "Müller", {bochum})
        conn.execute(facts.insert().values(type="x", modality="asserted", event_key="k2", value_key="", args="{}"))
        fid = conn.execute(select(func.max(facts.c.id))).scalar_one()
        conn.execute(fact_entities.insert().values(fact_id=fid, arg="person", person_id=muller_bochum))
        conn.execute(fact_entities.insert().values(fact_id=fid, arg="club", club_id=bochum))
        assert person_id(conn, "Müller", {koeln}) != muller_bochum


def test_unknown_club_is_kept_and_flagged(store):
    ingest(store, [Article("u1", "Rot-Weiß Oberhausen erwartet am Samstag (14 Uhr) zum Heimspiel die TuS Phantasia.",
                           "2020-02-19")])
    with store.engine.connect() as conn:
        rows = {r.id: (r.name, bool(r.known)) for r in conn.execute(text("select id, name, known from clubs"))}
        report = club_report(conn, "TuS Phantasia")
    assert rows == {"rot-weiss-oberhausen": ("Rot-Weiß Oberhausen", True),
                    "unknown:tus-phantasia": ("TuS Phantasia", False)}
    assert [f["type"] for f in report["facts"]] == ["fixture"]


def test_ambiguous_name_lists_candidates(store):
    ingest(store, [Article("m1", "Bei Arminia Bielefeld fällt Stürmer Jan Krause mit einem Muskelfaserriss aus.",
                           "2025-03-01"),
                   Article("m2", "Beim SC Verl befindet sich Torhüter Tim Krause wieder im Training.", "2025-03-01")])
    with store.engine.connect() as conn, pytest.raises(AmbiguousName, match="Jan Krause.*Tim Krause"):
        person_report(conn, "Krause")
