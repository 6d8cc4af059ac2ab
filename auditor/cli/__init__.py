"""The `auditor` command line: thin commands that parse, open, call the core and print."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from auditor import logs
from auditor.cli import audit, check, doctor, init, purge, review, roster
from auditor.errors import AuditorError


class _AuditorGroup(TyperGroup):
    """Turns expected errors into one line on stderr and their exit code, no traceback."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors its own click Context type
        try:
            return super().invoke(ctx)
        except AuditorError as exc:
            report_error(exc)
            raise typer.Exit(exc.exit_code) from None


def report_error(exc: AuditorError) -> None:
    """`error: ...` on stderr; with --log-format json, a JSON log line instead."""
    if logs.settings.log_format is logs.LogFormat.json:
        logs.log.error("%s", exc.message, extra={"exit_code": exc.exit_code})
    else:
        typer.echo(f"error: {exc.message}", err=True)


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
    # Plain help, no Rich markup: help texts name config tables such as [retention] and
    # [report], which markup would swallow as style tags. Sub-apps inherit the mode.
    rich_markup_mode=None,
    context_settings={"max_content_width": 100},
)


@app.callback()
def options(
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only warnings and errors; no progress bars.")
    ] = False,
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose",
            "-v",
            count=True,
            show_default=False,
            help="More detail: debug log lines (a flag, no value: `auditor -v run`).",
        ),
    ] = 0,
    log_format: Annotated[
        logs.LogFormat,
        typer.Option(
            "--log-format",
            help="text: plain lines (progress bars on a terminal); json: one JSON object per "
            "line, for log collectors. Logs go to stderr.",
        ),
    ] = logs.LogFormat.text,
) -> None:
    """Global options, given before the command: `auditor -v --log-format json run`."""
    logs.configure(-1 if quiet else verbose, log_format)


app.command("run")(audit.run)
app.command("scan")(audit.scan)
app.command("report")(audit.report)
app.command("check")(check.check)
app.command("init")(init.init)
app.command("doctor")(doctor.doctor)
app.command("purge")(purge.purge)
app.add_typer(roster.app, name="roster")
app.add_typer(review.app, name="review")


def _mount_optional() -> None:
    """Sub-apps that live in their own modules (policy, review, ...)."""
    from auditor.cli import policy

    app.add_typer(policy.app, name="policy")


_mount_optional()


def main() -> None:
    try:
        app()
    except AuditorError as exc:
        report_error(exc)
        sys.exit(exc.exit_code)
