"""Train the bundled linear model (auditor/scoring/data/model.json) from the shared eval data.

Runs in the benchmark venv only (numpy and scikit-learn are not project dependencies):

    benchmarks/.venv/bin/python benchmarks/train_model.py [--eval-dir /work/shared/eval] [--quick]

Per label ("offensive": TweetEval offensive, "hate": TweetEval hate), it trains a logistic
regression (naive-Bayes-scaled features, balanced class weights) over the features of
`auditor.scoring.model.Featurizer`, the exact featuriser the package runs. Only TRAIN splits
are used, plus Davidson et al. (MIT) where it helps; the validation splits are left to
`benchmarks/accuracy.py`. The regularisation, which extra training rows to add (see EXTRA) and
each label's threshold are chosen by 5-fold cross-validation on the label's own train split:
extra rows only ever join the training folds, and the threshold maximises F1 of the
out-of-fold predictions. Every step is deterministic (fixed seed, liblinear). ~10 minutes on
one core; --quick skips the search.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.scoring.model import FORMAT_VERSION, Featurizer  # noqa: E402

SEED = 20261124
OUT = ROOT / "auditor" / "scoring" / "data" / "model.json"
LABELS = ("offensive", "hate")
DIGITS = 4  # weights are rounded in the JSON: the fourth decimal never changes a decision


@dataclass(frozen=True)
class Setting:
    c: float
    extra: str  # extra training rows added to every training fold ("" = none; see EXTRA)
    weight: float  # sample weight of the extra rows
    keep: int = 20000  # features kept, by |weight|
    balanced: bool = True  # class_weight="balanced"
    nb: bool = True  # scale features by their naive-Bayes log-count ratio before fitting


# Extra training rows a label may use, always from TRAIN splits or Davidson (never val):
EXTRA = {
    # Davidson et al. (MIT): offensive = hate or offensive class; hate = hate class.
    "davidson": ("offensive", "hate"),
    # OLID posts annotated NOT offensive cannot be hate speech: negatives for "hate", so the
    # hate model stops reading ordinary political talk (immigration, women) as hate.
    "olid-not-offensive": ("hate",),
    # HatEval posts annotated hate are targeted offence, OLID's definition of offensive.
    "hateval-hate": ("offensive",),
}


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load_tweeteval(eval_dir: Path, task: str, split: str) -> tuple[list[str], np.ndarray]:
    base = eval_dir / "tweeteval" / task
    texts = read_lines(base / f"{split}_text.txt")
    labels = np.array([int(x) for x in read_lines(base / f"{split}_labels.txt")], dtype=np.int8)
    if len(texts) != len(labels):
        raise SystemExit(f"{task}/{split}: {len(texts)} texts but {len(labels)} labels")
    return texts, labels


def load_davidson(eval_dir: Path) -> tuple[list[str], np.ndarray]:
    """Davidson tweets with class 0 hate, 1 offensive, 2 neither."""
    texts: list[str] = []
    classes: list[int] = []
    with (eval_dir / "davidson" / "labeled_data.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            texts.append(row["tweet"])
            classes.append(int(row["class"]))
    return texts, np.array(classes, dtype=np.int8)


def davidson_target(label: str, classes: np.ndarray) -> np.ndarray:
    if label == "offensive":
        return (classes != 2).astype(np.int8)
    return (classes == 0).astype(np.int8)


def fit(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, s: Setting) -> tuple[np.ndarray, float]:
    clf = LogisticRegression(
        C=s.c,
        class_weight="balanced" if s.balanced else None,
        solver="liblinear",
        max_iter=1000,
        random_state=SEED,
    )
    ratio = nb_ratio(x, y) if s.nb else np.ones(x.shape[1])
    clf.fit(x @ sparse.diags(ratio), y, sample_weight=w)
    # Scaling feature j by ratio[j] and learning w[j] is the same linear model as weight
    # w[j] * ratio[j] on the unscaled feature, which is what the package computes.
    coef = clf.coef_[0] * ratio
    if s.keep < coef.size:
        # Keep the strongest features only: a bounded, small data file and a cheap predict.
        cut = np.sort(np.abs(coef))[-s.keep]
        coef[np.abs(coef) < cut] = 0.0
    coef = np.round(coef, DIGITS)
    return coef, float(clf.intercept_[0])


def nb_ratio(x: sparse.csr_matrix, y: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Naive-Bayes log-count ratio of each feature (NB-LR, Wang & Manning 2012)."""
    present = (x > 0).astype(np.float64)
    pos = alpha + np.asarray(present[y == 1].sum(axis=0)).ravel()
    neg = alpha + np.asarray(present[y == 0].sum(axis=0)).ravel()
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """Threshold maximising F1 of the positive class, and that F1."""
    order = np.argsort(-p, kind="stable")
    ys, ps = y[order], p[order]
    tp = np.cumsum(ys)
    fp = np.cumsum(1 - ys)
    f1 = 2 * tp / (tp + fp + ys.sum())
    # Only cut between distinct probabilities: ties cannot be split by a threshold.
    distinct = np.r_[ps[1:] != ps[:-1], True]
    f1 = np.where(distinct, f1, -1.0)
    i = int(np.argmax(f1))
    nxt = ps[i + 1] if i + 1 < len(ps) else 0.0
    return float((ps[i] + nxt) / 2), float(f1[i])


def scaled(vec: CountVectorizer, docs: list[list[str]]) -> sparse.csr_matrix:
    """Feature counts scaled by 1/sqrt(all features of the post), as the package does."""
    x = vec.transform(docs).tocsr()
    sizes = np.array([max(len(d), 1) for d in docs], dtype=np.float64)
    return (sparse.diags(1.0 / np.sqrt(sizes)) @ x).tocsr()


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def with_extra(
    x: sparse.csr_matrix,
    y: np.ndarray,
    extra: tuple[sparse.csr_matrix, np.ndarray] | None,
    s: Setting,
) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    w = np.ones(len(y))
    if extra is None or not s.extra:
        return x, y, w
    xe, ye = extra
    return (
        sparse.vstack([x, xe]).tocsr(),
        np.r_[y, ye].astype(np.int8),
        np.r_[w, np.full(len(ye), s.weight)],
    )


def cross_validate(
    x: sparse.csr_matrix,
    y: np.ndarray,
    extra: tuple[sparse.csr_matrix, np.ndarray] | None,
    s: Setting,
) -> tuple[float, float]:
    """Out-of-fold F1 (at its best threshold) and that threshold; extra rows only ever train."""
    oof = np.zeros(len(y))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    for tr, te in folds.split(np.zeros(len(y)), y):
        coef, bias = fit(*with_extra(x[tr], y[tr], extra, s), s)
        oof[te] = sigmoid(x[te] @ coef + bias)
    threshold, f1 = best_threshold(y, oof)
    return f1, threshold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--quick", action="store_true", help="one setting per label, no search")
    args = ap.parse_args()

    data = {
        label: load_tweeteval(args.eval_dir, task, "train")
        for label, task in (("offensive", "offensive"), ("hate", "hate"))
    }
    dav_texts, dav_classes = load_davidson(args.eval_dir)
    olid_texts, olid_y = data["offensive"]
    hate_texts, hate_y = data["hate"]
    extras: dict[tuple[str, str], tuple[list[str], np.ndarray]] = {
        ("offensive", "davidson"): (dav_texts, davidson_target("offensive", dav_classes)),
        ("hate", "davidson"): (dav_texts, davidson_target("hate", dav_classes)),
        ("hate", "olid-not-offensive"): (
            [t for t, v in zip(olid_texts, olid_y, strict=True) if v == 0],
            np.zeros(int((olid_y == 0).sum()), dtype=np.int8),
        ),
        ("offensive", "hateval-hate"): (
            [t for t, v in zip(hate_texts, hate_y, strict=True) if v == 1],
            np.ones(int((hate_y == 1).sum()), dtype=np.int8),
        ),
    }

    # Word counts over all training text decide how stretched words are squeezed and masked
    # words are read during training; the package uses the model's own vocabulary instead.
    plain = Featurizer({})
    counts: Counter[str] = Counter()
    for texts in [*(t for t, _ in data.values()), dav_texts]:
        for text in texts:
            counts.update(tok[0] for tok in plain.tokens(text))
    featurizer = Featurizer({w: float(n) for w, n in counts.items()})
    analysed: dict[str, list[str]] = {}  # text -> its features, each text analysed once

    def analyse(texts: list[str]) -> list[list[str]]:
        out = []
        for text in texts:
            if text not in analysed:
                analysed[text] = featurizer.analyze(text)
            out.append(analysed[text])
        return out

    def grid(label: str) -> list[Setting]:
        if args.quick:
            return [
                Setting(3.0, "olid-not-offensive", 0.3) if label == "hate" else Setting(3.0, "", 0)
            ]
        # Davidson at weight 1.0 and C=1 were tried by hand and never won: left out for time.
        sources = [("", 0.0)] + [
            (name, w)
            for name, labels in EXTRA.items()
            if label in labels
            for w in ((0.3,) if name == "davidson" else (0.3, 1.0))
        ]
        return [Setting(c, e, w) for c, (e, w) in itertools.product((3.0, 10.0), sources)]

    weights: dict[str, dict[str, float]] = {}
    biases: list[float] = []
    thresholds: list[float] = []
    chosen: dict[str, dict[str, object]] = {}
    tried: dict[str, list[dict[str, float]]] = {}
    for label in LABELS:
        texts, y = data[label]
        docs = analyse(texts)
        extra_docs = {
            name: (analyse(t), ye) for (lab, name), (t, ye) in extras.items() if lab == label
        }
        vec = CountVectorizer(analyzer=list, min_df=2, dtype=np.float64)
        vec.fit(docs + [d for ds, _ in extra_docs.values() for d in ds])
        x = scaled(vec, docs)
        extra_x = {name: (scaled(vec, ds), ye) for name, (ds, ye) in extra_docs.items()}
        results = []
        for s in grid(label):
            f1, threshold = cross_validate(x, y, extra_x.get(s.extra), s)
            print(f"{label:9s} {s}  cv F1 {f1:.4f}  threshold {threshold:.3f}", flush=True)
            results.append((f1, threshold, s))
            tried.setdefault(label, []).append(
                {"C": s.c, "extra": s.extra, "extra_weight": s.weight, "cv_f1": round(f1, 4)}
            )
        f1, threshold, s = max(results, key=lambda r: r[0])
        print(f"{label:9s} chose {s}  cv F1 {f1:.4f}  threshold {threshold:.3f}", flush=True)
        coef, bias = fit(*with_extra(x, y, extra_x.get(s.extra), s), s)
        names = vec.get_feature_names_out()
        label_weights = {str(names[i]): float(coef[i]) for i in np.flatnonzero(coef)}
        weights[label] = label_weights
        # The operating point is folded into the bias, so the stored threshold is 0.5: a
        # policy's "min_probability 0.5" then means "the model's own operating point".
        biases.append(round(bias - math.log(threshold / (1 - threshold)), DIGITS))
        thresholds.append(0.5)
        chosen[label] = {
            "C": s.c,
            "class_weight": "balanced" if s.balanced else None,
            "naive_bayes_feature_scaling": s.nb,
            "extra_training_rows": s.extra or None,
            "extra_sample_weight": s.weight,
            "features_kept": len(label_weights),
            "cv_f1_on_train": round(f1, 4),
            "cv_threshold_before_shift": round(threshold, 4),
        }

    features = sorted(set().union(*(w.keys() for w in weights.values())))
    model = {
        "format": FORMAT_VERSION,
        "labels": list(LABELS),
        "bias": biases,
        "thresholds": thresholds,
        "meta": {
            "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
            "trainer": "benchmarks/train_model.py",
            "algorithm": "logistic regression per label (scikit-learn "
            f"{sklearn.__version__}, liblinear; NB-scaled features) over words, 5-letter "
            "prefixes, character 3-5-grams within words and word bigrams, scaled by "
            "1/sqrt(feature count)",
            "training_data": {
                "offensive": "TweetEval offensive train split (OLID); tried as extra rows: "
                "Davidson et al. labeled_data.csv (hate or offensive = 1), TweetEval hate "
                "train posts labelled hate (= 1)",
                "hate": "TweetEval hate train split (HatEval); tried as extra rows: Davidson "
                "et al. (hate = 1), TweetEval offensive train posts labelled not offensive (= 0)",
                "validation_splits": "not used",
            },
            "threshold_selection": "max F1 of 5-fold out-of-fold predictions on the train split; "
            "the chosen threshold is folded into the bias so the stored threshold is 0.5 "
            "(class-weighted training: probabilities are scores, not calibrated frequencies)",
            "settings": chosen,
            "settings_tried": tried,
            "feature_count": len(features),
            "licence": "Weights derived from Davidson et al. (MIT licence) and TweetEval "
            "(released without restrictions; the original tasks' and the network's terms "
            "apply). No training text is stored here, only feature weights.",
        },
        "weights": {f: [weights[lab].get(f, 0.0) for lab in LABELS] for f in features},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(features)} features, {args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
