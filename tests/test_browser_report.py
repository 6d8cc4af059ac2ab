"""The report in a real headless Chromium: filters, URL fragment, keyboard, safety, print.

Needs Debian's /usr/bin/chromium and the playwright package; without them every test here is
skipped with the reason (never silently). Opens reports built from hostile stores via file://.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from auditor.models import Post
from auditor.report import write_report
from auditor.review import finding_id
from auditor.scoring.types import Finding, Score
from auditor.store import AccountResult, Store
from tests.test_report_support import make_store, post, roster

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _skip_reason() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "the playwright Python package is not installed (pip install -e '.[dev]')"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    return None


@dataclass
class Watch:
    """What a page did that it should not: console errors, requests, dialogs."""

    page_url: str
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


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


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store, (first, second) = make_store(hostile=True)
    out = tmp_path_factory.mktemp("reports")
    write_report(store, first, out)
    write_report(store, second, out)
    return out


@pytest.fixture(scope="module")
def run_page(report_dir: Path) -> Path:
    return sorted(report_dir.glob("*/index.html"))[-1]


def open_page(browser: Any, path: Path, fragment: str = "", **context: Any) -> tuple[Any, Watch]:
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, **context)
    page = ctx.new_page()
    url = path.as_uri()
    watch = Watch(url)
    page.on("console", lambda m: watch.console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.console.append(f"page error: {e}"))
    page.on("request", lambda r: watch.requests.append(r.url))

    def dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(url + fragment)
    page.wait_for_load_state("load")
    return page, watch


def ready(page: Any) -> None:
    page.wait_for_selector("html[data-report-ready]", timeout=10_000)


def visible_cards(page: Any) -> int:
    return int(page.evaluate("() => document.querySelectorAll('#cards article').length"))


def test_opens_with_no_console_error_no_request_and_no_payload_running(
    browser: Any, run_page: Path
) -> None:
    page, watch = open_page(browser, run_page)
    ready(page)
    page.wait_for_timeout(300)  # give an injected handler (onerror/onload) time to fire
    assert watch.console == []
    assert {u.split("#")[0] for u in watch.requests} == {watch.page_url}
    assert watch.dialogs == []
    injected = page.evaluate(
        "() => document.querySelectorAll('img, iframe, object, embed, "
        "[onerror], [onload], [onclick], a[href^=javascript], a[href^=data]').length"
    )
    assert injected == 0
    # The payloads are on screen, as text.
    body = page.inner_text("body")
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(1)>" in body
    assert '"><svg onload=alert(1)>' in body
    assert "javascript:alert(1)" in body
    assert "Scripts are off" not in body
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    page.context.close()


def test_a_filter_changes_the_cards_and_the_counts_and_lands_in_the_fragment(
    browser: Any, run_page: Path
) -> None:
    page, watch = open_page(browser, run_page)
    ready(page)
    assert visible_cards(page) == 6
    assert page.inner_text("#count").startswith("6 flagged posts")
    page.select_option("#f-band", "critical")
    assert visible_cards(page) == 2
    assert page.inner_text("#count").startswith("2 of 6 flagged posts match")
    assert "band=critical" in page.evaluate("() => location.hash")
    # The other filters' choices count what they would leave, given this one.
    assert page.inner_text("#f-status option[value=seen]") == "seen (2)"
    page.select_option("#f-person", "p1")
    assert visible_cards(page) == 0
    assert "No flagged post matches" in page.inner_text("#cards")
    page.click("#f-reset")
    page.wait_for_function("() => document.querySelectorAll('#cards article').length === 6")
    page.fill("#f-q", "Acme")
    page.wait_for_function("() => document.querySelectorAll('#cards article').length === 2")
    assert "q=Acme" in page.evaluate("() => location.hash")
    # A review id pasted from `auditor review list` finds its post.
    page.fill("#f-q", finding_id("mastodon", "a1", "profanity.mild"))
    page.wait_for_function("() => document.querySelectorAll('#cards article').length === 1")
    assert page.inner_text("#cards article h3") == "Ada Lovelace"
    assert watch.console == []
    page.context.close()


CARD_SHAPE = """els => els.map(card => {
  const texts = [];
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // The decision buttons are the script's own (see test_browser_decisions.py).
    if (n.parentElement.closest('.decide')) continue;
    if (n.textContent.trim()) texts.push(n.textContent.trim());
  }
  const marks = [...card.querySelectorAll('mark')].map(m => [m.className, m.title, m.textContent]);
  const links = [...card.querySelectorAll('a')].map(a => a.getAttribute('href'));
  const dirs = [...card.querySelectorAll('[dir]')].map(e => e.tagName + ':' + e.dir);
  return {cls: card.className, id: card.id, texts, marks, links, dirs};
})"""


def test_script_cards_match_the_server_rendered_cards(browser: Any, run_page: Path) -> None:
    page, _ = open_page(browser, run_page)
    ready(page)
    live = page.eval_on_selector_all("#cards article", CARD_SHAPE)
    static = page.eval_on_selector_all("#cards-static article", CARD_SHAPE)
    assert len(live) == 6
    assert live == static
    page.context.close()


def test_a_shared_link_restores_the_filters(browser: Any, run_page: Path) -> None:
    page, watch = open_page(browser, run_page, "#status=new&sort=date")
    ready(page)
    assert page.eval_on_selector("#f-status", "e => e.value") == "new"
    assert page.eval_on_selector("#f-sort", "e => e.value") == "date"
    assert visible_cards(page) == 2
    assert page.inner_text("#count").startswith("2 of 6")
    # A crafted fragment cannot put a value the page does not offer into a filter.
    page.evaluate("() => { location.hash = 'band=<img src=x onerror=alert(1)>&q=%3Cb%3E'; }")
    page.wait_for_function("() => document.getElementById('f-q').value === '<b>'")
    assert page.eval_on_selector("#f-band", "e => e.value") == ""
    assert watch.dialogs == [] and watch.console == []
    page.context.close()


def test_summary_links_filter_or_jump_without_losing_the_filters(
    browser: Any, run_page: Path
) -> None:
    page, _ = open_page(browser, run_page)
    ready(page)
    page.click("text=Show the new posts in the list below")
    page.wait_for_function("() => document.querySelectorAll('#cards article').length === 2")
    assert page.eval_on_selector("#f-status", "e => e.value") == "new"
    page.click(".top-people a >> nth=0")  # an anchor to a person's section, not a filter
    assert page.evaluate("() => location.hash").startswith("#person-")
    assert page.eval_on_selector("#f-status", "e => e.value") == "new"
    assert visible_cards(page) == 2
    page.context.close()


def test_keyboard_reaches_the_filters_with_a_visible_focus(browser: Any, run_page: Path) -> None:
    page, _ = open_page(browser, run_page)
    ready(page)
    reached = None
    for _ in range(40):
        page.keyboard.press("Tab")
        reached = page.evaluate("() => document.activeElement && document.activeElement.id")
        if reached == "f-band":
            break
    assert reached == "f-band"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("ArrowDown")  # a real <select>: the keyboard changes it
    page.wait_for_function("() => document.getElementById('f-band').value !== ''")
    assert visible_cards(page) < 6
    page.context.close()


def test_text_meets_wcag_aa_contrast(browser: Any, run_page: Path) -> None:
    page, _ = open_page(browser, run_page)
    ready(page)
    worst = page.evaluate(
        """() => {
      const parse = c => c.match(/[\\d.]+/g).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
      const bg = el => { for (; el; el = el.parentElement) {
        const c = parse(getComputedStyle(el).backgroundColor);
        if (c.length < 4 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || !el.offsetParent || el.closest('svg')) continue;
        const a = lum(parse(getComputedStyle(el).color)), b = lum(bg(el));
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        out.push([ratio, el.className || el.tagName, n.textContent.trim().slice(0, 30)]);
      }
      out.sort((x, y) => x[0] - y[0]);
      return out.slice(0, 3);
    }"""
    )
    print("lowest contrast ratios:", worst)
    assert worst[0][0] >= 4.5, worst
    page.context.close()


def test_without_scripts_every_post_is_listed(browser: Any, run_page: Path) -> None:
    page, watch = open_page(browser, run_page, java_script_enabled=False)
    cards = page.evaluate("() => document.querySelectorAll('#cards-static article').length")
    assert cards == 6
    assert not page.is_visible("#controls")
    assert "Scripts are off" in page.inner_text("#posts")
    assert watch.console == []
    page.context.close()


def test_print_hides_the_filters_and_keeps_cards_whole(browser: Any, run_page: Path) -> None:
    page, _ = open_page(browser, run_page)
    ready(page)
    page.emulate_media(media="print")
    assert not page.is_visible("#controls")
    assert page.eval_on_selector("article.card", "e => getComputedStyle(e).breakInside") == (
        "avoid"
    )
    pdf = page.pdf()  # the print path renders without error
    assert pdf[:4] == b"%PDF"
    page.context.close()


def test_latest_opens_the_newest_run(browser: Any, report_dir: Path, run_page: Path) -> None:
    page, watch = open_page(browser, report_dir / "latest.html")
    assert watch.console == []
    page.wait_for_url(run_page.as_uri(), timeout=10_000)
    ready(page)
    index, _ = open_page(browser, report_dir / "index.html")
    assert index.locator("table.runs tbody tr").count() == 2
    index.context.close()
    page.context.close()


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run with 250 flagged posts: more than one page of cards."""
    t = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    scored = []
    for i in range(250):
        p = post("p1", HANDLE, f"n{i}", f"post {i} damn", t - timedelta(hours=i))
        f = Finding(
            "profanity", "profanity.mild", "low", len(p.text) - 4, len(p.text), "damn", "damn"
        )
        scored.append((p, Score(20 + i % 70, "low", (f,), "p", "0.1.0")))
    return one_person_report(scored, t, tmp_path_factory.mktemp("big"))


HANDLE = roster(hostile=False)[0].accounts[0].handle


def one_person_report(scored: list[tuple[Post, Score]], t: datetime, out: Path) -> Path:
    """The report of one run of the first roster person, with these scored posts."""
    store = Store.memory()
    people = roster(hostile=False)[:1]
    store.import_roster(people)
    run_id = store.begin_run(kind="run", started_at=t, policy_version="p", tool_version="0.1.0")
    account = people[0].accounts[0]
    store.save_batch(
        run_id,
        account,
        scored,
        cursor=None,
        now=t,
        result=AccountResult(account.key, "p1", "ok", len(scored), 0, ""),
    )
    store.finish_run(run_id, finished_at=t, status="done", summary={"posts_read": len(scored)})
    return write_report(store, run_id, out)


def test_large_runs_render_a_page_at_a_time_with_show_more(browser: Any, big_page: Path) -> None:
    page, watch = open_page(browser, big_page)
    ready(page)
    assert visible_cards(page) == 100
    assert page.inner_text("#more") == "Show 100 more (150 not shown)"
    page.click("#more")
    assert visible_cards(page) == 200
    page.click("#more")
    assert visible_cards(page) == 250
    assert not page.is_visible("#more")
    page.fill("#f-q", "post 12")  # 12, 120..129
    page.wait_for_function("() => document.querySelectorAll('#cards article').length === 11")
    assert watch.console == []
    page.context.close()


BIDI_POST = "nothing harmless \u202e{{ 7*7 }} {% raw %} shit"


@pytest.fixture(scope="module")
def bidi_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One flagged post whose text carries a right-to-left override before the flagged word."""
    t = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    p = post("p1", HANDLE, "r\u202e1", BIDI_POST, t)
    at = BIDI_POST.index("shit")
    f = Finding("profanity", "profanity.term", "medium", at, at + 4, "shit", "shit\u202e")
    scored = [(p, Score(45, "medium", (f,), "p", "0.1.0"))]
    return one_person_report(scored, t, tmp_path_factory.mktemp("bidi"))


# The left edge on screen of each word of the post text, in the order the words were written.
WORD_X = """(card, words) => {
  const p = card.querySelector('.post-text');
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const xs = {};
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const w of words) {
      const i = n.textContent.indexOf(w);
      if (i < 0 || w in xs) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      xs[w] = r.getBoundingClientRect().left;
    }
  }
  return words.map(w => xs[w]);
}"""


@pytest.mark.parametrize("scripts", [True, False])
def test_bidi_controls_cannot_reorder_a_post(browser: Any, bidi_page: Path, scripts: bool) -> None:
    page, watch = open_page(browser, bidi_page, java_script_enabled=scripts)
    if scripts:
        ready(page)
    card = page.locator("#cards article" if scripts else "#cards-static article").first
    words = ["nothing", "harmless", "{{", "7*7", "raw", "shit"]
    xs = card.evaluate(WORD_X, words)
    assert None not in xs, xs
    assert xs == sorted(xs), dict(zip(words, xs, strict=True))  # left to right, as written
    text = card.inner_text()
    assert "\u202e" not in text
    assert "\u27e8U+202E\u27e9{{ 7*7 }} {% raw %} shit" in text
    assert "post r\u27e8U+202E\u27e91" in text
    # Every piece of user text outside the post is isolated from its neighbours.
    isolated = card.evaluate(
        "c => [...c.querySelectorAll('.matched, .who h3, .account, .post-id')]"
        ".map(e => getComputedStyle(e).unicodeBidi)"
    )
    assert isolated and set(isolated) == {"isolate"}
    assert watch.console == []
    page.context.close()
