"""findings.csv and findings.json carry each finding's review decision, its time and the card's
status, from the same source as the page; never the reviewer's note or the person's response."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import review
from auditor.cli import app
from auditor.decisions import import_decisions
from auditor.report import write_report
from auditor.report.render import CSV_FIELDS
from auditor.store import Store
from tests.helpers import person, write_jsonl
from tests.test_edited_posts import BENIGN, OFFENSIVE, jsonl, line, run
from tests.test_report_support import make_store

runner = CliRunner()
DECIDED = datetime(2026, 3, 4, 8, 15, tzinfo=UTC)
NOTE = "zq-note: Jane's sick leave, call 555-0100"
RESPONSE = "zq-response: my doctor told me to"


def exports(run_dir: Path) -> tuple[list[dict[str, str]], dict[str, dict[str, object]]]:
    """The CSV rows, and the JSON findings by finding id (each with its post's status)."""
    with (run_dir / "findings.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    doc = json.loads((run_dir / "findings.json").read_text(encoding="utf-8"))
    found = {
        f["finding_id"]: f | {"post_status": p["status"]}
        for p in doc["posts"]
        for f in p["findings"]
    }
    return rows, found


def test_new_columns_are_appended_after_the_old_ones() -> None:
    assert CSV_FIELDS.index("finding_id") == 15  # the last of the columns before decisions
    assert CSV_FIELDS[16:19] == ("decision", "decided_at", "status")
    assert CSV_FIELDS[19:22] == ("start", "end", "person_id")
    assert CSV_FIELDS[22:] == ("edited",)


def test_edited_says_when_the_edit_that_gave_the_row_its_text_was_seen(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p1.jsonl", [line(1, BENIGN), line(2, OFFENSIVE)])
    people = [person("p1", ("jsonl", str(path)))]
    with Store.memory() as store:
        run(store, people, jsonl())
        write_jsonl(path, [line(1, "what a fucking mess"), line(2, OFFENSIVE)])
        second = run(store, people, jsonl())
        assert second.posts_edited == 1
        [seen] = [e.seen_at for p in store.flagged_posts() for e in p.edits]
        write_report(store, second.run_id, tmp_path)
    with (tmp_path / second.run_id / "findings.csv").open(newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh))
    assert tuple(header) == CSV_FIELDS
    edited = {r[CSV_FIELDS.index("post_id")]: r[-1] for r in rows}
    # ISO 8601 in UTC, as decided_at; empty for a post never edited.
    assert edited == {"p1/1": seen.astimezone(UTC).isoformat(), "p1/2": ""}
    assert edited["p1/1"].startswith("2026-11-24T02:00:")


def test_a_rule_matching_twice_in_a_post_gives_rows_told_apart_by_their_span(
    tmp_path: Path,
) -> None:
    ran = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path)])
    assert ran.exit_code == 0, ran.output
    rows, _ = exports(Path(ran.stdout.strip().splitlines()[-1]).parent)
    ids = [r["finding_id"] for r in rows]
    assert len(set(ids)) < len(ids)  # the demo has a rule matching twice in one post
    keys = {(r["finding_id"], r["start"], r["end"]) for r in rows}
    assert len(keys) == len(rows)
    for r in rows:
        assert int(r["start"]) < int(r["end"])
    people = {(r["person"], r["person_id"]) for r in rows}
    assert ("Sam Okafor-Lind", "p08") in people  # the name, and the roster's id beside it


def test_review_decide_re_renders_the_exports_with_the_decision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path)])
    assert ran.exit_code == 0, ran.output
    with Store.open(tmp_path / ".demo" / "auditor.db") as store:
        items = review.list_items(store)
    # A post with more than one finding: the others stay undecided on the escalated card.
    target = next(i for i in items if sum(j.post_id == i.post_id for j in items) > 1)
    others = {i.finding_id for i in items if i.post_id == target.post_id} - {target.finding_id}
    monkeypatch.setattr("auditor.cli.review.utcnow", lambda: DECIDED)
    decided = runner.invoke(
        app,
        [
            "review",
            "decide",
            target.finding_id,
            *("--decision", "escalated", "--reviewer", "hr-ana", "--note", NOTE),
            *("--demo", "--report-dir", str(tmp_path)),
        ],
    )
    assert decided.exit_code == 0, decided.output

    run_dir = max(p for p in tmp_path.iterdir() if (p / "findings.csv").is_file())
    rows, found = exports(run_dir)
    row = next(r for r in rows if r["finding_id"] == target.finding_id)
    assert (row["decision"], row["decided_at"], row["status"]) == (
        "escalated",
        "2026-03-04T08:15:00+00:00",
        "escalated",
    )
    for r in rows:
        if r["finding_id"] in others:
            assert (r["decision"], r["decided_at"], r["status"]) == ("", "", "escalated")
    f = found[target.finding_id]
    assert (f["decision"], f["decided_at"], f["status"]) == (
        "escalated",
        "2026-03-04T08:15:00+00:00",
        "escalated",
    )
    assert all(found[o]["decision"] is None and found[o]["status"] == "escalated" for o in others)
    for name in ("findings.csv", "findings.json"):
        assert "zq-note" not in (run_dir / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("workflow", [True, False], ids=["review-workflow", "no-decisions"])
def test_undecided_findings_export_empty_decision_and_the_card_status(
    tmp_path: Path, workflow: bool
) -> None:
    store, (_, second) = make_store(hostile=False)
    decisions = review.report_decisions(store) if workflow else None
    write_report(store, second, tmp_path, decisions=decisions)
    rows, found = exports(tmp_path / second)
    statuses = {r["post_id"]: r["status"] for r in rows}
    assert statuses == {
        "a1": "seen",
        "a3": "new",
        "b1": "seen",
        "b2": "new",
        "e1": "seen",
        "e2": "seen",
    }
    assert all(r["decision"] == "" and r["decided_at"] == "" for r in rows)
    assert len(found) == len(rows)
    for f in found.values():
        assert f["decision"] is None and f["decided_at"] is None
        assert f["status"] == f["post_status"]


def test_decided_at_is_utc_and_a_later_decision_replaces_the_earlier(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    fid = review.finding_id("mastodon", "b1", "pii.email")
    review.decide(store, fid, decision="acknowledged", reviewer="hr-1", now=DECIDED)
    paris = timezone(timedelta(hours=1))
    later = datetime(2026, 3, 5, 10, 0, 30, tzinfo=paris)
    review.decide(store, fid, decision="dismissed", reviewer="hr-2", now=later)
    write_report(store, second, tmp_path, decisions=review.report_decisions(store))
    rows, found = exports(tmp_path / second)
    row = next(r for r in rows if r["finding_id"] == fid)
    assert (row["decision"], row["decided_at"]) == ("dismissed", "2026-03-05T09:00:30+00:00")
    # b1's other finding is open, so the card keeps its own status, as on the page.
    assert row["status"] == "seen"
    assert (found[fid]["decision"], found[fid]["decided_at"]) == (
        "dismissed",
        "2026-03-05T09:00:30+00:00",
    )


def test_notes_and_responses_never_reach_either_export(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    decided = review.finding_id("mastodon", "a3", "insult.person")
    imported = review.finding_id("mastodon", "b2", "employer.criticism")
    review.decide(store, decided, decision="dismissed", reviewer="hr-1", note=NOTE, now=DECIDED)
    review.respond(store, decided, text=RESPONSE, now=DECIDED)
    entry = {"finding": imported, "decision": "acknowledged", "reviewer": "hr-2", "note": NOTE}
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps({"decisions": [entry]}), encoding="utf-8")
    import_decisions(store, path, now=DECIDED)
    out = tmp_path / "reports"
    write_report(store, second, out, decisions=review.report_decisions(store))
    _, found = exports(out / second)
    assert {fid: found[fid]["decision"] for fid in (decided, imported)} == {
        decided: "dismissed",
        imported: "acknowledged",
    }
    for name in ("findings.csv", "findings.json"):
        text = (out / second / name).read_text(encoding="utf-8")
        assert "zq-note" not in text and "zq-response" not in text
        assert "555-0100" not in text and "sick leave" not in text


def test_new_csv_cells_are_protected_from_formula_injection(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    # A card status is any string the caller's decisions give; a formula must stay text.
    write_report(store, second, tmp_path, decisions={("mastodon", "b1"): '=HYPERLINK("x")'})
    rows, found = exports(tmp_path / second)
    assert {r["status"] for r in rows if r["post_id"] == "b1"} == {'\'=HYPERLINK("x")'}
    b1 = [f for f in found.values() if f["post_status"] == '=HYPERLINK("x")']
    assert b1 and all(f["status"] == '=HYPERLINK("x")' for f in b1)  # JSON keeps it as it is
