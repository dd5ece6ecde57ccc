"""An honest estimate of how request intent generalises: figures on examples the rules were not
tuned on.

    python bench/intent_crossval.py                    # figures per -b file: odd, even, whole
    python bench/intent_crossval.py --misses odd       # misread examples of the odd halves only

The rules in `daemon/intent.py` are hand-written, so a figure counts only on text their author
had not read. Each `tests/data/intent/dev/*-b.txt` file (written by a second author, after the
rules) is split deterministically by example number: the odd examples (1st, 3rd, ...) may be
read and tuned on, the even ones are the estimate and are read only at the very end
(`--misses even`, after their figure was recorded below). Only figures and counts are printed
unless `--misses` is asked for.

Recorded (recall / precision):

    before any tuning, whole -b files:    de 0.632/0.948  en 0.772/0.922  es 0.727/0.928
    even halves before tuning:            de 0.628/0.964  en 0.804/0.925  es 0.773/0.895
    odd halves after tuning on them:      de 1.000/1.000  en 0.957/1.000  es 0.977/1.000
    even halves after (the estimate):     de 0.767/0.971  en 0.826/0.927  es 0.818/0.923
                                          all 0.805/0.939 (odd 0.978/1.000)
    After that figure the even halves were read too; later figures on them are in-sample.
    Final (in-sample, tuned on both halves):  1.000/1.000 in every file and half.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.intent_eval import _ratio, examples, figures  # noqa: E402

DEV = REPO / "tests" / "data" / "intent" / "dev"


def halves(corpus: list[tuple[bool, str]]) -> dict[str, list[tuple[bool, str]]]:
    """The odd (tuned on) and even (estimate) examples, counting from 1."""
    return {"odd": corpus[0::2], "even": corpus[1::2]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=("odd", "even"), help="print one half's misreads")
    args = parser.parse_args(argv)
    print("  file   half  requests  none  recall  precision")
    totals: dict[str, list[int]] = {}
    for path in sorted(DEV.glob("*-b.txt")):
        corpus = examples(path)
        parts = {**halves(corpus), "whole": corpus}
        for name, part in parts.items():
            tp, fn, fp, tn, misses = figures(part)
            total = totals.setdefault(name, [0, 0, 0, 0])
            for i, n in enumerate((tp, fn, fp, tn)):
                total[i] += n
            print(
                f"  {path.stem:>5}  {name:>5}  {tp + fn:8d}  {fp + tn:4d}  {_ratio(tp, tp + fn):>6}"
                f"  {_ratio(tp, tp + fp):>9}"
            )
            if args.misses == name:
                for wanted, text in misses:
                    kind = "missed request" if wanted else "false request"
                    print(f"         {kind}: {text!r}")
    for name, (tp, fn, fp, tn) in totals.items():
        print(
            f"  {'all':>5}  {name:>5}  {tp + fn:8d}  {fp + tn:4d}  {_ratio(tp, tp + fn):>6}"
            f"  {_ratio(tp, tp + fp):>9}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
