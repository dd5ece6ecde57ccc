"""Real servers on loopback for the adapter tests, and small helpers to seed them.

The servers themselves: Dovecot in `tests.rig.dovecot`; Radicale, pymap and aiosmtpd in
`daemon.loopback` (the same launchers `callmemaybe demo` uses). Fixtures: tests/conftest.py.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pytest
from caldav.davclient import get_davclient
from imapclient import IMAPClient

from daemon.demo.loopback import DavEndpoint

_counter = itertools.count(1)


def unique_name(prefix: str) -> str:
    """A user name no other test (in this run or a parallel one) has used."""
    return f"{prefix}{next(_counter)}x{os.getpid()}x{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class ImapAccount:
    """One fresh mailbox on the IMAP test server."""

    host: str
    port: int
    username: str
    password: str

    def connect(self) -> IMAPClient:
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        client.login(self.username, self.password)
        return client

    def append(
        self, raw: bytes | str, folder: str = "INBOX", flags: Iterable[str] = ()
    ) -> int | None:
        """APPEND a raw message; returns its UID when the server says (UIDPLUS)."""
        return append_message(self, raw, folder, flags)


def append_message(
    account: ImapAccount, raw: bytes | str, folder: str = "INBOX", flags: Iterable[str] = ()
) -> int | None:
    data = raw.encode() if isinstance(raw, str) else raw
    # Test files may have bare LF line ends; IMAP wants CRLF.
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    client = account.connect()
    try:
        if folder != "INBOX" and not client.folder_exists(folder):
            client.create_folder(folder)
        answer: bytes = client.append(folder, data, flags=tuple(flags))
    finally:
        client.logout()
    # b"[APPENDUID <validity> <uid>] Append completed."
    parts = answer.split(b"]", 1)[0].split()
    if len(parts) == 3 and parts[0] == b"[APPENDUID":
        return int(parts[2])
    return None


@dataclass
class DavAccount:
    """One fresh principal on Radicale, with calendars made by display name."""

    endpoint: DavEndpoint
    client: Any = field(repr=False)
    principal: Any = field(repr=False)

    @property
    def url(self) -> str:
        return self.endpoint.url

    @property
    def username(self) -> str:
        return self.endpoint.username

    @property
    def password(self) -> str:
        return self.endpoint.password

    def make_calendar(self, name: str) -> Any:
        """MKCALENDAR with this display name; returns the caldav.Calendar."""
        return self.principal.make_calendar(name=name)

    def calendar(self, name: str) -> Any:
        for cal in self.principal.get_calendars():
            if cal.get_display_name() == name:
                return cal
        raise KeyError(name)

    def put_ics(self, calendar_name: str, ics: str) -> str:
        """PUT raw iCalendar text into the named calendar (as seeding); returns its URL."""
        cal = self.calendar(calendar_name)
        href = f"{cal.url}{uuid.uuid4().hex}.ics"
        ics = ics.replace("\r\n", "\n").replace("\n", "\r\n")
        response = self.client.put(href, ics, {"Content-Type": "text/calendar; charset=utf-8"})
        if response.status not in (200, 201, 204):
            raise RuntimeError(f"PUT {href} answered {response.status}")
        return str(href)


def dav_account(server: DavEndpoint) -> DavAccount:
    """A new user on the Radicale test server; Radicale makes its home on first login."""
    endpoint = server.add_user(unique_name("cal"), uuid.uuid4().hex)
    client = get_davclient(
        url=endpoint.url,
        username=endpoint.username,
        password=endpoint.password,
        check_config_file=False,
        environment=False,
    )
    assert client is not None
    return DavAccount(endpoint, client, client.get_principal())


# libfaketime also shifts the file times Dovecot reads back, so under `faketime` an
# INTERNALDATE set on APPEND comes back moved by the offset: tests that set one cannot hold.
explicit_internaldate = pytest.mark.skipif(
    "faketime" in os.environ.get("LD_PRELOAD", ""),
    reason="under libfaketime an INTERNALDATE set on APPEND is read back shifted by the offset",
)
