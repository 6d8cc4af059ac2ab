"""Accuracy and speed of auditor's scorer against open-source detectors, on labelled posts.

Runs in the benchmark venv (see benchmarks/README.md), which also holds the peers:

    benchmarks/.venv/bin/python benchmarks/accuracy.py [--eval-dir /work/shared/eval]

Validation splits: TweetEval offensive (OLID) and TweetEval hate (HatEval); the model was trained
on the train splits only. Definitions for auditor's full scorer:
  offensive = any finding of category profanity, insult, hate or threat at severity medium+;
  hate      = any finding of category hate or threat at severity medium+.
"Rules only" is the same scorer with the learned model switched off; "model only" is the bundled
`LinearModel` alone (its "offensive" label on the offensive split, "hate" on the hate split).
Peers flag a post the same way on both splits: alt-profanity-check's predict() (called on the
whole list at once, as it is meant to be), better_profanity's contains_profanity() and VADER's
compound score < -0.5 (one post per call).

Also scored: benchmarks/obfuscated.txt, a hand-written list of masked/leet profanities (which
should be caught) and innocent words and names that contain rude substrings (which should not).
Prints a markdown table; speed is posts per second of CPU time (time.process_time), one run,
after a 20-post warm-up. The model's caches start cold on each split, as they would on a new
batch of posts.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OFFENSIVE_CATS = frozenset({"profanity", "insult", "hate", "threat"})
HATE_CATS = frozenset({"hate", "threat"})
FLAG_SEVERITIES = frozenset({"medium", "high", "critical"})

# A detector maps a list of posts to (offensive, hate) flags per post.
Flags = list[tuple[bool, bool]]
Detector = Callable[[Sequence[str]], Flags]


@dataclass
class Row:
    split: str
    system: str
    precision: float
    recall: float
    f1: float
    rate: float


def read_split(eval_dir: Path, task: str) -> tuple[list[str], list[int]]:
    base = eval_dir / "tweeteval" / task
    texts = (base / "val_text.txt").read_text(encoding="utf-8").splitlines()
    labels = [int(x) for x in (base / "val_labels.txt").read_text(encoding="utf-8").splitlines()]
    if len(texts) != len(labels):
        raise SystemExit(f"{task}: {len(texts)} texts but {len(labels)} labels")
    return texts, labels


def read_obfuscated(path: Path) -> tuple[list[str], list[int]]:
    """Lines `1<TAB>text` (should be flagged) or `0<TAB>text` (should not); `#` comments."""
    texts: list[str] = []
    labels: list[int] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        labels.append(int(label))
        texts.append(text)
    return texts, labels


def prf(pred: Sequence[bool], gold: Sequence[int]) -> tuple[float, float, float]:
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(pred, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold, strict=True) if not p and g)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def scorer_detector(model: str) -> Detector | str:
    """The full scorer; `model` is "default" (policy as shipped), "off", or "operating-point"
    (the policy's `model.min_probability` and `model.medium_probability` both set to the
    model's own threshold, so every model hit is considered and counts as medium)."""
    try:
        from auditor.models import Organization
        from auditor.scoring import Scorer, load_policy
    except ImportError as exc:
        return f"scorer unavailable ({exc})"
    policy = load_policy()
    if model == "off":
        policy = dataclasses.replace(policy, model=dataclasses.replace(policy.model, enabled=False))
    elif model == "operating-point":
        # The bundled model's thresholds: its operating point, chosen on held-out train data.
        from auditor.scoring.model import load_default_model

        bundled = load_default_model()
        point = min(bundled.thresholds) if bundled is not None else 0.5
        settings = dataclasses.replace(
            policy.model, min_probability=point, medium_probability=point
        )
        policy = dataclasses.replace(policy, model=settings)
    scorer = Scorer(policy, Organization())

    def detect(texts: Sequence[str]) -> Flags:
        out: Flags = []
        for text in texts:
            flagged = [
                f.category for f in scorer.score(text).findings if f.severity in FLAG_SEVERITIES
            ]
            out.append(
                (
                    any(c in OFFENSIVE_CATS for c in flagged),
                    any(c in HATE_CATS for c in flagged),
                )
            )
        return out

    return detect


def model_detector() -> Detector | str:
    from auditor.scoring.model import load_default_model

    model = load_default_model()
    if model is None:
        return "no bundled model (run benchmarks/train_model.py)"

    def detect(texts: Sequence[str]) -> Flags:
        out: Flags = []
        for text in texts:
            labels = {h.label for h in model.predict(text)}
            out.append(("offensive" in labels, "hate" in labels))
        return out

    return detect


def profanity_check_detector() -> Detector | str:
    try:
        from profanity_check import predict
    except ImportError:
        return "alt-profanity-check not installed"

    def detect(texts: Sequence[str]) -> Flags:
        return [(bool(p), bool(p)) for p in predict(list(texts))]

    return detect


def better_profanity_detector() -> Detector | str:
    try:
        from better_profanity import profanity
    except ImportError:
        return "better_profanity not installed"
    profanity.load_censor_words()

    def detect(texts: Sequence[str]) -> Flags:
        out: Flags = []
        for text in texts:
            p = bool(profanity.contains_profanity(text))
            out.append((p, p))
        return out

    return detect


def vader_detector() -> Detector | str:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return "vaderSentiment not installed"
    analyzer = SentimentIntensityAnalyzer()

    def detect(texts: Sequence[str]) -> Flags:
        out: Flags = []
        for text in texts:
            p = analyzer.polarity_scores(text)["compound"] < -0.5
            out.append((p, p))
        return out

    return detect


SYSTEMS: dict[str, Callable[[], Detector | str]] = {
    "auditor (rules + model)": lambda: scorer_detector("default"),
    "auditor (rules + model, medium at the model's threshold)": lambda: scorer_detector(
        "operating-point"
    ),
    "auditor rules only": lambda: scorer_detector("off"),
    "auditor model only": model_detector,
    "alt-profanity-check": profanity_check_detector,
    "better_profanity": better_profanity_detector,
    "VADER (compound < -0.5)": vader_detector,
}


def timed(detect: Detector, texts: Sequence[str]) -> tuple[Flags, float]:
    """Flags and posts per second of this process's CPU time (robust on a shared machine)."""
    detect(texts[:20])  # warm-up: lazy loading and first-call costs are not throughput
    start = time.process_time()
    flags = detect(texts)
    return flags, len(texts) / max(time.process_time() - start, 1e-9)


def model_speed(texts: Sequence[str]) -> str:
    """Microseconds of CPU per `LinearModel.predict` call: cold caches, then warm (best of 3)."""
    from auditor.scoring.model import load_default_model

    model = load_default_model()
    if model is None:
        return "no bundled model"

    def per_post(batch: Sequence[str], runs: int) -> float:
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            for text in batch:
                model.predict(text)
            best = min(best, time.process_time() - start)
        return best / max(len(batch), 1) * 1e6

    cold = per_post(texts, 1)
    flagged = [t for t in texts if model.predict(t)]
    clean = [t for t in texts if not model.predict(t)]
    return (
        f"model predict, µs of CPU per post over {len(texts):,} val posts: cold caches "
        f"{cold:.0f}; warm {per_post(texts, 3):.0f} (posts with no hit {per_post(clean, 3):.0f}, "
        f"posts with a hit {per_post(flagged, 3):.0f}; {len(flagged):,} of {len(texts):,} hit)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--obfuscated", type=Path, default=ROOT / "benchmarks" / "obfuscated.txt")
    ap.add_argument("--only", action="append", help="run only systems whose name contains this")
    args = ap.parse_args()

    splits = {
        "offensive val": (*read_split(args.eval_dir, "offensive"), 0),
        "hate val": (*read_split(args.eval_dir, "hate"), 1),
    }
    obf_texts, obf_labels = read_obfuscated(args.obfuscated)
    rows: list[Row] = []
    obf_rows: list[tuple[str, float, float]] = []
    notes: list[str] = []
    for name, make in SYSTEMS.items():
        if args.only and not any(o.lower() in name.lower() for o in args.only):
            continue
        detect = make()
        if isinstance(detect, str):
            notes.append(f"{name}: {detect}")
            continue
        for split, (texts, gold, which) in splits.items():
            flags, rate = timed(detect, texts)
            p, r, f = prf([fl[which] for fl in flags], gold)
            rows.append(Row(split, name, p, r, f, rate))
            print(
                f"  {split:13s} {name:26s} P {p:.3f} R {r:.3f} F1 {f:.3f} {rate:,.0f}/s",
                file=sys.stderr,
                flush=True,
            )
        flags = detect(obf_texts)
        caught = [fl[0] for fl, g in zip(flags, obf_labels, strict=True) if g]
        false = [fl[0] for fl, g in zip(flags, obf_labels, strict=True) if not g]
        obf_rows.append((name, sum(caught) / len(caught), sum(false) / len(false)))

    print("| split | system | precision | recall | F1 | posts/s |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row.split} | {row.system} | {row.precision:.3f} | {row.recall:.3f} | "
            f"{row.f1:.3f} | {row.rate:,.0f} |"
        )
    positives = sum(obf_labels)
    print()
    print(
        f"| obfuscated list ({positives} masked profanities, {len(obf_labels) - positives} "
        "innocent words) | catch rate | false-positive rate |"
    )
    print("|---|---|---|")
    for name, catch, fpr in obf_rows:
        print(f"| {name} | {catch:.0%} | {fpr:.0%} |")
    for note in notes:
        print(f"\nnot run: {note}")
    if not args.only or any("model" in o.lower() for o in args.only):
        print()
        print(model_speed([t for texts, _, _ in splits.values() for t in texts]))


if __name__ == "__main__":
    main()
