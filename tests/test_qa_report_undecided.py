"""The headline tells the truth the morning after: with nothing new, findings nobody has
decided yet are still counted ("Nothing new needs review today; 40 earlier posts are still
undecided"), read from the store when the report is written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.report import build_report
from auditor.report.build import headline
from auditor.review import decide, finding_id, list_items, report_decisions
from tests.test_report_support import make_store

NONE = {"critical": 0, "high": 0, "medium": 0, "low": 0}


def test_headline_with_nothing_new_counts_the_earlier_undecided_posts() -> None:
    earlier = {**NONE, "critical": 3, "high": 9}
    assert headline(0, NONE, 0, 0, undecided=45, undecided_by_band=earlier) == (
        "Nothing new needs review today; 45 earlier posts are still undecided "
        "(3 critical, 9 high).",
        "",
        "attention",
    )
    assert headline(0, NONE, 0, 0, undecided=1)[0] == (
        "Nothing new needs review today; 1 earlier post is still undecided."
    )
    assert headline(0, NONE, 0, 0) == ("Nothing needs you today.", "", "calm")


def test_deciding_the_earlier_posts_takes_them_out_of_the_count() -> None:
    store, (_, second) = make_store(hostile=False)
    before = build_report(store, second, decisions=report_decisions(store)).summary
    assert before.undecided_earlier == 4  # a1, b1, e1, e2 from the first run
    assert before.undecided_earlier_by_band["critical"] == 2
    for item in list_items(store):
        if item.post_id in ("a1", "e1", "e2"):
            decide(store, item.finding_id, decision="acknowledged", reviewer="hr")
    decide(store, finding_id("mastodon", "b1", "employer.criticism"), decision="dismissed",
           reviewer="hr")  # fmt: skip
    assert build_report(store, second, decisions=report_decisions(store)).summary.undecided_earlier
    decide(store, finding_id("mastodon", "b1", "pii.email"), decision="dismissed", reviewer="hr")
    after = build_report(store, second, decisions=report_decisions(store)).summary
    assert after.undecided_earlier == 0
    assert "undecided" not in after.headline_detail


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    shutil.copytree(runtime.sample_dir(), tmp_path / "proj")
    return tmp_path / "proj" / "auditor.toml"


def test_the_next_mornings_report_does_not_say_nothing_needs_you(sample: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["run", "--config", str(sample)]).exit_code == 0
    second = runner.invoke(app, ["run", "--config", str(sample)])
    assert second.exit_code == 0, second.output
    page = Path(second.stdout.strip().splitlines()[-1])
    run = json.loads((page.parent / "findings.json").read_text())["run"]

    assert run["new_flagged"] == 0
    assert run["undecided_earlier"] + run["protected_review"] == run["flagged"]
    assert run["undecided_earlier"] > 0
    assert run["headline"].startswith(
        f"Nothing new needs review today; {run['undecided_earlier']} earlier posts are still "
        "undecided ("
    )
    assert "Nothing needs you today" not in page.read_text()
