"""Score the crisis detector on labelled corpora: `python bench/crisis_eval.py [DIR ...]`.

Each DIR holds `<language>.txt` files, one example a line, `<label>\\t<text>` (label a category
of `daemon.crisis.CATEGORIES` or `none`; a literal `\\n` is a line break; `#` starts a comment).
Without arguments every subdirectory of tests/data/crisis is scored. Per directory, language
and category it prints recall (flagged at all), the rate of the right category, and precision
(crisis against none). Misses and false alarms are printed word for word only for `dev`, the
corpus the rules were written against: a held-out corpus shows counts only, so that nobody
tunes the rules on it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.core.safety import crisis  # noqa: E402

CORPORA = ROOT / "tests" / "data" / "crisis"
SHOWN = {"dev"}  # corpora whose misses may be read


def load(path: Path) -> list[tuple[str, str]]:
    """(label, text) pairs of one corpus file."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        label = label.strip()
        if not sep or (label != "none" and label not in crisis.CATEGORIES):
            raise SystemExit(f"{path}:{number}: expected '<category or none><TAB><text>'")
        out.append((label, text.replace("\\n", "\n")))
    return out


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "  -  "


def score(directory: Path) -> tuple[int, int, int]:
    """Print the figures of one corpus; return (positives, caught, false alarms)."""
    show = directory.name in SHOWN
    totals = [0, 0, 0]
    print(f"== {directory.relative_to(ROOT) if directory.is_relative_to(ROOT) else directory}")
    for path in sorted(directory.glob("*.txt")):
        language = path.stem
        caught: dict[str, int] = defaultdict(int)
        right: dict[str, int] = defaultdict(int)
        total: dict[str, int] = defaultdict(int)
        misses, alarms, negatives = [], [], 0
        for label, text in load(path):
            finding = crisis.detect(text)
            if label == "none":
                negatives += 1
                if finding is not None:
                    alarms.append((finding.category, text))
                continue
            total[label] += 1
            if finding is None:
                misses.append((label, text))
            else:
                caught[label] += 1
                right[label] += finding.category == label
        positives, hits = sum(total.values()), sum(caught.values())
        print(
            f"  {language}: {positives} crisis, {negatives} none; recall "
            f"{_rate(hits, positives)}, precision {_rate(hits, hits + len(alarms))}, "
            f"right category {_rate(sum(right.values()), positives)}; "
            f"{len(misses)} missed, {len(alarms)} false alarms"
        )
        for label in sorted(total):
            print(
                f"    {label:<12} n={total[label]:<3} recall {_rate(caught[label], total[label])}"
                f"  right category {_rate(right[label], total[label])}"
            )
        if show:
            for label, text in misses:
                print(f"    MISSED {label}: {text!r}")
            for category, text in alarms:
                print(f"    FALSE ALARM ({category}): {text!r}")
        totals[0] += positives
        totals[1] += hits
        totals[2] += len(alarms)
    positives, hits, alarms = totals
    print(f"  all: recall {_rate(hits, positives)}, precision {_rate(hits, hits + alarms)}")
    return positives, hits, alarms


def main(argv: list[str]) -> int:
    directories = [Path(a) for a in argv] or sorted(p for p in CORPORA.iterdir() if p.is_dir())
    for directory in directories:
        if not directory.is_dir():
            print(f"{directory}: no such corpus directory; give one holding <language>.txt files")
            return 2
        score(directory)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
