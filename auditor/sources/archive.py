"""The X archive a person downloads from X ("Download an archive of your data").

Accepts the `.zip` itself or one of its `tweets.js` / `tweet.js` / `tweets-part<N>.js` files. Each
file is `window.YTD.<name>.part<N> = [...]`, items wrapped in `{"tweet": {...}}` or bare, numbers
as strings and dates like `Wed Nov 16 22:22:28 +0000 2022`.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import auditor
from auditor.errors import decode_utf8, line_col
from auditor.models import Account, Person, Post
from auditor.roster import identity
from auditor.sources.base import (
    Batch,
    Clock,
    SourceError,
    checked_created,
    checked_text,
    utcnow,
)
from auditor.sources.files import fingerprint, read_bytes
from auditor.sources.jsonl import json_problem
from auditor.sources.links import expand_links

_PREFIX = re.compile(r"\A\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*")
_TWEET_FILES = re.compile(r"(?:^|/)(tweets?|tweets-part\d+|tweet-part\d+)\.js$")
_X_DATE = "%a %b %d %H:%M:%S %z %Y"
# The largest tweets file read, in a zip or alone (README, "JSONL and archive input"), about
# 60,000 tweets: parsing takes about 2.5 times its size in memory (a 300 MB one used 750 MB).
# X splits a large archive into tweets-part<N>.js files, each checked on its own.
MAX_TWEETS_FILE_BYTES = 150_000_000


@dataclass(frozen=True, slots=True)
class ArchiveFile:
    name: str  # for messages: "archive.zip:data/tweets.js" or the file path
    text: str


def parse_ytd(file: ArchiveFile) -> list[Any]:
    """Parse one `window.YTD...` file into its list, naming file/line/column on error."""
    match = _PREFIX.match(file.text)
    if match is None:
        raise SourceError(
            f"{file.name}: not an X archive file (it should start with "
            "'window.YTD.tweets.part0 = '); pass the .zip or its data/tweets.js"
        )
    body = file.text[match.end() :]
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        line, col = line_col(file.text, match.end() + exc.pos)
        fix = "pass the file as X wrote it, or ask for a new download"
        raise SourceError(
            f"{file.name}, line {line}, column {col}: {json_problem(exc, fix)}"
        ) from None
    if not isinstance(data, list):
        raise SourceError(f"{file.name}: expected a list after '=', found {type(data).__name__}")
    return data


def _parse_created(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise SourceError(f"{where}: created_at is missing")
    try:
        parsed = datetime.strptime(value, _X_DATE)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise SourceError(f"{where}: created_at '{value}' is not a date X writes") from None
    return parsed.replace(tzinfo=parsed.tzinfo or UTC).astimezone(UTC)


def _archive_files(path: Path, data: bytes) -> tuple[list[ArchiveFile], str | None]:
    """The tweet files in the archive and, if present, the account's username."""
    if not zipfile.is_zipfile(BytesIO(data)):
        if data.startswith(b"PK"):
            raise SourceError(f"{path}: damaged zip file; ask for a new download")
        if path.suffix.lower() == ".zip":
            raise SourceError(
                f"{path}: not a zip archive; pass the .zip downloaded from X, or its data/tweets.js"
            )
        _check_size(str(path), len(data))
        return [ArchiveFile(str(path), _decode(data, str(path)))], None
    files: list[ArchiveFile] = []
    username: str | None = None
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            for info in sorted(zf.infolist(), key=_part_order):
                name = f"{path}:{info.filename}"
                if _TWEET_FILES.search(info.filename):
                    _check_size(name, info.file_size)  # before it is unpacked
                    files.append(ArchiveFile(name, _decode(zf.read(info), name)))
                elif info.filename.endswith("account.js"):
                    username = _username(ArchiveFile(name, _decode(zf.read(info), name)))
    except (zipfile.BadZipFile, OSError) as exc:
        raise SourceError(f"{path}: damaged zip file ({exc}); ask for a new download") from None
    if not files:
        raise SourceError(f"{path}: no tweets.js in this zip; is it the archive downloaded from X?")
    return files, username


def _check_size(name: str, size: int) -> None:
    if size > MAX_TWEETS_FILE_BYTES:
        raise SourceError(
            f"{name} is over {MAX_TWEETS_FILE_BYTES:,} bytes, the limit for one tweets file; "
            "ask for the archive again, or split the file"
        )


def _part_order(info: zipfile.ZipInfo) -> tuple[int, str]:
    """tweets.js before tweets-part1.js before tweets-part2.js."""
    match = re.search(r"part(\d+)\.js$", info.filename)
    return (int(match.group(1)) if match else 0, info.filename)


def _decode(data: bytes, name: str) -> str:
    return decode_utf8(data, name, error=SourceError)


def _username(file: ArchiveFile) -> str | None:
    for item in parse_ytd(file):
        account = item.get("account") if isinstance(item, dict) else None
        if isinstance(account, dict) and isinstance(account.get("username"), str):
            return str(account["username"])
    return None


def iter_tweets(files: list[ArchiveFile]) -> Iterator[tuple[str, dict[str, Any]]]:
    for file in files:
        for index, item in enumerate(parse_ytd(file)):
            tweet = item.get("tweet", item) if isinstance(item, dict) else None
            if not isinstance(tweet, dict):
                raise SourceError(f"{file.name}: item {index} is not a tweet object")
            yield f"{file.name}, item {index}", tweet


def owner_problem(account: Account, username: str | None, people: Sequence[Person]) -> str | None:
    """Why the X archive read for `account` is not its person's, or None.

    Checked against the roster (`people`) before anything is stored, since a post is stored
    once under one person: the archive must not be another person's archive file, nor (by its
    data/account.js `username`) another person's X handle, nor none of this person's X
    handles. An archive naming no account, of a person with no X handle, cannot be checked.
    """
    who = account.person_id
    named = f"@{username}" if username else None
    own: list[str] = []
    for person in people:
        for other in person.accounts:
            if person.person_id == who:
                own += [other.handle] if other.network == "x" else []
            elif identity(other) == identity(account):
                says = f" (its data/account.js says {named})" if named else ""
                return (
                    f"{account.handle} is {person.person_id}'s archive on the roster{says}, "
                    f"not {who}'s: scan it with --person {person.person_id}, or ask {who} "
                    "for their own archive"
                )
            elif username and other.network == "x" and _same_handle(other.handle, username):
                return (
                    f"{account.handle} is the X archive of {named}, {person.person_id}'s X "
                    f"handle on the roster, not {who}'s"
                )
    if username and own and not any(_same_handle(h, username) for h in own):
        return (
            f"{account.handle} is the X archive of {named}, but {who}'s X handles on the roster "
            f"are {', '.join(own)}: ask {who} for their own archive, or add that handle to the "
            "roster"
        )
    return None


def _same_handle(handle: str, username: str) -> bool:
    return handle.removeprefix("@").casefold() == username.removeprefix("@").casefold()


class ArchiveSource:
    """Reads an X archive file named in the roster (network `archive`)."""

    network = "archive"

    def __init__(self, *, include_reposts: bool = False, clock: Clock = utcnow) -> None:
        self.include_reposts = include_reposts
        self.clock = clock

    def fetch(self, account: Account, cursor: str | None) -> Batch:
        return self.read(Path(account.handle), account, cursor)

    def read(self, path: Path, account: Account, cursor: str | None = None) -> Batch:
        data = read_bytes(path, "X archive")
        stamp = fingerprint(data)
        if cursor == stamp:
            return Batch(cursor=stamp, notes=[f"{path.name} unchanged since the last run"])
        files, username = _archive_files(path, data)
        fetched = self.clock()
        posts: list[Post] = []
        reposts = 0
        for where, tweet in iter_tweets(files):
            post_id = str(tweet.get("id_str") or tweet.get("id") or "")
            text = tweet.get("full_text", tweet.get("text"))
            if not post_id.isdigit() or not isinstance(text, str):
                raise SourceError(f"{where}: a tweet needs id_str and full_text")
            text = checked_text(expand_links(html.unescape(text), tweet.get("entities")), where)
            is_repost = text.startswith("RT @")
            if is_repost and not self.include_reposts:
                reposts += 1
                continue
            url = (
                f"https://x.com/{username}/status/{post_id}"
                if username
                else f"https://x.com/i/web/status/{post_id}"
            )
            posts.append(
                Post(
                    network="x",
                    post_id=post_id,
                    person_id=account.person_id,
                    account=account.handle,
                    text=text,
                    created_at=checked_created(
                        _parse_created(tweet.get("created_at"), where), fetched, where
                    ),
                    url=url,
                    source=f"archive:{path.name}",
                    fetched_at=fetched,
                    tool_version=auditor.__version__,
                    is_repost=is_repost,
                    lang=tweet.get("lang") if isinstance(tweet.get("lang"), str) else None,
                )
            )
        notes = [f"{reposts} reposts skipped"] if reposts else []
        return Batch(posts=posts, cursor=stamp, notes=notes, username=username)
