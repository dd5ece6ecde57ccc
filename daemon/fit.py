"""Fit a `daemon.core.textmodel.Linear` with scikit-learn's logistic regression.

Used only by the training scripts (`daemon.crisis_train`, `daemon.intent_train`), never by the
service: it needs the `train` extra (scikit-learn, SciPy). Same texts and same library give
the same weights; a different machine's solver may differ in the last digits, which the tests
allow for.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from daemon.core.textmodel import DIGITS, MIN_COUNT, MIN_COUNT_CROSS, Linear, packed, vector


def fit(rows: list[tuple[int, set[str]]], c: float) -> Linear:
    """Weights for (1 = the label / 0 = not, features) rows; `c` is the inverse strength of
    the regularisation (smaller: smoother, surer only on what many texts share)."""
    # Imported here: only fitting needs them, and they are heavy.
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for _, feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    total = len(rows)
    idf = {
        f: round(math.log((1 + total) / (1 + n)) + 1, DIGITS)
        for f, n in sorted(counts.items())
        if n >= (MIN_COUNT_CROSS if f.startswith("~") else MIN_COUNT)
    }
    index = {f: i for i, f in enumerate(idf)}
    data: list[float] = []
    columns: list[int] = []
    pointers = [0]
    for _, feats in rows:
        for f, value in sorted(vector(feats, idf).items()):
            data.append(value)
            columns.append(index[f])
        pointers.append(len(data))
    matrix = csr_matrix((data, columns, pointers), shape=(total, len(index)))
    # Balanced classes: near misses and everyday mail outnumber what we look for.
    model = LogisticRegression(C=c, max_iter=10_000, class_weight="balanced")
    model.fit(matrix, [label for label, _ in rows])
    weights = {
        f: round(float(w), DIGITS)
        for f, w in zip(idf, model.coef_[0], strict=True)
        if round(float(w), DIGITS) != 0.0
    }
    return Linear(round(float(model.intercept_[0]), DIGITS), weights, idf)


def command(
    argv: list[str], default: Path, fitted: Callable[[Path], dict[str, Any]], out: Path
) -> int:
    """`python -m daemon.<model>_train [DIR]`: fit on DIR (default `default`) and write the
    shipped file. Any corpus but a development one is refused, so a held-out set never
    reaches a model."""
    directory = Path(argv[0]) if argv else default
    if directory.name != "dev":
        print(f"{directory}: train only on the development corpus (a directory named dev)")
        return 2
    out.write_bytes(packed(fitted(directory)))
    print(f"wrote {out.name} from {directory}")
    return 0
