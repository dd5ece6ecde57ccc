"""An honest estimate of how request intent generalises: figures on examples the rules were not
tuned on.

    python bench/intent_crossval.py                    # figures per author, file and half
    python bench/intent_crossval.py --misses h         # one author's misreads (whole files)
    python bench/intent_crossval.py --misses c:odd     # one half's misreads

The rules in `daemon/core/mail/intent.py` are hand-written, so a figure counts only on text
their author had not read. The files in `tests/data/intent/dev/` are `<language>[-<author>].txt`
(no suffix: author 0). Each file is split deterministically by example number: the odd examples
(1st, 3rd, ...) may be read and tuned on, the even ones are the estimate and are read only at
the very end, after their figure was recorded below. An author's even halves stay sealed until
their name is in SEALED_EVEN no more: `--misses c:even` (or `--misses c`) is refused while it
is. Only figures and counts are printed unless `--misses` is asked for.

Recorded (recall / precision):

  Author b (second author, after the rules):
    before any tuning, whole -b files:    de 0.632/0.948  en 0.772/0.922  es 0.727/0.928
    even halves before tuning:            de 0.628/0.964  en 0.804/0.925  es 0.773/0.895
    odd halves after tuning on them:      de 1.000/1.000  en 0.957/1.000  es 0.977/1.000
    even halves after (the estimate):     de 0.767/0.971  en 0.826/0.927  es 0.818/0.923
                                          all 0.805/0.939 (odd 0.978/1.000)
    After that figure the even halves were read too; later figures on them are in-sample.
    Final (in-sample, tuned on both halves):  1.000/1.000 in every file and half.

  Session 14, authors h (a former held-out set) and c (new), before any change:
    author h, whole files:                de 0.836/0.979  en 0.875/1.000  es 0.943/0.962
                                          all 0.884/0.980
    author c, whole files:                de 0.716/0.944  en 0.680/0.958  es 0.691/0.970
                                          all 0.696/0.957
    author c, odd halves (to tune on):    de 0.771/0.925  en 0.740/0.949  es 0.681/1.000
                                          all 0.731/0.955
    author c, even halves (the estimate): de 0.660/0.969  en 0.620/0.969  es 0.702/0.943
                                          all 0.660/0.960
    (authors 0 and b: 1.000/1.000 in every file and half, in-sample.)

  Session 14, after tuning on all of h and the odd halves of c (families, not sentences; see
  the docstring of daemon/core/mail/intent.py), the even halves of c measured once, unread:
    author h, whole files (in-sample):    de 1.000/1.000  en 1.000/1.000  es 1.000/1.000
    author c, odd halves (in-sample):     de 1.000/1.000  en 1.000/1.000  es 1.000/1.000
    author c, even halves (the estimate): de 0.851/0.952  en 0.680/1.000  es 0.809/0.974
                                          all 0.778/0.974 (from 0.660/0.960)
    (authors 0 and b unchanged: 1.000/1.000.)
    Then more families from wordings written here (each language's c-odd asks retold in the
    other two, umlauts typed as plain vowels, questions without their mark), the even halves
    still unread; measured a second and last time at the end of the session:
    author c, even halves:                de 0.872/0.953  en 0.680/1.000  es 0.809/0.974
                                          all 0.785/0.974
    The odd/even gap (1.000 against 0.785) says the rules still learn c's sentences more than
    c's families; English c is the weakest. Read the even halves only when they stop being
    the estimate (then move "c" out of SEALED_EVEN).

  Session 14, second tuner: author d (new, never tuned on), before any change, rules alone:
    author d, whole files:                de 0.842/0.941  en 0.866/0.966  es 0.844/0.976
                                          all 0.851/0.961
    author d, odd halves (to tune on):    de 0.833/0.976  en 0.857/1.000  es 0.854/0.953
                                          all 0.848/0.976
    author d, even halves (the estimate): de 0.851/0.909  en 0.875/0.933  es 0.833/1.000
                                          all 0.853/0.946
    (c's even halves at the same time, unchanged: all 0.785/0.974.)
  After tuning on the odd halves of d (families, each tried on wordings written here in all
    three languages, not on the corpus lines; see daemon/core/mail/intent.py and
    intent_indirect.py), the even halves of c and d measured a second and last time, unread:
    author d, odd halves (in-sample):     de 1.000/1.000  en 1.000/1.000  es 1.000/1.000
    author d, even halves (the estimate): de 0.915/0.935  en 0.938/0.957  es 0.958/1.000
                                          all 0.937/0.964 (from 0.853/0.946)
    author c, even halves:                de 0.851/0.952  en 0.680/1.000  es 0.872/0.976
                                          all 0.799/0.975 (from 0.785/0.974)
    (authors 0, b, h and c's odd halves stay 1.000/1.000.) One run mid-session printed whole-
    file figures too, from which even-half figures could be derived; they were not studied.
    After the last measurement four blanks were narrowed on their own merits (a report
    sentence, an urge not acted on, talk in person across "or", a negation's reach past "können
    wir"), unmeasured on the even halves. c's German even recall fell by one request (0.872).
    Author d's German precision on the even half (0.935) is under the 0.95 target; c's English
    recall (0.680) did not move.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.intent_eval import _ratio, examples, figures  # noqa: E402
from daemon.core.mail.intent import asks_to_talk  # noqa: E402

DEV = REPO / "tests" / "data" / "intent" / "dev"
# Authors whose even halves are the in-session estimate: their misreads are never printed.
SEALED_EVEN = frozenset({"c", "d"})
_FILE = re.compile(r"^(?P<language>[a-z]{2})(?:-(?P<author>[a-z0-9]+))?$")


def halves(corpus: list[tuple[bool, str]]) -> dict[str, list[tuple[bool, str]]]:
    """The odd (tuned on) and even (estimate) examples, counting from 1."""
    return {"odd": corpus[0::2], "even": corpus[1::2]}


def author_of(path: Path) -> tuple[str, str]:
    """(author, language) of a corpus file: "de-c.txt" is author c, "de.txt" author 0."""
    match = _FILE.match(path.stem)
    if match is None:
        raise SystemExit(f"{path.name}: expected <language>[-<author>].txt")
    return match.group("author") or "0", match.group("language")


def _row(label: str, half: str, counts: list[int]) -> str:
    tp, fn, fp, tn = counts
    return (
        f"  {label:>9}  {half:>5}  {tp + fn:8d}  {fp + tn:4d}  {_ratio(tp, tp + fn):>6}"
        f"  {_ratio(tp, tp + fp):>9}"
    )


def _add(total: list[int], counts: tuple[int, int, int, int]) -> None:
    for i, n in enumerate(counts):
        total[i] += n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", metavar="AUTHOR[:HALF]", help="print misreads: 'h', 'c:odd', '0:even'"
    )
    args = parser.parse_args(argv)
    want_author, _, want_half = (args.misses or "").partition(":")
    want_half = want_half or "whole"
    if want_half not in ("odd", "even", "whole"):
        raise SystemExit("--misses AUTHOR[:odd|even|whole]")
    if want_author in SEALED_EVEN and want_half != "odd":
        raise SystemExit(f"author {want_author}'s even half is the estimate: not printed")
    by_author: dict[str, list[Path]] = {}
    for path in sorted(DEV.glob("*.txt")):
        by_author.setdefault(author_of(path)[0], []).append(path)
    print("  file/all   half  requests  none  recall  precision")
    grand: dict[str, list[int]] = {}
    for author, paths in sorted(by_author.items(), key=lambda item: (item[0] != "0", item[0])):
        totals: dict[str, list[int]] = {}
        for path in paths:
            corpus = examples(path)
            for name, part in {**halves(corpus), "whole": corpus}.items():
                tp, fn, fp, tn, misses = figures(part, asks_to_talk)
                _add(totals.setdefault(name, [0, 0, 0, 0]), (tp, fn, fp, tn))
                _add(grand.setdefault(name, [0, 0, 0, 0]), (tp, fn, fp, tn))
                print(_row(path.stem, name, [tp, fn, fp, tn]))
                if want_author == author and want_half == name:
                    for wanted, text in misses:
                        kind = "missed request" if wanted else "false request"
                        print(f"         {kind}: {text!r}")
        for name, counts in totals.items():
            print(_row(f"author {author}", name, counts))
    for name, counts in grand.items():
        print(_row("all", name, counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
