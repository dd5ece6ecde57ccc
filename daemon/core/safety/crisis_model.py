"""A small naive Bayes classifier beside the crisis rules (pure, no network, no dependencies).

The rules name wordings; people find new ones. This model, trained by `daemon/crisis_train.py`
on the development corpus (tests/data/crisis/dev/) only, scores the words and word pairs of a
text (each cut to its first six letters, so "suicidarme", "umbringen" and "hopeless" generalise
to their relatives) and is asked only when no rule matched: it can add an alert, never remove
one. Its weights ship inside the package as `crisis_model.json`; a test retrains it from the
corpus and compares, so nobody can slip held-out mail into it.

Cost is linear in the length of the text: one dictionary lookup per word and word pair.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from daemon.core.safety.crisis_base import normalise

NONE = "none"
# A text is flagged when the summed log-odds (crisis over none, no prior) of its features exceed
# this. Chosen by leaving out, in turn, each probing round written after the rules (never the
# held-out corpus): there the rules alone found 61% of fresh crises (precision 0.98); with the
# model at 1, 79% (precision 0.95). Without the word gate below it found more (87%) but also
# flagged ordinary replies such as "Please don't cancel, I just wanted to confirm."
THRESHOLD = 1.0
MIN_COUNT = 2  # a feature seen once in training is noise
MIN_KNOWN = 4  # a reply of two or three words ("thanks again") is too little to judge
PREFIX = 6
MAX_FEATURES = 20_000  # a hostile 100 KB text is scored on its first words only


# The model may only speak when the text holds at least one word of the crisis domain (death,
# life, pills, cutting, goodbye, hope, safety, violence ... in the three languages): a reply
# about times must never be flagged for sharing some harmless words with crisis mail.
_CRISIS_WORDS = re.compile(
    r"(?<!\w)(?:die|died|dying|dead|death|deadly|kill\w*|suicid\w*|sucid\w*|unaliv\w*|life|lives"
    r"|live|living|alive|exist\w*|end|ending|pills?|tablets?|meds|medication|overdos\w*|paracetamol"
    r"|cut\w*|blood\w*|bleed\w*|hurt\w*|harm\w*|burn\w*|scars?|razor|blade|jump\w*|bridge|roof"
    r"|ledge|cliff\w*|tracks|rope|noose|gun|goodbye\w*|farewell|letters?|note|will|burden|hope\w*"
    r"|point\w*|future|worth\w*|pain|dark\w*|gone|disappear\w*|vanish\w*|wake|sleep|forever|safe"
    r"|unsafe|scared|afraid|frightened|terrified|hit\w*|beat\w*|punch\w*|kick\w*|chok\w*|strangl\w*"
    r"|threat\w*|abus\w*|violen\w*|police|rape\w*|sorry|tired|give up|gave up|cope|coping|enough"
    r"|anymore|any more|nothing|empty|numb|funeral|grave|heaven|fault|everyone|fatal|lethal"
    r"|courage|edge|urge|plan\w*|ready|swallow\w*|took|taken"
    # German (normal form)
    r"|sterb\w*|starb\w*|tot|tote[nr]?|tod\w*|toet\w*|umbr\w*|umgebracht|suizid\w*|selbstmord\w*"
    r"|leben\w*|lebe|existier\w*|ende|beenden|schluss|tablett\w*|pillen|medikament\w*|ueberdos\w*"
    r"|schneid\w*|geschnitten|ritz\w*|blut\w*|verletz\w*|verbrenn\w*|verbrannt|narben?|spring\w*"
    r"|bruecke|dach|gleis\w*|seil|strick|abschied\w*|brief\w*|last|belastung|hoffnung\w*|sinn\w*"
    r"|zukunft|wert\w*|schmerz\w*|dunkel\w*|weg|verschwind\w*|aufwach\w*|schlafen|sicher|angst"
    r"|schlaeg\w*|schlag\w*|geschlagen|pruegel\w*|droh\w*|gewalt\w*|polizei|leid|muede|aufgeben"
    r"|aushalt\w*|aus|mehr|nimmer|nuemme|nichts|leer|schuld|allen|ausweg|kraft|antu\w*|angetan"
    # Spanish (normal form)
    r"|mor\w*|muert\w*|muer\w*|mat\w*|suicid\w*|vida|vivir|viv[oa]|existir|acabar|terminar"
    r"|pastillas|pildoras|sobredosis|cort\w*|sangr\w*|lastim\w*|dano|quem\w*|cicatri\w*|salt\w*"
    r"|puente|azotea|techo|vias|cuerda|soga|despedi\w*|carta\w*|carga|esperanza|sentido|futuro"
    r"|valgo|dolor|oscur\w*|desaparec\w*|despert\w*|dormir|segur[oa]|miedo|peg\w*|golpe\w*"
    r"|amenaz\w*|violen\w*|policia|viol\w*|cansad[oa]|harta?o?|rendi\w*|aguant\w*|nada|nadie"
    r"|culpa|salida|tirarme|ahorc\w*)(?!\w)"
)


def features(text: str) -> set[str]:
    """Words and adjacent word pairs of the normal form, each word cut to PREFIX letters."""
    cut = [w[:PREFIX] for w in normalise(text).split() if w != "."][:MAX_FEATURES]
    return {*cut, *(f"{a}_{b}" for a, b in pairwise(cut))}


@dataclass(frozen=True)
class Model:
    documents: dict[str, int]  # label -> number of training texts
    counts: dict[str, dict[str, int]]  # label -> feature -> texts of that label containing it

    @staticmethod
    def train(examples: list[tuple[str, str]]) -> Model:
        documents: dict[str, int] = {}
        counts: dict[str, dict[str, int]] = {}
        for label, text in examples:
            documents[label] = documents.get(label, 0) + 1
            per_label = counts.setdefault(label, {})
            for feature in features(text):
                per_label[feature] = per_label.get(feature, 0) + 1
        seen: dict[str, int] = {}
        for per_label in counts.values():
            for feature, count in per_label.items():
                seen[feature] = seen.get(feature, 0) + count
        kept = {
            label: {f: n for f, n in per_label.items() if seen[f] >= MIN_COUNT}
            for label, per_label in counts.items()
        }
        return Model(documents, kept)

    def to_json(self) -> str:
        return json.dumps({"documents": self.documents, "counts": self.counts}, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> Model:
        raw = json.loads(text)
        return Model(dict(raw["documents"]), {k: dict(v) for k, v in raw["counts"].items()})


@dataclass(frozen=True)
class _Scorer:
    weights: dict[str, float]  # feature -> log-odds of crisis over none
    by_label: dict[str, dict[str, float]]  # crisis label -> feature -> log-likelihood

    @staticmethod
    def of(model: Model) -> _Scorer:
        crisis_labels = [label for label in model.documents if label != NONE]
        crisis: dict[str, int] = {}
        for label in crisis_labels:
            for feature, count in model.counts[label].items():
                crisis[feature] = crisis.get(feature, 0) + count
        none = model.counts.get(NONE, {})
        vocabulary = len(set(crisis) | set(none)) or 1
        total_crisis, total_none = sum(crisis.values()), sum(none.values())
        weights = {
            feature: math.log((crisis.get(feature, 0) + 1) / (total_crisis + vocabulary))
            - math.log((none.get(feature, 0) + 1) / (total_none + vocabulary))
            for feature in set(crisis) | set(none)
        }
        by_label = {}
        for label in crisis_labels:
            counts = model.counts[label]
            total = sum(counts.values())
            by_label[label] = {
                f: math.log((n + 1) / (total + vocabulary)) for f, n in counts.items()
            }
        return _Scorer(weights, by_label)

    def score(self, found: set[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in found)

    def category(self, found: set[str]) -> str:
        def fit(label: str) -> float:
            table = self.by_label[label]
            floor = min(table.values(), default=0.0) - 1.0
            return sum(table.get(f, floor) for f in found)

        return max(sorted(self.by_label), key=fit)


@cache
def _scorer() -> _Scorer:
    shipped = resources.files("daemon.core.safety").joinpath("crisis_model.json")
    text = shipped.read_text(encoding="utf-8")
    return _Scorer.of(Model.from_json(text))


def classify(text: str) -> str | None:
    """The crisis category the model gives `text`, or None when it looks like none."""
    if not _CRISIS_WORDS.search(normalise(text)):
        return None
    scorer = _scorer()
    found = {f for f in features(text) if f in scorer.weights}
    if len(found) < MIN_KNOWN or scorer.score(found) <= THRESHOLD:
        return None
    return scorer.category(found)
