"""A policy pattern that backtracks without end cannot hang scoring: it is given up on that post
after a timeout, with one warning naming its category (never the post), and the category's
other patterns still fire."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, load_policy

# (a|aa)+$ on "aaa...a!" tries every way to split the a's: about 1.6**n steps.
SLOW = "(a|aa)+$"
HOSTILE = "kaboom zebrafish " + "a" * 200 + "!"


def policy_file(tmp_path: Path, patterns: list[str]) -> Path:
    path = tmp_path / "p.toml"
    listed = ", ".join(json.dumps(p) for p in patterns)
    path.write_text(
        f'extends = "default"\n[model]\nenabled = false\n'
        f"[categories.profanity]\npatterns = [{listed}]\n",
        encoding="utf-8",
    )
    return path


def rules(scorer: Scorer, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.matched) for f in scorer.score(text).findings]


@pytest.mark.slow
def test_check_with_a_backtracking_pattern_finishes(tmp_path: Path) -> None:
    # A subprocess, so that a hang fails this test instead of stalling the suite.
    policy = policy_file(tmp_path, [SLOW, "kaboom"])
    config = tmp_path / "auditor.toml"
    config.write_text(f'[policy]\npath = "{policy.name}"\n', encoding="utf-8")
    cli = [sys.executable, "-c", "from auditor.cli import main; main()"]
    done = subprocess.run(
        [*cli, "check", "--format", "json", "--config", str(config), HOSTILE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)["findings"]
    assert [f["rule"] for f in found] == ["profanity.pattern"]
    assert "profanity pattern of the policy timed out" in done.stderr
    assert "zebrafish" not in done.stderr


def test_the_timeout_is_warned_once_per_pattern_and_never_shows_the_post(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    scorer = Scorer(load_policy(policy_file(tmp_path, [SLOW, "kaboom"])), Organization())
    with caplog.at_level(logging.WARNING, logger="auditor"):
        first = rules(scorer, HOSTILE)
        second = rules(scorer, HOSTILE.replace("zebrafish", "okapi"))
    assert first == second == [("profanity.pattern", "kaboom")]
    (record,) = caplog.records
    message = record.getMessage()
    assert "a profanity pattern of the policy timed out" in message
    assert repr(SLOW) in message
    assert "zebrafish" not in message and "a" * 20 not in message


def test_the_slow_pattern_still_matches_posts_it_can_finish(tmp_path: Path) -> None:
    scorer = Scorer(load_policy(policy_file(tmp_path, [SLOW, "kaboom"])), Organization())
    assert rules(scorer, "kaboom aaaa") == [
        ("profanity.pattern", "kaboom"),
        ("profanity.pattern", "aaaa"),
    ]


def test_a_pattern_with_inline_flags_scores_instead_of_crashing(tmp_path: Path) -> None:
    # `re` refuses "(?i)" once the category's patterns are joined into one alternation.
    scorer = Scorer(load_policy(policy_file(tmp_path, ["kaboom", "(?i)zebra\\w+"])), Organization())
    assert rules(scorer, HOSTILE[:17]) == [
        ("profanity.pattern", "kaboom"),
        ("profanity.pattern", "zebrafish"),
    ]
