"""`auditor policy`: show, validate and explain the conduct policy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from auditor.models import Organization
from auditor.redact import mask_explained
from auditor.report.text import for_terminal
from auditor.scoring import Policy, PolicyError, Scorer, load_policy
from auditor.scoring.hits import Explanation, NearMiss
from auditor.scoring.masking import SECRET_MASK
from auditor.scoring.types import CATEGORIES, Finding, Score

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


def _load(path: Path | None) -> Policy:
    """The policy, or exit 2 with `file:line: message` on stderr."""
    try:
        policy = load_policy(path)
    except PolicyError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    for warning in policy.warnings:
        typer.echo(f"warning: {warning}", err=True)
    return policy


def _masked(text: str, result: Explanation) -> tuple[str, Score, list[NearMiss]]:
    """The text, score and near misses as `explain` prints them, secrets masked as `check`
    masks them; a near miss's words are masked as a finding's are (an allow-listed key is a
    secret)."""
    probes = [
        Finding(n.rule.split(".")[0], n.rule, "low", n.start, n.end, n.matched, n.matched)
        for n in result.near_misses
    ]
    shown, score, masked = mask_explained(text, result.score, probes)
    near = [
        replace(n, matched=m.matched)
        if m.matched == n.matched
        else replace(n, matched=m.matched, reason=_without_label(n.reason))
        for n, m in zip(result.near_misses, masked, strict=True)
    ]
    return shown, score, near


def _without_label(reason: str) -> str:
    """A masked near miss's reason: the exception that stopped a secret rule is written as the
    secret itself ("exception 'hunter2'"), so its words are masked too."""
    for kind in ("allow-list entry", "exception"):
        if reason.startswith(f"{kind} "):
            return f"{kind} {SECRET_MASK!r}"
    return reason


@app.command()
def show(policy_path: PolicyOption = None) -> None:
    """Print the effective policy, category by category.

    Shows the thresholds and, per category, whether it is enabled, its severity, description,
    guidance and how many terms, patterns and exceptions it has.
    """
    policy = _load(policy_path)
    echo = typer.echo
    echo(f"policy {policy.name} ({policy.source})")
    echo("bands: " + ", ".join(f"{k} >= {v}" for k, v in policy.thresholds.items()))
    model = policy.model
    state = (
        "auto (on when installed)" if model.enabled is None else ("on" if model.enabled else "off")
    )
    echo(
        f"learned model: {state}; hits from probability {model.min_probability} "
        f"(medium from {model.medium_probability})"
    )
    for cid in CATEGORIES:
        cat = policy.categories.get(cid)
        echo("")
        if cat is None:
            echo(f"{cid}: not defined (disabled)")
            continue
        echo(
            f"{cid}: {'enabled' if cat.enabled else 'DISABLED'}, severity {cat.severity}, "
            f"{len(cat.terms)} terms, {len(cat.patterns)} patterns, "
            f"{len(cat.exceptions)} exceptions"
        )
        echo(f"  description: {cat.description}")
        echo(f"  guidance: {cat.guidance}")


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="The policy TOML file to check.", dir_okay=False)],
) -> None:
    """Check a policy file: "valid" (exit 0) or FILE:LINE: what is wrong (exit 2)."""
    _load(file)
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
    """Score TEXT and show every rule that fired, and every near miss.

    For each finding: the rule, severity, span, the words matched and how they were read, why it
    fired and what the reviewer should do. Near misses are rules that an exception, a negation
    or an allow-list entry stopped.
    """
    policy = _load(policy_path)
    organization = Organization(
        name=org, competitors=tuple(competitor or ()), codenames=tuple(codename or ())
    )
    scorer = Scorer(policy, organization)
    result = scorer.explain(text)
    # Plain output, no markup: post text is hostile input. Secrets are masked as `check` masks
    # them, spans stay on TEXT; bidi and control characters are shown as markers.
    shown, score, near = _masked(text, result)

    def echo(line: str) -> None:
        typer.echo(for_terminal(line))

    echo(f"text: {shown!r}")
    echo(
        f"score {score.score} band {score.band} "
        f"(policy {score.policy_version}, auditor {score.tool_version})"
    )
    if not score.findings:
        echo("no rule fired")
    for f in score.findings:
        echo(
            f"- {f.rule} [{f.severity}] {f.start}..{f.end} matched {f.matched!r} "
            f"read as {f.decoded!r}"
        )
        echo(f"    why: {f.explanation}")
        echo(f"    guidance: {f.guidance}")
    for n in near:
        echo(f"near miss {n.start}..{n.end}: {n}")
