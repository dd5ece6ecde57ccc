"""Compare a shipped text model with a fresh fit of the same corpus."""

from __future__ import annotations

from daemon.core.textmodel import Linear


def assert_same_fit(shipped: Linear, refit: Linear) -> None:
    """The features and their rarity must be the same (nobody slipped other texts in); the
    fitted weights may differ in the last digits between machines (floating point in the
    solver), never more."""
    assert shipped.idf == refit.idf
    assert abs(shipped.bias - refit.bias) < 0.01
    drift = max(
        abs(shipped.weights.get(f, 0.0) - refit.weights.get(f, 0.0))
        for f in shipped.weights.keys() | refit.weights.keys()
    )
    assert drift < 0.01
