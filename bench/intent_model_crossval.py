"""Leave-one-author-out figures of the request model beside the rules:
`python bench/intent_model_crossval.py [--c C]`.

The development corpus (tests/data/intent/dev/) has several authors: `en.txt`, `de.txt`,
`es.txt` are author "0", `*-b.txt` author b, and so on. For each author, the model is fitted
on the others and the rules, then the rules or the model at each threshold, score the author
held back. The rules were tuned on some of these authors (bench/intent_crossval.py says which),
so the rules-only line flatters them; what the model adds is the honest part. The threshold
(`intent_model.THRESHOLD`) is chosen here: the most recall that keeps precision at or above
0.97 for every author.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon import intent_train  # noqa: E402
from daemon.core.mail import intent_model  # noqa: E402
from daemon.core.mail.intent import asks_to_talk  # noqa: E402

DEV = ROOT / "tests" / "data" / "intent" / "dev"
SWEEP = (None, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)


def author(path: Path) -> str:
    return path.stem.partition("-")[2] or "0"


def main(argv: list[str]) -> int:
    c = next((float(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--c"), intent_train.C)
    files = sorted(DEV.glob("*.txt"))
    authors = sorted({author(p) for p in files})
    # (author, wanted, rules found, model score)
    rows: list[tuple[str, bool, bool, float | None]] = []
    for held in authors:
        training = [
            (wanted, intent_model.joined(body, subject))
            for p in files
            if author(p) != held
            for wanted, body, subject in intent_train.read(p)
        ]
        model = intent_train.train(training, c)
        for p in files:
            if author(p) == held:
                for wanted, body, subject in intent_train.read(p):
                    found = asks_to_talk(body, subject)
                    score = intent_model.score(body, subject, model)
                    rows.append((held, wanted, found, score))
    print(f"C = {c}; threshold: recall / precision per author held back")
    for threshold in SWEEP:
        cells = []
        for who in [*authors, "all"]:
            tp = fn = fp = 0
            for held, wanted, found, score in rows:
                if who not in ("all", held):
                    continue
                said = found or (threshold is not None and score is not None and score > threshold)
                tp += wanted and said
                fn += wanted and not said
                fp += said and not wanted
            cells.append(f"{who} {tp / max(1, tp + fn):.3f}/{tp / max(1, tp + fp):.3f}")
        name = "rules only" if threshold is None else f"model > {threshold:+.1f}"
        print(f"  {name:>12}: " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
