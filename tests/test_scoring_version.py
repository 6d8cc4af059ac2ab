"""The policy version changes when the policy, the organisation or the allow-list changes, and
not otherwise; every Score carries it with the tool version."""

from __future__ import annotations

import re
from pathlib import Path

import auditor
from auditor.models import Organization
from auditor.scoring import Scorer, load_policy

ORG = Organization("Acme", ("Acme Corp",), ("RoadRunner",), ("Globex",), ("Bluebird",))


def version(
    policy_text: str | None = None,
    org: Organization = ORG,
    allow: tuple[str, ...] = (),
    tmp: Path | None = None,
) -> str:
    policy = load_policy()
    if policy_text is not None:
        assert tmp is not None
        path = tmp / "p.toml"
        path.write_text(policy_text, encoding="utf-8")
        policy = load_policy(path)
    return Scorer(policy, org, allow=allow).policy_version


def test_version_is_a_short_hex_hash_and_stable() -> None:
    v = version()
    assert re.fullmatch(r"[0-9a-f]{12}", v)
    assert version() == v


def test_score_carries_policy_and_tool_versions() -> None:
    scorer = Scorer(load_policy(), ORG)
    score = scorer.score("hello")
    assert score.policy_version == scorer.policy_version
    assert score.tool_version == auditor.__version__


def test_equivalent_org_gives_the_same_version() -> None:
    same = Organization("Acme", ("Acme Corp",), ("RoadRunner",), ("Globex",), ("Bluebird",))
    assert version(org=same) == version()


def test_org_changes_change_the_version() -> None:
    base = version()
    assert version(org=Organization("Acme")) != base
    assert version(org=Organization("Acme", ("Acme Corp",), ("RoadRunner",), ("Globex",))) != base
    assert version(org=Organization()) != base


def test_allow_list_changes_change_the_version() -> None:
    assert version(allow=("damn",)) != version()
    # Order and duplicates of the allow-list do not matter.
    assert version(allow=("a", "b", "a")) == version(allow=("b", "a"))


def test_policy_changes_change_the_version(tmp_path: Path) -> None:
    base = version()
    assert version('extends = "default"\n', tmp=tmp_path) == base  # nothing changed
    assert version('extends = "default"\nname = "ours"\n', tmp=tmp_path) == base  # label only
    changed = 'extends = "default"\n[categories.drugs]\nterms = ["moonjuice"]\n'
    assert version(changed, tmp=tmp_path) != base
    assert version('extends = "default"\n[thresholds]\nlow = 21\n', tmp=tmp_path) != base
    assert version('extends = "default"\n[model]\nenabled = false\n', tmp=tmp_path) != base
