"""Stage 2: clubs, nicknames, people, anaphors and scores in a sentence."""

from __future__ import annotations

from karussell.domain import Article
from karussell.mentions import find_mentions


def _mentions(text: str, title: str = "", date: str = "2024-09-23"):
    am = find_mentions(Article(id="t", text=text, date=date, title=title))
    return am, [m for s in am.sentences for m in s.mentions]


def _values(text: str, kind: str, **kw) -> list:
    return [m.value for m in _mentions(text, **kw)[1] if m.kind == kind]


def test_clubs_by_name_short_form_and_genitive():
    assert _values("Der FCK schlug Schalkes Reserve, S04 jubelte nicht.", "club") == \
        ["1-fc-kaiserslautern", "fc-schalke-04", "fc-schalke-04"]


def test_shared_nickname_resolves_to_the_club_the_article_names():
    text = "Alemannia Aachen gewinnt. Die Schwarz-Gelben jubeln."
    assert _values(text, "club") == ["alemannia-aachen", "alemannia-aachen"]
    assert _values("Die Schwarz-Gelben jubeln.", "club") == []  # ambiguous without context


def test_demonym_before_a_noun_is_no_club_but_before_a_role_it_is():
    assert _values("Die Hamburger Morgenpost berichtet.", "club") == []
    assert _values("Der Bielefelder Coach Tobias Krumm lacht.", "club") == ["arminia-bielefeld"]
    # a role the tokenizer splits at its hyphen
    assert _values("Der frühere Schalker Co-Trainer Ole Brandt lacht.", "club") == ["fc-schalke-04"]
    assert _values("Die Hamburger Abend-Zeitung berichtet.", "club") == []


def test_reserve_team_from_u23():
    assert _values("Die U23 des VfB Stuttgart steigt auf.", "club") == ["vfb-stuttgart-ii"]


def test_club_number_ends_a_sentence():
    am, _ = _mentions("Gesucht wird ein Nachfolger beim FC Schalke 04. Bekanntlich wurde er entlassen.")
    assert [s.text for s in am.sentences] == ["Gesucht wird ein Nachfolger beim FC Schalke 04.",
                                              "Bekanntlich wurde er entlassen."]


def test_people_full_names_surnames_and_age_anaphors():
    text = ("Am Montag löste Torsten Lindemann den Trainer Kai Rehberg ab. Lindemann war froh. "
            "Der 42-Jährige lachte.")
    assert _values(text, "person") == ["Torsten Lindemann", "Kai Rehberg", "Torsten Lindemann", "Torsten Lindemann"]


def test_a_hyphenated_surname_alone_names_the_person_named_in_full_before():
    text = "Trainer Kai Lenz-Ohlsen bleibt. Lenz-Ohlsen war froh, Lenz lachte nicht."
    assert _values(text, "person") == ["Kai Lenz-Ohlsen", "Kai Lenz-Ohlsen"]


def test_a_role_apposed_to_a_name_is_his_and_an_age_adjective_is_no_anaphor():
    am, mentions = _mentions("Der Trainer des SC Verl, Timo Bergkamp, geht. Der Vertrag des 29-jährigen Kapitäns "
                             "Ole Mersch läuft aus. Auch der VfB Lübeck soll Interesse am 29-Jährigen haben.")
    assert am.people["Timo Bergkamp"]["role"] == "head_coach"
    assert [m.value for m in mentions if m.kind == "person"] == ["Timo Bergkamp", "Ole Mersch", "Ole Mersch"]


def test_a_noun_after_a_known_given_name_is_no_surname():
    text = "Torsten Lindemann ist da. Sollte ein Klub an Torsten Interesse zeigen, wäre das ein Kompliment."
    assert _values(text, "person") == ["Torsten Lindemann", "Torsten Lindemann"]


def test_a_common_noun_after_a_surname_ends_the_name():
    assert _values("Beim SC Verl ist Trainer Jens Haldorf Geschichte.", "person") == ["Jens Haldorf"]
    assert _values("Hans Peter Müller trifft.", "person") == ["Hans Peter Müller"]


def test_a_club_alias_after_a_role_and_a_given_name_is_a_surname():
    assert _values("Trainer Marco Antwerpen muss gehen.", "person") == ["Marco Antwerpen"]
    assert _values("Trainer Marco Antwerpen muss gehen.", "club") == []
    assert _values("Royal Antwerpen gewann das Spiel.", "club") == ["royal-antwerpen"]


def test_role_anaphor_skips_a_quoted_official():
    text = ("Stürmer Jonas Schöne ist begehrt. „Er bleibt“, sagte Sportchef Carsten Ober. "
            "Die Schwaben vom VfB Stuttgart wollen den Stürmer verpflichten.")
    people = _values(text, "person")
    assert people[-1] == "Jonas Schöne"


def test_compound_roles_keep_their_own_category():
    roles = _values("Co-Trainer Dennis Alber und U23-Trainer Bartosz Wilk und FCK-Trainer Uwe Sand.", "role")
    assert roles == ["assistant", "youth_coach", "head_coach"]


def test_scores_but_not_times_or_half_time_brackets_confused():
    values = _values("Der FCK gewann am Samstag mit 3:1 (1:1), Anstoß war um 13.30 Uhr.", "score")
    assert values == [(3, 1), (1, 1)]


def test_number_words():
    assert _values("Sieben Punkte aus sechs Spielen.", "number") == [7, 6]


def test_masked_positions_read_back_to_the_text():
    text = ("Der 1. FC Köln gewann am Sonntag, 3. März, mit 2:1 gegen den Hamburger SV. "
            "Trainer Jonas Feldkamp lobte sein Team, das sieben Punkte aus drei Spielen holte.")
    for sentence in find_mentions(Article(id="t", text=text, date="2024-03-04")).sentences:
        masked = sentence.masked
        assert sentence.offset(len(masked)) == sentence.end
        tags = {m.start for m in sentence.mentions}
        for i, char in enumerate(masked):
            at = sentence.offset(i)
            if char == "⟨":
                assert at in tags  # a tag opens at its mention's start
            elif char == "⟩":
                assert any(m.end - 1 == at for m in sentence.mentions)  # ... and closes at its last character
            elif not (masked.rfind("⟨", 0, i) > masked.rfind("⟩", 0, i)):
                assert text[at] == char  # plain text maps to itself


def test_a_full_name_named_before_stays_whole_though_its_surname_is_a_noun():
    text = "Trainer Ole Kamp bleibt. Der Klub lobte Ole Kamp. Ein Verein zeigte an Ole Interesse."
    assert _values(text, "person") == ["Ole Kamp", "Ole Kamp", "Ole Kamp"]


def test_a_nickname_with_its_city_or_name_is_one_mention_of_that_club():
    assert _values("Die Zebras aus Duisburg verloren beim SC Verl.", "club") == ["msv-duisburg", "sc-verl"]
    assert _values("Die Löwen aus München gewannen beim SC Verl.", "club") == ["tsv-1860-muenchen", "sc-verl"]
    assert _values("Die Löwen aus Braunschweig gewannen beim SC Verl.", "club") == \
        ["eintracht-braunschweig", "sc-verl"]
    assert _values("Die Löwen gewannen beim SC Verl.", "club") == ["sc-verl"]  # which Löwen, the text does not say


def test_a_shared_nickname_takes_the_club_of_the_articles_country():
    austrian = "Der SK Rapid Wien trifft am Sonntag auf Sturm Graz. Die Veilchen spielen in Linz."
    assert _values(austrian, "club")[-1] == "fk-austria-wien"
    german = "Der SC Verl trifft am Sonntag auf den VfL Osnabrück. Die Veilchen spielen in Halle."
    assert "fc-erzgebirge-aue" in _values(german, "club")


def test_die_bullen_are_the_red_bull_club_the_article_names():
    assert _values("RB Leipzig gewann. Die Bullen feierten.", "club") == ["rb-leipzig", "rb-leipzig"]
    assert _values("Red Bull Salzburg gewann. Die Bullen feierten.", "club") == ["red-bull-salzburg"] * 2


def test_die_austria_is_austria_wien_but_austria_lustenau_is_not():
    assert _values("Rapid empfängt die Austria.", "club") == ["sk-rapid-wien", "fk-austria-wien"]
    assert _values("Die Austria Lustenau verlor gegen Rapid.", "club") == ["sc-austria-lustenau", "sk-rapid-wien"]


def test_an_opening_quote_after_a_full_stop_begins_the_next_sentence():
    am, _ = _mentions("Der SC Verl holte zwei Punkte. „Wir sind zufrieden“, sagte der Trainer.")
    assert [s.text for s in am.sentences] == ["Der SC Verl holte zwei Punkte.",
                                              "„Wir sind zufrieden“, sagte der Trainer."]


def test_a_straight_quote_opens_the_next_sentence_only_before_a_word():
    am, _ = _mentions('Der SC Verl holte zwei Punkte. "Wir sind zufrieden." Das sagte Jan Ohl. "Gut so", meinte er.')
    assert [s.text for s in am.sentences] == ["Der SC Verl holte zwei Punkte.", '"Wir sind zufrieden."',
                                              "Das sagte Jan Ohl.", '"Gut so", meinte er.']


def test_a_club_is_named_without_its_founding_year():
    am, _ = _mentions("Der FC Ingolstadt verlor beim SV Darmstadt.")
    assert [(m.text, m.value) for s in am.sentences for m in s.mentions if m.kind == "club"] == [
        ("FC Ingolstadt", "fc-ingolstadt-04"), ("SV Darmstadt", "sv-darmstadt-98")]
    # a place after the shortened name makes it another club, one the lexicon lacks
    assert _values("Der FC Teutonia Watzenborn gewann.", "club") == ["unknown:FC Teutonia Watzenborn"]


def test_a_team_of_another_sport_or_of_the_youth_is_no_club():
    assert _values("Der THW Kiel gewann gegen Holstein Kiel.", "club") == ["holstein-kiel"]
    assert _values("Die Handballer des HSV Hamburg verloren beim SC Magdeburg.", "club") == []
    assert _values("Die Basketballer des FC Bayern München trafen auf Alba Berlin.", "club") == []
    assert _values("Die U19 von Borussia Dortmund schlug den SC Verl.", "club") == ["sc-verl"]
    assert _values("Die BVB-U19 schlug den SC Verl.", "club") == ["sc-verl"]
    assert _values("Die Profis von Borussia Dortmund schlugen den SC Verl.", "club") == \
        ["borussia-dortmund", "sc-verl"]
    assert _values("Die U23 des VfB Stuttgart schlug den SC Verl.", "club") == ["vfb-stuttgart-ii", "sc-verl"]


def test_a_score_no_football_match_ends_with_is_no_score():
    assert _values("Der TV Emsdetten gewann 28:25, der SC Verl 2:1.", "score") == [(2, 1)]
    assert _values("Im Pokal siegte der FC Bayern München 12:0.", "score") == [(12, 0)]


def test_an_age_in_brackets_after_a_name_is_read_with_the_person():
    _, mentions = _mentions("Der SC Verl holt Jan Ohl (45). Tor: Ole Brandt (88.).")
    assert [(m.kind, m.text) for m in mentions if m.kind in ("person", "number")][:2] == [
        ("person", "Jan Ohl (45)"), ("person", "Ole Brandt")]


def test_a_score_after_extra_time_or_penalties_takes_the_mark_along():
    _, mentions = _mentions("Der SC Verl verlor mit 1:2 n.V. gegen Lübeck, Meppen siegte 5:4 i.E. und Aue 3:2 nach "
                            "Verlängerung.")
    assert [(m.text, m.value) for m in mentions if m.kind == "score"] == [
        ("1:2 n.V.", (1, 2)), ("5:4 i.E.", (5, 4)), ("3:2 nach Verlängerung", (3, 2))]


def test_a_word_for_a_clubs_standing_is_read_with_its_name():
    _, mentions = _mentions("Der SC Verl bezwang den Tabellenführer VfB Lübeck.")
    assert [m.text for m in mentions if m.kind == "club"] == ["SC Verl", "Tabellenführer VfB Lübeck"]
    _, mentions = _mentions("Aufsteiger VfB Lübeck gewann.")  # a league label keeps its own rules
    assert [m.text for m in mentions if m.kind == "club"] == ["VfB Lübeck"]


def test_a_weekday_after_a_given_name_is_a_surname_but_alone_or_before_a_year_the_date():
    _, mentions = _mentions("Der SC Freiburg muss auf Dario Freitag verzichten, der am Freitag fehlte. "
                            "Lena Mai 2025 kam nicht.", date="2025-03-15")
    assert [(m.kind, m.text) for m in mentions if m.kind in ("person", "date")] == \
        [("person", "Dario Freitag"), ("date", "am Freitag"), ("date", "Mai 2025")]


def test_a_town_that_is_a_german_word_is_the_word_after_an_article_or_a_number():
    text = "Nach drei knappen Siegen und 14 Siegen spielt man in der Halle. In Siegen und gegen Aue gewann er."
    assert _values(text, "club") == ["sportfreunde-siegen", "fc-erzgebirge-aue"]


def test_der_club_is_nuernberg_only_where_the_article_names_nuernberg():
    assert _values("Der Club gewann gegen Hannover 96.", "club") == ["hannover-96"]
    assert _values("Der 1. FC Nürnberg steht unter Druck. Der Club gewann gegen Hannover 96.", "club") == \
        ["1-fc-nuernberg", "1-fc-nuernberg", "hannover-96"]


def test_a_german_league_name_is_austrias_league_in_an_article_on_austrian_clubs_only():
    assert _values("Der SV Ried muss in die 2. Liga.", "competition") == ["2. Liga (Österreich)"]
    assert _values("Der Grazer AK ist zurück in der Bundesliga.", "competition") == ["Österreichische Bundesliga"]
    assert _values("Der SV Ried und der VfL Bochum müssen in die 2. Liga.", "competition") == ["2. Bundesliga"]


def test_frauen_after_a_club_with_a_hyphen_or_a_space_is_its_womens_team():
    assert _values("Bayer Leverkusen Frauen gewinnen, die Bayern-Frauen auch.", "club") == \
        ["bayer-04-leverkusen-frauen", "fc-bayern-muenchen-frauen"]
    assert _values("Bayer Leverkusen und Frauenfußball.", "club") == ["bayer-04-leverkusen"]


def test_the_other_side_of_a_womens_team_is_a_womens_team_in_its_sentence():
    long_before = "Der FC Bayern München spielt am Samstag. " * 16  # the article is no women's football article
    assert _values(long_before + "Die Bayern-Frauen gewannen gegen die TSG Hoffenheim.", "club")[-2:] == \
        ["fc-bayern-muenchen-frauen", "tsg-1899-hoffenheim-frauen"]
    assert _values(long_before + "Die TSG Hoffenheim verlor.", "club")[-1:] == ["tsg-1899-hoffenheim"]


def test_a_role_and_one_foreign_name_is_a_person_named_by_surname_and_joined_to_his_full_name():
    assert _values("Schalke entlässt Trainer Geraerts. Stürmer Kane traf.", "person") == ["Geraerts", "Kane"]
    assert _values("Der Klub entließ Trainer Geraerts. Karel Geraerts war seit Oktober im Amt.", "person") == \
        ["Karel Geraerts", "Karel Geraerts"]
    # a word of German, a compound of one, a club's label or name after the role is none
    assert _values("Trainer Anfang, Torhüter Drittligist, Trainer Pokalsieger und Stürmer Schalkes.", "person") == []


def test_a_feminine_role_after_die_stands_for_the_woman_named_before_but_a_plural_does_not():
    text = "Stürmerin Nicole Brandt trifft. Die Nationalspielerin jubelt. Die Stürmer des SC Verl jubeln auch."
    assert _values(text, "person") == ["Nicole Brandt", "Nicole Brandt"]


def test_a_role_in_the_genitive_with_an_adjective_before_it_is_a_role():
    roles = _values("Der Nachfolger des entlassenen Trainers Jan Ohl ist da. Die neuen Profis kommen.", "role")
    assert roles == ["head_coach"]


def test_we_in_a_quote_is_the_club_its_attribution_names():
    said = "„Wir sind an Ole Brandt interessiert“, sagte Sportchef Tim Weber vom SC Verl."
    assert _values(said, "club") == ["sc-verl", "sc-verl"]
    before = "Sportchef Tim Weber vom SC Verl bestätigte: „Wir wollen Ole Brandt holen.“"
    assert _values(before, "club") == ["sc-verl", "sc-verl"]
    # two clubs in the attribution, none, or no quote: "wir" stays a word
    assert _values("„Wir sind stark“, sagte Tim Weber vom SC Verl über den VfB Lübeck.", "club") == \
        ["sc-verl", "vfb-luebeck"]
    assert _values("„Wir sind stark“, sagte Sportchef Tim Weber.", "club") == []
    assert _values("Wir vom SC Verl sind stark.", "club") == ["sc-verl"]

    # a speaker the article names with his club elsewhere
    named = "Sportchef Tim Weber vom SC Verl kennt den Markt. Tim Weber sagte: „Wir wollen Ole Brandt holen.“"
    assert _values(named, "club") == ["sc-verl", "sc-verl"]
    # a pronoun speaker is the person named last before, with his club
    pronoun = "Sportchef Tim Weber vom SC Verl kennt den Markt. Er bestätigte: „Wir wollen Ole Brandt holen.“"
    assert _values(pronoun, "club") == ["sc-verl", "sc-verl"]
    unnamed = "Sportchef Tim Weber kennt den Markt. Er bestätigte: „Wir wollen Ole Brandt holen.“"
    assert _values(unnamed, "club") == []
    # "uns" after "zu" and "bei" is the club too, not after "für"
    assert _values("„Ole Brandt kommt zu uns, bei uns passt er, für uns ist das gut“, sagte Tim Weber vom SC Verl.",
                   "club") == ["sc-verl", "sc-verl", "sc-verl"]
