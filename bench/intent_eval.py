"""Recall and precision of request intent (`intent_model.asks`) on labelled corpora.

    python bench/intent_eval.py [DIR ...]            # default: every tests/data/intent/*/
    python bench/intent_eval.py --misses tests/data/intent/dev
    python bench/intent_eval.py --rules ...          # the rules alone, without the model

Each DIR holds `<language>.txt` files, one example a line: `<label>\t<text>`, label `request`
or `none`, `#` comments, a literal `\n` for a line break. A first line "Subject: ..." (or
"Betreff:", "Asunto:") followed by a blank line is passed as the mail's subject, as intake does.
Only figures and counts are printed;
`--misses` also prints the misread examples, and only for a directory named `dev`, so a
held-out corpus is never seen by whoever tunes the rules (nor a `*-b` file, whose halves
`bench/intent_crossval.py --misses odd|even` prints).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from daemon.core.mail import intent_model  # noqa: E402
from daemon.core.mail.intent import asks_to_talk  # noqa: E402

CORPORA = REPO / "tests" / "data" / "intent"
LABELS = {"request": True, "none": False}
_SUBJECT = re.compile(r"(?:subject|betreff|asunto): ?([^\n]*)\n\n", re.IGNORECASE)


def split_subject(text: str) -> tuple[str, str]:
    """(body, subject) of an example written with a leading "Subject: ..." line."""
    header = _SUBJECT.match(text)
    if header is None:
        return text, ""
    return text[header.end() :], header.group(1)


def examples(path: Path) -> list[tuple[bool, str]]:
    """The labelled examples of one corpus file; a malformed line is one clear error."""
    out: list[tuple[bool, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        if not sep or label not in LABELS:
            raise SystemExit(f"{path.name}:{number}: expected '<request|none><TAB><text>'")
        out.append((LABELS[label], text.replace("\\n", "\n")))
    return out


Detector = Callable[[str, str], bool]


def figures(
    corpus: list[tuple[bool, str]], detector: Detector = intent_model.asks
) -> tuple[int, int, int, int, list[tuple[bool, str]]]:
    """(true positives, false negatives, false positives, true negatives, misread examples)
    of `detector`: by default what intake uses, the rules or else the model; `asks_to_talk`
    for the rules alone."""
    tp = fn = fp = tn = 0
    misses: list[tuple[bool, str]] = []
    for wanted, text in corpus:
        found = detector(*split_subject(text))
        if wanted and found:
            tp += 1
        elif wanted:
            fn += 1
        elif found:
            fp += 1
        else:
            tn += 1
        if wanted != found:
            misses.append((wanted, text))
    return tp, fn, fp, tn, misses


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="print misread dev examples")
    parser.add_argument("--rules", action="store_true", help="the rules alone, without the model")
    args = parser.parse_args(argv)
    from bench.intent_crossval import SEALED_EVEN  # here: intent_crossval imports this module

    detector: Detector = asks_to_talk if args.rules else intent_model.asks
    dirs = args.dirs or sorted(p for p in CORPORA.iterdir() if p.is_dir())
    for directory in dirs:
        files = sorted(directory.glob("*.txt"))
        if not files:
            print(f"{directory}: no corpus files")
            continue
        print(f"{directory.name}:  lang  requests  none  recall  precision")
        total = [0, 0, 0, 0]
        for path in files:
            tp, fn, fp, tn, misses = figures(examples(path), detector)
            total = [a + b for a, b in zip(total, (tp, fn, fp, tn), strict=True)]
            print(
                f"  {path.stem:>10}  {tp + fn:8d}  {fp + tn:4d}  {_ratio(tp, tp + fn):>6}"
                f"  {_ratio(tp, tp + fp):>9}"
            )
            # Some authors' even halves are the generalisation estimate: see intent_crossval.py.
            sealed = path.stem.partition("-")[2] in SEALED_EVEN
            if args.misses and directory.name == "dev" and not sealed:
                for wanted, text in misses:
                    kind = "missed request" if wanted else "false request"
                    print(f"      {kind}: {text!r}")
        tp, fn, fp, tn = total
        print(
            f"  {'all':>10}  {tp + fn:8d}  {fp + tn:4d}  {_ratio(tp, tp + fn):>6}"
            f"  {_ratio(tp, tp + fp):>9}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
