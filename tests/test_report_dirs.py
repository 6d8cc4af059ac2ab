"""Reports written outside [report] dir (`run --report-dir`, `report --report-dir`) are
rendered again like the others: a revocation, a purge or a review decision reaches every folder
a run's report was written to, which the store records (schema 5)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from auditor import review, runtime
from auditor.cli import app
from auditor.store import SCHEMA_VERSION, Store

runner = CliRunner()

# p08 of the bundled sample: flagged posts, a name and a consent reference in every report.
NAME, REFERENCE = "Sam Okafor-Lind", "HR-2025-041"


@dataclass(frozen=True)
class Site:
    root: Path

    @property
    def config(self) -> str:
        return str(self.root / "auditor.toml")

    @property
    def db(self) -> Path:
        return self.root / "auditor.db"

    @property
    def reports(self) -> Path:  # [report] dir
        return self.root / "reports"

    def cli(self, *args: str) -> Result:
        result = runner.invoke(app, [*args, "--config", self.config])
        assert result.exit_code == 0, result.output
        return result

    def run(self, *args: str) -> str:
        """A nightly run; returns its run id."""
        out = self.cli("run", *args).stdout
        return Path(out.strip().splitlines()[-1]).parent.name


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    shutil.copytree(runtime.sample_dir(), tmp_path / "site")
    return Site(tmp_path / "site")


def p08_posts(site: Site) -> list[tuple[str, str]]:
    """(post id, start of the text) of each of p08's posts."""
    lines = (site.root / "posts" / "p08.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [(str(r["id"]), r["text"][:40]) for r in rows]


def files(folder: Path, run_id: str) -> dict[str, str]:
    """The run's page and exports in `folder`, by name."""
    names = ("index.html", "findings.json", "findings.csv")
    return {n: (folder / run_id / n).read_text(encoding="utf-8") for n in names}


def assert_p08_in(folder: Path, run_id: str, site: Site) -> None:
    for name, text in files(folder, run_id).items():
        assert NAME in text, name
        assert any(post_id in text for post_id, _ in p08_posts(site)), name
        if name != "findings.csv":  # (the CSV has the matched words, not the text)
            assert any(start in text for _, start in p08_posts(site)), name


def assert_p08_gone(folder: Path, run_id: str, site: Site) -> None:
    for name, text in files(folder, run_id).items():
        assert NAME not in text and REFERENCE not in text, name
        for post_id, start in p08_posts(site):
            assert post_id not in text and start not in text, name


def revoke_in_roster(site: Site) -> None:
    roster = site.root / "roster.csv"
    lines = roster.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("p08,"):
            cells = line.split(",")
            cells[7] = "2026-01-02"  # consent_revoked, in the past
            lines[i] = ",".join(cells)
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")


def set_retention(site: Site, unflagged: int, flagged: int) -> None:
    config = Path(site.config)
    config.write_text(
        config.read_text(encoding="utf-8")
        + f"\n[retention]\nunflagged_days = {unflagged}\nflagged_days = {flagged}\n",
        encoding="utf-8",
    )


def test_roster_revoke_removes_the_person_from_a_report_written_with_report_dir(
    site: Site, tmp_path: Path
) -> None:
    alt = tmp_path / "elsewhere"
    run_id = site.run("--report-dir", str(alt))
    assert_p08_in(alt, run_id, site)
    # The folder's listing is written again too.
    (alt / "index.html").unlink()
    (alt / "latest.html").unlink()

    result = site.cli("roster", "revoke", "p08")

    assert "1 reports re-rendered" in result.stdout
    assert_p08_gone(alt, run_id, site)
    assert run_id in (alt / "index.html").read_text(encoding="utf-8")
    assert f"{run_id}/index.html" in (alt / "latest.html").read_text(encoding="utf-8")
    assert not site.reports.exists() or not any(site.reports.iterdir())


def test_a_consent_revoked_date_in_the_roster_reaches_a_report_written_with_report_dir(
    site: Site, tmp_path: Path
) -> None:
    alt = tmp_path / "elsewhere"
    first = site.run("--report-dir", str(alt))
    revoke_in_roster(site)

    result = site.cli("run")  # imports [roster] path: the revocation is recorded now

    assert "consent of p08 revoked on 2026-01-02" in result.stdout
    assert "1 reports re-rendered" in result.stdout
    assert_p08_gone(alt, first, site)


def test_purge_removes_expired_posts_from_a_report_written_with_report_dir(
    site: Site, tmp_path: Path
) -> None:
    alt = tmp_path / "elsewhere"
    run_id = site.run("--report-dir", str(alt))
    with Store.open(site.db) as store:
        probe = store.flagged_posts()[0].post
    for text in files(alt, run_id).values():
        assert probe.post_id in text

    set_retention(site, 0, 0)
    result = site.cli("purge")

    assert "1 reports re-rendered" in result.stdout
    for name, text in files(alt, run_id).items():
        assert probe.post_id not in text and probe.text[:40] not in text, name
    assert json.loads(files(alt, run_id)["findings.json"])["posts"] == []


def test_a_review_decision_shows_in_a_report_written_with_report_dir(
    site: Site, tmp_path: Path
) -> None:
    alt = tmp_path / "elsewhere"
    run_id = site.run("--report-dir", str(alt))
    with Store.open(site.db) as store:
        target = review.list_items(store)[0]
    before = files(alt, run_id)

    site.cli("review", "decide", target.finding_id, "--decision", "escalated", "--reviewer", "hr")

    after = files(alt, run_id)
    data = json.loads(after["findings.json"])
    statuses = {p["post_id"]: p["status"] for p in data["posts"]}
    assert statuses[target.post_id] == "escalated"
    rows = list(csv.DictReader(io.StringIO(after["findings.csv"])))
    decided = {r["decision"] for r in rows if r["finding_id"] == target.finding_id}
    assert decided == {"escalated"}
    assert after["index.html"] != before["index.html"]
    assert after["index.html"].count("escalated") > before["index.html"].count("escalated")


def test_a_copy_written_by_report_with_report_dir_is_rendered_again_too(
    site: Site, tmp_path: Path
) -> None:
    run_id = site.run()
    copy = tmp_path / "for-hr"
    site.cli("report", run_id, "--report-dir", str(copy))
    assert_p08_in(copy, run_id, site)

    result = site.cli("roster", "revoke", "p08")

    assert "2 reports re-rendered" in result.stdout
    assert_p08_gone(site.reports, run_id, site)
    assert_p08_gone(copy, run_id, site)


def test_a_relative_report_dir_is_recorded_as_an_absolute_folder(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_id = site.run("--report-dir", "out")  # relative to the working folder, tmp_path
    with Store.open(site.db) as store:
        assert store.report_dirs()[run_id] == [(tmp_path / "out").resolve()]
    monkeypatch.chdir(site.root)  # revoking from elsewhere still finds it

    assert "1 reports re-rendered" in site.cli("roster", "revoke", "p08").stdout
    assert_p08_gone(tmp_path / "out", run_id, site)


def test_a_store_from_before_schema_5_is_upgraded_and_keeps_rendering_its_reports(
    site: Site, tmp_path: Path
) -> None:
    old = site.run()
    # As an auditor of schema 4 left it: no record of where reports were written (nor, from
    # schema 6, of edits).
    conn = sqlite3.connect(site.db)
    conn.execute("DROP TABLE IF EXISTS report_dirs")
    conn.execute("DROP TABLE IF EXISTS post_edits")
    conn.execute("ALTER TABLE posts DROP COLUMN version")
    conn.execute("ALTER TABLE posts DROP COLUMN edited_at")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()

    alt = tmp_path / "elsewhere"
    new = site.run("--report-dir", str(alt))  # opens and upgrades the store

    with Store.open(site.db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        recorded = store.report_dirs()
    assert old not in recorded and recorded[new] == [alt.resolve()]
    result = site.cli("roster", "revoke", "p08")
    # The old run's report is found in [report] dir, the new one's where it was written.
    assert "2 reports re-rendered" in result.stdout
    assert_p08_gone(site.reports, old, site)
    assert_p08_gone(alt, new, site)


def test_a_folder_that_cannot_be_written_is_named_and_the_others_are_still_rendered(
    site: Site, tmp_path: Path
) -> None:
    run_id = site.run()
    broken = tmp_path / "broken"
    site.cli("report", run_id, "--report-dir", str(broken))
    # A file that cannot be replaced (a folder now holds its name): writing the report fails.
    (broken / run_id / "findings.json").unlink()
    (broken / run_id / "findings.json").mkdir()

    result = site.cli("roster", "revoke", "p08")

    assert "1 reports re-rendered" in result.stdout
    assert f"cannot render the report of run {run_id} in {broken.resolve()}" in result.stderr
    assert_p08_gone(site.reports, run_id, site)
