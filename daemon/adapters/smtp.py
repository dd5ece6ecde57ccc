"""A thin adapter over smtplib: log in and hand over one message, no deciding.

Failures leave as `RemoteError` (worth retrying: unreachable, timeouts, 4xx), `UserError` (fix
the config: login refused, no STARTTLS, sender refused), `Rejected` (the server refused this
message or its recipient for good: retrying will not help) or `UnsafeMail` (the serialized
message does not have exactly the headers that were set: refused before connecting). Messages
carry the server, the therapist's own username and SMTP codes; never recipients, headers,
server free text (it often quotes the recipient) or the password.

The message is serialized once, here, checked, and exactly those bytes are sent: the check
must see what the server will see, because on CPython without the CVE-2024-6923 fix (3.11.7
and 3.12.1 among them) a header value holding CR/LF is written out as extra header lines
although the parsed message shows a single header.
"""

from __future__ import annotations

import contextlib
import io
import re
import smtplib
import ssl
from collections.abc import Callable, Iterator, Sequence
from email.generator import BytesGenerator
from email.message import EmailMessage

from daemon.adapters.net import describe_os_error
from daemon.core.errors import RemoteError, UserError
from daemon.core.model import Security

# A line break not followed by a space or tab ends a header and starts another: injection.
# (A break followed by whitespace is legitimate folding.)
_INJECTED_LINE = re.compile(r"\r\n(?![ \t])|\r(?!\n)|\n(?![ \t])")
# Every header the daemon ever sets on a mail it sends (top level). A new one must be added
# here, or every mail carrying it is refused.
OUR_HEADERS = frozenset(
    name.lower()
    for name in (
        "From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
        "Auto-Submitted", "X-Auto-Response-Suppress", "Content-Language", "MIME-Version",
        "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
        "Importance", "X-Priority", "Priority",
    )
)  # fmt: skip
_HEADER_START = re.compile(rb"^([!-9;-~]+):")
# RFC 3463 enhanced status codes ("5.1.1") say why without quoting anything.
_ENHANCED_CODE = re.compile(rb"^\s*([245]\.\d{1,3}\.\d{1,3})\b")


class Rejected(UserError):
    """The server refused the message or its recipient permanently (5xx): do not retry."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class UnsafeMail(UserError, ValueError):
    """The message would inject headers or SMTP commands, or carries a header we never set:
    refused for good, before any byte reaches the server. (A ValueError too, as it was.)"""


class Outbox:
    """Submission to one SMTP server; a fresh connection per call, as mail is rare.

    An empty `username` skips AUTH (a local relay on loopback); otherwise AUTH is required.
    """

    def __init__(
        self,
        host: str,
        port: int,
        security: Security,
        username: str,
        password: str,
        *,
        timeout: float = 60,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self._password = password
        self.timeout = timeout
        self._ssl_context = ssl_context

    def __repr__(self) -> str:
        # Deliberately without the password.
        return f"Outbox({self.host!r}, {self.port}, {self.security!r}, {self.username!r})"

    def check(self) -> None:
        """Connect, secure, log in and quit: proves the settings without sending anything."""
        with self._session():
            pass

    def send(
        self,
        message: EmailMessage,
        envelope_from: str,
        recipients: Sequence[str],
        accepted: Callable[[], None] | None = None,
    ) -> None:
        """Submit `message` to `recipients` with MAIL FROM `envelope_from`.

        `accepted` runs the moment the server has taken the message, before QUIT, so the
        caller can record it as sent while the window for a duplicate is smallest.
        """
        _refuse_injection(message, envelope_from, recipients)
        international = not all(a.isascii() for a in (envelope_from, *recipients))
        data = serialize(message, utf8=international)
        check_serialized(data, message.keys())
        options = ["SMTPUTF8", "BODY=8BITMIME"] if international else []
        with self._session() as smtp, self._errors("sending"):
            if international and not smtp.has_extn("smtputf8"):
                # What send_message raised, so it stays a RemoteError as before.
                raise smtplib.SMTPNotSupportedError("SMTPUTF8 not supported")
            refused = smtp.sendmail(envelope_from, list(recipients), data, options)
            if accepted is not None and len(refused) < len(recipients):
                accepted()
            if refused:
                # Some recipients took it, so retrying would send them a duplicate.
                codes = sorted({code for code, _text in refused.values()})
                raise Rejected(
                    f"SMTP server {self._where} refused {len(refused)} of "
                    f"{len(recipients)} recipients ({', '.join(map(str, codes))})",
                    codes[-1],
                )

    # --- helpers ----------------------------------------------------------------------------

    @property
    def _where(self) -> str:
        return f"{self.host}:{self.port}"

    @contextlib.contextmanager
    def _session(self) -> Iterator[smtplib.SMTP]:
        # Loading the CA bundle costs ~30 ms: once per Outbox, and never for plain.
        if self._ssl_context is None and self.security != "plain":
            self._ssl_context = ssl.create_default_context()
        context = self._ssl_context
        smtp: smtplib.SMTP
        with self._errors("connect"):
            if self.security == "tls":
                smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            with self._errors("EHLO"):
                smtp.ehlo()
                if self.security == "starttls":
                    if not smtp.has_extn("starttls"):
                        raise UserError(
                            f"SMTP server {self._where} does not offer STARTTLS: "
                            "check mail.smtp.port and mail.smtp.security"
                        )
                    smtp.starttls(context=context)
                    smtp.ehlo()
            if self.username:
                self._login(smtp)
            yield smtp
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()
        finally:
            # After quit() this only closes an already closed socket.
            smtp.close()

    def _login(self, smtp: smtplib.SMTP) -> None:
        with self._errors("AUTH"):
            try:
                smtp.login(self.username, self._password)
            except smtplib.SMTPAuthenticationError:
                raise UserError(
                    f"SMTP login refused for user {self.username}: "
                    "check mail.smtp.username and the password"
                ) from None
            except smtplib.SMTPNotSupportedError:
                raise UserError(
                    f"SMTP server {self._where} offers no login (AUTH) on this connection: "
                    "check mail.smtp.port and mail.smtp.security"
                ) from None

    @contextlib.contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        try:
            yield
        except (UserError, RemoteError):
            raise
        except Exception as exc:
            raise self._translate(exc, operation) from None

    def _translate(self, exc: Exception, operation: str) -> UserError | RemoteError:
        where = self._where
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            codes = sorted({code for code, _text in exc.recipients.values()})
            shown = ", ".join(map(str, codes))
            if codes and all(500 <= code < 600 for code in codes):
                return Rejected(f"SMTP server {where} rejected the recipient ({shown})", codes[-1])
            return RemoteError(f"SMTP server {where} deferred the recipient ({shown})")
        if isinstance(exc, smtplib.SMTPSenderRefused):
            if 500 <= exc.smtp_code < 600:
                return UserError(
                    f"SMTP server {where} refused the sender address ({_code(exc)}): "
                    "check the from address in the config"
                )
            return RemoteError(f"SMTP server {where} deferred the sender ({_code(exc)})")
        if isinstance(exc, smtplib.SMTPDataError) and 500 <= exc.smtp_code < 600:
            return Rejected(
                f"SMTP server {where} rejected the message ({_code(exc)})", exc.smtp_code
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            return RemoteError(f"SMTP server {where} refused {operation} ({_code(exc)})")
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            # smtplib turns a read timeout into "disconnected"; the timeout is its context.
            if isinstance(exc.__context__, TimeoutError):
                return RemoteError(f"SMTP server {where} timed out during {operation}")
            return RemoteError(f"SMTP server {where} closed the connection during {operation}")
        if isinstance(exc, ssl.SSLCertVerificationError):
            reason = f"certificate verify failed: {exc.verify_message or 'untrusted'}"
            return RemoteError(f"SMTP server {where} TLS failure: {reason}")
        if isinstance(exc, ssl.SSLError):
            return RemoteError(f"SMTP server {where} TLS failure: {exc.reason or 'handshake'}")
        if isinstance(exc, TimeoutError):
            return RemoteError(f"SMTP server {where} timed out during {operation}")
        if isinstance(exc, OSError):
            reason = describe_os_error(exc)
            if operation == "connect":
                return RemoteError(f"SMTP server {where} unreachable: {reason}")
            return RemoteError(f"SMTP connection to {where} broke during {operation}: {reason}")
        if isinstance(exc, smtplib.SMTPException):
            return RemoteError(f"SMTP {operation} on {where} failed: {type(exc).__name__}")
        raise exc


def _refuse_injection(message: EmailMessage, envelope_from: str, recipients: Sequence[str]) -> None:
    """Refuse header values or envelope addresses that would start a new header or command.

    EmailMessage with policy=default already refuses CR/LF on assignment; this also covers
    messages built with the compat32 policy and envelope addresses, before any byte is sent.
    """
    for name, value in message.raw_items():
        if _INJECTED_LINE.search(str(value).rstrip("\r\n")):
            shown = name if name.lower() in OUR_HEADERS else "a header"
            raise UnsafeMail(f"mail refused before sending: {shown} contains a line break")
    for address in (envelope_from, *recipients):
        if "\r" in address or "\n" in address or "<" in address or ">" in address:
            raise UnsafeMail(
                "mail refused before sending: an envelope address contains a line break "
                "or angle bracket"
            )
    if not recipients:
        raise UnsafeMail("mail refused before sending: no recipients")


def serialize(message: EmailMessage, *, utf8: bool = False) -> bytes:
    """The bytes smtplib's send_message would send (CRLF line ends). We never set Bcc, so
    unlike send_message this has none to drop (and `check_serialized` refuses one)."""
    policy = message.policy
    if utf8:
        # As smtplib does; only EmailPolicy has utf8, which typeshed does not know.
        policy = policy.clone(utf8=True)  # type: ignore[call-arg]
    with io.BytesIO() as out:
        BytesGenerator(out, policy=policy).flatten(message, linesep="\r\n")
        return out.getvalue()


def check_serialized(data: bytes, names: Sequence[str]) -> None:
    """Refuse `data` unless its header block holds exactly the headers `names` (same names,
    same count, in any order), each one logical line, all of them ones the daemon sets.

    Runs on the final bytes, so it sees what the server would see: a line break smuggled into
    a header value shows up here as an extra or missing header, whatever the Python version.
    """
    end = data.find(b"\r\n\r\n")
    if end < 0:
        raise UnsafeMail("mail refused before sending: it has no end of headers")
    block = data[: end + 2]
    # Only CRLF ends a line: a bare CR or LF is read as a line break by some servers.
    if b"\0" in block or re.search(rb"\r(?!\n)|(?<!\r)\n", block):
        raise UnsafeMail("mail refused before sending: a header holds a bare CR, LF or NUL")
    found: list[str] = []
    for line in block[:-2].split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and found:
            continue  # folding: the same logical header goes on
        start = _HEADER_START.match(line)
        if start is None:
            raise UnsafeMail("mail refused before sending: a header line is malformed")
        found.append(start.group(1).decode("ascii").lower())
    wanted = sorted(name.lower() for name in names)
    unknown = {name for name in found if name not in OUR_HEADERS}
    if unknown:
        raise UnsafeMail(
            f"mail refused before sending: it carries {len(unknown)} header(s) the daemon "
            "never sets (header injection?)"
        )
    if sorted(found) != wanted:
        raise UnsafeMail(
            f"mail refused before sending: {len(found)} headers serialized where "
            f"{len(wanted)} were set (header injection?)"
        )
    if len(set(found)) != len(found):
        raise UnsafeMail("mail refused before sending: a header appears twice")


def _code(exc: smtplib.SMTPResponseException) -> str:
    """'550 5.7.1': the reply code and, if given, the enhanced status code, never the text."""
    raw = exc.smtp_error if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error).encode()
    match = _ENHANCED_CODE.match(raw)
    return f"{exc.smtp_code} {match.group(1).decode()}" if match else str(exc.smtp_code)
