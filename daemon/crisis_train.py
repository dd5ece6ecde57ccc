"""Train the crisis model from the development corpus: `python -m daemon.crisis_train [DIR]`.

Reads every `<language>.txt` in DIR (default tests/data/crisis/dev, the corpus the rules were
written against; never a held-out one) and, as more examples of mail that is not a crisis,
the everyday client mail of the intent corpus by the authors in `EVERYDAY_AUTHORS` (the others
stay unseen, so tests/unit/test_crisis.py can measure what the model costs on ordinary mail).
Writes daemon/core/safety/crisis_model.json.gz.

The fitting is `daemon.fit` (scikit-learn, the `train` extra): the service never imports this
module, it only reads the weights (`crisis_model`). tests/unit/test_crisis.py refits and
compares.
"""

from __future__ import annotations

import sys
from pathlib import Path

from daemon.core.safety import crisis, crisis_model
from daemon.core.safety.crisis_model import NONE, Model, seen
from daemon.core.textmodel import features, stretches
from daemon.fit import command, fit

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "crisis" / "dev"
EVERYDAY = ROOT / "tests" / "data" / "intent" / "dev"
# Intent authors whose mail trains the model as "not a crisis" ("" is the first author's
# en.txt, de.txt, es.txt). Author c is kept out: the everyday-mail bound is measured on it.
EVERYDAY_AUTHORS = ("", "b", "d", "h")
MODEL = Path(__file__).resolve().parent / "core" / "safety" / crisis_model.SHIPPED
# Inverse regularisation strength, chosen with bench/crisis_crossval.py (leave one author out).
C = 10.0


def _read(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, _, text = line.partition("\t")
            out.append((label.strip(), text.replace("\\n", "\n")))
    return out


def examples(directory: Path) -> list[tuple[str, str]]:
    """(label, text) of every corpus file in `directory`, in a stable order."""
    return [example for path in sorted(directory.glob("*.txt")) for example in _read(path)]


def everyday(authors: tuple[str, ...] = EVERYDAY_AUTHORS) -> list[tuple[str, str]]:
    """Ordinary client mail from the intent corpus, labelled "none". A text the rules call a
    crisis ("can we talk, I can't go on like this") is left out rather than taught as none."""
    out = []
    for path in sorted(EVERYDAY.glob("*.txt")):
        if (path.stem.partition("-")[2]) not in authors:
            continue
        for _, text in _read(path):
            if crisis.by_rules(text) is None:
                out.append((NONE, text))
    return out


def train(training: list[tuple[str, str]], c: float = C) -> Model:
    """Fit `crisis_model` on (label, text) pairs."""
    # The service scores a text by its most worrying stretch of sentences, so every stretch of a
    # text that is not a crisis is taught as not a crisis; a crisis text is taught whole, since
    # which of its stretches holds the crisis is not labelled.
    rows = [
        (int(label != NONE), feats)
        for label, text in ((label, seen(text)) for label, text in training)
        for feats in ([features(text)] if label != NONE else stretches(text) or [features(text)])
    ]
    categories: dict[str, dict[str, int]] = {}
    for label, text in training:
        if label != NONE:
            per_label = categories.setdefault(label, {})
            for word in sorted(set(crisis.normalise(text).split()) - {"."}):
                per_label[word] = per_label.get(word, 0) + 1
    return Model(fit(rows, c), categories)


def trained(directory: Path = DEV) -> Model:
    return train(examples(directory) + everyday())


def main(argv: list[str]) -> int:
    return command(argv, DEV, lambda directory: trained(directory).to_dict(), MODEL)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
