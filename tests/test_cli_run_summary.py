"""The summary `run` and `scan` print: account keys (from the roster), error messages and notes
(from servers and files) are hostile text, shown with control and bidi characters as markers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from auditor.cli.audit import _print_summary
from auditor.notify import Outcome
from auditor.pipeline import RunSummary

ESC, RLO = "\x1b", "\u202e"
KEY = f"x:@{ESC}[2Jevil{RLO}gnp.exe"  # clears the screen; reorders what follows
MESSAGE = f"server said {ESC}]8;;https://evil.example{ESC}\\click{RLO} [red]x[/red]"


def test_failed_and_skipped_accounts_notes_and_notifications_show_markers_not_controls(
    capsys: pytest.CaptureFixture[str],
) -> None:
    summary = RunSummary("r1", "run", date(2026, 11, 24), accounts=2)
    summary.accounts_failed.append((KEY, MESSAGE))
    summary.accounts_skipped.append((KEY, MESSAGE))
    summary.notes.append(f"{KEY}: {MESSAGE}")
    outcome = Outcome("webhook", False, MESSAGE)
    _print_summary(summary, Path("reports/r1/index.html"), outcomes=[outcome])
    out = capsys.readouterr().out
    assert ESC not in out
    assert RLO not in out
    key = "x:@⟨U+001B⟩[2Jevil⟨U+202E⟩gnp.exe"
    message = "server said ⟨U+001B⟩]8;;https://evil.example⟨U+001B⟩\\click⟨U+202E⟩ [red]x[/red]"
    lines = out.splitlines()
    assert f"failed {key}: {message}" in lines
    assert f"skipped {key}: {message}" in lines
    assert f"note: {key}: {message}" in lines
    assert f"notification by webhook: FAILED ({message})" in lines
