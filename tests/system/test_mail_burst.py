"""New mail never waits for the next mail: a burst of requests appended within a second to
the inbox that `callmemaybe run` watches is answered in full, on every IMAP server of the
suite (Dovecot; Cyrus beside it; pymap, which the demo uses), and so is a choice that
lands just after a restart. Each wait is a generous bound on a poll, never a measured duration."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from daemon.config.loading import parse_config
from daemon.demo.loopback import SmtpEndpoint, imap_server
from tests.rig import DavAccount, ImapAccount, unique_name
from tests.rig.cyrus import cyrus_server
from tests.rig.cyrus import unavailable_reason as cyrus_unavailable
from tests.rig.dovecot import ImapServer
from tests.rig.practice import CONFIG, Practice, mail
from tests.rig.systemd import Systemd, start

BURST = 10
CLIENTS = [f"client{n}@example.org" for n in range(BURST)]
# Generous: the daemon answers a burst in seconds; the bound only stops a hung test.
ANSWERED_WITHIN = 120.0


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[Systemd]:
    listener = Systemd(tmp_path / "notify")
    yield listener
    listener.sock.close()


def with_burst_clients(practice: Practice) -> Practice:
    """Ten more clients on the roster, so that no per-client limit thins the burst."""
    lines = "".join(f"  - {{name: Client {n}, email: {a}}}\n" for n, a in enumerate(CLIENTS))
    text = practice.path.read_text().replace("clients:\n", "clients:\n" + lines, 1)
    practice.path.write_text(text)
    practice.config = parse_config(text, source=str(practice.path))
    return practice


def practice_on(
    account: ImapAccount, dav: DavAccount, smtp: SmtpEndpoint, tmp_path: Path
) -> Practice:
    """The practice of the rig on another IMAP server."""
    dav.make_calendar("Practice")
    dav.make_calendar("Personal")
    text = CONFIG.format(
        imap_port=account.port,
        imap_user=account.username,
        smtp_port=smtp.port,
        smtp_user=smtp.username,
        dav_url=dav.url,
        dav_user=dav.username,
        state_dir=tmp_path / "state",
    )
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return Practice(parse_config(text, source=str(path)), account, dav, smtp, path)


@pytest.fixture
def pymap_practice(
    dav_principal: DavAccount, smtp_sink: SmtpEndpoint, tmp_path: Path
) -> Iterator[Practice]:
    """On a pymap of its own (its one INBOX is not shared)."""
    (tmp_path / "pymap").mkdir()
    with imap_server(tmp_path / "pymap") as endpoint:
        account = ImapAccount(endpoint.host, endpoint.port, endpoint.username, endpoint.password)
        yield practice_on(account, dav_principal, smtp_sink, tmp_path)


@pytest.fixture(scope="module")
def cyrus() -> Iterator[ImapServer]:
    reason = cyrus_unavailable()
    if reason is not None:
        pytest.skip(reason)
    with cyrus_server() as server:
        yield server


@pytest.fixture
def cyrus_practice(
    cyrus: ImapServer, dav_principal: DavAccount, smtp_sink: SmtpEndpoint, tmp_path: Path
) -> Practice:
    username, password = cyrus.user(unique_name("box"))
    account = ImapAccount(cyrus.host, cyrus.port, username, password)
    return practice_on(account, dav_principal, smtp_sink, tmp_path)


def answered(practice: Practice) -> dict[str, int]:
    counts = dict.fromkeys(CLIENTS, 0)
    for message in practice.sent():
        for address in CLIENTS:
            if address in str(message["To"]):
                counts[address] += 1
    return counts


def burst_is_answered(practice: Practice, systemd: Systemd) -> None:
    with_burst_clients(practice)
    daemon = start(practice, systemd)
    try:
        systemd.until("READY=1")
        systemd.until("mails queued")  # the first pass is done: the daemon is idling
        client = practice.imap.connect()
        try:
            for n, address in enumerate(CLIENTS):
                raw = mail("Could we talk this week?", sender=f"Client {n} <{address}>")
                client.append("INBOX", raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
                # Spread over the second: some land while the daemon handles the first.
                time.sleep(0.1)
        finally:
            client.logout()
        practice.smtp.messages.wait_for(BURST, ANSWERED_WITHIN)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=30) == 0
    finally:
        daemon.kill()
        output = daemon.communicate()[0]
    assert answered(practice) == dict.fromkeys(CLIENTS, 1), output
    assert "Traceback" not in output


def test_a_burst_on_dovecot_is_answered_in_full(practice: Practice, systemd: Systemd) -> None:
    burst_is_answered(practice, systemd)


def test_a_burst_on_cyrus_is_answered_in_full(cyrus_practice: Practice, systemd: Systemd) -> None:
    burst_is_answered(cyrus_practice, systemd)


def test_a_burst_on_pymap_is_answered_in_full(pymap_practice: Practice, systemd: Systemd) -> None:
    burst_is_answered(pymap_practice, systemd)


def test_on_pymap_a_choice_just_after_a_restart_is_answered(
    pymap_practice: Practice, systemd: Systemd
) -> None:
    practice = pymap_practice
    daemon = start(practice, systemd)
    try:
        systemd.until("READY=1")
        practice.imap.append(mail("Could we talk?"))
        practice.smtp.messages.wait_for(1, ANSWERED_WITHIN)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=30) == 0
    finally:
        daemon.kill()
        first = daemon.communicate()[0]
    [offer] = practice.sent()
    # Bob's request waits while the daemon is down, so that its first pass after the
    # restart is busy; Ann's choice lands once that pass has looked (Bob's offer is out)
    # and before the daemon idles: a server that does not announce it to IDLE must not
    # leave it waiting for the next mail. (pymap does not: the daemon's own look after a
    # short IDLE slice finds it, runner.IDLE_SLICE.)
    practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
    daemon = start(practice, systemd)
    try:
        practice.smtp.messages.wait_for(2, ANSWERED_WITHIN)
        practice.imap.append(mail("1 please", reply_to=offer))
        practice.smtp.messages.wait_for(3, ANSWERED_WITHIN)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=30) == 0
    finally:
        daemon.kill()
        second = daemon.communicate()[0]
    assert len([m for m in practice.sent() if "ann@example.org" in str(m["To"])]) == 2
    assert "Traceback" not in first + second
