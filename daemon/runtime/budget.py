"""A hard time limit for work that cannot be interrupted: it runs in a forked child.

The standard library's header parser is super-linear on some inputs (a `To:` of 5,000 `"`
takes seconds, of 200,000 minutes) and a signal cannot stop C code or one long regex, so
reading a message must happen where it can be killed: a child of this process, forked with
everything already imported, that sends its plain-value result back through a pipe. The
child touches no file, socket or database of the parent and leaves by `os._exit`, so none
of the parent's buffers or connections are flushed or closed twice.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import math
import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Well under the systemd watchdog (45 s): a slow message must never cost the service.
DEFAULT_SECONDS = 5.0
_CHUNK = 1 << 16
_MAX_FD = 1 << 16
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_LIBC: ctypes.CDLL | None
try:
    _LIBC = ctypes.CDLL(None, use_errno=True)
except OSError:  # not Linux; the alarm below still ends an orphan
    _LIBC = None


class OverBudget(Exception):
    """The work did not finish in time; the child was killed."""


class WorkerFailed(Exception):
    """The child died or raised before it could answer."""


def run_limited(
    work: Callable[[], T],
    seconds: float,
    *,
    on_slow: Callable[[], None] | None = None,
    slow_after: float = 1.0,
) -> T:
    """`work()` in a forked child, killed after `seconds` (OverBudget); its result must pickle.
    `on_slow` is called (in this process, once) if the work is still running after
    `slow_after` seconds."""
    parent = os.getpid()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, answer, leave without running any cleanup
        code = 1
        try:
            # Short-lived: a collection would only copy the parent's pages (copy-on-write).
            gc.disable()
            _orphan_dies(parent, seconds)
            # None of the parent's descriptors (its instance lock, database, connections)
            # may outlive it in a child that lingers.
            os.closerange(3, write_end)
            os.closerange(write_end + 1, _MAX_FD)
            data = memoryview(pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))
            while data:
                data = data[os.write(write_end, data) :]
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    chunks: list[bytes] | None = None
    try:
        now = time.monotonic()
        chunks = _read_until(read_end, now + seconds, now + slow_after, on_slow)
    finally:
        # Also when the parent is interrupted (SIGTERM): no child outlives the call.
        os.close(read_end)
        if chunks is None:
            _kill(pid)
        _, status = os.waitpid(pid, 0)
    if chunks is None:
        raise OverBudget(f"over {seconds:g} s")
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not chunks:
        raise WorkerFailed(f"worker ended with status {status}")
    result: T = pickle.loads(b"".join(chunks))
    return result


def _read_until(
    fd: int, deadline: float, slow_at: float, on_slow: Callable[[], None] | None
) -> list[bytes] | None:
    """Everything the child writes until it closes the pipe; None if the deadline passes."""
    chunks: list[bytes] = []
    while True:
        now = time.monotonic()
        if on_slow is not None and now >= slow_at:
            on_slow()
            on_slow = None
        left = deadline - now
        if left <= 0:
            return None
        wait = min(left, slow_at - now) if on_slow is not None else left
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            continue
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            return chunks
        chunks.append(chunk)


def _orphan_dies(parent: int, seconds: float) -> None:
    """In the child: die with the parent (a watchdog's kill of the service takes the reader
    too), and in any case a second after the budget, whatever code is running then."""
    if _LIBC is not None:
        with contextlib.suppress(Exception):
            _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    # SIGALRM's default action ends the process in the kernel, not in Python code.
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(math.ceil(seconds) + 1)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have just exited
        os.kill(pid, signal.SIGKILL)
