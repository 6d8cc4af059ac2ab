"""`auditor policy`: show, validate and explain the conduct policy."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from auditor.models import Organization
from auditor.scoring import PolicyError, Scorer, load_policy
from auditor.scoring.types import CATEGORIES

app = typer.Typer(help="Read, validate and explain the conduct policy.", no_args_is_help=True)

PolicyOption = Annotated[
    Path | None,
    typer.Option(
        "--policy",
        help="A policy TOML file (replaces the bundled default, or extends it when the file "
        'says extends = "default"). Default: the bundled policy.',
        dir_okay=False,
    ),
]


def _console() -> Console:
    # Post text is hostile input: never let it be read as markup or emoji codes.
    return Console(highlight=False, emoji=False, soft_wrap=True)


@app.command()
def show(policy_path: PolicyOption = None) -> None:
    """Print the effective policy: thresholds and, per category, severity, description, guidance
    and how many terms, patterns and exceptions it has."""
    console = _console()
    try:
        policy = load_policy(policy_path)
    except PolicyError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    for warning in policy.warnings:
        typer.echo(f"warning: {warning}", err=True)
    thr = ", ".join(f"{k} >= {v}" for k, v in policy.thresholds.items())
    console.print(f"policy {escape(policy.name)} ({escape(policy.source)})")
    console.print(f"bands: {thr}")
    model = policy.model
    state = (
        "auto (on when installed)" if model.enabled is None else ("on" if model.enabled else "off")
    )
    console.print(f"learned model: {state}, min probability {model.min_probability}")
    table = Table(show_lines=True)
    for col in (
        "category",
        "enabled",
        "severity",
        "terms",
        "patterns",
        "exceptions",
        "description",
        "guidance",
    ):
        table.add_column(col)
    for cid in CATEGORIES:
        cat = policy.categories.get(cid)
        if cat is None:
            table.add_row(cid, "no", "-", "0", "0", "0", "(not defined)", "")
            continue
        table.add_row(
            cid,
            "yes" if cat.enabled else "no",
            cat.severity,
            str(len(cat.terms)),
            str(len(cat.patterns)),
            str(len(cat.exceptions)),
            escape(cat.description),
            escape(cat.guidance),
        )
    console.print(table)


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="The policy TOML file to check.", dir_okay=False)],
) -> None:
    """Check a policy file: prints "valid" (exit 0) or FILE:LINE: what is wrong (exit 2)."""
    try:
        policy = load_policy(file)
    except PolicyError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    for warning in policy.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"{file}: valid")


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="The post text to score.")],
    policy_path: PolicyOption = None,
    org: Annotated[str, typer.Option(help="The organisation's name, for employer rules.")] = "",
    competitor: Annotated[
        list[str] | None, typer.Option(help="A competitor's name (repeatable).")
    ] = None,
    codename: Annotated[
        list[str] | None, typer.Option(help="An internal codename (repeatable).")
    ] = None,
) -> None:
    """Score TEXT and show every rule that fired (span, matched and decoded words, why) and every
    near miss that an exception, negation or allow-list entry stopped."""
    console = _console()
    try:
        policy = load_policy(policy_path)
    except PolicyError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    organization = Organization(
        name=org, competitors=tuple(competitor or ()), codenames=tuple(codename or ())
    )
    scorer = Scorer(policy, organization)
    result = scorer.explain(text)
    score = result.score
    console.print(
        f"score {score.score} band {score.band} "
        f"(policy {score.policy_version}, auditor {score.tool_version})"
    )
    if not score.findings:
        console.print("no rule fired")
    for f in score.findings:
        console.print(
            f"- {f.rule} [{f.severity}] {f.start}..{f.end} matched {escape(repr(f.matched))} "
            f"read as {escape(repr(f.decoded))}"
        )
        console.print(f"    why: {escape(f.explanation)}")
        console.print(f"    guidance: {escape(f.guidance)}")
    for n in result.near_misses:
        console.print(f"near miss {n.start}..{n.end}: {escape(str(n))}")
