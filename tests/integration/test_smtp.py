"""daemon.smtp against aiosmtpd on loopback: log in, hand over one message, fail clearly."""

from __future__ import annotations

import email.policy
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from daemon.adapters.smtp import Outbox, Rejected, Security
from daemon.core.errors import RemoteError, UserError
from daemon.demo.loopback import SmtpEndpoint, free_port


def outbox(server: SmtpEndpoint, password: str | None = None) -> Outbox:
    return Outbox(
        server.host,
        server.port,
        "plain",
        server.username,
        server.password if password is None else password,
        timeout=10,
    )


def offer() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Robin <robin@example.org>"
    msg["To"] = "client@example.net"
    msg["Subject"] = "Times for a short call"
    msg["Auto-Submitted"] = "auto-replied"
    msg["Message-ID"] = "<offer-1@example.org>"
    msg.set_content("Tuesday 10:00 or Wednesday 14:30?\n")
    return msg


def test_check_logs_in_and_sends_nothing(smtp_sink: SmtpEndpoint) -> None:
    outbox(smtp_sink).check()
    assert len(smtp_sink.messages) == 0


def test_a_wrong_password_is_a_user_error_naming_the_user_not_the_password(
    smtp_sink: SmtpEndpoint,
) -> None:
    with pytest.raises(UserError) as refused:
        outbox(smtp_sink, password="hunter2").check()
    text = str(refused.value)
    assert text == (
        f"SMTP login refused for user {smtp_sink.username}: "
        "check mail.smtp.username and the password"
    )
    assert "hunter2" not in text


def test_a_closed_port_is_a_remote_error() -> None:
    port = free_port()
    with pytest.raises(RemoteError) as unreachable:
        Outbox("127.0.0.1", port, "plain", "robin", "hunter2", timeout=5).check()
    assert str(unreachable.value) == (
        f"SMTP server 127.0.0.1:{port} unreachable: connection refused"
    )


def test_a_server_that_never_answers_times_out_as_a_remote_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        box = Outbox("127.0.0.1", port, "plain", "robin", "hunter2", timeout=0.5)
        with pytest.raises(RemoteError) as stuck:
            box.check()
    assert str(stuck.value) == f"SMTP server 127.0.0.1:{port} timed out during connect"


def test_starttls_required_but_not_offered_is_refused_before_login(
    smtp_sink: SmtpEndpoint,
) -> None:
    box = Outbox(smtp_sink.host, smtp_sink.port, "starttls", smtp_sink.username, smtp_sink.password)
    with pytest.raises(UserError, match="does not offer STARTTLS"):
        box.check()


def test_implicit_tls_against_a_plain_server_is_a_remote_error(smtp_sink: SmtpEndpoint) -> None:
    box = Outbox(
        smtp_sink.host, smtp_sink.port, "tls", smtp_sink.username, smtp_sink.password, timeout=5
    )
    with pytest.raises(RemoteError, match="TLS failure"):
        box.check()


def test_send_delivers_exactly_one_message_with_the_intended_headers(
    smtp_sink: SmtpEndpoint,
) -> None:
    outbox(smtp_sink).send(offer(), "robin@example.org", ["client@example.net"])
    [received] = smtp_sink.messages.wait_for(1)
    assert received.mail_from == "robin@example.org"
    assert received.rcpt_tos == ("client@example.net",)
    got = received.message
    assert got["From"] == "Robin <robin@example.org>"
    assert got["To"] == "client@example.net"
    assert got["Subject"] == "Times for a short call"
    assert got["Auto-Submitted"] == "auto-replied"
    assert got["Message-ID"] == "<offer-1@example.org>"
    assert got.get_all("Bcc") is None
    assert got.get_content().splitlines() == ["Tuesday 10:00 or Wednesday 14:30?"]
    assert len(smtp_sink.messages) == 1


def test_the_password_never_shows_in_repr() -> None:
    assert "hunter2" not in repr(Outbox("smtp.example.org", 465, "tls", "robin", "hunter2"))


# --- header injection ---------------------------------------------------------------------


def test_an_email_message_refuses_a_header_value_with_crlf() -> None:
    msg = EmailMessage()
    with pytest.raises(ValueError):
        msg["Subject"] = "Hello\r\nBcc: someone@example.com"


def test_send_refuses_an_injected_header_before_sending(smtp_sink: SmtpEndpoint) -> None:
    # compat32 accepts the CR/LF on assignment; send() must still refuse it.
    msg = EmailMessage(policy=email.policy.compat32)
    msg["From"] = "robin@example.org"
    msg["To"] = "client@example.net"
    msg["Subject"] = "Hello\r\nBcc: someone@example.com"
    msg.set_payload("Hi\n")
    with pytest.raises(ValueError, match="Subject"):
        outbox(smtp_sink).send(msg, "robin@example.org", ["client@example.net"])
    with pytest.raises(ValueError):
        outbox(smtp_sink).send(offer(), "robin@example.org", ["client@example.net\r\nRCPT TO:<x>"])
    assert len(smtp_sink.messages) == 0


def test_a_folded_long_header_is_not_mistaken_for_injection(smtp_sink: SmtpEndpoint) -> None:
    raw = (
        b"From: robin@example.org\r\nTo: client@example.net\r\n"
        b"Subject: a subject long enough that a mail client\r\n folded it onto a second line\r\n"
        b"\r\nHi\r\n"
    )
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    outbox(smtp_sink).send(msg, "robin@example.org", ["client@example.net"])
    assert len(smtp_sink.messages.wait_for(1)) == 1


# --- refusals -----------------------------------------------------------------------------


class _Picky:
    """Accepts anyone except `gone@` (550, permanent) and `full@` (452, temporary)."""

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address.startswith("gone@"):
            return f"550 5.1.1 <{address}>: no such user"
        if address.startswith("full@"):
            return f"452 4.2.2 <{address}>: mailbox full"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 OK"


@pytest.fixture(scope="module")
def picky() -> Iterator[Outbox]:
    """A second aiosmtpd on loopback (no AUTH) whose handler refuses some recipients."""
    port = free_port()
    controller = Controller(_Picky(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield Outbox("127.0.0.1", port, "plain", "", "", timeout=10)
    finally:
        controller.stop()


def test_a_permanently_refused_recipient_is_rejected_without_their_address(
    picky: Outbox,
) -> None:
    with pytest.raises(Rejected) as rejected:
        picky.send(offer(), "robin@example.org", ["gone@example.net"])
    assert rejected.value.code == 550
    assert "gone@" not in str(rejected.value)
    assert isinstance(rejected.value, UserError)


def test_a_temporarily_refused_recipient_is_a_remote_error(picky: Outbox) -> None:
    with pytest.raises(RemoteError) as deferred:
        picky.send(offer(), "robin@example.org", ["full@example.net"])
    assert "452" in str(deferred.value)
    assert "full@" not in str(deferred.value)


def test_a_partly_refused_message_is_rejected_so_nobody_gets_it_twice(picky: Outbox) -> None:
    with pytest.raises(Rejected, match="1 of 2"):
        picky.send(offer(), "robin@example.org", ["client@example.net", "gone@example.net"])


# --- TLS ------------------------------------------------------------------------------------


class _Counter:
    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope.content)
        return "250 OK"


def _robin_only(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"robin", b"pw")
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cert, key), made with the openssl tool."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-nodes", "-days", "2", "-subj", "/CN=localhost"),
            *("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return cert, key


@pytest.fixture(scope="module")
def tls_servers(certificate: tuple[Path, Path]) -> Iterator[dict[str, tuple[int, _Counter]]]:
    """aiosmtpd twice: implicit TLS, and STARTTLS required before AUTH is even offered."""
    cert, key = certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    implicit, starttls = _Counter(), _Counter()
    controllers = {
        "tls": Controller(
            implicit,
            hostname="127.0.0.1",
            port=free_port(),
            ssl_context=server_context,
            authenticator=_robin_only,
            auth_require_tls=False,  # aiosmtpd only counts STARTTLS as TLS
        ),
        "starttls": Controller(
            starttls,
            hostname="127.0.0.1",
            port=free_port(),
            tls_context=server_context,
            require_starttls=True,
            authenticator=_robin_only,
        ),
    }
    for controller in controllers.values():
        controller.start()
    try:
        yield {
            "tls": (controllers["tls"].port, implicit),
            "starttls": (controllers["starttls"].port, starttls),
        }
    finally:
        for controller in controllers.values():
            controller.stop()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_with_a_trusted_certificate_logs_in_and_sends(
    security: Security, certificate: tuple[Path, Path], tls_servers: dict[str, tuple[int, _Counter]]
) -> None:
    port, counter = tls_servers[security]
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    box = Outbox("127.0.0.1", port, security, "robin", "pw", timeout=10, ssl_context=trusting)
    box.check()
    box.send(offer(), "robin@example.org", ["client@example.net"])
    assert len(counter.received) == 1
    assert b"Subject: Times for a short call" in counter.received[0]


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_an_unknown_certificate_is_refused_by_default(
    security: Security, tls_servers: dict[str, tuple[int, _Counter]]
) -> None:
    port, _counter = tls_servers[security]
    box = Outbox("127.0.0.1", port, security, "robin", "pw", timeout=10)
    with pytest.raises(RemoteError, match="TLS failure: certificate verify failed: self-signed"):
        box.check()
