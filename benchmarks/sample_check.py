"""The bundled sample (`auditor/sample`) under the shipped policy: risky posts caught, harmless
posts that reach medium (a review), optionally at another `model.medium_probability`.

    .venv/bin/python benchmarks/sample_check.py [--medium-probability 0.6]

Risky posts are those listed in `auditor/sample/labels.json`; every other post is harmless.
Reposts are skipped, as the sources skip them. The posts are read with the standard-library
reader of `tests/test_sample_data.py`, so a broken source module cannot hide a sample post.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.models import Organization  # noqa: E402
from auditor.runtime import demo_config  # noqa: E402
from auditor.scoring import Scorer, band_rank, load_policy  # noqa: E402
from tests.test_sample_data import load_labels, posts_of, roster_rows  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--medium-probability", type=float, help="override [model] medium_probability")
    args = ap.parse_args()
    policy = load_policy()
    if args.medium_probability is not None:
        policy.model = replace(policy.model, medium_probability=args.medium_probability)
    config = demo_config(Path("reports"))
    scorer = Scorer(policy, config.organization or Organization())
    labels = load_labels()
    seen: set[str] = set()
    risky = missed = harmless = 0
    reviewed: list[str] = []
    for row in roster_rows():
        for post in posts_of(row):
            if post["id"] in seen or post["text"].startswith("RT @"):
                continue
            seen.add(post["id"])
            band = scorer.score(post["text"]).band
            if post["id"] in labels:
                risky += 1
                missed += band == "none"
            else:
                harmless += 1
                if band_rank(band) >= band_rank("medium"):
                    reviewed.append(post["text"])
    print(f"model.medium_probability = {policy.model.medium_probability}")
    print(f"risky posts: {risky}, flagged: {risky - missed}")
    print(f"harmless posts: {harmless}, at medium or above: {len(reviewed)}")
    for text in reviewed:
        print(f"  {text[:100]}")


if __name__ == "__main__":
    main()
