"""`auditor review ...` end to end on the demo: list, decide, respond, allow, import,
history; decisions show in the report and survive the next run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import review
from auditor.cli import app
from auditor.store import Store

runner = CliRunner()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    result = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    return tmp_path


def cli(demo: Path, *args: str) -> str:
    result = runner.invoke(app, ["review", *args, "--demo", "--report-dir", str(demo)])
    assert result.exit_code == 0, result.output
    return result.stdout


def items(demo: Path) -> list[review.ReviewItem]:
    with Store.open(demo / ".demo" / "auditor.db") as store:
        return review.list_items(store)


def card_statuses(demo: Path) -> dict[str, str]:
    run_dir = max(p for p in demo.iterdir() if (p / "findings.json").is_file())
    data = json.loads((run_dir / "findings.json").read_text(encoding="utf-8"))
    return {p["post_id"]: p["status"] for p in data["posts"]}


def test_list_shows_ids_people_rules_and_status(demo: Path) -> None:
    out = cli(demo, "list")
    everything = items(demo)
    assert everything and all(i.status == "open" for i in everything)
    assert everything[0].finding_id in out
    assert f"open {len(everything)}" in out
    one = everything[0].person_id
    mine = cli(demo, "list", "--person", one)
    assert all(i.finding_id in mine for i in everything if i.person_id == one)
    assert "no findings match" in cli(demo, "list", "--status", "dismissed")


def test_decide_then_history_and_the_report_shows_the_decision(demo: Path) -> None:
    target = items(demo)[0]
    out = cli(
        demo,
        "decide",
        target.finding_id,
        "--decision",
        "escalated",
        "--reviewer",
        "hr-ana",
        "--note",
        "raised with the manager",
    )
    assert f"{target.finding_id} ({target.person_id}, {target.rule}): open -> escalated" in out
    assert card_statuses(demo)[target.post_id] == "escalated"
    listed = cli(demo, "list", "--status", "escalated")
    assert target.finding_id in listed and "hr-ana" in listed
    cli(demo, "respond", target.finding_id, "--text", "It was a quote from a film.")
    history = cli(demo, "history", target.finding_id)
    for text in ("hr-ana", "decide", "open", "escalated", "raised with the manager", "respond"):
        assert text in history
    assert f"person:{target.person_id}" in history


def test_a_dismissed_finding_does_not_come_back_on_the_next_run(demo: Path) -> None:
    everything = items(demo)
    # A post whose only finding is dismissed: the card's status is then the decision.
    target = next(i for i in everything if [j.post_id for j in everything].count(i.post_id) == 1)
    cli(demo, "decide", target.finding_id, "--decision", "dismissed", "--reviewer", "hr-bo")
    again = runner.invoke(app, ["run", "--demo", "--report-dir", str(demo), "--fail-on", "low"])
    assert again.exit_code == 0, again.output
    assert card_statuses(demo)[target.post_id] in ("dismissed", "escalated", "acknowledged")
    assert target.finding_id not in cli(demo, "list", "--status", "open")


def test_allow_marks_stored_findings_and_the_next_scorer_gets_the_term(demo: Path) -> None:
    target = next(i for i in items(demo) if i.category in ("profanity", "insult"))
    word = target.matched[0]
    out = cli(
        demo,
        "allow",
        word,
        "--person",
        target.person_id,
        "--reason",
        "an in-joke",
        "--reviewer",
        "hr-ana",
    )
    assert "allowed for " + target.person_id in out
    assert target.finding_id in cli(demo, "list", "--status", "allowed")
    cli(demo, "allow", "Globex", "--reason", "competitor name is fine to say")
    with Store.open(demo / ".demo" / "auditor.db") as store:
        assert review.global_allow_terms(store) == ("globex",)


def test_import_applies_a_decisions_file(demo: Path, tmp_path: Path) -> None:
    chosen = items(demo)[:3]
    path = tmp_path / "decisions.json"
    path.write_text(
        json.dumps(
            {
                "decisions": [
                    {"finding": i.finding_id, "decision": "acknowledged", "reviewer": "hr-ana"}
                    for i in chosen
                ]
            }
        ),
        encoding="utf-8",
    )
    assert "3 decisions applied, 0 already recorded" in cli(demo, "import", str(path))
    assert "0 decisions applied, 3 already recorded" in cli(demo, "import", str(path))
    acknowledged = cli(demo, "list", "--status", "acknowledged")
    assert all(i.finding_id in acknowledged for i in chosen)


def test_errors_are_usage_errors(demo: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            *("review", "decide", "000000000000", "--decision", "dismissed"),
            *("--reviewer", "a", "--demo", "--report-dir", str(demo)),
        ],
    )
    assert result.exit_code == 2 and "no finding '000000000000'" in result.stderr
    empty = runner.invoke(app, ["review", "list", "--demo", "--report-dir", str(tmp_path / "x")])
    assert empty.exit_code == 2 and "run `auditor run --demo --report-dir" in empty.stderr


def test_every_new_command_and_option_has_help_text() -> None:
    import typer.main

    root = typer.main.get_command(app)
    commands = root.commands  # type: ignore[attr-defined]
    group = commands["review"]
    mine = [("run", commands["run"]), ("scan", commands["scan"]), ("doctor", commands["doctor"])]
    mine += [("purge", commands["purge"]), ("review", group)]
    mine += [(f"review {n}", c) for n, c in group.commands.items()]
    missing = [
        f"{path}: {param.name}"
        for path, command in mine
        for param in command.params
        if param.name != "help" and not getattr(param, "help", None)
    ]
    missing += [path for path, command in mine if not command.help]
    missing += [f"auditor: {p.name}" for p in root.params if not getattr(p, "help", None)]
    assert missing == []
    assert set(group.commands) == {"list", "decide", "respond", "allow", "import", "history"}


def test_a_term_allowed_for_everyone_does_not_flag_new_posts(tmp_path: Path) -> None:
    import shutil

    from auditor import runtime

    root = tmp_path / "site"
    shutil.copytree(runtime.sample_dir(), root)
    config = str(root / "auditor.toml")
    posts = root / "posts" / "p03.jsonl"

    def add(post_id: str, text: str) -> None:
        line = {"id": post_id, "created_at": "2026-11-20T10:00:00Z", "text": text}
        with posts.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")

    def findings_of(post_id: str) -> list[str]:
        with Store.open(root / "auditor.db") as store:
            return [i.rule for i in review.list_items(store) if i.post_id == f"p03/{post_id}"]

    add("n1", "Honestly that referee is a total moron.")
    assert runner.invoke(app, ["run", "--config", config]).exit_code == 0
    assert findings_of("n1")  # flagged before the term is allowed
    allowed = runner.invoke(
        app, ["review", "allow", "moron", "--reason", "team chant", "--config", config]
    )
    assert allowed.exit_code == 0, allowed.output
    add("n2", "Honestly that referee is a total moron.")
    assert runner.invoke(app, ["run", "--config", config]).exit_code == 0
    assert findings_of("n2") == []


def test_demo_without_a_store_names_the_demo_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["review", "list", "--demo"])
    assert result.exit_code != 0
    assert "run `auditor run --demo` first" in result.output
    assert "--report-dir" in result.output
    elsewhere = tmp_path / "my reports"
    result = runner.invoke(app, ["review", "list", "--demo", "--report-dir", str(elsewhere)])
    assert f"run `auditor run --demo --report-dir '{elsewhere}'` first" in result.output


def test_list_masks_personal_data_as_the_report_does(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.cli.common import console
    from auditor.redact import is_personal, mask

    personal = [i for i in items(demo) if is_personal(i.category, i.rule)]
    assert personal, "the demo has e-mail addresses and phone numbers"
    monkeypatch.setattr(console, "width", 400)  # one line per row: no word is folded
    result = runner.invoke(app, ["review", "list", "--demo", "--report-dir", str(demo)])
    assert result.exit_code == 0, result.output
    for item in personal:
        for words in item.matched:
            assert words not in result.stdout
            assert mask(words) in result.stdout
