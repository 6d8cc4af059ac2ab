"""`auditor init`: write a commented starter auditor.toml and roster.csv."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.common import console
from auditor.errors import UsageError
from auditor.roster import HEADER

STARTER_CONFIG = """\
# auditor.toml: settings for `auditor run`. Relative paths are relative to this file.
# Secrets (API tokens) never go here: they are read from environment variables.

[organization]
# How your organization is named; posts that criticise it are flagged for review as
# "may be protected activity", never as misconduct.
name = "Acme"
aliases = ["Acme Corp", "@acme", "acme.example"]
products = ["Roadrunner"]
# Disparaging a competitor is flagged as `competitor`.
competitors = ["Globex"]
# Internal code names: mentioning one publicly is flagged as `confidential`.
codenames = ["Project Falcon"]

[roster]
# Who consented to be audited, and for which accounts (see roster.csv).
path = "roster.csv"

[store]
# SQLite database holding posts, scores and findings (created on first use).
path = "auditor.db"

[report]
# One folder per run: reports/<run-id>/index.html, plus reports/index.html.
dir = "reports"
# show_pii = false   # phone numbers and e-mail addresses are masked in reports by default

# [policy]
# path = "policy.toml"   # optional: your own policy; the bundled default is used without it

# [run]
# concurrency = 8        # accounts read at the same time

# [retention]
# unflagged_days = 30    # posts with no finding are deleted after this many days
# flagged_days = 365     # flagged posts and their findings after this many

# [sources.x]
# bearer_token_env = "X_BEARER_TOKEN"   # the NAME of the variable holding the token
"""

STARTER_ROSTER = (
    ",".join(HEADER)
    + "\n"
    + "# Examples, switched off: a line starting with # is ignored. Add one row per account\n"
    + "# of each person who agreed in writing; a handle here may belong to a real person.\n"
    + "# p001,Jane Example,staff,x,@jane_example,2026-01-15,,,HR-2026-001\n"
    + "# p001,Jane Example,staff,mastodon,@jane@mastodon.example,2026-01-15,,,HR-2026-001\n"
    + "# p002,Sam Sample,ambassador,bluesky,sam.bsky.social,2026-02-01,2027-01-31,,AMB-2026-007\n"
)


def init(
    directory: Annotated[
        Path, typer.Argument(help="Folder to write into.", file_okay=False)
    ] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files.")] = False,
) -> None:
    """Write a commented starter auditor.toml and roster.csv to edit."""
    directory.mkdir(parents=True, exist_ok=True)
    targets = {directory / "auditor.toml": STARTER_CONFIG, directory / "roster.csv": STARTER_ROSTER}
    existing = [str(p) for p in targets if p.exists()]
    if existing and not force:
        raise UsageError(f"{', '.join(existing)} already exist: use --force to overwrite")
    for path, body in targets.items():
        path.write_text(body, encoding="utf-8")
        console.print(f"wrote {path}")
    config = directory / "auditor.toml"
    console.print(
        "next: edit both files (roster.csv has only switched-off examples), then "
        f"`auditor doctor --config {config}` and `auditor run --config {config}`",
        markup=False,
        soft_wrap=True,  # a path cut by a line break cannot be pasted
    )
