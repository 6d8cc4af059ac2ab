"""The report's decision buttons in a real headless Chromium: decide, download the decisions
file, apply it with `auditor review import`, and see the decisions on the page again.

Same Chromium, launch arguments and skip behaviour as test_browser_report.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor import review
from auditor.cli import app
from auditor.store import Store
from tests.test_browser_report import ARGS, CHROMIUM, _skip_reason, open_page, ready

pytestmark = pytest.mark.browser

runner = CliRunner()
NOTE = '</script><img src=x onerror=alert(1)> "raised" & done'


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _skip_reason()
    if reason:
        print(f"SKIPPED browser tests: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    out = tmp_path / "reports"
    result = runner.invoke(app, ["run", "--demo", "--report-dir", str(out)])
    assert result.exit_code == 0, result.output
    return out


def cli(demo: Path, *args: str) -> str:
    result = runner.invoke(app, ["review", *args, "--demo", "--report-dir", str(demo)])
    assert result.exit_code == 0, result.output
    return result.stdout


def run_page(demo: Path) -> Path:
    return max(p for p in demo.glob("*/index.html"))


def two_findings_on_different_posts(demo: Path) -> tuple[review.ReviewItem, review.ReviewItem]:
    with Store.open(demo / ".demo" / "auditor.db") as store:
        items = review.list_items(store)
    first = items[0]
    second = next(i for i in items if i.post_id != first.post_id)
    return first, second


def controls(page: Any, item: review.ReviewItem) -> Any:
    name = f"Decision on {item.rule} (review id {item.finding_id})"
    return page.get_by_role("group", name=name, exact=True)


def test_decide_in_the_report_download_and_import_with_the_cli(
    browser: Any, demo: Path, tmp_path: Path
) -> None:
    page_path = run_page(demo)
    run_id = page_path.parent.name
    dismiss, escalate = two_findings_on_different_posts(demo)
    page, watch = open_page(browser, page_path)
    ready(page)
    download = page.get_by_role("button", name="Download decisions (0)")
    assert download.is_disabled()

    # A mouse click on one finding...
    controls(page, dismiss).get_by_role("button", name="Dismiss").click()
    assert (
        controls(page, dismiss).get_by_role("button", name="Dismiss").get_attribute("aria-pressed")
        == "true"
    )
    # ... still needs a reviewer's name before anything can be downloaded.
    assert page.get_by_role("button", name="Download decisions (1)").is_disabled()
    assert "Type your name" in page.inner_text("#review-status")

    # The keyboard on the other: a real button, focus visible, Enter presses it.
    button = controls(page, escalate).get_by_role("button", name="Escalate")
    button.focus()
    page.keyboard.press("Shift+Tab")  # reach it with the keyboard, as a keyboard user does
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Escalate"
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-pressed") == "true"
    others = controls(page, escalate).locator("button[aria-pressed=true]")
    assert others.count() == 1
    controls(page, escalate).get_by_role("textbox", name="Note (optional)").fill(NOTE)
    page.get_by_label("Reviewer").fill("hr-ana")

    download = page.get_by_role("button", name="Download decisions (2)")
    assert download.is_enabled()
    with page.expect_download() as info:
        download.click()
    saved = info.value
    assert saved.suggested_filename == f"decisions-{run_id}.json"
    path = tmp_path / saved.suggested_filename
    saved.save_as(path)
    assert f"auditor review import decisions-{run_id}.json" in page.inner_text("#review-status")

    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"version", "run_id", "generated_at", "decisions"}
    assert (doc["version"], doc["run_id"]) == (1, run_id)
    assert doc["generated_at"].endswith("Z")
    datetime.fromisoformat(doc["generated_at"])
    by_id = {d["finding"]: d for d in doc["decisions"]}
    assert by_id == {
        dismiss.finding_id: {
            "finding": dismiss.finding_id,
            "decision": "dismissed",
            "reviewer": "hr-ana",
        },
        escalate.finding_id: {
            "finding": escalate.finding_id,
            "decision": "escalated",
            "reviewer": "hr-ana",
            "note": NOTE,
        },
    }
    assert watch.console == [] and watch.dialogs == []
    # Nothing left the page: its own file, and the blob: URL of the download at most.
    assert {u.split("#")[0] for u in watch.requests if not u.startswith("blob:")} == {
        watch.page_url
    }
    page.context.close()

    # The real CLI applies the file to the store the report came from.
    assert "2 decisions applied, 0 already recorded" in cli(demo, "import", str(path))
    assert dismiss.finding_id in cli(demo, "list", "--status", "dismissed")
    listed = cli(demo, "list", "--status", "escalated")
    assert escalate.finding_id in listed and "hr-ana" in listed
    assert NOTE in cli(demo, "history", escalate.finding_id)
    assert "0 decisions applied, 2 already recorded" in cli(demo, "import", str(path))

    # The report was rendered again: the recorded decisions are the buttons' current state.
    page, watch = open_page(browser, page_path)
    ready(page)
    pressed = controls(page, dismiss).get_by_role("button", name="Dismiss")
    assert pressed.get_attribute("aria-pressed") == "true"
    assert "Current: dismissed by hr-ana" in controls(page, dismiss).inner_text()
    assert "escalated by hr-ana" in page.inner_text("#cards")
    assert page.get_by_role("button", name="Download decisions (0)").is_disabled()
    assert watch.console == [] and watch.dialogs == []
    page.context.close()


def test_pressing_the_chosen_decision_again_takes_it_back(browser: Any, demo: Path) -> None:
    item, _ = two_findings_on_different_posts(demo)
    page, watch = open_page(browser, run_page(demo))
    ready(page)
    page.get_by_label("Reviewer").fill("hr-ana")
    group = controls(page, item)
    group.get_by_role("button", name="Acknowledge").click()
    group.get_by_role("button", name="Dismiss").click()  # a change of mind replaces it
    assert group.locator("button[aria-pressed=true]").inner_text().endswith("Dismiss")
    assert page.get_by_role("button", name="Download decisions (1)").is_enabled()
    group.get_by_role("button", name="Dismiss").click()
    assert group.locator("button[aria-pressed=true]").count() == 0
    assert page.get_by_role("button", name="Download decisions (0)").is_disabled()
    # A filter re-renders the cards: a pending decision and its note survive it.
    group.get_by_role("button", name="Escalate").click()
    group.get_by_role("textbox").fill("kept")
    page.select_option("#f-status", "new")
    page.select_option("#f-status", "")
    group = controls(page, item)
    assert group.get_by_role("button", name="Escalate").get_attribute("aria-pressed") == "true"
    assert group.get_by_role("textbox").input_value() == "kept"
    assert watch.console == []
    page.context.close()


def test_leaving_with_decisions_not_downloaded_asks_first(browser: Any, demo: Path) -> None:
    item, _ = two_findings_on_different_posts(demo)
    page, watch = open_page(browser, run_page(demo))
    ready(page)
    controls(page, item).get_by_role("button", name="Dismiss").click()
    page.close(run_before_unload=True)
    page.wait_for_timeout(300)
    assert len(watch.dialogs) == 1  # the beforeunload prompt (dismissed: the page stays)
    page.context.close()


def test_without_scripts_the_page_says_how_to_decide_from_the_cli(browser: Any, demo: Path) -> None:
    page, watch = open_page(browser, run_page(demo), java_script_enabled=False)
    assert not page.is_visible("#review-controls")
    assert page.locator(".decide").count() == 0
    text = page.inner_text("#review")
    assert "auditor review decide FINDING_ID --decision" in text
    assert "--reviewer NAME" in text
    assert watch.console == []
    page.context.close()


def test_print_hides_the_decision_controls(browser: Any, demo: Path) -> None:
    page, _ = open_page(browser, run_page(demo))
    ready(page)
    assert page.locator(".decide").first.is_visible()
    page.emulate_media(media="print")
    assert not page.is_visible("#review")
    assert not page.locator(".decide").first.is_visible()
    page.context.close()
