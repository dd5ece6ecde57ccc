"""The misbehaving CalDAV proxy, and what daemon.dav makes of each misbehaviour.

On Radicale and on Xandikos: a listing answered with nothing is an empty list (which the
calendar watch must not take for "deleted"), garbage and 500 are RemoteErrors, a GET
is None only on a real 404, and a bumped CTag differs on every request.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.adapters.dav import Calendars
from daemon.core.booking import changes
from daemon.core.errors import RemoteError
from tests.rig import DavAccount
from tests.rig.davproxy import DavProxy, dav_proxy

BERLIN = ZoneInfo("Europe/Berlin")
WEEK = (datetime(2026, 3, 2, tzinfo=BERLIN), datetime(2026, 3, 9, tzinfo=BERLIN))
UID = "call-1@callmemaybe"


def call(uid: str, day: str = "20260303") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:{day}T110000\r\nDTEND;TZID=Europe/Berlin:{day}T111500\r\n"
        "SUMMARY:Call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.fixture(params=["radicale", "xandikos"])
def account(request: pytest.FixtureRequest) -> DavAccount:
    fixture = "dav_principal" if request.param == "radicale" else "xandikos_home"
    found: DavAccount = request.getfixturevalue(fixture)
    found.make_calendar("Practice")
    return found


@pytest.fixture
def proxy(account: DavAccount) -> Iterator[DavProxy]:
    with dav_proxy(account.url) as running:
        yield running


def through(proxy: DavProxy, account: DavAccount) -> Calendars:
    return Calendars(proxy.url, account.username, account.password, timeout=10)


def test_a_behaving_proxy_passes_everything_through(proxy: DavProxy, account: DavAccount) -> None:
    calendars = through(proxy, account)
    calendars.create_event("Practice", call(UID), UID)
    [(href, text)] = calendars.list_objects("Practice", *WEEK)
    assert UID in text
    # Where caldav put the event is where the watch looks for it when a listing lacks it.
    assert href == calendars.object_href("Practice", UID)
    assert UID in (calendars.fetch(href) or "")
    assert calendars.ctag("Practice") == calendars.ctag("Practice")
    assert proxy.requests["REPORT"] >= 1


def test_an_empty_answer_is_an_empty_listing_but_the_event_is_still_at_its_url(
    proxy: DavProxy, account: DavAccount
) -> None:
    calendars = through(proxy, account)
    calendars.create_event("Practice", call(UID), UID)
    proxy.report = "empty"
    assert calendars.list_objects("Practice", *WEEK) == []
    text = calendars.fetch(calendars.object_href("Practice", UID))
    listing = changes.listing_of([])
    assert changes.presence(UID, listing, text) == changes.There(text or "")


@pytest.mark.parametrize("mode", ["garbage", "error"])
def test_garbage_and_500_are_remote_errors_never_a_listing(
    proxy: DavProxy, account: DavAccount, mode: str
) -> None:
    calendars = through(proxy, account)
    calendars.create_event("Practice", call(UID), UID)
    proxy.report = mode  # type: ignore[assignment]
    with pytest.raises(RemoteError, match=r"CalDAV server at 127\.0\.0\.1"):
        calendars.list_objects("Practice", *WEEK)


def test_garbled_calendar_data_never_lists_the_event(proxy: DavProxy, account: DavAccount) -> None:
    calendars = through(proxy, account)
    calendars.create_event("Practice", call(UID), UID)
    proxy.report = "garbled"
    # caldav drops (or keeps as text without a UID) what it cannot read: the listing lacks
    # the event, so the watch asks the event's own URL, which still holds it.
    listing = changes.listing_of(calendars.list_objects("Practice", *WEEK))
    assert UID not in listing.texts
    text = calendars.fetch(calendars.object_href("Practice", UID))
    assert isinstance(changes.presence(UID, listing, text), changes.There)


def test_a_get_is_none_only_on_404(proxy: DavProxy, account: DavAccount) -> None:
    calendars = through(proxy, account)
    calendars.create_event("Practice", call(UID), UID)
    href = calendars.object_href("Practice", UID)
    assert calendars.fetch(calendars.object_href("Practice", "never-there")) is None
    proxy.get = "missing"
    assert calendars.fetch(href) is None
    proxy.get = "error"
    with pytest.raises(RemoteError, match="HTTP 500"):
        calendars.fetch(href)


def test_a_bumped_ctag_differs_on_every_request(proxy: DavProxy, account: DavAccount) -> None:
    calendars = through(proxy, account)
    before = calendars.ctag("Practice")
    proxy.bump_tags = True
    first, second = calendars.ctag("Practice"), calendars.ctag("Practice")
    assert len({before, first, second}) == 3
    proxy.behave()
    assert calendars.ctag("Practice") == before


def test_a_listing_covers_only_its_window(proxy: DavProxy, account: DavAccount) -> None:
    calendars = through(proxy, account)
    calendars.create_event("Practice", call(UID, "20260320"), UID)
    assert calendars.list_objects("Practice", *WEEK) == []
    later = (WEEK[0] + timedelta(days=14), WEEK[1] + timedelta(days=14))
    assert len(calendars.list_objects("Practice", *later)) == 1
