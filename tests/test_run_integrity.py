"""What a run stores and reports stays right when something happens during it: a revocation
made while it reads, a kill or crash after it stored posts, Ctrl-C."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.models import Account
from auditor.pipeline import CONSENT_ENDED, Auditor
from auditor.report import write_report
from auditor.review import attention_items
from auditor.sources.base import Batch
from auditor.store import Store
from tests.helpers import FixedClock, person
from tests.test_exit_codes import sample_config
from tests.test_pipeline import ListSource, WordScorer

runner = CliRunner()


class RevokingSource(ListSource):
    """Revokes `victim`'s consent while reading their account, like `roster revoke` run in
    another terminal during the run: its own connection to the store file (deterministic: the
    revocation commits before the batch is saved)."""

    def __init__(self, path: Path, clock: FixedClock, victim: str, posts: dict[str, list[str]]):
        super().__init__(posts)
        self.path, self.clock, self.victim = path, clock, victim

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        batch = super().fetch(account, cursor)
        if account.person_id == self.victim:
            now = self.clock()
            with Store.open(self.path) as other:
                other.revoke(self.victim, on=now.date(), now=now)
        return batch


def test_a_revocation_during_the_run_stores_nothing_of_that_person(
    clock: FixedClock, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "auditor.db")
    people = [person("q1", ("jsonl", "q1.jsonl")), person("q2", ("jsonl", "q2.jsonl"))]
    store.import_roster(people)
    posts = {"q1.jsonl": ["q1 secret bad words", "q1 other"], "q2.jsonl": ["q2 bad", "q2 ok"]}
    source = RevokingSource(tmp_path / "auditor.db", clock, "q1", posts)
    auditor = Auditor(store=store, scorer=WordScorer(), sources={"jsonl": source}, clock=clock)
    summary = auditor.run(store.people())

    assert store.count_posts("q1") == 0
    assert store.count_posts("q2") == 2
    assert summary.accounts_skipped == [("jsonl:q1.jsonl", CONSENT_ENDED)]
    assert (summary.posts_read, summary.posts_new, summary.flagged_by_band["medium"]) == (2, 2, 1)
    assert store.cursor("jsonl:q1.jsonl") is None
    store.finish_run(summary.run_id, finished_at=clock(), status="done", summary=summary.as_dict())
    page = write_report(store, summary.run_id, tmp_path)
    for path in (page, page.parent / "findings.csv", page.parent / "findings.json"):
        assert "q1 secret" not in path.read_text(encoding="utf-8")
    store.close()


def interrupted_then_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> Path:
    """Run the sample, crashing at `where` after the posts are stored; returns the config."""
    config = sample_config(tmp_path)

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed")

    with monkeypatch.context() as patch:
        patch.setattr(where, crash)
        killed = runner.invoke(app, ["run", "--config", str(config)])
    assert isinstance(killed.exception, RuntimeError), killed.output
    return config


@pytest.mark.parametrize(
    "where", ["auditor.pipeline.Auditor._finish", "auditor.cli.audit.write_report"]
)
def test_posts_of_an_interrupted_run_are_new_in_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    config = interrupted_then_run(tmp_path, monkeypatch, where)
    with Store.open(config.parent / "auditor.db") as store:
        stored = store.count_posts()
        (killed,) = store.runs()
    assert stored > 0

    result = runner.invoke(app, ["run", "--config", str(config), "--fail-on", "high"])
    assert result.exit_code == 3, result.output  # the adopted findings count for --fail-on
    assert "flagged (new or edited posts, by band): critical 0, high 0" not in result.output
    assert f"new: {stored}" in result.output
    with Store.open(config.parent / "auditor.db") as store:
        newest, first = store.runs()
        assert first.status == "interrupted"
        assert store.count_posts() == stored  # no duplicate, none missing
        assert attention_items(store, newest.run_id, "high")  # what notifications send
        assert newest.summary["posts_new"] == stored
    page = Path(result.output.strip().splitlines()[-1])
    with (page.parent / "findings.csv").open(encoding="utf-8") as f:
        statuses = {row["status"] for row in csv.DictReader(f)}
    assert statuses == {"new"}
    assert json.loads((page.parent / "findings.json").read_text())["posts"]
    index = (page.parent.parent / "index.html").read_text(encoding="utf-8")
    assert f'href="{killed.run_id}/index.html"' not in index
    assert f'href="{newest.run_id}/index.html"' in index


def test_a_run_is_done_only_once_its_report_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = interrupted_then_run(tmp_path, monkeypatch, "auditor.cli.audit.write_report")
    again = runner.invoke(app, ["run", "--config", str(config)])
    assert again.exit_code == 0, again.output
    with Store.open(config.parent / "auditor.db") as store:
        assert [r.status for r in store.runs()] == ["done", "interrupted"]
    third = runner.invoke(app, ["run", "--config", str(config)])
    assert "new: 0" in third.output  # adopted once, not again


def test_an_edit_read_by_an_interrupted_run_counts_in_the_run_that_adopts_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The edit is stored, the run killed before its summary and report: the next run says
    'edited: 1' (in its run record too) and renders the earlier reports again, so the first
    run's report loses the earlier text; the run after that counts it no more."""
    from tests.helpers import write_jsonl
    from tests.test_edited_posts import NEW, OLD, OLD_WORD, line

    config = sample_config(tmp_path)
    root = config.parent
    posts = root / "posts" / "edited.jsonl"
    with (root / "roster.csv").open("a", encoding="utf-8") as roster:
        roster.write("p09,Edith Ward,staff,jsonl,posts/edited.jsonl,2025-01-01,,,HR-9\n")
    created = "2026-01-05T09:00:00Z"
    write_jsonl(posts, [line(1, OLD, created)])
    first = runner.invoke(app, ["run", "--config", str(config)])
    assert first.exit_code == 0, first.output
    reports = [p for p in root.rglob("*") if p.suffix in (".html", ".json", ".csv")]
    assert [p for p in reports if OLD_WORD.encode() in p.read_bytes()]

    write_jsonl(posts, [line(1, NEW, created)])

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed")

    with monkeypatch.context() as patch:
        patch.setattr("auditor.pipeline.Auditor._finish", crash)
        killed_run = runner.invoke(app, ["run", "--config", str(config)])
    assert isinstance(killed_run.exception, RuntimeError), killed_run.output

    adopting = runner.invoke(app, ["run", "--config", str(config)])
    assert adopting.exit_code == 0, adopting.output
    assert "new: 0   edited: 1" in adopting.output
    with Store.open(root / "auditor.db") as store:
        newest, killed, _ = store.runs()
        assert killed.status == "interrupted"
        assert newest.summary["posts_edited"] == 1
        [gone] = store.unflagged_edits()
        assert [e.run_id for e in gone.edits] == [newest.run_id]  # seen in the adopting run
    leftovers = [p for p in root.rglob("*") if p.suffix in (".html", ".json", ".csv")]
    assert leftovers and not [p for p in leftovers if OLD_WORD.encode() in p.read_bytes()]

    after = runner.invoke(app, ["run", "--config", str(config)])
    assert "edited:" not in after.output  # adopted once, not again


def test_ctrl_c_ends_the_run_with_one_line_and_code_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = sample_config(tmp_path)

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("auditor.pipeline.Auditor._finish", interrupt)
    result = runner.invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 130
    assert "interrupted: what was stored is whole; the next run completes it" in result.output
    assert "Traceback" not in result.output


def test_the_summary_lists_accounts_skipped_because_consent_ended(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from datetime import date

    from auditor.cli.audit import _print_summary
    from auditor.pipeline import RunSummary

    summary = RunSummary("r1", "run", date(2026, 11, 24))
    summary.accounts_skipped.append(("jsonl:q1.jsonl", CONSENT_ENDED))
    _print_summary(summary, Path("reports/r1/index.html"))
    assert f"skipped jsonl:q1.jsonl: {CONSENT_ENDED}" in capsys.readouterr().out
