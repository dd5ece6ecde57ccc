"""The call log and the digest, read from a real conversation's state."""

from __future__ import annotations

from datetime import timedelta

from daemon.core.reports.calllog import render
from daemon.core.reports.digest import week_bounds
from daemon.flows.reports import call_rows, weekly_digest
from daemon.store import ledger
from daemon.store.db import Store
from daemon.store.ledger import CrisisEvent
from tests.rig.practice import Practice, mail


def test_a_booked_call_shows_in_the_call_log_and_the_weeks_digest(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    practice.imap.append(mail("2 please", reply_to=practice.sent()[-1]))
    practice.once()
    store = Store.open(practice.config.state_dir)
    try:
        [row] = call_rows(store, practice.config)
        assert (row.client, row.email, row.length_minutes) == ("Ann Example", "ann@example.org", 15)
        assert row.requested_via == "number" and row.outcome == "booked"
        assert call_rows(store, practice.config, client_email="bob@example.net") == []
        csv = render([row], "csv", practice.config.therapist.tz)
        assert csv.splitlines()[1].startswith("Ann Example,ann@example.org,")
        tz = practice.config.therapist.tz
        week_start, _ = week_bounds(row.start.astimezone(tz).date(), tz)
        text = weekly_digest(store, practice.config, week_start.date())
        assert "Ann Example" in text
        # Bob had no call; he shows only among the clients without a phone number.
        assert [line for line in text.splitlines() if "Bob" in line] == [
            "No phone number on file (clients[].phone): Ann Example, Bob Sample"
        ]
        assert "crisis" not in text
        # Messages with crisis language that week: two of Ann's and one from a stranger.
        ann = store.find_client_id("ann@example.org")
        with store.transaction() as db:
            for uid, who in ((901, ann), (902, ann), (903, None)):
                event = CrisisEvent(who, "INBOX", uid, week_start, "passive", "with-times")
                ledger.record_crisis(db, event)
            outside = week_start - timedelta(seconds=1)  # the week before: not counted
            ledger.record_crisis(db, CrisisEvent(ann, "INBOX", 904, outside, "plan", "with-times"))
        lines = weekly_digest(store, practice.config, week_start.date()).splitlines()
        assert any(
            line.startswith("Ann Example: 1 call") and "; 2 messages with crisis language" in line
            for line in lines
        ), lines
        assert "Messages with crisis language: Ann Example (2)" in lines
        assert "Messages with crisis language from people not in your roster: 1" in lines
    finally:
        store.close()
