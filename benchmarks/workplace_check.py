"""The hand-written workplace set (`benchmarks/workplace/`) under the shipped policy: false alarms
on harmless posts and recall on risky ones, overall and per category.

    .venv/bin/python benchmarks/workplace_check.py [--split SPLIT] [--show]

SPLIT is dev, dev2, dev3, test, test2, test3, both or all (default dev). `both` is dev and test;
`all` is every split: dev, dev2, dev3, test, test2 and test3. dev, dev2 and dev3 are for tuning;
test2 and test3 are held out: read their figures, do not tune on their posts.

A risky post is caught when its band is medium or above, whatever the findings' categories; the
category column says how many caught posts also have a finding of their labelled category.
With --show: every harmless post at medium or above and every risky post missed, with each
finding's category, rule and matched text. See `benchmarks/workplace/README.md` for the set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.models import Organization  # noqa: E402
from auditor.scoring import Score, Scorer, band_rank, load_policy  # noqa: E402

SET_DIR = ROOT / "benchmarks" / "workplace"
MEDIUM = band_rank("medium")
LOW = band_rank("low")
# What each --split choice runs; `both` predates test2 and keeps its meaning.
SPLITS = {
    "dev": ["dev"],
    "dev2": ["dev2"],
    "dev3": ["dev3"],
    "test": ["test"],
    "test2": ["test2"],
    "test3": ["test3"],
    "both": ["dev", "test"],
    "all": ["dev", "dev2", "dev3", "test", "test2", "test3"],
}


@dataclass(frozen=True)
class Post:
    id: str
    text: str
    label: str  # "harmless" or "risky"
    category: str  # "" for harmless posts


def load_split(name: str) -> list[Post]:
    posts = []
    lines = (SET_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        row = json.loads(line)
        posts.append(Post(row["id"], row["text"], row["label"], row.get("category", "")))
    return posts


def pct(n: int, total: int) -> str:
    return f"{n}/{total} ({100 * n / total:.1f}%)" if total else "0/0"


def describe(post: Post, score: Score) -> str:
    text = post.text.replace("\n", " ")
    lines = [f"  {post.id} [{score.band}] {text[:110]}"]
    for f in score.findings:
        lines.append(f"      {f.category} / {f.rule} ({f.severity}): {f.matched!r}")
    if not score.findings:
        lines.append("      (no findings)")
    return "\n".join(lines)


def report(name: str, scorer: Scorer, show: bool) -> None:
    scored = [(p, scorer.score(p.text)) for p in load_split(name)]
    harmless = [(p, s) for p, s in scored if p.label == "harmless"]
    risky = [(p, s) for p, s in scored if p.label == "risky"]
    alarms = [(p, s) for p, s in harmless if band_rank(s.band) >= MEDIUM]
    low_plus = sum(band_rank(s.band) >= LOW for _, s in harmless)
    missed = [(p, s) for p, s in risky if band_rank(s.band) < MEDIUM]
    print(f"== {name}: {len(scored)} posts, {len(harmless)} harmless, {len(risky)} risky")
    print(f"false positives at medium+: {pct(len(alarms), len(harmless))}")
    print(f"false positives at low+:    {pct(low_plus, len(harmless))}")
    print(f"recall at medium+:          {pct(len(risky) - len(missed), len(risky))}")
    total: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for p, s in risky:
        total[p.category] += 1
        if band_rank(s.band) >= MEDIUM:
            caught[p.category] += 1
            right[p.category] += p.category in s.categories
    print(f"  {'category':<13} {'caught':>16}   with its category")
    for cat in sorted(total):
        print(f"  {cat:<13} {pct(caught[cat], total[cat]):>16}   {right[cat]}")
    if show:
        print(f"harmless posts at medium+ ({len(alarms)}):")
        for p, s in alarms:
            print(describe(p, s))
        print(f"risky posts missed ({len(missed)}):")
        for p, s in missed:
            print(f"  ({p.category})")
            print(describe(p, s))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=list(SPLITS), default="dev")
    ap.add_argument("--show", action="store_true", help="list false alarms and misses")
    args = ap.parse_args()
    policy = load_policy()
    scorer = Scorer(policy, Organization())
    print(f"model.medium_probability = {policy.model.medium_probability}")
    for name in SPLITS[args.split]:
        report(name, scorer, args.show)


if __name__ == "__main__":
    main()
