"""`auditor check`: scoring without a store, in table, JSON and streaming JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app

runner = CliRunner()
KEYS = {"id", "score", "band", "categories", "findings", "policy_version", "tool_version"}
FINDING_KEYS = {"category", "rule", "severity", "start", "end", "matched", "decoded"}


@pytest.fixture(autouse=True)
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)


def test_check_works_without_any_config_and_prints_the_json_contract() -> None:
    text = "no one here knows how to f***ing drive"
    result = runner.invoke(app, ["check", "--format", "json", text])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert set(record) >= KEYS
    assert record["band"] in ("medium", "high", "critical")
    assert "profanity" in record["categories"]
    finding = record["findings"][0]
    assert set(finding) >= FINDING_KEYS
    assert text[finding["start"] : finding["end"]] == finding["matched"]
    assert finding["decoded"].startswith("fuck")


def test_check_file_streams_jsonl_in_input_order(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        '{"id": "a", "text": "lovely dinner with the team"}\n'
        '{"id": "b", "text": "this is sh!t"}\n'
        '{"id": "c", "text": "excited for the new season of Dexter"}\n'
    )
    result = runner.invoke(app, ["check", "--file", str(posts), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert [r["band"] == "none" for r in records] == [True, False, True]


def test_check_masks_secrets_in_its_output() -> None:
    result = runner.invoke(
        app,
        [
            "check",
            "--format",
            "json",
            "my card is 4111 1111 1111 1111 and key AKIAABCDEFGHIJKLMNOP",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "4111 1111 1111 1111" not in result.output
    assert "AKIAABCDEFGHIJKLMNOP" not in result.output


def test_check_table_is_the_default() -> None:
    result = runner.invoke(app, ["check", "you absolute a**hole"])
    assert result.exit_code == 0, result.output
    assert "auditor check" in result.output


def test_check_refuses_a_bad_file_with_the_line(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n')
    result = runner.invoke(app, ["check", "--file", str(posts)])
    assert result.exit_code == 2
    assert "line 2" in str(result.exception) + result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "error: nothing to score: give TEXT, or --file PATH (a JSONL file, - for stdin)"),
        (["some text", "--file", "-"], "error: give TEXT or --file PATH, not both"),
    ],
)
def test_check_needs_text_or_file_and_says_which_mistake(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["check", *args])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "text": 123}', "line 1: 'text' must be text, not a number"),
        ('{"id": "a", "text": null}', "line 1: 'text' must be text, not null"),
        ('{"id": "a"}', "line 1: 'text' is missing"),
    ],
)
def test_check_says_whether_text_is_missing_or_not_text(
    tmp_path: Path, line: str, message: str
) -> None:
    posts = tmp_path / "bad.jsonl"
    posts.write_text(line + "\n")
    result = runner.invoke(app, ["check", "--file", str(posts)])
    assert result.exit_code == 2
    assert f"error: {posts}, {message}" in result.output


def test_check_spans_point_into_the_input_even_after_a_masked_secret() -> None:
    text = 'Password = "p@ss w0rd long" and you are an idiot'
    result = CliRunner().invoke(app, ["check", "--format", "json", text])
    assert result.exit_code == 0, result.output
    (post,) = (
        json.loads(result.stdout)
        if result.stdout.lstrip().startswith("[")
        else [json.loads(result.stdout)]
    )
    assert "p@ss" not in result.stdout and "w0rd" not in result.stdout
    insults = [f for f in post["findings"] if f["category"] == "insult"]
    assert insults
    for f in insults:
        assert text[f["start"] : f["end"]].lower().endswith("idiot")
