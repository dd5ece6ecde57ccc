"""Thin adapter over caldav 3.x: read calendars, and create or delete our own events by UID.

It decides nothing. Expansion of recurring events happens client-side elsewhere (several
servers expand only partly, and Radicale's server-side expansion is slow), so `fetch_raw`
hands back the raw iCalendar text of every object the server matched. It never changes an
event it was not given the UID of, and never overwrites one: writes look the UID up first
and then send `If-None-Match: *`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, ClassVar, TypeVar
from urllib.parse import quote, urlsplit

import icalendar
from caldav.collection import Calendar
from caldav.davclient import get_davclient
from caldav.elements.base import BaseElement
from caldav.elements.dav import SyncToken
from caldav.lib import error as dav_error
from caldav.lib.http_sync import requests as http
from lxml import etree  # type: ignore[import-untyped]

from daemon.core.errors import RemoteError, UserError

T = TypeVar("T")


class _GetCTag(BaseElement):
    tag: ClassVar[str] = "{http://calendarserver.org/ns/}getctag"


class Calendars:
    """The CalDAV calendars of one principal, looked up by display name."""

    def __init__(self, url: str, username: str, password: str, timeout: float = 30) -> None:
        self._url = url
        self._username = username
        parts = urlsplit(url)
        self._where = parts.netloc.rpartition("@")[2] or url
        self._client: Any = get_davclient(
            url=url,
            username=username,
            password=password,
            timeout=timeout,
            check_config_file=False,
            environment=False,
        )
        if self._client is None:  # only without a URL; config validation prevents that
            raise UserError("no CalDAV URL given: set calendar.url")
        self._principal: Any = None
        self._by_name: dict[str, Any] = {}

    # --- reading ------------------------------------------------------------------------

    def names(self) -> list[str]:
        """Display names of the principal's calendars, in the server's order."""
        return list(self._calendars())

    def find(self, names: Iterable[str]) -> dict[str, Calendar]:
        """The named calendars; UserError naming the missing ones (and what exists) if any."""
        wanted = list(dict.fromkeys(names))
        found = self._calendars()
        missing = [name for name in wanted if name not in found]
        if missing:
            existing = ", ".join(repr(name) for name in found) or "none"
            raise UserError(
                f"CalDAV calendar(s) not found for user {self._username}: "
                f"{', '.join(repr(name) for name in missing)} (existing: {existing})"
            )
        return {name: found[name] for name in wanted}

    def fetch_raw(self, names: Iterable[str] | None, start: datetime, end: datetime) -> list[str]:
        """Raw iCalendar texts of the objects with an instance in [start, end).

        A recurring series comes back once, as its master with its overrides, even when
        its first instance lies before `start`; the caller expands it.
        """
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("fetch_raw needs timezone-aware datetimes")
        calendars = self._calendars() if names is None else self.find(names)
        texts: list[str] = []
        for calendar in calendars.values():
            search = functools.partial(
                calendar.search, start=start, end=end, event=True, expand=False
            )
            objects = self._call(search)
            texts.extend(str(obj.data) for obj in objects)
        return texts

    def ctag(self, name: str) -> str | None:
        """A token that changes whenever the calendar does (one Depth-0 PROPFIND).

        Also the proof that the calendar is still there: one renamed or deleted since we
        listed the calendars is looked for again, and a `UserError` names what exists.
        """
        calendar = self._calendar(name)
        query = [SyncToken(), _GetCTag()]
        try:
            props = self._call(lambda: calendar.get_properties(query, depth=0))
        except _NotFound:
            self._calendars()
            calendar = self._calendar(name)
            props = self._call(lambda: calendar.get_properties(query, depth=0))
        for tag in (SyncToken.tag, _GetCTag.tag):
            value = props.get(tag)
            if value:
                return str(value)
        return None

    def list_objects(self, name: str, start: datetime, end: datetime) -> list[tuple[str, str]]:
        """(href, raw text) of every object in calendar `name` with an instance in
        [start, end): one calendar-query REPORT. Whatever the server answers instead of a
        well-formed listing (an error status, garbage) is a RemoteError, never a list."""
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("list_objects needs timezone-aware datetimes")
        calendar = self._calendar(name)
        search = functools.partial(calendar.search, start=start, end=end, event=True, expand=False)
        try:
            objects = self._call(search)
            return [(str(obj.url), str(obj.data)) for obj in objects]
        except _NotFound:
            raise RemoteError(
                f"CalDAV server at {self._where} answered a listing with 404"
            ) from None
        except _UNREADABLE as failure:
            raise RemoteError(
                f"CalDAV server at {self._where} answered a listing with something unreadable "
                f"({type(failure).__name__})"
            ) from None

    def object_href(self, name: str, uid: str) -> str:
        """Where caldav puts the object it creates for `uid` (see `create_event`)."""
        return str(self._calendar(name).url.join(quote(uid.replace("/", "%2F"), safe="") + ".ics"))

    def fetch(self, href: str) -> str | None:
        """The raw text at `href` (one GET): None only when the server says 404 or 410;
        any other failure is a RemoteError."""
        response = self._call(lambda: self._client.request(href, "GET"))
        status = int(response.status)
        if status in (404, 410):
            return None
        if not 200 <= status < 300:
            raise RemoteError(f"CalDAV server at {self._where} answered a GET with HTTP {status}")
        raw = response.raw
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)

    def event_text(self, name: str, uid: str) -> str | None:
        """The raw iCalendar text of the object with `uid`, or None when a UID search finds
        nothing. Not a proof that it is gone: a broken server answers every search with
        nothing (the calendar watch asks `list_objects` and `fetch` instead)."""
        event = self._by_uid(self._calendar(name), uid)
        if event is None:
            return None
        return str(self._call(lambda: event.data))

    def find_uid(self, names: Iterable[str], uid: str) -> tuple[str, str, str] | None:
        """(href, exact text, ETag) of the object with `uid` in the first of `names` that
        holds it; the text is the server's bytes, unparsed, for byte-preserving edits."""
        for name in names:
            event = self._by_uid(self._calendar(name), uid)
            if event is None:
                continue
            response = self._get(str(event.url))
            etag = response.headers.get("ETag")
            if etag:
                return str(event.url), str(response.raw), str(etag)
        return None

    def _get(self, href: str) -> Any:
        return self._call(lambda: self._client.request(href, "GET"))

    def replace_if_unchanged(self, href: str, text: str, etag: str) -> bool:
        """PUT `text` over the object at `href` only if it still has `etag` (If-Match).

        False when someone changed it meanwhile (412): re-read and decide again.
        """
        headers = {"Content-Type": "text/calendar; charset=utf-8", "If-Match": etag}
        try:
            response = self._call(lambda: self._client.put(href, text, headers))
        except RemoteError as error:
            if "412" in str(error):
                return False
            raise
        return int(response.status) in (200, 201, 204)

    # --- writing (only our own events, only by UID) -------------------------------------

    def create_event(self, name: str, ics: str, uid: str) -> None:
        """Store `ics` unless an object with `uid` is there already (then do nothing)."""
        if _uids(ics) != {uid}:
            raise ValueError("the iCalendar text must hold exactly the one given UID")
        calendar = self._calendar(name)
        if self._by_uid(calendar, uid) is not None:
            return
        try:
            self._call(lambda: calendar.add_event(ics, no_overwrite=True))
        except RemoteError:
            # Lost a race with another writer of the same UID: the event is there, done.
            if self._by_uid(calendar, uid) is None:
                raise

    def delete_event(self, name: str, uid: str) -> bool:
        """Delete the object with `uid`; False if there was none."""
        event = self._by_uid(self._calendar(name), uid)
        if event is None:
            return False
        self._call(event.delete)
        return True

    def make_calendar(self, name: str) -> None:
        """MKCALENDAR with this display name (for the demo's sample practice)."""
        self._calendars()
        self._call(lambda: self._principal.make_calendar(name=name))
        self._calendars()

    # --- internals ----------------------------------------------------------------------

    def _calendars(self) -> dict[str, Any]:
        if self._principal is None:
            self._principal = self._call(self._client.get_principal)
        principal = self._principal
        calendars = self._call(principal.get_calendars)
        by_name: dict[str, Any] = {}
        for calendar in calendars:
            display = self._call(calendar.get_display_name)
            # A calendar without a display name is known by the last part of its URL.
            label = str(display) if display else str(calendar.url).rstrip("/").rsplit("/")[-1]
            by_name.setdefault(label, calendar)
        self._by_name = by_name
        return by_name

    def _calendar(self, name: str) -> Any:
        if name not in self._by_name:
            self.find([name])
        return self._by_name[name]

    def _by_uid(self, calendar: Any, uid: str) -> Any:
        try:
            return self._call(lambda: calendar.get_event_by_uid(uid))
        except _NotFound:
            return None

    def _call(self, action: Callable[[], T]) -> T:
        """Run one caldav call, turning its failures into our error kinds (no secrets)."""
        try:
            return action()
        except dav_error.NotFoundError as failure:
            raise _NotFound(
                f"CalDAV server at {self._where} has no such calendar or event any more "
                "(renamed or deleted?)"
            ) from failure
        except dav_error.AuthorizationError as failure:
            if failure.status == 403:
                raise UserError(
                    f"CalDAV server at {self._where} forbids this to user {self._username}"
                ) from None
            raise UserError(
                f"CalDAV login refused for user {self._username}: "
                "check calendar.username and the password"
            ) from None
        except dav_error.DAVError as failure:
            status = f" (HTTP {failure.status})" if failure.status else ""
            raise RemoteError(
                f"CalDAV server at {self._where} answered with an error: "
                f"{type(failure).__name__}{status}"
            ) from None
        except (http.exceptions.RequestException, OSError) as failure:
            raise RemoteError(
                f"CalDAV server at {self._where} unreachable: {_reason(failure)}"
            ) from None


class _NotFound(UserError):
    """The server has no such object. Caught where "gone" is an answer (a UID lookup);
    anywhere else it reaches the loop as a user-fixable error, not a crash."""


# What caldav raises on a listing it cannot make sense of (malformed XML, missing parts).
_UNREADABLE = (etree.LxmlError, ValueError, KeyError, IndexError, AttributeError, AssertionError,
               TypeError)  # fmt: skip


def _uids(ics: str) -> set[str]:
    parsed = icalendar.Calendar.from_ical(ics)
    return {str(component["UID"]) for component in parsed.walk() if "UID" in component}


def _reason(failure: BaseException) -> str:
    """A short cause (the exception type of the innermost error), never the URL or data."""
    inner: BaseException = failure
    for _ in range(10):  # chains are short; the bound only guards against a cycle
        nxt = inner.__cause__ or inner.__context__
        if nxt is None:
            break
        inner = nxt
    text = type(inner).__name__
    if isinstance(inner, ConnectionRefusedError):
        text = "connection refused"
    elif isinstance(inner, TimeoutError) or "Timeout" in type(failure).__name__:
        text = "timed out"
    elif "NameResolution" in repr(failure) or "getaddrinfo" in repr(failure):
        text = "host name not found"
    elif "refused" in repr(failure).lower():
        text = "connection refused"
    return text
