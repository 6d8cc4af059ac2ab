"""Every command, option and argument explains itself in --help."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import typer.main
from typer.testing import CliRunner

from auditor.cli import app


def walk(command: Any, path: str = "auditor") -> Iterator[tuple[str, Any]]:
    yield path, command
    if hasattr(command, "commands"):  # a group (typer vendors its own click)
        for name, sub in command.commands.items():
            yield from walk(sub, f"{path} {name}")


def test_every_command_and_parameter_has_help_text() -> None:
    root = typer.main.get_command(app)
    missing: list[str] = []
    for path, command in walk(root):
        if not (command.help or command.short_help):
            missing.append(f"{path}: command")
        for param in command.params:
            if param.name == "help":
                continue
            text = getattr(param, "help", None)
            if not text:
                missing.append(f"{path}: {param.name}")
    assert missing == []


def test_the_expected_commands_exist() -> None:
    names = {path for path, _ in walk(typer.main.get_command(app))}
    for expected in (
        "auditor run",
        "auditor scan",
        "auditor check",
        "auditor report",
        "auditor init",
        "auditor roster import",
        "auditor roster list",
        "auditor roster revoke",
        "auditor policy show",
        "auditor policy validate",
        "auditor policy explain",
    ):
        assert expected in names


def test_help_runs_for_every_command() -> None:
    runner = CliRunner()
    for path, _ in walk(typer.main.get_command(app)):
        args = path.split()[1:]
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output
