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


def main() -> None:
    """Entry point for `python -m karussell`."""
    app()
