"""Train the crisis model from the development corpus: `python -m daemon.crisis_train [DIR]`.

Reads every `<language>.txt` in DIR (default tests/data/crisis/dev, the corpus the rules were
written against; never the held-out one) and writes daemon/core/safety/crisis_model.json.
Deterministic: the same corpus gives the same file, which tests/unit/test_crisis.py checks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from daemon.core.safety.crisis_model import Model

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "crisis" / "dev"
MODEL = Path(__file__).resolve().parent / "core" / "safety" / "crisis_model.json"


def examples(directory: Path) -> list[tuple[str, str]]:
    """(label, text) of every corpus file in `directory`, in a stable order."""
    out = []
    for path in sorted(directory.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, _, text = line.partition("\t")
                out.append((label.strip(), text.replace("\\n", "\n")))
    return out


def trained(directory: Path = DEV) -> str:
    return Model.train(examples(directory)).to_json() + "\n"


def main(argv: list[str]) -> int:
    directory = Path(argv[0]) if argv else DEV
    if directory.name != "dev":
        print(f"{directory}: train only on the development corpus (a directory named dev)")
        return 2
    MODEL.write_text(trained(directory), encoding="utf-8")
    print(f"wrote {MODEL.name} from {len(examples(directory))} examples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
