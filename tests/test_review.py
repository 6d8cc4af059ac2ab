"""The review workflow: decisions keyed by post and rule, responses, allow-lists, the
append-only trail, imports of the report's decisions file, and purging on revocation."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from auditor import decisions, review
from auditor.errors import UsageError
from auditor.models import Account, Consent, Post
from auditor.scoring.types import Finding, Score
from auditor.store import AccountResult, Store
from tests.helpers import NOW, person

AT = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def post(person_id: str, i: int, text: str = "some text") -> Post:
    return Post(
        network="jsonl",
        post_id=f"{person_id}/{i}",
        person_id=person_id,
        account=f"/data/{person_id}.jsonl",
        text=text,
        created_at=datetime(2026, 11, 1, tzinfo=UTC),
        url=None,
        source="test",
        fetched_at=NOW,
        tool_version="0.1.0",
    )


def finding(rule: str, word: str, start: int = 0, severity: str = "medium") -> Finding:
    category = rule.split(".")[0]
    return Finding(category, rule, severity, start, start + len(word), word, word.lower())


def score(*findings: Finding, band: str = "medium", policy: str = "pv1") -> Score:
    return Score(50 if findings else 0, band if findings else "none", findings, policy, "0.1.0")


def save(
    store: Store, run_id: str, person_id: str, items: list[tuple[Post, Score]], now: datetime = NOW
) -> None:
    account = Account(person_id, "jsonl", f"/data/{person_id}.jsonl", Consent(date(2026, 1, 1)))
    store.save_batch(
        run_id,
        account,
        items,
        cursor=None,
        result=AccountResult(account.key, person_id, "ok", len(items), 0, ""),
        now=now,
    )


@pytest.fixture
def seeded(store: Store) -> Store:
    store.import_roster([person("p1", ("jsonl", "/data/p1.jsonl")), person("p2", ("jsonl", "b"))])
    run = store.begin_run(kind="run", started_at=NOW, policy_version="pv1", tool_version="0.1.0")
    save(
        store,
        run,
        "p1",
        [
            (post("p1", 1), score(finding("insult.moron", "moron"), band="high")),
            (
                post("p1", 2),
                score(
                    finding("profanity.term", "damn"),
                    finding("profanity.term", "damn", 10),
                    finding("confidential.codename", "Falcon", 20, "high"),
                    band="high",
                ),
            ),
            (post("p1", 3), score()),
        ],
    )
    save(store, run, "p2", [(post("p2", 1), score(finding("profanity.term", "damn")))])
    return store


def ids(store: Store, **kw: str) -> dict[tuple[str, str], str]:
    return {(i.post_id, i.rule): i.finding_id for i in review.list_items(store, **kw)}


def test_each_rule_on_each_flagged_post_is_one_open_finding_with_a_stable_id(
    seeded: Store,
) -> None:
    items = review.list_items(seeded)
    assert sorted((i.post_id, i.rule, i.status) for i in items) == [
        ("p1/1", "insult.moron", "open"),
        ("p1/2", "confidential.codename", "open"),
        ("p1/2", "profanity.term", "open"),
        ("p2/1", "profanity.term", "open"),
    ]
    two_spans = next(i for i in items if i.post_id == "p1/2" and i.rule == "profanity.term")
    assert two_spans.matched == ("damn",)
    assert two_spans.finding_id == review.finding_id("jsonl", "p1/2", "profanity.term")
    assert len(two_spans.finding_id) == 12
    assert {i.person_id for i in review.list_items(seeded, person="p2")} == {"p2"}


def test_a_decision_is_recorded_in_state_and_trail_with_before_and_after(seeded: Store) -> None:
    fid = ids(seeded)[("p1/1", "insult.moron")]
    review.decide(
        seeded, fid, decision="acknowledged", reviewer="hr-ana", note="talked to them", now=AT
    )
    review.decide(seeded, fid, decision="escalated", reviewer="hr-bo", now=AT + timedelta(hours=1))
    item = review.find_item(seeded, fid)
    assert (item.status, item.reviewer) == ("escalated", "hr-bo")
    trail = review.history(seeded, fid)
    assert [(e.actor, e.action, e.before, e.after) for e in trail] == [
        ("hr-ana", "decide", "open", "acknowledged"),
        ("hr-bo", "decide", "acknowledged", "escalated"),
    ]
    assert trail[0].text == "talked to them" and trail[0].at == AT
    assert trail[1].text is None and not trail[1].text_removed
    assert [i.finding_id for i in review.list_items(seeded, status="escalated")] == [fid]


def test_unknown_findings_and_decisions_are_usage_errors(seeded: Store) -> None:
    with pytest.raises(UsageError, match="no finding 'ffffffffffff'"):
        review.decide(seeded, "ffffffffffff", decision="dismissed", reviewer="x")
    fid = ids(seeded)[("p1/1", "insult.moron")]
    with pytest.raises(UsageError, match="unknown decision 'ignored'"):
        review.decide(seeded, fid, decision="ignored", reviewer="x")
    with pytest.raises(UsageError, match="--reviewer must not be empty"):
        review.decide(seeded, fid, decision="dismissed", reviewer="  ")


def test_the_trail_cannot_be_edited_or_deleted(seeded: Store) -> None:
    fid = ids(seeded)[("p1/1", "insult.moron")]
    review.decide(seeded, fid, decision="dismissed", reviewer="hr-ana", now=AT)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        seeded.conn.execute("UPDATE review_trail SET after = 'escalated'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        seeded.conn.execute("DELETE FROM review_trail")
    assert len(review.history(seeded, fid)) == 1


def test_a_dismissed_finding_stays_dismissed_when_the_post_is_scored_again(
    seeded: Store,
) -> None:
    fid = ids(seeded)[("p1/1", "insult.moron")]
    review.decide(seeded, fid, decision="dismissed", reviewer="hr-ana", now=AT)
    # A new policy version scores the post again: new findings rows, same post and rule.
    pk = seeded.conn.execute("SELECT pk FROM posts WHERE post_id = 'p1/1'").fetchone()[0]
    run2 = seeded.begin_run(
        kind="run", started_at=NOW + timedelta(days=1), policy_version="pv2", tool_version="0.2.0"
    )
    with seeded.transaction() as conn:
        conn.execute(
            "INSERT INTO scores VALUES (?, 'pv2', '0.2.0', 70, 'high', ?, ?)",
            (pk, run2, (NOW + timedelta(days=1)).isoformat()),
        )
        conn.execute(
            "INSERT INTO findings(post_pk, policy_version, tool_version, category, rule, "
            'severity, start, "end", matched, decoded, explanation, guidance) '
            "VALUES (?, 'pv2', '0.2.0', 'insult', 'insult.moron', 'high', 0, 5, 'moron', "
            "'moron', '', '')",
            (pk,),
        )
    rescored = review.find_item(seeded, fid)
    assert rescored.scored_run_id == run2
    assert rescored.status == "dismissed"
    assert review.attention_items(seeded, run2, "low") == []
    assert review.report_decisions(seeded)[("jsonl", "p1/1")] == "dismissed"


def test_report_statuses_follow_the_most_serious_decision_per_post(seeded: Store) -> None:
    found = ids(seeded)
    assert review.report_decisions(seeded) == {}
    review.decide(seeded, found[("p1/2", "profanity.term")], decision="dismissed", reviewer="a")
    assert ("jsonl", "p1/2") not in review.report_decisions(seeded)  # codename still open
    review.decide(
        seeded, found[("p1/2", "confidential.codename")], decision="acknowledged", reviewer="a"
    )
    assert review.report_decisions(seeded)[("jsonl", "p1/2")] == "acknowledged"
    review.decide(seeded, found[("p1/2", "profanity.term")], decision="escalated", reviewer="b")
    assert review.report_decisions(seeded)[("jsonl", "p1/2")] == "escalated"


def test_the_persons_response_is_kept_and_the_status_unchanged(seeded: Store) -> None:
    fid = ids(seeded)[("p2/1", "profanity.term")]
    review.respond(seeded, fid, text="I was quoting a film title.", now=AT)
    assert review.find_item(seeded, fid).status == "open"
    (entry,) = review.history(seeded, fid)
    assert (entry.actor, entry.action, entry.text) == (
        "person:p2",
        "respond",
        "I was quoting a film title.",
    )
    with pytest.raises(UsageError, match="--text must not be empty"):
        review.respond(seeded, fid, text=" ")


def test_an_allowed_term_closes_stored_findings_for_that_person_only(seeded: Store) -> None:
    assert review.allow(
        seeded, "Damn", person="p1", reason="quotes a song", reviewer="hr-ana", now=AT
    )
    assert not review.allow(seeded, "damn", person="p1", reason="again", reviewer="hr-ana")
    status = {(i.post_id, i.rule): i.status for i in review.list_items(seeded)}
    assert status[("p1/2", "profanity.term")] == "allowed"
    assert status[("p2/1", "profanity.term")] == "open"  # someone else's post
    assert status[("p1/2", "confidential.codename")] == "open"
    assert review.global_allow_terms(seeded) == ()
    review.allow(seeded, "falcon", reason="a public bird", reviewer="hr-ana", now=AT)
    assert review.global_allow_terms(seeded) == ("falcon",)
    status = {(i.post_id, i.rule): i.status for i in review.list_items(seeded)}
    assert status[("p1/2", "confidential.codename")] == "allowed"
    assert review.report_decisions(seeded)[("jsonl", "p1/2")] == "allowed"
    trail = seeded.conn.execute(
        "SELECT actor, action, finding_id, person_id, after FROM review_trail"
    )
    found = ids(seeded)
    assert [tuple(r) for r in trail] == [
        ("hr-ana", "allow", None, "p1", "allowed for p1"),
        ("hr-ana", "allow", found[("p1/2", "profanity.term")], "p1", "allowed"),
        ("hr-ana", "allow", None, None, "allowed for everyone: falcon"),
        ("hr-ana", "allow", found[("p1/2", "confidential.codename")], "p1", "allowed"),
    ]
    with pytest.raises(UsageError, match="no person 'nobody'"):
        review.allow(seeded, "x", person="nobody", reason="r", reviewer="a")


def test_the_history_of_a_finding_an_allowed_term_closed_shows_the_allow(seeded: Store) -> None:
    found = ids(seeded)
    decided = found[("p2/1", "profanity.term")]
    review.decide(seeded, decided, decision="escalated", reviewer="hr-bo", now=AT)
    review.allow(seeded, "damn", reason="a song", reviewer="hr-ana", now=AT + timedelta(hours=1))
    closed = found[("p1/2", "profanity.term")]
    assert review.find_item(seeded, closed).status == "allowed"
    (entry,) = review.history(seeded, closed)
    assert (entry.actor, entry.action, entry.before, entry.after, entry.rule) == (
        "hr-ana",
        "allow",
        "open",
        "allowed",
        "profanity.term",
    )
    assert entry.text is not None and json.loads(entry.text) == {"term": "damn", "reason": "a song"}
    # A decision outranks the allow-list: that finding did not change, so its history neither.
    assert review.find_item(seeded, decided).status == "escalated"
    assert [e.action for e in review.history(seeded, decided)] == ["decide"]
    # Still open: only one of its words is allowed. Allowing the same term again adds nothing.
    assert review.history(seeded, found[("p1/2", "confidential.codename")]) == []
    assert not review.allow(seeded, "damn", reason="again", reviewer="hr-ana")
    assert len(review.history(seeded, closed)) == 1


def test_attention_items_skip_closed_findings_and_lower_bands(seeded: Store) -> None:
    run = seeded.runs()[0].run_id
    found = ids(seeded)
    high = review.attention_items(seeded, run, "high")
    assert {(i.post_id, i.rule) for i in high} == {
        ("p1/1", "insult.moron"),
        ("p1/2", "profanity.term"),
        ("p1/2", "confidential.codename"),
    }
    review.decide(seeded, found[("p1/1", "insult.moron")], decision="dismissed", reviewer="a")
    review.decide(seeded, found[("p1/2", "profanity.term")], decision="escalated", reviewer="a")
    still = {(i.post_id, i.rule) for i in review.attention_items(seeded, run, "high")}
    assert still == {("p1/2", "profanity.term"), ("p1/2", "confidential.codename")}
    assert len(review.attention_items(seeded, run, "low")) == 3
    assert review.attention_items(seeded, "another-run", "low") == []


def test_revocation_deletes_the_persons_review_texts_and_keeps_a_trail_without_them(
    seeded: Store,
) -> None:
    mine = ids(seeded)[("p1/1", "insult.moron")]
    theirs = ids(seeded)[("p2/1", "profanity.term")]
    review.decide(seeded, mine, decision="escalated", reviewer="hr-ana", note="see HR-77", now=AT)
    review.respond(seeded, mine, text="My account was hacked that day.", now=AT)
    review.allow(seeded, "damn", person="p1", reason="song lyrics", reviewer="hr-ana", now=AT)
    review.decide(seeded, theirs, decision="dismissed", reviewer="hr-ana", note="fine", now=AT)
    seeded.revoke("p1", on=date(2026, 11, 24), now=AT + timedelta(hours=1))

    dump = "\n".join(seeded.conn.iterdump())
    for text in ("see HR-77", "hacked", "song lyrics", 'damn"'):
        assert text not in dump
    assert (
        seeded.conn.execute("SELECT COUNT(*) FROM review_state WHERE person_id = 'p1'").fetchone()[
            0
        ]
        == 0
    )
    assert (
        seeded.conn.execute("SELECT COUNT(*) FROM review_allow WHERE person_id = 'p1'").fetchone()[
            0
        ]
        == 0
    )
    trail = review.history(seeded, mine)
    assert [(e.action, e.after) for e in trail] == [
        ("decide", "escalated"),
        ("respond", "escalated"),
        ("purge", "consent revoked"),
    ]
    assert trail[0].text is None and trail[0].text_removed
    assert trail[1].text_removed
    # Nobody else's review data is touched.
    assert review.find_item(seeded, theirs).status == "dismissed"
    assert review.history(seeded, theirs)[0].text == "fine"


def test_old_review_texts_expire_but_allow_list_reasons_stay(seeded: Store) -> None:
    fid = ids(seeded)[("p1/1", "insult.moron")]
    review.decide(seeded, fid, decision="dismissed", reviewer="a", note="old note", now=AT)
    review.allow(seeded, "falcon", reason="public bird", reviewer="a", now=AT)
    with seeded.transaction() as conn:
        deleted = review.purge_texts_before(conn, AT + timedelta(days=1))
    assert deleted == 1
    assert review.history(seeded, fid)[0].text_removed
    reasons = [r[0] for r in seeded.conn.execute("SELECT body FROM review_texts")]
    assert reasons == [json.dumps({"term": "falcon", "reason": "public bird"})]


# -- decisions file ------------------------------------------------------------------------


def decisions_file(tmp_path: Path, body: object) -> Path:
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_a_decisions_file_is_applied_whole_and_a_second_import_changes_nothing(
    seeded: Store, tmp_path: Path
) -> None:
    found = ids(seeded)
    path = decisions_file(
        tmp_path,
        {
            "version": 1,
            "run_id": "20261124-020000",
            "decisions": [
                {
                    "finding": found[("p1/1", "insult.moron")],
                    "decision": "dismissed",
                    "reviewer": "hr-ana",
                    "note": "banter",
                },
                {
                    "finding": found[("p2/1", "profanity.term")].upper(),
                    "decision": "escalated",
                    "reviewer": "hr-ana",
                },
            ],
        },
    )
    assert decisions.import_decisions(seeded, path, now=AT) == decisions.ImportResult(2, 0)
    status = {(i.post_id, i.rule): i.status for i in review.list_items(seeded)}
    assert status[("p1/1", "insult.moron")] == "dismissed"
    assert status[("p2/1", "profanity.term")] == "escalated"
    assert decisions.import_decisions(seeded, path, now=AT) == decisions.ImportResult(0, 2)
    assert seeded.conn.execute("SELECT COUNT(*) FROM review_trail").fetchone()[0] == 2


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([], "expected an object"),
        ({"decisions": [], "extra": 1}, "unknown keys extra"),
        ({"decisions": [{"finding": "FID", "decision": "dismissed"}]}, "'reviewer' is missing"),
        (
            {"decisions": [{"finding": "FID", "decision": "dismissed", "reviewer": " "}]},
            "decision 2: 'reviewer' is empty",
        ),
        (
            {"decisions": [{"finding": "FID", "decision": "dismissed", "reviewer": 7}]},
            "'reviewer' must be text, not a number",
        ),
        (
            {"decisions": [{"finding": "FID", "decision": "nope", "reviewer": "a"}]},
            "decision 'nope' is not one of",
        ),
        (
            {"decisions": [{"finding": "FID", "decision": "dismissed", "reviewer": "a", "x": 1}]},
            "decision 2: unknown keys x",
        ),
        (
            {"decisions": [{"finding": "000000000000", "decision": "dismissed", "reviewer": "a"}]},
            "no flagged finding with id 000000000000",
        ),
    ],
)
def test_a_bad_decisions_file_changes_nothing(
    seeded: Store, tmp_path: Path, body: object, message: str
) -> None:
    good = ids(seeded)[("p1/1", "insult.moron")]
    text = json.dumps(body).replace("FID", good)
    if isinstance(body, dict) and body.get("decisions"):
        # A valid entry first: it must not be applied when a later one is wrong.
        data = json.loads(text)
        data["decisions"].insert(
            0, {"finding": good, "decision": "escalated", "reviewer": "hr-ana"}
        )
        text = json.dumps(data)
    path = tmp_path / "d.json"
    path.write_text(text)
    with pytest.raises(UsageError, match=message):
        decisions.import_decisions(seeded, path)
    assert seeded.conn.execute("SELECT COUNT(*) FROM review_trail").fetchone()[0] == 0
    assert review.find_item(seeded, good).status == "open"


def test_finding_ids_follow_the_documented_formula() -> None:
    import hashlib

    expected = hashlib.sha256(b"x\n1234567890\ninsult.moron").hexdigest()[:12]
    assert review.finding_id("x", "1234567890", "insult.moron") == expected
    assert review.finding_id("x", "1234567890", "insult.other") != expected


def test_items_from_needs_no_database() -> None:
    sp_post = post("p9", 1)
    from auditor.store import StoredPost

    sp = StoredPost(
        post=sp_post,
        first_run_id="r1",
        deleted_at=None,
        score=40,
        band="medium",
        scored_run_id="r1",
        policy_version="pv1",
        tool_version="0.1.0",
        findings=(finding("profanity.term", "Heck"),),
    )
    (item,) = review.items_from([sp], {}, {None: {"heck"}})
    assert item.status == "allowed"
    (item,) = review.items_from([replace(sp, band="high")], {}, {})
    assert item.status == "open" and item.band == "high"


def test_allow_scorers_give_each_person_everyones_terms_plus_their_own(seeded: Store) -> None:
    review.allow(seeded, "falcon", reason="public bird", reviewer="a", now=AT)
    review.allow(seeded, "Damn", person="p1", reason="song", reviewer="a", now=AT)
    built: list[tuple[str, ...]] = []

    def make(terms: tuple[str, ...]) -> tuple[str, ...]:
        built.append(terms)
        return terms

    scorers = review.AllowScorers(review.allow_terms(seeded), make)
    assert scorers.for_person("p1") == ("damn", "falcon")
    assert scorers.for_person("p2") == ("falcon",)
    assert scorers.for_person(None) == ("falcon",)
    assert scorers.for_person("p1") == ("damn", "falcon")
    assert built == [("damn", "falcon"), ("falcon",)]  # one scorer per distinct list
