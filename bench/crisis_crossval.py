"""Leave-one-author-out figures of the crisis detector: `python bench/crisis_crossval.py [--sweep]`.

The development corpus (tests/data/crisis/dev/) has one file a language per author: `en.txt`,
`de.txt`, `es.txt` are author "0", `*-a.txt` author "a", and so on (h and i were the held-out
sets of stop 13, moved into development in stop 14). For each author, the model is fitted on
the others (and on everyday mail, `crisis_train.everyday`) and rules plus that model score
the held-back author, per language. The model's part of these figures is honest: it never saw
the author. The rules' part is not: they were written from these authors' misses (author 0
first, a and b in stop 13, c-i in stop 14), so every fold flatters them. The honest figures
are the held-out sets' (`bench/crisis_eval.py`), which nobody tuning reads.

`--sweep` prints, for all authors but 0, recall, precision and the share of everyday client
mail flagged (intent authors the model never trains on) at other thresholds, and the best
per everyday-mail bound. `--show AUTHOR` prints that author's misses and false alarms
in its fold word for word (development authors only). `--c C` fits with another
regularisation. `--only f,g` holds back only those authors (say, the ones nobody has tuned
rules on yet: the only honest basis for choosing thresholds). `--first-rules` scores without
the family rules of `crisis_families`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crisis_eval import load  # noqa: E402
from daemon import crisis_train  # noqa: E402
from daemon.core.safety import crisis, crisis_families, crisis_model  # noqa: E402

DEV = ROOT / "tests" / "data" / "crisis" / "dev"
# Everyday client mail (requests for a call and replies) written for the intent detector:
# none of it is crisis language, and the model never trains on it, so the share it flags
# shows what a threshold costs on ordinary mail.
EVERYDAY = ROOT / "tests" / "data" / "intent" / "dev"
SWEEP = tuple(x / 10 for x in range(-10, 21))  # model thresholds tried
Signals = tuple[bool, float | None]  # rules found?, model score
Row = tuple[str, str, bool, float | None]


def _signals(text: str, model: crisis_model.Model) -> Signals:
    return crisis.by_rules(text) is not None, crisis_model.crisis_score(text, model)


def _flags(signals: Signals, threshold: float) -> bool:
    by_rules, score = signals
    return by_rules or (score is not None and score > threshold)


def author(path: Path) -> str:
    stem = path.stem
    return stem.rsplit("-", 1)[1] if "-" in stem else "0"


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "  -  "


def everyday() -> list[str]:
    """Everyday client mail the model never trains on (intent author c)."""
    return [text for _, text in crisis_train.everyday(("c",))]


def main(argv: list[str]) -> int:
    if "--first-rules" in argv:
        crisis.RULES.update({lang: m.RULES for lang, m in crisis._MODULES.items()})
        crisis_families.IDIOMS = re.compile(r"(?!)")
    files = sorted(DEV.glob("*.txt"))
    corpus = {path: load(path) for path in files}
    authors = sorted({author(p) for p in files})
    # per example: (author, label, rules found?, model score)
    rows: list[Row] = []
    shown = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--show"}
    c = next((float(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--c"), crisis_train.C)
    fresh = [0, 0, 0]  # every author but 0: positives, caught, false alarms
    only = next((argv[i + 1].split(",") for i, a in enumerate(argv[:-1]) if a == "--only"), None)
    for held in only or authors:
        training = [ex for p in files if author(p) != held for ex in corpus[p]]
        model = crisis_train.train(training + crisis_train.everyday(), c)
        totals = [0, 0, 0]
        print(f"== author {held} held back (model trained on {len(training)} examples)")
        for path in (p for p in files if author(p) == held):
            positives = caught = alarms = 0
            for label, text in corpus[path]:
                finding = crisis.detect(text, model=model)
                if "--sweep" in argv:
                    rows.append((held, label, *_signals(text, model)))
                if label == "none":
                    alarms += finding is not None
                else:
                    positives += 1
                    caught += finding is not None
                if held in shown and (finding is not None) == (label == "none"):
                    got = finding.category if finding else "-"
                    print(f"    {label} -> {got}: {text!r}")
            print(
                f"  {path.stem}: recall {_rate(caught, positives)}, precision "
                f"{_rate(caught, caught + alarms)} ({positives - caught} missed, "
                f"{alarms} false alarms)"
            )
            for i, n in enumerate((positives, caught, alarms)):
                totals[i] += n
                if held != "0":
                    fresh[i] += n
        print(
            f"  all: recall {_rate(totals[1], totals[0])}, precision "
            f"{_rate(totals[1], totals[1] + totals[2])}"
        )
    print(
        f"== every author but 0 (unseen by the fold model, not by the rules): recall "
        f"{_rate(fresh[1], fresh[0])}, precision {_rate(fresh[1], fresh[1] + fresh[2])}"
    )
    mails = everyday()
    full = crisis_train.train([ex for p in files for ex in corpus[p]] + crisis_train.everyday(), c)
    quiet = [_signals(t, full) for t in mails]
    flagged = sum(_flags(signals, crisis_model.THRESHOLD) for signals in quiet)
    print(
        f"== everyday mail never trained on ({len(mails)} texts, model of the whole corpus): "
        f"{flagged} flagged ({flagged / len(mails):.3f})"
    )
    if "--sweep" in argv:
        scored = []
        for threshold in SWEEP:
            positives = caught = alarms = 0
            for held, label, by_rules, score in rows:
                if held == "0":
                    continue
                flagged = _flags((by_rules, score), threshold)
                if label == "none":
                    alarms += flagged
                else:
                    positives += 1
                    caught += flagged
            loud = sum(_flags(signals, threshold) for signals in quiet) / len(mails)
            recall, precision = caught / positives, caught / max(1, caught + alarms)
            scored.append((recall, precision, loud, threshold))
            print(
                f"  threshold {threshold:+.1f}: recall {recall:.3f}, precision {precision:.3f},"
                f" everyday {loud:.3f}"
            )
        for bound in (0.03, 0.04, 0.05):
            fits = [r for r in scored if r[2] <= bound and r[1] >= 0.85]
            if fits:
                recall, precision, loud, threshold = max(fits)
                print(
                    f"  everyday <= {bound:.2f}, precision >= 0.85: best {threshold:+.1f}: "
                    f"recall {recall:.3f}, precision {precision:.3f}, everyday {loud:.3f}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
