"""Scoring speed: posts per second on one core, and peak memory, over realistic tweets.

Reads the TweetEval texts under /work/shared/eval (or AUDITOR_BENCH_TEXTS, one post per line)
when present, cycling through them; otherwise generates tweet-like posts from templates. Posts
are streamed to the scorer one by one, so memory must stay flat in the number of posts.

    .venv/bin/python benchmarks/bench_scoring.py [--posts 50000] [--org] [--no-model] [--eval]

Machines differ (and this one varies from run to run), so it also times TextBlob's sentiment
alone on the first 5,000 of the same posts: the issue's floor was set where that does about
5,000 posts per second. `--no-reference` skips it.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

EVAL = Path(os.environ.get("AUDITOR_EVAL_DIR", "/work/shared/eval"))
FILES = ("tweeteval/offensive/train_text.txt", "tweeteval/hate/train_text.txt")

_TEMPLATES = (
    "Just got back from {place} and honestly {feeling}. #{tag}",
    "@{user} {opinion} the new {thing}? I think it's {adj}",
    "Can't believe the {team} {verb} last night!!! {emoji}",
    "Reading about {topic} this morning, {adj} stuff https://example.org/{tag}",
    "{greeting} everyone, {feeling} to announce I'm joining {place} next month",
    "Why is {thing} so {adj} today?? @{user} any ideas",
    "#{Tag}{Tag2} {opinion} {topic}, what a {adj} day",
)
_WORDS = {
    "place": ["Detroit", "the gym", "Scunthorpe", "the office", "Acme HQ", "Essex"],
    "feeling": ["so happy", "pretty tired", "kind of annoyed", "really excited", "damn tired"],
    "tag": ["mondaymotivation", "nbcpolitics", "tbt", "foodie", "gameday", "importedfromdetroit"],
    "Tag": ["Game", "Food", "Road", "Happy", "Late"],
    "Tag2": ["Day", "Trip", "Friday", "Night", "Show"],
    "user": ["user", "jane_doe", "acme_support", "bob"],
    "opinion": ["have you seen", "loving", "not sure about", "hate", "wtf is"],
    "thing": ["phone", "update", "season of Dexter", "coffee machine", "traffic"],
    "adj": ["great", "stupid", "amazing", "weird", "crap", "killer"],
    "team": ["Lions", "Tigers", "Red Sox", "Scunthorpe United"],
    "verb": ["killed it", "lost", "won", "choked"],
    "emoji": [":)", "lol", "smh", "🔥🔥"],
    "topic": ["the election", "climate", "the new policy", "taxes", "AI"],
    "greeting": ["Hi", "Hello", "Morning", "Hey"],
}


def generated(seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    while True:
        template = rng.choice(_TEMPLATES)
        yield template.format(**{k: rng.choice(v) for k, v in _WORDS.items()})


def corpus() -> tuple[str, list[str]]:
    extra = os.environ.get("AUDITOR_BENCH_TEXTS")
    paths = [Path(extra)] if extra else [EVAL / f for f in FILES]
    texts: list[str] = []
    for path in paths:
        if path.is_file():
            texts.extend(line for line in path.read_text("utf-8").splitlines() if line.strip())
    if texts:
        return ", ".join(str(p) for p in paths if p.is_file()), texts
    return "generated tweets", list(itertools.islice(generated(), 5000))


# The project's definitions (its floors are F1 >= 0.70 offensive, >= 0.60 hate at medium+).
EVAL_SPLITS = {
    "offensive": ({"profanity", "insult", "hate", "threat"}, "tweeteval/offensive"),
    "hate": ({"hate", "threat"}, "tweeteval/hate"),
}


def evaluate(scorer: Scorer) -> None:
    """Precision/recall of the scorer on the TweetEval validation splits (measurement only)."""
    for task, (categories, folder) in EVAL_SPLITS.items():
        texts_path = EVAL / folder / "val_text.txt"
        labels_path = EVAL / folder / "val_labels.txt"
        if not texts_path.is_file():
            print(f"{task}: {texts_path} not found, skipped")
            continue
        texts = texts_path.read_text("utf-8").splitlines()
        labels = [line.strip() == "1" for line in labels_path.read_text("utf-8").splitlines()]
        for floor in ("low", "medium"):
            flagged = []
            for text in texts:
                score = scorer.score(text)
                flagged.append(
                    any(
                        f.category in categories and band_rank(f.severity) >= band_rank(floor)
                        for f in score.findings
                    )
                )
            tp = sum(f and y for f, y in zip(flagged, labels, strict=True))
            fp = sum(f and not y for f, y in zip(flagged, labels, strict=True))
            fn = sum(y and not f for f, y in zip(flagged, labels, strict=True))
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(
                f"{task} val, flagged at >= {floor} in {sorted(categories)}: "
                f"precision {p:.3f} recall {r:.3f} F1 {f1:.3f} ({len(texts)} posts)"
            )


REFERENCE_POSTS = 5000


def textblob_rate(texts: list[str]) -> float:
    """Posts per second (CPU) of TextBlob's sentiment alone, the issue's yardstick."""
    from textblob import TextBlob

    sample = list(itertools.islice(itertools.cycle(texts), REFERENCE_POSTS))
    TextBlob("warm up").sentiment  # noqa: B018 (computed for its cost)
    cpu0 = time.process_time()
    for text in sample:
        TextBlob(text).sentiment  # noqa: B018
    return len(sample) / (time.process_time() - cpu0)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=50_000, help="how many posts to score")
    ap.add_argument(
        "--org", action="store_true", help="configure an organisation (enables TextBlob rules)"
    )
    ap.add_argument(
        "--trace", action="store_true", help="also measure peak memory with tracemalloc"
    )
    ap.add_argument(
        "--no-model", action="store_true", help="rules only: switch the learned model off"
    )
    ap.add_argument(
        "--eval", action="store_true", help="also print precision/recall on TweetEval val splits"
    )
    ap.add_argument(
        "--no-reference", action="store_true", help="do not time TextBlob's sentiment alone"
    )
    args = ap.parse_args()
    source, texts = corpus()
    org = (
        Organization("Acme", ("Acme Corp",), ("RoadRunner",), ("Globex",), ("Falcon",))
        if args.org
        else Organization()
    )
    policy = load_policy()
    if args.no_model:
        policy.model = ModelPolicy(enabled=False)
    scorer = Scorer(policy, org)
    scorer.score("warm up the caches, #HelloWorld")
    bands: Counter[str] = Counter()
    posts = itertools.islice(itertools.cycle(texts), args.posts)
    checkpoint = max(1, args.posts // 10)
    rss_early = 0.0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for n, text in enumerate(posts, start=1):
        bands[scorer.score(text).band] += 1
        if n == checkpoint:
            rss_early = _rss_mb()
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    rss = _rss_mb()
    peak = 0
    if args.trace:
        # A separate pass: tracemalloc slows Python down several times, so it is not timed.
        tracemalloc.start()
        for text in itertools.islice(itertools.cycle(texts), args.posts):
            scorer.score(text)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    print(f"source: {source} ({len(texts)} distinct posts, cycled)")
    print(f"learned model: {'on' if scorer.uses_model else 'off'}; organisation: {bool(args.org)}")
    print(f"scored {args.posts} posts in {elapsed:.2f}s wall, {cpu:.2f}s cpu")
    print(f"posts/s: {args.posts / elapsed:,.0f} (wall), {args.posts / cpu:,.0f} (cpu)")
    if args.trace:
        print(f"peak traced memory of a second, warm-cache pass (per-post): {peak / 1e6:.1f} MB")
    print(f"peak RSS: {rss_early:.0f} MB after {checkpoint} posts, {rss:.0f} MB after {args.posts}")
    print(
        "bands: "
        + ", ".join(f"{b}={bands[b]}" for b in ("none", "low", "medium", "high", "critical"))
    )
    if not args.no_reference:
        rate = textblob_rate(texts)
        print(
            f"reference: TextBlob sentiment alone {rate:,.0f} posts/s (cpu) on the same posts; "
            f"the scorer runs at {args.posts / cpu / rate:.2f}x that"
        )
    if args.eval:
        evaluate(scorer)


if __name__ == "__main__":
    main()
