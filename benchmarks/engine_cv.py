"""The whole scorer judged on the train splits, with out-of-fold model probabilities.

`benchmarks/train_model.py --oof-out oof.json` writes, for every train post, the probability the
model gives it when trained without it (5-fold out-of-fold, threshold folded in so 0.5
decides). This script runs the whole scorer over those posts: the rules, and the model's
readings with those probabilities instead of the shipped model's (which has seen the posts),
so the engine's own decisions on top of the model (one-word notes, idioms, swearing that is
not hate, the policy's `medium_probability`) are judged as on new posts. Choices about the
engine can so be made without reading the validation splits, which stay with accuracy.py.

    benchmarks/.venv/bin/python benchmarks/engine_cv.py --oof oof.json [--medium 0.45 0.5 0.55]

Prints precision, recall and F1 with accuracy.py's definitions (offensive: profanity, insult,
hate or threat at medium or above; hate: hate or threat). The words a reading names, and the
reading of the other label, come from the shipped model.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.models import Organization  # noqa: E402
from auditor.scoring import Scorer, band_rank, engine, load_policy  # noqa: E402
from auditor.scoring.model import LinearModel, ModelHit, load_default_model  # noqa: E402

CATEGORIES = {
    "offensive": frozenset({"profanity", "insult", "hate", "threat"}),
    "hate": frozenset({"hate", "threat"}),
}


class OutOfFold:
    """The shipped model with one label's probability replaced by its out-of-fold value."""

    def __init__(self, real: LinearModel, label: str, probability: dict[str, float], floor: float):
        self.real = real
        self.label = label
        self.probability = probability
        self.floor = floor  # the model's threshold (0.5), or a lower medium_probability tried
        self.labels = real.labels
        self.meta: dict[str, Any] = real.meta

    def predict(self, text: str) -> list[ModelHit]:
        saved = self.real.thresholds
        self.real.thresholds = (0.0,) * len(saved)  # every label with its words
        try:
            hits = self.real.predict(text)
        finally:
            self.real.thresholds = saved
        out = []
        for h in hits:
            p = self.probability.get(text, 0.0) if h.label == self.label else h.probability
            if p >= self.floor:
                out.append(replace(h, probability=p))
        return out


def measure(label: str, oof: dict[str, Any], real: LinearModel, medium: float) -> str:
    texts, labels = oof["texts"], oof["labels"]
    probability = dict(zip(texts, oof["probability"], strict=True))
    model = OutOfFold(real, label, probability, min(medium, 0.5))
    policy = load_policy()
    policy.model = replace(policy.model, min_probability=medium, medium_probability=medium)
    engine.default_model = lambda: model  # type: ignore[assignment,return-value]
    scorer = Scorer(policy, Organization())
    cats, floor = CATEGORIES[label], band_rank("medium")
    tp = fp = fn = 0
    for text, y in zip(texts, labels, strict=True):
        flagged = any(
            f.category in cats and band_rank(f.severity) >= floor
            for f in scorer.score(text).findings
        )
        tp += flagged and y == 1
        fp += flagged and y == 0
        fn += not flagged and y == 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{label:9s} train, medium at p >= {medium:.2f}: P {p:.4f} R {r:.4f} F1 {f1:.4f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oof", type=Path, required=True, help="written by train_model.py --oof-out")
    ap.add_argument("--medium", type=float, nargs="+", default=[0.5])
    ap.add_argument("--label", choices=sorted(CATEGORIES), action="append")
    args = ap.parse_args()
    oof = json.loads(args.oof.read_text(encoding="utf-8"))
    real = load_default_model()
    if real is None:
        raise SystemExit("this build has no bundled model")
    for label in args.label or sorted(CATEGORIES):
        for medium in args.medium:
            print(measure(label, oof[label], real, medium), flush=True)


if __name__ == "__main__":
    main()
