"""The `auditor` command line: thin commands that parse, open, call the core and print."""

from __future__ import annotations

import sys
from typing import Any

import click
import typer
from typer.core import TyperGroup

from auditor.cli import audit, check, init, roster
from auditor.errors import AuditorError


class _AuditorGroup(TyperGroup):
    """Turns expected errors into one line on stderr and their exit code, no traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AuditorError as exc:
            typer.echo(f"error: {exc.message}", err=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    name="auditor",
    cls=_AuditorGroup,
    help=(
        "Audit the public posts of staff and ambassadors who consented, score them against "
        "the conduct policy, and write HTML reports. Each flag says which rule and which "
        "words fired; a person decides."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("run")(audit.run)
app.command("scan")(audit.scan)
app.command("report")(audit.report)
app.command("check")(check.check)
app.command("init")(init.init)
app.add_typer(roster.app, name="roster")


def _mount_optional() -> None:
    """Sub-apps that live in their own modules (policy, review, ...)."""
    from auditor.cli import policy

    app.add_typer(policy.app, name="policy")


_mount_optional()


def main() -> None:
    try:
        app()
    except AuditorError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        sys.exit(exc.exit_code)
