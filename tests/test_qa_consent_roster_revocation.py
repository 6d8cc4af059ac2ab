"""A consent_revoked date in a roster file works like `roster revoke`: the person's posts leave
the store and every report on disk, and the command says what was revoked and deleted."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.sources.base import utcnow
from auditor.store import Store
from tests.helpers import person

runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    shutil.copytree(runtime.sample_dir(), tmp_path / "proj")
    return tmp_path / "proj"


def p08_texts(project: Path) -> list[str]:
    lines = (project / "posts" / "p08.jsonl").read_text().splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def revoke_in_file(roster: Path, day: str) -> None:
    lines = roster.read_text().splitlines()
    out = []
    for line in lines:
        if line.startswith("p08,"):
            cells = line.split(",")
            cells[7] = day  # consent_revoked
            line = ",".join(cells)
        out.append(line)
    roster.write_text("\n".join(out) + "\n")


def report_files(project: Path) -> list[Path]:
    return [
        p
        for p in (project / "reports").glob("*/*")
        if p.name in ("index.html", "findings.json", "findings.csv")
    ]


def first_run(project: Path) -> Path:
    result = runner.invoke(app, ["run", "--config", str(project / "auditor.toml")])
    assert result.exit_code == 0, result.output
    page = Path(result.output.strip().splitlines()[-1])
    assert any(t[:40] in page.read_text() for t in p08_texts(project))
    return page


def assert_p08_gone(project: Path) -> None:
    with Store.open(project / "auditor.db") as store:
        assert store.count_posts("p08") == 0
    files = report_files(project)
    assert len(files) >= 3
    for path in files:
        text = path.read_text()
        for post in p08_texts(project):
            assert post[:40] not in text, path
        # Nor their name and consent reference in the people section.
        assert "Sam Okafor-Lind" not in text and "HR-2025-041" not in text, path


def test_a_revocation_in_roster_path_leaves_every_report_when_run_imports_it(
    project: Path,
) -> None:
    first_run(project)
    yesterday = (utcnow().date() - timedelta(days=1)).isoformat()
    revoke_in_file(project / "roster.csv", yesterday)

    result = runner.invoke(app, ["run", "--config", str(project / "auditor.toml")])

    assert result.exit_code == 0, result.output
    assert f"consent of p08 revoked on {yesterday};" in result.output
    assert "1 reports re-rendered" in result.output
    assert_p08_gone(project)
    # p06 withdrew consent before the first run: never in any report, name included.
    assert not any("Helen Mbeki-Strand" in p.read_text() for p in report_files(project))
    again = runner.invoke(app, ["run", "--config", str(project / "auditor.toml")])
    assert again.exit_code == 0, again.output
    assert "consent of p08" not in again.output  # recorded once, not again on every run


def test_roster_import_of_a_file_with_a_revocation_rerenders_the_reports(project: Path) -> None:
    first_run(project)
    yesterday = (utcnow().date() - timedelta(days=1)).isoformat()
    other = project / "roster-hr.csv"
    other.write_text((project / "roster.csv").read_text())
    revoke_in_file(other, yesterday)

    result = runner.invoke(
        app, ["roster", "import", str(other), "--config", str(project / "auditor.toml")]
    )

    assert result.exit_code == 0, result.output
    assert "imported 8 people" in result.output
    assert f"consent of p08 revoked on {yesterday};" in result.output
    deleted = int(result.output.split(f"revoked on {yesterday}; ")[1].split(" posts")[0])
    assert deleted == len(p08_texts(project))
    assert "1 reports re-rendered" in result.output
    assert_p08_gone(project)


def test_import_roster_returns_only_the_revocations_it_newly_recorded(store: Store) -> None:
    today = utcnow().date()
    people = [
        person("p1", ("jsonl", "/data/p1.jsonl"), revoked=today),
        person("p2", ("jsonl", "b")),
    ]
    first = store.import_roster(people)
    assert [(r.person_id, r.on, r.posts_deleted) for r in first.revoked] == [("p1", today, 0)]
    assert (first.people, first.accounts) == (2, 2)
    assert store.import_roster(people).revoked == ()
