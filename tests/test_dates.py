"""Date expressions found in German text and resolved against the article date."""

from __future__ import annotations

import pytest

from karussell.dates import Anchor, find_dates, resolve

CASES = [
    # text, article date, direction, expected
    ("Am 6. September 2023 löste er ihn ab.", "2024-09", "past", "2023-09-06"),
    ("Am Mittwoch, 25. September (19 Uhr), geht es weiter.", "2024-09", "future", "2024-09-25T19:00"),
    ("am Freitagabend (19 Uhr) beim SV Sandhausen", "2023-10-09", "future", "2023-10-13T19:00"),
    ("am Samstag mit 3:1 gewonnen", "2022-10-16", "past", "2022-10-15"),
    ("am Sonntag", "2022-10-16", "past", "2022-10-16"),
    ("am kommenden Sonntag um 13.30 Uhr", "2022-10-16", "future", "2022-10-23T13:30"),
    ("am Samstag", "2024-09", "past", "2024-09"),  # a weekday in a month-dated article
    ("im Sommer 2022", "2023-10-09", "past", "2022"),
    ("im vergangenen Frühjahr", "2022-12-05", "past", "2022"),
    ("vor der Winterpause", "2024-01-16", "past", "2023"),
    ("im vergangenen Jahr", "2021-03", "past", "2020"),
    ("im Vorjahr", "2019-05-29", "past", "2018"),
    ("Im Februar 2021", "2023-03-20", "past", "2021-02"),
    ("im Januar", "2021-08-23", "past", "2021-01"),
    ("bis zum 30. Juni 2027", "2024-09", "future", "2027-06-30"),
    ("Sonntag, 27. September, um 13.30 Uhr", "2020-09-20", "future", "2020-09-27T13:30"),
    ("Sa., 19.3., 13.30 Uhr", "2022-03-14", "future", "2022-03-19T13:30"),
    ("Sa., 14 Uhr: VfL Osnabrück – SC Verl", "2025-11-24", "future", "2025-11-29T14:00"),
    ("So., 13.30 Uhr: Alemannia Aachen – Rot-Weiss Essen", "2025-11-24", "future", "2025-11-30T13:30"),
    ("am 20.09.2020", "2020-09-21", "past", "2020-09-20"),
    ("Vor zehn Jahren war das anders.", "2026-02-02", "past", "2016"),
    ("vor 15 Jahren", "2026-02-02", "past", "2011"),
    ("vor drei Tagen", "2025-03-13", "past", "2025-03-10"),
    ("Vor zwei Wochen war er noch Trainer.", "2025-03-13", "past", "2025-02-27"),
    ("vor einer Woche", "2025-03-13", "past", "2025-03-06"),
    ("Vor zwei Jahren", "2024-06", "past", "2022"),
    ("Vor einem Jahr war das anders.", "2026-02-02", "past", "2025"),
    ("im April", "2026-02-02", "elapsed", "2025-04"),  # a result: over, so last April
    ("im März", "2026-02-02", "past", "2026-03"),  # a report in the present tense may tell of next month
    ("hat gestern Trainer X entlassen", "2026-02-11", "past", "2026-02-10"),
    ("Vorgestern kam er", "2026-03-01", "past", "2026-02-27"),
    ("Heute Abend (20.30 Uhr) empfängt der X", "2026-02-11", "future", "2026-02-11T20:30"),
    ("das Spiel ist morgen um 18 Uhr", "2025-12-31", "future", "2026-01-01T18:00"),
    ("gestern", "2026-02", "past", "2026-02"),  # an article dated to the month
    ("verlässt den Klub zum Saisonende", "2020-02-19", "future", "2020-06"),  # the season's last month
    ("am Ende der Saison", "2025-10-01", "future", "2026-06"),
    ("Zum Monatsende geht er", "2026-02-11", "future", "2026-02"),
    ("Ende des Jahres", "2026-02-11", "future", "2026-12"),
    # the season before the article's, in the year it ended (its moves, its final table)
    ("in der vergangenen Saison", "2025-10-20", "past", "2025"),
    ("in der vergangenen Saison", "2026-02-02", "past", "2025"),
    ("im vergangenen Jahr", "2025-10-20", "past", "2024"),
    # a week, Monday to Sunday: its month, or its year where it spans two months
    ("Vergangene Woche gewann er", "2024-10-21", "past", "2024-10"),
    ("in der vergangenen Woche", "2024-10-02", "past", "2024-09"),
    ("In der kommenden Woche spielt er", "2024-10-21", "future", "2024"),
    ("diese Woche", "2024-10-16", "future", "2024-10"),
    ("nächste Woche", "2024-10", "future", "2024-10"),  # an article dated to the month
]


@pytest.mark.parametrize(("text", "article", "direction", "expected"), CASES)
def test_date_expressions(text: str, article: str, direction: str, expected: str):
    found = find_dates(text)
    assert found, f"no date found in {text!r}"
    assert resolve(found[0].expr, Anchor.parse(article), direction) == expected


@pytest.mark.parametrize("text", ["Er traf zum 2:1.", "in der 85. Minute", "nach 3:0-Führung", "2.500 Zuschauer",
                                  "am Morgen nach dem Spiel", "kurz vor Saisonende", "So gewann er um 14 Uhr."])
def test_no_date_where_there_is_none(text: str):
    assert [d for d in find_dates(text) if d.expr.month or d.expr.weekday is not None or d.expr.year
            or d.expr.relative_days is not None or d.expr.period_end] == []


def test_a_weekend_is_dated_to_its_month_as_no_day_is_said():
    [last] = find_dates("am vergangenen Wochenende")
    assert resolve(last.expr, Anchor.parse("2024-05-01"), "past") == "2024-04"
    [coming] = find_dates("am kommenden Wochenende")
    assert resolve(coming.expr, Anchor.parse("2024-04-30"), "future") == "2024-05"


def test_a_week_that_is_not_the_articles_neighbour_is_no_date():
    assert [d.expr.week_shift for d in find_dates("in der letzten Woche der Transferperiode")] == []
    assert resolve(find_dates("kommende Woche")[0].expr, Anchor.parse("2025-12-24")) is None  # into 2026
