"""`auditor policy show | validate | explain` through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.policy import app

runner = CliRunner()


def test_show_prints_every_category_with_guidance() -> None:
    result = runner.invoke(app, ["show"])
    assert result.exit_code == 0, result.output
    for cid in ("profanity", "employer_criticism", "credentials"):
        assert cid in result.output
    assert "may be protected activity" in result.output
    assert "low >= 20" in result.output


def test_show_a_user_policy(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\nname = "ours"\n[categories.drugs]\nenabled = false\n')
    result = runner.invoke(app, ["show", "--policy", str(path)])
    assert result.exit_code == 0, result.output
    assert "policy ours" in result.output


def test_validate_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\n')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "valid" in result.output


def test_validate_invalid_file_exits_2_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\n[categories.drugs]\nsevrity = "low"\n')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3: unknown key 'sevrity'" in result.output


def test_validate_warns_when_everything_is_disabled(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        "[thresholds]\nlow = 10\nmedium = 30\nhigh = 60\ncritical = 90\n"
        '[categories.drugs]\nenabled = false\nseverity = "low"\nguidance = "x"\n'
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "every category is disabled" in result.output


def test_explain_shows_rule_span_matched_and_decoded() -> None:
    result = runner.invoke(app, ["explain", "no one here knows how to f***ing drive"])
    assert result.exit_code == 0, result.output
    assert "profanity.term" in result.output
    assert "25..32" in result.output
    assert "'f***ing'" in result.output and "'fucking'" in result.output
    assert "band medium" in result.output


def test_explain_shows_near_misses() -> None:
    result = runner.invoke(app, ["explain", "Scunthorpe United won"])
    assert result.exit_code == 0
    assert "no rule fired" in result.output
    assert (
        "Scunthorpe: exception 'Scunthorpe' (hides 'cunt') stopped profanity.term" in result.output
    )


def test_explain_with_org_terms() -> None:
    result = runner.invoke(app, ["explain", "Acme is an awful, terrible employer", "--org", "Acme"])
    assert result.exit_code == 0
    assert "employer_criticism.sentiment" in result.output


def test_explain_does_not_interpret_markup_in_post_text() -> None:
    result = runner.invoke(app, ["explain", "[bold red]damn[/bold red] :smile:"])
    assert result.exit_code == 0
    assert "text: '[bold red]damn[/bold red] :smile:'" in result.output
    assert "matched 'damn'" in result.output


def test_explain_masks_secrets() -> None:
    result = runner.invoke(app, ["explain", "key AKIAIOSFODNN7EXAMPLE"])
    assert "AKIAIOSFODNN7EXAMPLE" not in result.output
    assert "matched 'AKIA********'" in result.output
    assert "text: 'key AKIA********'" in result.output


def test_every_command_and_option_has_help() -> None:
    for command in ("show", "validate", "explain"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.output
    explain_help = runner.invoke(app, ["explain", "--help"]).output
    for option in ("--policy", "--org", "--competitor", "--codename"):
        assert option in explain_help


def test_explain_cannot_be_reordered_or_hidden_by_control_characters() -> None:
    text = "nothing harmless \u202e{{ 7*7 }} shit \x1b[8mhidden\r"
    result = runner.invoke(app, ["explain", text])
    assert result.exit_code == 0, result.output
    for ch in ("\u202e", "\x1b", "\r"):
        assert ch not in result.output
    assert "matched 'shit'" in result.output
