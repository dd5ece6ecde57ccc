"""The loopback servers answer the real client libraries the way the adapters expect."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import pytest
from caldav.davclient import get_davclient
from caldav.lib.error import AuthorizationError
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from daemon.demo.loopback import DavEndpoint, ImapEndpoint, SmtpEndpoint
from tests.rig import DavAccount, ImapAccount

RAW = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: rig\r\n\r\nHello.\r\n"


def _login_select_append_search(host: str, port: int, username: str, password: str) -> None:
    client = IMAPClient(host, port, ssl=False, timeout=10)
    try:
        client.login(username, password)
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
        client.append("INBOX", RAW)
        client.noop()
        uids = client.search(["SUBJECT", "rig"])
        assert len(uids) == 1
        fetched = client.fetch(uids, ["BODY.PEEK[]"])
        assert b"Hello." in fetched[uids[0]][b"BODY[]"]
    finally:
        client.logout()


def _refused(host: str, port: int, username: str) -> None:
    client = IMAPClient(host, port, ssl=False, timeout=10)
    with pytest.raises(LoginError):
        client.login(username, "not-the-password")
    client.shutdown()


def test_dovecot_takes_login_select_append_and_search(imap_account: ImapAccount) -> None:
    _login_select_append_search(
        imap_account.host, imap_account.port, imap_account.username, imap_account.password
    )


def test_dovecot_refuses_a_wrong_password(imap_account: ImapAccount) -> None:
    _refused(imap_account.host, imap_account.port, imap_account.username)


def test_dovecot_gives_each_test_an_empty_mailbox_of_its_own(
    imap_account: ImapAccount,
) -> None:
    uid = imap_account.append("Subject: seeded\n\nbody\n", flags=["$Offered"])
    client = imap_account.connect()
    try:
        client.select_folder("INBOX")
        assert client.search(["ALL"]) == [uid]
        # Dovecot keeps custom keywords; the adapters may rely on that in tests.
        assert b"$Offered" in client.get_flags([uid])[uid]
    finally:
        client.logout()


def test_pymap_takes_login_select_append_and_search(pymap: ImapEndpoint) -> None:
    _login_select_append_search(pymap.host, pymap.port, pymap.username, pymap.password)


def test_pymap_refuses_a_wrong_password(pymap: ImapEndpoint) -> None:
    _refused(pymap.host, pymap.port, pymap.username)


def _message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "therapist@example.org"
    msg["To"] = "client@example.org"
    msg["Subject"] = "Times to talk"
    msg.set_content("Tuesday at 10?")
    return msg


def test_smtp_accepts_a_logged_in_sender_and_keeps_the_message(smtp_sink: SmtpEndpoint) -> None:
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as smtp:
        smtp.login(smtp_sink.username, smtp_sink.password)
        smtp.send_message(_message())
    [got] = smtp_sink.messages.wait_for(1)
    assert got.mail_from == "therapist@example.org"
    assert got.rcpt_tos == ("client@example.org",)
    assert got.message["Subject"] == "Times to talk"
    assert got.message.get_content().strip() == "Tuesday at 10?"


def test_smtp_refuses_a_wrong_password_and_a_sender_who_did_not_log_in(
    smtp_sink: SmtpEndpoint,
) -> None:
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as smtp:
        with pytest.raises(smtplib.SMTPAuthenticationError):
            smtp.login(smtp_sink.username, "not-the-password")
        with pytest.raises(smtplib.SMTPSenderRefused):
            smtp.send_message(_message())
    assert len(smtp_sink.messages) == 0


def test_smtp_wait_gives_up_after_its_timeout(smtp_sink: SmtpEndpoint) -> None:
    with pytest.raises(TimeoutError):
        smtp_sink.messages.wait_for(1, timeout=0.05)


def test_radicale_serves_a_principal_and_its_calendars(dav_principal: DavAccount) -> None:
    assert dav_principal.principal.get_calendars() == []
    dav_principal.make_calendar("Practice")
    dav_principal.make_calendar("Private")
    names = sorted(c.get_display_name() for c in dav_principal.principal.get_calendars())
    assert names == ["Practice", "Private"]


def test_radicale_stores_seeded_ics(dav_principal: DavAccount) -> None:
    dav_principal.make_calendar("Practice")
    dav_principal.put_ics(
        "Practice",
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//rig//EN\nBEGIN:VEVENT\nUID:seed-1\n"
        "DTSTAMP:20260101T000000Z\nDTSTART:20260105T090000Z\nDTEND:20260105T100000Z\n"
        "SUMMARY:Busy\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    [event] = dav_principal.calendar("Practice").get_events()
    assert "UID:seed-1" in event.data


def test_radicale_refuses_a_wrong_password(radicale: DavEndpoint) -> None:
    client = get_davclient(
        url=radicale.url,
        username=radicale.username,
        password="not-the-password",
        check_config_file=False,
        environment=False,
    )
    assert client is not None
    with pytest.raises(AuthorizationError):
        client.get_principal()
