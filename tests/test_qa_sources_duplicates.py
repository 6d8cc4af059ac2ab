"""A post id given twice: refused in a JSONL file, and never counted as new when not stored."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from auditor.models import Account
from auditor.pipeline import Auditor
from auditor.sources.base import Batch, SourceError
from auditor.sources.jsonl import JsonlSource
from auditor.store import Store
from tests.helpers import FixedClock, person, write_jsonl
from tests.test_pipeline import ListSource, WordScorer


def line(post_id: str, text: str, day: int = 20) -> str:
    return f'{{"id": {post_id}, "created_at": "2026-11-{day}T10:00:00Z", "text": "{text}"}}'


def jsonl_auditor(store: Store) -> Auditor:
    return Auditor(
        store=store, scorer=WordScorer(), sources={"jsonl": JsonlSource()}, clock=FixedClock()
    )


@pytest.mark.parametrize(("first", "second"), [('"x1"', '"x1"'), ("7", '"7"')])
def test_a_jsonl_id_given_twice_is_refused_naming_both_lines(
    tmp_path: Path, first: str, second: str
) -> None:
    path = write_jsonl(
        tmp_path / "p.jsonl", [line(first, "hello"), line('"other"', "hi"), line(second, "bad")]
    )
    account = person("p1", ("jsonl", str(path))).accounts[0]
    with pytest.raises(SourceError) as err:
        JsonlSource().fetch(account, None)
    shown = first.strip('"')
    assert err.value.message.startswith(f"{path}, line 3: duplicate id {shown} (first on line 1)")
    assert "give each post its own id" in err.value.message


def test_a_duplicate_id_fails_the_account_and_stores_nothing_of_it(
    store: Store, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [line('"x1"', "hello"), line('"x1"', "bad", 21)])
    summary = jsonl_auditor(store).run([person("p1", ("jsonl", str(path)))])
    assert [m for _, m in summary.accounts_failed] == [
        f"{path}, line 2: duplicate id x1 (first on line 1); give each post its own id"
    ]
    assert (summary.posts_new, sum(summary.flagged_by_band.values())) == (0, 0)
    assert store.count_posts() == 0


def test_a_duplicate_appended_to_a_file_already_read_fails_the_account(
    store: Store, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [line('"x1"', "hello")])
    people = [person("p1", ("jsonl", str(path)))]
    assert jsonl_auditor(store).run(people).posts_new == 1
    write_jsonl(path, [line('"x1"', "hello"), line('"x1"', "bad", 21)])
    again = jsonl_auditor(store).run(people)
    assert [m.split(": ", 1)[1] for _, m in again.accounts_failed] == [
        "duplicate id x1 (first on line 1); give each post its own id"
    ]


def test_an_edited_post_is_stored_as_its_new_version_and_counted_as_edited_not_new(
    store: Store, tmp_path: Path
) -> None:
    # Edits have their own tests (tests/test_edited_posts.py); here: not a new post.
    path = write_jsonl(tmp_path / "p.jsonl", [line('"x1"', "hello")])
    people = [person("p1", ("jsonl", str(path)))]
    jsonl_auditor(store).run(people)
    write_jsonl(path, [line('"x1"', "bad edit"), line('"x2"', "new")])
    again = jsonl_auditor(store).run(people)
    assert (again.posts_read, again.posts_new, again.posts_edited) == (2, 1, 1)
    assert again.flagged_by_band == {"medium": 1}  # the edited post's new version
    texts = store.conn.execute("SELECT text FROM posts ORDER BY post_id").fetchall()
    assert [r[0] for r in texts] == ["bad edit", "new"]


class RepeatingSource(ListSource):
    """Serves every post twice in one batch, the copy with other text (a source bug)."""

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        batch = super().fetch(account, cursor)
        copies = [replace(p, text="bad copy") for p in batch.posts]
        return Batch(posts=batch.posts + copies, cursor=batch.cursor)


def test_only_posts_actually_stored_count_as_new_or_flagged(store: Store) -> None:
    auditor = Auditor(
        store=store,
        scorer=WordScorer(),
        sources={"jsonl": RepeatingSource({"h1": ["fine", "also fine"]})},
        clock=FixedClock(),
    )
    summary = auditor.run([person("p1", ("jsonl", "h1"))])
    assert (summary.posts_read, summary.posts_new) == (4, 2)
    assert sum(summary.flagged_by_band.values()) == 0
    results = store.account_results(summary.run_id)
    assert [(r.posts_read, r.posts_new) for r in results] == [(4, 2)]
