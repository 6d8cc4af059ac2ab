"""Review notes, responses and allow-list reasons are stored and shown with their secrets and
card numbers masked; a decisions file is refused when it names a finding twice or has another
version, and `review history` of a finding nobody has touched says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import decisions, review
from auditor.cli import app
from auditor.errors import UsageError
from auditor.redact import mask_text
from auditor.store import Store
from tests.helpers import NOW, person
from tests.test_review import AT, finding, post, save, score

runner = CliRunner()
NOTE = "my password is hunter2 card 4111 1111 1111 1111"
LEAKS = ("hunter2", "4111 1111", "abc123secretXYZ", "sw0rdfish9")


@pytest.fixture
def seeded(store: Store) -> Store:
    store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl"))])
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    save(
        store,
        run,
        "p1",
        [
            (post("p1", 1), score(finding("insult.moron", "moron"), band="high")),
            (post("p1", 2), score(finding("profanity.term", "damn"))),
        ],
    )
    return store


def fids(store: Store) -> list[str]:
    return sorted(i.finding_id for i in review.list_items(store))


def stored_texts(store: Store) -> str:
    return "\n".join(store.conn.iterdump())


def test_mask_text_masks_secrets_and_cards_and_leaves_other_words() -> None:
    assert mask_text(NOTE) == "my password is ********"
    assert mask_text("card 4111 1111 1111 1111, call") == "card **** **** **** 1111, call"
    assert mask_text("token: abc123secretXYZ") == "token: ********"
    assert mask_text("she said damn, mail bob@example.org") == (
        "she said damn, mail bob@example.org"
    )


def test_notes_responses_and_reasons_are_stored_and_shown_masked(seeded: Store) -> None:
    fid = fids(seeded)[0]
    review.decide(seeded, fid, decision="dismissed", reviewer="R", note=NOTE, now=AT)
    review.respond(seeded, fid, text="token: abc123secretXYZ", now=AT)
    review.allow(seeded, "moron", reason="pw=sw0rdfish9 ok", reviewer="R", now=AT)
    dump = stored_texts(seeded)
    for leak in LEAKS:
        assert leak not in dump
    texts = [e.text for e in review.history(seeded, fid)]
    assert texts[:2] == ["my password is ********", "token: ********"]
    (body,) = seeded.conn.execute("SELECT body FROM review_texts WHERE kind = 'allow'").fetchone()
    assert json.loads(body) == {"term": "moron", "reason": "pw=********"}


def test_an_imported_note_is_masked(seeded: Store, tmp_path: Path) -> None:
    fid = fids(seeded)[0]
    path = tmp_path / "d.json"
    entry = {"finding": fid, "decision": "acknowledged", "reviewer": "R", "note": NOTE}
    path.write_text(json.dumps({"version": 1, "decisions": [entry]}))
    decisions.import_decisions(seeded, path, now=AT)
    assert "hunter2" not in stored_texts(seeded)
    assert review.history(seeded, fid)[0].text == "my password is ********"


def test_history_masks_a_note_stored_before_notes_were_masked(seeded: Store) -> None:
    fid = fids(seeded)[0]
    review.decide(seeded, fid, decision="dismissed", reviewer="R", note="ok", now=AT)
    # An older store: the note went in verbatim (the body is not part of the append-only trail).
    seeded.conn.execute("UPDATE review_texts SET body = ?", (NOTE,))
    assert review.history(seeded, fid)[0].text == "my password is ********"


def write(tmp_path: Path, body: object) -> Path:
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(body))
    return path


def test_two_entries_for_one_finding_are_refused_naming_both(seeded: Store, tmp_path: Path) -> None:
    fid, other = fids(seeded)
    entries = [
        {"finding": other, "decision": "acknowledged", "reviewer": "R"},
        {"finding": fid, "decision": "escalated", "reviewer": "R"},
        {"finding": fid.upper(), "decision": "dismissed", "reviewer": "S"},
    ]
    path = write(tmp_path, {"decisions": entries})
    with pytest.raises(UsageError, match=f"decisions 2 and 3 are both for finding {fid.upper()}"):
        decisions.import_decisions(seeded, path)
    assert seeded.conn.execute("SELECT COUNT(*) FROM review_trail").fetchone()[0] == 0


@pytest.mark.parametrize("version", [2, 0, "1", True, None])
def test_an_unknown_version_is_refused(seeded: Store, tmp_path: Path, version: object) -> None:
    entry = {"finding": fids(seeded)[0], "decision": "dismissed", "reviewer": "R"}
    path = write(tmp_path, {"version": version, "decisions": [entry]})
    with pytest.raises(UsageError, match=f"version {json.dumps(version)} is not supported"):
        decisions.import_decisions(seeded, path)
    assert review.find_item(seeded, entry["finding"]).status == "open"


def test_an_unknown_finding_names_its_entry(seeded: Store, tmp_path: Path) -> None:
    good = {"finding": fids(seeded)[0], "decision": "dismissed", "reviewer": "R"}
    bad = {"finding": "000000000000", "decision": "dismissed", "reviewer": "R"}
    path = write(tmp_path, {"decisions": [good, bad]})
    with pytest.raises(UsageError, match=r"000000000000 \(decision 2\): nothing was imported"):
        decisions.import_decisions(seeded, path)


def test_history_of_an_untouched_finding_says_there_is_none_yet(tmp_path: Path) -> None:
    ran = runner.invoke(app, ["run", "--demo", "--report-dir", str(tmp_path)])
    assert ran.exit_code == 0, ran.output
    with Store.open(tmp_path / ".demo" / "auditor.db") as store:
        fid = review.list_items(store)[0].finding_id
    where = ["--demo", "--report-dir", str(tmp_path)]
    out = runner.invoke(app, ["review", "history", fid, *where])
    assert out.exit_code == 0, out.output
    assert f"no history yet for {fid}" in out.stdout and "check the id" not in out.stdout
    unknown = runner.invoke(app, ["review", "history", "ffffffffffff", *where])
    assert unknown.exit_code != 0 and "review list" in unknown.output
