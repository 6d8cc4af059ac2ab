"""What the report says: headline, summary, card statuses, highlights, people and charts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from auditor.report import build_report, write_report
from auditor.report.build import STATIC_LIMIT, headline
from auditor.report.model import EMPLOYER_NOTICE, FindingView
from auditor.report.text import display_handle, mask_findings, segments, sentence
from auditor.scoring.types import Finding
from tests.test_report_support import make_store, mark_deleted


def test_headline_says_in_one_line_whether_anything_needs_review() -> None:
    none = {"critical": 0, "high": 0, "medium": 0, "low": 0}
    assert headline(0, none, 0, 0) == ("Nothing needs you today.", "", "calm")
    three = {**none, "critical": 1, "medium": 2}
    assert headline(3, three, 0, 0) == ("3 posts need review today (1 critical).", "", "urgent")
    one = {**none, "medium": 1}
    assert headline(1, one, 0, 0) == ("1 post needs review today.", "", "attention")
    text, detail, level = headline(0, none, 2, 1)
    assert text == "Nothing needs you today."
    assert detail == "2 new low-risk posts to glance at; 1 account could not be read."
    assert level == "attention"


def test_summary_counts_the_run_and_what_is_new() -> None:
    store, (first, second) = make_store(hostile=False)
    report = build_report(store, second)
    s = report.summary
    assert s.run_id == second and s.previous_run_id == first
    assert s.people == 3 and s.accounts == 4
    assert s.posts_read == 2
    assert s.accounts_failed == (
        ("x:@bram", "X said 401: the token was refused; renew it in auditor.toml"),
    )
    assert s.flagged == 6
    assert s.new_flagged == 2  # a3 and b2
    assert s.needs_review == 2
    assert s.headline == "2 posts need review today."
    # a1, b1, e1 and e2 were flagged in the first run and nobody has decided them yet.
    assert s.headline_detail == (
        "4 earlier posts still undecided (2 critical); 1 account could not be read."
    )
    assert s.by_band == {"low": 1, "medium": 3, "high": 0, "critical": 2}
    assert s.by_category["employer_criticism"] == 2
    assert s.policy_version == "policy-test-1" and s.tool_version


def test_the_first_run_counts_its_own_posts_as_new() -> None:
    store, (first, _) = make_store(hostile=False)
    s = build_report(store, first).summary
    assert s.previous_run_id is None
    assert s.flagged == s.new_flagged == 4
    assert s.headline.startswith("3 posts need review today (2 critical).")


def test_card_status_new_seen_deleted_and_reviewer_decision() -> None:
    store, (_, second) = make_store(hostile=False)
    mark_deleted(store, "mastodon", "e2", datetime(2026, 3, 3, 12, tzinfo=UTC))
    report = build_report(
        store, second, decisions={("mastodon", "b1"): "no action: discussed with HR"}
    )
    status = {c.post_id: c.status for c in report.cards}
    assert status == {
        "a1": "seen",
        "a3": "new",
        "b1": "no action: discussed with HR",
        "b2": "new",
        "e1": "seen",
        "e2": "deleted since flagged",
    }


def test_a_reviewer_decision_takes_a_new_post_out_of_needs_review() -> None:
    store, (_, second) = make_store(hostile=False)
    report = build_report(store, second, decisions={("mastodon", "a3"): "escalated"})
    assert report.summary.needs_review == 1


def test_decisions_from_the_review_workflow_become_card_statuses(tmp_path: Path) -> None:
    from auditor.review import decide, finding_id, report_decisions

    store, (_, second) = make_store(hostile=False)
    when = datetime(2026, 3, 4, 8, tzinfo=UTC)
    decide(store, finding_id("mastodon", "a3", "insult.person"), decision="escalated",
           reviewer="hr-1", now=when)  # fmt: skip
    decide(store, finding_id("mastodon", "a3", "profanity.mild"), decision="dismissed",
           reviewer="hr-1", now=when)  # fmt: skip
    page = write_report(store, second, tmp_path, decisions=report_decisions(store))
    report = build_report(store, second, decisions=report_decisions(store))
    assert {c.post_id: c.status for c in report.cards}["a3"] == "escalated"
    assert report.summary.needs_review == 1
    assert '<span class="status status-escalated">escalated</span>' in page.read_text()


def test_each_finding_shows_its_own_recorded_decision_and_reviewer(tmp_path: Path) -> None:
    import json

    from auditor.review import decide, finding_id, report_decisions

    store, (_, second) = make_store(hostile=False)
    insult = finding_id("mastodon", "a3", "insult.person")
    decide(store, insult, decision="escalated", reviewer="hr-<b>1</b>",
           now=datetime(2026, 3, 4, 8, tzinfo=UTC))  # fmt: skip
    report = build_report(store, second, decisions=report_decisions(store))
    a3 = next(c for c in report.cards if c.post_id == "a3")
    shown = {f.rule: (f.decision, f.decided_by) for f in a3.findings}
    assert shown.pop("insult.person") == ("escalated", "hr-<b>1</b>")
    assert shown and set(shown.values()) == {("", "")}  # the card's other findings are open
    html = write_report(store, second, tmp_path, decisions=report_decisions(store)).read_text()
    static = html.split('<div id="cards-static">')[1].split('<div id="cards"')[0]
    assert '<span class="decided">escalated by hr-&lt;b&gt;1&lt;/b&gt;</span>' in static
    assert static.count('class="decided"') == 1
    data = json.loads(html.split('id="report-data">')[1].split("</script>")[0])
    card = next(c for c in data["cards"] if c["id"] == "a3")
    assert card["r"] == {insult: ["escalated", "hr-<b>1</b>"]}
    # Without the review workflow's decisions the page shows none, as before.
    plain = build_report(store, second)
    assert all(not f.decision for c in plain.cards for f in c.findings)


def test_cards_carry_who_where_why_and_the_policy(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    report = build_report(store, second)
    b1 = next(c for c in report.cards if c.post_id == "b1")
    assert (b1.person_name, b1.role, b1.network) == ("Bram Stoker", "ambassador", "mastodon")
    assert b1.url == "https://social.example/@x/b1"
    assert b1.protected_activity
    assert [f.rule for f in b1.findings] == ["employer.criticism", "pii.email"]
    assert b1.policy_version == "policy-test-1"
    html = write_report(store, second, tmp_path).read_text()
    static = html.split('<div id="cards-static">')[1].split('<div id="cards"')[0]
    assert static.count(EMPLOYER_NOTICE) == 2  # on b1 and b2, no other card
    assert "Policy guidance: Review with HR and legal." in html
    assert "Criticises the employer." in html
    assert (
        '<mark class="sev-medium" title="employer_criticism: read as “acme is terrible”">' in html
    )


def test_cards_are_ordered_by_score_then_date() -> None:
    store, (_, second) = make_store(hostile=False)
    cards = build_report(store, second).cards
    assert [c.number for c in cards] == list(range(1, len(cards) + 1))
    scores = [c.score for c in cards]
    assert scores == sorted(scores, reverse=True)


def test_people_sections_show_accounts_consent_and_totals(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    report = build_report(store, second)
    bram = next(p for p in report.people if p.person_id == "p2")
    assert bram.flagged == 2 and bram.new == 1
    refs = {a.consent_reference for a in bram.accounts}
    assert refs == {"CF-002", "CF-003"}
    x = next(a for a in bram.accounts if a.network == "x")
    assert x.result == "failed" and "401" in x.message
    assert sum(b.value for b in bram.timeline.bars) == 2
    assert [p.person_id for p in report.top_people] == ["p3", "p2", "p1"]
    html = write_report(store, second, tmp_path).read_text()
    assert "CF-003" in html and "2027-12-31" in html


def test_trend_shows_the_runs_up_to_this_one() -> None:
    store, (first, second) = make_store(hostile=False)
    report = build_report(store, first)
    assert [r.run_id for r in report.trend_runs] == [first]
    report = build_report(store, second)
    assert [r.run_id for r in report.trend_runs] == [first, second]
    totals = [sum(b.value for b in report.trend.bars if b.label == lbl) for lbl in ("critical",)]
    assert totals == [2]


def test_without_scripts_a_small_run_lists_every_card(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    html = write_report(store, second, tmp_path).read_text()
    static = html.split('<div id="cards-static">')[1].split('<div id="cards"')[0]
    assert static.count("<article ") == 6
    assert "findings.csv" not in static


def test_without_scripts_a_large_run_lists_the_top_cards_and_points_to_the_csv(
    tmp_path: Path,
) -> None:
    store, (_, second) = make_store(hostile=False)
    report = build_report(store, second)
    from auditor.report.render import environment, render_run

    small = replace(report, static_limit=2)
    html = render_run(small, environment())
    static = html.split('<div id="cards-static">')[1].split('<div id="cards"')[0]
    assert static.count("<article ") == 2
    assert "The other 4 are in findings.csv" in static
    assert STATIC_LIMIT >= 100


def fv(start: int, end: int, severity: str = "low") -> FindingView:
    return FindingView("insult", "r", severity, start, end, "m", "d", "", "")


def test_overlapping_findings_share_a_highlight_with_the_higher_severity() -> None:
    segs = segments("abcdefgh", [fv(1, 5, "low"), fv(3, 7, "high")])
    assert [(s.text, s.marks, s.severity) for s in segs] == [
        ("a", (), ""),
        ("bc", (0,), "low"),
        ("de", (0, 1), "high"),
        ("fg", (1,), "high"),
        ("h", (), ""),
    ]


@given(
    st.text(max_size=40),
    st.lists(st.tuples(st.integers(-5, 50), st.integers(-5, 50)), max_size=6),
)
def test_segments_always_rebuild_the_text_whatever_the_offsets(
    text: str, spans: list[tuple[int, int]]
) -> None:
    # Offsets straight from the store are not trusted: out of range, reversed, overlapping.
    findings = [Finding("pii", "pii.email", "low", a, b, "m", "d") for a, b in spans]
    shown, views = mask_findings(text, findings, show_pii=True)
    assert shown == text
    segs = segments(shown, views)
    assert "".join(s.text for s in segs) == text
    masked, _ = mask_findings(text, findings, show_pii=False)
    assert len(masked) == len(text)


def test_explanations_read_as_sentences() -> None:
    assert sentence("a password was posted") == "A password was posted."
    assert sentence("  Already fine. ") == "Already fine."
    assert sentence("Is it?") == "Is it?"
    assert sentence("") == ""


def test_local_archive_paths_show_only_the_file_name() -> None:
    assert display_handle("/srv/auditor/archives/p01-tweets.js") == "p01-tweets.js"
    assert display_handle("C:\\exports\\p02.zip") == "p02.zip"
    assert display_handle("@ada@social.example") == "@ada@social.example"
    assert display_handle("https://blog.example/feed.xml") == "https://blog.example/feed.xml"
    assert display_handle("ada.bsky.social") == "ada.bsky.social"


def test_a_run_with_nothing_flagged_says_so(tmp_path: Path) -> None:
    from auditor.store import Store

    store = Store.memory()
    t = datetime(2026, 3, 2, 9, tzinfo=UTC)
    run_id = store.begin_run(kind="run", started_at=t, policy_version="p1", tool_version="0.1.0")
    store.finish_run(run_id, finished_at=t, status="done", summary={"posts_read": 12})
    html = write_report(store, run_id, tmp_path).read_text()
    assert '<h1 id="headline">Nothing needs you today.</h1>' in html
    assert "No flagged posts." in html
    assert (tmp_path / run_id / "findings.csv").read_text().count("\n") == 1  # the header


def test_a_run_still_in_progress_renders_with_what_is_stored(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    t = datetime(2026, 3, 9, 9, tzinfo=UTC)
    running = store.begin_run(kind="run", started_at=t, policy_version="p", tool_version="0.1.0")
    report = build_report(store, running)
    assert report.summary.status == "running" and report.summary.finished_at is None
    assert report.summary.flagged == 6 and report.summary.new_flagged == 0
    assert report.summary.previous_run_id == second
    write_report(store, running, tmp_path)
    assert (tmp_path / running / "index.html").is_file()


def test_large_counts_are_grouped_by_thousands() -> None:
    by_band = {"critical": 5778, "high": 4418, "medium": 8055, "low": 0}
    text, detail, _ = headline(18251, by_band, 1749, 0)
    assert text == "18,251 posts need review today (5,778 critical, 4,418 high)."
    assert detail == "1,749 new low-risk posts to glance at."
