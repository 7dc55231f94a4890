"""Word clusters from unlabelled text, a feature that lets the tagger generalise across words that occur in
the same contexts (a name seen once shares a cluster with names seen often).

Positive PMI over immediate left/right neighbours, reduced with a truncated SVD, then k-means at several
granularities. A word's cluster id is ``"<k1>.<k2>.<k3>"`` ids joined, so prefixes are coarser clusters
(the features take them at several lengths). Deterministic for a given text and seed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

GRANULARITIES = (32, 128, 512)


def build_clusters(sentences: Iterable[Sequence[str]], min_count: int = 2, contexts: int = 4000,
                   dims: int = 80, seed: int = 13) -> dict[str, str]:
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    sents = [list(s) for s in sentences]
    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx_words = vocab[:contexts]
    ctx_index = {w: i for i, w in enumerate(ctx_words)}
    rows, cols = [], []
    n_ctx = len(ctx_words)
    for s in sents:
        padded = ["<s>", *s, "</s>"]
        for i in range(1, len(padded) - 1):
            row = index.get(padded[i])
            if row is None:
                continue
            for offset, side in ((-1, 0), (1, 1)):
                c = ctx_index.get(padded[i + offset])
                if c is not None:
                    rows.append(row)
                    cols.append(c + side * n_ctx)
    matrix = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                               shape=(len(vocab), 2 * n_ctx)).tocsr()
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col] + 1e-12))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    vectors = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi)
    vectors = normalize(vectors)
    labels = []
    for k in GRANULARITIES:
        km = MiniBatchKMeans(n_clusters=min(k, len(vocab)), random_state=seed, n_init=3, batch_size=4096)
        labels.append(km.fit_predict(vectors))
    return {w: ".".join(f"{lab[i]:03d}" for lab in labels) for i, w in enumerate(vocab)}
