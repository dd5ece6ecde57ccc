"""`callmemaybe status`: how the daemon is doing, read from the state database alone.

Touches no server, so it is safe as a monitoring probe; exits 1 when the last successful
mail check is older than the threshold.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.core.booking.changes import CONFIRM_AFTER
from daemon.store import status as status_store
from daemon.store.db import Store


@dataclass(frozen=True)
class Health:
    name: str
    ok_at: datetime | None
    fail_at: datetime | None
    error: str | None


@dataclass(frozen=True)
class Status:
    health: tuple[Health, ...]
    queued: int
    failed: int
    offers_open: int
    calls_this_week: int
    held: int = 0  # deletions in the calendar waiting to be confirmed before clients hear
    held_until: datetime | None = None
    # Bytes free on the file system of state_dir (None: unknown). Near zero, the daemon
    # cannot record new mail and retries until there is room, answering nothing meanwhile.
    state_free: int | None = None


# Below this, a write to the state database is likely to fail.
LOW_SPACE = 1024 * 1024


def read_status(store: Store, now: datetime, tz: ZoneInfo) -> Status:
    db = store.db
    health = tuple(Health(*row) for row in status_store.health(db))
    local = now.astimezone(tz)
    week_start = (local - timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    held = status_store.held_since(db)
    return Status(
        health=health,
        queued=status_store.queued(db),
        failed=status_store.failed(db),
        offers_open=status_store.offers_open(db, now),
        calls_this_week=status_store.calls_between(db, week_start, week_start + timedelta(days=7)),
        held=len(held),
        held_until=max(held) + CONFIRM_AFTER if held else None,
        state_free=_free_bytes(store),
    )


def _free_bytes(store: Store) -> int | None:
    try:
        info = os.statvfs(store.path.parent)
    except OSError:
        return None
    return info.f_bavail * info.f_frsize


def render(status: Status, now: datetime, tz: ZoneInfo, max_age: timedelta) -> tuple[str, int]:
    """The report and the exit code (1 when mail was not checked successfully lately)."""
    lines = []
    for item in status.health:
        ok = _when(item.ok_at, now, tz) if item.ok_at else "never"
        line = f"{item.name:8} last ok {ok}"
        if item.fail_at and (item.ok_at is None or item.fail_at > item.ok_at):
            line += f"; failing since {_when(item.fail_at, now, tz)}: {item.error}"
        lines.append(line)
    if not status.health:
        lines.append("no check has run yet")
    lines += [
        f"queue    {status.queued} mail(s) waiting"
        + (f", {status.failed} refused for good" if status.failed else ""),
        f"offers   {status.offers_open} open",
        f"calls    {status.calls_this_week} this week",
    ]
    if status.held and status.held_until is not None:
        lines.append(
            f"calendar {status.held} cancellation{'s' if status.held > 1 else ''}"
            " held for confirmation until "
            f"{status.held_until.astimezone(tz):%H:%M}"
        )
    free = status.state_free
    full = free is not None and free < LOW_SPACE
    if free is not None and full:
        lines.append(
            f"DISK FULL: {free // 1024} KiB free for the state database; "
            "new mail waits until there is room: free some space"
        )
    imap = next((h for h in status.health if h.name == "imap"), None)
    stale = imap is None or imap.ok_at is None or now - imap.ok_at > max_age
    if stale:
        lines.append(f"STALE: no successful mail check in the last {_span(max_age)}")
    return "\n".join(lines), 1 if stale or full else 0


def _when(moment: datetime, now: datetime, tz: ZoneInfo) -> str:
    return f"{moment.astimezone(tz):%Y-%m-%d %H:%M} ({_span(now - moment)} ago)"


def _span(delta: timedelta) -> str:
    seconds = max(int(delta.total_seconds()), 0)
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"
