"""Fit the request model from the development corpus: `python -m daemon.intent_train [DIR]`.

Reads every `<language>.txt` in DIR (default tests/data/intent/dev; never a held-out one) and
writes daemon/core/mail/intent_model.json.gz. Needs the `train` extra (`daemon.fit`); the service
only reads the weights (`daemon.core.mail.intent_model`). tests/unit/test_intent_model.py
refits and compares.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from daemon.core.mail import intent_model
from daemon.core.mail.intent_model import joined
from daemon.core.textmodel import Linear, features, stretches
from daemon.fit import command, fit

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "intent" / "dev"
MODEL = Path(__file__).resolve().parent / "core" / "mail" / intent_model.SHIPPED
# Inverse regularisation strength, chosen with bench/intent_crossval_model.py.
C = 10.0
# A corpus example may start with "Subject: ..." and a blank line, as bench/intent_eval.py reads.
_SUBJECT = re.compile(r"(?:subject|betreff|asunto): ?([^\n]*)\n\n", re.IGNORECASE)


def split_subject(text: str) -> tuple[str, str]:
    """(body, subject) of an example written with a leading "Subject: ..." line."""
    header = _SUBJECT.match(text)
    if header is None:
        return text, ""
    return text[header.end() :], header.group(1)


def read(path: Path) -> list[tuple[bool, str, str]]:
    """(is a request, body, subject) of every example in one corpus file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            label, _, raw = line.partition("\t")
            body, subject = split_subject(raw.replace("\\n", "\n"))
            out.append((label.strip() == "request", body, subject))
    return out


def examples(directory: Path) -> list[tuple[bool, str]]:
    """(is a request, what the model reads) of every corpus file in `directory`, in order."""
    return [
        (wanted, joined(body, subject))
        for path in sorted(directory.glob("*.txt"))
        for wanted, body, subject in read(path)
    ]


def train(training: list[tuple[bool, str]], c: float = C) -> Linear:
    """Fit the request model. Every stretch of a mail that asks for nothing is taught as
    such (the service reads a mail by its most telling stretch); a request is taught whole,
    since which of its sentences asks is not labelled."""
    rows = [
        (int(wanted), feats)
        for wanted, text in training
        for feats in ([features(text)] if wanted else stretches(text) or [features(text)])
    ]
    return fit(rows, c)


def trained(directory: Path = DEV) -> Linear:
    return train(examples(directory))


def main(argv: list[str]) -> int:
    return command(argv, DEV, lambda directory: trained(directory).to_dict(), MODEL)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
