"""The therapist edits booked calls in their calendar app; the client hears of it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest

from daemon.config.loading import parse_config
from daemon.core.booking.changes import CONFIRM_AFTER
from daemon.core.errors import RemoteError
from daemon.demo.loopback import SmtpEndpoint
from daemon.runtime.service import Service
from daemon.runtime.status import read_status, render
from daemon.store.db import Store
from tests.rig import DavAccount, ImapAccount
from tests.rig.davproxy import DavProxy, dav_proxy
from tests.rig.practice import CONFIG, Practice, mail, text_of


def book_a_call(practice: Practice) -> icalendar.cal.Component:
    practice.imap.append(mail("Could we talk this week?"))
    practice.once()
    offer = practice.sent()[-1]
    practice.imap.append(mail("1 please", reply_to=offer))
    practice.once()
    [event] = practice.calls()
    return event


def watch(practice: Practice) -> int:
    service = practice.service()
    try:
        changed = service.watch.run()
        service.flush()
        return changed
    finally:
        service.disconnect()
        service.store.close()


def stored_call(practice: Practice):  # type: ignore[no-untyped-def]
    for obj in practice.dav.calendar("Practice").events():
        for event in obj.icalendar_instance.walk("VEVENT"):
            if "Between-session call" in str(event.get("CATEGORIES", "")):
                return obj
    raise AssertionError("no call event")


def test_nothing_changed_means_no_mail(practice: Practice) -> None:
    book_a_call(practice)
    before = len(practice.sent())
    assert watch(practice) == 0
    assert watch(practice) == 0
    assert len(practice.sent()) == before


def test_a_call_the_therapist_deleted_is_cancelled_kindly_with_new_times(
    practice: Practice,
) -> None:
    book_a_call(practice)
    stored_call(practice).delete()
    assert watch(practice) == 1
    cancellation, offer = practice.sent()[-2:]
    methods = [
        str(p.get_param("method"))
        for p in cancellation.walk()
        if p.get_content_type() == "text/calendar"
    ]
    assert methods == ["CANCEL"]
    assert "can't make this time" in text_of(cancellation)
    assert "1." in text_of(offer) and "[ref " in text_of(offer)
    outcome = practice.booking_outcomes()
    assert outcome == ["cancelled_by_therapist"]
    assert watch(practice) == 0  # told once


def test_a_call_the_therapist_moved_sends_the_updated_invitation(practice: Practice) -> None:
    event = book_a_call(practice)
    obj = stored_call(practice)
    component = obj.icalendar_instance.walk("VEVENT")[0]
    new_start = event.decoded("DTSTART") + timedelta(days=1)
    component["DTSTART"].dt = new_start
    component["DTEND"].dt = new_start + timedelta(minutes=15)
    obj.save()
    assert watch(practice) == 1
    moved = practice.sent()[-1]
    parts = [p for p in moved.walk() if p.get_content_type() == "text/calendar"]
    sent = icalendar.Calendar.from_ical(parts[0].get_content()).walk("VEVENT")[0]
    assert str(parts[0].get_param("method")) == "REQUEST"
    assert sent["UID"] == event["UID"]
    # Above both what the client has and what the calendar app wrote.
    assert int(sent["SEQUENCE"]) > int(stored_call(practice).icalendar_component.get("SEQUENCE", 0))
    assert sent.decoded("DTSTART").astimezone(UTC) == new_start.astimezone(UTC)
    assert "moved your call" in text_of(moved)
    assert practice.booking_outcomes() == ["moved"]
    assert watch(practice) == 0


def test_a_call_moved_far_outside_the_listing_window_is_found_by_its_url(
    practice: Practice,
) -> None:
    event = book_a_call(practice)
    obj = stored_call(practice)
    component = obj.icalendar_instance.walk("VEVENT")[0]
    new_start = event.decoded("DTSTART") + timedelta(days=12)
    component["DTSTART"].dt = new_start
    component["DTEND"].dt = new_start + timedelta(minutes=15)
    obj.save()
    assert watch(practice) == 1
    assert "moved your call" in text_of(practice.sent()[-1])
    assert practice.booking_outcomes() == ["moved"]


def test_a_call_whose_time_has_passed_is_logged_as_held(practice: Practice) -> None:
    book_a_call(practice)
    service = practice.service()
    later = datetime.now(UTC) + timedelta(days=9)
    service.watch.clock = lambda: later
    try:
        assert service.watch.run() == 1
    finally:
        service.disconnect()
        service.store.close()
    assert practice.booking_outcomes() == ["held"]


# --- a misbehaving CalDAV server never cancels a call -----------------------------------------

CLIENTS = (
    "Ann Example <ann@example.org>",
    "Bob Sample <bob@example.net>",
    "Cat Third <cat@example.com>",
)


@pytest.fixture(params=["radicale", "xandikos"])
def behind_proxy(
    request: pytest.FixtureRequest,
    imap_account: ImapAccount,
    smtp_sink: SmtpEndpoint,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Practice, DavProxy]]:
    """The practice with a third client, its calendar server behind the misbehaving proxy."""
    account: DavAccount = request.getfixturevalue(
        "dav_principal" if request.param == "radicale" else "xandikos_home"
    )
    account.make_calendar("Practice")
    account.make_calendar("Personal")
    monkeypatch.setenv("CMM_TEST_IMAP", imap_account.password)
    monkeypatch.setenv("CMM_TEST_SMTP", smtp_sink.password)
    monkeypatch.setenv("CMM_TEST_DAV", account.password)
    with dav_proxy(account.url) as proxy:
        text = CONFIG.format(
            imap_port=imap_account.port,
            imap_user=imap_account.username,
            smtp_port=smtp_sink.port,
            smtp_user=smtp_sink.username,
            dav_url=proxy.url,
            dav_user=account.username,
            state_dir=tmp_path / "state",
        ).replace("state_dir:", "  - {name: Cat Third, email: cat@example.com}\nstate_dir:")
        path = tmp_path / "config.yaml"
        path.write_text(text, encoding="utf-8")
        config = parse_config(text, source=str(path))
        yield Practice(config, imap_account, account, smtp_sink, path), proxy


def book_three(practice: Practice) -> datetime:
    for sender in CLIENTS:
        practice.imap.append(mail("Could we talk this week?", sender=sender))
        practice.once()
        offer = practice.sent()[-1]
        practice.imap.append(mail("1 please", sender=sender, reply_to=offer))
        practice.once()
    assert len(practice.calls()) == 3
    return datetime.now(UTC)


def watch_at(practice: Practice, moment: datetime) -> int:
    service = Service(practice.config, clock=lambda: moment)
    try:
        changed = service.watch.run()
        service.flush()
        return changed
    finally:
        service.disconnect()
        service.store.close()


def cancellations(practice: Practice) -> list[str]:
    """The addressees of every iMIP CANCEL sent so far."""
    return [
        str(message["To"])
        for message in practice.sent()
        for part in message.walk()
        if part.get_content_type() == "text/calendar"
        and str(part.get_param("method")).upper() == "CANCEL"
    ]


def status_line(practice: Practice, moment: datetime) -> str:
    store = Store.open(practice.config.state_dir)
    try:
        tz = practice.config.therapist.tz
        text, _ = render(read_status(store, moment, tz), moment, tz, timedelta(hours=1))
    finally:
        store.close()
    return text


def test_a_server_that_answers_with_nothing_garbage_or_500_cancels_no_call(
    behind_proxy: tuple[Practice, DavProxy],
) -> None:
    practice, proxy = behind_proxy
    now = book_three(practice)
    sent = len(practice.sent())
    proxy.bump_tags = True  # as if the calendar had changed: the watch must look
    for step, mode in enumerate(["empty", "garbage", "error", "garbled", "empty", "error"]):
        proxy.report = mode  # type: ignore[assignment]
        # Passes minutes apart, so that a held deletion would have been told by now.
        moment = now + step * CONFIRM_AFTER
        if mode in ("garbage", "error"):
            with pytest.raises(RemoteError):  # the job logs it and tries again
                watch_at(practice, moment)
        else:
            assert watch_at(practice, moment) == 0, mode
    assert len(practice.sent()) == sent
    assert practice.booking_outcomes() == ["booked"] * 3
    assert "held" not in status_line(practice, now)
    assert proxy.requests["REPORT"] >= 6

    # Back to health, one call genuinely deleted: that client is told, at once.
    proxy.behave()
    [ann] = [o for o in stored_calls(practice) if "mailto:ann@example.org" in o.data]
    ann.delete()
    later = now + 7 * CONFIRM_AFTER
    assert watch_at(practice, later) == 1
    assert cancellations(practice) == [CLIENTS[0]]
    assert sorted(practice.booking_outcomes()) == ["booked", "booked", "cancelled_by_therapist"]
    assert watch_at(practice, later + CONFIRM_AFTER) == 0


def test_a_sick_afternoon_cleared_is_told_after_the_confirmation_wait(
    behind_proxy: tuple[Practice, DavProxy],
) -> None:
    practice, _ = behind_proxy
    now = book_three(practice)
    for obj in stored_calls(practice):
        obj.delete()
    assert watch_at(practice, now) == 0  # three of three at once: held
    assert cancellations(practice) == []
    assert practice.booking_outcomes() == ["booked"] * 3
    until = (now + CONFIRM_AFTER).astimezone(practice.config.therapist.tz)
    expected = f"3 cancellations held for confirmation until {until:%H:%M}"
    assert expected in status_line(practice, now)
    assert watch_at(practice, now + CONFIRM_AFTER / 2) == 0  # still within the wait
    assert cancellations(practice) == []
    assert watch_at(practice, now + CONFIRM_AFTER) == 3
    assert sorted(cancellations(practice)) == sorted(CLIENTS)
    assert practice.booking_outcomes() == ["cancelled_by_therapist"] * 3
    assert "held" not in status_line(practice, now + CONFIRM_AFTER)


def test_a_server_that_lost_everything_for_a_moment_cancels_nothing(
    behind_proxy: tuple[Practice, DavProxy],
) -> None:
    practice, proxy = behind_proxy
    now = book_three(practice)
    proxy.report, proxy.get, proxy.bump_tags = "empty", "missing", True
    assert watch_at(practice, now) == 0  # every call looks deleted: held
    assert "3 cancellations held" in status_line(practice, now)
    proxy.report = "error"
    with pytest.raises(RemoteError):  # unknown: still held, not told
        watch_at(practice, now + CONFIRM_AFTER)
    assert "3 cancellations held" in status_line(practice, now + CONFIRM_AFTER)
    proxy.behave()
    assert watch_at(practice, now + 2 * CONFIRM_AFTER) == 0  # back: the hold is dropped
    assert cancellations(practice) == []
    assert practice.booking_outcomes() == ["booked"] * 3
    assert "held" not in status_line(practice, now)


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace("END:VEVENT", "SEQUENCE:two\r\nEND:VEVENT", 1),
        lambda text: re.sub(r"(DTSTART|DTEND);TZID=[^:]+:", r"\1:", text),  # floating
    ],
    ids=["sequence-not-a-number", "floating"],
)
def test_an_unreadable_event_is_left_alone(
    practice: Practice, edit: Callable[[str], str], caplog: pytest.LogCaptureFixture
) -> None:
    book_a_call(practice)
    obj = stored_call(practice)
    text = edit(re.sub(r"\r?\nSEQUENCE:[^\r\n]*", "", str(obj.data))).replace("\n", "\r\n")
    response = practice.dav.client.put(
        str(obj.url), text, {"Content-Type": "text/calendar; charset=utf-8"}
    )
    assert response.status in (200, 201, 204)
    before = len(practice.sent())
    assert watch(practice) == 0
    assert watch(practice) == 0
    assert len(practice.sent()) == before
    assert practice.booking_outcomes() == ["booked"]
    [line] = [r.getMessage() for r in caplog.records if "unreadable" in r.getMessage()]
    assert line.startswith("client c-") and "ann@" not in line and "Ann" not in line  # once, opaque


def stored_calls(practice: Practice) -> list[Any]:
    return [
        obj
        for obj in practice.dav.calendar("Practice").events()
        if "Between-session call" in obj.data
    ]
