"""`policy explain` masks its text, findings and near misses from one masking of the text, and
shows exactly what masking each of them on its own (`redact`, `mask_score`) would show."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from auditor.cli.policy import app
from auditor.models import Organization
from auditor.redact import is_secret, mask_explained, mask_score, redact
from auditor.scoring import Scorer, load_policy
from auditor.scoring.hits import Explanation
from auditor.scoring.types import Finding

runner = CliRunner()

# A policy whose exceptions stop secret rules: their near misses are secrets themselves.
SECRET_EXCEPTIONS = """extends = "default"
name = "secret exceptions"
[categories.credentials]
exceptions = ["AKIAIOSFODNN7EXAMPLE", "hunter2"]
[categories.pii]
exceptions = ["4111 1111 1111 1111"]
"""
PIECES = (
    'password is "p@ss w0rd"',
    'Password = "hunter2"',
    "password is incorrect",
    "password is fuckyou1",
    "AKIAIOSFODNN7EXAMPLE",
    "4111 1111 1111 1111",
    "bob@example.org",
    "damn",
    "you idiot",
    "I would never kill you",
    "Scunthorpe",
    "\u202e",
    "\x1b[8m",
    "and",
)


@pytest.fixture(scope="module")
def policy_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("policy") / "secret-exceptions.toml"
    path.write_text(SECRET_EXCEPTIONS)
    return path


@pytest.fixture(scope="module")
def scorers(policy_file: Path) -> dict[bool, Scorer]:
    """The default policy's scorer, and (True) the secret-exceptions policy's."""
    return {
        False: Scorer(load_policy(), Organization("Acme")),
        True: Scorer(load_policy(policy_file), Organization("Acme")),
    }


def probes(result: Explanation) -> tuple[Finding, ...]:
    """The near misses as findings, as `policy explain` masks them."""
    return tuple(
        Finding(n.rule.split(".")[0], n.rule, "low", n.start, n.end, n.matched, n.matched)
        for n in result.near_misses
    )


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.sampled_from(PIECES), min_size=1, max_size=6), exceptions=st.booleans())
def test_one_masking_shows_what_masking_each_part_on_its_own_shows(
    scorers: dict[bool, Scorer], words: list[str], exceptions: bool
) -> None:
    text = " ".join(words)
    result = scorers[exceptions].explain(text)
    near = probes(result)
    shown, score, masked_near = mask_explained(text, result.score, near)
    if any(is_secret(f, text) for f in near):  # a secret stopped by an exception: masked too
        assert (
            shown
            == redact(text, replace(result.score, findings=(*result.score.findings, *near)))[0]
        )
    else:
        assert shown == redact(text, result.score)[0]
    assert score == mask_score(text, result.score)
    together = mask_score(text, replace(result.score, findings=result.score.findings + near))
    assert masked_near == together.findings[len(result.score.findings) :]


def test_a_secret_stopped_by_an_exception_is_masked_in_its_near_miss(policy_file: Path) -> None:
    text = 'key AKIAIOSFODNN7EXAMPLE, Password = "p@ss w0rd"'
    result = runner.invoke(app, ["explain", text, "--policy", str(policy_file)])
    assert result.exit_code == 0, result.output
    near = [line for line in result.output.splitlines() if line.startswith("near miss")]
    assert near == [
        "near miss 4..24: AKIA********: exception '********' stopped credentials.aws_key"
    ]
    assert "matched 'Password = \"********\"'" in result.output
    assert result.output.splitlines()[0] == "text: 'key AKIA********, Password = \"********\"'"
    for secret in ("IOSFODNN7EXAMPLE", "p@ss", "w0rd"):
        assert secret not in result.output


def test_a_near_miss_beside_a_masked_secret_keeps_its_words() -> None:
    result = runner.invoke(app, ["explain", 'password is "p@ss w0rd" in Scunthorpe'])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "text: 'password is \"********\" in Scunthorpe'"
    assert "near miss 27..37: Scunthorpe: exception 'Scunthorpe' (hides 'cunt') stopped " in (
        result.output
    )
