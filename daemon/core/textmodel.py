"""Linear text models (pure): the features of a text and the score of a fitted model.

Both models beside hand-written rules use this: the crisis model (`safety/crisis_model`) and
the request model (`mail/intent_model`). A text becomes words, adjacent word pairs, the letter
groups inside words (so "suicidarme", "umbringa" and "telefonieren" meet their relatives and
typos still count) and longer letter runs across words. Each is weighted by its rarity in the
training texts (idf) and the whole scaled to length 1, so a long text is not louder than a
short one. A long mail is judged by its most telling stretch of two sentences. The weights are
fitted by `daemon/fit.py` and ship as JSON inside the package; reading and scoring need only
the standard library.

Cost of a text is linear in its length: one dictionary lookup per feature of each stretch.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import Any

from daemon.core.safety.crisis_base import normalise

MIN_COUNT = 2  # a feature in fewer training texts than this is noise
MIN_COUNT_CROSS = 5  # letter runs across words are many: only the common ones are kept
MIN_KNOWN = 2  # a stretch of fewer known words ("thanks", "a . i") is too little to judge
GRAMS = (3, 4, 5)  # letter groups, taken inside " word " so a word's ends count too
# Letter runs across word boundaries: "nicht mehr da", "better off without", "no aguanto"
# as a unit, whatever the spelling of each word (leave-one-author-out on the crisis corpus:
# recall 0.909 -> 0.929 at the same precision and everyday-mail bound).
CROSS = (6, 8)
DIGITS = 4  # weights are written rounded: the file stays small and diffs stay readable
MAX_WORDS = 5_000  # a hostile 100 KB text is scored on its first words only
SPAN = 2  # sentences per stretch


def _grams(word: str) -> Iterable[str]:
    padded = f" {word} "
    for n in GRAMS:
        for i in range(len(padded) - n + 1):
            yield "#" + padded[i : i + n]


def _features(words: list[str]) -> set[str]:
    out: set[str] = set(words)
    out.update(f"{a}_{b}" for a, b in pairwise(words))
    for word in words:
        out.update(_grams(word))
    line = f" {' '.join(words)} "
    for n in CROSS:
        out.update("~" + line[i : i + n] for i in range(len(line) - n + 1))
    return out


def features(text: str) -> set[str]:
    """Words, adjacent word pairs and letter groups of the normal form of `text`."""
    return _features([w for w in normalise(text).split() if w != "."][:MAX_WORDS])


def stretches(text: str) -> list[set[str]]:
    """The features of every run of SPAN consecutive sentences (the whole text when short)."""
    sentences: list[list[str]] = [[]]
    for word in normalise(text).split()[:MAX_WORDS]:
        if word == ".":
            if sentences[-1]:
                sentences.append([])
        else:
            sentences[-1].append(word)
    sentences = [s for s in sentences if s]
    if len(sentences) <= SPAN:
        return [_features([w for s in sentences for w in s])] if sentences else []
    return [
        _features([w for s in sentences[i : i + SPAN] for w in s])
        for i in range(len(sentences) - SPAN + 1)
    ]


def _word(feature: str) -> bool:
    """A known word of two letters or more, not a letter group, pair or run."""
    return len(feature) > 1 and feature[0] not in "#~" and "_" not in feature


def vector(feats: set[str], idf: dict[str, float]) -> dict[str, float]:
    """The known features of a stretch weighted by rarity, scaled to length 1 (what the fit
    sees, too); empty when too little of it is known: fewer than MIN_KNOWN words the model
    has seen. Letter groups alone do not count, or a run of stray letters in hostile mail
    ("a . i . e") would be judged by the weight of one letter."""
    known = {f: idf[f] for f in feats if f in idf}
    if sum(1 for f in known if _word(f)) < MIN_KNOWN:
        return {}
    norm = math.sqrt(sum(v * v for v in known.values()))
    return {f: v / norm for f, v in known.items()}


@dataclass(frozen=True)
class Linear:
    bias: float
    weights: dict[str, float]  # feature -> weight towards the label
    idf: dict[str, float]  # feature -> inverse document frequency in the training texts

    def score(self, feats: set[str]) -> float | None:
        """Log-odds of the label for one stretch, or None when too little of it is known."""
        x = vector(feats, self.idf)
        if not x:
            return None
        return self.bias + sum(self.weights.get(f, 0.0) * v for f, v in x.items())

    def best(self, text: str) -> float | None:
        """The highest log-odds over the stretches of `text` (None: nothing to judge)."""
        scores = [s for s in (self.score(f) for f in stretches(text)) if s is not None]
        return max(scores, default=None)

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "weights": self.weights, "idf": self.idf}

    @staticmethod
    def from_dict(raw: dict[str, Any]) -> Linear:
        return Linear(float(raw["bias"]), dict(raw["weights"]), dict(raw["idf"]))


def packed(raw: dict[str, Any]) -> bytes:
    """A fitted model as shipped: sorted JSON, gzip-compressed with no timestamp, so the same
    fit gives the same bytes (a few hundred thousand weights would be megabytes as text)."""
    text = json.dumps(raw, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), mtime=0)


def unpacked(package: str, name: str) -> dict[str, Any]:
    """The model `name` shipped inside `package` (see `packed`)."""
    data = resources.files(package).joinpath(name).read_bytes()
    raw: dict[str, Any] = json.loads(gzip.decompress(data))
    return raw
