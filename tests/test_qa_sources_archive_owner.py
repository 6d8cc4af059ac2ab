"""An X archive is stored only under the person it belongs to: its data/account.js username and
its path are checked against the roster before anything (posts or cursor) is stored."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.models import Account, Person
from auditor.pipeline import Auditor
from auditor.sources.archive import ArchiveSource
from auditor.sources.base import SourceError
from auditor.store import Store
from tests.helpers import NOW, FixedClock, person
from tests.test_pipeline import WordScorer
from tests.test_source_files import tweet, ytd


def archive(path: Path, username: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/tweets.js", ytd([tweet(1, "one"), tweet(2, "bad two")]))
        zf.writestr("data/account.js", ytd([{"account": {"username": username}}], "account"))
    return path


def roster(store: Store, *people: Person) -> None:
    store.import_roster(list(people), now=NOW)


def auditor(store: Store) -> Auditor:
    return Auditor(
        store=store,
        scorer=WordScorer(),
        sources={"archive": ArchiveSource(clock=FixedClock())},
        clock=FixedClock(),
    )


def handed_over(store: Store, who: str, path: Path) -> Account:
    """The account `scan --archive PATH --person WHO` builds."""
    target = store.person(who)
    assert target is not None
    return Account(who, "archive", str(path.resolve()), target.accounts[0].consent)


def scan(store: Store, who: str, path: Path) -> None:
    account = handed_over(store, who, path)
    batch = ArchiveSource(clock=FixedClock()).read(path, account)
    auditor(store).scan_batch(account, batch)


def test_another_persons_roster_archive_is_refused_and_its_owner_still_reads_it(
    store: Store, tmp_path: Path
) -> None:
    zip_path = archive(tmp_path / "p02.zip", "marcus_runs")
    p01 = person("p01", ("archive", str(tmp_path / "p01.js")))
    p02 = person("p02", ("archive", str(zip_path)))
    roster(store, p01, p02)
    with pytest.raises(SourceError) as err:
        scan(store, "p01", zip_path)
    assert err.value.exit_code == 2
    assert err.value.message == (
        f"{zip_path} is p02's archive on the roster (its data/account.js says @marcus_runs), "
        "not p01's: scan it with --person p02, or ask p01 for their own archive"
    )
    assert store.count_posts() == 0
    assert store.cursor(f"archive:{zip_path}") is None
    summary = auditor(store).run([p02])
    assert summary.posts_new == 2
    assert store.count_posts("p02") == 2


def test_an_archive_of_another_persons_x_handle_is_refused(store: Store, tmp_path: Path) -> None:
    zip_path = archive(tmp_path / "handed-over.zip", "Marcus_Runs")
    roster(store, person("p01", ("x", "@dana")), person("p02", ("x", "@marcus_runs")))
    with pytest.raises(SourceError) as err:
        scan(store, "p01", zip_path)
    assert err.value.message.startswith(
        f"{zip_path} is the X archive of @Marcus_Runs, p02's X handle on the roster, not p01's"
    )
    assert store.count_posts() == 0


def test_an_archive_matching_none_of_the_persons_x_handles_is_refused(
    store: Store, tmp_path: Path
) -> None:
    zip_path = archive(tmp_path / "handed-over.zip", "someone_else")
    roster(store, person("p01", ("x", "@dana"), ("x", "@dana_runs")))
    with pytest.raises(SourceError) as err:
        scan(store, "p01", zip_path)
    assert err.value.message == (
        f"{zip_path} is the X archive of @someone_else, but p01's X handles on the roster are "
        "@dana, @dana_runs: ask p01 for their own archive, or add that handle to the roster"
    )


def test_an_archive_of_the_persons_own_handle_is_stored_without_a_cursor(
    store: Store, tmp_path: Path
) -> None:
    zip_path = archive(tmp_path / "handed-over.zip", "DANA")
    roster(store, person("p01", ("x", "@dana")))
    scan(store, "p01", zip_path)
    assert store.count_posts("p01") == 2
    # Not a roster account: no later run reads it, so no cursor is kept that could hide it.
    assert store.cursor(f"archive:{zip_path}") is None


def test_a_scan_of_the_persons_own_roster_archive_keeps_its_cursor(
    store: Store, tmp_path: Path
) -> None:
    zip_path = archive(tmp_path / "p02.zip", "marcus_runs")
    roster(store, person("p02", ("archive", str(zip_path))))
    scan(store, "p02", zip_path)
    assert store.count_posts("p02") == 2
    assert store.cursor(f"archive:{zip_path}") is not None


def test_the_nightly_run_fails_a_roster_archive_of_someone_elses_handle(
    store: Store, tmp_path: Path
) -> None:
    zip_path = archive(tmp_path / "p02.zip", "dana")
    people = [person("p01", ("x", "@dana")), person("p02", ("archive", str(zip_path)))]
    roster(store, *people)
    summary = auditor(store).run([people[1]])
    assert summary.accounts_failed == [
        (
            f"archive:{zip_path}",
            f"{zip_path} is the X archive of @dana, p01's X handle on the roster, not p02's: "
            "check the roster's handle column",
        )
    ]
    assert store.count_posts() == 0
    assert store.cursor(f"archive:{zip_path}") is None


def test_scan_cli_refuses_the_sample_p02_archive_for_p01(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AUDITOR_CONFIG", raising=False)
    shutil.copytree(runtime.sample_dir(), tmp_path / "proj")
    monkeypatch.chdir(tmp_path / "proj")
    result = CliRunner().invoke(app, ["scan", "--archive", "archives/p02.zip", "--person", "p01"])
    assert result.exit_code == 2, result.output
    assert "is p02's archive on the roster (its data/account.js says @marcus_runs)" in (
        result.output
    )
    listed = CliRunner().invoke(app, ["review", "list", "--person", "p01"])
    assert "marcus" not in listed.output.lower()
