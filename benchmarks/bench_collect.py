"""Nightly-job benchmark: 1,000 accounts x 20 new posts against a loopback API with latency.

Runs the real nightly job (consent gate, live sources through base_url, scoring, SQLite store)
once with the configured concurrency and once with concurrency 1, each in its own process, and
prints wall time, requests made (and how many the paging needs) and peak memory.

    .venv/bin/python benchmarks/bench_collect.py [--accounts 1000] [--posts 20] [--latency 0.05]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NETWORKS = ("x", "mastodon", "bluesky")


def child(accounts: int, posts: int, latency: float, concurrency: int) -> dict[str, object]:
    import httpx

    from auditor.models import Account, Consent, Organization, Person
    from auditor.pipeline import Auditor
    from auditor.scoring import Scorer, load_policy
    from auditor.sources.base import utcnow
    from auditor.sources.live import (
        BlueskySettings,
        LiveSettings,
        MastodonSettings,
        XSettings,
        build_live_sources,
    )
    from auditor.store import Store
    from tests.loopback_api import LoopbackAPI, LoopbackConfig

    per_network = -(-accounts // len(NETWORKS))
    config = LoopbackConfig(accounts=per_network, posts_per_account=posts, latency=latency)
    with LoopbackAPI(config) as api, tempfile.TemporaryDirectory() as tmp:
        people = []
        for network in NETWORKS:
            for i, handle in enumerate(api.handles(network)):
                if len(people) == accounts:
                    break
                consent = Consent(date(2026, 1, 1))
                pid = f"{network}{i}"
                people.append(Person(pid, pid, "staff", (Account(pid, network, handle, consent),)))
        settings = LiveSettings(
            x=XSettings(base_url=api.url),
            mastodon=MastodonSettings(base_url=api.url),
            bluesky=BlueskySettings(base_url=api.url),
        )
        with httpx.Client(timeout=30, limits=httpx.Limits(max_connections=64)) as http:
            sources = build_live_sources(
                settings,
                http=http,
                environ={"X_BEARER_TOKEN": "benchmark"},
                clock=utcnow,
                sleep=time.sleep,
            )
            store = Store.open(Path(tmp) / "bench.db")
            auditor = Auditor(
                store=store,
                scorer=Scorer(load_policy(), Organization(name="Acme")),
                sources=sources,
                clock=lambda: datetime.now(UTC),
                concurrency=concurrency,
            )
            started = time.perf_counter()
            summary = auditor.run(people)
            elapsed = time.perf_counter() - started
            store.close()
        requests = sum(v for k, v in api.counts.items() if k != "429")
    return {
        "concurrency": concurrency,
        "accounts": len(people),
        "posts_new": summary.posts_new,
        "failed": len(summary.accounts_failed),
        "seconds": round(elapsed, 2),
        "requests": requests,
        "requests_needed": 2 * len(people),  # one lookup + one timeline page per account
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.accounts, args.posts, args.latency, args.child)))
        return
    rows = []
    for concurrency in (args.concurrency, 1):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--accounts",
                str(args.accounts),
                "--posts",
                str(args.posts),
                "--latency",
                str(args.latency),
                "--child",
                str(concurrency),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    header = "| concurrency | accounts | new posts | failed | s | requests (needed) | peak MB |"
    print(header)
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['concurrency']} | {r['accounts']} | {r['posts_new']} | {r['failed']} | "
            f"{r['seconds']} | {r['requests']} ({r['requests_needed']}) | {r['peak_rss_mb']} |"
        )
    print(f"speed-up: {rows[1]['seconds'] / rows[0]['seconds']:.1f}x")


if __name__ == "__main__":
    main()
