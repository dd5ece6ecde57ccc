"""A small logistic-regression model beside the crisis rules (pure, no network).

The rules name wordings; people find new ones. This model (`daemon.core.textmodel`, fitted by
`daemon/crisis_train.py` on the development corpus tests/data/crisis/dev/ and on everyday
client mail only) is asked only when no rule matched: it can add an alert, never remove one.
Its weights ship inside the package as `crisis_model.json.gz`; a test refits it from the corpus
and compares, so nobody can slip held-out mail into it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from daemon.core.safety.crisis_base import normalise
from daemon.core.safety.crisis_families import IDIOMS
from daemon.core.textmodel import Linear, unpacked

NONE = "none"
SHIPPED = "crisis_model.json.gz"
# A text is flagged when the log-odds of crisis in its most worrying stretch exceed this.
# Chosen on the leave-one-author-out figures of bench/crisis_crossval.py (`--sweep --only
# f,g,j,k`, the newest authors, whom the model had not read): the most recall at precision
# >= 0.85 that flags at most 4% of everyday client mail the model never trained on (intent
# author c): recall 0.940, precision 0.887, 3.7% (at 0.5: 0.946 / 0.882 / 4.02%). An urgent
# alert and an emergency paragraph on one ordinary request in ten would teach the therapist
# to ignore alerts. (Until stop 14 the model spoke only on texts holding a word from a
# hand-made list of the crisis domain; fitted on more authors and on everyday mail, it does
# better without that wall: slang, means and places nobody listed still count.)
THRESHOLD = 0.6


@dataclass(frozen=True)
class Model:
    linear: Linear
    categories: dict[str, dict[str, int]]  # crisis label -> word -> texts containing it

    def to_dict(self) -> dict[str, Any]:
        return {**self.linear.to_dict(), "categories": self.categories}

    @staticmethod
    def from_dict(raw: dict[str, Any]) -> Model:
        categories = {k: dict(v) for k, v in raw["categories"].items()}
        return Model(Linear.from_dict(raw), categories)

    def category(self, text: str) -> str:
        """The crisis label whose training texts share the most telling words with `text`
        (naive Bayes over words, add-one smoothing)."""
        found = set(normalise(text).split()) - {"."}
        vocabulary = len({w for table in self.categories.values() for w in table}) or 1

        def fit(label: str) -> float:
            table = self.categories[label]
            total = sum(table.values())
            return sum(math.log((table.get(w, 0) + 1) / (total + vocabulary)) for w in found)

        return max(sorted(self.categories), key=fit)


@cache
def _shipped() -> Model:
    return Model.from_dict(unpacked("daemon.core.safety", SHIPPED))


def seen(text: str) -> str:
    """What the model reads, in fitting and in scoring: the normal form with idioms blanked,
    as the rules see it ("killing myself laughing", "took my tablets this morning")."""
    return IDIOMS.sub(" . ", normalise(text))


def crisis_score(text: str, model: Model | None = None) -> float | None:
    """The highest log-odds of crisis over the stretches of `text` (None: nothing to judge)."""
    return (_shipped() if model is None else model).linear.best(seen(text))


def classify(text: str, model: Model | None = None) -> str | None:
    """The crisis category the model gives `text`, or None when it looks like none. `model`
    replaces the shipped one (cross-validation trains one per fold)."""
    chosen = _shipped() if model is None else model
    score = crisis_score(text, chosen)
    if score is None or score <= THRESHOLD:
        return None
    return chosen.category(text)
