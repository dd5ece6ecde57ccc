"""What reading one message within its time budget costs. Run:

    python bench/bench_intake.py [--rounds 200]

For the sample mails in tests/data/mail: parsing in this process (`intake.parse`) against
parsing in the killable worker the service uses (`budget.run_limited` around the same
call, fork + pipe + pickle), after a warm-up, pinned to one core; prints median and p95
of each and of the difference. Then the inputs of issue 10, each once, in the worker with
the default budget: how long until it was handled or set aside, and which. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from daemon.core.mail import intake, quotes
from daemon.runtime import budget

MAIL = Path(__file__).resolve().parents[1] / "tests" / "data" / "mail"
HEAD = b"From: Ann Example <ann@example.org>\r\nSubject: Could we talk?\r\n"


def timed(work: Callable[[], object], rounds: int) -> list[float]:
    work()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def show(label: str, values: list[float]) -> None:
    median = statistics.median(values) * 1000
    print(f"{label:<34} median {median:8.2f} ms   p95 {p95(values) * 1000:8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    quotes.warm()
    samples = [p.read_bytes() for p in sorted(MAIL.glob("*.eml"))]
    print(f"{len(samples)} sample mails, {args.rounds} rounds each")
    inline: list[float] = []
    worker: list[float] = []
    for raw in samples:
        inline += timed(lambda raw=raw: intake.parse(raw), args.rounds // 4)
        worker += timed(
            lambda raw=raw: budget.run_limited(lambda: intake.parse(raw), 5), args.rounds // 4
        )
    show("parse in process", inline)
    show("parse in the worker", worker)
    overhead = [w - i for w, i in zip(sorted(worker), sorted(inline), strict=True)]
    show("worker overhead (by rank)", overhead)
    screen = timed(lambda: [intake.oversize(raw) for raw in samples], args.rounds)
    show(f"oversize() on all {len(samples)} samples", screen)

    html = HEAD + b"Content-Type: text/html\r\n\r\n" + b"<b>a" * 150_000
    slow_to = HEAD + b"To: " + b'"' * 25_000 + b"\r\n\r\nhi"
    cases = {
        "600 KB of <b>a": html,
        'To: of 200,000 "': HEAD + b"To: " + b'"' * 200_000 + b"\r\n\r\nhi",
        "50,000 RFC 2231 parameters": HEAD
        + b"Content-Type: text/plain"
        + b"".join(b"; p*%d=x" % i for i in range(50_000))
        + b"\r\n\r\nhi",
        'To: of 25,000 " (under the caps)': slow_to,
    }
    print(f"\nissue 10 inputs, budget {budget.DEFAULT_SECONDS:g} s:")
    for label, raw in cases.items():
        start = time.perf_counter()
        reason = intake.oversize(raw)
        outcome = f"set aside: {reason}"
        if reason is None:
            try:
                budget.run_limited(lambda raw=raw: intake.parse(raw), budget.DEFAULT_SECONDS)
                outcome = "handled"
            except budget.OverBudget:
                outcome = "set aside: over budget"
        print(f"  {label:<34} {time.perf_counter() - start:7.3f} s  {outcome}")


if __name__ == "__main__":
    main()
