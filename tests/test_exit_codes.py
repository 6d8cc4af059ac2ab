"""The exit codes are a contract for schedulers and scripts:
0 done, 1 some accounts failed, 2 usage or configuration error, 3 findings at or above
--fail-on, 4 another run holds the lock, 130 interrupted (Ctrl-C)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.cli.audit import (
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
)
from auditor.lock import EXIT_LOCKED, RunLock

runner = CliRunner()


def sample_config(tmp_path: Path, extra: str = "", *, broken_account: bool = False) -> Path:
    """The bundled sample as a normal config in tmp_path (store and reports inside it)."""
    root = tmp_path / "site"
    shutil.copytree(runtime.sample_dir(), root)
    config = root / "auditor.toml"
    config.write_text(config.read_text(encoding="utf-8") + extra, encoding="utf-8")
    if broken_account:
        (root / "posts" / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
        with (root / "roster.csv").open("a", encoding="utf-8") as roster:
            roster.write("p09,Broken Feed,staff,jsonl,posts/broken.jsonl,2025-01-01,,,HR-9\n")
    return config


def test_the_codes_have_the_documented_values() -> None:
    assert (EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FINDINGS, EXIT_LOCKED) == (0, 1, 2, 3, 4)


def test_0_when_the_run_is_done(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_1_when_an_account_could_not_be_read(tmp_path: Path) -> None:
    config = sample_config(tmp_path, broken_account=True)
    result = runner.invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 1, result.output
    assert "failed jsonl:" in result.stdout
    assert "invalid JSON" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--fail-on", "extreme", "--demo"],
        ["run", "--no-such-option"],
        ["review", "decide", "abc", "--decision", "forgiven", "--reviewer", "x"],
    ],
)
def test_2_for_usage_errors(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, [*args, "--report-dir", str(tmp_path)])
    assert result.exit_code == 2, result.output


def test_2_for_configuration_errors_before_anything_is_read(tmp_path: Path) -> None:
    config = sample_config(tmp_path, '\n[notify]\nwebhook_url_env = "HOOK"\nsend_to = "x"\n')
    result = runner.invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 2, result.output
    assert "unknown key 'send_to' in [notify]" in result.stderr
    assert not (config.parent / "auditor.db").exists()
    missing = runner.invoke(app, ["run", "--config", str(tmp_path / "nope.toml")])
    assert missing.exit_code == 2


def test_3_when_findings_reach_the_fail_on_band(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["run", "--demo", "--report-dir", str(tmp_path), "--fail-on", "critical"]
    )
    assert result.exit_code == 3, result.output
    assert "need review (--fail-on)" in result.stderr
    # A second run stores nothing new: nothing of its own reaches the band.
    again = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path), "--fail-on", "low"])
    assert again.exit_code == 0, again.output


def test_3_wins_over_1_when_accounts_failed_and_findings_reached_the_band(
    tmp_path: Path,
) -> None:
    config = sample_config(tmp_path, broken_account=True)
    result = runner.invoke(app, ["run", "--config", str(config), "--fail-on", "HIGH"])
    assert result.exit_code == 3, result.output
    assert "failed jsonl:" in result.stdout


def test_3_from_a_one_off_scan(tmp_path: Path) -> None:
    config = sample_config(tmp_path)
    result = runner.invoke(app, ["scan", "p03", "--config", str(config), "--fail-on", "medium"])
    assert result.exit_code == 3, result.output
    clean = runner.invoke(app, ["scan", "p03", "--config", str(config), "--fail-on", "medium"])
    assert clean.exit_code == 0, clean.output  # nothing new the second time


def test_4_when_another_run_holds_the_lock(tmp_path: Path) -> None:
    config = sample_config(tmp_path)
    with RunLock(config.parent / "auditor.db", command="run"):
        for args in (["run"], ["scan", "p03"], ["purge"]):
            if args == ["purge"]:
                (config.parent / "auditor.db").touch()
            result = runner.invoke(app, [*args, "--config", str(config)])
            assert result.exit_code == 4, (args, result.output)
            assert "another auditor run holds the lock" in result.stderr


def test_the_installed_entry_point_returns_the_codes(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "from auditor.cli import main; main()"]
    usage = subprocess.run(
        [*command, "run", "--config", str(tmp_path / "missing.toml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert usage.returncode == 2
    assert usage.stderr.startswith("error: config file")
    assert "Traceback" not in usage.stderr


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_the_scheduling_examples_call_real_commands_and_options() -> None:
    import configparser
    import shlex

    service = configparser.ConfigParser(strict=False, interpolation=None)
    service.read(EXAMPLES / "auditor.service")
    timer = configparser.ConfigParser(strict=False, interpolation=None)
    timer.read(EXAMPLES / "auditor.timer")
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["EnvironmentFile"] == "/etc/auditor/auditor.env"
    assert timer["Timer"]["OnCalendar"] and timer["Install"]["WantedBy"] == "timers.target"
    cron = [
        line
        for line in (EXAMPLES / "auditor.cron").read_text().splitlines()
        if line and not line.startswith("#") and "=" not in line.split()[0]
    ]
    assert len(cron) == 1 and len(cron[0].split()) > 6 and "%" not in cron[0]
    cron_command = cron[0].split("/opt/auditor/.venv/bin/auditor ", 1)[1].split(">>")[0]
    for command in (service["Service"]["ExecStart"], "auditor " + cron_command):
        args = shlex.split(command)[1:]
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0, (command, result.output)


def test_2_when_the_report_folder_cannot_be_written_and_nothing_is_stored(
    tmp_path: Path,
) -> None:
    config = sample_config(tmp_path)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('dir = "reports"', 'dir = "/proc/reports"'), encoding="utf-8")
    for args in (["run"], ["scan", "p03"]):
        result = runner.invoke(app, [*args, "--config", str(config)])
        assert result.exit_code == 2, result.output
        assert "[report] dir" in result.stderr and "/proc/reports" in result.stderr
        assert "Traceback" not in result.output
        assert not (config.parent / "auditor.db").exists()


def test_an_unknown_run_is_refused_naming_runs_that_exist(tmp_path: Path) -> None:
    done = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path)])
    assert done.exit_code == 0, done.output
    result = runner.invoke(app, ["report", "nope", "--demo", "--report-dir", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "no run nope" in result.stderr
    assert "auditor runs" not in result.stderr  # there is no such command
    run_id = Path(done.output.strip().splitlines()[-1]).parent.name
    assert run_id in result.stderr


def test_130_for_ctrl_c_is_documented_with_the_others() -> None:
    assert EXIT_INTERRUPTED == 130
    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    assert "130 interrupted" in " ".join(result.output.split())
