"""Leave-one-author-out figures of the crisis detector: `python bench/crisis_crossval.py [--sweep]`.

The development corpus (tests/data/crisis/dev/) was written by three authors: `en.txt`,
`de.txt`, `es.txt` are author "0", `*-a.txt` author "a", `*-b.txt` author "b". For each
author, the model is trained on the other two and rules plus that model score the held-back
author, per language. The rules are fixed and were tuned on author 0, so the author-0 fold
flatters them; authors a and b are the honest estimate of mail nobody here wrote, and every
choice of features, gate and threshold is made on them. `--sweep` also prints, for authors a
and b together, recall and precision at other model thresholds.

The family rules (`daemon/crisis_families.py`) were written from the misses of authors a and b,
so with them the a/b figures flatter the rules too. `--first-rules` scores without them (only
the rules tuned on author 0, the model still left out per fold): the honest estimate for an
author nobody here has read.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crisis_eval import load  # noqa: E402
from daemon.core.safety import crisis, crisis_families, crisis_model  # noqa: E402

DEV = ROOT / "tests" / "data" / "crisis" / "dev"
# Everyday client mail (requests for a call and replies) written for the intent detector:
# none of it is crisis language, and the model never trains on it, so the share it flags
# shows what a threshold costs on ordinary mail.
EVERYDAY = ROOT / "tests" / "data" / "intent" / "dev"
SWEEP = (-2.0, -1.5, -1.2, -1.0, -0.8, -0.6, -0.4, -0.2, 0.0, 0.3, 0.6, 1.0)


def author(path: Path) -> str:
    stem = path.stem
    return stem.rsplit("-", 1)[1] if "-" in stem else "0"


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "  -  "


def everyday() -> list[str]:
    out = []
    for path in sorted(EVERYDAY.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                out.append(line.partition("\t")[2].replace("\\n", "\n"))
    return out


def main(argv: list[str]) -> int:
    if "--first-rules" in argv:
        crisis.RULES.update({lang: m.RULES for lang, m in crisis._MODULES.items()})
        crisis_families.IDIOMS = re.compile(r"(?!)")
    files = sorted(DEV.glob("*.txt"))
    corpus = {path: load(path) for path in files}
    authors = sorted({author(p) for p in files})
    # per author/language: (label, rules found?, model score) for the sweep
    rows: list[tuple[str, str, bool, float | None]] = []
    fresh = [0, 0, 0]  # authors a and b: positives, caught, false alarms
    for held in authors:
        training = [ex for p in files if author(p) != held for ex in corpus[p]]
        model = crisis_model.Model.train(training)
        totals = [0, 0, 0]
        print(f"== author {held} held back (model trained on {len(training)} examples)")
        for path in (p for p in files if author(p) == held):
            positives = caught = alarms = 0
            for label, text in corpus[path]:
                finding = crisis.detect(text, model=model)
                if "--sweep" in argv:
                    by_rules = crisis.by_rules(text) is not None
                    rows.append((held, label, by_rules, crisis_model.crisis_score(text, model)))
                if label == "none":
                    alarms += finding is not None
                else:
                    positives += 1
                    caught += finding is not None
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
        f"== authors a and b (unseen by the fold model; the family rules were written from\n"
        f"   their misses): recall "
        f"{_rate(fresh[1], fresh[0])}, precision {_rate(fresh[1], fresh[1] + fresh[2])}"
    )
    mails = everyday()
    flagged = sum(crisis.detect(text) is not None for text in mails)
    print(f"== everyday mail ({len(mails)} texts, shipped model): {flagged} flagged")
    if "--sweep" in argv:
        for threshold in SWEEP:
            positives = caught = alarms = 0
            for held, label, by_rules, score in rows:
                if held == "0":
                    continue
                flagged = by_rules or (score is not None and score > threshold)
                if label == "none":
                    alarms += flagged
                else:
                    positives += 1
                    caught += flagged
            print(
                f"  threshold {threshold:+.1f}: recall {_rate(caught, positives)}, "
                f"precision {_rate(caught, caught + alarms)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
