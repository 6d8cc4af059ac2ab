"""Every command, option and argument explains itself in --help."""

from __future__ import annotations

import re
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


def rendered_help(path: str) -> str:
    result = CliRunner().invoke(app, [*path.split()[1:], "--help"], terminal_width=100)
    assert result.exit_code == 0, (path, result.output)
    return result.output


def test_config_table_names_in_help_are_shown_not_eaten_as_markup() -> None:
    # "[retention]" and "[report]" are config tables, not style tags: they must survive.
    assert "[retention] allows" in " ".join(rendered_help("auditor purge").split())
    checked = 0
    for path, command in walk(typer.main.get_command(app)):
        texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
        page = " ".join(rendered_help(path).split())
        for table in re.findall(r"\[[a-z_.]+\]", " ".join(texts)):
            assert table in page, (path, table)
            checked += 1
    assert checked >= 4  # purge, run, report, roster import name tables


def test_command_summaries_are_one_line_each() -> None:
    for path, command in walk(typer.main.get_command(app)):
        if not hasattr(command, "commands"):
            continue
        lines = rendered_help(path).split("\n")
        listed = lines[lines.index("Commands:") + 1 :]
        listed = listed[: listed.index("")] if "" in listed else listed
        names = [line.split()[0] for line in listed]
        assert names == list(command.commands), (path, listed)  # no continuation lines


def test_flags_do_not_show_a_value_placeholder() -> None:
    for path, command in walk(typer.main.get_command(app)):
        page = rendered_help(path)
        for param in command.params:
            if getattr(param, "is_flag", False) or getattr(param, "count", False):
                for opt in param.opts:
                    assert not re.search(rf"{re.escape(opt)}\b[ ,\w-]*<", page), (path, opt)


def test_verbose_is_a_repeatable_flag() -> None:
    result = CliRunner().invoke(app, ["-v", "-vv", "check", "hello there"])
    assert result.exit_code == 0, result.output
