"""The command line: thin commands over the library, clean errors, honest exit codes."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from .errors import KarussellError
from .pipeline import RunSummary, extract_records
from .reading import read_sources

app = typer.Typer(help="karussell: German football news in, dated facts with evidence out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_show_locals=False)
err = Console(stderr=True, soft_wrap=True)  # one line per problem, whatever the width


@app.command()
def extract(
    articles: list[str] = typer.Argument(
        ..., help="JSONL, .txt, .html, RSS/Atom, WARC files, directories, or - for stdin."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write facts here instead of standard output."),
) -> None:
    """Extract facts from articles and write them as JSON Lines.

    Example: karussell extract news.jsonl -o facts.jsonl
    """
    summary = RunSummary()
    try:
        if output:
            output.parent.mkdir(parents=True, exist_ok=True)
        sink = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115 - closed below
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write {output}: {exc.strerror}")
        raise typer.Exit(2) from None
    try:
        for fact in extract_records(read_sources(articles), summary):
            sink.write(json.dumps(fact.to_json(), ensure_ascii=False) + "\n")
    except KarussellError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    finally:
        if output:
            sink.close()
    for problem in summary.skipped:
        err.print(f"[yellow]skipped[/yellow] {problem}", highlight=False)
    err.print(f"{summary.articles} articles read, {summary.facts} facts written, "
              f"{len(summary.skipped)} skipped", highlight=False)
    raise typer.Exit(1 if summary.skipped else 0)


@app.command()
def show(facts: Path = typer.Argument(..., help="A facts JSONL file written by 'karussell extract'.")) -> None:
    """Show extracted facts as a table, with counts per type.

    Example: karussell show out/sample_facts.jsonl
    """
    console = Console()
    try:
        rows = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        err.print(f"[red]error:[/red] cannot read {facts}: {exc}")
        raise typer.Exit(2) from None
    table = Table(title=f"{len(rows)} facts from {facts}")
    for column in ("type", "arguments", "modality", "date"):
        table.add_column(column)
    for row in rows:
        args = ", ".join(f"{k}={v}" for k, v in row["args"].items())
        table.add_row(row["type"], args, row["modality"], str(row["date"]))
    console.print(table)
    counts = Counter(r["type"] for r in rows)
    console.print(", ".join(f"{t}: {n}" for t, n in counts.most_common()))


# --- the knowledge base -------------------------------------------------

DB_HELP = "Database URL or SQLite file (default: $KARUSSELL_DB, else ./karussell.sqlite)."
FORMAT_HELP = "table, json or csv."


def _store(db: str | None):
    from .store import Store

    try:
        return Store(db)
    except KarussellError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None


def _answer(query, *args, **kwargs):
    """Run a query; a name that fits nothing or several things is a clean error."""
    try:
        return query(*args, **kwargs)
    except KarussellError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


@app.command()
def ingest(
    articles: list[str] = typer.Argument(..., help="Articles, as for 'extract'."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    batch: int = typer.Option(50, "--batch", min=1, help="Articles per transaction."),
) -> None:
    """Extract articles and store their facts; safe to run again on the same input.

    Example: karussell ingest news/ --db karussell.sqlite
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .store.ingest import ingest as run_ingest

    store = _store(db)
    records = list(read_sources(articles))
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=len(records))
        summary = run_ingest(store, records, batch_size=batch, on_article=lambda: progress.advance(task))
    for problem in summary.skipped:
        err.print(f"[yellow]skipped[/yellow] {problem}", highlight=False)
    err.print(f"{summary.read} articles read ({summary.unchanged} unchanged, {summary.replaced} replaced), "
              f"{len(summary.skipped)} skipped, {summary.facts_added} facts added, "
              f"{summary.evidence_added} pieces of evidence added", highlight=False)
    raise typer.Exit(1 if summary.skipped else 0)


@app.command()
def club(
    name: str = typer.Argument(..., help="A club, written any common way: 'Aachen', 'alemannia aachen', 'S04'."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Head coach now and since when, contract, coach history, latest facts with sources.

    Example: karussell club "Alemannia Aachen"
    """
    from .matches.analysis import club_report_checked
    from .views import show_club

    _show_query(db, as_json, show_club, club_report_checked, name)


@app.command()
def person(
    name: str = typer.Argument(..., help="A person: 'Heiner Backhaus' or 'Backhaus'."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """A person's career: clubs, roles, dates, contracts, rumours about him, with evidence.

    Example: karussell person "Heiner Backhaus"
    """
    from .store.queries import person_report
    from .views import show_person

    _show_query(db, as_json, show_person, person_report, name)


@app.command()
def carousel(
    since: str | None = typer.Option(None, "--since", help="Only from this date on (YYYY, YYYY-MM or YYYY-MM-DD)."),
    league: str | None = typer.Option(None, "--league", help="Only clubs of this league, e.g. '3. Liga'."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Coach changes and open coach rumours, newest first.

    Example: karussell carousel --since 2024-07 --league "3. Liga"
    """
    from .store.queries import carousel as query
    from .views import show_facts

    _show_query(db, as_json, lambda r: show_facts(r, "Trainerkarussell"), query, since=since, league=league)


@app.command()
def facts(
    ftype: str | None = typer.Option(None, "--type", help="One fact type, e.g. contract."),
    club_name: str | None = typer.Option(None, "--club", help="Facts about this club."),
    person_name: str | None = typer.Option(None, "--person", help="Facts about this person."),
    since: str | None = typer.Option(None, "--since", help="Only from this date on."),
    fmt: str = typer.Option("table", "--format", help=FORMAT_HELP),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Stored facts, filtered, as a table, JSON or CSV.

    Example: karussell facts --type contract --club Aachen --format csv
    """
    from .store.queries import list_facts
    from .views import facts_csv, show_facts

    if fmt not in ("table", "json", "csv"):
        err.print(f"[red]error:[/red] --format must be table, json or csv, not {fmt!r}")
        raise typer.Exit(2)
    with _store(db).engine.connect() as conn:
        rows = _answer(list_facts, conn, ftype=ftype, club=club_name, person=person_name, since=since)
    if fmt == "csv":
        sys.stdout.write(facts_csv(rows))
    else:
        _emit(rows, fmt == "json", lambda r: show_facts(r, "Facts"))


# --- match data ---------------------------------------------------------

matches_app = typer.Typer(help="Real match data: import it, see what is stored.", no_args_is_help=True)
app.add_typer(matches_app, name="matches")


@matches_app.command("import")
def matches_import(
    paths: list[str] = typer.Argument(None, help="Football.TXT, OpenLigaDB CSV/JSON or CSV files, or directories."),
    bundled: bool = typer.Option(False, "--bundled", help="Import the seasons that ship with karussell."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Import matches; a match already stored is updated.

    Example: karussell matches import --bundled
    """
    from .lexicon import DATA
    from .matches.readers import read_match_files
    from .matches.store import import_matches

    sources = list(paths or []) + ([str(DATA / "matches")] if bundled else [])
    if not sources:
        err.print("[red]error:[/red] give files to import, or --bundled")
        raise typer.Exit(2)
    summary = import_matches(_store(db), read_match_files(sources))
    for problem in summary.skipped:
        err.print(f"[yellow]skipped[/yellow] {problem}", highlight=False)
    if summary.unknown_teams:
        err.print("teams not in the lexicon (kept as unknown): " + ", ".join(sorted(summary.unknown_teams)))
    err.print(f"{summary.added} matches added, {summary.updated} updated, {len(summary.skipped)} skipped")
    raise typer.Exit(1 if summary.skipped else 0)


@app.command()
def table(
    competition: str = typer.Argument(..., help="A league: 'Bundesliga', '2. Bundesliga', '3. Liga', ..."),
    season: str = typer.Argument(..., help="A season: 2024-25."),
    date: str | None = typer.Option(None, "--date", help="The table on this day (after its matches)."),
    matchday: int | None = typer.Option(None, "--matchday", help="The table after this matchday."),
    home: bool = typer.Option(False, "--home", help="Home matches only."),
    away: bool = typer.Option(False, "--away", help="Away matches only."),
    form: int | None = typer.Option(None, "--form", help="Each team's last N matches only."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """A league table at any date or matchday, with the competition's tie-breakers.

    Example: karussell table "3. Liga" 2024-25 --matchday 6
    """
    from .matches.views import league_table
    from .views import show_table

    if home and away:
        err.print("[red]error:[/red] --home and --away exclude each other")
        raise typer.Exit(2)
    side = "home" if home else "away" if away else None
    _show_query(db, as_json, show_table, league_table, competition, season, date=date, matchday=matchday,
                side=side, form=form)


@app.command()
def record(
    name: str = typer.Argument(..., help="A coach: 'Heiner Backhaus'."),
    club_name: str | None = typer.Option(None, "--club", help="Only the tenures at this club."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """A coach's record in each tenure: games, W-D-L, goals, points per game, table places.

    Example: karussell record "Heiner Backhaus" --club "Alemannia Aachen"
    """
    from .matches.analysis import coach_record
    from .views import show_record

    _show_query(db, as_json, show_record, coach_record, name, club_name)


@app.command()
def check(
    article: str | None = typer.Argument(None, help="An article id; all articles with --all."),
    all_articles: bool = typer.Option(False, "--all", help="Check the claims of every stored article."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """News claims (records, results, fixtures) against the match data: consistent, contradicted, unverifiable.

    Example: karussell check seed-aachen-backhaus
    """
    from .matches.analysis import check_facts
    from .views import show_checks

    if not article and not all_articles:
        err.print("[red]error:[/red] give an article id, or --all")
        raise typer.Exit(2)
    _show_query(db, as_json, show_checks, check_facts, None if all_articles else article)


def _show_query(db: str | None, as_json: bool, render, query, *args, **kwargs) -> None:
    """Open the store, run a query, print its answer as JSON or through `render`."""
    with _store(db).engine.connect() as conn:
        data = _answer(query, conn, *args, **kwargs)
    _emit(data, as_json, render)


def _emit(data, as_json: bool, render) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        render(data)


def main() -> None:
    """Entry point for `python -m karussell`."""
    app()
