"""Options and helpers shared by the commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from auditor.report.text import for_terminal

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Path to auditor.toml (default: $AUDITOR_CONFIG, then ./auditor.toml).",
        dir_okay=False,
    ),
]

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def cell(value: str) -> Text:
    """Hostile text (post ids, matched words, names) for a table cell: plain text, no markup,
    control and bidi characters shown as markers."""
    return Text(for_terminal(value))
