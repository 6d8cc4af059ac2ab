"""Where a post's scoring time goes: microseconds per post for each part, in one process.

    .venv/bin/python benchmarks/bench_parts.py [--posts 10000] [--repeat 3]

Times, over the same TweetEval posts as `bench_scoring.py` (warm caches, CPU time, best of
`--repeat` passes): a bare regex tokenisation as a floor for any Python scorer, the engine's
normaliser and tokeniser, the learned model alone (scoring only, then naming the words behind a
reading), the whole scorer with the model switched off (rules only), the whole scorer, and
TextBlob's sentiment. The issue's floor of 10,000 posts per second is 100 us per post on the
machine it was set on, where TextBlob did about 5,000 posts per second (200 us per post); the
last line scales it to this machine by TextBlob's speed here.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scoring import corpus

from auditor.models import Organization
from auditor.scoring import Scorer, load_policy
from auditor.scoring.model import load_default_model
from auditor.scoring.normalize import normalize, tokenize
from auditor.scoring.policy import ModelPolicy

FLOOR_POSTS_PER_S = 10_000
ISSUE_TEXTBLOB_POSTS_PER_S = 5_000


def per_post(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Best CPU microseconds per post of `fn` over `texts`, after one warm-up pass."""
    for text in texts:
        fn(text)
    best = float("inf")
    for _ in range(repeat):
        cpu0 = time.process_time()
        for text in texts:
            fn(text)
        best = min(best, (time.process_time() - cpu0) / len(texts) * 1e6)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=10_000, help="distinct posts to time")
    ap.add_argument("--repeat", type=int, default=3, help="passes per part; the best counts")
    args = ap.parse_args()
    source, texts = corpus()
    texts = texts[: args.posts]
    model = load_default_model()
    rules_policy = load_policy()
    rules_policy.model = ModelPolicy(enabled=False)
    rules = Scorer(rules_policy, Organization())
    scorer = Scorer(load_policy(), Organization())
    words = re.compile(r"\w+").findall
    parts: list[tuple[str, Callable[[str], object]]] = [
        ("regex word split (floor of any Python scorer)", words),
        ("engine: normalise + tokenise", lambda t: tokenize(normalize(t))),
    ]
    if model is not None:
        parts += [
            ("model: probabilities only", model.probabilities),
            ("model: readings with their words", model.predict),
        ]
    parts += [
        ("scorer, model off (rules only)", rules.score),
        ("scorer (rules + model)", scorer.score),
    ]
    print(f"source: {source}; {len(texts)} posts, best of {args.repeat} warm passes (CPU)")
    results = {}
    for name, fn in parts:
        results[name] = per_post(fn, texts, args.repeat)
        print(f"  {name:48s} {results[name]:7.1f} us/post {1e6 / results[name]:9,.0f} posts/s")
    from textblob import TextBlob

    sample = texts[:3000]
    blob = per_post(lambda t: TextBlob(t).sentiment, sample, args.repeat)
    name = "TextBlob sentiment (first 3,000 posts)"
    print(f"  {name:48s} {blob:7.1f} us/post {1e6 / blob:9,.0f} posts/s")
    # The floor as the issue set it, scaled by how fast TextBlob runs here.
    budget = (1e6 / FLOOR_POSTS_PER_S) * blob / (1e6 / ISSUE_TEXTBLOB_POSTS_PER_S)
    print(
        f"floor: {FLOOR_POSTS_PER_S:,} posts/s where TextBlob does "
        f"{ISSUE_TEXTBLOB_POSTS_PER_S:,}: here {budget:.0f} us/post, half of TextBlob's time"
    )


if __name__ == "__main__":
    main()
