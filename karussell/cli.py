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
    from .store.queries import club_report
    from .views import show_club

    _show_query(db, as_json, show_club, club_report, name)


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
