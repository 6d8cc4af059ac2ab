"""A bad auditor.toml is reported with the file, the line of the offending key in its table
(never a comment that mentions it), the key and what to do, for every table: the core tables,
[sources.*] and [notify]."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.cli.init import STARTER_CONFIG
from auditor.config import load_config
from auditor.errors import UsageError
from auditor.notify import parse_notify
from auditor.sources.live import parse_source_settings


def starter_plus(tmp_path: Path, extra: str) -> tuple[Path, int]:
    """The starter config (with its commented-out examples) plus `extra`; and the line number
    of the last line of `extra`."""
    path = tmp_path / "bad.toml"
    text = STARTER_CONFIG + "\n" + extra
    path.write_text(text, encoding="utf-8")
    return path, len(text.splitlines())


def load_error(path: Path) -> str:
    with pytest.raises(UsageError) as err:
        load_config(path)
    return err.value.message


def test_a_wrong_type_names_the_line_of_the_key_not_the_comment(tmp_path: Path) -> None:
    path, last = starter_plus(tmp_path, '[run]\nconcurrency = "eight"\n')
    assert "# concurrency = 8" in STARTER_CONFIG
    assert load_error(path) == f"{path}, line {last}: [run] concurrency must be a number"


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ("[retention]\nunflagged_days = -5\n", "unflagged_days"),
        ("[retention]\nunflagged_days = 7\nflagged_days = -5\n", "flagged_days"),
    ],
)
def test_a_negative_retention_names_the_key_and_its_line(
    tmp_path: Path, extra: str, key: str
) -> None:
    path, last = starter_plus(tmp_path, extra)
    assert load_error(path) == (
        f"{path}, line {last}: [retention] {key} must not be negative (0 or more days)"
    )


def test_a_key_is_found_in_its_own_table(tmp_path: Path) -> None:
    # `path` is also a key of [roster] and [store], and a word of the first comment.
    path, last = starter_plus(tmp_path, "[policy]\npath = 5\n")
    assert load_error(path) == f"{path}, line {last}: [policy] path must be a string"


def test_a_bad_concurrency_and_an_unknown_key_name_their_lines(tmp_path: Path) -> None:
    path, last = starter_plus(tmp_path, "[run]\nconcurrency = 0\n")
    assert load_error(path) == f"{path}, line {last}: [run] concurrency must be at least 1"
    path, last = starter_plus(tmp_path, "[run]\nconcurency = 4\n")
    assert load_error(path).startswith(f"{path}, line {last}: unknown key 'concurency' in [run]")


def test_an_unknown_source_key_names_file_line_key_and_known_keys(tmp_path: Path) -> None:
    path, last = starter_plus(tmp_path, "[sources.x]\nmax_post = 3\n")
    sources = load_config(path).sources
    with pytest.raises(ValueError) as err:
        parse_source_settings(sources, str(path))
    assert str(err.value) == (
        f"{path}, line {last}: [sources.x] unknown key 'max_post'; known keys: backfill_days, "
        "base_url, bearer_token_env, include_reposts, max_posts_per_run"
    )


def test_a_wrong_source_value_names_its_line(tmp_path: Path) -> None:
    path, last = starter_plus(tmp_path, "[sources.mastodon]\nbackfill_days = 0\n")
    with pytest.raises(ValueError) as err:
        parse_source_settings(load_config(path).sources, str(path))
    assert str(err.value).startswith(f"{path}, line {last}: [sources.mastodon] backfill_days")


@pytest.mark.parametrize(
    ("extra", "table"),
    [
        ('[notify]\nmin_band = "high"\nmin_bnd = "high"\n', "notify"),
        (
            '[notify.email]\nhost = "127.0.0.1"\nfrom = "a@b.example"\nto = "c@b.example"\n'
            "prot = 25\n",
            "notify.email",
        ),
    ],
)
def test_an_unknown_notify_key_names_file_line_and_known_keys(
    tmp_path: Path, extra: str, table: str
) -> None:
    path, last = starter_plus(tmp_path, extra)
    with pytest.raises(UsageError) as err:
        parse_notify(load_config(path).notify, str(path))
    key = extra.splitlines()[-1].split(" =")[0]
    assert err.value.message.startswith(
        f"{path}, line {last}: unknown key '{key}' in [{table}] (known: "
    )


@pytest.mark.parametrize("mode", [0o600, 0o644])
def test_a_config_that_is_not_utf8_names_line_column_and_byte(tmp_path: Path, mode: int) -> None:
    """Not a traceback: the readable-secret check (mode 0644) and the loader both cope."""
    path = tmp_path / "c.toml"
    path.write_bytes(b'[organization]\nname="Acm\xe9"\n[roster]\npath="roster.csv"\n')
    path.chmod(mode)
    assert load_error(path) == (
        f"{path}, line 2, column 10: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )
