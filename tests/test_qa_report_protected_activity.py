"""Criticism of the employer may be protected activity, never misconduct: a post that only
criticises the employer never fails `--fail-on`, never ranks a person as highest risk, is
never counted as "need review" and is never named in a notification; the report lists it in
its own "may be protected activity" section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import runtime
from auditor.cli import app
from auditor.protected import EMPLOYER_NOTICE
from auditor.report.build import headline
from tests.test_notify import Hook
from tests.test_notify import webhook as webhook  # a fixture

CRITICISM = (
    "Acme pays us peanuts, the Roadrunner brakes are unsafe and management ignores it. "
    "We are organising a union.",
    "Acme unpaid overtime again. Unfair and illegal. Meeting on Thursday to organise.",
)
# Criticism of the employer beside a leaked key: the key is misconduct, the criticism is not.
MIXED = "Acme unpaid overtime again, unfair. Also my AWS key is AKIAIOSFODNN7EXAMPLE"


def organization() -> str:
    sample = (runtime.sample_dir() / "auditor.toml").read_text(encoding="utf-8")
    return sample[sample.index("[organization]") : sample.index("[roster]")]


def project(tmp_path: Path, texts: tuple[str, ...], url: str) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "roster.csv").write_text(
        "person_id,name,role,network,handle,consent_granted,consent_expires,consent_revoked,"
        "consent_reference\np1,Pat One,staff,jsonl,p1.jsonl,2026-01-01,,,HR-1\n"
    )
    (root / "p1.jsonl").write_text(
        "".join(
            json.dumps({"id": str(i), "created_at": f"2026-11-2{i}T10:00:00Z", "text": t}) + "\n"
            for i, t in enumerate(texts)
        )
    )
    config = root / "auditor.toml"
    config.write_text(
        organization()
        + '[roster]\npath = "roster.csv"\n[store]\npath = "auditor.db"\n[report]\n'
        + 'dir = "reports"\n[notify]\nwebhook_url_env = "QA_HOOK"\nmin_band = "medium"\n'
    )
    return config


def run(config: Path) -> tuple[int, str, Path]:
    result = CliRunner().invoke(app, ["run", "--fail-on", "medium", "--config", str(config)])
    return result.exit_code, result.stdout, Path(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def hook(webhook: tuple[str, Hook], monkeypatch: pytest.MonkeyPatch) -> Hook:
    url, received = webhook
    monkeypatch.setenv("QA_HOOK", url)
    return received


def test_criticism_of_the_employer_alone_is_not_risk_on_any_surface(
    tmp_path: Path, hook: Hook
) -> None:
    code, out, page = run(project(tmp_path, CRITICISM, ""))

    assert code == 0, out  # --fail-on medium: nothing to fail on
    assert hook.received == [] and "notification" not in out  # nobody is alerted
    data = json.loads((page.parent / "findings.json").read_text())
    assert {c for p in data["posts"] for c in p["categories"]} == {"employer_criticism"}
    assert data["run"]["needs_review"] == 0
    assert data["run"]["protected_review"] == 2
    assert data["run"]["headline"] == "Nothing needs you today."
    assert data["run"]["headline_detail"] == (
        "2 posts only criticise the employer: may be protected activity, review with HR and "
        "legal (not misconduct)."
    )
    html = page.read_text()
    risk = html.split("<h3>Highest risk</h3>")[1].split("</div>")[0]
    assert "Pat One" not in risk and 'class="top-people"' not in risk
    section = html.split('id="protected-h">')[1].split("</section>")[0]
    assert section.startswith("May be protected activity: review with HR and legal")
    assert section.count("Pat One") == 2
    static = html.split('<div id="cards-static">')[1].split('<div id="cards"')[0]
    assert static.count(EMPLOYER_NOTICE) == 2  # each card still carries the notice


def test_other_findings_beside_criticism_still_count_but_the_criticism_is_never_named(
    tmp_path: Path, hook: Hook
) -> None:
    code, out, page = run(project(tmp_path, (*CRITICISM, MIXED), ""))

    assert code == 3, out  # the leaked key
    [(_, _, body)] = hook.received
    text = json.loads(body)["text"]
    assert "· credentials · critical ·" in text
    assert "employer_criticism" not in text and "1 post(s) at medium" in text
    data = json.loads((page.parent / "findings.json").read_text())
    assert data["run"]["needs_review"] == 1 and data["run"]["protected_review"] == 2
    assert data["run"]["headline"] == "1 post needs review today (1 critical)."
    risk = page.read_text().split("<h3>Highest risk</h3>")[1].split("</div>")[0]
    assert "Pat One" in risk and "1 post, 1 new" in risk  # ranked by the key alone


def test_headline_keeps_criticism_of_the_employer_out_of_need_review() -> None:
    none = {"critical": 0, "high": 0, "medium": 0, "low": 0}
    assert headline(0, none, 0, 0, protected=1) == (
        "Nothing needs you today.",
        "1 post only criticises the employer: may be protected activity, review with HR and "
        "legal (not misconduct).",
        "calm",
    )
