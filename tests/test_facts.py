"""Stage 3 end to end: the seed article, the dev-set gate, modality and conventions."""

from __future__ import annotations

import json

from karussell.domain import Article
from karussell.pipeline import extract_article

# Floors the dev set must keep (issue 2 asks for P >= 0.85, R >= 0.75, type F1 >= 0.5, dates >= 0.80, modality
# >= 0.90); they stand a little under what the engine reaches, so a regression fails. Never lower them silently.
FLOORS = {"precision": 0.98, "recall": 0.88, "type_f1": 0.78, "date_acc": 0.875, "modality_acc": 0.97}


def _facts(text: str, date: str = "2024-09-23", title: str = "") -> list[dict]:
    return [f.to_json() for f in extract_article(Article(id="t", text=text, date=date, title=title))]


def _predict(articles: list[dict]) -> list[dict]:
    out = []
    for a in articles:
        art = Article(id=a["id"], text=a["text"], date=a.get("date"), title=a.get("title"))
        out.extend(f.to_json() for f in extract_article(art))
    return out


def test_seed_article_all_gold_facts_and_nothing_false(dev_set, scorer):
    result = scorer.score(dev_set["seed_articles"], dev_set["seed_gold"], _predict(dev_set["seed_articles"]))
    assert result["micro"]["tp"] == 10 and result["micro"]["precision"] == 1.0 and result["micro"]["recall"] == 1.0
    assert result["micro"]["date_acc"] == 1.0 and result["micro"]["modality_acc"] == 1.0


def test_dev_set_stays_above_the_floors(dev_set, scorer):
    result = scorer.score(dev_set["articles"], dev_set["gold"], _predict(dev_set["articles"]))
    micro = result["micro"]
    assert micro["precision"] >= FLOORS["precision"], micro
    assert micro["recall"] >= FLOORS["recall"], micro
    assert micro["date_acc"] >= FLOORS["date_acc"], micro
    assert micro["modality_acc"] >= FLOORS["modality_acc"], micro
    weak = {t: s["f1"] for t, s in result["types"].items() if s["gold"] and s["f1"] < FLOORS["type_f1"]}
    assert weak == {}


def test_evidence_is_the_verbatim_sentence():
    text = "Alemannia Aachen ist gut gestartet. Sieben Punkte aus sechs Spielen sind nicht schlecht."
    [fact] = _facts(text)
    assert fact["type"] == "record" and fact["evidence"] in text
    assert fact["evidence"] == "Sieben Punkte aus sechs Spielen sind nicht schlecht."
    assert (fact["args"]["club"], fact["args"]["points"], fact["args"]["games"]) == ("Alemannia Aachen", 7, 6)


def test_named_predecessor_gives_a_departure():
    facts = _facts("Am 4. März 2022 löste Torsten Lindemann den glücklosen Kai Rehberg als Trainer von Hannover 96 ab.")
    kinds = {(f["type"], f["args"]["person"]) for f in facts}
    assert kinds == {("coach_appointed", "Torsten Lindemann"), ("coach_departed", "Kai Rehberg")}
    assert all(f["date"] == "2022-03-04" for f in facts)


def test_rumour_denial_and_hypothetical():
    rumour = _facts("Wie die Bild berichtet, soll der SC Freiburg großes Interesse an Stürmer Timo Brandl haben.")
    assert [(f["type"], f["modality"]) for f in rumour] == [("interest", "reported")]
    hypothetical = _facts("Sollte der VfL Wolfsburg an Torsten Lindemann Interesse zeigen, wäre das ein Kompliment.")
    assert hypothetical == []
    denied = _facts("Der SC Freiburg hat Berichte über einen Wechsel von Verteidiger Jan Lindholm zum FC Bayern "
                    "München zurückgewiesen.")
    assert [(f["type"], f["modality"]) for f in denied] == [("transfer", "denied")]


def test_half_time_and_intermediate_scores_are_no_results():
    facts = _facts("Die Roten Teufel vom 1. FC Kaiserslautern setzten sich am Samstag mit 3:1 (1:1) "
                   "gegen Hannover 96 durch. Kapitän Jan Ober köpfte zum 1:1 ein.", date="2022-10-16")
    results = [f for f in facts if f["type"] == "match_result"]
    assert len(results) == 1
    args = results[0]["args"]
    assert (args["team"], args["team_goals"], args["opponent"], args["opponent_goals"]) == \
        ("1. FC Kaiserslautern", 3, "Hannover 96", 1)
    assert results[0]["date"] == "2022-10-15"


def test_fixture_is_expected_and_dated_with_kick_off():
    [fact] = _facts("Am Samstag, 12. Oktober (14 Uhr), geht es für den SC Verl in der 3. Liga gegen den SV "
                    "Sandhausen weiter.", date="2024-10")
    assert fact["type"] == "fixture" and fact["modality"] == "expected"
    assert fact["date"] == "2024-10-12T14:00" and fact["args"]["competition"] == "3. Liga"


def test_a_kick_off_time_apart_from_the_day_joins_the_match_day():
    [fact] = _facts("Am Samstag empfängt der SC Verl um 13.30 Uhr den SV Sandhausen.", date="2024-10-14")
    assert fact["type"] == "fixture" and fact["date"] == "2024-10-19T13:30"
    [fact] = _facts("Der SC Verl empfängt am Samstag den SV Sandhausen, Anpfiff ist um 20.30 Uhr.", date="2024-10-14")
    assert fact["date"] == "2024-10-19T20:30"
    # the time of another day is that day's: the result keeps its own day
    facts = _facts("Nach dem 2:1 gegen den VfL Bochum am Samstag geht es für den SC Verl am Dienstag um 19 Uhr gegen "
                   "den SV Sandhausen weiter.", date="2024-10-14")
    assert {f["type"]: f["date"] for f in facts} == {"match_result": "2024-10-12", "fixture": "2024-10-15T19:00"}
    [fact] = _facts("Heute um 18 Uhr empfängt der SC Verl den SV Sandhausen.", date="2024-10-14")
    assert fact["date"] == "2024-10-14T18:00"


def test_output_is_the_spec_format():
    [fact] = _facts("Sieben Punkte aus sechs Spielen holte Alemannia Aachen.")
    assert set(fact) == {"doc", "type", "args", "modality", "date", "evidence"}
    json.dumps(fact)


def test_the_day_of_a_report_does_not_date_the_event_it_reports():
    [appointed, departed] = _facts("Wie Drittligist SV Meppen seinen Fans am Mittwoch mitteilte, übernimmt zum 1. Juli "
                                   "Jonas Halbritter das Amt von Ralf Osterkamp.", date="2025-02-19")
    assert appointed["type"] == "coach_appointed" and appointed["date"] == "2025-07-01"
    [sacked] = _facts("Wie der SV Meppen am Mittwoch mitteilte, hat er Trainer Ralf Osterkamp entlassen.",
                      date="2025-02-20")
    assert sacked["date"] == "2025-02-19"  # the only day given dates the sacking


def test_a_year_after_nach_is_a_point_of_reference():
    [relegated] = _facts("Damit muss der 1. FC Köln wie schon nach 2018 erneut den schweren Weg in die 2. "
                         "Bundesliga antreten.", date="2024-05-20")
    assert relegated["type"] == "relegation" and relegated["date"] == "2024-05-20"


def test_an_offer_to_a_clubs_own_man_is_no_interest():
    told = "Kapitän Kurt Tessmann vom VfL Wolfsburg ist umworben. {} hat Kurt Tessmann ein Angebot unterbreitet."
    assert not [f for f in _facts(told.format("Der VfL Wolfsburg")) if f["type"] == "interest"]
    other = [f["args"] for f in _facts(told.format("Der SC Freiburg")) if f["type"] == "interest"]
    assert [(a["subject"], a["target"]) for a in other] == [("SC Freiburg", "Kurt Tessmann")]
