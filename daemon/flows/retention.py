"""Keeping no more client data than the work needs.

Sent mail and the calendar copies of calls hold names, addresses and times; once a mail
has gone out (and a resend check can no longer need it) and once a call is long over,
their text is dropped. What remains is what the call log, the digest and the reply
limits count: who, when, how long, what happened.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from daemon.store import bookings, outbox
from daemon.store.db import Store

log = logging.getLogger("callmemaybe.retention")

KEEP = timedelta(days=30)


def tidy(store: Store, now: datetime, keep: timedelta = KEEP) -> int:
    """Blank the text of mail sent, and of calls ended, more than `keep` ago."""
    cutoff = now - keep
    with store.transaction() as db:
        mails = outbox.drop_old_texts(db, cutoff)
        calls = bookings.drop_old_texts(db, cutoff)
    if mails or calls:
        log.info("dropped the text of %d old mails and %d old calls", mails, calls)
    return mails + calls
