"""News phrasing beyond the dev set (texts written for these tests): what must be found, and what
must not be, in round-ups, live tickers, interviews, commentary and short news."""

from __future__ import annotations

import itertools

import pytest

from karussell.domain import Article
from karussell.pipeline import extract_article


def _facts(text: str, date: str = "2024-10-14", title: str = "") -> set[tuple]:
    out = set()
    for f in extract_article(Article("t", text, date, title)):
        a = f.args
        key = {"match_result": ("team", "team_goals", "opponent", "opponent_goals"), "fixture": ("team", "opponent"),
               "coach_departed": ("person", "club", "reason"), "coach_appointed": ("person", "club"),
               "contract": ("person", "club", "until"), "transfer": ("person", "from_club", "to_club"),
               "relegation": ("club",), "promotion": ("club",), "record": ("club", "points", "games"),
               "player_status": ("person", "status"), "interest": ("subject", "target")}[f.type]
        out.add((f.type, f.modality, *(a.get(k) for k in key)))
    return out


FOUND = [
    ("Bayer Leverkusen gewann 2:1 gegen den FC St. Pauli, Eintracht Frankfurt setzte sich mit 4:0 gegen den "
     "1. FC Heidenheim durch.",
     {("match_result", "asserted", "Bayer 04 Leverkusen", 2, "FC St. Pauli", 1),
      ("match_result", "asserted", "Eintracht Frankfurt", 4, "1. FC Heidenheim", 0)}),
    ("Der VfB Stuttgart verlor dagegen 0:1 beim VfL Wolfsburg.",
     {("match_result", "asserted", "VfB Stuttgart", 0, "VfL Wolfsburg", 1)}),
    ("Ergebnisse: SC Wiedenbrück – Sportfreunde Lotte 2:1, Wuppertaler SV – 1. FC Köln II 0:0.",
     {("match_result", "asserted", "SC Wiedenbrück", 2, "SF Lotte", 1),
      ("match_result", "asserted", "Wuppertaler SV", 0, "1. FC Köln II", 0)}),
    ("Der VfL Bochum entlässt Trainer Peter Zeidler. Nachfolger wird Dieter Hecking, der einen Vertrag bis 2026 "
     "erhält.",
     {("coach_departed", "asserted", "Peter Zeidler", "VfL Bochum", "sacked"),
      ("coach_appointed", "asserted", "Dieter Hecking", "VfL Bochum"),
      ("contract", "asserted", "Dieter Hecking", "VfL Bochum", "2026")}),
    # a man brought back as head coach is appointed, not transferred
    ("Der SV Meppen setzt auf Erfahrung und holt Uwe Bein als Cheftrainer zurück.",
     {("coach_appointed", "asserted", "Uwe Bein", "SV Meppen")}),
    # a compound role word the list lacks names a person whose given name it does not know
    ("Der SC Verl hat noch einmal zugeschlagen: Vom FC Basel kommt Flügelstürmer Bénie Kasongo.",
     {("transfer", "asserted", "Bénie Kasongo", "FC Basel", "SC Verl")}),
    # "hieß es" tells a final score here, no hearsay
    ("Am Ende hieß es 3:3 zwischen dem SC Verl und dem VfB Lübeck.",
     {("match_result", "asserted", "SC Verl", 3, "VfB Lübeck", 3)}),
    ("Der SC Verl hat am Sonntag in der Liga den VfB Lübeck mit 3:1 besiegt.",
     {("match_result", "asserted", "SC Verl", 3, "VfB Lübeck", 1)}),
    # a failure told after another move is that other move's
    ("Der SC Verl ist 2023 in die Regionalliga abgestiegen und hat die sofortige Rückkehr verpasst.",
     {("relegation", "asserted", "SC Verl")}),
    # "seit" before a season stays a word, as the rules read it
    ("Uwe Brehm ist seit Sommer 2021 Trainer des SC Verl.", {("coach_appointed", "asserted", "Uwe Brehm", "SC Verl")}),
    # a club named in the plural (a nickname, a club's "wir") takes the plural verb
    ("Die Königsblauen haben Trainer Jan Ohl zum Cheftrainer befördert.",
     {("coach_appointed", "asserted", "Jan Ohl", "FC Schalke 04")}),
    # a question how long takes what it asks about as told
    ("Wie lange fällt Torwart Ole Brandt aus?", {("player_status", "asserted", "Ole Brandt", "injured")}),
    # the move told two sentences before gives the contract its club, though other clubs follow
    ("Der 1. FC Heidenheim verpflichtet Verteidiger Lenny Kaspersen vom FC Luzern. Über die Ablöse vereinbarten "
     "die Klubs Stillschweigen. Der 25-Jährige erhält einen Vertrag bis 2028. Werder Bremen ist derweil an "
     "Stürmer Till Aschauer interessiert.",
     {("transfer", "asserted", "Lenny Kaspersen", "FC Luzern", "1. FC Heidenheim"),
      ("contract", "asserted", "Lenny Kaspersen", "1. FC Heidenheim", "2028"),
      ("interest", "reported", "SV Werder Bremen", "Till Aschauer")}),
    # talks confirmed by the club the sentence is about, not by the club of the article's first item
    ("Ticker: Der 1. FC Heidenheim verpflichtet Verteidiger Lenny Kaspersen vom FC Luzern. Der FC Augsburg hat "
     "Gespräche mit dem Umfeld von Mittelstürmer Till Aschauer bestätigt.",
     {("transfer", "asserted", "Lenny Kaspersen", "FC Luzern", "1. FC Heidenheim"),
      ("interest", "reported", "FC Augsburg", "Till Aschauer")}),
    ("Der FC Augsburg und Trainer Jess Thorup gehen getrennte Wege. Sandro Wagner übernimmt den Trainerposten "
     "beim FC Augsburg.",
     {("coach_departed", "asserted", "Jess Thorup", "FC Augsburg", "mutual"),
      ("coach_appointed", "asserted", "Sandro Wagner", "FC Augsburg")}),
    ("Enzo Falkner tritt als Trainer von Rot-Weiss Essen zurück.",
     {("coach_departed", "asserted", "Enzo Falkner", "Rot-Weiss Essen", "resigned")}),
    ("Der 1. FC Köln leiht Stürmer Damion Downs an den SC Paderborn 07 aus. Kapitän Florian Kainz verlängert "
     "seinen Vertrag beim 1. FC Köln bis 2027.",
     {("transfer", "asserted", "Damion Downs", "1. FC Köln", "SC Paderborn 07"),
      ("contract", "asserted", "Florian Kainz", "1. FC Köln", "2027")}),
    ("Der 1. FC Köln und der SV Darmstadt 98 stiegen aus der Bundesliga ab. Holstein Kiel und der FC St. Pauli "
     "stiegen in die Bundesliga auf.",
     {("relegation", "asserted", "1. FC Köln"), ("relegation", "asserted", "SV Darmstadt 98"),
      ("promotion", "asserted", "Holstein Kiel"), ("promotion", "asserted", "FC St. Pauli")}),
    ("Wie die Sport Bild berichtet, beschäftigt sich der 1. FC Union Berlin mit Mittelfeldspieler Jonas Kramer "
     "von Hertha BSC.",
     {("interest", "reported", "1. FC Union Berlin", "Jonas Kramer")}),
    ("Trainer Julian Schuster muss auf den gesperrten Maximilian Eggestein verzichten. Auch Michael Gregoritsch "
     "ist angeschlagen.",
     {("player_status", "asserted", "Maximilian Eggestein", "suspended"),
      ("player_status", "asserted", "Michael Gregoritsch", "doubtful")}),
    ("Der VfB Stuttgart gibt Verteidiger Hiroki Ito an den FC Bayern München ab. Laut Medienberichten ist der "
     "FC Schalke 04 an Mittelfeldspieler Ron Schallenberg interessiert.",
     {("transfer", "asserted", "Hiroki Ito", "VfB Stuttgart", "FC Bayern München"),
      ("interest", "reported", "FC Schalke 04", "Ron Schallenberg")}),
    ("Hertha BSC sucht einen neuen Trainer. Auch der frühere Schalker Coach Frank Kramer wird gehandelt. "
     "Sportdirektor Benjamin Weber dementierte, dass es Gespräche mit Markus Gisdol gegeben habe.",
     {("interest", "reported", "Hertha BSC", "Frank Kramer"), ("interest", "denied", "Hertha BSC", "Markus Gisdol")}),
    ("Der SC Paderborn 07 hat Mittelfeldspieler Jonas Berger unter Vertrag genommen. Auch der VfL Wolfsburg hat "
     "Stürmer Malte Krause auf dem Zettel.",
     {("transfer", "asserted", "Jonas Berger", None, "SC Paderborn 07"),
      ("interest", "reported", "VfL Wolfsburg", "Malte Krause")}),
    ("Der SC Verl ist nach einem 2:0 in Aue aufgestiegen. Der SV Sandhausen ist dagegen abgestiegen.",
     {("promotion", "asserted", "SC Verl"), ("relegation", "asserted", "SV Sandhausen")}),
    ("Der FC Bayern München soll großes Interesse an Harry Kane von Tottenham Hotspur haben. Tottenham will Kane "
     "nicht verkaufen. Kanes Vertrag in London läuft noch bis 2024.",
     {("interest", "reported", "FC Bayern München", "Harry Kane"),
      ("contract", "asserted", "Harry Kane", "Tottenham Hotspur", "2024")}),
    ("Victor Boniface kam nach seiner Verletzung zu seinem Comeback.",
     {("player_status", "asserted", "Victor Boniface", "returned")}),
    ("Stürmer Thilo Töpken fehlt weiter mit einer Knieverletzung, Kapitän Joshua Bitter ist nach überstandener "
     "Grippe wieder im Training.",
     {("player_status", "asserted", "Thilo Töpken", "injured"),
      ("player_status", "asserted", "Joshua Bitter", "returned")}),
    ("Im letzten Heimspiel siegte der Karlsruher SC gegen den VfL Osnabrück, der längst als Absteiger feststand. "
     "Der SC Verl ist am Samstag beim FC Ingolstadt 04 gefordert.",
     {("relegation", "asserted", "VfL Osnabrück"), ("fixture", "expected", "SC Verl", "FC Ingolstadt 04")}),
    ("Nach sieben Jahren in der zweiten Liga spielt der 1. FC Nürnberg in der neuen Saison wieder erstklassig.",
     {("promotion", "asserted", "1. FC Nürnberg")}),
    ("Der Karlsruher SC muss am Samstag beim FC St. Pauli ran, Hertha BSC darf am Sonntag gegen Schalke ran. "
     "Beim SC Verl sah Abwehrspieler Marek Tomczak in der 81. Minute glatt Rot.",
     {("fixture", "expected", "Karlsruher SC", "FC St. Pauli"), ("fixture", "expected", "Hertha BSC", "FC Schalke 04"),
      ("player_status", "asserted", "Marek Tomczak", "suspended")}),
    ("Der FC Ingolstadt 04 hat Trainer Rüdiger Hallmann freigestellt. Die Mannschaft übernimmt vorerst "
     "Co-Trainer Malte Brinkhoff. Zuvor gewann der 1. FC Nürnberg das Frankenderby gegen die SpVgg Greuther "
     "Fürth mit 3:1. Der VfL Bochum verpflichtet Stürmer Ilja Markovic vom SV Darmstadt 98.",
     {("coach_departed", "asserted", "Rüdiger Hallmann", "FC Ingolstadt 04", "sacked"),
      ("coach_appointed", "asserted", "Malte Brinkhoff", "FC Ingolstadt 04"),
      ("match_result", "asserted", "1. FC Nürnberg", 3, "SpVgg Greuther Fürth", 1),
      ("transfer", "asserted", "Ilja Markovic", "SV Darmstadt 98", "VfL Bochum")}),
    ("Der VfL Wolfsburg hat den Vertrag von Mittelfeldspieler Jannis Oberholz bis 2027 verlängert. Hannover 96 "
     "hat Torhüter Sören Kahlert langfristig gebunden: Der 31-Jährige unterschrieb bis 2028.",
     {("contract", "asserted", "Jannis Oberholz", "VfL Wolfsburg", "2027"),
      ("contract", "asserted", "Sören Kahlert", "Hannover 96", "2028")}),
    ("Der FC St. Pauli schlägt den SV Werder Bremen 3:0 (1:0). Hertha BSC unterlag am Sonntag beim Karlsruher SC "
     "mit 0:2.",
     {("match_result", "asserted", "FC St. Pauli", 3, "SV Werder Bremen", 0),
      ("match_result", "asserted", "Hertha BSC", 0, "Karlsruher SC", 2)}),
    ("Die Gerüchte, der FC Schalke 04 wolle Trainer Karel Gerling entlassen, wies der Klub zurück. "
     "Schalke-Sportvorstand Peter Knaup wies auch Berichte über ein Interesse an Stürmer Jonas Windhorst vom "
     "VfL Wolfsburg zurück.",
     {("coach_departed", "denied", "Karel Gerling", "FC Schalke 04", "sacked"),
      ("interest", "denied", "FC Schalke 04", "Jonas Windhorst")}),
    ("Der TSV 1860 München muss nach dem 0:2 in Ulm in die Regionalliga absteigen. Der Abstieg von Hertha BSC ist "
     "seit Samstag Gewissheit.",
     {("relegation", "asserted", "TSV 1860 München"), ("relegation", "asserted", "Hertha BSC")}),
    ("Der FC Bayern München muss am Samstag gegen Mainz antreten. Der Einsatz von Mittelfeldspieler Leon Gerstner "
     "ist fraglich. Der SC Freiburg tritt am Sonntag (15.30 Uhr) beim VfL Wolfsburg an. Die Freiburger haben aus "
     "den ersten fünf Spielen 13 Punkte geholt.",
     {("fixture", "expected", "FC Bayern München", "1. FSV Mainz 05"),
      ("player_status", "asserted", "Leon Gerstner", "doubtful"),
      ("fixture", "expected", "SC Freiburg", "VfL Wolfsburg"), ("record", "asserted", "SC Freiburg", 13, 5)}),
    ("Der FC Bayern München hat Abwehrspieler Hiroshi Itaki für rund 23,5 Millionen Euro vom VfB Stuttgart "
     "verpflichtet. Borussia Mönchengladbach hat Trainer Gerd Seemann vorzeitig bis 2027 gebunden. Beim SC "
     "Paderborn 07 läuft der Vertrag von Trainer Lukas Kwiatek noch bis 2025. Der 1. FC Köln ist an einer "
     "Verpflichtung von Stürmer Tim Lemmers interessiert. Nach Informationen des kicker steht Mittelfeldspieler "
     "Lukas Ullmann vor einem Wechsel zum FC Augsburg.",
     {("transfer", "asserted", "Hiroshi Itaki", "VfB Stuttgart", "FC Bayern München"),
      ("contract", "asserted", "Gerd Seemann", "Borussia Mönchengladbach", "2027"),
      ("contract", "asserted", "Lukas Kwiatek", "SC Paderborn 07", "2025"),
      ("interest", "reported", "1. FC Köln", "Tim Lemmers"),
      ("transfer", "reported", "Lukas Ullmann", None, "FC Augsburg")}),
    ("Bruno Lehmann ist nicht mehr Trainer des VfB Stuttgart. Nach der 0:4-Pleite in Bremen musste Trainer "
     "Sandro Schulz beim Hamburger SV seinen Hut nehmen. Pellegrino Matteo legt sein Amt als Trainer der TSG "
     "Hoffenheim nieder. Trainer Heiko Vogt verlässt den FC Basel zum Saisonende. Eintracht Frankfurt hat sich "
     "auf Dino Topp als neuen Cheftrainer geeinigt.",
     {("coach_departed", "asserted", "Bruno Lehmann", "VfB Stuttgart", "unknown"),
      ("coach_departed", "asserted", "Sandro Schulz", "Hamburger SV", "sacked"),
      ("coach_departed", "asserted", "Pellegrino Matteo", "TSG 1899 Hoffenheim", "resigned"),
      ("coach_departed", "expected", "Heiko Vogt", "FC Basel", "left"),
      ("coach_appointed", "asserted", "Dino Topp", "Eintracht Frankfurt")}),
    ("Der VfL Wolfsburg gilt als heißester Anwärter auf eine Verpflichtung von Marvin Duckwitz. Wie die Bild "
     "berichtet, ist Nils Kovacic ein Kandidat beim FC Augsburg. Werder-Sportchef Clemens Fritsche bestätigte "
     "Gespräche mit Stürmer Keke Tops.",
     {("interest", "reported", "VfL Wolfsburg", "Marvin Duckwitz"),
      ("interest", "reported", "FC Augsburg", "Nils Kovacic"),
      ("interest", "reported", "SV Werder Bremen", "Keke Tops")}),
    ("Der SC Freiburg hat sein Heimspiel gegen den 1. FC Union Berlin mit 2:1 gewonnen. Bayern kam gegen "
     "Leverkusen nicht über ein 1:1 hinaus. Im Topspiel trennten sich Borussia Dortmund und RB Leipzig torlos. "
     "Der 1. FC Heidenheim verliert sein Heimspiel gegen den VfB Stuttgart mit 0:1.",
     {("match_result", "asserted", "SC Freiburg", 2, "1. FC Union Berlin", 1),
      ("match_result", "asserted", "FC Bayern München", 1, "Bayer 04 Leverkusen", 1),
      ("match_result", "asserted", "Borussia Dortmund", 0, "RB Leipzig", 0),
      ("match_result", "asserted", "1. FC Heidenheim", 0, "VfB Stuttgart", 1)}),
    ("Im Hinspiel hatte der FC Schalke 04 noch mit 3:1 gegen den Karlsruher SC gewonnen. Der Hamburger SV hat am "
     "Samstag 2:0 beim 1. FC Nürnberg gewonnen.",
     {("match_result", "asserted", "FC Schalke 04", 3, "Karlsruher SC", 1),
      ("match_result", "asserted", "Hamburger SV", 2, "1. FC Nürnberg", 0)}),
    ("Beim FC Augsburg fehlt Verteidiger Jeffrey Gauweler gelbgesperrt. Mittelfeldspieler Arne Maurer muss wegen "
     "einer Muskelverletzung passen. Stürmer Ermin Demirel ist nach seiner Knieverletzung wieder fit.",
     {("player_status", "asserted", "Jeffrey Gauweler", "suspended"),
      ("player_status", "asserted", "Arne Maurer", "injured"),
      ("player_status", "asserted", "Ermin Demirel", "returned")}),
    ("Preußen Münster ist nach 32 Jahren in die 2. Bundesliga zurückgekehrt. Der SSV Ulm 1846 hat den Durchmarsch "
     "in die 2. Bundesliga geschafft.",
     {("promotion", "asserted", "SC Preußen Münster"), ("promotion", "asserted", "SSV Ulm 1846")}),
    ("Am Samstag reist der SC Freiburg zum VfB Stuttgart. Das nächste Spiel bestreitet der SV Elversberg am "
     "Freitag beim 1. FC Magdeburg.",
     {("fixture", "expected", "SC Freiburg", "VfB Stuttgart"), ("fixture", "expected", "SV Elversberg",
                                                                  "1. FC Magdeburg")}),
    ("Der VfB Stuttgart zieht die Kaufoption für Verteidiger Maximilian Mittelbach. Der 1. FC Union Berlin leiht "
     "Angreifer Mikkel Kaufholt vom Karlsruher SC aus. Der FC Augsburg hat sich die Dienste von Torwart Finn "
     "Dahlmann gesichert. Mittelfeldspieler Leon Gorecki zieht es zu Galatasaray Istanbul.",
     {("transfer", "asserted", "Maximilian Mittelbach", None, "VfB Stuttgart"),
      ("transfer", "asserted", "Mikkel Kaufholt", "Karlsruher SC", "1. FC Union Berlin"),
      ("transfer", "asserted", "Finn Dahlmann", None, "FC Augsburg"),
      ("transfer", "asserted", "Leon Gorecki", None, "Galatasaray Istanbul")}),
    ("Der VfL Bochum hat nach zehn Spielen erst fünf Punkte. Hertha BSC holte nur einen Punkt aus den letzten fünf "
     "Partien.",
     {("record", "asserted", "VfL Bochum", 5, 10), ("record", "asserted", "Hertha BSC", 1, 5)}),
    ("Neuer Trainer beim Hamburger SV wird Merlin Polster. Neuer Cheftrainer des 1. FC Köln ist Gerd Strubel. "
     "Beim VfL Bochum übernimmt Dieter Heckel das Traineramt.",
     {("coach_appointed", "asserted", "Merlin Polster", "Hamburger SV"),
      ("coach_appointed", "asserted", "Gerd Strubel", "1. FC Köln"),
      ("coach_appointed", "asserted", "Dieter Heckel", "VfL Bochum")}),
    ("Werder hat nach 25 Spieltagen nun 36 Punkte auf dem Konto. Wolfsburg-Kapitän Maximilian Arndt sah in der "
     "Nachspielzeit Gelb-Rot. Beim Gegner sah Verteidiger Jan Brodersen Rot.",
     {("record", "asserted", "SV Werder Bremen", 36, 25),
      ("player_status", "asserted", "Maximilian Arndt", "suspended"),
      ("player_status", "asserted", "Jan Brodersen", "suspended")}),
    ("Laut Bild ist der FC Schalke 04 an Stürmer Jonas Kehl interessiert. Das ist kein Thema, sagte Sportdirektor "
     "Ben Mangold. Der VfL Bochum soll Verteidiger Tim Oermann im Visier haben.\n\nDa ist nichts dran.",
     {("interest", "denied", "FC Schalke 04", "Jonas Kehl"), ("interest", "denied", "VfL Bochum", "Tim Oermann")}),
    ("Laut kicker soll Bo Svendsen neuer Trainer beim 1. FC Union Berlin werden. Ab Sommer übernimmt Nils Kovacic "
     "den VfL Wolfsburg. Der FC Bayern München hat Vincent Kompanek als neuen Trainer bestätigt. Florian Kohlfeld "
     "wird neuer Trainer beim SV Darmstadt 98 werden.",
     {("coach_appointed", "reported", "Bo Svendsen", "1. FC Union Berlin"),
      ("coach_appointed", "expected", "Nils Kovacic", "VfL Wolfsburg"),
      ("coach_appointed", "asserted", "Vincent Kompanek", "FC Bayern München"),
      ("coach_appointed", "expected", "Florian Kohlfeld", "SV Darmstadt 98")}),
    ("Borussia Dortmund hat kein Interesse an Stürmer Serhat Guirad.",
     {("interest", "denied", "Borussia Dortmund", "Serhat Guirad")}),
    ("Ein Wechsel von Florian Wirth zum FC Bayern München kommt nicht in Frage, sagte Simon Rolf.",
     {("transfer", "denied", "Florian Wirth", None, "FC Bayern München")}),
    ("Der Hamburger SV wird Trainer Steffen Baumann nicht entlassen. Entgegen allen Gerüchten hat "
     "sich der SC Verl nicht von Chefcoach Marco Wiese getrennt. Der FC Schalke 04 ist an "
     "Mittelfeldspieler Ron Schallhorn nicht interessiert.",
     {("coach_departed", "denied", "Steffen Baumann", "Hamburger SV", "sacked"),
      ("coach_departed", "denied", "Marco Wiese", "SC Verl", "sacked"),
      ("interest", "denied", "FC Schalke 04", "Ron Schallhorn")}),
    ("Mit dem 2:0 gegen den SV Meppen ist dem SC Verl der Aufstieg in die 2. Bundesliga nicht mehr zu nehmen. "
     "Unter Trainer Steffen Baumann stieg der SC Paderborn 07 2019 in die Bundesliga auf.",
     {("promotion", "asserted", "SC Verl"), ("promotion", "asserted", "SC Paderborn 07")}),
    ("Es ist offiziell: Trainer Marco Rosen muss bei RB Leipzig gehen.",
     {("coach_departed", "asserted", "Marco Rosen", "RB Leipzig", "sacked")}),
    ("Nach seiner langen Zwangspause ist Kapitän Jonas Hecker zurück im Mannschaftstraining.",
     {("player_status", "asserted", "Jonas Hecker", "returned")}),
    ("Der VfL Bochum soll Verteidiger Tim Oermann im Visier haben. Die Bochumer spielen am Samstag.",
     {("interest", "reported", "VfL Bochum", "Tim Oermann")}),
    ("Beim SV Werder Bremen gewann der VfL Wolfsburg am Sonntag mit 3:0 (1:0). Bei der SpVgg Greuther Fürth "
     "verlor der SC Paderborn 07 mit 1:2.",
     {("match_result", "asserted", "VfL Wolfsburg", 3, "SV Werder Bremen", 0),
      ("match_result", "asserted", "SC Paderborn 07", 1, "SpVgg Greuther Fürth", 2)}),
    ("Der 1. FC Nürnberg übernahm mit einem 2:1 gegen den Karlsruher SC die Tabellenführung. Mit einem 4:0 "
     "gegen den SV Sandhausen feierte der FC Ingolstadt 04 den ersten Heimsieg.",
     {("match_result", "asserted", "1. FC Nürnberg", 2, "Karlsruher SC", 1),
      ("match_result", "asserted", "FC Ingolstadt 04", 4, "SV Sandhausen", 0)}),
    ("Der 1. FSV Mainz 05 kam gegen den FC Augsburg nur zu einem 0:0. Zuvor hatte der VfL Bochum beim FC St. "
     "Pauli mit 0:2 verloren.",
     {("match_result", "asserted", "1. FSV Mainz 05", 0, "FC Augsburg", 0),
      ("match_result", "asserted", "VfL Bochum", 0, "FC St. Pauli", 2)}),
    ("Absteigen müssen dagegen der FC Viktoria Köln, der SV Sandhausen und der VfB Lübeck.",
     {("relegation", "asserted", "FC Viktoria Köln"), ("relegation", "asserted", "SV Sandhausen"),
      ("relegation", "asserted", "VfB Lübeck")}),
    ("Der Karlsruher SC muss nach drei Jahren den bitteren Gang in die 3. Liga antreten. Der SSV Jahn "
     "Regensburg hat am Samstag den Aufstieg perfekt gemacht.",
     {("relegation", "asserted", "Karlsruher SC"), ("promotion", "asserted", "SSV Jahn Regensburg")}),
    ("Der Hallesche FC rüstet auf. Der Hallesche FC hat Stürmer Bent Holmsen verpflichtet. Der 23-Jährige "
     "unterschreibt beim Drittligisten Hallescher FC einen Dreijahresvertrag bis Juni 2028. Zudem verlängerte "
     "Torhüter Lars Ebbing seinen auslaufenden Vertrag um ein Jahr bis 2026. Verteidiger Malte Jöns, der sich "
     "ablösefrei dem FC Energie Cottbus anschließt, verlässt den Klub.",
     {("contract", "asserted", "Bent Holmsen", "Hallescher FC", "2028-06"),
      ("contract", "asserted", "Lars Ebbing", "Hallescher FC", "2026"),
      ("transfer", "asserted", "Malte Jöns", "Hallescher FC", "Energie Cottbus")}),
    ("Wie der Zweitligist SV Elversberg am Montag mitteilte, übernimmt Reinhold Ackermann ab sofort das "
     "Traineramt. Co-Trainer Piotr Wlodarek hatte die Mannschaft zuvor interimistisch betreut.",
     {("coach_appointed", "asserted", "Reinhold Ackermann", "SV Elversberg")}),
    ("Co-Trainer Piotr Wlodarek betreut die Mannschaft des SV Elversberg vorerst interimistisch.",
     {("coach_appointed", "asserted", "Piotr Wlodarek", "SV Elversberg")}),
    ("Der SV Elversberg hat einen Nachfolger für den am Sonntag entlassenen Trainer Horst Steffgen gefunden.",
     {("coach_departed", "asserted", "Horst Steffgen", "SV Elversberg", "sacked")}),
    ("Am Samstag (13 Uhr) tritt der FC Schalke 04 beim 1. FC Magdeburg an. Ob Kapitän Ron Schallhorn spielen "
     "kann, ist noch offen.",
     {("fixture", "expected", "FC Schalke 04", "1. FC Magdeburg"),
      ("player_status", "asserted", "Ron Schallhorn", "doubtful")}),
    ("Der FC Augsburg ist an Linksverteidiger Pablo Herrera von Real Betis interessiert, ein Angebot liegt aber "
     "noch nicht vor. Mittelstürmer Piero Castelli vom SSC Neapel ist begehrt. Der SV Werder Bremen hat sich mit "
     "dem SSC Neapel auf einen Transfer von Mittelstürmer Piero Castelli geeinigt.",
     {("interest", "reported", "FC Augsburg", "Pablo Herrera"),
      ("transfer", "asserted", "Piero Castelli", "SSC Neapel", "SV Werder Bremen")}),
    ("Nicht zustande kam der Wechsel von Stürmer Jonas Windhorst zum VfL Wolfsburg.",
     {("transfer", "denied", "Jonas Windhorst", None, "VfL Wolfsburg")}),
    ("Die Mannschaft von Trainer Ole Brammer bezwang den Chemnitzer FC mit 2:1. Verfolger FC Carl Zeiss Jena "
     "spielte beim BFC Dynamo nur 0:0.",
     {("match_result", "asserted", "FC Carl Zeiss Jena", 0, "BFC Dynamo", 0)}),
    ("Im Tabellenkeller bleibt der FSV Luckenwalde nach dem 1:3 in Zwickau Letzter.",
     {("match_result", "asserted", "FSV 63 Luckenwalde", 1, "FSV Zwickau", 3)}),
    ("Zweitligist 1. FC Köln muss in der zweiten Runde zu Hertha BSC reisen. Wieder einsatzbereit ist dagegen "
     "Stürmer Ragnar Albers nach seiner Oberschenkelverletzung.",
     {("fixture", "expected", "1. FC Köln", "Hertha BSC"), ("player_status", "asserted", "Ragnar Albers", "returned")}),
    ("Hannover 96 hat einen neuen Cheftrainer. Der Zweitligist verpflichtete Andrés Molinero von Real "
     "Valladolid. Molinero folgt auf Stefan Leiter, der den Verein im Mai in Richtung Hertha BSC verlassen hatte.",
     {("coach_appointed", "asserted", "Andrés Molinero", "Hannover 96"),
      ("coach_departed", "asserted", "Stefan Leiter", "Hannover 96", "unknown")}),
    ("Zuvor hatte der Hamburger SV bereits Verteidiger Moritz Heuer an Fortuna Düsseldorf verkauft. Ebenfalls vor "
     "dem Absprung steht Offensivspieler Ludwig Reiß, an dem der FC Brügge interessiert sein soll.",
     {("transfer", "asserted", "Moritz Heuer", "Hamburger SV", "Fortuna Düsseldorf"),
      ("interest", "reported", "FC Brügge", "Ludwig Reiß")}),
    ("Gegen den 1. FC Nürnberg setzte sich der Karlsruher SC im Elfmeterschießen mit 5:4 durch. Der SC Freiburg "
     "und der VfB Stuttgart haben sich im Derby mit einem 1:1 getrennt.",
     {("match_result", "asserted", "Karlsruher SC", 5, "1. FC Nürnberg", 4),
      ("match_result", "asserted", "SC Freiburg", 1, "VfB Stuttgart", 1)}),
    ("Der SC Verl hat den Vertrag mit Cheftrainer Alexander Endres vorzeitig verlängert. Der 44-Jährige ist nun "
     "bis zum 30. Juni 2027 an den Klub gebunden.",
     {("contract", "asserted", "Alexander Endres", "SC Verl", "2027-06-30")}),
    ("Der 1. FC Köln und der Hamburger SV kehren in die Bundesliga zurück. In die Relegation muss die SV "
     "Elversberg, die beim SC Paderborn 07 mit 2:1 gewann. Absteiger sind der SSV Ulm 1846 und der SSV Jahn "
     "Regensburg. Eintracht Braunschweig rettete sich durch ein 3:1 gegen den SC Preußen Münster.",
     {("promotion", "asserted", "1. FC Köln"), ("promotion", "asserted", "Hamburger SV"),
      ("match_result", "asserted", "SV Elversberg", 2, "SC Paderborn 07", 1),
      ("relegation", "asserted", "SSV Ulm 1846"), ("relegation", "asserted", "SSV Jahn Regensburg"),
      ("match_result", "asserted", "Eintracht Braunschweig", 3, "SC Preußen Münster", 1)}),
    ("Nach Informationen des kicker steht Sandro Schwarzer ganz oben auf der Liste des VfL Wolfsburg.",
     {("interest", "reported", "VfL Wolfsburg", "Sandro Schwarzer")}),
    ("Der 1. FC Union Berlin hat sich von Trainer Bo Svenson getrennt. Svenson war erst im Sommer als "
     "Nachfolger von Nenad Bjelak nach Köpenick gekommen.",
     {("coach_departed", "asserted", "Nenad Bjelak", "1. FC Union Berlin", "unknown")}),
    ("Die Essener haben aus den ersten zehn Partien nur neun Zähler geholt und stehen auf Platz 16. Nach "
     "Informationen der WAZ wird der Aufsichtsrat beraten. Trainer Jan Brodersen, dessen Vertrag bei Rot-Weiss "
     "Essen noch bis 2025 läuft, steht vor dem Aus.",
     {("record", "asserted", "Rot-Weiss Essen", 9, 10),
      ("contract", "asserted", "Jan Brodersen", "Rot-Weiss Essen", "2025")}),
    ("Der VfL Bochum rüstet auf, der VfL Bochum sucht Stürmer. Vom belgischen Erstligisten Royal Antwerpen kommt "
     "Angreifer Milo Boateng. Den Verein verlassen hat dagegen Takumi Asada, der sich RCD Mallorca angeschlossen "
     "hat.",
     {("transfer", "asserted", "Milo Boateng", "Royal Antwerpen", "VfL Bochum"),
      ("transfer", "asserted", "Takumi Asada", "VfL Bochum", "RCD Mallorca")}),
    ("Die Ostwestfalen von Arminia Bielefeld schlugen am Dienstagabend den Bundesligisten SV Werder Bremen mit "
     "2:1 (1:0).",
     {("match_result", "asserted", "Arminia Bielefeld", 2, "SV Werder Bremen", 1)}),
    ("Der VfB Lübeck steht als erster Absteiger aus der 3. Liga fest. Auch der MSV Duisburg muss den Gang in die "
     "Regionalliga antreten. Der Traditionsverein verlor das Kellerduell gegen den SC Freiburg II mit 1:2.",
     {("relegation", "asserted", "VfB Lübeck"), ("relegation", "asserted", "MSV Duisburg"),
      ("match_result", "asserted", "MSV Duisburg", 1, "SC Freiburg II", 2)}),
    ("Der FC Rot-Weiss Essen sucht einen Trainer. Als mögliche Nachfolger werden Uwe Koschnik und Ex-Bochum-Coach "
     "Thomas Reisinger gehandelt.",
     {("interest", "reported", "Rot-Weiss Essen", "Thomas Reisinger"),
      ("interest", "reported", "Rot-Weiss Essen", "Uwe Koschnik")}),
    ("Verteidiger Jan Kessing vom SV Meppen ist für drei Spiele gesperrt. Kessing fehlt den Emsländern somit in "
     "den Partien gegen den SC Verl, beim VfB Lübeck und gegen den FC Viktoria Köln.",
     {("fixture", "expected", "SV Meppen", "SC Verl"), ("fixture", "expected", "SV Meppen", "VfB Lübeck"),
      ("fixture", "expected", "SV Meppen", "FC Viktoria Köln")}),
    ("Im Revierderby zwischen dem VfL Bochum und Borussia Dortmund gab es keine Tore. Das Spitzenspiel zwischen "
     "dem SC Verl und dem FC Ingolstadt 04 endete 2:2.",
     {("match_result", "asserted", "VfL Bochum", 0, "Borussia Dortmund", 0),
      ("match_result", "asserted", "SC Verl", 2, "FC Ingolstadt 04", 2)}),
    ("Der FC St. Pauli gewann bei der TSG Hoffenheim durch ein Tor in der Nachspielzeit mit 1:0. Hannover 96 "
     "verliert die Tabellenführung an den 1. FC Köln, der gegen den SSV Jahn Regensburg 3:0 gewann.",
     {("match_result", "asserted", "FC St. Pauli", 1, "TSG 1899 Hoffenheim", 0),
      ("match_result", "asserted", "1. FC Köln", 3, "SSV Jahn Regensburg", 0)}),
    ("Der VfL Osnabrück verstärkt sich mit Innenverteidiger Jannik Brauer vom SV Meppen. Der SC Verl schnappt "
     "sich Mittelfeldspieler Tom Hövelmann vom SV Rödinghausen.",
     {("transfer", "asserted", "Jannik Brauer", "SV Meppen", "VfL Osnabrück"),
      ("transfer", "asserted", "Tom Hövelmann", "SV Rödinghausen", "SC Verl")}),
    ("Jens Kleinhans ist ab sofort Trainer des Wuppertaler SV. Der frühere Profi Ole Kampmann heuert beim SC "
     "Verl als Cheftrainer an.",
     {("coach_appointed", "asserted", "Jens Kleinhans", "Wuppertaler SV"),
      ("coach_appointed", "asserted", "Ole Kampmann", "SC Verl")}),
    ("Trainer Jens Kleinhans ist beim SC Verl zurückgetreten. Trainer Ole Kampmann hat sein Amt als Trainer des "
     "SV Meppen niedergelegt.",
     {("coach_departed", "asserted", "Jens Kleinhans", "SC Verl", "resigned"),
      ("coach_departed", "asserted", "Ole Kampmann", "SV Meppen", "resigned")}),
    ("Der SC Verl verlängert den Vertrag mit Kapitän Ole Brandt bis 2027. Torwart Jan Kessing bleibt dem SV "
     "Meppen bis 2028 treu.",
     {("contract", "asserted", "Ole Brandt", "SC Verl", "2027"),
      ("contract", "asserted", "Jan Kessing", "SV Meppen", "2028")}),
    ("Der SC Verl siegt 3:1 gegen den SV Meppen. Der SV Sandhausen musste sich dem VfL Osnabrück mit 1:2 "
     "geschlagen geben. Der VfL Osnabrück holt aus den letzten fünf Spielen zwölf Punkte.",
     {("match_result", "asserted", "SC Verl", 3, "SV Meppen", 1),
      ("match_result", "asserted", "SV Sandhausen", 1, "VfL Osnabrück", 2),
      ("record", "asserted", "VfL Osnabrück", 12, 5)}),
    ("Der SC Verl hat bei Ole Brandt angefragt. Stürmer Jan Kessing steht beim SV Meppen auf dem Zettel.",
     {("interest", "reported", "SC Verl", "Ole Brandt"), ("interest", "reported", "SV Meppen", "Jan Kessing")}),
    ("Der VfL Wolfsburg hat die Reißleine gezogen und sich von Trainer Ralf Hasenkamp getrennt. Bis zum "
     "Saisonende übernimmt Co-Trainer Daniel Bauermann. Hasenkamp hatte die Wölfe im Mai 2024 von Niko Kovacs "
     "übernommen. Als Favorit auf die Nachfolge gilt Paul Simonis.",
     {("coach_departed", "asserted", "Ralf Hasenkamp", "VfL Wolfsburg", "sacked"),
      ("coach_appointed", "asserted", "Daniel Bauermann", "VfL Wolfsburg"),
      ("coach_appointed", "asserted", "Ralf Hasenkamp", "VfL Wolfsburg"),
      ("coach_departed", "asserted", "Niko Kovacs", "VfL Wolfsburg", "unknown"),
      ("interest", "reported", "VfL Wolfsburg", "Paul Simonis")}),
    ("Der VfB Stuttgart verpflichtete Stürmer Lorenz Assou von Stade Rennes. Keinen Vollzug gab es dagegen beim "
     "geplanten Wechsel von Mittelfeldspieler Erik Martens zum FC Brentford.",
     {("transfer", "asserted", "Lorenz Assou", "Stade Rennes", "VfB Stuttgart"),
      ("transfer", "denied", "Erik Martens", "VfB Stuttgart", "FC Brentford")}),
    ("Der SC Paderborn 07 bleibt das Team der Stunde. Mit dem 2:0 bei Jahn Regensburg feierten die Ostwestfalen "
     "den vierten Sieg in Serie. Paderborn hat nun 32 Punkte nach 16 Spielen.",
     {("match_result", "asserted", "SC Paderborn 07", 2, "SSV Jahn Regensburg", 0),
      ("record", "asserted", "SC Paderborn 07", 32, 16)}),
    ("Die Frauen des Hamburger SV haben eine neue Cheftrainerin. Wie der Klub am Mittwoch mitteilte, übernimmt "
     "Liese Brandão das Team zur neuen Saison. Die 40-Jährige erhält einen Vertrag bis 2026.",
     {("coach_appointed", "expected", "Liese Brandão", "Hamburger SV Frauen"),
      ("contract", "asserted", "Liese Brandão", "Hamburger SV Frauen", "2026")}),
    ("Der 1. FC Lok Leipzig hat seine Spitzenposition gefestigt. Die Mannschaft von Trainer Jochen Seidel bezwang "
     "den Chemnitzer FC mit 2:1 und hat nun 48 Punkte nach 22 Spielen.",
     {("match_result", "asserted", "1. FC Lokomotive Leipzig", 2, "Chemnitzer FC", 1),
      ("record", "asserted", "1. FC Lokomotive Leipzig", 48, 22)}),
    ("Der SC Freiburg holte Verteidiger Bernd Rodewald von Benfica Lissabon, die Ablöse beträgt laut "
     "Medienberichten acht Millionen Euro. Laut Medienberichten holt der SC Freiburg auch Stürmer Timo Kessler "
     "vom FC Basel.",
     {("transfer", "asserted", "Bernd Rodewald", "Benfica Lissabon", "SC Freiburg"),
      ("transfer", "reported", "Timo Kessler", "FC Basel", "SC Freiburg")}),
    ("Der FC Bayern München siegte am Samstag 4:0 beim VfL Bochum. Borussia Dortmund spielte 1:1 gegen RB "
     "Leipzig, Bayer 04 Leverkusen kam in Bremen nicht über ein 2:2 hinaus. Eintracht Frankfurt setzte seinen "
     "Höhenflug mit einem 3:1 gegen den 1. FC Heidenheim fort.",
     {("match_result", "asserted", "FC Bayern München", 4, "VfL Bochum", 0),
      ("match_result", "asserted", "Borussia Dortmund", 1, "RB Leipzig", 1),
      ("match_result", "asserted", "Bayer 04 Leverkusen", 2, "SV Werder Bremen", 2),
      ("match_result", "asserted", "Eintracht Frankfurt", 3, "1. FC Heidenheim", 1)}),
    ("Der VfL Bochum hält an Trainer Dieter Heckmann fest. Heckmann hatte das Amt im November von Peter Zeitler "
     "übernommen und besitzt einen Vertrag bis 2026. Zudem gab der Klub bekannt, dass Torhüter Michael Zetter bis "
     "2028 bleibt.",
     {("coach_appointed", "asserted", "Dieter Heckmann", "VfL Bochum"),
      ("contract", "asserted", "Dieter Heckmann", "VfL Bochum", "2026"),
      ("contract", "asserted", "Michael Zetter", "VfL Bochum", "2028")}),
    ("Der SC Verl bestätigte, dass Trainer Sven Hafer den Verein zum Saisonende verlassen wird. Im Winter "
     "verlängerte der SC Verl die Leihe von Stürmer Kai Brenner an den SV Darmstadt 98.",
     {("coach_departed", "expected", "Sven Hafer", "SC Verl", "left"),
      ("transfer", "asserted", "Kai Brenner", "SC Verl", "SV Darmstadt 98")}),
    ("Der FC Ingolstadt 04 plant. Beim FC Ingolstadt 04, der zum Abschluss 1:1 in Kiel spielte, haben die Profis "
     "jetzt drei Wochen Urlaub. "
     "Im Frühjahr hatte Trainer Uwe Fleischer nach der Trennung von Jens Holler die Mannschaft übernommen.",
     {("match_result", "asserted", "FC Ingolstadt 04", 1, "Holstein Kiel", 1),
      ("coach_appointed", "asserted", "Uwe Fleischer", "FC Ingolstadt 04"),
      ("coach_departed", "asserted", "Jens Holler", "FC Ingolstadt 04", "sacked")}),
    ("Der Hamburger SV will Stürmer Ole Brandt vom SC Verl verpflichten. Verteidiger Jan Kessing wurde zuletzt "
     "mit dem SV Meppen in Verbindung gebracht. Mittelfeldspieler Tim Lohse hat sich gegen einen Wechsel zum VfL "
     "Osnabrück entschieden.",
     {("interest", "reported", "Hamburger SV", "Ole Brandt"), ("interest", "reported", "SV Meppen", "Jan Kessing"),
      ("transfer", "denied", "Tim Lohse", None, "VfL Osnabrück")}),
    ("Eine Entlassung von Trainer Jens Kleinmann ist beim SC Verl kein Thema. Eine Freistellung von Trainer Ole "
     "Kampmann steht beim SV Meppen im Raum.",
     {("coach_departed", "denied", "Jens Kleinmann", "SC Verl", "sacked"),
      ("coach_departed", "reported", "Ole Kampmann", "SV Meppen", "sacked")}),
    ("Der SV Darmstadt 98 rüstet auf. Verteidiger Nils Hagen verlässt den FC Augsburg in Richtung SV Darmstadt "
     "98. Stürmer Jonas Brandl spielt künftig für den SV Darmstadt 98. Der SV Darmstadt 98 hat Torwart Kai Rehm vom "
     "SC Paderborn 07 losgeeist. Mittelfeldspieler Tim Lohse ist neuer Spieler des SV Darmstadt 98.",
     {("transfer", "asserted", "Nils Hagen", "FC Augsburg", "SV Darmstadt 98"),
      ("transfer", "expected", "Jonas Brandl", None, "SV Darmstadt 98"),
      ("transfer", "asserted", "Kai Rehm", "SC Paderborn 07", "SV Darmstadt 98"),
      ("transfer", "asserted", "Tim Lohse", None, "SV Darmstadt 98")}),
    ("Wie die WAZ berichtet, hat der SC Verl Stürmer Ole Brandt vom SV Meppen verpflichtet. Im Januar hatte der "
     "SC Verl Torwart Jan Kessing vom VfL Osnabrück geholt. Zur neuen Saison wechselt Stürmer Tim Lohse vom SC Verl "
     "zum SV Meppen.",
     {("transfer", "reported", "Ole Brandt", "SV Meppen", "SC Verl"),
      ("transfer", "asserted", "Jan Kessing", "VfL Osnabrück", "SC Verl"),
      ("transfer", "expected", "Tim Lohse", "SC Verl", "SV Meppen")}),
    ("Seit Sommer 2023 ist Jens Kleinmann Trainer des SC Verl. Mit 2:1 gewann der SC Verl am Samstag gegen den SV "
     "Meppen. Damit ist der SC Verl in die 2. Bundesliga aufgestiegen. Am Ende musste der SV Meppen in die "
     "Regionalliga absteigen. Am Wochenende fehlt dem SC Verl Stürmer Ole Brandt wegen einer Zerrung.",
     {("coach_appointed", "asserted", "Jens Kleinmann", "SC Verl"),
      ("match_result", "asserted", "SC Verl", 2, "SV Meppen", 1), ("promotion", "asserted", "SC Verl"),
      ("relegation", "asserted", "SV Meppen"), ("player_status", "asserted", "Ole Brandt", "injured")}),
    ("„Ole Brandt ist wieder im Training“, berichtet Trainer Jens Kleinmann vom SC Verl. Wie der SC Verl am Montag "
     "berichtete, hat er Stürmer Tim Lohse vom SV Meppen verpflichtet.",
     {("player_status", "asserted", "Ole Brandt", "returned"),
      ("transfer", "asserted", "Tim Lohse", "SV Meppen", "SC Verl")}),
    ("Angeblich will der SC Verl Stürmer Ole Brandt verpflichten. Kein Thema ist dagegen ein Wechsel von Torwart "
     "Jan Kessing zum SV Meppen. Künftig spielt Mittelfeldspieler Tim Lohse für den VfL Osnabrück.",
     {("interest", "reported", "SC Verl", "Ole Brandt"),
      ("transfer", "denied", "Jan Kessing", None, "SV Meppen"),
      ("transfer", "expected", "Tim Lohse", None, "VfL Osnabrück")}),
    ("Der SC Verl muss umplanen. Stürmer Ole Brandt steht nach seiner Verletzungspause wieder im Kader, Torwart "
     "Jan Kessing hat sich fit gemeldet. Der Einsatz von Verteidiger Tim Lohse wackelt. Für Mittelfeldspieler Kai "
     "Rehm ist die Saison vorzeitig beendet.",
     {("player_status", "asserted", "Ole Brandt", "returned"), ("player_status", "asserted", "Jan Kessing", "returned"),
      ("player_status", "asserted", "Tim Lohse", "doubtful"), ("player_status", "asserted", "Kai Rehm", "injured")}),
    ("Der SC Verl hat einen neuen Trainer. Jens Kleinmann ist der neue Coach beim SC Verl. Sein Vorgänger Ralf "
     "Osterkamp wurde am Montag von seinen Aufgaben entbunden.",
     {("coach_appointed", "asserted", "Jens Kleinmann", "SC Verl"),
      ("coach_departed", "asserted", "Ralf Osterkamp", "SC Verl", "sacked")}),
    ("Der SV Meppen sucht einen neuen Trainer. Trainer Ole Kampmann hört zum Saisonende beim SV Meppen auf. Der "
     "VfL Osnabrück präsentierte Ole Kampmann als neuen Cheftrainer.",
     {("coach_departed", "expected", "Ole Kampmann", "SV Meppen", "left"),
      ("coach_appointed", "asserted", "Ole Kampmann", "VfL Osnabrück")}),
    ("Der SC Verl hat einen neuen Trainer. Jens Kleinmann coacht ab sofort den SC Verl. Der SV Meppen hat ebenfalls "
     "einen neuen Trainer: Ole Kamp sitzt künftig beim SV Meppen auf der Bank.",
     {("coach_appointed", "asserted", "Jens Kleinmann", "SC Verl"),
      ("coach_appointed", "expected", "Ole Kamp", "SV Meppen")}),
    ("Der SC Verl hat am Dienstag Stürmer Ole Brandt vom SV Meppen verpflichtet. Der VfL Osnabrück verlor am "
     "Samstag mit 0:2 beim SV Meppen.",
     {("transfer", "asserted", "Ole Brandt", "SV Meppen", "SC Verl"),
      ("match_result", "asserted", "VfL Osnabrück", 0, "SV Meppen", 2)}),
    ("„Der SC Verl steht mit 30 Punkten aus 15 Spielen oben, da wäre alles andere eine Enttäuschung“, sagte "
     "Trainer Jens Kleinmann.",
     {("record", "asserted", "SC Verl", 30, 15)}),
    ("Der SC Verl ist Meister der 3. Liga und steigt auf. Der SSV Ulm 1846 machte den Aufstieg mit einem 2:0 "
     "gegen den SV Meppen klar. Der SV Meppen steigt nach drei Jahren wieder ab. Der VfB Lübeck muss den Weg in "
     "die Regionalliga antreten.",
     {("promotion", "asserted", "SC Verl"), ("promotion", "asserted", "SSV Ulm 1846"),
      ("relegation", "asserted", "SV Meppen"), ("relegation", "asserted", "VfB Lübeck")}),
    ("Der SC Verl kommt nach 20 Spielen auf 35 Punkte. In 18 Spielen holte der SV Meppen 28 Punkte. Der VfL "
     "Osnabrück steht nach dem 20. Spieltag bei 25 Punkten. Der VfB Lübeck hat fünf Siege, drei Unentschieden und "
     "zwei Niederlagen auf dem Konto.",
     {("record", "asserted", "SC Verl", 35, 20), ("record", "asserted", "SV Meppen", 28, 18),
      ("record", "asserted", "VfL Osnabrück", 25, 20), ("record", "asserted", "VfB Lübeck", 18, 10)}),
    ("Der SC Verl spielt am Samstag beim SV Meppen. Der VfL Osnabrück erwartet am Sonntag den VfB Lübeck.",
     {("fixture", "expected", "SC Verl", "SV Meppen"), ("fixture", "expected", "VfL Osnabrück", "VfB Lübeck")}),
    ("Der SV Meppen warf den Zweitligisten SC Paderborn 07 mit 2:1 nach Verlängerung aus dem Wettbewerb. Aus der "
     "3. Liga steigen der SSV Ulm 1846 und der SC Preußen Münster auf.",
     {("match_result", "asserted", "SV Meppen", 2, "SC Paderborn 07", 1),
      ("promotion", "asserted", "SSV Ulm 1846"), ("promotion", "asserted", "SC Preußen Münster")}),
    ("Der SC Verl muss umplanen. Verzichten musste der Trainer auf Kapitän André Hofmann, der sich im Training "
     "verletzt hatte. Der Einsatz des Innenverteidigers am Freitag gegen den 1. FC Nürnberg ist fraglich.",
     {("player_status", "asserted", "André Hofmann", "injured"),
      ("player_status", "asserted", "André Hofmann", "doubtful")}),
    ("Der Trainer des SC Verl, Timo Bergkamp, hat seinen Abschied zum Saisonende angekündigt. Der VfL Osnabrück "
     "wechselte erneut den Trainer. Nach der Entlassung von Uwe Sterzik übernahm Lars Pöhler, der zuvor die U19 "
     "betreut hatte.",
     {("coach_departed", "expected", "Timo Bergkamp", "SC Verl", "left"),
      ("coach_departed", "asserted", "Uwe Sterzik", "VfL Osnabrück", "sacked"),
      ("coach_appointed", "asserted", "Lars Pöhler", "VfL Osnabrück")}),
    ("Der SV Meppen rutscht ab, beim VfB Lübeck setzte es am Samstag ein 0:3. Der Verein verlängerte zudem den "
     "auslaufenden Vertrag des 29-jährigen Kapitäns Ole Mersch bis 2027.",
     {("match_result", "asserted", "SV Meppen", 0, "VfB Lübeck", 3),
      ("contract", "asserted", "Ole Mersch", "SV Meppen", "2027")}),
    ("Offenbar gilt Jan Terbrack als Wunschkandidat von Hertha BSC. Auch der SC Verl soll Interesse am "
     "33-Jährigen haben. Durch das 2:0 gegen den SV Meppen machten die Ostwestfalen am letzten Spieltag der "
     "Regionalliga West den Aufstieg perfekt.",
     {("interest", "reported", "Hertha BSC", "Jan Terbrack"), ("interest", "reported", "SC Verl", "Jan Terbrack"),
      ("promotion", "asserted", "SC Verl")}),
    ("Der SC Verl hat sich von Trainer Jan Ohl getrennt. Als Interimstrainer übernimmt U23-Coach Tim Alt. "
     "Der VfB Lübeck hat einen Nachfolger für Trainer Uwe Brehm gefunden. Neuer Trainer an der Lohmühle wird "
     "Kai Rehberg, der zuletzt als Co-Trainer beim SV Meppen arbeitete.",
     {("coach_appointed", "asserted", "Tim Alt", "SC Verl"),
      ("coach_appointed", "asserted", "Kai Rehberg", "VfB Lübeck")}),
    ("Holstein Kiel hat das Kellerduell beim SV Meppen mit 2:2 beendet. Am Sonntag entschied der SC Verl das "
     "Derby gegen den SC Paderborn 07 II mit 1:3 für sich.",
     {("match_result", "asserted", "Holstein Kiel", 2, "SV Meppen", 2),
      ("match_result", "asserted", "SC Verl", 3, "SC Paderborn 07 II", 1)}),
    ("Stürmer Ole Brandt fehlt dem SC Verl nach einer Knieoperation bis zum Jahresende. Beim VfB Lübeck kehrt "
     "Jan Rolfes nach seiner Verletzungspause zurück in den Kader.",
     {("player_status", "asserted", "Ole Brandt", "injured"), ("player_status", "asserted", "Jan Rolfes", "returned")}),
    ("Der SC Verl holt Stürmer Ole Brandt für rund 1,5 Millionen Euro vom SV Meppen. Der VfB Lübeck hat in den "
     "letzten fünf Spielen nur zwei Punkte geholt.",
     {("transfer", "asserted", "Ole Brandt", "SV Meppen", "SC Verl"), ("record", "asserted", "VfB Lübeck", 2, 5)}),
    ("Gleich mehrere Klubs buhlen um Stürmer Ole Brandt, darunter der SC Verl und der VfB Lübeck. Als "
     "Wunschkandidat für die Nachfolge von Trainer Jan Ohl gilt beim SV Meppen Tim Alt.",
     {("interest", "reported", "SC Verl", "Ole Brandt"), ("interest", "reported", "VfB Lübeck", "Ole Brandt"),
      ("interest", "reported", "SV Meppen", "Tim Alt")}),
    ("Der SC Verl hat sich von Trainer Jan Ohl getrennt. Interimistisch übernimmt Sportdirektor Tim Alt. Der SV "
     "Meppen zog durch ein 3:1 nach Verlängerung gegen den VfB Lübeck ins Achtelfinale ein.",
     {("coach_appointed", "asserted", "Tim Alt", "SC Verl"),
      ("match_result", "asserted", "SV Meppen", 3, "VfB Lübeck", 1)}),
    ("Trotz der vierten Niederlage in Serie bleibt Jan Ohl Trainer des SC Verl. Einen Rücktritt schloss Trainer "
     "Uwe Brehm vom VfB Lübeck aus.",
     {("coach_departed", "denied", "Jan Ohl", "SC Verl", "unknown"),
      ("coach_departed", "denied", "Uwe Brehm", "VfB Lübeck", "resigned")}),
    # a club the lexicon lacks, shaped "town's adjective + abbreviation"; a competition inside a gap
    ("Der Bonner SC trennt sich von Trainer Jan Ohl. Rot-Weiß Oberhausen hat sich in der Regionalliga West mit 2:0 "
     "gegen den 1. FC Bocholt durchgesetzt.",
     {("coach_departed", "asserted", "Jan Ohl", "Bonner SC", "sacked"),
      ("match_result", "asserted", "Rot-Weiß Oberhausen", 2, "1. FC Bocholt", 0)}),
    ("Der 27-jährige Ole Brandt kommt vom SV Meppen und unterschreibt beim SC Verl bis 2027. Mit Tim Alt vom SV "
     "Meppen hat der VfB Lübeck einen neuen Trainer verpflichtet.",
     {("transfer", "asserted", "Ole Brandt", "SV Meppen", "SC Verl"),
      ("coach_appointed", "asserted", "Tim Alt", "VfB Lübeck"),
      ("coach_departed", "asserted", "Tim Alt", "SV Meppen", "left")}),
    ("Der SC Verl hat den Kader umgebaut. Zugänge: Ole Brandt (SV Meppen), Tim Alt (eigene Jugend). Abgänge: Kai "
     "Brand (Karriereende), Uwe Kosch (VfB Lübeck).",
     {("transfer", "asserted", "Ole Brandt", "SV Meppen", "SC Verl"),
      ("transfer", "asserted", "Uwe Kosch", "SC Verl", "VfB Lübeck")}),
    ("Laut \"Kicker\" steht Verteidiger Tim Alt vor einem Wechsel zum SC Verl. Stürmer Ole Brandt hat ein Angebot des "
     "VfB Lübeck abgelehnt.",
     {("transfer", "reported", "Tim Alt", None, "SC Verl"), ("interest", "reported", "VfB Lübeck", "Ole Brandt")}),
    ("Beim VfB Lübeck tritt Kai Brand die Nachfolge des zurückgetretenen Lars Wendt an. Trainer Tim Sander "
     "übernimmt beim SV Meppen für den freigestellten Uwe Kosch.",
     {("coach_appointed", "asserted", "Kai Brand", "VfB Lübeck"),
      ("coach_departed", "asserted", "Lars Wendt", "VfB Lübeck", "resigned"),
      ("coach_appointed", "asserted", "Tim Sander", "SV Meppen"),
      ("coach_departed", "asserted", "Uwe Kosch", "SV Meppen", "sacked")}),
    # the side named by its part: the host or the guest of the match the sentence before told
    ("Der SC Verl empfing am Samstag den VfB Lübeck. Die Gastgeber gewannen verdient mit 2:0. Der SV Meppen war "
     "am Freitag beim VfL Osnabrück zu Gast. Die Gäste unterlagen mit 1:3.",
     {("match_result", "asserted", "SC Verl", 2, "VfB Lübeck", 0),
      ("match_result", "asserted", "SV Meppen", 1, "VfL Osnabrück", 3)}),
    ("Der SC Verl traf am Sonntag auf den VfB Lübeck. Am Ende stand ein 1:1. Der SV Meppen empfing den VfL "
     "Osnabrück. Am Ende hieß es 2:1 für die Gäste.",
     {("match_result", "asserted", "SC Verl", 1, "VfB Lübeck", 1),
      ("match_result", "asserted", "VfL Osnabrück", 2, "SV Meppen", 1)}),
    # a reserve team is never the first team, listed or not
    ("Die zweite Mannschaft des SC Verl verlor gegen den SV Meppen II mit 0:2.",
     {("match_result", "asserted", "SC Verl II", 0, "SV Meppen II", 2)}),
    # each player's source club is the one written right after him
    ("Vor der Saison hatte der SC Verl Stürmer Ole Brandt vom SV Meppen und Torhüter Jan Rolfes verpflichtet.",
     {("transfer", "asserted", "Ole Brandt", "SV Meppen", "SC Verl"),
      ("transfer", "asserted", "Jan Rolfes", None, "SC Verl")}),
    ("Zum 1. Januar übernimmt Ex-Profi Tim Alt das Traineramt beim SC Verl.",
     {("coach_appointed", "expected", "Tim Alt", "SC Verl")}),
    ("Der SC Verl hat Stürmer Ole Brandt und Torhüter Jan Rolfes verpflichtet. Der VfB Lübeck verpflichtet Tim Alt, "
     "Kai Brand und Uwe Kosch.",
     {("transfer", "asserted", "Ole Brandt", None, "SC Verl"), ("transfer", "asserted", "Jan Rolfes", None, "SC Verl"),
      *{("transfer", "asserted", name, None, "VfB Lübeck") for name in ("Tim Alt", "Kai Brand", "Uwe Kosch")}}),
    # "nicht ausgeschlossen" (not ruled out) is a possibility: talk of the move, no denial
    ("Ein Wechsel von Trainer Jan Ohl zum SC Verl ist nicht ausgeschlossen.",
     {("coach_appointed", "reported", "Jan Ohl", "SC Verl")}),
    ("Ein Wechsel von Trainer Jan Ohl zum SC Verl ist ausgeschlossen.",
     {("coach_appointed", "denied", "Jan Ohl", "SC Verl")}),
    ("Jan Ohl könnte neuer Trainer des SC Verl werden.", {("coach_appointed", "reported", "Jan Ohl", "SC Verl")}),
    ("Beim SC Verl ist Trainer Jan Ohl seinen Job los.",
     {("coach_departed", "asserted", "Jan Ohl", "SC Verl", "sacked")}),
    # holding on to a coach denies the parting
    ("Der SC Verl hält an Trainer Jan Ohl fest.", {("coach_departed", "denied", "Jan Ohl", "SC Verl", "unknown")}),
    ("Co-Trainer Tim Alt wird die Mannschaft des SC Verl interimsweise betreuen.",
     {("coach_appointed", "expected", "Tim Alt", "SC Verl")}),
    ("Der SC Verl hat die Option gezogen, damit läuft der Vertrag von Torwart Jan Rolfes nun bis 2027.",
     {("contract", "asserted", "Jan Rolfes", "SC Verl", "2027")}),
    ("Der SC Verl hat sich mit Trainer Jan Ohl auf eine Vertragsauflösung verständigt.",
     {("coach_departed", "asserted", "Jan Ohl", "SC Verl", "mutual")}),
    ("Stürmer Ole Brandt heuert beim SC Verl an. Torwart Jan Rolfes hat beim VfB Lübeck angeheuert.",
     {("transfer", "asserted", "Ole Brandt", None, "SC Verl"),
      ("transfer", "asserted", "Jan Rolfes", None, "VfB Lübeck")}),
    ("Zuvor hatte der SC Verl beim VfB Lübeck 3:3 gespielt.",
     {("match_result", "asserted", "SC Verl", 3, "VfB Lübeck", 3)}),
    ("Nach acht Spielen stehen für den SC Verl erst fünf Zähler zu Buche.", {("record", "asserted", "SC Verl", 5, 8)}),
    ("Die Bilanz des SC Verl: vier Siege, zwei Remis, eine Niederlage.", {("record", "asserted", "SC Verl", 14, 7)}),
    ("Der VfB Lübeck hat vier Siege, zwei Remis, drei Niederlagen auf dem Konto.",
     {("record", "asserted", "VfB Lübeck", 14, 9)}),
    ("Trainer Tim Alt übernimmt beim SC Verl.", {("coach_appointed", "asserted", "Tim Alt", "SC Verl")}),
    ("Laut kicker soll Trainer Tim Alt ab sofort beim SC Verl übernehmen.",
     {("coach_appointed", "reported", "Tim Alt", "SC Verl")}),
    ("Trainer Tim Alt wird den VfB Lübeck im Sommer übernehmen.",
     {("coach_appointed", "expected", "Tim Alt", "VfB Lübeck")}),
    ("Im Kellerduell setzte sich der SC Verl mit 3:2 bei Hannover 96 II durch.",
     {("match_result", "asserted", "SC Verl", 3, "Hannover 96 II", 2)}),
    ("Verfolger SC Verl patzte dagegen beim 1:1 gegen den VfB Lübeck.",
     {("match_result", "asserted", "SC Verl", 1, "VfB Lübeck", 1)}),
    ("Stürmer Ole Brandt kehrt nach überstandener Verletzung in den Kader des SC Verl zurück. Torwart Jan Rolfes hat "
     "das Mannschaftstraining wieder aufgenommen.",
     {("player_status", "asserted", "Ole Brandt", "returned"),
      ("player_status", "asserted", "Jan Rolfes", "returned")}),
    # "wohl" (probably), "gilt als wahrscheinlich": a move not confirmed; a doubt about a player stays told
    ("Stürmer Ole Brandt wechselt wohl zum SC Verl.", {("transfer", "reported", "Ole Brandt", None, "SC Verl")}),
    ("Ein Wechsel von Stürmer Ole Brandt zum SC Verl gilt als wahrscheinlich.",
     {("transfer", "reported", "Ole Brandt", None, "SC Verl")}),
    ("Trainer Jan Ohl wird den SC Verl wohl im Sommer verlassen.",
     {("coach_departed", "reported", "Jan Ohl", "SC Verl", "left")}),
    ("Auch Ole Brandt ist angeschlagen und wird am Samstag wohl ausfallen.",
     {("player_status", "asserted", "Ole Brandt", "doubtful")}),
    ("Stürmer Ole Brandt dementierte einen Wechsel zum SC Verl. Trainer Jan Ohl schloss einen Wechsel zum VfB Lübeck "
     "aus.",
     {("transfer", "denied", "Ole Brandt", None, "SC Verl"), ("coach_appointed", "denied", "Jan Ohl", "VfB Lübeck")}),
    ("Verzichten muss der SC Verl auf Kapitän Ole Brandt, der sich gegen Lübeck einen Muskelfaserriss zuzog.",
     {("player_status", "asserted", "Ole Brandt", "injured")}),
    ("In elf Spielen holte der SC Verl unter Trainer Jan Ohl nur acht Punkte.",
     {("record", "asserted", "SC Verl", 8, 11)}),
    ("Zudem verleiht der SC Verl Angreifer Ole Brandt für ein Jahr an den VfB Lübeck.",
     {("transfer", "asserted", "Ole Brandt", "SC Verl", "VfB Lübeck")}),
    ("Mit Tim Alt hat der SC Verl einen neuen Trainer gefunden.",
     {("coach_appointed", "asserted", "Tim Alt", "SC Verl")}),
    ("Stürmer Ole Brandt ist wieder gesund.", {("player_status", "asserted", "Ole Brandt", "returned")}),
    ("Jan Ohl gilt als Topkandidat auf die Nachfolge beim SC Verl.",
     {("interest", "reported", "SC Verl", "Jan Ohl")}),
    # a cup exit with the score first; a score with what decided it after extra time
    ("Der SC Verl schied mit 0:1 beim VfB Lübeck aus dem DFB-Pokal aus. Der SV Meppen ist nach einem 2:4 i.E. gegen "
     "den VfL Osnabrück ausgeschieden.",
     {("match_result", "asserted", "SC Verl", 0, "VfB Lübeck", 1),
      ("match_result", "asserted", "SV Meppen", 2, "VfL Osnabrück", 4)}),
    ("Der SC Verl verlor mit 1:2 n.V. gegen den VfB Lübeck.",
     {("match_result", "asserted", "SC Verl", 1, "VfB Lübeck", 2)}),
    ("Trainer Jan Ohl wirft beim SC Verl hin.", {("coach_departed", "asserted", "Jan Ohl", "SC Verl", "resigned")}),
    ("Der SC Verl muss sich einen neuen Trainer suchen, nachdem Jan Ohl zurückgetreten ist.",
     {("coach_departed", "asserted", "Jan Ohl", "SC Verl", "resigned")}),
    # a league label in the plural names every club of its list
    ("Die Aufsteiger SC Verl und VfB Lübeck schlagen sich gut. Die Absteiger SV Meppen, Rot-Weiss Essen und "
     "Hansa Rostock verloren.",
     {("promotion", "asserted", "SC Verl"), ("promotion", "asserted", "VfB Lübeck"),
      ("relegation", "asserted", "SV Meppen"), ("relegation", "asserted", "Rot-Weiss Essen"),
      ("relegation", "asserted", "FC Hansa Rostock")}),
    # an age in brackets after the name is the person's
    ("Der SC Verl hat Jan Ohl (45) als neuen Trainer vorgestellt.",
     {("coach_appointed", "asserted", "Jan Ohl", "SC Verl")}),
    # the injured part in brackets, an age before it
    ("Beim SC Verl fehlen Ole Brandt (24, Knie) und Jan Rolfes (Sprunggelenk).",
     {("player_status", "asserted", "Ole Brandt", "injured"), ("player_status", "asserted", "Jan Rolfes", "injured")}),
    ("Der SC Verl schnappt sich Stürmer Ole Brandt. Der VfB Lübeck lotst Torwart Jan Rolfes an die Lohmühle.",
     {("transfer", "asserted", "Ole Brandt", None, "SC Verl"),
      ("transfer", "asserted", "Jan Rolfes", None, "VfB Lübeck")}),
    ("Aus den ersten zehn Saisonspielen holte der SC Verl 22 Punkte.", {("record", "asserted", "SC Verl", 22, 10)}),
    # a nickname in the dative plural
    ("Der 1. FC Köln verlor mit 0:3 bei den Roten Teufeln. Der 1. FC Nürnberg unterlag den Wölfen mit 1:2.",
     {("match_result", "asserted", "1. FC Köln", 0, "1. FC Kaiserslautern", 3),
      ("match_result", "asserted", "1. FC Nürnberg", 1, "VfL Wolfsburg", 2)}),
    # an injury told verb second, after a fronted phrase
    ("Beim 0:2 in Lübeck verletzte sich Stürmer Ole Brandt am Knie. Im Training erlitt zudem Torwart Jan Rolfes "
     "einen Muskelfaserriss. Tim Sauer vom SC Verl verletzte sich an der Schulter.",
     {("player_status", "asserted", "Ole Brandt", "injured"), ("player_status", "asserted", "Jan Rolfes", "injured"),
      ("player_status", "asserted", "Tim Sauer", "injured")}),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_phrasing_is_read(text: str, expected: set[tuple]):
    assert expected <= _facts(text)


SILENT = [
    "Im Futsal gewann Hertha BSC gegen den Hamburger SV mit 5:4.",
    # a move up that fell through, a drop averted
    "Die Rückkehr des SC Verl in die 2. Bundesliga ist geplatzt.",
    "Der Wiederaufstieg des SC Verl in die 2. Bundesliga ist gescheitert.",
    "Der SC Verl hat den Abstieg in die Regionalliga abgewendet.",
    # a question whether states nothing
    "Wird Trainer Ole Brandt beim SC Verl entlassen? Die Frage stellt sich nach der dritten Niederlage.",
    "Trainer Ole Brandt vor dem Aus beim SC Verl?",
    # who hosted is not told
    "Der SC Verl und der VfB Lübeck spielten am Samstag. Die Gastgeber gewannen mit 2:0.",
    "Der SC Verl traf am Sonntag auf den VfB Lübeck. Am Ende stand ein 2:1.",  # who won, when no host is told
    # the successor of a sporting director is none
    "Der SC Verl hat Jonas Pohl als Nachfolger von Sportdirektor Tim Berger vorgestellt.",
    # a squad list without the article's club says whose squad it is not
    "Zugänge: Ole Brandt (SV Meppen), Jan Rolfes (VfB Lübeck).",
    "Beim SV Meppen ist Tim Alt ein Kandidat für die Startelf. Trainer Jan Ohl hat das Spiel im Blick.",
    "Jan Ohl bleibt auch in der kommenden Saison Cheftrainer des SC Verl.",
    # who sells is not told: the player may be either club's
    "Der SC Verl hat sich mit dem VfB Lübeck auf einen Wechsel von Stürmer Ole Brandt geeinigt.",
    "Der SC Verl spielt gut. Interimistisch übernimmt Sportdirektor Tim Alt.",
    "Das 1:0 des SC Verl gegen den VfB Lübeck erzielte Ole Brandt in der 12. Minute.",
    # the coach's side plays, and which of the two he coaches is not said
    "Der SC Verl hat das Derby gegen den SC Paderborn 07 II gewonnen. Für Paderborn war es die dritte Niederlage "
    "in Folge. Trainer Jan Ohl steht vor dem Spiel gegen den VfB Lübeck am Freitag unter Druck.",
    "Unser Tipp: Der SC Verl gewinnt gegen den VfB Lübeck mit 3:1. Prognose: Der SV Meppen siegt 2:0 beim "
    "VfL Osnabrück.",
    "90. Minute: Abpfiff! 78. Minute: Tor für Augsburg! Phillip Tietz trifft zum 2:0. 45. Minute: Halbzeit. "
    "Es steht 1:0.",
    "Wenn ein Klub wie der 1. FC Köln anrufen würde, würde ich zuhören.",
    "Es wäre ein Fehler, Trainer Tim Walter jetzt zu entlassen. Sollte der Hamburger SV den Aufstieg verpassen, "
    "muss man reden.",
    "Beim Essen nach dem Spiel war die Stimmung gut, mit viel Energie geht es in die Halle zum Training.",
    "Die Hamburger Morgenpost berichtet über den Sturm im Wasserglas.",
    "Granit Xhaka verletzte sich nicht, wie zunächst befürchtet. Sollte Kane wechseln, würde Bayern zahlen.",
    "Der FC Bayern München spielt auch in der kommenden Saison erstklassig, der VfL Bochum spielt nicht wieder "
    "erstklassig. Der SC Freiburg, der noch nicht als Absteiger feststeht, kämpft weiter.",
    "Der Abstieg des VfB Lübeck steht noch nicht fest, der SC Verl muss nicht in die Regionalliga absteigen.",
    "Stürmer Max Kranz verlässt den SV Werder Bremen. Bruno Lehmann ist nicht mehr Kapitän des VfB Stuttgart.",
    "Der SSV Ulm 1846 hat den Durchmarsch in die 2. Bundesliga verpasst.",
    "Am Samstag reist der SC Freiburg ins Trainingslager nach Köln.",
    "Torwart Jonas Brandt hat sich bei dem Zusammenprall nicht verletzt. Stürmer Tim Kleinert ist nicht mehr "
    "verletzt.",
    "Am Ende stieg der Hamburger SV doch nicht in die Bundesliga auf.",
    "Absteigen müssen wenn überhaupt der FC Viktoria Köln und der SV Sandhausen.",
    "Dem 1. FC Magdeburg droht der schwere Gang in die 3. Liga. Der SSV Ulm 1846 hat den Aufstieg noch nicht "
    "perfekt gemacht.",
    "Der SC Paderborn 07 rechnet mit einem 2:0 gegen den 1. FC Magdeburg. Mit einem 3:0 gegen den SV Sandhausen "
    "wäre der FC Ingolstadt 04 Tabellenführer.",
    "Im Derby zwischen dem VfL Bochum und Borussia Dortmund gab es keine Sieger. Das Spiel zwischen dem SC Verl "
    "und dem FC Ingolstadt 04 endete mit einem Eklat.",
    "Der SC Verl hat die Rückkehr in die 3. Liga fast geschafft. Der SC Verl feierte den Aufstieg des Nachbarn "
    "SV Rödinghausen.",
    "Vom FC Bayern München kam Kritik an Trainer Jens Kleinhans. Der SC Verl verstärkt sich mit viel "
    "Selbstvertrauen für das Derby.",
    "Trainer Jens Kleinhans folgt beim SV Meppen auf der Tribüne auf seinen Vorgänger. Jens Kleinhans ist ab sofort "
    "Kapitän des SC Verl.",
    "Der SC Verl hofft, mit einem 2:0 gegen den SV Meppen die Tabellenführung zu übernehmen. Ole Brandt ist bis "
    "2027 an den Rollstuhl gebunden.",
    "Auch der FC Energie Cottbus hat Ambitionen: Der Klub peilt den Aufstieg in die 2. Bundesliga an. Der "
    "SC Verl will den Abstieg in die Regionalliga unbedingt verhindern.",
    "Die Fans fordern die Entlassung von Trainer Jens Kleinmann beim SC Verl.",
    "Nach dem 0:2 beim 1. FC Magdeburg ist der Hamburger SV punktgleich vorbeigezogen.",
    "In 20 Spielen erzielte der SC Verl 35 Tore. Der SV Meppen erwartet am Samstag eine Antwort vom SC Verl.",
    "Der SC Verl steigt auf Platz drei. Der SV Meppen steigt in der Tabelle auf. Der VfB Lübeck steigt nicht ab.",
    "Der SC Verl würde Stürmer Ole Brandt gern vom SV Meppen verpflichten, das wäre ein Coup.",
    "Es wäre ein Fehler, wenn der SC Verl Stürmer Ole Brandt an den SV Meppen verkauft.",
    "Der VfB Stuttgart ist an einer schnellen Entscheidung interessiert. Ob Kapitän Linus Wegener spielen kann, "
    "entscheidet sich heute.",
    "Die Fans des FC Schalke 04 reisen mit Sonderzügen nach Köln.",
    "Co-Trainer Malte Brink laboriert an einer Erkältung und fehlt beim Training.",
    "Der Physiotherapeut Jan Berg betreut seit Januar die Mannschaft des SC Verl.",
    "Die Polizei hat Kontakt zu den Fans aufgenommen. Der VfL Bochum bemüht sich um eine schnelle Lösung.",
    "Im Tor steht Lukas Kern (23), davor spielen Tim Roth und Jan Eck.",
    "Der SC Freiburg hat das Derby gegen den VfB Stuttgart verloren. Der FC Bayern München siegte am Abend mit 3:0.",
    "Werder Bremen muss zum DFB-Sportgericht.",
    "Herbstmeister der 3. Liga ist der SC Verl. Bundesliga-Meister FC Bayern München plant für Europa.",
    "Stürmer Ole Brandt steht auf der Liste der besten Torjäger. Stürmer Kai Brand ist beim VfB Lübeck im Gespräch "
    "für die Startelf.",
    "Stürmer Ole Brandt steht beim VfB Lübeck auf der Liste der Torschützen ganz oben.",
    "Stürmer Tim Alt übernimmt beim SC Verl.",
    "Trainer Tim Alt soll beim SC Verl Verantwortung übernehmen.",
    "Stürmer Jan Ohl gilt als Topkandidat für die Startelf beim SC Verl.",
    "Der SC Verl schied mit 0:1 beim VfB Lübeck nicht aus.",
    # a condition on a result still to come
    "Wenn der SC Verl am Samstag verliert, ist Trainer Jan Ohl seinen Job los.",
    "Verliert der SC Verl am Samstag, muss Trainer Jan Ohl gehen.",
    "Im Falle einer weiteren Niederlage wird der SC Verl Trainer Jan Ohl entlassen.",
    "Trainer Jan Ohl muss beim SC Verl gehen, falls der Klub am Samstag nicht gewinnt.",
    "Bei einem Abstieg wechselt Stürmer Ole Brandt vom SC Verl zum VfB Lübeck.",
    "Im Training verletzte sich Stürmer Ole Brandt vom SC Verl zum Glück nicht.",
]


@pytest.mark.parametrize("text", SILENT, ids=[t[:40] for t in SILENT])
def test_no_fact_where_none_is_stated(text: str):
    assert _facts(text) == set()


def test_an_adjective_is_no_sacking_and_the_successor_is_appointed():
    facts = _facts("Der SV Darmstadt 98 hat einen neuen Trainer. Jens Oberkamp beerbt beim SV Darmstadt 98 den "
                   "entlassenen Ralf Tiedemann.")
    assert ("coach_appointed", "asserted", "Jens Oberkamp", "SV Darmstadt 98") in facts
    assert not any(f[0] == "coach_departed" and f[2] == "Jens Oberkamp" for f in facts)
    assert not _facts("Der SV Darmstadt 98 hat einen neuen Sportdirektor. Paul Fenner beerbt beim SV Darmstadt 98 "
                      "Carsten Wehling.")


def test_a_coach_change_article_reads_as_a_whole():
    facts = _facts("Der SC Preußen Münster hat sich am Sonntag von Cheftrainer Sascha Hellmann getrennt. Das gab der "
                   "Zweitligist nach der 0:3-Niederlage gegen den SSV Ulm 1846 bekannt. Hellmann hatte die Mannschaft "
                   "im Sommer 2021 übernommen. Sein Vertrag lief noch bis 2026. Bis auf Weiteres übernimmt Co-Trainer "
                   "Kieran Schulte das Training. Am Samstag empfangen die Preußen den 1. FC Magdeburg. Als möglicher "
                   "Nachfolger wird Alexander Endres gehandelt.",
                   title="Preußen Münster trennt sich von Trainer Sascha Hellmann")
    assert facts == {
        ("coach_departed", "asserted", "Sascha Hellmann", "SC Preußen Münster", "sacked"),
        ("match_result", "asserted", "SC Preußen Münster", 0, "SSV Ulm 1846", 3),
        ("coach_appointed", "asserted", "Sascha Hellmann", "SC Preußen Münster"),
        ("contract", "asserted", "Sascha Hellmann", "SC Preußen Münster", "2026"),
        ("coach_appointed", "asserted", "Kieran Schulte", "SC Preußen Münster"),
        ("fixture", "expected", "SC Preußen Münster", "1. FC Magdeburg"),
        ("interest", "reported", "SC Preußen Münster", "Alexander Endres"),
    }


def test_a_transfer_article_reads_as_a_whole():
    facts = _facts("Der Hamburger SV hat den belgischen Stürmer Jelle Vandenbos verpflichtet. Der 24-Jährige kommt vom "
                   "KAA Gent und unterschreibt einen Vertrag bis 2028. Zur Höhe der Ablöse machten beide Klubs "
                   "keine Angaben. Im Gegenzug verlässt Angreifer Ransford Köster den Klub. Ihn zieht es zum FC "
                   "Augsburg.", title="HSV holt Stürmer aus Belgien")
    assert facts == {
        ("transfer", "asserted", "Jelle Vandenbos", "KAA Gent", "Hamburger SV"),
        ("contract", "asserted", "Jelle Vandenbos", "Hamburger SV", "2028"),
        ("transfer", "asserted", "Ransford Köster", None, "FC Augsburg"),
    }


def test_the_successor_coaches_the_club_before_not_his_last_one():
    facts = _facts("Der Karlsruher SC hat am Montag Trainer Markus Eichler freigestellt. Der Zweitligist reagierte "
                   "damit auf die fünfte Niederlage in Serie. Nachfolger soll Jens Kleinert werden, der zuletzt den "
                   "Drittligisten SV Sandhausen trainierte.")
    assert ("coach_appointed", "reported", "Jens Kleinert", "Karlsruher SC") in facts
    assert not any(f[0] == "coach_appointed" and f[3] == "SV Sandhausen" for f in facts)


def test_the_team_a_relative_clause_takes_over_is_the_articles_club():
    facts = _facts("Der VfL Bochum bleibt in der Bundesliga. Damit bleibt der VfL erstklassig, Fortuna Düsseldorf "
                   "verpasst den Aufstieg. Trainer Heiko Brandner, der das Team erst im April übernommen hatte, "
                   "wurde gefeiert.", title="Bochum bleibt erstklassig")
    assert ("coach_appointed", "asserted", "Heiko Brandner", "VfL Bochum") in facts
    assert not any(f[0] == "coach_appointed" and f[3] == "Fortuna Düsseldorf" for f in facts)


def test_a_bare_club_name_start_before_an_unknown_place_names_no_listed_club():
    facts = _facts("Der FSV Blankenfelde gewann mit 2:1 gegen den SV Babelsberg 03.")
    assert not any("FSV Frankfurt" in f or "1. FSV Mainz 05" in f for f in facts)


def test_a_date_in_a_relative_clause_after_the_fact_is_not_its_date():
    facts = extract_article(Article("t", "Der SV Meppen hat einen neuen Trainer. Trainer Jonas Halbritter folgt auf "
                                    "Ralf Osterkamp, der den Verein im Mai verlassen hatte.", "2024-07-02"))
    appointed = [f for f in facts if f.type == "coach_appointed"]
    assert [f.date for f in appointed] == ["2024-07-02"]


def test_a_contract_told_with_a_coordinated_verb_is_the_subjects():
    facts = _facts("Der VfL Bochum hält an Trainer Dieter Heckmann fest. Heckmann hatte das Amt im November von Peter "
                   "Zeitler übernommen und besitzt einen Vertrag bis 2026.")
    assert not any(f[0] == "contract" and f[2] == "Peter Zeitler" for f in facts)


def test_a_continuation_goes_on_about_the_club_of_the_sentence_before():
    facts = _facts("Der Karlsruher SC freut sich auf das Duell mit dem 1. FC Nürnberg am Sonntag. Der Karlsruher "
                   "SC hat zuletzt viermal in Folge gewonnen. Der Club dagegen kommt mit Sorgen in den Wildpark. Dazu "
                   "kommt der Ausfall von Verteidiger Leon Stadler, der beim 1:2 gegen den SC Paderborn 07 mit Rot vom "
                   "Platz flog.", title="KSC vor dem Spiel gegen Nürnberg")
    assert ("match_result", "asserted", "1. FC Nürnberg", 1, "SC Paderborn 07", 2) in facts
    assert not any(f[0] == "match_result" and f[2] == "Karlsruher SC" for f in facts)


def test_a_coachs_move_is_no_transfer():
    facts = _facts("Trainer Nils Hagen geht zum SV Darmstadt 98. Trainer Ole Kamp ist neuer Trainer des SC Verl.")
    assert not any(f[0] == "transfer" for f in facts)
    assert ("coach_appointed", "asserted", "Ole Kamp", "SC Verl") in facts
    assert ("coach_appointed", "asserted", "Nils Hagen", "SV Darmstadt 98") in facts


def test_a_cue_of_doubt_or_condition_about_something_else_leaves_a_result_told():
    def told(text: str) -> set:
        return _read(text, ("match_result",), lambda f: f.modality)
    assert told("Der SC Verl gewann mit 2:1 gegen den VfB Lübeck und kommt wohl in Schwung.") == {"asserted"}
    assert told("Nach dem 2:1 gegen den VfB Lübeck gilt der Klassenerhalt des SC Verl als sicher.") == {"asserted"}
    assert told("Nach dem 2:1 gegen den VfB Lübeck kann der SC Verl bei einem Sieg am Samstag Tabellenführer "
                "werden.") == {"asserted"}


def test_a_league_label_in_the_singular_names_only_its_own_club():
    text = "Aufsteiger SC Verl und der VfB Lübeck trennten sich torlos."
    assert _read(text, ("promotion",), lambda f: f.args["club"]) == {"SC Verl"}


def test_a_schedule_line_gives_every_pairing_its_day_and_kick_off():
    text = ("Die Spiele des 12. Spieltags:\nSamstag, 26. Oktober, 14 Uhr: SV Meppen – Rot-Weiss Essen, Alemannia "
            "Aachen – Dynamo Dresden\nSonntag, 27. Oktober: Hansa Rostock – Energie Cottbus (13.30 Uhr)")
    assert _read(text, ("fixture",), lambda f: (f.args["team"], f.date), date="2024-10-21") == {
        ("SV Meppen", "2024-10-26T14:00"), ("Alemannia Aachen", "2024-10-26T14:00"),
        ("FC Hansa Rostock", "2024-10-27T13:30")}
    results = "Samstag: SV Meppen – Rot-Weiss Essen 2:0, Alemannia Aachen – Dynamo Dresden 1:1"
    assert _read(results, ("fixture",), lambda f: f.args["team"], date="2024-10-21") == set()


def test_a_contract_valid_until_a_date_told_before_the_noun_is_running_unless_signed_now():
    def contracts(text: str) -> set:
        return _read(text, ("contract",), lambda f: (f.args["person"], f.args["until"], f.date), date="2024-10-21")
    assert contracts("Ole Brandt besitzt beim SC Verl einen bis 2027 datierten Vertrag.") == {
        ("Ole Brandt", "2027", None)}
    assert contracts("Ole Brandt hat beim SC Verl einen bis 2027 gültigen Vertrag unterschrieben.") == {
        ("Ole Brandt", "2027", "2024-10-21")}
    assert contracts("Ole Brandt ist beim SC Verl vertraglich bis 2027 gebunden.") == {
        ("Ole Brandt", "2027", "2024-10-21")}


def test_a_move_in_the_present_at_the_turn_of_the_year_or_the_winter_break_is_to_come():
    def moves(text: str) -> set:
        return _read(text, ("transfer",), lambda f: (f.modality, f.date), date="2024-10-21")
    assert moves("Zum Jahreswechsel wechselt Stürmer Ole Brandt zum SC Verl.") == {("expected", "2025")}
    assert moves("Stürmer Ole Brandt wechselt in der Winterpause zum SC Verl.") == {("expected", "2024")}
    assert moves("Stürmer Ole Brandt wechselt zur Rückrunde zum SC Verl.") == {("expected", "2024-10-21")}
    assert moves("Zum Jahreswechsel 2023 war Stürmer Ole Brandt zum SC Verl gewechselt.") == {("asserted", "2023")}


def test_a_transfer_takes_the_month_the_text_gives():
    [moved] = extract_article(Article("t", "Im Januar hatte der SC Verl Torwart Jan Kessing vom VfL Osnabrück geholt.",
                                      "2024-10-14"))
    assert moved.type == "transfer" and moved.date == "2024-01"


def test_a_womens_football_article_names_the_womens_teams():
    facts = _facts("Der VfL Wolfsburg hat die Tabellenführung in der Frauen-Bundesliga verteidigt. Gegen Bayer 04 "
                   "Leverkusen siegte der VfL Wolfsburg am Sonntag mit 3:1.")
    assert ("match_result", "asserted", "VfL Wolfsburg Frauen", 3, "Bayer 04 Leverkusen Frauen", 1) in facts
    men = _facts("Der VfL Wolfsburg hat die Tabellenführung in der Bundesliga verteidigt. Gegen Bayer 04 Leverkusen "
                 "siegte der VfL Wolfsburg am Sonntag mit 3:1.")
    assert ("match_result", "asserted", "VfL Wolfsburg", 3, "Bayer 04 Leverkusen", 1) in men


def test_a_list_of_clubs_ends_with_its_last_conjunct():
    facts = _facts("Absteigen müssen Holstein Kiel und der VfL Bochum, der 1. FC Heidenheim rettete sich in der "
                   "Relegation.")
    assert {f[2] for f in facts if f[0] == "relegation"} == {"Holstein Kiel", "VfL Bochum"}


def test_an_interview_reads_question_and_answer_together():
    facts = _facts("Herr Berger, der VfL Osnabrück hat am Wochenende 1:3 in Ulm verloren. Wie bewerten Sie die Lage?"
                   "\n\nZuletzt hieß es, Hannover 96 sei an Ihrem Stürmer Erik Engelmann interessiert.\n\nDa ist "
                   "nichts dran.\n\nWird Trainer Uwe Koschnik nach der Niederlage entlassen?\n\nNein.")
    assert facts == {
        ("match_result", "asserted", "VfL Osnabrück", 1, "SSV Ulm 1846", 3),
        ("interest", "denied", "Hannover 96", "Erik Engelmann"),
    }


def test_the_club_that_hosted_a_defeat_is_not_the_relegated_one():
    facts = _facts("Der SV Wehen Wiesbaden muss in die Regionalliga. Nach der 0:3-Niederlage beim FC Ingolstadt 04 "
                   "steht der Abstieg aus der 3. Liga fest.", title="Wiesbaden steigt ab")
    assert {f[2] for f in facts if f[0] == "relegation"} == {"SV Wehen Wiesbaden"}


def test_the_club_of_a_match_a_player_returns_for_is_the_opponent():
    facts = extract_article(Article("t", "Der FC Augsburg hofft auf Torwart Len Barthel. Für das Spiel bei Werder "
                                    "Bremen am Samstag ist Barthel wieder einsatzbereit.", "2025-02-04"))
    [status] = [f for f in facts if f.type == "player_status"]
    assert status.args["club"] == "FC Augsburg"


def test_a_person_in_a_sentence_without_a_club_belongs_to_the_club_before():
    facts = _facts("Der SC Verl hat verloren. Dagegen jubelte der SSV Ulm 1846 über den Aufstieg. Trainer Bert "
                   "Hollmann, dessen Vertrag sich damit bis 2027 verlängert, war gerührt.", title="Verl verliert")
    assert ("contract", "asserted", "Bert Hollmann", "SSV Ulm 1846", "2027") in facts


def test_a_denied_move_beside_a_running_contract_leaves_the_contract_asserted():
    facts = _facts("Ein Abschied im Winter ist ausgeschlossen, der Vertrag von Timo Ressel beim FC Augsburg läuft "
                   "noch bis 2028.")
    assert ("contract", "asserted", "Timo Ressel", "FC Augsburg", "2028") in facts
    denied = _facts("Der FC Augsburg dementierte, dass Timo Ressel einen Vertrag bis 2028 unterschrieben hat.")
    assert {f[1] for f in denied if f[0] == "contract"} == {"denied"}


def test_an_announced_takeover_from_a_coming_day_is_expected_then():
    facts = extract_article(Article("t", "Der VfL Bochum hat einen neuen Trainer gefunden. Ab dem 1. Januar "
                                    "übernimmt Petra Lindner die Mannschaft.", "2025-12-15"))
    [appointed] = [f for f in facts if f.type == "coach_appointed"]
    assert (appointed.args["person"], appointed.modality, appointed.date) == ("Petra Lindner", "expected", "2026-01-01")


def test_a_club_named_only_as_the_opponent_is_not_the_articles_club():
    facts = _facts("Herr Lorenz, Ihr Team hat aus den letzten fünf Spielen nur zwei Punkte geholt.\n\nDas stimmt.\n\n"
                   "Mit dem 1. FC Kaiserslautern kommt am Samstag ein schwerer Gegner.")
    assert not any(f[0] == "record" for f in facts)


def test_a_club_alias_that_is_a_given_name_starts_a_persons_name():
    facts = _facts("Borussia Dortmund verleiht Nachwuchsstürmer Milan Hovedt bis zum Saisonende an die SpVgg "
                   "Greuther Fürth.")
    assert {(f[0], f[2]) for f in facts} == {("transfer", "Milan Hovedt")}


def test_a_stadium_named_after_a_person_is_no_person():
    facts = extract_article(Article("t", "Vor 20.000 Zuschauern im Fritz-Walter-Stadion siegte der 1. FC "
                                    "Kaiserslautern mit 2:0 gegen den SC Paderborn 07.", "2025-03-02"))
    assert [f.type for f in facts] == ["match_result"]
    from karussell.mentions import find_mentions
    am = find_mentions(Article("t", "Im Fritz-Walter-Stadion wurde gefeiert."))
    assert not [m for s in am.sentences for m in s.mentions if m.kind == "person"]


def test_a_score_whose_opponent_the_lead_named_gives_both_sentences_as_evidence():
    facts = extract_article(Article("t", "Der Karlsruher SC hat das Derby gegen den SV Sandhausen gewonnen. Die "
                                    "Karlsruher setzten sich am Samstag mit 3:1 durch.", "2025-03-02"))
    [result] = facts
    assert (result.args["team"], result.args["opponent"], result.args["team_goals"]) == \
        ("Karlsruher SC", "SV Sandhausen", 3)
    assert result.evidence.startswith("Der Karlsruher SC hat das Derby") and result.evidence.endswith("3:1 durch.")
    other = _facts("Der Karlsruher SC hat das Derby gegen den SV Sandhausen gewonnen. Der SC Freiburg setzte sich "
                   "am Samstag mit 3:1 durch.")
    assert not any(f[0] == "match_result" for f in other)


def test_a_club_written_as_its_womens_team_is_the_womens_team_in_any_article():
    facts = _facts("Am Sonntag treten die HSV-Frauen beim SV Werder Bremen an.")
    assert {(f[0], f[2]) for f in facts} == {("fixture", "Hamburger SV Frauen")}


def test_a_league_the_winner_stays_in_is_not_the_matchs_competition():
    [result] = [f for f in extract_article(Article("t", "Der VfB Lübeck gewann das Rückspiel gegen den SV Meppen "
                                                   "mit 1:0 und bleibt damit in der 3. Liga.", "2025-05-30"))
                if f.type == "match_result"]
    assert "competition" not in result.args


def test_interest_in_a_former_coach_is_interest_in_a_coach():
    [interest] = extract_article(Article("t", "Laut kicker hat der FC Augsburg Kontakt zu Ex-Trainer Jens Raab "
                                         "aufgenommen.", "2025-05-30"))
    assert (interest.type, interest.args["role"], interest.modality) == ("interest", "head_coach", "reported")


def test_a_reserve_team_is_named_with_any_name_of_its_first_team():
    facts = _facts("Waldhof Mannheim feierte einen 3:0-Auswärtssieg bei der TSG Hoffenheim II.")
    assert ("match_result", "asserted", "SV Waldhof Mannheim", 3, "1899 Hoffenheim II", 0) in facts


def test_a_coach_context_word_makes_a_person_without_a_role_a_coach():
    facts = _facts("Das Trainerkarussell dreht sich weiter. Beim SC Verl hat man genug gesehen: Jens Arnold muss "
                   "gehen.")
    assert ("coach_departed", "asserted", "Jens Arnold", "SC Verl", "sacked") in facts
    assert not _facts("Beim SC Verl hat man genug gesehen: Jens Arnold muss gehen.")


def test_an_event_told_as_long_ago_has_no_date():
    [appointed] = extract_article(Article("t", "Der 1. FC Nürnberg wurde 1968 Meister. Trainer Max Merkel hatte die "
                                          "Mannschaft damals übernommen.", "2026-01-10"))
    assert appointed.type == "coach_appointed" and appointed.date is None
    # a clause set off by commas tells of its own time
    [moved] = extract_article(Article("t", "Ole Brandt, der einst für den VfL Bochum spielte, wechselt zum SC Verl.",
                                      "2026-01-10"))
    assert moved.type == "transfer" and moved.date == "2026-01-10"


def test_a_relative_clause_apart_from_the_fact_keeps_its_date_and_league_to_itself():
    text = ("Auch der SC Verl jubelte. Der Sportclub, der im Sommer 2022 aus der Oberliga Westfalen nachgerückt war, "
            "machte mit einem 2:0 beim VfB Lübeck den dritten Platz klar.")
    assert _read(text, ("match_result",), lambda f: (f.date, f.args.get("competition")), date="2024-06-05") == {
        ("2024-06-05", None)}
    text = "Der Absteiger aus der 2. Bundesliga, der VfL Osnabrück, verlor mit 0:1 gegen den SC Verl."
    assert _read(text, ("match_result",), lambda f: f.args.get("competition")) == {None}
    # the fact told in the clause keeps the clause's date
    text = "Neuzugang Ole Brandt, der erst am Freitag vom VfB Lübeck zum SC Verl gewechselt war, saß auf der Bank."
    assert _read(text, ("transfer",), lambda f: f.date, date="2024-10-21") == {"2024-10-18"}


def test_a_candidate_in_a_round_up_is_wanted_by_the_club_the_sentence_before_was_about():
    facts = _facts("Der SC Verl verlor 0:2 gegen den VfB Lübeck. Noch in der Nacht zog der Klub Konsequenzen und "
                   "trennte sich von Trainer Jens Arnold. Als Kandidat für den frei gewordenen Posten gilt laut "
                   "Bild der frühere Meppener Ole Kamp. Der SV Meppen gewann 1:0 gegen den SC Freiburg II.")
    assert ("interest", "reported", "SC Verl", "Ole Kamp") in facts


def test_a_youth_coach_who_took_over_after_a_sacking_stood_in():
    facts = extract_article(Article("t", "Beim SC Verl endet die Saison mit einem Abschied. Nach der Trennung von Jens "
                                    "Arnold im Winter hatte U19-Trainer Tim Kessel die Mannschaft übernommen.",
                                    "2025-06-02"))
    [appointed] = [f for f in facts if f.type == "coach_appointed"]
    assert appointed.args == {"person": "Tim Kessel", "predecessor": "Jens Arnold", "role": "interim",
                              "club": "SC Verl"}


def test_the_club_a_defeat_was_suffered_at_is_the_opponent():
    facts = _facts("Beim 1. FC Bocholt unterlagen die Oberhausener am Sonntag mit 1:2 (1:0).",
                   title="Rot-Weiß Oberhausen verliert")
    assert facts == {("match_result", "asserted", "Rot-Weiß Oberhausen", 1, "1. FC Bocholt", 2)}


def test_a_second_team_written_as_a_compound_is_the_reserve():
    facts = _facts("Am Mittwoch geht es für die Knappen-Reserve beim SC Wiedenbrück weiter.",
                   title="Schalke II vor dem Spiel in Wiedenbrück")
    assert ("fixture", "expected", "FC Schalke 04 II", "SC Wiedenbrück") in facts


def _read(text: str, types: tuple[str, ...], key, date: str = "2025-03-02") -> set:
    """What `key` reads off each fact of the given types in the text."""
    return {key(f) for f in extract_article(Article("t", text, date)) if f.type in types}


# Who scored how many: each phrasing of a result, with the winner, the loser and their goals.
RESULT_SIDES = [
    ("Der SC Verl verlor am Samstag mit 1:3 beim VfB Lübeck.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Der VfB Lübeck bezwang den SC Verl mit 3:1.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Der SC Verl unterlag dem VfB Lübeck mit 1:3.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Gegen den VfB Lübeck kassierte der SC Verl eine 1:3-Niederlage.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Der SC Verl musste sich dem VfB Lübeck mit 1:3 geschlagen geben.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Der VfB Lübeck fertigte den SC Verl mit 4:0 ab.", "VfB Lübeck", "SC Verl", 4, 0),
    ("Der SC Verl kassierte beim VfB Lübeck eine 0:4-Pleite.", "VfB Lübeck", "SC Verl", 4, 0),
    ("Nach der 1:3-Niederlage beim VfB Lübeck ist der SC Verl Letzter.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Mit 3:1 setzte sich der VfB Lübeck gegen den SC Verl durch.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Der VfB Lübeck gewann das Hinspiel beim SC Verl mit 2:1.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Der SC Verl verlor das Heimspiel gegen den VfB Lübeck 0:2.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Beim VfB Lübeck gewann der SC Verl mit 3:0.", "SC Verl", "VfB Lübeck", 3, 0),
    ("Beim VfB Lübeck verlor der SC Verl mit 0:3.", "VfB Lübeck", "SC Verl", 3, 0),
    ("Gegen den VfB Lübeck gab es für den SC Verl eine 0:2-Niederlage.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Der SC Verl und der VfB Lübeck trennten sich 2:2.", "SC Verl", "VfB Lübeck", 2, 2),
    ("Der VfB Lübeck feierte einen 3:0-Heimsieg gegen den SC Verl.", "VfB Lübeck", "SC Verl", 3, 0),
    ("Der SC Verl ging beim VfB Lübeck mit 0:5 unter.", "VfB Lübeck", "SC Verl", 5, 0),
    ("Der SC Verl hat beim VfB Lübeck 1:2 verloren.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Der VfB Lübeck schlug den SC Verl 2:0.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Dem VfB Lübeck unterlag der SC Verl mit 0:1.", "VfB Lübeck", "SC Verl", 1, 0),
    ("Beim 0:2 gegen den VfB Lübeck enttäuschte der SC Verl.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Der SC Verl verlor 1:2 gegen den VfB Lübeck.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Der VfB Lübeck gewann 2:1 beim SC Verl.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Der SC Verl verlor gegen den VfB Lübeck mit 2:3 nach Verlängerung.", "VfB Lübeck", "SC Verl", 3, 2),
    ("Der VfB Lübeck setzte sich gegen den SC Verl mit 5:3 im Elfmeterschießen durch.", "VfB Lübeck", "SC Verl", 5, 3),
    ("Zuvor hatte der VfB Lübeck mit einem 2:1 gegen den SC Verl die Tabellenführung übernommen.",
     "VfB Lübeck", "SC Verl", 2, 1),
    ("Der VfB Lübeck hat einen 0:2-Rückstand gegen den SC Verl noch in einen 3:2-Sieg verwandelt.",
     "VfB Lübeck", "SC Verl", 3, 2),
    ("Die Lübecker verloren am Freitag überraschend mit 0:1 beim SC Verl.", "SC Verl", "VfB Lübeck", 1, 0),
    ("Die Lübecker gewannen 2:0 gegen den SC Verl.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Am Samstag gewann der VfB Lübeck 2:1 gegen den SC Verl.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Am Samstag verlor der SC Verl 1:2 gegen den VfB Lübeck.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Am Freitag verlor der SC Verl beim VfB Lübeck mit 0:3.", "VfB Lübeck", "SC Verl", 3, 0),
    ("Zum Auftakt siegte der VfB Lübeck 2:0 beim SC Verl.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Am Sonntag unterlag der SC Verl dem VfB Lübeck mit 1:2.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Zuletzt besiegte der VfB Lübeck den SC Verl 3:1.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Der SC Verl gewann mit 3:1 bei der zweiten Mannschaft des 1. FC Köln.", "SC Verl", "1. FC Köln II", 3, 1),
    ("Der VfB Lübeck hat gegen den SC Verl mit 2:0 gewonnen.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Der VfB Lübeck hat beim SC Verl 2:1 gewonnen.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Der SC Verl hat gegen den VfB Lübeck 1:1 gespielt.", "SC Verl", "VfB Lübeck", 1, 1),
    ("Der SC Verl hat sich vom VfB Lübeck 2:2 getrennt.", "SC Verl", "VfB Lübeck", 2, 2),
    ("Der VfB Lübeck feierte gegen den SC Verl einen 3:1-Erfolg.", "VfB Lübeck", "SC Verl", 3, 1),
    ("Zwischen dem SC Verl und dem VfB Lübeck gab es keinen Sieger (1:1).", "SC Verl", "VfB Lübeck", 1, 1),
    ("Die Partie SC Verl gegen VfB Lübeck endete 0:0.", "SC Verl", "VfB Lübeck", 0, 0),
    ("Der VfB Lübeck bezwang den Tabellenführer SC Verl mit 2:1.", "VfB Lübeck", "SC Verl", 2, 1),
    ("Der VfB Lübeck gewann beim Schlusslicht SC Verl 3:0.", "VfB Lübeck", "SC Verl", 3, 0),
    ("Der SC Verl verlor gegen den Spitzenreiter VfB Lübeck mit 0:2.", "VfB Lübeck", "SC Verl", 2, 0),
    ("Der VfB Lübeck hat das Derby gegen den SC Verl verloren. Vor 5.000 Zuschauern setzten sich die Verler mit 2:0 "
     "durch.", "SC Verl", "VfB Lübeck", 2, 0),
]


@pytest.mark.parametrize(("text", "winner", "loser", "winner_goals", "loser_goals"), RESULT_SIDES,
                         ids=[c[0][:40] for c in RESULT_SIDES])
def test_the_goals_go_to_the_side_that_scored_them(text, winner, loser, winner_goals, loser_goals):
    assert _read(text, ("match_result",), lambda f: frozenset({(f.args["team"], f.args["team_goals"]),
                                                               (f.args["opponent"], f.args["opponent_goals"])})) \
        == {frozenset({(winner, winner_goals), (loser, loser_goals)})}


# Who comes and who goes: each phrasing of a coach change in which Tim Berg succeeds Jan Ohl.
COACH_CHANGES = [
    "Der SC Verl hat Trainer Jan Ohl entlassen. Nachfolger wird Tim Berg.",
    "Tim Berg übernimmt beim SC Verl das Amt von Jan Ohl.",
    "Beim SC Verl folgt Trainer Tim Berg auf Jan Ohl.",
    "Tim Berg beerbt beim SC Verl Trainer Jan Ohl.",
    "Der SC Verl hat Tim Berg als Nachfolger von Trainer Jan Ohl vorgestellt.",
    "Nach dem Rücktritt von Trainer Jan Ohl übernimmt Tim Berg den SC Verl.",
    "Trainer Tim Berg, der beim SC Verl auf Jan Ohl folgte, hat seinen Vertrag verlängert.",
    "Der SC Verl trennt sich von Trainer Jan Ohl, Co-Trainer Tim Berg übernimmt interimsweise.",
    "Trainer Jan Ohl muss beim SC Verl gehen, für ihn kommt Tim Berg.",
    "Der SC Verl ersetzt Trainer Jan Ohl durch Tim Berg.",
    "Tim Berg ist neuer Trainer des SC Verl. Er tritt die Nachfolge von Jan Ohl an.",
    "Nach der Entlassung von Jan Ohl hat der SC Verl Tim Berg als neuen Trainer verpflichtet.",
]


@pytest.mark.parametrize("text", COACH_CHANGES, ids=[t[:40] for t in COACH_CHANGES])
def test_a_coach_change_names_who_comes_and_who_goes(text):
    assert _read(text, ("coach_appointed", "coach_departed"), lambda f: (f.type, f.args["person"])) == \
        {("coach_appointed", "Tim Berg"), ("coach_departed", "Jan Ohl")}


# A contract of Ole Brandt at the SC Verl, in each phrasing, with the end date it gives.
CONTRACTS = [
    ("Verteidiger Ole Brandt hat seinen Vertrag beim SC Verl bis 2028 verlängert.", "2028"),
    ("Der SC Verl hat den Vertrag mit Verteidiger Ole Brandt bis 2028 verlängert.", "2028"),
    ("Der SC Verl verlängert mit Verteidiger Ole Brandt bis 2028.", "2028"),
    ("Ole Brandt bleibt dem SC Verl bis 2028 erhalten.", "2028"),
    ("Ole Brandt hat beim SC Verl einen Vertrag bis 2028 unterschrieben.", "2028"),
    ("Beim SC Verl unterschrieb Ole Brandt einen Vertrag bis 2028.", "2028"),
    ("Ole Brandt steht beim SC Verl noch bis 2028 unter Vertrag.", "2028"),
    ("Der Vertrag von Ole Brandt beim SC Verl läuft bis 2028.", "2028"),
    ("Der SC Verl hat Ole Brandt langfristig bis 2028 gebunden.", "2028"),
    ("Ole Brandt verlängerte beim SC Verl vorzeitig bis Juni 2028.", "2028-06"),
    ("Ole Brandt, dessen Vertrag beim SC Verl bis 2028 läuft, fehlt verletzt.", "2028"),
    ("Ole Brandt ist beim SC Verl bis 2028 unter Vertrag.", "2028"),
    ("Der SC Verl und Ole Brandt haben sich auf eine Verlängerung bis 2028 geeinigt.", "2028"),
    ("Ole Brandt erhält beim SC Verl einen neuen Vertrag bis 2028.", "2028"),
    ("Der Kontrakt von Ole Brandt beim SC Verl wurde bis 2028 ausgedehnt.", "2028"),
    ("Bis 2028 verlängerte Verteidiger Ole Brandt seinen Vertrag beim SC Verl.", "2028"),
    ("Seinen Vertrag beim SC Verl hat Ole Brandt bis 2028 verlängert.", "2028"),
    ("Am Mittwoch unterschrieb Ole Brandt beim SC Verl einen Vertrag bis 2028.", "2028"),
    ("Ole Brandt unterschreibt beim SC Verl einen Vertrag als Co-Trainer bis 2028.", "2028"),
]


@pytest.mark.parametrize(("text", "until"), CONTRACTS, ids=[c[0][:40] for c in CONTRACTS])
def test_a_contract_names_person_club_and_end(text, until):
    assert _read("Der SC Verl meldet Neuigkeiten. " + text, ("contract",),
                 lambda f: (f.args["person"], f.args["club"], f.args["until"])) == {("Ole Brandt", "SC Verl", until)}


def test_a_name_in_the_genitive_is_the_name_named_before():
    facts = _facts("Ole Brandt ist zurück. Ole Brandts Vertrag beim SC Verl läuft noch bis 2028.")
    assert ("contract", "asserted", "Ole Brandt", "SC Verl", "2028") in facts


# Talk about a move (of Ole Brandt to the VfB Lübeck, mostly): the fact it gives and how sure it is (None: no fact).
MOVE_TALK = [
    ("Der VfB Lübeck soll an Stürmer Ole Brandt interessiert sein.", ("interest", "reported")),
    ("Der VfB Lübeck hat Interesse an Stürmer Ole Brandt.", ("interest", "reported")),
    ("Laut kicker beobachtet der VfB Lübeck Stürmer Ole Brandt.", ("interest", "reported")),
    ("Der VfB Lübeck hat ein Auge auf Stürmer Ole Brandt geworfen.", ("interest", "reported")),
    ("Der VfB Lübeck buhlt um Stürmer Ole Brandt.", ("interest", "reported")),
    ("Stürmer Ole Brandt steht beim VfB Lübeck auf der Wunschliste.", ("interest", "reported")),
    ("Der VfB Lübeck ist nicht an Stürmer Ole Brandt interessiert.", ("interest", "denied")),
    ("Ein Interesse an Stürmer Ole Brandt dementierte der VfB Lübeck.", ("interest", "denied")),
    ("Stürmer Ole Brandt soll vor einem Wechsel zum VfB Lübeck stehen.", ("transfer", "reported")),
    ("Stürmer Ole Brandt wechselt angeblich zum VfB Lübeck.", ("transfer", "reported")),
    ("Nach Informationen der Bild wechselt Stürmer Ole Brandt zum VfB Lübeck.", ("transfer", "reported")),
    ("Stürmer Ole Brandt wird im Sommer zum VfB Lübeck wechseln.", ("transfer", "expected")),
    ("Stürmer Ole Brandt wechselt zur neuen Saison zum VfB Lübeck.", ("transfer", "expected")),
    ("Im Sommer wechselt Stürmer Ole Brandt zum VfB Lübeck.", ("transfer", "expected")),
    ("Der Wechsel von Stürmer Ole Brandt zum VfB Lübeck ist so gut wie perfekt.", ("transfer", "expected")),
    ("Stürmer Ole Brandt wird den SC Verl im Sommer verlassen und zum VfB Lübeck wechseln.", ("transfer", "expected")),
    ("Ein Wechsel von Stürmer Ole Brandt zum VfB Lübeck ist vom Tisch.", ("transfer", "denied")),
    ("Stürmer Ole Brandt wechselt nicht zum VfB Lübeck.", ("transfer", "denied")),
    ("Sollte Stürmer Ole Brandt zum VfB Lübeck wechseln, erhält der SC Verl eine Ablöse.", None),
    ("Wenn Stürmer Ole Brandt zum VfB Lübeck wechselt, wäre das ein Verlust.", None),
    ("Ob Stürmer Ole Brandt zum VfB Lübeck wechselt, ist offen.", None),
    ("Der VfB Lübeck würde Stürmer Ole Brandt gerne verpflichten.", None),
    ("Der VfB Lübeck will Stürmer Ole Brandt verpflichten.", ("interest", "reported")),
    ("Stürmer Ole Brandt ist beim VfB Lübeck ein Thema.", ("interest", "reported")),
    ("Stürmer Ole Brandt wird mit dem VfB Lübeck in Verbindung gebracht.", ("interest", "reported")),
    # talks or a plan are no move yet; an intention in a clause set off by commas is not the fact's
    ("Die Gespräche über einen Wechsel von Stürmer Ole Brandt zum VfB Lübeck laufen.", ("transfer", "reported")),
    ("Der Wechsel von Stürmer Ole Brandt zum VfB Lübeck ist perfekt.", ("transfer", "asserted")),
    ("Der SC Verl will Trainer Jan Ohl entlassen.", ("coach_departed", "expected")),
    ("Der SC Verl hat Trainer Jan Ohl entlassen.", ("coach_departed", "asserted")),
    ("Der SC Verl, der unbedingt aufsteigen will, hat Trainer Jan Ohl entlassen.", ("coach_departed", "asserted")),
    # a cue over the whole sentence reads past the dot of an ordinal or an abbreviation in a club's name
    ("Der Wechsel von Stürmer Ole Brandt zum 1. FC Köln ist geplatzt.", ("transfer", "denied")),
    ("Der Transfer von Stürmer Ole Brandt zum FC St. Pauli kam nicht zustande.", ("transfer", "denied")),
    ("Stürmer Ole Brandt wird zur Rückrunde zum 1. FC Nürnberg wechseln.", ("transfer", "expected")),
]


@pytest.mark.parametrize(("text", "expected"), MOVE_TALK, ids=[c[0][:40] for c in MOVE_TALK])
def test_talk_of_a_move_gives_its_modality(text, expected):
    got = _read("Beim SC Verl brodelt die Gerüchteküche. " + text, ("interest", "transfer", "coach_departed"),
                lambda f: (f.type, f.modality))
    assert got == ({expected} if expected else set())


# A coming match of the SC Verl, in each phrasing, with the opponent.
FIXTURES = [
    ("Am Samstag empfängt der SC Verl den VfB Lübeck.", "VfB Lübeck"),
    ("Am Samstag (14 Uhr) gastiert der SC Verl beim VfB Lübeck.", "VfB Lübeck"),
    ("Der SC Verl tritt am Sonntag beim VfB Lübeck an.", "VfB Lübeck"),
    ("Weiter geht es für den SC Verl am Freitag gegen den VfB Lübeck.", "VfB Lübeck"),
    ("Am nächsten Spieltag trifft der SC Verl auf den VfB Lübeck.", "VfB Lübeck"),
    ("Nächster Gegner des SC Verl ist der VfB Lübeck.", "VfB Lübeck"),
    ("Der SC Verl bekommt es am Samstag mit dem VfB Lübeck zu tun.", "VfB Lübeck"),
    ("Im Pokal wartet auf den SC Verl der VfB Lübeck.", "VfB Lübeck"),
    ("Der SC Verl reist am Wochenende zum VfB Lübeck.", "VfB Lübeck"),
    ("Am Samstag steigt das Derby zwischen dem SC Verl und dem SC Paderborn 07 II.", "SC Paderborn 07 II"),
    ("Das Heimspiel gegen den VfB Lübeck bestreitet der SC Verl am Sonntag.", "VfB Lübeck"),
    ("Der SC Verl spielt am Samstag gegen den VfB Lübeck.", "VfB Lübeck"),
    ("Am Samstag muss der SC Verl beim VfB Lübeck ran.", "VfB Lübeck"),
    ("Im Achtelfinale des DFB-Pokals trifft der SC Verl auf den VfB Lübeck.", "VfB Lübeck"),
    ("Am Samstag hat der SC Verl den VfB Lübeck zu Gast.", "VfB Lübeck"),
    ("Anpfiff im Spiel des SC Verl gegen den VfB Lübeck ist am Samstag um 14 Uhr.", "VfB Lübeck"),
    ("Als Nächstes wartet auf den SC Verl das Heimspiel gegen den VfB Lübeck.", "VfB Lübeck"),
    ("Für den SC Verl geht es am Dienstag im Pokal gegen den VfB Lübeck weiter.", "VfB Lübeck"),
    ("Der SC Verl verlor. Das Hinspiel gegen den VfB Lübeck findet am 12. März statt.", "VfB Lübeck"),
    ("Am Samstag empfängt der SC Verl den Tabellenletzten VfB Lübeck.", "VfB Lübeck"),
]


@pytest.mark.parametrize(("text", "opponent"), FIXTURES, ids=[c[0][:40] for c in FIXTURES])
def test_a_coming_match_names_both_sides(text, opponent):
    assert _read("Vorschau. " + text, ("fixture",), lambda f: frozenset((f.args["team"], f.args["opponent"]))) == \
        {frozenset(("SC Verl", opponent))}


def test_a_fixture_takes_its_day_from_the_next_sentence_that_tells_the_kick_off():
    def days(text: str) -> set:
        return _read(text, ("fixture",), lambda f: f.date, date="2025-11-20")
    assert days("Der SC Verl trifft im Pokal auf den VfB Lübeck. Gespielt wird am 4. Februar.") == {"2026-02-04"}
    assert days("Der SC Verl trifft im Pokal auf den VfB Lübeck. Die Partie steigt am Dienstag um 18.30 Uhr.") \
        == {"2025-11-25T18:30"}
    assert days("Der SC Verl trifft im Pokal auf den VfB Lübeck. Am 4. Februar hat Jan Ohl Geburtstag.") == {None}


# The SC Verl's points and games, in each phrasing (None: no record stated).
RECORDS = [
    ("Der SC Verl holte aus zehn Spielen 18 Punkte.", ("SC Verl", 18, 10)),
    ("Der SC Verl hat nach zehn Spielen 18 Punkte auf dem Konto.", ("SC Verl", 18, 10)),
    ("Mit 18 Punkten aus zehn Spielen steht der SC Verl auf Rang drei.", ("SC Verl", 18, 10)),
    ("Der SC Verl steht nach zehn Spieltagen bei 18 Zählern.", ("SC Verl", 18, 10)),
    ("Nach zehn Spieltagen hat der SC Verl 18 Punkte auf dem Konto.", ("SC Verl", 18, 10)),
    ("In den letzten zehn Spielen holte der SC Verl 18 Punkte.", ("SC Verl", 18, 10)),
    ("In den letzten zehn Spielen holte der SC Verl nur einen Punkt.", ("SC Verl", 1, 10)),
    ("Aus den letzten fünf Partien holte der SC Verl nur zwei Punkte.", ("SC Verl", 2, 5)),
    ("Der SC Verl ist seit sechs Spielen ungeschlagen.", None),
    ("Der SC Verl hat 18 Punkte.", None),
    ("Zehn Spiele, 18 Punkte: Der SC Verl ist im Soll.", ("SC Verl", 18, 10)),
]


@pytest.mark.parametrize(("text", "expected"), RECORDS, ids=[c[0][:40] for c in RECORDS])
def test_a_record_needs_points_and_games(text, expected):
    got = _read("Bilanz. " + text, ("record",), lambda f: (f.args["club"], f.args["points"], f.args["games"]))
    assert got == ({expected} if expected else set())


# League moves of the SC Verl, and phrasings that tell none (a fight, a threat, a play-off to come).
LEAGUE_MOVES = [
    ("Der SC Verl ist in die 2. Bundesliga aufgestiegen.", ("promotion", "SC Verl")),
    ("Der SC Verl steigt in die 2. Bundesliga auf.", ("promotion", "SC Verl")),
    ("Der SC Verl hat den Aufstieg in die 2. Bundesliga geschafft.", ("promotion", "SC Verl")),
    ("Der SC Verl feiert den Aufstieg in die 2. Bundesliga.", ("promotion", "SC Verl")),
    ("Der SC Verl kehrt in die 2. Bundesliga zurück.", ("promotion", "SC Verl")),
    ("Der SC Verl ist Meister der 3. Liga und steigt auf.", ("promotion", "SC Verl")),
    ("Mit dem 2:0 gegen den VfB Lübeck machte der SC Verl den Aufstieg perfekt.", ("promotion", "SC Verl")),
    ("Der SC Verl spielt in der kommenden Saison in der 2. Bundesliga.", None),
    ("Der SC Verl ist aus der 3. Liga abgestiegen.", ("relegation", "SC Verl")),
    ("Der SC Verl steigt in die Regionalliga ab.", ("relegation", "SC Verl")),
    ("Der Abstieg des SC Verl ist besiegelt.", ("relegation", "SC Verl")),
    ("Der SC Verl muss den Gang in die Regionalliga antreten.", ("relegation", "SC Verl")),
    ("Für den SC Verl ist der Abstieg nach dem 0:2 besiegelt.", ("relegation", "SC Verl")),
    ("Der SC Verl steht als erster Absteiger fest.", ("relegation", "SC Verl")),
    ("Der SC Verl kämpft gegen den Abstieg.", None),
    ("Dem SC Verl droht der Abstieg.", None),
    ("Der SC Verl hat den Klassenerhalt geschafft.", None),
    ("Der SC Verl hat den Abstieg verhindert.", None),
    ("Aufsteiger SC Verl gewann 2:0 gegen den VfB Lübeck.", ("promotion", "SC Verl")),
    ("Der SC Verl muss in die Relegation.", None),
]


@pytest.mark.parametrize(("text", "expected"), LEAGUE_MOVES, ids=[c[0][:40] for c in LEAGUE_MOVES])
def test_a_league_move_is_read_and_a_fight_is_none(text, expected):
    got = _read("Entscheidung in der 3. Liga. " + text, ("promotion", "relegation"), lambda f: (f.type, f.args["club"]))
    assert got == ({expected} if expected else set())


def test_a_result_takes_the_day_the_sentence_before_told():
    [result] = extract_article(Article("t", "Einen bitteren Abend erlebte am Freitag der SC Verl. Die Ostwestfalen "
                                       "verloren gegen den VfB Lübeck mit 0:2.", "2025-03-03"))
    assert result.date == "2025-02-28"
    text = ("Vor dem Heimspiel am Sonntag (13.30 Uhr) ist die Stimmung beim SC Verl gut. Zuletzt feierte der SC Verl "
            "einen 2:0-Sieg beim VfB Lübeck.")
    [coming] = [f for f in extract_article(Article("t", text, "2025-03-05")) if f.type == "match_result"]
    assert coming.date == "2025-03-05"  # the Sunday is the coming match's, the result keeps its own vague time


def test_a_womens_team_is_named_by_its_players_demonym_and_nickname():
    facts = _facts("Die Frauen-Bundesliga hat einen neuen Spitzenreiter. Die Wölfinnen gewannen bei Werder Bremen mit "
                   "4:0. Die Frankfurterinnen müssen auf Torhüterin Lea Rinke verzichten, die sich im Training an der "
                   "Schulter verletzte.")
    assert ("match_result", "asserted", "VfL Wolfsburg Frauen", 4, "SV Werder Bremen Frauen", 0) in facts
    text = ("In der Frauen-Bundesliga steht das Duell zwischen Eintracht Frankfurt und dem SC Freiburg an. Der SC "
            "Freiburg ist in Form. Die Frankfurterinnen müssen auf Torhüterin Lea Rinke verzichten.")
    [status] = [f for f in extract_article(Article("t", text, "2025-10-12")) if f.type == "player_status"]
    assert status.args["club"] == "Eintracht Frankfurt Frauen"


def test_a_conditional_in_a_relative_or_concessive_clause_after_the_fact_leaves_it_asserted():
    facts = _facts("Der VfB Lübeck gewann 2:0 gegen den SC Verl, der mit einem Sieg Tabellenführer geworden wäre. "
                   "Der SV Meppen hat Trainer Uwe Kamp entlassen, obwohl ein Verbleib möglich gewesen wäre.")
    assert ("match_result", "asserted", "VfB Lübeck", 2, "SC Verl", 0) in facts
    assert ("coach_departed", "asserted", "Uwe Kamp", "SV Meppen", "sacked") in facts
    assert not _facts("Stürmer Jan Roth würde zum VfB Lübeck wechseln, der ihn gerne hätte.")


def test_a_shared_nickname_names_the_club_just_named_before_it():
    facts = _facts("Neuer Trainer von Rot-Weiß Oberhausen wird Jens Arnold, der noch beim SV Lippstadt 08 arbeitet. "
                   "Die Westfalen bestätigten, dass Arnold sie zum Saisonende verlassen wird. Am Samstag empfängt "
                   "Oberhausen Rot Weiss Ahlen.")
    assert ("coach_departed", "expected", "Jens Arnold", "SV Lippstadt 08", "left") in facts


def test_a_coach_the_article_told_of_is_a_coach_in_later_sentences():
    facts = _facts("Zum 1. Juli übernimmt Jens Arnold das Amt von Uwe Kamp beim SC Verl. Arnold arbeitet derzeit noch "
                   "in Lippstadt. Der SV Lippstadt 08 bestätigte, dass Arnold den Verein zum Saisonende verlassen "
                   "wird.")
    assert ("coach_departed", "expected", "Jens Arnold", "SV Lippstadt 08", "left") in facts


# Ole Brandt moves from the SC Verl to the VfB Lübeck, in each phrasing (the old club may be left open).
TRANSFERS = [
    "Stürmer Ole Brandt wechselt vom SC Verl zum VfB Lübeck.",
    "Der VfB Lübeck hat Stürmer Ole Brandt vom SC Verl verpflichtet.",
    "Der SC Verl gibt Stürmer Ole Brandt an den VfB Lübeck ab.",
    "Der SC Verl verkauft Stürmer Ole Brandt an den VfB Lübeck.",
    "Ole Brandt verlässt den SC Verl und schließt sich dem VfB Lübeck an.",
    "Vom SC Verl kommt Stürmer Ole Brandt zum VfB Lübeck.",
    "Der VfB Lübeck bestätigte am Abend die Verpflichtung von Stürmer Ole Brandt vom SC Verl.",
    "Der VfB Lübeck leiht Stürmer Ole Brandt vom SC Verl aus.",
    "Der SC Verl leiht Stürmer Ole Brandt an den VfB Lübeck aus.",
    "Der VfB Lübeck holt Stürmer Ole Brandt vom SC Verl.",
    "Ole Brandt kehrt vom SC Verl zum VfB Lübeck zurück.",
    "Der VfB Lübeck verstärkt sich mit Stürmer Ole Brandt vom SC Verl.",
    "Stürmer Ole Brandt verlässt den SC Verl in Richtung VfB Lübeck.",
    "Der SC Verl hat Stürmer Ole Brandt an den VfB Lübeck verliehen.",
    "Der VfB Lübeck lotst Stürmer Ole Brandt vom SC Verl an die Ostsee.",
    "Ole Brandt geht vom SC Verl zum VfB Lübeck.",
    "Ole Brandt ist vom SC Verl zum VfB Lübeck gewechselt.",
]


@pytest.mark.parametrize("text", TRANSFERS, ids=[t[:40] for t in TRANSFERS])
def test_a_transfer_names_the_player_and_where_he_goes(text):
    got = _read("Transfer-News. " + text, ("transfer",),
                lambda f: (f.args["person"], f.args.get("from_club", "SC Verl"), f.args["to_club"]), "2025-07-02")
    assert got == {("Ole Brandt", "SC Verl", "VfB Lübeck")}


# The SC Verl beats the VfB Lübeck 3:1, in each phrasing of a result.
WINS = [
    "Der SC Verl feierte einen 3:1-Erfolg beim VfB Lübeck.",
    "Dem SC Verl gelang ein 3:1-Auswärtssieg beim VfB Lübeck.",
    "Der SC Verl siegte souverän mit 3:1 gegen den VfB Lübeck.",
    "Der SC Verl hat den VfB Lübeck mit 3:1 besiegt.",
    "Der SC Verl gewann das Duell mit dem VfB Lübeck 3:1.",
    "Beim 3:1-Sieg gegen den VfB Lübeck traf Ole Brandt doppelt für den SC Verl.",
    "Der SC Verl drehte gegen den VfB Lübeck ein 0:1 in einen 3:1-Sieg.",
    "Der SC Verl schlug den VfB Lübeck deutlich mit 3:1.",
    "Der SC Verl hat sich mit 3:1 gegen den VfB Lübeck durchgesetzt.",
    "Am Ende stand ein 3:1-Sieg des SC Verl gegen den VfB Lübeck.",
    "Der SC Verl behielt gegen den VfB Lübeck mit 3:1 die Oberhand.",
    "Der SC Verl kam gegen den VfB Lübeck zu einem 3:1-Sieg.",
    "Der 3:1-Sieg des SC Verl gegen den VfB Lübeck war verdient.",
    "Der VfB Lübeck unterlag im eigenen Stadion dem SC Verl 1:3.",
    "Der SC Verl revanchierte sich mit einem 3:1 beim VfB Lübeck.",
    "SC Verl – VfB Lübeck 3:1",
    "Der SC Verl bleibt nach dem 3:1 gegen den VfB Lübeck oben dran.",
]


@pytest.mark.parametrize("text", WINS, ids=[t[:40] for t in WINS])
def test_a_win_is_read_with_its_score(text):
    got = _read("Spielbericht. " + text, ("match_result",), lambda f: frozenset(
        {(f.args["team"], f.args["team_goals"]), (f.args["opponent"], f.args["opponent_goals"])}))
    assert got == {frozenset({("SC Verl", 3), ("VfB Lübeck", 1)})}


# Jan Ohl leaves the SC Verl, in each phrasing, with the reason it gives.
DEPARTURES = [
    ("Der SC Verl hat Trainer Jan Ohl entlassen.", "sacked"),
    ("Der SC Verl hat sich von Trainer Jan Ohl getrennt.", "sacked"),
    ("Trainer Jan Ohl ist beim SC Verl zurückgetreten.", "resigned"),
    ("Jan Ohl tritt als Trainer des SC Verl zurück.", "resigned"),
    ("Der SC Verl und Trainer Jan Ohl gehen getrennte Wege.", "mutual"),
    ("Trainer Jan Ohl und der SC Verl haben sich einvernehmlich getrennt.", "mutual"),
    ("Der SC Verl hat Trainer Jan Ohl mit sofortiger Wirkung freigestellt.", "sacked"),
    ("Beim SC Verl ist Trainer Jan Ohl entlassen worden.", "sacked"),
    ("Der Vertrag von Trainer Jan Ohl beim SC Verl wird nicht verlängert.", "contract_end"),
    ("Trainer Jan Ohl verlässt den SC Verl zum Saisonende.", "left"),
    ("Der SC Verl zieht die Reißleine und entlässt Trainer Jan Ohl.", "sacked"),
    ("Trainer Jan Ohl muss beim SC Verl seinen Hut nehmen.", "sacked"),
    ("Der SC Verl hat Trainer Jan Ohl beurlaubt.", "sacked"),
    ("Trainer Jan Ohl wirft beim SC Verl hin.", "resigned"),
    ("Am Montag entließ der SC Verl Trainer Jan Ohl.", "sacked"),
    ("Trainer Jan Ohl muss beim SC Verl seinen Posten räumen.", "sacked"),
    ("Trainer Jan Ohl wird den SC Verl am Saisonende verlassen.", "left"),
]


@pytest.mark.parametrize(("text", "reason"), DEPARTURES, ids=[c[0][:40] for c in DEPARTURES])
def test_a_coach_departure_names_coach_club_and_reason(text, reason):
    got = _read("Trainerwechsel. " + text, ("coach_departed",),
                lambda f: (f.args["person"], f.args["club"], f.args.get("reason")))
    assert got == {("Jan Ohl", "SC Verl", reason)}


def test_a_player_of_an_unnamed_side_gets_no_club_rather_than_the_articles():
    facts = extract_article(Article("t", "Der SC Verl hat das Derby gewonnen. Der SC Verl setzte sich mit 2:1 gegen "
                                    "den SC Paderborn 07 II durch. Bitter für die Gäste: Torhüter Jan Rolfes musste "
                                    "verletzt ausgewechselt werden.", "2025-03-02", "SC Verl gewinnt Derby"))
    [status] = [f for f in facts if f.type == "player_status"]
    assert status.args == {"person": "Jan Rolfes", "status": "injured"}


def test_a_game_already_hosted_is_no_fixture():
    fixtures = ("fixture",)
    assert _read("Der SC Verl empfängt am Samstag den VfB Lübeck.", fixtures, lambda f: f.args["opponent"]) \
        == {"VfB Lübeck"}
    assert _read("Der SC Verl hat am Samstag den VfB Lübeck empfangen.", fixtures, lambda f: f.args["opponent"]) \
        == set()
    assert _read("Nachdem der SC Verl am Mittwoch den VfB Lübeck empfangen hatte, ging es nach Hause.", fixtures,
                 lambda f: f.args["opponent"]) == set()


def test_candidates_named_together_are_each_wanted_as_coach():
    text = ("Der SC Verl hat seinen Trainer Jonas Pickert entlassen. Als Kandidaten für die Nachfolge gelten "
            "der frühere Profi Uwe Harmsen und der ehemalige Lübecker Coach Tilo Brandes.")
    assert _read(text, ("interest",), lambda f: (f.args["subject"], f.args["target"], f.args["role"])) == {
        ("SC Verl", "Uwe Harmsen", "head_coach"), ("SC Verl", "Tilo Brandes", "head_coach")}


def test_talks_with_a_coach_are_interest_talks_about_a_players_own_contract_are_not():
    interest = ("interest",)
    assert _read("Laut Bild soll der SC Verl mit dem vereinslosen Trainer Arno Weitkamp verhandeln.", interest,
                 lambda f: (f.args["subject"], f.args["target"], f.modality)) == {("SC Verl", "Arno Weitkamp",
                                                                                   "reported")}
    assert _read("Der SC Verl verhandelt mit Kapitän Arno Weitkamp über eine Verlängerung.", interest,
                 lambda f: f.args["target"]) == set()


def test_the_next_game_that_awaits_is_the_articles_clubs_fixture():
    text = ("Der SC Verl verlor am Samstag 0:2 beim VfB Lübeck. "
            "Schon am Mittwoch wartet das Heimspiel gegen den SV Meppen.")
    assert ("SC Verl", "SV Meppen") in _read(text, ("fixture",), lambda f: (f.args["team"], f.args["opponent"]))


def test_a_player_taken_off_with_a_suspected_injury_is_injured():
    statuses = ("player_status",)
    assert _read("Kurz vor Schluss musste Timo Albrink mit Verdacht auf einen Bänderriss ausgewechselt werden.",
                 statuses, lambda f: (f.args["person"], f.args["status"])) == {("Timo Albrink", "injured")}
    assert _read("Kurz vor Schluss musste Timo Albrink ausgewechselt werden.", statuses, lambda f: f.args["person"]) \
        == set()


def test_a_regional_nickname_names_the_club_told_of_before():
    text = "Der SSV Jahn Regensburg verlor erneut. Die Oberpfälzer steigen damit in die 3. Liga ab."
    assert _read(text, ("relegation",), lambda f: f.args["club"]) == {"SSV Jahn Regensburg"}


def test_a_draw_told_with_the_subject_after_the_verb():
    assert _read("Zuletzt spielte der SC Verl 1:1 gegen den VfB Lübeck.", ("match_result",),
                 lambda f: (f.args["team"], f.args["team_goals"], f.args["opponent"], f.args["opponent_goals"])) \
        == {("SC Verl", 1, "VfB Lübeck", 1)}


def test_a_date_that_refines_the_first_one_dates_the_fact():
    text = "Vor 20 Jahren, im Mai 2005, stieg der SC Verl in die 2. Bundesliga auf."
    assert _read(text, ("promotion",), lambda f: f.date, date="2025-08-01") == {"2005-05"}


def test_a_coach_presented_with_the_club_after_the_verb():
    assert _read("Am Dienstag stellte der SC Verl Tim Berg als neuen Trainer vor.", ("coach_appointed",),
                 lambda f: (f.args["person"], f.args["club"])) == {("Tim Berg", "SC Verl")}
    assert _read("Am Dienstag stellte der SC Verl Tim Berg als neuen Kapitän vor.", ("coach_appointed",),
                 lambda f: f.args["person"]) == set()


def test_a_player_who_came_from_a_club_signs_with_the_club_told_of_before():
    text = ("Der SC Verl hat Mittelfeldspieler Jonas Reitmeier verpflichtet. Der 23-Jährige kommt ablösefrei vom "
            "VfB Lübeck und unterschreibt einen Vertrag bis 2029. Der SV Meppen verkauft Stürmer Tim Ahlers an den "
            "SC Paderborn 07. Der FC Ingolstadt 04 leiht Torhüter Nils Brede an den SSV Ulm 1846 aus.")
    assert _read(text, ("contract",), lambda f: (f.args["person"], f.args["club"], f.args["until"])) == \
        {("Jonas Reitmeier", "SC Verl", "2029")}


def test_two_games_in_one_sentence_each_take_their_own_day():
    text = ("Am kommenden Sonntag muss der SC Verl beim VfB Lübeck antreten, der SV Meppen empfängt bereits "
            "am Freitag den SC Paderborn 07.")
    assert _read(text, ("fixture",), lambda f: (f.args["team"], f.date), date="2026-04-13") == {
        ("SC Verl", "2026-04-19"), ("SV Meppen", "2026-04-17")}


def test_a_successor_for_the_time_being_is_the_interim_coach_of_the_club_of_the_sentence():
    text = ("Der SV Meppen verlor 0:1. Beim SC Verl gab es einen Trainerwechsel: Der Klub trennte sich von Coach "
            "Jan Ohl, Nachfolger wird bis auf Weiteres Co-Trainer Tim Bork.")
    assert _read(text, ("coach_appointed",), lambda f: (f.args["person"], f.args["club"], f.args["role"])) == {
        ("Tim Bork", "SC Verl", "interim")}


def test_a_running_contract_with_a_nickname_of_the_club_named_before():
    text = ("Der SC Verl will Stürmer Jan Holt halten. "
            "Der 21-Jährige hat bei den Ostwestfalen noch einen Vertrag bis 2030.")
    assert _read(text, ("contract",), lambda f: (f.args["person"], f.args["club"], f.args["until"])) == {
        ("Jan Holt", "SC Verl", "2030")}


def test_a_club_that_brings_in_a_coach_appoints_him():
    assert _read("Der SC Verl holt Tim Berg als neuen Trainer.", ("coach_appointed",),
                 lambda f: (f.args["person"], f.args["club"])) == {("Tim Berg", "SC Verl")}
    assert _read("Der SC Verl holt Tim Berg als neuen Stürmer.", ("coach_appointed",), lambda f: f.args["person"]) \
        == set()


def test_a_club_reinforced_with_a_player_or_announcing_him_has_signed_him():
    for text in ("Der SC Verl verstärkt sich mit Stürmer Till Rohwer.",
                 "Der SC Verl gab am Montag die Verpflichtung von Till Rohwer bekannt."):
        assert _read(text, ("transfer",), lambda f: (f.args["person"], f.args["to_club"])) == \
            {("Till Rohwer", "SC Verl")}
    for text in ("Der SC Verl will sich mit Stürmer Till Rohwer verstärken.",
                 "Der SC Verl bestätigte Gerüchte über die Verpflichtung von Till Rohwer."):
        assert _read(text, ("transfer",), lambda f: (f.args["person"], f.modality)) != \
            {("Till Rohwer", "asserted")}


@pytest.mark.parametrize(("article_date", "year"), [("2026-02-02", "2025"), ("2026-05-20", "2026"),
                                                     ("2026-09-12", "2026"), ("2026", "2026")])
def test_a_label_is_a_move_of_the_last_summer(article_date, year):
    text = "Absteiger SC Verl empfängt am Samstag Aufsteiger VfB Lübeck."
    assert _read(text, ("promotion", "relegation"), lambda f: (f.type, f.args["club"], f.date),
                 date=article_date) == {("relegation", "SC Verl", year), ("promotion", "VfB Lübeck", year)}


def test_a_league_label_before_absteiger_and_a_noch_label():
    assert _read("Bundesliga-Absteiger VfL Bochum gewann 2:0.", ("relegation",), lambda f: f.args["club"]) == \
        {"VfL Bochum"}
    assert _read("Noch-Zweitligist SV Sandhausen verpflichtet einen Stürmer.", ("relegation",),
                 lambda f: (f.args["club"], f.modality)) == {("SV Sandhausen", "expected")}
    assert _read("Abstiegskandidat SC Verl verlor erneut.", ("relegation",), lambda f: f.args["club"]) == set()


def test_a_relative_clause_after_a_relegated_club_names_no_second_one():
    text = "Absteigen muss dagegen der SC Verl, der gegen den VfB Lübeck mit 1:2 verlor."
    assert _read(text, ("relegation",), lambda f: f.args["club"]) == {"SC Verl"}
    assert _read("Absteigen müssen der SC Verl und der VfB Lübeck.", ("relegation",), lambda f: f.args["club"]) == \
        {"SC Verl", "VfB Lübeck"}


def test_a_player_who_had_come_from_a_club_joined_the_one_he_plays_for_now():
    text = ("Stürmer Lars Kehl vom SC Verl steht vor dem Abschied. Kehl war erst im vergangenen Sommer für drei "
            "Millionen Euro vom VfB Lübeck gekommen.")
    assert _read(text, ("transfer",), lambda f: (f.args["person"], f.args["from_club"], f.args["to_club"])) == \
        {("Lars Kehl", "VfB Lübeck", "SC Verl")}


def test_a_line_that_points_to_another_article_states_no_fact_of_this_one():
    text = ("Der SC Verl hat gegen den VfB Lübeck mit 2:0 gewonnen.\n"
            "Lesen Sie auch: Der SV Meppen verlängert mit Trainer Tim Berg bis 2028\n"
            "Mehr zum Thema: Der VfL Osnabrück entlässt Trainer Jan Ohl")
    assert _read(text, ("match_result", "contract", "coach_departed"), lambda f: f.type) == {"match_result"}


def _result_word_orders() -> list[tuple[str, tuple[int, int]]]:
    """A win and a loss of the SC Verl against the VfB Lübeck in every word order German allows here: the verb
    in the simple past or the perfect, the subject before or after it, the score before or after the
    opponent, with or without "mit"."""
    verbs = {(2, 1): [("gewann", ""), ("siegte", ""), ("hat", " gewonnen"), ("hat", " gesiegt")],
             (1, 2): [("verlor", ""), ("hat", " verloren"), ("unterlag", "")]}
    texts = []
    for goals, forms in verbs.items():
        score = f"{goals[0]}:{goals[1]}"
        for (verb, participle), place, mit, score_first, fronted in itertools.product(
                forms, ("gegen den", "beim"), ("mit ", ""), (True, False), (True, False)):
            place = "dem" if verb == "unterlag" and place == "gegen den" else place
            middle = f"{mit}{score} {place} VfB Lübeck" if score_first else f"{place} VfB Lübeck {mit}{score}"
            text = (f"Am Samstag {verb} der SC Verl {middle}{participle}." if fronted
                    else f"Der SC Verl {verb} am Samstag {middle}{participle}.")
            texts.append((text, goals))
    return texts


RESULT_WORD_ORDERS = _result_word_orders()
ADVERBIALS = ("im April", "am 12. April", "vor 4.000 Zuschauern", "verdient", "am Ende",
              "am Samstagabend vor 4.000 Zuschauern", "im Spitzenspiel")
# The same orders with one or two adverbials between the subject and the rest ("Der SC Verl gewann im April
# vor 4.000 Zuschauern mit 2:1 beim VfB Lübeck"), the subject first or after the verb.
RESULT_WITH_ADVERBIALS = [
    (text.replace("Am Samstag ", "Zuletzt ").replace(" der SC Verl ", f" der SC Verl {adverbial} ", 1)
     .replace(" am Samstag ", f" {adverbial} "), goals)
    for text, goals in RESULT_WORD_ORDERS for adverbial in ADVERBIALS]


@pytest.mark.parametrize(("text", "goals"), RESULT_WORD_ORDERS, ids=[t for t, _ in RESULT_WORD_ORDERS])
def test_a_result_in_any_word_order(text, goals):
    def oriented(f):
        pair = (f.args["team_goals"], f.args["opponent_goals"])
        return pair if f.args["team"] == "SC Verl" else pair[::-1]
    assert _read(text, ("match_result",), oriented) == {goals}


@pytest.mark.parametrize(("text", "goals"), RESULT_WITH_ADVERBIALS, ids=[t for t, _ in RESULT_WITH_ADVERBIALS])
def test_a_result_with_adverbials_in_any_word_order(text, goals):
    test_a_result_in_any_word_order(text, goals)


def _fronted_or_not(verb: str, subject: str, rest: str, participle: str = "") -> list[str]:
    """A main clause with the subject first and with an adverbial first ("Am Montag entließ der X ...")."""
    return [f"{subject[0].upper()}{subject[1:]} {verb} am Montag {rest}{participle}.",
            f"Am Montag {verb} {subject} {rest}{participle}."]


DEPARTURE_ORDERS = [text for verb, participle in (("entließ", ""), ("hat", " entlassen"), ("stellte", " frei"),
                                                  ("hat", " freigestellt"), ("beurlaubte", ""), ("hat", " beurlaubt"))
                    for role in ("Trainer", "Cheftrainer", "Coach")
                    for text in _fronted_or_not(verb, "der SC Verl", f"{role} Jan Ohl", participle)]


@pytest.mark.parametrize("text", DEPARTURE_ORDERS, ids=DEPARTURE_ORDERS)
def test_a_sacking_in_any_word_order(text):
    assert _read(text, ("coach_departed",), lambda f: (f.args["person"], f.args["club"], f.args["reason"])) == \
        {("Jan Ohl", "SC Verl", "sacked")}


TRANSFER_ORDERS = [text for verb, participle in (("wechselt", ""), ("wechselte", ""), ("ist", " gewechselt"),
                                                 ("geht", ""))
                   for route in ("vom SC Verl zum VfB Lübeck", "zum VfB Lübeck vom SC Verl")
                   for text in _fronted_or_not(verb, "Stürmer Ole Brandt", route, participle)]


@pytest.mark.parametrize("text", TRANSFER_ORDERS, ids=TRANSFER_ORDERS)
def test_a_transfer_in_any_word_order(text):
    assert _read(text, ("transfer",), lambda f: (f.args["person"], f.args.get("from_club"), f.args["to_club"])) == \
        {("Ole Brandt", "SC Verl", "VfB Lübeck")}


CONTRACT_ORDERS = [text for verb, participle in (("verlängerte", ""), ("hat", " verlängert"))
                   for rest in ("seinen Vertrag beim SC Verl bis 2028", "beim SC Verl seinen Vertrag bis 2028",
                                "seinen Vertrag bis 2028 beim SC Verl")
                   for text in _fronted_or_not(verb, "Verteidiger Ole Brandt", rest, participle)]


@pytest.mark.parametrize("text", CONTRACT_ORDERS, ids=CONTRACT_ORDERS)
def test_an_extension_in_any_word_order(text):
    assert _read(text, ("contract",), lambda f: (f.args["person"], f.args["club"], f.args["until"])) == \
        {("Ole Brandt", "SC Verl", "2028")}


APPOINTMENT_ORDERS = [text for verb, participle in (("übernimmt", ""), ("übernahm", ""), ("hat", " übernommen"))
                      for rest in ("das Traineramt beim SC Verl", "den SC Verl", "beim SC Verl das Traineramt")
                      for text in _fronted_or_not(verb, "Tim Berg", rest, participle)
                      if not (participle and rest.startswith("beim"))] + [
    f"Am Montag {verb} der SC Verl Tim Berg als neuen Trainer{participle}."
    for verb, participle in (("verpflichtete", ""), ("holte", ""), ("hat", " verpflichtet"), ("stellte", " vor"))] + [
    "Der neue Trainer des SC Verl heißt Tim Berg.", "Tim Berg heißt der neue Trainer des SC Verl."]


@pytest.mark.parametrize("text", APPOINTMENT_ORDERS, ids=APPOINTMENT_ORDERS)
def test_an_appointment_in_any_word_order(text):
    assert _read(text, ("coach_appointed",), lambda f: (f.args["person"], f.args["club"])) == {("Tim Berg", "SC Verl")}


NEWS_ADVERBIALS = ("im April", "am Montagabend", "nach der 0:3-Niederlage gegen den SV Meppen", "überraschend",
                   "nach nur vier Monaten")


def _with_adverbials(orders: list[str]) -> list[str]:
    """Each order with another adverbial where "am Montag" stands ("Der SC Verl hat nach der 0:3-Niederlage gegen
    den SV Meppen Trainer Jan Ohl entlassen"): a club inside it is not the fact's."""
    return [text.replace(" am Montag ", f" {adv} ").replace("Am Montag ", f"{adv[:1].upper()}{adv[1:]} ")
            for text in orders for adv in NEWS_ADVERBIALS]


@pytest.mark.parametrize("text", _with_adverbials(DEPARTURE_ORDERS))
def test_a_sacking_with_adverbials_in_any_word_order(text):
    test_a_sacking_in_any_word_order(text)


@pytest.mark.parametrize("text", _with_adverbials(TRANSFER_ORDERS))
def test_a_transfer_with_adverbials_in_any_word_order(text):
    test_a_transfer_in_any_word_order(text)


@pytest.mark.parametrize("text", _with_adverbials(APPOINTMENT_ORDERS[:18]))
def test_an_appointment_with_adverbials_in_any_word_order(text):
    test_an_appointment_in_any_word_order(text)


STATUS_ORDERS = [text for verb, rest in (("fällt", "mit einem Kreuzbandriss aus"), ("fehlt", "verletzt"),
                                         ("fehlt", "mit einer Zerrung"), ("kehrt", "ins Training zurück"))
                 for text in _fronted_or_not(verb, "Stürmer Ole Brandt", rest)]


@pytest.mark.parametrize("text", STATUS_ORDERS, ids=STATUS_ORDERS)
def test_a_player_status_in_any_word_order(text):
    status = "returned" if "zurück" in text else "injured"
    assert _read(text, ("player_status",), lambda f: (f.args["person"], f.args["status"])) == {("Ole Brandt", status)}


INTEREST_PHRASINGS = [
    "An Stürmer Ole Brandt soll der VfB Lübeck interessiert sein.",
    "Interesse an Stürmer Ole Brandt hat angeblich der VfB Lübeck.",
    "Stürmer Ole Brandt steht beim VfB Lübeck hoch im Kurs.",
    "Beim VfB Lübeck soll Stürmer Ole Brandt ein Thema sein.",
    "Stürmer Ole Brandt wird beim VfB Lübeck gehandelt.",
    "Der VfB Lübeck baggert an Stürmer Ole Brandt.",
    "Der VfB Lübeck streckt die Fühler nach Stürmer Ole Brandt aus.",
    "Der VfB Lübeck hat ein Angebot für Stürmer Ole Brandt abgegeben.",
    "Im Werben um Stürmer Ole Brandt hat der VfB Lübeck die besten Karten.",
    "Der VfB Lübeck ist heiß auf Stürmer Ole Brandt.",
    "Stürmer Ole Brandt steht auf der Liste des VfB Lübeck.",
    "Stürmer Ole Brandt ist beim VfB Lübeck im Gespräch.",
    "Stürmer Ole Brandt soll beim VfB Lübeck auf dem Wunschzettel stehen.",
    "Der VfB Lübeck denkt über eine Verpflichtung von Stürmer Ole Brandt nach.",
    "Der VfB Lübeck soll an einer Verpflichtung von Stürmer Ole Brandt arbeiten.",
    "Der VfB Lübeck gilt als Interessent für Stürmer Ole Brandt.",
    "Um Stürmer Ole Brandt bemüht sich der VfB Lübeck.",
    "Der VfB Lübeck hat Stürmer Ole Brandt ins Auge gefasst.",
    "Auch der VfB Lübeck ist an Stürmer Ole Brandt dran.",
    "Der VfB Lübeck baggert seit Wochen an Stürmer Ole Brandt.",
]


@pytest.mark.parametrize("text", INTEREST_PHRASINGS, ids=INTEREST_PHRASINGS)
def test_interest_in_a_player_in_many_phrasings(text):
    assert _read(text, ("interest",), lambda f: (f.args["subject"], f.args["target"], f.modality)) == \
        {("VfB Lübeck", "Ole Brandt", "reported")}


def test_no_offer_made_is_no_interest():
    assert _read("Der VfB Lübeck hat kein Angebot für Stürmer Ole Brandt abgegeben.", ("interest",),
                 lambda f: f.modality) != {"reported"}


def test_a_result_that_never_happened_is_none():
    results = ("match_result",)
    assert _read("Der SC Verl hat gegen den VfB Lübeck noch nie 2:0 gewonnen.", results, lambda f: f.type) == set()
    assert _read("Der SC Verl gewann zuletzt gegen den VfB Lübeck 2:0.", results,
                 lambda f: (f.args["team_goals"], f.args["opponent_goals"])) == {(2, 0)}


def test_a_coach_change_told_through_the_successor_and_the_sacked():
    text = ("Der SV Meppen hat einen Nachfolger für den am Sonntag entlassenen Jan Ohl gefunden. Neuer Cheftrainer "
            "wird Tim Berg, der zuletzt die U19 des VfL Osnabrück betreute.")
    assert _read(text, ("coach_appointed", "coach_departed"),
                 lambda f: (f.type, f.args["person"], f.args["club"], f.args.get("reason"))) == {
        ("coach_departed", "Jan Ohl", "SV Meppen", "sacked"), ("coach_appointed", "Tim Berg", "SV Meppen", None)}


def test_a_player_who_stays_until_a_year_at_a_club_has_a_contract_until_then():
    text = ("Der VfL Wolfsburg hat mit Kapitän Jan Holt verlängert. "
            "Der Innenverteidiger bleibt nun bis 2030 bei den Wölfen.")
    assert ("Jan Holt", "VfL Wolfsburg", "2030") in _read(
        text, ("contract",), lambda f: (f.args["person"], f.args["club"], f.args["until"]))


def test_an_officials_takeover_of_a_club_is_no_coachs():
    appointed = ("coach_appointed",)
    assert _read("Investor Tim Bork übernimmt den SC Verl.", appointed, lambda f: f.args["person"]) == set()
    assert _read("Präsident Tim Bork übernahm 2019 den SC Verl.", appointed, lambda f: f.args["person"]) == set()
    assert _read("Sportdirektor Tim Bork übernimmt vorübergehend die Mannschaft des SC Verl.", appointed,
                 lambda f: (f.args["person"], f.args["role"])) == {("Tim Bork", "interim")}
    assert _read("Tim Bork übernimmt zur neuen Saison den SC Verl.", appointed,
                 lambda f: (f.args["person"], f.modality)) == {("Tim Bork", "expected")}


def test_a_coach_who_takes_over_the_team_after_a_sacking():
    text = "Der SC Verl hat Trainer Jan Ohl entlassen. U19-Trainer Tim Bork übernimmt die Mannschaft."
    assert ("Tim Bork", "SC Verl", "interim") in _read(
        text, ("coach_appointed",), lambda f: (f.args["person"], f.args["club"], f.args["role"]))
    assert _read("Interimstrainer Tim Bork übernimmt beim SC Verl das Traineramt.", ("coach_appointed",),
                 lambda f: f.args["role"]) == {"interim"}
    assert _read("Kapitän Tim Bork übernimmt die Mannschaft.", ("coach_appointed",), lambda f: f.args["person"]) \
        == set()


def test_a_coach_who_takes_over_for_now_stands_in():
    text = "Der SC Verl hat Trainer Jan Ohl entlassen. Co-Trainer Tim Bork übernimmt vorerst das Team."
    assert ("Tim Bork", "SC Verl", "interim") in _read(
        text, ("coach_appointed",), lambda f: (f.args["person"], f.args["club"], f.args["role"]))


@pytest.mark.parametrize("text", [
    "Ole Brandt bleibt bis 2028 bei seiner Familie in Verl.",
    "Ole Brandt bleibt bis Sonntag beim SC Verl im Trainingslager.",
    "Beim SC Verl ist Trainer Jan Ohl ein Thema für die Fans.",
    "Der SC Verl gewann gegen den VfB Lübeck 2:1 Ecken.",
    "Ole Brandt unterschrieb Autogramme beim SC Verl bis 2028.",
])
def test_words_that_look_like_a_fact_but_state_none(text):
    assert _read(text, ("contract", "interest", "match_result"), lambda f: f.type) == set()


@pytest.mark.parametrize(("text", "team", "goals", "opponent"), [
    ("Mit einem hart erkämpften 1:0 beim SC Paderborn hat Hannover 96 den Anschluss hergestellt.",
     "Hannover 96", (1, 0), "SC Paderborn 07"),
    ("Durch ein 2:0 gegen den SV Waldhof Mannheim machte der SC Verl den Aufstieg perfekt.",
     "SC Verl", (2, 0), "SV Waldhof Mannheim"),
    ("Mit einem 1:1 (0:1) gegen den SC Paderborn hat sich Hannover 96 einen Punkt gesichert.",
     "Hannover 96", (1, 1), "SC Paderborn 07"),
    ("Der SC Freiburg hat das Verfolgerduell beim VfL Wolfsburg verloren. Die Breisgauer unterlagen am "
     "Samstagabend mit 1:2.", "SC Freiburg", (1, 2), "VfL Wolfsburg"),
])
def test_a_fronted_score_or_one_whose_opponent_the_lead_named(text, team, goals, opponent):
    assert (team, *goals, opponent) in _read(text, ("match_result",), lambda f: (
        f.args["team"], f.args["team_goals"], f.args["opponent_goals"], f.args["opponent"]))


@pytest.mark.parametrize("text", [
    "Mit einem 1:0 gegen den SC Paderborn hatte Hannover 96 zur Pause geführt.",
    "Mit einem 1:0 gegen den SC Paderborn könnte Hannover 96 auf Rang drei springen.",
    "Nach einem 0:2 beim FC Ingolstadt ist der Hamburger SV an Hannover 96 vorbeigezogen.",
    "Der SC Freiburg hat das Verfolgerduell beim VfL Wolfsburg verloren. Die Breisgauer lagen zur Pause mit 0:1 "
    "zurück.",
])
def test_a_half_time_hypothetical_or_third_partys_score_is_no_result_of_the_subject(text):
    assert _read(text, ("match_result",), lambda f: (f.args["team"], f.args["opponent"])) == set()


@pytest.mark.parametrize(("text", "until"), [
    ("Der FC Bayern München hat Joshua Kimmich mit einem neuen Vertrag bis 2029 ausgestattet.", "2029"),
    ("Der SC Verl stattet Torhüter Jan Pohl mit einem Profivertrag bis 2028 aus.", "2028"),
    ("Torhüter Jan Pohl hat beim SC Verl einen bis 2028 gültigen Vertrag unterschrieben.", "2028"),
    ("Torhüter Jan Pohl bindet sich bis 2028 an den SC Verl.", "2028"),
    ("Torhüter Jan Pohl hat sich vorzeitig bis 2029 an den SC Verl gebunden.", "2029"),
])
def test_a_contract_given_attributed_or_bound_to(text, until):
    assert _read(text, ("contract",), lambda f: f.args["until"]) == {until}


def test_a_contract_the_extension_replaced_or_one_merely_held_is_not_a_new_signing():
    assert _read("Jan Pohl hat seinen bis 2026 laufenden Vertrag beim SC Verl vorzeitig bis 2029 verlängert.",
                 ("contract",), lambda f: f.args["until"]) == {"2029"}
    assert _read("Jan Pohl hat beim SC Verl einen bis 2027 laufenden Vertrag.", ("contract",),
                 lambda f: f.rule) <= {"has_contract_until"}


@pytest.mark.parametrize(("text", "fee", "kind"), [
    ("Der Stürmer Jonas Brenner war im Sommer für rund drei Millionen Euro vom SC Freiburg zum VfB Stuttgart "
     "gewechselt.", "rund drei Millionen Euro", "permanent"),
    ("Der 21-jährige Luca Berger kommt für eine Ablöse von 500.000 Euro vom FC Basel zum SC Verl.",
     "500.000 Euro", "permanent"),
    ("Der Torhüter Elias Bethke wechselt ablösefrei zu Hansa Rostock.", None, "free"),
    ("Der Stürmer Jonas Brenner kommt auf Leihbasis vom FC Basel zum SC Verl.", None, "loan"),
    ("Der FC Basel gibt Stürmer Jonas Brenner bis zum Saisonende an den SC Verl ab.", None, "loan"),
    ("Jonas Brenner wechselt im Sommer vom FC Basel zum SC Verl, bis zum Saisonende bleibt er in Basel.", None, None),
    ("Der Stürmer Jonas Brenner wechselt vom FC Basel zum SC Verl.", None, None),
])
def test_a_transfer_has_the_fee_and_kind_its_clause_gives(text, fee, kind):
    assert _read(text, ("transfer",), lambda f: (f.args.get("fee"), f.args.get("kind"))) == {(fee, kind)}


def test_a_coach_who_took_over_as_caretaker_took_over_as_interim():
    text = ("Der Hamburger SV hat den Vertrag mit Trainer Merlin Polzin verlängert. Polzin hatte die Mannschaft im "
            "November 2024 zunächst interimsweise übernommen.")
    assert _read(text, ("coach_appointed",), lambda f: f.args["role"]) == {"interim"}
    sacking = "Der SC Verl hat Trainer Jan Koller entlassen. Co-Trainer Tim Rauh übernimmt kommissarisch."
    assert ("Tim Rauh", "interim") in _read(sacking, ("coach_appointed",), lambda f: (f.args["person"],
                                                                                      f.args["role"]))


def test_players_named_injured_before_their_names_are_injured():
    text = "Neben dem gesperrten Jan Hofer fehlen beim VfL Bochum auch die verletzten Ivo Ordan und Felix Pass."
    assert _read(text, ("player_status",), lambda f: (f.args["person"], f.args["status"])) == {
        ("Jan Hofer", "suspended"), ("Ivo Ordan", "injured"), ("Felix Pass", "injured")}
    assert _read("Beim VfL Bochum kehren die zuletzt verletzten Ivo Ordan und Felix Pass zurück.",
                 ("player_status",), lambda f: f.args["status"]) <= {"returned"}


def test_von_after_a_surname_starts_the_club_not_the_name():
    text = "Der SC Verl steht vor der Verpflichtung von Luca Berger von Hajduk Split."
    assert _read(text, ("transfer",), lambda f: (f.args["person"], f.args.get("from_club"))) == {
        ("Luca Berger", "Hajduk Split")}
    assert _read("Der SC Verl holt Hans Peter von Allmen.", ("transfer",), lambda f: f.args["person"]) == {
        "Hans Peter von Allmen"}


def test_another_countrys_record_champion_is_the_club_of_the_article_not_fc_bayern():
    text = ("Der FC Basel hat Trainer Fabio Celli entlassen. Wie der Schweizer Rekordmeister am Montag mitteilte, "
            "übernimmt Assistent Daniel Stuck bis Saisonende.")
    assert _read(text, ("coach_appointed",), lambda f: (f.args["person"], f.args["club"], f.args["role"])) == {
        ("Daniel Stuck", "FC Basel", "interim")}
    assert _read("Der Rekordmeister hat Trainer Jan Kovar entlassen.", ("coach_departed",),
                 lambda f: f.args["club"]) == {"FC Bayern München"}


@pytest.mark.parametrize("text", [
    "Im Wiener Derby hat der SK Rapid die Austria mit 3:1 besiegt.",
    "Am Samstag hat der SK Rapid die Austria mit 3:1 geschlagen.",
    "Im Derby hatte der SK Rapid mit 3:1 die Austria bezwungen.",
])
def test_a_win_in_the_perfect_with_the_subject_after_the_auxiliary(text):
    assert _read(text, ("match_result",), lambda f: (f.args["team"], f.args["team_goals"], f.args["opponent"],
                                                     f.args["opponent_goals"])) == {
        ("SK Rapid Wien", 3, "FK Austria Wien", 1)}


@pytest.mark.parametrize("text", [
    "Der FC Bayern soll an Leipzigs Xaver Simmer interessiert sein.",
    "Laut Kicker ist der FC Bayern an Xaver Simmer von RB Leipzig interessiert.",
])
def test_interest_in_a_player_named_with_his_club(text):
    assert _read(text, ("interest",), lambda f: (f.args["subject"], f.args["target"], f.modality)) == {
        ("FC Bayern München", "Xaver Simmer", "reported")}


def test_a_result_in_a_month_after_the_articles_was_last_years():
    text = "Zuletzt gewann der SC Freiburg im April mit 2:0 beim FC Augsburg."
    assert _read(text, ("match_result",), lambda f: f.date, date="2026-02-02") == {"2025-04"}


def test_an_expectation_beside_a_result_leaves_the_result_asserted():
    text = "Mit dem 2:1 gegen den 1. FC Union Berlin hat der 1. FC Heidenheim den Klassenerhalt so gut wie sicher."
    assert _read(text, ("match_result",), lambda f: f.modality) == {"asserted"}


def test_a_player_whose_move_the_sentence_before_told_signs_with_that_club():
    text = ("Stürmer Jonas Polt wechselt zum VfL Bochum. Der Stürmer kommt ablösefrei vom FC Schalke 04 und erhält "
            "einen Vertrag bis 2027.")
    assert _read(text, ("contract",), lambda f: (f.args["person"], f.args["club"], f.args["until"])) == {
        ("Jonas Polt", "VfL Bochum", "2027")}
    assert _read(text, ("transfer",), lambda f: (f.args["person"], f.args.get("from_club"), f.args["to_club"])) == {
        ("Jonas Polt", "FC Schalke 04", "VfL Bochum")}


@pytest.mark.parametrize("text", [
    "Ein Jahr nach seinem Abschied kehrt Stürmer Jonas Polt zum VfL Bochum zurück.",
    "Stürmer Jonas Polt ist zu seinem Ex-Klub VfL Bochum zurückgekehrt.",
])
def test_a_player_who_returns_to_a_club_moves_there(text):
    assert _read(text, ("transfer",), lambda f: (f.args["person"], f.args["to_club"])) == {("Jonas Polt", "VfL Bochum")}


@pytest.mark.parametrize("text", [
    "Stürmer Jonas Polt kehrt nach seiner Verletzung zum Training des VfL Bochum zurück.",
    "Am Samstag kehrt Stürmer Jonas Polt mit dem SC Verl zum VfL Bochum zurück, seinem Ex-Klub.",
])
def test_a_return_to_training_or_as_a_visitor_is_no_move(text):
    assert _read(text, ("transfer",), lambda f: f.args["to_club"]) == set()


FIXTURE_FORMS = ["{S} empfängt {A} den VfB Lübeck.", "{S} gastiert {A} beim VfB Lübeck.",
                 "{S} trifft {A} auf den VfB Lübeck.", "{S} spielt {A} gegen den VfB Lübeck.",
                 "{S} tritt {A} beim VfB Lübeck an.", "{S} muss {A} beim VfB Lübeck antreten.",
                 "{S} reist {A} zum VfB Lübeck.", "{S} bekommt es {A} mit dem VfB Lübeck zu tun."]
FIXTURE_ORDERS = [text for form in FIXTURE_FORMS
                  for adverbial in ("am Samstag", "am Samstag um 14 Uhr", "am Samstag (14 Uhr)",
                                    "am kommenden Sonntag im Topspiel", "am 12. April", "im Derby am Freitagabend")
                  for text in (form.replace("{S}", "Der SC Verl").replace("{A}", adverbial),
                               # the adverbial first, the subject after the verb
                               adverbial[:1].upper() + adverbial[1:] + " " + form.replace("{S} ", "").replace(
                                   " {A}", " der SC Verl", 1))]


@pytest.mark.parametrize("text", FIXTURE_ORDERS, ids=FIXTURE_ORDERS)
def test_a_fixture_with_adverbials_in_either_word_order(text):
    assert _read(text, ("fixture",), lambda f: (f.args["team"], f.args["opponent"]), date="2026-02-02") == {
        ("SC Verl", "VfB Lübeck")}


LEAGUE_MOVE_PHRASINGS = [
    ("promotion", "Der SC Verl steigt in die 2. Bundesliga auf."),
    ("promotion", "Der SC Verl ist in die 2. Bundesliga aufgestiegen."),
    ("promotion", "Am Samstag stieg der SC Verl in die 2. Bundesliga auf."),
    ("promotion", "Der SC Verl hat den Aufstieg in die 2. Bundesliga geschafft."),
    ("promotion", "Der SC Verl hat den Aufstieg perfekt gemacht."),
    ("promotion", "Der SC Verl feiert den Aufstieg in die 2. Bundesliga."),
    ("promotion", "Der SC Verl kehrt in die 2. Bundesliga zurück."),
    ("promotion", "Der SC Verl ist Aufsteiger in die 2. Bundesliga."),
    ("promotion", "Der SC Verl schafft den Sprung in die 2. Bundesliga."),
    ("promotion", "Der SC Verl hat den Durchmarsch in die 2. Bundesliga geschafft."),
    ("promotion", "Mit dem 2:0 gegen den VfB Lübeck machte der SC Verl den Aufstieg perfekt."),
    ("promotion", "Der SC Verl ist Meister der 3. Liga und steigt auf."),
    ("promotion", "Als Meister steigt der SC Verl in die 2. Bundesliga auf."),
    ("promotion", "Der SC Verl hat in der Relegation den Aufstieg geschafft."),
    ("promotion", "Der SC Verl ist vorzeitig aufgestiegen."),
    ("promotion", "Der Aufstieg des SC Verl ist perfekt."),
    ("promotion", "Der SC Verl sicherte sich am Samstag den Aufstieg in die 2. Bundesliga."),
    ("relegation", "Der SC Verl steigt in die Regionalliga ab."),
    ("relegation", "Der SC Verl ist in die Regionalliga abgestiegen."),
    ("relegation", "Am Samstag stieg der SC Verl in die Regionalliga ab."),
    ("relegation", "Der Abstieg des SC Verl ist besiegelt."),
    ("relegation", "Der SC Verl muss den Gang in die Regionalliga antreten."),
    ("relegation", "Der SC Verl steht als Absteiger fest."),
    ("relegation", "Der SC Verl muss in die Regionalliga."),
    ("relegation", "Der Abstieg des SC Verl ist nach dem 0:3 gegen den VfB Lübeck besiegelt."),
    ("relegation", "Der SC Verl ist nach dem 0:3 gegen den VfB Lübeck abgestiegen."),
    ("relegation", "Der SC Verl hat den Klassenerhalt verpasst und steigt ab."),
    ("relegation", "Der SC Verl ist vorzeitig abgestiegen."),
    ("relegation", "Der SC Verl muss nach vier Jahren die 3. Liga verlassen."),
]


@pytest.mark.parametrize(("ftype", "text"), LEAGUE_MOVE_PHRASINGS, ids=[t for _, t in LEAGUE_MOVE_PHRASINGS])
def test_a_league_move_in_many_phrasings(ftype, text):
    assert "SC Verl" in _read(text, (ftype,), lambda f: f.args["club"], date="2026-05-20")


def test_a_coach_who_must_leave_the_club_is_sacked_but_not_a_player():
    assert _read("Trainer Jan Ohl muss den SC Verl verlassen.", ("coach_departed",),
                 lambda f: (f.args["person"], f.args["club"], f.args["reason"])) == {("Jan Ohl", "SC Verl", "sacked")}
    assert _read("Stürmer Jan Ohl muss den SC Verl verlassen.", ("coach_departed",), lambda f: f.type) == set()


RECORD_PHRASINGS = [
    ("Der SC Verl holte aus den letzten fünf Spielen nur vier Punkte.", 4, 5),
    ("In den letzten fünf Spielen holte der SC Verl nur vier Punkte.", 4, 5),
    ("Mit nur vier Punkten aus fünf Spielen steht der SC Verl auf Rang 18.", 4, 5),
    ("Der SC Verl hat nach 20 Partien 35 Zähler gesammelt.", 35, 20),
    ("Der SC Verl ist seit fünf Spielen sieglos und holte dabei drei Remis.", 3, 5),
]


@pytest.mark.parametrize(("text", "points", "games"), RECORD_PHRASINGS, ids=[t for t, _, _ in RECORD_PHRASINGS])
def test_a_record_stated_or_plainly_countable(text, points, games):
    assert _read(text, ("record",), lambda f: (f.args["club"], f.args["points"], f.args["games"])) == {
        ("SC Verl", points, games)}


@pytest.mark.parametrize("text", [
    # a streak is countable, but the gold does not count it ("kassierte zuletzt drei Niederlagen in Folge")
    "Der SC Verl hat fünf Spiele in Folge gewonnen. Der SC Verl kassierte vier Niederlagen in Folge.",
    "Der SC Verl hat fünf Spiele in Folge nicht verloren.",
    "Sollte der SC Verl fünf Spiele in Folge gewinnen, wäre er Tabellenführer.",
    "Der SC Verl ist seit fünf Spielen ungeschlagen und holte dabei drei Remis.",
])
def test_an_unbeaten_run_or_a_hoped_for_streak_gives_no_count(text):
    assert _read(text, ("record",), lambda f: f.args["points"]) == set()


def test_a_caretaker_named_after_the_club_and_a_move_to_a_place_that_stands_for_the_club():
    sacking = ("Der Karlsruher SC hat Trainer Jan Eich freigestellt. Bei den Badenern übernimmt vorerst Co-Trainer "
               "Tim Bajo.")
    assert _read(sacking, ("coach_appointed",), lambda f: (f.args["person"], f.args["club"], f.args["role"])) == {
        ("Tim Bajo", "Karlsruher SC", "interim")}
    move = ("Der 1. FC Magdeburg gibt die Verpflichtung von Mittelfeldspieler Jan Roth bekannt. Der 26-Jährige "
            "wechselt vom SV Elversberg an die Elbe.")
    assert _read(move, ("transfer",), lambda f: (f.args["person"], f.args.get("from_club"), f.args["to_club"])) == {
        ("Jan Roth", "SV Elversberg", "1. FC Magdeburg")}


def test_a_sale_agreed_goes_from_the_subject_and_so_does_a_move_of_its_own_player():
    assert _read("Der FC Basel hat sich mit dem VfL Wolfsburg auf einen Verkauf von Abwehrspieler Milo Brank geeinigt.",
                 ("transfer",), lambda f: (f.args["from_club"], f.args["to_club"])) == {("FC Basel", "VfL Wolfsburg")}
    text = ("Dortmunds Jan Sander steht vor dem Abschied. Borussia Dortmund hat sich mit dem FC Chelsea auf einen "
            "Wechsel von Jan Sander geeinigt.")
    assert _read(text, ("transfer",), lambda f: (f.args["from_club"], f.args["to_club"])) == {
        ("Borussia Dortmund", "FC Chelsea")}


def test_an_injured_player_named_last_and_a_contract_agreed_on():
    assert _read("Verletzt ausgewechselt werden musste beim FCK Verteidiger Jan Elst.", ("player_status",),
                 lambda f: (f.args["person"], f.args["status"], f.args["club"])) == {
        ("Jan Elst", "injured", "1. FC Kaiserslautern")}
    assert _read("Der Stürmer Jonas Burk hat sich mit Eintracht Frankfurt auf einen Vertrag bis 2030 geeinigt.",
                 ("contract",), lambda f: (f.args["club"], f.args["until"])) == {("Eintracht Frankfurt", "2030")}


def test_a_start_date_in_a_second_clause_does_not_date_the_signing():
    text = ("Jan Klose wird zur neuen Saison Trainer beim 1. FC Nürnberg. Der 46-Jährige unterschreibt einen Vertrag "
            "bis 2027 und tritt seinen Dienst am 1. Juli an.")
    assert _read(text, ("contract",), lambda f: f.date, date="2026-02-02") == {"2026-02-02"}


def test_the_move_of_a_man_the_article_made_a_coach_is_a_coach_move():
    text = ("Hoffenheim bestätigt: Christian Ilm ist neuer Cheftrainer. Der Österreicher kommt von Sturm Graz und "
            "erhält einen Vertrag bis 2027.")
    facts = extract_article(Article("t", text, "2026-02-02"))
    assert not [f for f in facts if f.type == "transfer"]
    assert ("coach_departed", "SK Sturm Graz") in {(f.type, f.args.get("club")) for f in facts}


DEBRIS = ("Home / Fußball / Regionalliga. Diese Seite nutzt Cookies für Statistik und Werbung. Ihre Wahl können Sie "
          "jederzeit ändern. OK | Mehr erfahren. Werbung. Newsletter bestellen. ")


def test_a_match_reports_statuses_take_its_match_day_though_page_debris_comes_first():
    text = DEBRIS + ("Der SC Verl bleibt zu Hause eine Macht. Am Samstag schlug der SC Verl den VfB Lübeck mit 2:0. "
                     "Bitter für den SC Verl: Stürmer Ole Brandt hat sich einen Muskelfaserriss zugezogen.")
    facts = extract_article(Article("t", text, "2026-02-01", "Verl gewinnt das Derby gegen Lübeck"))
    assert {(f.type, f.date) for f in facts if f.type in ("match_result", "player_status")} == {
        ("match_result", "2026-01-31"), ("player_status", "2026-01-31")}


def test_a_round_ups_statuses_keep_the_day_it_appeared():
    text = DEBRIS + ("Am Samstag schlug der SC Verl den VfB Lübeck mit 2:0. Am Samstag trennten sich der SV Meppen und "
                     "der FC Ingolstadt 04 1:1. Beim SV Meppen hat sich Stürmer Ole Brandt einen Muskelfaserriss "
                     "zugezogen.")
    facts = extract_article(Article("t", text, "2026-02-01", "Verl siegt, Meppen patzt"))
    assert {f.date for f in facts if f.type == "player_status"} == {"2026-02-01"}


def test_a_fact_told_again_with_its_day_takes_that_day():
    text = ("Nach der Entlassung von Trainer Jonas Wirth sucht der SC Verl einen neuen Mann. Den 41-Jährigen hatte "
            "der Klub am Samstagabend nach dem 0:4 in Lübeck beurlaubt.")
    assert _read(text, ("coach_departed",), lambda f: f.date, date="2025-03-03") == {"2025-03-01"}


def test_a_day_in_the_next_players_clause_is_his_not_the_first_ones():
    text = "Verteidiger Ole Brandt fällt mit einer Zerrung aus, Torwart Kai Brink sah am Sonntag Gelb-Rot und fehlt."
    assert ("Ole Brandt", "2026-02-04") in _read(text, ("player_status",), lambda f: (f.args["person"], f.date),
                                                 date="2026-02-04")


def test_a_lead_that_tells_of_a_ban_first_is_no_match_report():
    text = ("Zwei Spiele Pause: Verteidiger Ole Brandt vom SC Verl wurde nach seiner Tätlichkeit gesperrt. Beim 0:1 "
            "gegen den VfB Lübeck am Samstag hatte er einen Gegenspieler gestoßen. Nach 19 Spieltagen hat der SC Verl "
            "22 Punkte auf dem Konto.")
    facts = extract_article(Article("t", text, "2026-02-03"))
    assert {(f.type, f.date) for f in facts if f.type in ("player_status", "record")} == {
        ("player_status", "2026-02-03"), ("record", "2026-02-03")}


def test_a_relative_clause_that_tells_the_injury_dates_the_status():
    text = "Der SC Verl muss auf Stürmer Ole Brandt verzichten, der sich am Dienstag beim Abschlusstraining verletzte."
    assert _read(text, ("player_status",), lambda f: f.date, date="2026-02-06") == {"2026-02-03"}
    other = "Der SC Verl muss auf Stürmer Ole Brandt verzichten, der am Dienstag beim Abschlusstraining fehlte."
    assert _read(other, ("player_status",), lambda f: f.date, date="2026-02-06") <= {"2026-02-06"}


def test_he_signs_until_a_year_is_a_contract_with_the_club_told_of_before():
    text = "Neuer Trainer beim VfL Osnabrück wird Timo Scholl. Er unterschreibt bis 2027."
    assert _read(text, ("contract",), lambda f: (f.args["person"], f.args["club"], f.args["until"])) == {
        ("Timo Scholl", "VfL Osnabrück", "2027")}
    assert _read("Jan Berg gibt Autogramme. Er unterschreibt bis Sonntag.", ("contract",), lambda f: f.type) == set()


def test_a_relative_clause_between_person_and_contract_is_skipped_with_its_date():
    text = "Der SC Verl ist zufrieden. Trainer Uwe Brehm, der den Klub 2023 in die 3. Liga geführt hatte, " \
           "ist damit bis Juni 2028 an den Verein gebunden."
    assert _read(text, ("contract",), lambda f: (f.args["person"], f.args["until"], f.date)) == \
        {("Uwe Brehm", "2028-06", "2025-03-02")}


def test_a_move_up_goes_to_a_league_not_to_a_cup():
    assert _read("Der SC Verl schaffte den Sprung in die Champions League.", ("promotion",), lambda f: f.args) == set()
    assert _read("Der SC Verl schaffte den Sprung in die 2. Bundesliga.", ("promotion",),
                 lambda f: f.args["to"]) == {"2. Bundesliga"}
    assert _read("Der SC Verl verpasste die Europa League und stieg in die 2. Bundesliga ab.", ("relegation",),
                 lambda f: f.args["to"]) == {"2. Bundesliga"}


def test_a_move_between_leagues_names_the_league_it_went_to():
    def leagues(text: str) -> set:
        return _read(text, ("promotion", "relegation"), lambda f: (f.type, f.args.get("from"), f.args.get("to")))
    assert leagues("Der SC Verl ist in die 3. Liga aufgestiegen.") == {("promotion", None, "3. Liga")}
    assert leagues("Damit ist der VfB Lübeck in die Regionalliga abgestiegen.") == {
        ("relegation", None, "Regionalliga")}
    assert leagues("Der SC Verl ist aus der Regionalliga in die 3. Liga aufgestiegen.") == {
        ("promotion", "Regionalliga", "3. Liga")}
    assert leagues("Der Aufstieg in die 3. Liga ist für den SC Verl perfekt.") == {("promotion", None, "3. Liga")}
    assert leagues("Der Abstieg in die Regionalliga ist für den VfB Lübeck seit Sonntag besiegelt.") == {
        ("relegation", None, "Regionalliga")}


def test_a_candidate_is_the_searching_clubs_not_his_former_clubs():
    text = "Die Trainersuche beim VfB Lübeck geht weiter. Laut kicker steht Ex-Verl-Coach Jan Ohl ganz oben auf " \
           "der Liste. Auch der frühere Meppener Trainer Tim Brehm soll ein Kandidat sein."
    assert _read(text, ("interest",), lambda f: (f.args["subject"], f.args["target"])) == \
        {("VfB Lübeck", "Jan Ohl"), ("VfB Lübeck", "Tim Brehm")}


def test_a_contract_signed_abroad_is_not_the_articles_clubs():
    text = "Der SC Verl hat Stürmer Ole Brandt an einen Klub in England abgegeben. Der 27-Jährige unterschrieb " \
           "in England einen Vertrag bis 2028."
    assert _read(text, ("contract",), lambda f: f.args["club"]) == set()
    home = "Der SC Verl ist zufrieden. Stürmer Ole Brandt unterschrieb einen Vertrag bis 2028."
    assert _read(home, ("contract",), lambda f: f.args["club"]) == {"SC Verl"}


def test_a_players_status_told_with_his_coach_is_of_the_coachs_club():
    text = "Der SC Verl gewann am Sonntag mit 2:0 gegen den VfB Lübeck. Lübecks Trainer Tim Brehm haderte. " \
           "Der SC Verl klettert auf Rang vier, der SC Verl muss am Samstag zum SV Meppen. " \
           "Verzichten muss Brehm dann auf Stürmer Ole Kranz, der seine fünfte Gelbe Karte sah."
    assert _read(text, ("player_status",), lambda f: (f.args["person"], f.args.get("club"))) == \
        {("Ole Kranz", "VfB Lübeck")}


def test_a_fact_in_the_last_of_two_joined_clauses_takes_that_clauses_date():
    text = "Der SC Verl feiert. Trainer Uwe Brehm hatte den SC Verl im Sommer 2019 übernommen und 2021 zurück " \
           "in die 3. Liga geführt."
    assert _read(text, ("promotion",), lambda f: (f.args["club"], f.date)) == {("SC Verl", "2021")}


# A move is to come when told for a later date, and over when told in the perfect or pluperfect; the end of an
# interim or a loan ("bis zum Saisonende") is not when the move happens.
MOVE_TIMES = [
    ("Anfang März wechselt Stürmer Ole Brandt zum VfB Lübeck.", ("transfer", "expected", "2026-03")),
    ("Im Januar wechselte Stürmer Ole Brandt zum VfB Lübeck.", ("transfer", "asserted", "2026-01")),
    ("Der SC Verl trennt sich zum Saisonende von Trainer Jan Ohl.", ("coach_departed", "expected", "2026-06")),
    ("Uwe Brehm hatte den SC Verl im November übernommen.", ("coach_appointed", "asserted", "2025-11")),
    ("Der SC Verl entlässt Trainer Jan Ohl. Bis zum Saisonende übernimmt Co-Trainer Tim Alt.",
     ("coach_appointed", "asserted", "2026-02-11")),
    ("Der SC Verl hat den im Sommer auslaufenden Vertrag von Trainer Jan Ohl nicht verlängert.",
     ("coach_departed", "expected", "2026")),
    ("Der Vertrag von Trainer Jan Ohl beim SC Verl wurde im Sommer 2024 nicht verlängert.",
     ("coach_departed", "asserted", "2024")),
    # since when he held the post is not when he left
    ("Der SC Verl reagiert. Der seit Juli 2023 amtierende Trainer Jan Ohl wurde Anfang der Woche beurlaubt.",
     ("coach_departed", "asserted", "2026-02-11")),
    ("Der SC Verl reagiert. Trainer Jan Ohl ist seit Montag nicht mehr im Amt.",
     ("coach_departed", "asserted", "2026-02-09")),
]


def test_a_move_in_the_winter_to_come_is_expected():
    assert _read("Stürmer Ole Brandt wechselt im Winter zum SC Verl.", ("transfer",),
                 lambda f: (f.modality, f.date), date="2025-11-20") == {("expected", "2026")}


@pytest.mark.parametrize(("text", "expected"), MOVE_TIMES, ids=[c[0][:40] for c in MOVE_TIMES])
def test_a_move_is_dated_and_to_come_or_over_as_its_tense_and_date_say(text, expected):
    assert expected in _read(text, ("transfer", "coach_departed", "coach_appointed"),
                             lambda f: (f.type, f.modality, f.date), date="2026-02-11")


def test_a_move_that_fell_through_is_denied_but_a_failure_in_another_clause_denies_nothing():
    def modality(text: str) -> set:
        return _read(text, ("transfer",), lambda f: f.modality)
    assert modality("Der Wechsel von Verteidiger Jan Rolfes zum SC Verl scheiterte am Medizincheck.") == {"denied"}
    assert modality("Der Transfer von Jan Rolfes zum SC Verl ist gescheitert.") == {"denied"}
    assert modality("Der Wechsel von Jan Rolfes zum SC Verl ist perfekt, nachdem er im Pokal gescheitert war.") \
        == {"asserted"}


def test_a_parting_by_mutual_consent_is_no_sacking():
    reasons = ("coach_departed",)
    assert _read("Der SC Verl hat sich einvernehmlich von Trainer Jan Ohl getrennt.", reasons,
                 lambda f: f.args["reason"]) == {"mutual"}
    assert _read("Der SC Verl hat sich von Trainer Jan Ohl getrennt.", reasons,
                 lambda f: f.args["reason"]) == {"sacked"}


def test_a_first_leg_told_in_the_pluperfect_is_dated_to_the_articles_month_only():
    def days(text: str) -> set:
        return _read(text, ("match_result",), lambda f: f.date, date="2025-01-20")
    assert days("Das Hinspiel hatte der SC Verl mit 1:2 gegen den VfB Lübeck verloren.") == {"2025-01"}
    assert days("Im Hinspiel am 3. Oktober hatte der SC Verl mit 1:2 gegen den VfB Lübeck verloren.") == {"2024-10-03"}
    assert days("Der SC Verl hat das Hinspiel gegen den VfB Lübeck mit 2:1 gewonnen.") == {"2025-01-20"}


def test_a_player_missing_on_a_weekday_told_in_the_present_misses_the_coming_match():
    def days(text: str) -> set:
        return _read(text, ("player_status",), lambda f: f.date, date="2025-01-23")  # a Thursday
    assert days("Gegen den VfB Lübeck fehlt am Samstag Stürmer Ole Brandt verletzt.") == {"2025-01-25"}
    assert days("Am Sonntag fehlt beim SC Verl Stürmer Ole Brandt mit einer Zerrung.") == {"2025-01-26"}
    assert days("Ole Brandt hat sich am Samstag verletzt und fällt aus.") == {"2025-01-18"}
    assert days("Der SC Verl muss am Samstag auf den gesperrten Ole Brandt verzichten.") == {"2025-01-25"}
    assert days("Am Sonntag muss der SC Verl auf den verletzten Ole Brandt verzichten.") == {"2025-01-26"}
    assert days("Der SC Verl musste am Samstag auf den gesperrten Ole Brandt verzichten.") == {"2025-01-18"}


def test_a_coachs_earlier_post_that_ended_is_dated_by_its_end():
    text = ("Der SC Verl hat Jan Ohlsen als neuen Cheftrainer vorgestellt. Ohlsen war zuletzt bis März 2024 beim "
            "VfB Lübeck tätig. Davor war er bis zum Sommer 2021 Trainer des SV Meppen.")
    assert _read(text, ("coach_departed",), lambda f: (f.args["club"], f.date), "2025-11-18") == {
        ("VfB Lübeck", "2024-03"), ("SV Meppen", "2021")}


def test_a_stand_in_promoted_to_head_coach_is_head_coach_and_a_caretaker_word_keeps_him_interim():
    assert _read("Der SC Verl befördert Interimscoach Tim Alt zum Cheftrainer.", ("coach_appointed",),
                 lambda f: f.args["role"]) == {"head_coach"}
    assert _read("Der SC Verl hat U19-Trainer Tim Alt zum Cheftrainer befördert.", ("coach_appointed",),
                 lambda f: f.args["role"]) == {"head_coach"}
    assert _read("Tim Alt wird interimsweise neuer Trainer beim SC Verl.", ("coach_appointed",),
                 lambda f: f.args["role"]) == {"interim"}


def test_an_interview_addresses_the_man_its_questions_name():
    text = ("Herr Kessler, Sie sind seit Juli Trainer des SC Verl. Wie fällt Ihre Bilanz aus? Gut. "
            "Es gab Gerüchte, der VfB Lübeck habe sich nach Ihnen erkundigt. Davon weiß ich nichts. "
            "Ich habe hier einen Vertrag bis 2027. Ihr Stürmer Ole Brandt fällt mit einem Kreuzbandriss aus.")
    found = _facts(text, "2025-11-12", "Verl-Trainer Jan Kessler im Interview")
    assert ("coach_appointed", "asserted", "Jan Kessler", "SC Verl") in found
    assert ("contract", "asserted", "Jan Kessler", "SC Verl", "2027") in found
    assert {f[3] for f in found if f[0] == "interest"} == {"Jan Kessler"}  # not Ole Brandt, named most


@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir haben Stürmer Ole Brandt verpflichtet“, sagte Sportchef Tim Weber vom SC Verl.",
     ("transfer", "asserted", "Ole Brandt", None, "SC Verl")),
    ("„Wir sind in die 2. Bundesliga aufgestiegen!“, jubelte Kapitän Ole Brandt vom SC Verl.",
     ("promotion", "asserted", "SC Verl")),
    ("„Wir haben am Samstag 3:1 gegen den VfB Lübeck gewonnen“, sagte Stürmer Ole Brandt vom SC Verl.",
     ("match_result", "asserted", "SC Verl", 3, "VfB Lübeck", 1)),
])
def test_a_clubs_we_in_a_quote_tells_the_clubs_facts(text, expected):
    assert expected in _facts(text, "2025-05-26")


@pytest.mark.parametrize(("text", "ftype"), [
    ("Die Königsblauen gewannen am Samstag mit 2:0 gegen den SC Verl.", "match_result"),
    ("Die Königsblauen empfangen am Sonntag den SC Verl.", "fixture"),
    ("Die Königsblauen entlassen Trainer Jan Ohl.", "coach_departed"),
    ("Die Königsblauen trennen sich von Trainer Jan Ohl.", "coach_departed"),
    ("Die Königsblauen präsentieren Jan Ohl als neuen Trainer.", "coach_appointed"),
    ("Die Königsblauen holen Stürmer Ole Brandt vom SC Verl.", "transfer"),
    ("Die Königsblauen verlängern mit Stürmer Ole Brandt bis 2028.", "contract"),
    ("Die Königsblauen sind an Stürmer Ole Brandt interessiert.", "interest"),
    ("Die Königsblauen steigen in die 2. Bundesliga ab.", "relegation"),
    ("Die Königsblauen holten aus den letzten fünf Spielen zehn Punkte.", "record"),
    ("Die Königsblauen müssen auf Stürmer Ole Brandt verzichten.", "player_status"),
])
def test_a_club_named_by_a_plural_nickname_takes_plural_verbs(text, ftype):
    found = {f.type: f.args for f in extract_article(Article("t", text, "2025-03-12"))}
    assert ftype in found
    assert "FC Schalke 04" in found[ftype].values()
