"""One audit run: consent gate, concurrency, failure isolation, incremental re-runs."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

from auditor.models import Account, Post
from auditor.pipeline import Auditor
from auditor.scoring.types import Finding, Score
from auditor.sources.base import Batch, SourceError
from auditor.store import Store
from tests.helpers import FixedClock, person


class WordScorer:
    """Flags the word 'bad' (the real engine has its own tests)."""

    policy_version = "test-policy"

    def score(self, text: str) -> Score:
        at = text.find("bad")
        if at < 0:
            return Score(0, "none", (), self.policy_version, "0.1.0")
        f = Finding("profanity", "profanity.term", "medium", at, at + 3, "bad", "bad")
        return Score(45, "medium", (f,), self.policy_version, "0.1.0")


class ListSource:
    """Serves posts per handle; records every account it was asked for."""

    network = "jsonl"

    def __init__(self, posts: dict[str, list[str]], fail: dict[str, SourceError] | None = None):
        self.posts = posts
        self.fail = fail or {}
        self.asked: list[str] = []
        self.lock = threading.Lock()
        self.missing_ids: set[str] = set()

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        with self.lock:
            self.asked.append(account.handle)
        if account.handle in self.fail:
            raise self.fail[account.handle]
        texts = self.posts.get(account.handle, [])
        start = int(cursor or 0)
        posts = [
            Post(
                "jsonl",
                f"{account.handle}/{i}",
                account.person_id,
                account.handle,
                text,
                datetime(2026, 11, 1, tzinfo=UTC),
                None,
                "test",
                datetime(2026, 11, 24, tzinfo=UTC),
                "0.1.0",
            )
            for i, text in enumerate(texts)
            if i >= start
        ]
        return Batch(posts=posts, cursor=str(len(texts)))

    def missing(self, account: Account, post_ids: list[str]) -> set[str]:
        return self.missing_ids & set(post_ids)


def make(store: Store, source: ListSource, **kw: object) -> Auditor:
    return Auditor(
        store=store, scorer=WordScorer(), sources={"jsonl": source}, clock=FixedClock(), **kw
    )  # type: ignore[arg-type]


def test_only_accounts_with_active_consent_are_read(store: Store) -> None:
    people = [
        person("ok", ("jsonl", "ok")),
        person("expired", ("jsonl", "expired"), expires=date(2025, 12, 31)),
        person("revoked", ("jsonl", "revoked"), revoked=date(2026, 3, 1)),
        person("future", ("jsonl", "future"), granted=date(2027, 1, 1)),
    ]
    source = ListSource({h: ["bad"] for h in ("ok", "expired", "revoked", "future")})
    summary = make(store, source).run(people)
    assert source.asked == ["ok"]
    assert summary.people == 1
    assert store.count_posts("expired") == store.count_posts("revoked") == 0


def test_one_failing_account_does_not_stop_the_others(store: Store) -> None:
    people = [person(f"p{i}", ("jsonl", f"h{i}")) for i in range(5)]
    source = ListSource(
        {f"h{i}": ["fine", "bad"] for i in range(5)},
        fail={"h2": SourceError("h2: instance is down; try again later")},
    )
    summary = make(store, source).run(people)
    assert summary.accounts_failed == [("jsonl:h2", "h2: instance is down; try again later")]
    assert summary.posts_new == 8
    assert summary.flagged_by_band["medium"] == 4
    results = {r.account_key: r.status for r in store.account_results(summary.run_id)}
    assert results["jsonl:h2"] == "failed"
    assert list(results.values()).count("ok") == 4


def test_a_fatal_network_error_stops_that_network_only(store: Store) -> None:
    people = [person(f"p{i}", ("jsonl", f"h{i}")) for i in range(4)]
    source = ListSource(
        {f"h{i}": ["x"] for i in range(4)},
        fail={"h0": SourceError("set X_BEARER_TOKEN", fatal_for_network=True)},
    )
    summary = make(store, source, concurrency=1).run(people)
    assert source.asked == ["h0"]
    assert len(summary.accounts_failed) == 4


def test_re_running_reads_from_the_cursor_and_adds_nothing(store: Store) -> None:
    people = [person("p1", ("jsonl", "h1"))]
    source = ListSource({"h1": ["bad one", "two"]})
    first = make(store, source).run(people)
    again = make(store, source).run(people)
    assert (first.posts_new, again.posts_new, again.posts_read) == (2, 0, 0)
    source.posts["h1"].append("bad three")
    third = make(store, source).run(people)
    assert (third.posts_read, third.posts_new) == (1, 1)
    assert store.count_posts() == 3


def test_flagged_posts_that_disappear_are_marked_not_dropped(store: Store) -> None:
    people = [person("p1", ("jsonl", "h1"))]
    source = ListSource({"h1": ["bad one", "fine"]})
    make(store, source).run(people)
    source.missing_ids = {"h1/0"}
    summary = make(store, source).run(people)
    assert summary.deleted_since_flagged == 1
    [stored] = store.flagged_posts()
    assert stored.deleted_at is not None


def test_accounts_are_read_concurrently_within_the_bound(store: Store) -> None:
    active = 0
    peak = 0
    guard = threading.Lock()
    barrier = threading.Barrier(4, timeout=5)

    class SlowSource(ListSource):
        def fetch(self, account: Account, cursor: str | None) -> Batch:
            nonlocal active, peak
            with guard:
                active += 1
                peak = max(peak, active)
            try:
                barrier.wait()  # all four must be inside fetch at once, or this times out
            finally:
                with guard:
                    active -= 1
            return super().fetch(account, cursor)

    people = [person(f"p{i}", ("jsonl", f"h{i}")) for i in range(8)]
    summary = make(store, SlowSource({}), concurrency=4).run(people)
    assert not summary.accounts_failed
    assert peak == 4


def test_secrets_are_masked_before_they_are_stored(store: Store) -> None:
    class SecretScorer(WordScorer):
        def score(self, text: str) -> Score:
            at = text.find("4111")
            f = Finding("pii", "pii.card", "high", at, at + 19, text[at : at + 19], "card")
            return Score(70, "high", (f,), self.policy_version, "0.1.0")

    source = ListSource({"h1": ["card 4111 1111 1111 1111 ok"]})
    auditor = Auditor(
        store=store, scorer=SecretScorer(), sources={"jsonl": source}, clock=FixedClock()
    )
    auditor.run([person("p1", ("jsonl", "h1"))])
    [stored] = store.flagged_posts()
    assert stored.post.text == "card **** **** **** 1111 ok"
    assert stored.findings[0].matched == "**** **** **** 1111"
    dump = "\n".join(store.conn.iterdump())
    assert "4111 1111" not in dump


def test_accounts_are_spread_round_robin_over_servers() -> None:
    from auditor.models import Consent
    from auditor.pipeline import interleave, limit_group

    consent = Consent(date(2026, 1, 1))
    accounts = [
        Account("a", "x", "@a", consent),
        Account("b", "x", "@b", consent),
        Account("c", "mastodon", "@c@one.example", consent),
        Account("d", "mastodon", "@d@two.example", consent),
        Account("e", "feed", "https://blog.example/feed", consent),
    ]
    assert limit_group(accounts[2]) == "mastodon:one.example"
    assert limit_group(accounts[4]) == "feed:blog.example"
    assert [a.person_id for a in interleave(accounts)] == ["a", "c", "d", "e", "b"]


def test_each_account_can_have_its_own_scorer(store: Store) -> None:
    class Lenient(WordScorer):
        def score(self, text: str) -> Score:
            return Score(0, "none", (), self.policy_version, "0.1.0")

    people = [person("p1", ("jsonl", "h1")), person("p2", ("jsonl", "h2"))]
    source = ListSource({"h1": ["bad"], "h2": ["bad"]})
    auditor = Auditor(
        store=store,
        scorer=WordScorer(),
        sources={"jsonl": source},
        clock=FixedClock(),
        scorer_for=lambda a: Lenient() if a.person_id == "p1" else WordScorer(),
    )
    summary = auditor.run(people)
    assert summary.flagged_by_band["medium"] == 1
    assert [p.post.person_id for p in store.flagged_posts()] == ["p2"]
