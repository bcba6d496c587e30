"""Rendering query results for people: Rich tables on the terminal, CSV for export."""

from __future__ import annotations

import csv
import io

from rich.console import Console
from rich.table import Table

console = Console()


def _args(fact: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in fact["args"].items())


def _source(fact: dict) -> str:
    ev = fact["evidence"]
    if not ev:
        return ""
    more = f" (+{len(ev) - 1} more)" if len(ev) > 1 else ""
    return f"{ev[0]['article']}: {ev[0]['sentence'][:90]}{more}"


def show_facts(rows: list[dict], title: str) -> None:
    table = Table(title=f"{title}: {len(rows)}")
    for column in ("date", "type", "arguments", "modality", "status", "source"):
        table.add_column(column, overflow="fold")
    for f in rows:
        status = f.get("status") or ("conflict" if f.get("conflict") else "")
        if f.get("check"):
            status = f"{status} {f['check']['verdict']}: {f['check']['why']}".strip()
        table.add_row(str(f["date"] or ""), f["type"], _args(f), f["modality"], status, _source(f))
    console.print(table)


def show_club(report: dict) -> None:
    coach = report["head_coach"] or "unknown"
    since = f" since {report['since']}" if report["since"] else ""
    until = f", contract until {report['contract_until']}" if report["contract_until"] else ""
    conflict = " [red](conflicting end dates reported)[/red]" if report["contract_conflict"] else ""
    console.print(f"[bold]{report['club']}[/bold]: head coach {coach}{since}{until}{conflict}")
    table = Table(title="Coaches")
    for column in ("coach", "role", "from", "until", "reason", "predecessor", "successor"):
        table.add_column(column)
    for t in report["coaches"]:
        table.add_row(t["person"], t["role"], str(t["start"] or "?"), str(t["end"] or ""), t["reason"] or "",
                      t["predecessor"] or "", t["successor"] or "")
    console.print(table)
    show_facts(report["facts"], "Latest facts")


def show_person(report: dict) -> None:
    aliases = ", ".join(a for a in report["aliases"] if a != report["person"])
    console.print(f"[bold]{report['person']}[/bold]" + (f" (also: {aliases})" if aliases else ""))
    show_facts(report["career"], "Career")
    show_facts(report["contracts"], "Contracts")
    show_facts(report["rumours"], "Rumours")


def facts_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "date", "type", "modality", "args", "conflict", "status", "articles", "evidence"])
    for f in rows:
        writer.writerow([f["id"], f["date"] or "", f["type"], f["modality"], _args(f), f["conflict"],
                         f.get("status", ""), " ".join(e["article"] for e in f["evidence"]),
                         " | ".join(e["sentence"] for e in f["evidence"])])
    return out.getvalue()


def show_table(data: dict) -> None:
    scope = f" after matchday {data['matchday']}" if data["matchday"] else f" on {data['date']}" if data["date"] else ""
    kind = f", {data['side']} matches" if data["side"] else f", last {data['form']} matches" if data["form"] else ""
    table = Table(title=f"{data['competition']} {data['season']}{scope}{kind}")
    for column in ("#", "club", "P", "W", "D", "L", "goals", "diff", "pts", "form"):
        table.add_column(column, justify="right" if column not in ("club", "form") else "left")
    for r in data["rows"]:
        points = f"{r['points']} (-{r['deducted']})" if r["deducted"] else str(r["points"])
        table.add_row(str(r["rank"]), r["club"], str(r["played"]), str(r["won"]), str(r["drawn"]), str(r["lost"]),
                      f"{r['goals_for']}:{r['goals_against']}", f"{r['goal_difference']:+d}", points, r["form"])
    console.print(table)


def show_record(data: dict) -> None:
    table = Table(title=f"{data['person']}: record per tenure")
    for column in ("club", "role", "from", "until", "games", "W-D-L", "goals", "pts", "per game", "place start/end"):
        table.add_column(column)
    for t in data["tenures"]:
        table.add_row(t["club"], t["role"], str(t["start"] or "?"), str(t["end"] or "now"), str(t["games"]),
                      f"{t['won']}-{t['drawn']}-{t['lost']}", f"{t['goals_for']}:{t['goals_against']}",
                      str(t["points"]), str(t["points_per_game"] or "-"),
                      f"{t['place_at_start'] or '-'} / {t['place_at_end'] or '-'}")
    console.print(table)


def show_checks(rows: list[dict]) -> None:
    table = Table(title=f"Claims checked against match data: {len(rows)}")
    for column in ("type", "claim", "date", "verdict", "why", "source"):
        table.add_column(column, overflow="fold")
    colours = {"consistent": "green", "contradicted": "red", "unverifiable": "yellow"}
    for c in rows:
        claim = ", ".join(f"{k}={v}" for k, v in c["claim"].items())
        source = c["evidence"][0]["article"] if c.get("evidence") else ""
        table.add_row(c["type"], claim, str(c["date"] or ""), f"[{colours[c['verdict']]}]{c['verdict']}[/]",
                      c["why"], source)
    console.print(table)
