"""A post read again with the same id and another text is an edit: the store keeps the new
text, scores it, and remembers only what the earlier version was flagged for (never its text).
Reading the same text again changes nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from auditor import review
from auditor.errors import UsageError
from auditor.models import Account, Consent, Organization, Person, Post, finding_id
from auditor.pipeline import Auditor, RunSummary
from auditor.report import write_report
from auditor.retention import rerender_reports
from auditor.schema import MIGRATIONS, statements
from auditor.scoring import Score, Scorer, load_policy
from auditor.scoring.policy import ModelPolicy
from auditor.sources.base import Source
from auditor.sources.feed import FeedSource
from auditor.sources.jsonl import JsonlSource
from auditor.sources.mastodon import MastodonSource
from auditor.store import AccountResult, Store
from tests.helpers import NOW, FixedClock, person, write_jsonl
from tests.test_browser_report import browser, open_page, ready

__all__ = ["browser"]  # the Chromium fixture (skipped, with the reason, without Chromium)

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)  # the rules alone: these tests are about the store
SCORER = Scorer(POLICY, Organization())

BENIGN = "Lovely walk in the park today"
OFFENSIVE = "What a fucking idiot my neighbour is"  # insult (medium), profanity (medium)
# The earlier version of the post that is made harmless: "Zorblax" is in no other text, so
# finding it anywhere (a table, the store's files, a report) means the earlier text lingers.
OLD = "Total shit show at the Zorblax conference"  # profanity (medium)
OLD_WORD = "Zorblax"
NEW = "Great talks at the conference today"


class CountingScorer:
    """The real scorer, counting what it is asked to score."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    @property
    def policy_version(self) -> str:
        return SCORER.policy_version

    def score(self, text: str) -> Score:
        self.texts.append(text)
        return SCORER.score(text)


def line(post_id: int, text: str, created: str = "2026-11-20T09:00:00Z") -> str:
    return json.dumps({"id": post_id, "created_at": created, "text": text})


def jsonl_person(path: Path) -> Person:
    return person("p1", ("jsonl", str(path)))


def run(
    store: Store,
    people: list[Person],
    sources: dict[str, Source],
    scorer: Scorer | CountingScorer = SCORER,
) -> RunSummary:
    auditor = Auditor(store=store, scorer=scorer, sources=sources, clock=FixedClock(NOW))
    store.import_roster(people, now=NOW)
    return auditor.run(people)


def jsonl(clock_at: datetime = NOW) -> dict[str, Source]:
    return {"jsonl": JsonlSource(clock=FixedClock(clock_at))}


def cells(store: Store) -> list[str]:
    """Every text value in every table of the store."""
    tables = [
        r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    return [
        str(value)
        for table in tables
        for row in store.conn.execute(f'SELECT * FROM "{table}"')
        for value in row
        if isinstance(value, str)
    ]


def test_a_benign_post_edited_into_an_offensive_one_is_flagged_on_the_next_run(
    tmp_path: Path, store: Store
) -> None:
    path = write_jsonl(tmp_path / "p1.jsonl", [line(1, BENIGN)])
    people = [jsonl_person(path)]
    first = run(store, people, jsonl())
    assert (first.posts_new, sum(first.flagged_by_band.values())) == (1, 0)

    write_jsonl(path, [line(1, OFFENSIVE)])
    second = run(store, people, jsonl())

    [stored] = store.flagged_posts()
    assert stored.post.text == OFFENSIVE
    # Not a new post, but its new version counts in the run's flagged posts.
    assert (second.posts_new, second.posts_edited) == (0, 1)
    assert second.flagged_by_band == {"medium": 1}
    assert store.count_posts() == 1
    assert stored.version == 1
    assert {f.rule for f in stored.findings} == {"insult.targeted", "profanity.term"}
    [edit] = stored.edits
    assert (edit.run_id, edit.previous_band, edit.previous_flags) == (second.run_id, "none", ())
    # Notifications and --fail-on see it as this run's.
    alarms = review.attention_items(store, second.run_id, "medium")
    assert {(i.post_id, i.status) for i in alarms} == {("p1/1", "open")}

    page = write_report(store, second.run_id, tmp_path / "reports", now=NOW)
    html = page.read_text(encoding="utf-8")
    note = "Edited since first seen on 24 Nov 2026 (change seen on 24 Nov 2026); the earlier "
    assert note + "version was not flagged." in html
    doc = json.loads((page.parent / "findings.json").read_text(encoding="utf-8"))
    [card] = doc["posts"]
    assert card["status"] == "new"
    assert card["edited"]["edits"][0]["previous_band"] == "none"
    assert doc["run"]["posts_edited"] == 1


def test_an_offensive_post_edited_into_a_harmless_one_leaves_no_trace_of_the_old_text(
    tmp_path: Path,
) -> None:
    path = write_jsonl(tmp_path / "p1.jsonl", [line(1, OLD), line(2, BENIGN)])
    people = [jsonl_person(path)]
    reports = tmp_path / "reports"
    db = tmp_path / "auditor.db"
    with Store.open(db) as store:
        first = run(store, people, jsonl())
        write_report(store, first.run_id, reports, now=NOW)
        assert first.flagged_by_band == {"medium": 1}

        write_jsonl(path, [line(1, NEW), line(2, BENIGN)])
        second = run(store, people, jsonl())

        assert store.flagged_posts() == []
        assert store.count_findings() == 0
        assert (second.posts_new, second.posts_edited, sum(second.flagged_by_band.values())) == (
            0,
            1,
            0,
        )
        [gone] = store.unflagged_edits()
        assert gone.post.text == NEW
        [edit] = gone.edits
        assert edit.previous_band == "medium"
        assert [tuple(f) for f in edit.previous_flags] == [
            ("profanity", "profanity.term", "medium")
        ]

        # Nowhere in the store: no table, and not in the file's bytes (nor its WAL) either.
        assert not [c for c in cells(store) if OLD_WORD in c]
        files = [p for p in tmp_path.iterdir() if p.name.startswith(db.name)]
        assert not [p.name for p in files if OLD_WORD.encode() in p.read_bytes()]

        page = write_report(store, second.run_id, reports, now=NOW)
        html = page.read_text(encoding="utf-8")
        assert "Edited since flagged: no longer flagged" in html
        assert (
            "Edited since first seen on 24 Nov 2026 (change seen on 24 Nov 2026); the earlier "
            "version was flagged: profanity (medium)." in html
        )
        doc = json.loads((page.parent / "findings.json").read_text(encoding="utf-8"))
        assert doc["posts"] == []
        [was] = doc["no_longer_flagged"]
        assert was["edited"]["edits"][0]["previous_findings"] == [
            {"category": "profanity", "rule": "profanity.term", "severity": "medium"}
        ]
        # The first run's report on disk still shows the earlier text until it is rendered
        # again (as after a purge, a revocation or a review decision); then it is gone too.
        rerender_reports(store, reports, now=NOW)
    leftovers = [
        p for p in reports.rglob("*") if p.is_file() and OLD_WORD.encode() in p.read_bytes()
    ]
    assert leftovers == []
    assert not [p.name for p in tmp_path.iterdir() if OLD_WORD.encode() in _bytes(p)]


def _bytes(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def test_reading_the_same_text_again_changes_nothing(tmp_path: Path, store: Store) -> None:
    secret = "my wifi password: hunter2zz lol"  # stored masked: only scoring tells it is the same
    path = write_jsonl(tmp_path / "p1.jsonl", [line(1, OLD), line(2, BENIGN), line(3, secret)])
    people = [jsonl_person(path)]
    first = run(store, people, jsonl())
    assert first.posts_new == 3

    def snapshot() -> list[list[tuple[object, ...]]]:
        """Every row about the first three posts (the run log and cursor change each run)."""
        return [
            [tuple(r) for r in store.conn.execute(sql)]
            for sql in (
                "SELECT * FROM posts WHERE pk <= 3 ORDER BY pk",
                "SELECT * FROM scores WHERE post_pk <= 3 ORDER BY post_pk",
                "SELECT * FROM findings WHERE post_pk <= 3 ORDER BY id",
                "SELECT * FROM post_edits",
                "SELECT * FROM review_state",
            )
        ]

    before = snapshot()
    # The file changed (a new line), so it is read whole again: the three texts are the same.
    write_jsonl(path, [line(1, OLD), line(2, BENIGN), line(3, secret), line(4, BENIGN + "!")])
    scorer = CountingScorer()
    second = run(store, people, jsonl(), scorer=scorer)

    assert (second.posts_read, second.posts_new, second.posts_edited) == (4, 1, 0)
    assert sum(second.flagged_by_band.values()) == 0
    # Scored: the new post, and the one whose stored text is masked (to compare it masked).
    assert sorted(scorer.texts) == sorted([BENIGN + "!", secret])
    # Nothing rewritten: the same fetched_at, version, scores (scored_at, run) and findings.
    assert snapshot() == before
    [flagged_old, _] = sorted(store.flagged_posts(), key=lambda sp: sp.post.post_id)
    assert (flagged_old.post.post_id, flagged_old.version, flagged_old.edits) == ("p1/1", 0, ())


def test_a_decision_on_the_earlier_version_stays_in_the_trail_but_not_on_the_new_findings(
    tmp_path: Path, store: Store
) -> None:
    path = write_jsonl(tmp_path / "p1.jsonl", [line(1, OLD)])
    people = [jsonl_person(path)]
    run(store, people, jsonl())
    [item] = review.list_items(store)
    review.decide(store, item.finding_id, decision="dismissed", reviewer="HR", note="a quote")

    # Still profanity.term, on other words: the same rule, but a finding on another text.
    write_jsonl(path, [line(1, "Damn, that shit was rough at the office")])
    second = run(store, people, jsonl())

    items = review.list_items(store)
    assert {(i.rule, i.status) for i in items} == {("profanity.term", "open")}
    [new] = items
    assert new.finding_id == finding_id("jsonl", "p1/1", "profanity.term", 1) != item.finding_id
    assert new.scored_run_id == second.run_id
    assert review.states(store) == {}
    trail = review.history(store, item.finding_id)
    assert [(e.actor, e.action, e.before, e.after) for e in trail] == [
        ("HR", "decide", "open", "dismissed"),
        ("system", "edit", "dismissed", "post edited"),
    ]
    assert trail[0].text == "a quote"
    # A decisions file made from the earlier report names a finding that no longer exists.
    with pytest.raises(UsageError, match="no finding"):
        review.decide(store, item.finding_id, decision="escalated", reviewer="HR")


def test_findings_of_posts_never_edited_keep_the_ids_they_always_had() -> None:
    old = hashlib.sha256(b"x\n123\nprofanity.term").hexdigest()[:12]
    assert finding_id("x", "123", "profanity.term") == old
    assert finding_id("x", "123", "profanity.term", 0) == old


def _post(account: str, text: str, person_id: str = "p1") -> Post:
    return Post(
        network="x",
        post_id="1900000000000000001",
        person_id=person_id,
        account=account,
        text=text,
        created_at=datetime(2026, 11, 20, tzinfo=UTC),
        url=None,
        source="test",
        fetched_at=NOW,
        tool_version="0.1.0",
    )


def test_another_account_or_person_reading_the_same_id_is_not_an_edit(store: Store) -> None:
    def save(post: Post) -> int:
        account = Account(post.person_id, "x", post.account, Consent(datetime(2026, 1, 1).date()))
        result = AccountResult(account.key, post.person_id, "ok", 1, 0, "")
        saved = store.save_batch(
            run_id, account, [(post, SCORER.score(post.text))], cursor=None, result=result, now=NOW
        )
        return saved.edited

    run_id = store.begin_run(kind="run", started_at=NOW, policy_version="pv", tool_version="0")
    assert save(_post("@alice", "what a fucking day &amp; more")) == 0
    # The same post in the person's X archive, written out differently: not an edit.
    assert save(_post("/data/alice-archive.zip", "what a fucking day & more")) == 0
    # An id another person's account also gave (ids unique per server only): never overwritten.
    assert save(_post("@alice", "lovely day", person_id="p2")) == 0
    [stored] = store.flagged_posts()
    assert stored.post.text == "what a fucking day &amp; more"
    assert save(_post("@alice", "lovely day")) == 1


MASTODON = "https://social.example"
ACCOUNT_ID = "109302153274450731"
STATUS_ID = "113500000000000003"


def status(content: str, edited_at: str | None) -> dict[str, object]:
    return {
        "id": STATUS_ID,
        "created_at": "2026-11-23T12:00:00.000Z",
        "edited_at": edited_at,
        "visibility": "public",
        "language": "en",
        "spoiler_text": "",
        "uri": f"{MASTODON}/users/alice/statuses/{STATUS_ID}",
        "url": f"{MASTODON}/@alice/{STATUS_ID}",
        "content": f"<p>{content}</p>",
        "reblog": None,
        "account": {"id": ACCOUNT_ID, "username": "alice", "acct": "alice"},
    }


@pytest.mark.usefixtures("no_real_sleep")
def test_a_mastodon_status_edited_after_it_was_flagged_is_read_by_the_deleted_post_check(
    router: respx.MockRouter, http: httpx.Client, store: Store, tmp_path: Path
) -> None:
    people = [person("p-alice", ("mastodon", "@alice@social.example"))]
    source = MastodonSource(http, clock=FixedClock(NOW), sleep=lambda s: None)
    statuses = f"{MASTODON}/api/v1/accounts/{ACCOUNT_ID}/statuses"
    router.get(f"{MASTODON}/api/v1/accounts/lookup").respond(json={"id": ACCOUNT_ID})
    page = router.get(statuses, params__eq={"limit": "40", "exclude_reblogs": "true"})
    page.respond(json=[status(OLD, None)])
    first = run(store, people, {"mastodon": source})
    assert first.flagged_by_band == {"medium": 1}

    # The status is no longer on the newest page each run fetches (40 later ones are, left
    # out here); the check of flagged statuses reads it whole, and it now carries edited_at.
    page.respond(json=[])
    router.get(f"{MASTODON}/api/v1/statuses/{STATUS_ID}").respond(
        json=status(NEW, "2026-11-23T18:30:00.000Z")
    )
    second = run(store, people, {"mastodon": source})

    assert (second.posts_read, second.posts_new, second.posts_edited) == (0, 0, 1)
    assert second.deleted_since_flagged == 0
    assert store.flagged_posts() == []
    [gone] = store.unflagged_edits()
    assert gone.post.text == NEW
    assert gone.post.edited_at == datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
    assert gone.edits[0].edited_at == datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
    assert not [c for c in cells(store) if OLD_WORD in c]
    page = write_report(store, second.run_id, tmp_path, now=NOW)
    assert "edited on 23 Nov 2026 18:30 UTC" in page.read_text(encoding="utf-8")


FEED = "https://bob.example.net/atom.xml"


def atom(text: str, updated: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Bob writes</title>
  <id>urn:uuid:feed</id>
  <updated>{updated}</updated>
  <entry>
    <title>Conference</title>
    <link href="https://bob.example.net/posts/conference"/>
    <id>urn:uuid:entry-1</id>
    <published>2026-11-20T09:00:00Z</published>
    <updated>{updated}</updated>
    <content type="text">{text}</content>
  </entry>
</feed>""".encode()


@pytest.mark.usefixtures("no_real_sleep")
def test_an_atom_entry_updated_since_the_last_run_replaces_the_stored_text(
    router: respx.MockRouter, http: httpx.Client, store: Store
) -> None:
    people = [person("p-bob", ("feed", FEED))]
    source = FeedSource(http, clock=FixedClock(NOW), sleep=lambda s: None)
    route = router.get(FEED)
    route.respond(content=atom(BENIGN, "2026-11-20T09:00:00Z"))
    run(store, people, {"feed": source})
    same = run(store, people, {"feed": source})
    assert (same.posts_read, same.posts_edited) == (0, 0)  # nothing updated: not returned

    route.respond(content=atom(OFFENSIVE, "2026-11-23T20:00:00Z"))
    edited = run(store, people, {"feed": source})

    assert (edited.posts_read, edited.posts_new, edited.posts_edited) == (1, 0, 1)
    [stored] = store.flagged_posts()
    assert stored.post.text == f"Conference\n\n{OFFENSIVE}"
    assert stored.post.edited_at == datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    assert stored.post.created_at == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    again = run(store, people, {"feed": source})
    assert (again.posts_read, again.posts_edited) == (0, 0)  # the cursor passed its <updated>


def test_a_store_of_schema_5_is_upgraded_and_its_posts_are_version_0(tmp_path: Path) -> None:
    db = tmp_path / "auditor.db"
    conn = sqlite3.connect(db)
    for version in range(1, 6):
        for statement in statements(MIGRATIONS[version]):
            conn.execute(statement)
    conn.execute(
        "INSERT INTO posts(network, post_id, person_id, account, text, created_at, source, "
        "fetched_at, tool_version, first_run_id) VALUES ('jsonl', 'p1/1', 'p1', 'a', 't', "
        "'2026-11-01T00:00:00+00:00', 's', '2026-11-01T00:00:00+00:00', '0', 'r')"
    )
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store.open(db) as store:
        row = store.conn.execute("SELECT version, edited_at FROM posts").fetchone()
        assert tuple(row) == (0, None)
        assert store.conn.execute("SELECT COUNT(*) FROM post_edits").fetchone()[0] == 0


@pytest.mark.browser
def test_the_script_rendered_card_says_the_post_was_edited(
    browser: Any, tmp_path: Path, store: Store
) -> None:
    path = write_jsonl(tmp_path / "p1.jsonl", [line(1, BENIGN)])
    people = [jsonl_person(path)]
    run(store, people, jsonl())
    write_jsonl(path, [line(1, OFFENSIVE)])
    second = run(store, people, jsonl())
    page_path = write_report(store, second.run_id, tmp_path / "reports", now=NOW)

    page, watch = open_page(browser, page_path)
    ready(page)
    notes = page.eval_on_selector_all(
        "#cards article .edited", "els => els.map(e => e.textContent)"
    )
    assert notes == [
        "Edited since first seen on 24 Nov 2026 (change seen on 24 Nov 2026); the earlier "
        "version was not flagged."
    ]
    assert watch.console == []
    page.context.close()


def test_a_run_that_reads_an_edit_renders_the_earlier_reports_again(tmp_path: Path) -> None:
    """`auditor run` says how many posts were edited, and the report of the run that showed
    the earlier text is written again without it."""
    from typer.testing import CliRunner

    from auditor.cli import app
    from tests.test_exit_codes import sample_config

    config = sample_config(tmp_path)
    root = config.parent
    feed = root / "posts" / "edited.jsonl"
    created = (datetime.now(UTC).replace(microsecond=0)).isoformat().replace("+00:00", "Z")
    with (root / "roster.csv").open("a", encoding="utf-8") as roster:
        roster.write("p09,Edith Ward,staff,jsonl,posts/edited.jsonl,2025-01-01,,,HR-9\n")
    runner = CliRunner()
    write_jsonl(feed, [line(1, OLD, created)])
    first = runner.invoke(app, ["run", "--config", str(config)])
    assert first.exit_code == 0, first.output
    pages = list(root.rglob("findings.json"))
    assert [p for p in pages if OLD_WORD.encode() in p.read_bytes()]

    write_jsonl(feed, [line(1, NEW, created)])
    second = runner.invoke(app, ["run", "--config", str(config)])
    assert second.exit_code == 0, second.output
    assert "edited: 1" in second.output
    leftovers = [
        p for p in root.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".csv")
    ]
    assert leftovers and not [p for p in leftovers if OLD_WORD.encode() in p.read_bytes()]
