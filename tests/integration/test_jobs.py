"""The periodic jobs of `run` and `once`: the weekly digest goes out once a week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from daemon.runtime.jobs import Jobs
from daemon.runtime.service import Service
from tests.rig.practice import Practice, mail


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def digest_mails(practice: Practice) -> list[str]:
    return [
        m.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
        for m in practice.sent()
        if "last week" in str(m["Subject"])
    ]


def test_the_digest_goes_out_once_at_its_time_and_not_on_a_fresh_install(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    practice.imap.append(mail("1 please", reply_to=practice.sent()[-1]))
    practice.once()
    clock = Clock(datetime.now(UTC))
    service = Service(practice.config, clock=clock)
    try:
        jobs = Jobs(service)
        jobs.digest()  # a new install: starts the rhythm, mails nothing
        assert digest_mails(practice) == []
        tz = practice.config.therapist.tz
        # The Monday after the week of the booked call (today's, or a later day's when
        # today's windows are past): that digest names Ann, whatever day the test runs.
        [[start]] = service.store.db.execute("SELECT start_utc FROM bookings").fetchall()
        local = datetime.fromisoformat(start).astimezone(tz)
        next_monday = (local + timedelta(days=7 - local.weekday())).replace(
            hour=7, minute=31, second=0, microsecond=0
        )
        clock.now = next_monday.astimezone(UTC)
        jobs.digest()
        jobs.digest()  # the same week: not again
        [text] = digest_mails(practice)
        assert "Ann Example" in text
        clock.now += timedelta(days=7)
        jobs.digest()
        assert len(digest_mails(practice)) == 2
    finally:
        service.close()
