"""A user's policy changes what fires: added terms and patterns, severities, thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, load_policy, orgrules


def scorer(tmp_path: Path, text: str, org: Organization | None = None) -> Scorer:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\n[model]\nenabled = false\n' + text, encoding="utf-8")
    return Scorer(load_policy(path), org or Organization())


def test_added_term_fires_with_its_severity(tmp_path: Path) -> None:
    s = scorer(
        tmp_path, '[categories.drugs]\nterms = [{ term = "moon juice", severity = "high" }]\n'
    )
    (f,) = s.score("who has the moon juice").findings
    assert (f.category, f.rule, f.severity, f.matched) == (
        "drugs",
        "drugs.term",
        "high",
        "moon juice",
    )


def test_added_pattern_fires_on_normalised_text(tmp_path: Path) -> None:
    s = scorer(tmp_path, '[categories.confidential]\npatterns = ["project\\\\s+x-?\\\\d+"]\n')
    text = "Working on PROJECT X-42 this week"
    (f,) = s.score(text).findings
    assert f.rule == "confidential.pattern"
    assert text[f.start : f.end] == "PROJECT X-42" == f.matched


def test_credentials_pattern_is_masked(tmp_path: Path) -> None:
    s = scorer(tmp_path, '[categories.credentials]\npatterns = ["acme-[a-z0-9]{12}"]\n')
    text = "token acme-abcdef123456 oops"
    (f,) = s.score(text).findings
    assert f.rule == "credentials.pattern"
    assert f.matched != text[f.start : f.end]
    assert "abcdef123456" not in f.matched and "*" in f.matched


def test_added_exception_stops_a_default_term(tmp_path: Path) -> None:
    text = "panto tonight: dick whittington"  # (written as a name, it is one without any)
    assert scorer(tmp_path, "").score(text).band != "none"
    s = scorer(tmp_path, '[categories.profanity]\nexceptions = ["Dick Whittington"]\n')
    assert s.score(text).band == "none"


def test_thresholds_change_the_band_not_the_findings(tmp_path: Path) -> None:
    strict = scorer(tmp_path, "[thresholds]\nlow = 10\nmedium = 20\nhigh = 30\ncritical = 40\n")
    score = strict.score("damn")
    assert score.score == 25 and score.band == "medium"


def test_category_severity_applies_to_its_plain_terms(tmp_path: Path) -> None:
    s = scorer(tmp_path, '[categories.sexual]\nseverity = "high"\n')
    assert s.score("send nudes").band == "high"
    assert s.score("so sexy").band == "low"  # a term with its own severity keeps it


def test_textblob_only_runs_when_an_org_name_is_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def spy(text: str) -> orgrules.Sentiment:
        calls.append(text)
        return orgrules.Sentiment(-0.8, ("awful",))

    monkeypatch.setattr(orgrules, "sentiment", spy)
    s = scorer(tmp_path, "", Organization("Acme", competitors=("Globex",)))
    s.score("what an awful, terrible day")
    assert calls == []
    s.score("Acme had an awful day")
    assert calls == ["Acme had an awful day"]


def test_pii_severity_sets_plain_findings_and_cards_go_one_above(tmp_path: Path) -> None:
    s = scorer(tmp_path, '[categories.pii]\nseverity = "high"\n')
    assert s.score("Dave's number is (555) 123-4567").findings[0].severity == "high"
    assert s.score("card 4111 1111 1111 1111").findings[0].severity == "critical"
    assert s.score("call me at 555-123-4567").findings[0].severity == "low"
