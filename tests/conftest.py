"""Real loopback servers for the adapter tests, started once per session.

- `dovecot` (session) / `imap_account` (a fresh mailbox per test): Dovecot, needs root;
  tests that use them are skipped with the reason when Dovecot cannot run here.
- `pymap` (session): the demo's in-memory IMAP server.
- `radicale` (session) / `dav_principal` (a fresh CalDAV user per test).
- `smtpd` (session) / `smtp_sink` (the same server, its message list cleared).
- `xandikos` (session) / `xandikos_home` (its one principal, calendar home emptied per test):
  the second CalDAV server.
Tests using any of them get the `servers` marker, so `-m "not servers"` runs the rest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from daemon.demo.loopback import (
    DavEndpoint,
    ImapEndpoint,
    SmtpEndpoint,
    imap_server,
    radicale_server,
    smtp_server,
)
from tests.rig import DavAccount, ImapAccount, dav_account, unique_name
from tests.rig.dovecot import ImapServer, dovecot_server, unavailable_reason
from tests.rig.practice import practice
from tests.rig.xandikos import XandikosServer, fresh_home, xandikos_server

__all__ = ["practice"]  # a whole practice on the servers below, for any test

SERVER_FIXTURES = {
    "dovecot",
    "imap_account",
    "pymap",
    "radicale",
    "dav_principal",
    "smtpd",
    "smtp_sink",
    "practice",
    "xandikos",
    "xandikos_home",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[ImapServer]:
    reason = unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    with dovecot_server() as server:
        yield server


@pytest.fixture
def imap_account(dovecot: ImapServer) -> ImapAccount:
    """A mailbox nobody else uses: Dovecot takes any user name with the one password."""
    username, password = dovecot.user(unique_name("box"))
    return ImapAccount(dovecot.host, dovecot.port, username, password)


@pytest.fixture(scope="session")
def pymap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ImapEndpoint]:
    with imap_server(tmp_path_factory.mktemp("pymap")) as server:
        yield server


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavEndpoint]:
    with radicale_server(tmp_path_factory.mktemp("radicale")) as server:
        yield server


@pytest.fixture
def dav_principal(radicale: DavEndpoint) -> DavAccount:
    """A new Radicale user with an empty home; add calendars with `make_calendar(name)`."""
    return dav_account(radicale)


@pytest.fixture(scope="session")
def smtpd() -> Iterator[SmtpEndpoint]:
    with smtp_server() as server:
        yield server


@pytest.fixture
def smtp_sink(smtpd: SmtpEndpoint) -> SmtpEndpoint:
    """The session's SMTP server with no messages from earlier tests."""
    smtpd.messages.clear()
    return smtpd


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XandikosServer]:
    with xandikos_server(tmp_path_factory.mktemp("xandikos")) as server:
        yield server


@pytest.fixture
def xandikos_home(xandikos: XandikosServer) -> DavAccount:
    """Xandikos's one principal with no calendars; add them with `make_calendar(name)`."""
    return fresh_home(xandikos)
