"""Benchmark: a report of 20,000 flagged posts, its size, build time and first render in Chromium.

    .venv/bin/python benchmarks/bench_report.py [--posts 20000] [--out /tmp/bench-report]
                                                [--repeat 3] [--no-browser]

Fills an in-memory store through the store's own batch writes (50 people, 3 accounts each),
writes the report, prints the files' sizes and the time to build them, then opens the page
`--repeat` times in headless Chromium (Debian's /usr/bin/chromium through Playwright) and
prints medians: first paint, when the file was read, when the script finished, when the first
cards were on screen, and how long a band filter, a search and "show more" take. Without
Chromium or Playwright it prints why and stops after the sizes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from auditor.models import Account, Consent, Person, Post
from auditor.report import write_report
from auditor.scoring.types import Finding, Score
from auditor.store import AccountResult, Store

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WORDS = (
    "launch",
    "team",
    "today",
    "great",
    "coffee",
    "meeting",
    "weekend",
    "travel",
    "product",
    "customers",
    "office",
    "conference",
    "thanks",
    "news",
    "community",
)
RULES = (
    ("profanity", "profanity.strong", "medium", "damn", "Strong language.", "Keep it clean."),
    ("insult", "insult.person", "high", "idiot", "Insults a person.", "Criticise ideas."),
    ("threat", "threat.violence", "critical", "burn it down", "Reads as a threat.", "Escalate."),
    ("pii", "pii.email", "medium", "me@example.org", "An e-mail address.", "Remove it."),
    (
        "employer_criticism",
        "employer.criticism",
        "medium",
        "Acme is terrible",
        "Criticises the employer.",
        "Review with HR and legal.",
    ),
    (
        "competitor",
        "competitor.praise",
        "low",
        "Globex rocks",
        "Praises a competitor.",
        "Mind the brand.",
    ),
)
BAND_SCORE = {"low": 25, "medium": 50, "high": 72, "critical": 91}


def fill(store: Store, n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    people = [
        Person(
            f"p{i:03d}",
            f"Person {i:03d}",
            rng.choice(("staff", "ambassador", "brand")),
            tuple(
                Account(
                    f"p{i:03d}",
                    net,
                    f"@p{i:03d}-{net}",
                    Consent(date(2025, 1, 1), None, None, f"CF-{i:03d}-{net}"),
                )
                for net in ("x", "mastodon", "bluesky")
            ),
        )
        for i in range(50)
    ]
    store.import_roster(people)
    run_id = store.begin_run(
        kind="run", started_at=start, policy_version="bench-1", tool_version="0.1.0"
    )
    accounts = [a for p in people for a in p.accounts]
    per_account: dict[str, list[tuple[Post, Score]]] = {a.key: [] for a in accounts}
    by_band = {"low": 0, "medium": 0, "high": 0, "critical": 0}
    for i in range(n):
        account = accounts[i % len(accounts)]
        picked = rng.sample(RULES, rng.choice((1, 1, 2, 3)))
        words = [rng.choice(WORDS) for _ in range(rng.randint(12, 40))]
        findings: list[Finding] = []
        text = ""
        for j, word in enumerate(words):
            if j in (3, 9, 15) and picked:
                category, rule, severity, phrase, explanation, guidance = picked.pop()
                text += phrase + " "
                findings.append(
                    Finding(
                        category,
                        rule,
                        severity,
                        len(text) - len(phrase) - 1,
                        len(text) - 1,
                        phrase,
                        phrase.lower(),
                        explanation,
                        guidance,
                    )
                )
            text += word + " "
        band = max((f.severity for f in findings), key=list(BAND_SCORE).index)
        by_band[band] += 1
        created = start - timedelta(minutes=37 * i)
        post = Post(
            network=account.network,
            post_id=f"{i:06d}",
            person_id=account.person_id,
            account=account.handle,
            text=text.strip(),
            created_at=created,
            url=f"https://social.example/{account.handle}/{i}",
            source="bench",
            fetched_at=start,
            tool_version="0.1.0",
        )
        score = Score(
            BAND_SCORE[band] + rng.randint(0, 8), band, tuple(findings), "bench-1", "0.1.0"
        )
        per_account[account.key].append((post, score))
    for account in accounts:
        batch = per_account[account.key]
        store.save_batch(
            run_id,
            account,
            batch,
            cursor="c",
            result=AccountResult(account.key, account.person_id, "ok", len(batch), 0, ""),
            now=start,
        )
    store.finish_run(
        run_id,
        finished_at=start + timedelta(minutes=5),
        status="done",
        summary={
            "run_id": run_id,
            "kind": "run",
            "day": start.date().isoformat(),
            "people": len(people),
            "accounts": len(accounts),
            "accounts_failed": [],
            "accounts_skipped": [],
            "posts_read": n,
            "posts_new": n,
            "flagged_by_band": by_band,
            "notes": [],
        },
    )
    return run_id


def _open_once(browser: Any, page_path: Path) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    t0 = time.perf_counter()
    page.goto(page_path.as_uri(), wait_until="commit")
    page.wait_for_selector("#cards article", timeout=120_000)
    first = (time.perf_counter() - t0) * 1000
    nav = page.evaluate(
        "() => { const n = performance.getEntriesByType('navigation')[0];"
        " const p = performance.getEntriesByType('paint')"
        ".find(e => e.name === 'first-contentful-paint');"
        " return {file: n.responseEnd, ready: n.domInteractive, fcp: p ? p.startTime : -1}; }"
    )
    t1 = time.perf_counter()
    page.select_option("#f-band", "critical")
    page.wait_for_function("() => /match/.test(document.getElementById('count').textContent)")
    band = (time.perf_counter() - t1) * 1000
    t2 = time.perf_counter()
    page.fill("#f-q", "coffee")
    page.wait_for_function("() => location.hash.includes('q=coffee')")
    search = (time.perf_counter() - t2) * 1000
    page.fill("#f-q", "")
    page.select_option("#f-band", "")
    page.wait_for_function("() => !location.hash.includes('band=')")
    t3 = time.perf_counter()
    page.click("#more")
    page.wait_for_function("() => document.querySelectorAll('#cards article').length >= 200")
    more = (time.perf_counter() - t3) * 1000
    page.close()
    return {"first_cards": first, **nav, "band": band, "search": search, "more": more}


def browse(page_path: Path, repeat: int) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: skipped (the playwright package is not installed)")
        return
    if not Path(CHROMIUM).exists():
        print(f"browser: skipped ({CHROMIUM} is missing: apt-get install chromium)")
        return
    runs: list[dict[str, float]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(repeat):
            runs.append(_open_once(browser, page_path))
        browser.close()

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(
        f"browser (median of {repeat}, ms after navigation): first paint {med('fcp'):.0f}, "
        f"file read {med('file'):.0f}, script done {med('ready'):.0f}, "
        f"first cards on screen {med('first_cards'):.0f}"
    )
    print(
        f"browser: band filter {med('band'):.0f} ms, search {med('search'):.0f} ms "
        f"(incl. the 150 ms typing debounce), show more {med('more'):.0f} ms"
    )
    print(
        "browser: first cards on screen per run: "
        + ", ".join(f"{r['first_cards']:.0f}" for r in runs)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench-report"))
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="page loads to take the median of")
    args = parser.parse_args(argv)
    store = Store.memory()
    t0 = time.perf_counter()
    run_id = fill(store, args.posts)
    t1 = time.perf_counter()
    page = write_report(store, run_id, args.out)
    t2 = time.perf_counter()
    print(f"store: {args.posts} flagged posts written in {t1 - t0:.1f} s")
    print(f"report: written in {t2 - t1:.1f} s to {page.parent}")
    for name in ("index.html", "findings.json", "findings.csv"):
        size = (page.parent / name).stat().st_size
        print(f"  {name:14} {size / 1_048_576:6.1f} MiB")
    if not args.no_browser:
        browse(page, max(1, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
