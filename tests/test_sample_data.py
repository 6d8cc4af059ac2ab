"""The bundled demo sample (`auditor/sample/`) is well formed, complete and reproducible.

Only the standard library is used, so a broken parser elsewhere cannot hide a broken sample.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

SAMPLE = Path(__file__).resolve().parent.parent / "auditor" / "sample"
HEADER = [
    "person_id",
    "name",
    "role",
    "network",
    "handle",
    "consent_granted",
    "consent_expires",
    "consent_revoked",
    "consent_reference",
]
CATEGORIES = (
    "profanity",
    "insult",
    "hate",
    "threat",
    "sexual",
    "drugs",
    "political",
    "confidential",
    "pii",
    "credentials",
    "employer_criticism",
    "competitor",
)
YTD_PREFIX = re.compile(r"window\.YTD\.(\w+)\.part(\d+) = ")
MANIFEST_PREFIX = "window.__THAR_CONFIG = "
# The day the demo data is written for: the last post is dated 2026-11-23.
DEMO_DAY = date(2026, 11, 23)
WINDOW = (date(2026, 9, 1), date(2026, 11, 23))


def roster_rows() -> list[dict[str, str]]:
    with (SAMPLE / "roster.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == HEADER
        return list(reader)


def parse_ytd(text: str, where: str) -> tuple[str, int, Any]:
    match = YTD_PREFIX.match(text)
    assert match, f"{where} lacks the window.YTD.<name>.partN prefix"
    return match.group(1), int(match.group(2)), json.loads(text[match.end() :])


def archive_members(path: Path) -> dict[str, str]:
    """Every `.js` file of an archive: the file itself, or each `.js` entry of a zip."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            return {
                f"{path.name}!{n}": zf.read(n).decode("utf-8")
                for n in zf.namelist()
                if n.endswith(".js")
            }
    return {path.name: path.read_text(encoding="utf-8")}


def posts_of(row: dict[str, str]) -> list[dict[str, str]]:
    """Posts of one roster account as {id, created, text}, retweets included."""
    path = SAMPLE / row["handle"]
    posts: list[dict[str, str]] = []
    if row["network"] == "jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            posts.append({"id": obj["id"], "created": obj["created_at"], "text": obj["text"]})
        return posts
    for where, text in archive_members(path).items():
        if text.startswith(MANIFEST_PREFIX):
            continue
        name, _, items = parse_ytd(text, where)
        if name != "tweets":
            continue
        for item in items:
            tweet = item["tweet"]
            posts.append(
                {"id": tweet["id_str"], "created": tweet["created_at"], "text": tweet["full_text"]}
            )
    return posts


def is_active(row: dict[str, str], day: date) -> bool:
    granted = date.fromisoformat(row["consent_granted"])
    expires = row["consent_expires"] and date.fromisoformat(row["consent_expires"])
    revoked = row["consent_revoked"] and date.fromisoformat(row["consent_revoked"])
    if day < granted or (expires and day > expires):
        return False
    return not (revoked and day >= revoked)


def load_labels() -> dict[str, list[str]]:
    labels: dict[str, list[str]] = json.loads((SAMPLE / "labels.json").read_text("utf-8"))
    return labels


def load_make_zip() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sample_make_zip", SAMPLE / "make_zip.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_config_names_the_roster_and_the_organization() -> None:
    import tomllib

    config = tomllib.loads((SAMPLE / "auditor.toml").read_text("utf-8"))
    assert config["organization"]["name"] == "Acme"
    assert "Project Falcon" in config["organization"]["codenames"]
    assert (SAMPLE / config["roster"]["path"]).is_file()


def test_roster_has_the_exact_header_and_valid_rows() -> None:
    rows = roster_rows()
    assert len({r["person_id"] for r in rows}) >= 8
    for row in rows:
        assert row["role"] in {"staff", "ambassador", "brand"}
        assert row["network"] in {"archive", "jsonl"}
        assert re.fullmatch(r"[A-Z]+-\d{4}-\d{3}", row["consent_reference"])
        date.fromisoformat(row["consent_granted"])
        for key in ("consent_expires", "consent_revoked"):
            if row[key]:
                date.fromisoformat(row[key])
    assert sum(r["role"] == "brand" for r in rows) == 1
    assert max(Counter(r["person_id"] for r in rows).values()) == 2


def test_roster_holds_one_revoked_and_one_expired_consent() -> None:
    inactive = [r for r in roster_rows() if not is_active(r, DEMO_DAY)]
    assert sorted(bool(r["consent_revoked"]) for r in inactive) == [False, True]


def test_every_referenced_file_exists() -> None:
    for row in roster_rows():
        assert (SAMPLE / row["handle"]).is_file(), row["handle"]


def test_archive_files_carry_the_ytd_prefix_and_valid_json() -> None:
    zips = 0
    for row in roster_rows():
        if row["network"] != "archive":
            continue
        members = archive_members(SAMPLE / row["handle"])
        for where, text in members.items():
            if where.endswith("manifest.js"):
                assert text.startswith(MANIFEST_PREFIX)
                json.loads(text.removeprefix(MANIFEST_PREFIX))
            else:
                parse_ytd(text, where)
        if row["handle"].endswith(".zip"):
            zips += 1
            names = {w.split("!", 1)[1] for w in members}
            assert {"data/tweets.js", "data/tweets-part1.js", "data/account.js"} <= names
    assert zips >= 1


def test_tweets_look_like_the_x_export() -> None:
    for row in roster_rows():
        if row["network"] != "archive":
            continue
        for where, text in archive_members(SAMPLE / row["handle"]).items():
            if text.startswith(MANIFEST_PREFIX):
                continue
            name, _, items = parse_ytd(text, where)
            if name != "tweets":
                continue
            for item in items:
                tweet = item["tweet"]
                assert tweet["id"] == tweet["id_str"] and tweet["id_str"].isdigit()
                assert isinstance(tweet["favorite_count"], str)
                assert isinstance(tweet["retweet_count"], str)
                created = datetime.strptime(tweet["created_at"], "%a %b %d %H:%M:%S %z %Y")
                assert WINDOW[0] <= created.date() <= WINDOW[1], where


def test_jsonl_lines_are_objects_with_id_created_at_and_text() -> None:
    for row in roster_rows():
        if row["network"] != "jsonl":
            continue
        lines = (SAMPLE / row["handle"]).read_text(encoding="utf-8").splitlines()
        assert lines
        for number, line in enumerate(lines, 1):
            obj = json.loads(line)
            where = f"{row['handle']}:{number}"
            assert isinstance(obj["id"], str) and obj["id"], where
            assert isinstance(obj["text"], str) and obj["text"], where
            created = datetime.fromisoformat(obj["created_at"])
            assert created.tzinfo is not None, where
            assert WINDOW[0] <= created.date() <= WINDOW[1], where


def test_post_ids_are_unique_and_total_is_in_range() -> None:
    total = 0
    for row in roster_rows():
        ids = [p["id"] for p in posts_of(row)]
        assert len(ids) == len(set(ids)), row["handle"]
        total += len(ids)
    assert 120 <= total <= 200


def test_archives_include_a_few_retweets() -> None:
    retweets = [p for row in roster_rows() for p in posts_of(row) if p["text"].startswith("RT @")]
    assert 2 <= len(retweets) <= 5


def test_zip_is_reproducible_from_make_zip(tmp_path: Path) -> None:
    built = load_make_zip().build(tmp_path)
    assert built.read_bytes() == (SAMPLE / "archives" / "p02.zip").read_bytes()


def test_labels_name_real_posts_and_known_categories() -> None:
    all_ids = {p["id"] for row in roster_rows() for p in posts_of(row)}
    labels = load_labels()
    assert labels
    for post_id, categories in labels.items():
        assert post_id in all_ids, post_id
        assert categories and set(categories) <= set(CATEGORIES), post_id


def test_every_category_appears_twice_among_consented_posts() -> None:
    labels = load_labels()
    counts: Counter[str] = Counter()
    for row in roster_rows():
        if is_active(row, DEMO_DAY):
            for post in posts_of(row):
                counts.update(labels.get(post["id"], []))
    assert {c: counts[c] for c in CATEGORIES if counts[c] < 2} == {}


def test_revoked_and_expired_accounts_still_hold_risky_posts() -> None:
    labels = load_labels()
    for row in roster_rows():
        if not is_active(row, DEMO_DAY):
            assert any(p["id"] in labels for p in posts_of(row)), row["handle"]
