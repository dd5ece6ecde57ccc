"""daemon.imap against a real Dovecot on loopback: what the inbox loop relies on."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from daemon.adapters.imap import Mailbox
from daemon.core.errors import RemoteError, UserError
from daemon.demo.loopback import ImapEndpoint, free_port
from tests.rig import ImapAccount, explicit_internaldate, unique_name

REQUEST = (
    b"From: Client <client@example.org>\r\n"
    b"To: Robin <robin@example.org>\r\n"
    b"Subject: Could we talk?\r\n"
    b"Message-ID: <request-1@example.org>\r\n"
    b"\r\n"
    b"Hello, could we have a short call next week?\r\n"
)


def message(n: int) -> bytes:
    return REQUEST.replace(b"request-1", f"request-{n}".encode())


def open_mailbox(account: ImapAccount, **options: Any) -> Mailbox:
    mailbox = Mailbox(
        account.host,
        account.port,
        "plain",
        account.username,
        account.password,
        timeout=10,
        **options,
    )
    mailbox.connect()
    return mailbox


@pytest.fixture
def inbox(imap_account: ImapAccount) -> Iterator[Mailbox]:
    with open_mailbox(imap_account) as mailbox:
        mailbox.select("INBOX")
        yield mailbox


def create_folder(account: ImapAccount, name: str) -> None:
    # Setup only: the daemon never creates folders, so Mailbox has no method for it.
    client = account.connect()
    try:
        client.create_folder(name)
    finally:
        client.logout()


# --- connecting ---------------------------------------------------------------------------


def test_the_right_password_logs_in(imap_account: ImapAccount) -> None:
    with open_mailbox(imap_account) as mailbox:
        assert mailbox.folder_exists("INBOX")


def test_a_wrong_password_is_a_user_error_naming_the_user_not_the_password(
    imap_account: ImapAccount,
) -> None:
    mailbox = Mailbox(
        imap_account.host, imap_account.port, "plain", imap_account.username, "hunter2", timeout=10
    )
    with pytest.raises(UserError) as refused:
        mailbox.connect()
    text = str(refused.value)
    assert text.startswith("IMAP login refused for user ")
    assert imap_account.username in text
    assert "hunter2" not in text
    assert "\n" not in text


def test_a_closed_port_is_a_remote_error() -> None:
    port = free_port()
    mailbox = Mailbox("127.0.0.1", port, "plain", "robin", "hunter2", timeout=5)
    with pytest.raises(RemoteError) as unreachable:
        mailbox.connect()
    assert str(unreachable.value) == (
        f"IMAP server 127.0.0.1:{port} unreachable: connection refused"
    )


def test_a_server_that_never_answers_times_out_as_a_remote_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        mailbox = Mailbox("127.0.0.1", port, "plain", "robin", "hunter2", timeout=0.5)
        with pytest.raises(RemoteError) as stuck:
            mailbox.connect()
    assert str(stuck.value) == f"IMAP server 127.0.0.1:{port} timed out during connect"


def test_tls_against_a_plain_server_is_a_remote_error(imap_account: ImapAccount) -> None:
    mailbox = Mailbox(
        imap_account.host, imap_account.port, "tls", imap_account.username, "x", timeout=5
    )
    with pytest.raises(RemoteError, match="TLS failure"):
        mailbox.connect()


def test_starttls_required_but_not_offered_is_a_user_error(imap_account: ImapAccount) -> None:
    mailbox = Mailbox(
        imap_account.host, imap_account.port, "starttls", imap_account.username, "x", timeout=5
    )
    with pytest.raises(UserError, match="does not offer STARTTLS"):
        mailbox.connect()


def test_the_password_never_shows_in_repr(imap_account: ImapAccount) -> None:
    mailbox = Mailbox("imap.example.org", 993, "tls", "robin", "hunter2")
    assert "hunter2" not in repr(mailbox)


# --- folders ------------------------------------------------------------------------------


def test_select_returns_uidvalidity_and_uidnext(imap_account: ImapAccount) -> None:
    with open_mailbox(imap_account) as mailbox:
        uidvalidity, uidnext = mailbox.select("INBOX")
        assert uidvalidity > 0
        assert uidnext == 1
        imap_account.append(message(1))
        assert mailbox.select("INBOX") == (uidvalidity, 2)


def test_a_missing_folder_is_a_user_error(inbox: Mailbox) -> None:
    with pytest.raises(UserError) as missing:
        inbox.select("Therapy/Requests")
    assert str(missing.value) == 'IMAP folder "Therapy/Requests" not found'
    assert not inbox.folder_exists("Therapy/Requests")
    with pytest.raises(UserError, match="not found"):
        inbox.append("Therapy/Requests", message(1))


def test_dovecot_keeps_custom_keywords(inbox: Mailbox) -> None:
    assert inbox.supports_keywords()


# --- messages -----------------------------------------------------------------------------


def test_uids_after_lists_only_newer_messages(imap_account: ImapAccount, inbox: Mailbox) -> None:
    assert inbox.uids_after(0) == []
    for n in range(1, 4):
        imap_account.append(message(n))
    assert inbox.uids_after(0) == [1, 2, 3]
    assert inbox.uids_after(1) == [2, 3]


def test_uids_after_the_newest_is_empty_although_n_star_matches_the_highest(
    imap_account: ImapAccount,
    inbox: Mailbox,
) -> None:
    imap_account.append(message(1))
    imap_account.append(message(2))
    # The server answers "UID SEARCH UID 3:*" and "UID 10:*" with UID 2.
    assert inbox.uids_after(2) == []
    assert inbox.uids_after(9) == []


@explicit_internaldate
def test_uids_since_finds_what_arrived_lately_by_internal_date(inbox: Mailbox) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    inbox.append("INBOX", message(1), when=datetime(2026, 1, 5, 9, 0, tzinfo=berlin))
    inbox.append("INBOX", message(2), when=datetime(2026, 3, 2, 9, 0, tzinfo=berlin))
    assert inbox.uids_since(datetime(2026, 2, 20, 12, 0, tzinfo=berlin)) == [2]
    assert inbox.uids_since(datetime(2026, 1, 1, 0, 0, tzinfo=berlin)) == [1, 2]
    assert inbox.uids_since(datetime(2026, 3, 10, 0, 0, tzinfo=berlin)) == []


def test_fetch_returns_the_exact_bytes_and_leaves_the_message_unseen(
    imap_account: ImapAccount,
    inbox: Mailbox,
) -> None:
    imap_account.append(message(1))
    [fetched] = inbox.fetch(inbox.uids_after(0))
    assert fetched.uid == 1
    assert fetched.raw == message(1)
    assert fetched.size == len(message(1))
    assert "\\Seen" not in fetched.flags
    # Ask again, from a new session, in case the first answer predates a flag change.
    with open_mailbox(imap_account) as other:
        other.select("INBOX")
        [again] = other.fetch([1])
    assert "\\Seen" not in again.flags


def test_fetch_with_max_bytes_truncates_a_big_message_but_reports_its_size(
    imap_account: ImapAccount,
    inbox: Mailbox,
) -> None:
    big = REQUEST + b"x" * 998 + b"\r\n" + b"y" * 200_000 + b"\r\n"
    imap_account.append(big)
    [fetched] = inbox.fetch(inbox.uids_after(0), max_bytes=1024)
    assert fetched.raw == big[:1024]
    assert fetched.size == len(big)


def test_fetch_skips_uids_that_are_gone_and_accepts_none(
    imap_account: ImapAccount,
    inbox: Mailbox,
) -> None:
    imap_account.append(message(1))
    assert inbox.uids_after(0) == [1]
    assert [f.uid for f in inbox.fetch([1, 7])] == [1]
    assert inbox.fetch([]) == []


def test_add_flags_with_a_custom_keyword_sticks(imap_account: ImapAccount, inbox: Mailbox) -> None:
    imap_account.append(message(1))
    imap_account.append(message(2))
    assert inbox.uids_after(0) == [1, 2]
    inbox.add_flags([2], ["\\Flagged", "$CallMeMaybeSkipped"])
    with open_mailbox(imap_account) as other:
        other.select("INBOX")
        first, second = other.fetch([1, 2])
    assert "$CallMeMaybeSkipped" not in first.flags
    assert {"\\Flagged", "$CallMeMaybeSkipped"} <= second.flags
    assert "\\Seen" not in second.flags


def test_append_stores_a_copy_in_another_folder_with_flags(
    imap_account: ImapAccount,
    inbox: Mailbox,
) -> None:
    create_folder(imap_account, "Sent")
    when = datetime(2026, 3, 2, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    inbox.append("Sent", message(1), flags=["\\Seen"], when=when)
    assert inbox.uids_after(0) == []
    assert inbox.select("Sent")[1] == 2
    [stored] = inbox.fetch([1])
    assert stored.raw == message(1)
    assert "\\Seen" in stored.flags


def test_append_refuses_a_naive_date(inbox: Mailbox) -> None:
    with pytest.raises(ValueError):
        inbox.append("INBOX", message(1), when=datetime(2026, 3, 2, 9, 30))


# --- waiting ------------------------------------------------------------------------------


def append_soon(account: ImapAccount, raw: bytes, folder: str = "INBOX") -> threading.Thread:
    """Append from another connection shortly after the caller starts waiting."""

    def later() -> None:
        # Not a timing assertion: wait() catches the message whether it lands before the
        # IDLE starts (pending EXISTS) or during it.
        time.sleep(0.3)
        account.append(raw, folder=folder)

    thread = threading.Thread(target=later)
    thread.start()
    return thread


def test_wait_reports_mail_appended_by_another_connection(
    imap_account: ImapAccount, inbox: Mailbox
) -> None:
    assert inbox.has_idle()
    thread = append_soon(imap_account, message(1))
    try:
        assert inbox.wait(20) is True
    finally:
        thread.join()
    assert inbox.uids_after(0) == [1]
    # IDLE ended cleanly: the connection still takes commands.
    inbox.noop()


def test_wait_returns_false_when_nothing_arrives(inbox: Mailbox) -> None:
    assert inbox.wait(0.3) is False
    inbox.noop()
    assert inbox.uids_after(0) == []


def test_wait_without_idle_polls_with_noop(imap_account: ImapAccount) -> None:
    with open_mailbox(imap_account, use_idle=False, poll_interval=0.1) as mailbox:
        mailbox.select("INBOX")
        assert not mailbox.has_idle()
        assert mailbox.wait(0.2) is False
        thread = append_soon(imap_account, message(1))
        try:
            assert mailbox.wait(20) is True
        finally:
            thread.join()


def test_wait_on_a_dead_connection_is_a_remote_error(inbox: Mailbox) -> None:
    # Cut our own socket mid-IDLE, as a NAT box or a server restart would: idle_check then
    # keeps returning nothing at once instead of blocking.
    sock = inbox._client.socket()

    def cut() -> None:
        time.sleep(0.2)  # not a threading.Timer: its timed wait hangs under faketime
        sock.shutdown(socket.SHUT_RDWR)

    cutter = threading.Thread(target=cut)
    cutter.start()
    try:
        with pytest.raises(RemoteError, match=r"IMAP connection to .* during IDLE"):
            inbox.wait(20)
    finally:
        cutter.join()
    with pytest.raises(RemoteError, match="not open"):
        inbox.noop()


# --- pymap: a server without keywords and with an IDLE imapclient can trip over ---------------


def test_on_pymap_keywords_are_unsupported_and_wait_still_finds_new_mail(
    pymap: ImapEndpoint,
) -> None:
    account = ImapAccount(pymap.host, pymap.port, pymap.username, pymap.password)
    # pymap has one user for the whole session: work in a folder of our own.
    folder = unique_name("Idle")
    account.append(message(1), folder=folder)
    with open_mailbox(account) as mailbox:
        _uidvalidity, uidnext = mailbox.select(folder)
        assert not mailbox.supports_keywords()
        seen = mailbox.uids_after(0)
        assert len(seen) == 1
        thread = append_soon(account, message(2), folder)
        try:
            try:
                assert mailbox.wait(20) is True
            except RemoteError:
                # What the inbox loop does when IDLE breaks: reconnect, re-select, catch up.
                mailbox.connect()
                mailbox.select(folder)
        finally:
            thread.join()
        new = mailbox.uids_after(seen[-1])
        assert len(new) == 1
        [fetched] = mailbox.fetch(new)
        assert fetched.uid >= uidnext
