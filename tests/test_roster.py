"""The roster CSV: validation with file/line/column, consent on the run's date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from auditor.roster import HEADER, RosterError, read_roster

TODAY = date(2026, 11, 24)
HEAD = ",".join(HEADER)


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text("\n".join((HEAD, *rows)) + "\n", encoding="utf-8")
    return path


def test_people_with_several_accounts_are_grouped(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p1,Jane,staff,x,@jane,2026-01-01,,,HR-1",
        "p1,Jane,staff,mastodon,@jane@social.example,2026-01-01,2027-01-01,,HR-1",
        "p2,Sam,ambassador,jsonl,posts/sam.jsonl,2026-02-01,,,AMB-2",
    )
    people = read_roster(path, today=TODAY)
    assert [p.person_id for p in people] == ["p1", "p2"]
    assert [a.network for a in people[0].accounts] == ["x", "mastodon"]
    assert people[1].accounts[0].handle == str(tmp_path / "posts" / "sam.jsonl")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "p1,Jane,staff,myspace,@jane,2026-01-01,,,R",
            "line 2, column 4 (network): unknown network",
        ),
        ("p1,Jane,intern,x,@jane,2026-01-01,,,R", "column 3 (role): unknown role 'intern'"),
        ("p1,Jane,staff,x,@jane,2027-01-01,,,R", "column 6 (consent_granted)"),
        ("p1,Jane,staff,x,@jane,01/02/2026,,,R", "not an ISO 8601 date"),
        ("p1,Jane,staff,mastodon,@jane,2026-01-01,,,R", "expected @user@instance"),
        ("p1,Jane,staff,feed,blog.example,2026-01-01,,,R", "http(s) URL"),
        ("p1,Jane,staff,x,@jane,2026-01-01,2025-01-01,,R", "expires (2025-01-01) before"),
        ("p1,Jane,staff,x,@jane,2026-01-01", "expected 9 columns, found 6"),
    ],
)
def test_a_bad_row_is_refused_with_line_and_column(tmp_path: Path, row: str, expected: str) -> None:
    path = write(tmp_path, row)
    with pytest.raises(RosterError) as err:
        read_roster(path, today=TODAY)
    assert str(path) in err.value.message
    assert expected in err.value.message
    assert err.value.exit_code == 2


def test_a_future_consent_date_says_what_to_do(tmp_path: Path) -> None:
    path = write(tmp_path, "p1,Jane,staff,x,@jane,2026-12-01,,,R")
    with pytest.raises(RosterError, match="future consent date"):
        read_roster(path, today=TODAY)


def test_wrong_header_empty_file_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name\np1,Jane\n")
    with pytest.raises(RosterError, match="line 1: the header must be exactly"):
        read_roster(bad, today=TODAY)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(RosterError, match="empty"):
        read_roster(empty, today=TODAY)
    with pytest.raises(RosterError, match="not found"):
        read_roster(tmp_path / "missing.csv", today=TODAY)


def test_one_account_cannot_belong_to_two_people(tmp_path: Path) -> None:
    path = write(
        tmp_path, "p1,Jane,staff,x,@jane,2026-01-01,,,R", "p2,Sam,staff,x,@jane,2026-01-01,,,R"
    )
    with pytest.raises(RosterError, match="already belongs to p1"):
        read_roster(path, today=TODAY)


def test_consent_states_on_the_run_date(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a,A,staff,x,@a,2026-01-01,,,R",
        "b,B,staff,x,@b,2025-01-01,2025-12-31,,R",
        "c,C,staff,x,@c,2025-01-01,,2026-03-01,R",
    )
    people = {p.person_id: p for p in read_roster(path, today=TODAY)}
    states = {pid: p.accounts[0].consent.state_on(TODAY) for pid, p in people.items()}
    assert states == {"a": "active", "b": "expired", "c": "revoked"}
    assert [pid for pid, p in people.items() if p.active_accounts(TODAY)] == ["a"]


def test_a_roster_that_is_not_utf8_names_the_line_and_says_to_save_as_utf8(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path, "p1,Jane,staff,x,@jane,2026-01-01,,,R", "p2,Ren\xe9,staff,x,@rene,2026-01-01,,,R"
    )
    path.write_bytes(path.read_text().encode("latin-1"))
    with pytest.raises(RosterError) as err:
        read_roster(path, today=TODAY)
    assert err.value.message == (
        f"{path}, line 3, column 7: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )


@pytest.mark.parametrize(
    "second",
    [
        "p1,Jane,staff,x,@jane,2026-02-01,,,R2",  # the same row again, other dates
        "p1,Jane,staff,x,JANE,2026-01-01,,,R",  # X names ignore case and the @
        "p1,Jane,staff,jsonl,./posts/../jane.jsonl,2026-01-01,,,R",  # the same file
    ],
)
def test_one_account_on_two_rows_is_refused_naming_both_lines(tmp_path: Path, second: str) -> None:
    network = second.split(",")[3]
    handle = "@jane" if network == "x" else "jane.jsonl"
    first = f"p1,Jane,staff,{network},{handle},2026-01-01,,,R"
    path = write(tmp_path, first, "p2,Sam,staff,x,@sam,2026-01-01,,,R", second)
    with pytest.raises(RosterError) as err:
        read_roster(path, today=TODAY)
    assert err.value.message.startswith(f"{path}, line 4, column 5 (handle): ")
    assert "already on line 2" in err.value.message
    assert "one row per account" in err.value.message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])  # \r: old Mac spreadsheets
def test_rows_end_only_at_newlines_not_at_unicode_line_separators_in_a_name(
    tmp_path: Path, separator: str, newline: str
) -> None:
    rows = (
        HEAD,
        f"p1,Jane{separator}Doe,staff,x,@jane,2026-01-01,,,R{separator}1",
        "p2,Sam,staff,x,@sam,2026-01-01,,,R",
        "p3,Ann,staff,x,not a handle,2026-01-01,,,R",
    )
    path = tmp_path / "roster.csv"
    path.write_text(newline.join(rows) + newline, encoding="utf-8", newline="")
    with pytest.raises(RosterError) as err:  # the line numbers after that name are still right
        read_roster(path, today=TODAY)
    assert err.value.message.startswith(f"{path}, line 4, column 5 (handle): ")
    path.write_text(newline.join(rows[:3]) + newline, encoding="utf-8", newline="")
    jane, sam = read_roster(path, today=TODAY)
    assert jane.name == f"Jane{separator}Doe"
    assert jane.accounts[0].consent.reference == f"R{separator}1"
    assert sam.accounts[0].handle == "@sam"


def test_comment_lines_are_skipped_and_later_lines_keep_their_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "# p0,Old,staff,x,@old,2026-01-01,,,HR-0",
        "  # switched off for now",
        "p1,Jane,staff,x,@jane,2026-01-01,,,HR-1",
    )
    assert [p.person_id for p in read_roster(path, today=TODAY)] == ["p1"]
    bad = write(tmp_path, "# a comment", "p1,Jane,staff,x,@jane,not-a-date,,,HR-1")
    with pytest.raises(RosterError, match=r"line 3, column 6"):
        read_roster(bad, today=TODAY)
    only = write(tmp_path, "# p1,Jane,staff,x,@jane,2026-01-01,,,HR-1")
    with pytest.raises(RosterError, match="remove the # before an example row"):
        read_roster(only, today=TODAY)


def test_a_future_revocation_date_is_refused_with_what_to_use_instead(tmp_path: Path) -> None:
    path = write(tmp_path, "p1,Jane,staff,x,@jane,2026-01-01,,2027-01-01,HR-1")
    expected = r"line 2, column 8 \(consent_revoked\): .*use consent_expires"
    with pytest.raises(RosterError, match=expected):
        read_roster(path, today=TODAY)
    today = write(tmp_path, "p1,Jane,staff,x,@jane,2026-01-01,,2026-11-24,HR-1")
    (person,) = read_roster(today, today=TODAY)
    assert not person.active_accounts(TODAY)
