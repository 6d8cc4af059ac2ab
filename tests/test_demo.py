"""The whole demo audit, end to end and offline: sample -> store -> scores -> HTML report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.pipeline import Auditor
from auditor.report import write_report
from auditor.store import Store
from tests.helpers import FixedClock

REVOKED_OR_EXPIRED = ("p06", "p07")


def sample_texts(person_id: str) -> list[str]:
    """Distinctive texts of one sample person, read from the sample files themselves."""
    folder = runtime.sample_dir()
    texts: list[str] = []
    for path in folder.glob(f"**/{person_id}*"):
        if path.suffix == ".jsonl":
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
        elif path.suffix == ".js":
            body = path.read_text().split("=", 1)[1]
            texts += [item["tweet"]["full_text"] for item in json.loads(body)]
    return [t for t in texts if len(t) > 30 and "&" not in t and "<" not in t]


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Store, str, Path]:
    config = runtime.demo_config(tmp_path / "reports")
    clock = FixedClock()
    people = runtime.load_people(config, clock=clock)
    store = Store.open(config.store_path)
    store.import_roster(people)
    auditor = Auditor(
        store=store,
        scorer=runtime.make_scorer(config),
        sources=runtime.build_sources(config, network=None, clock=clock),
        clock=clock,
    )
    summary = auditor.run(store.people(), kind="demo")
    path = write_report(store, summary.run_id, config.report_dir)
    return store, summary.run_id, path


def test_the_demo_reads_only_consented_people_and_flags_risky_posts(
    demo: tuple[Store, str, Path],
) -> None:
    store, run_id, path = demo
    record = store.run(run_id)
    assert record is not None
    summary = record.summary
    assert summary["people"] == 6
    assert summary["accounts_failed"] == []
    assert 100 <= int(summary["posts_read"]) <= 160  # type: ignore[call-overload]
    for person_id in REVOKED_OR_EXPIRED:
        assert store.count_posts(person_id) == 0
    flagged = store.flagged_posts()
    categories = {f.category for p in flagged for f in p.findings}
    assert {"profanity", "insult", "political", "credentials", "employer_criticism"} <= categories
    html = path.read_text(encoding="utf-8")
    assert path.name == "index.html"
    for person_id in REVOKED_OR_EXPIRED:
        for text in sample_texts(person_id):
            assert text not in html


def test_the_demo_report_never_shows_a_secret_in_clear(demo: tuple[Store, str, Path]) -> None:
    store, _, path = demo
    html = path.read_text(encoding="utf-8")
    dump = "\n".join(store.conn.iterdump())
    for secret in ("4111 1111 1111 1111", "4111111111111111", "AKIAEXAMPLEFAKEKEYZZ"):
        assert secret not in html
        assert secret not in dump


def test_the_demo_command_prints_a_summary_and_the_report_path_last(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert any(line.startswith("people scanned: 6") for line in lines)
    assert any(line.startswith("posts read:") for line in lines)
    assert any(line.startswith("flagged") for line in lines)
    assert "0 reports re-rendered" not in result.output  # a new store has none to render
    report = Path(lines[-1])
    assert report.is_file()
    assert report.parent.parent == tmp_path / "r"
    again = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path / "r")])
    assert again.exit_code == 0, again.output
    assert "new: 0" in again.output
