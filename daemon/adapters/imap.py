"""A thin adapter over imapclient: one mailbox connection, no deciding.

Everything here speaks UIDs, never sequence numbers, and never changes a flag the caller did not
ask for (bodies are fetched with BODY.PEEK so \\Seen stays untouched). Every library or socket
failure leaves as a `RemoteError` (retry later) or a `UserError` (fix the config); messages name
the server, the operation and at most the therapist's own username and folder names, never
message contents, addresses or the password.
"""

from __future__ import annotations

import contextlib
import re
import ssl
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

import imapclient
from imapclient import SocketTimeout
from imapclient.exceptions import (
    CapabilityError,
    IMAPClientAbortError,
    IMAPClientError,
    LoginError,
)

from daemon.adapters.net import describe_os_error
from daemon.core.errors import RemoteError, UserError
from daemon.core.model import Security

# imapclient sends one sequence set per command; keep command lines well under the ~8 KB that
# some servers accept.
_FETCH_BATCH = 200
# Without IDLE we poll: often enough to feel prompt, rarely enough not to annoy the provider.
_POLL_INTERVAL = 30.0
# idle_check() returns [] at once when the socket is dead (EOF is swallowed); a live socket does
# that only on a spurious wakeup. This many empty returns in a row, each well before its
# deadline, means the connection is gone.
_MAX_EMPTY_WAKEUPS = 5
# IMAP response codes are safe to show (no contents); the free text after them may not be.
_RESPONSE_CODE = re.compile(rb"\[([A-Z][A-Z0-9-]*)")
# RFC 5530 codes with which a server turns a login down for now, not for a wrong password.
_LOGIN_LATER = frozenset({"UNAVAILABLE", "SERVERBUG", "INUSE", "LIMIT"})


@dataclass(frozen=True)
class Fetched:
    """One message as stored: `raw` is the BODY[] bytes, cut at `max_bytes` when asked."""

    uid: int
    flags: frozenset[str]
    size: int
    raw: bytes


class Mailbox:
    """One logged-in IMAP connection with (after `select`) one selected folder."""

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
        use_idle: bool = True,
        poll_interval: float = _POLL_INTERVAL,
    ) -> None:
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self._password = password
        self.timeout = timeout
        self._ssl_context = ssl_context
        # Some servers' IDLE is unusable (pymap's confuses imapclient): let the caller poll.
        self._use_idle = use_idle
        self.poll_interval = poll_interval
        self._client: Any = None
        self._folder: str | None = None
        self._permanent_flags: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        # Deliberately without the password.
        return f"Mailbox({self.host!r}, {self.port}, {self.security!r}, {self.username!r})"

    # --- connection -------------------------------------------------------------------------

    def __enter__(self) -> Mailbox:
        if self._client is None:
            self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> None:
        """Connect, secure the connection as configured, and log in."""
        self.close()
        context = self._ssl_context or ssl.create_default_context()
        with self._errors("connect"):
            client = imapclient.IMAPClient(
                self.host,
                self.port,
                ssl=self.security == "tls",
                ssl_context=context,
                timeout=SocketTimeout(connect=self.timeout, read=self.timeout),
            )
        try:
            if self.security == "starttls":
                with self._errors("STARTTLS"):
                    try:
                        client.starttls(context)
                    except CapabilityError:
                        raise UserError(
                            f"IMAP server {self._where} does not offer STARTTLS: "
                            "check mail.imap.port and mail.imap.security"
                        ) from None
            with self._errors("login"):
                try:
                    client.login(self.username, self._password)
                except LoginError as refused:
                    code = _code_of(refused)
                    if code.strip(" []") in _LOGIN_LATER:
                        raise RemoteError(
                            f"IMAP server {self._where} cannot log anyone in now{code}"
                        ) from None
                    raise UserError(
                        f"IMAP login refused for user {self.username}: "
                        "check mail.imap.username and the password"
                    ) from None
        except BaseException:
            _drop(client)
            raise
        self._client = client
        self._folder = None

    def close(self) -> None:
        """Log out if we can, drop the socket if we cannot; never raises."""
        client, self._client, self._folder = self._client, None, None
        if client is not None:
            _quietly_drop(client)

    # --- folder -----------------------------------------------------------------------------

    def select(self, folder: str) -> tuple[int, int]:
        """Select `folder` read-write; return (UIDVALIDITY, UIDNEXT)."""
        client = self._connected()
        # A failed SELECT leaves no folder selected (RFC 3501 6.3.1).
        self._folder = None
        try:
            with self._errors("SELECT"):
                info = client.select_folder(folder, readonly=False)
        except RemoteError:
            if not self.folder_exists(folder):
                raise UserError(f'IMAP folder "{folder}" not found') from None
            raise
        self._folder = folder
        self._permanent_flags = frozenset(_text(flag) for flag in info.get(b"PERMANENTFLAGS", ()))
        uidvalidity = int(info[b"UIDVALIDITY"])
        uidnext = info.get(b"UIDNEXT")
        if uidnext is None:
            # UIDNEXT is optional in RFC 3501 SELECT answers; STATUS always has it.
            with self._errors("STATUS"):
                uidnext = client.folder_status(folder, ["UIDNEXT"])[b"UIDNEXT"]
        return uidvalidity, int(uidnext)

    @property
    def folder(self) -> str | None:
        """The folder selected now, if any."""
        return self._folder

    def folder_exists(self, folder: str) -> bool:
        client = self._connected()
        with self._errors("LIST"):
            return bool(client.folder_exists(folder))

    def supports_keywords(self) -> bool:
        """Whether custom keywords like $CallMeMaybeSkipped persist in the selected folder."""
        self._selected()
        return "\\*" in self._permanent_flags

    # --- messages ---------------------------------------------------------------------------

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid` in the selected folder, ascending."""
        client = self._selected()
        # Servers show a session new mail only once they have announced it (EXISTS), which
        # Dovecot does after a command, not before: without the NOOP, a SEARCH right after
        # another session's delivery misses it.
        with self._errors("NOOP"):
            client.noop()
        with self._errors("UID SEARCH"):
            found = client.search(["UID", f"{last_uid + 1}:*"])
        # "n:*" always matches the highest UID, even when that is below n (RFC 3501 6.4.8).
        return sorted(int(uid) for uid in found if int(uid) > last_uid)

    def uids_since(self, since: datetime) -> list[int]:
        """UIDs of messages that arrived (INTERNALDATE) at or after `since`, ascending.

        IMAP's SEARCH SINCE compares dates only, in the server's own zone, so this searches
        from the day before and then drops what arrived earlier than `since`.
        """
        if since.utcoffset() is None:
            raise ValueError("uids_since() needs an aware datetime")
        client = self._selected()
        day = since.astimezone(UTC).date() - timedelta(days=1)
        with self._errors("NOOP"):
            client.noop()
        with self._errors("UID SEARCH"):
            found = sorted(int(uid) for uid in client.search(["SINCE", day]))
        if not found:
            return []
        # SINCE matches whole days; INTERNALDATE (aware, not normalised to local time) tells
        # the arrival to the second.
        client.normalise_times = False
        try:
            with self._errors("UID FETCH"):
                dates = client.fetch(found, ["INTERNALDATE"])
        finally:
            client.normalise_times = True
        return [
            uid
            for uid in found
            if (arrived := dates.get(uid, {}).get(b"INTERNALDATE")) is None
            or arrived.tzinfo is None
            or arrived >= since
        ]

    def fetch(self, uids: Sequence[int], max_bytes: int | None = None) -> list[Fetched]:
        """Flags, size and body of `uids` (those still present), without setting \\Seen."""
        client = self._selected()
        wanted = sorted(set(uids))
        body = "BODY.PEEK[]" if max_bytes is None else f"BODY.PEEK[]<0.{max_bytes}>"
        # The server names the item BODY[] or BODY[]<0> in its answer.
        answer_key = b"BODY[]" if max_bytes is None else b"BODY[]<0>"
        out: list[Fetched] = []
        for start in range(0, len(wanted), _FETCH_BATCH):
            batch = wanted[start : start + _FETCH_BATCH]
            with self._errors("UID FETCH"):
                answer = client.fetch(batch, [body, "FLAGS", "RFC822.SIZE"])
            for uid in batch:
                item = answer.get(uid)
                # Expunged in between, or an unsolicited FETCH that carries only flags.
                if item is None or answer_key not in item:
                    continue
                out.append(
                    Fetched(
                        uid=uid,
                        flags=frozenset(_text(flag) for flag in item.get(b"FLAGS", ())),
                        size=int(item.get(b"RFC822.SIZE", len(item[answer_key] or b""))),
                        raw=bytes(item[answer_key] or b""),
                    )
                )
        return out

    def add_flags(self, uids: Sequence[int], flags: Sequence[str]) -> None:
        if not uids or not flags:
            return
        client = self._selected()
        with self._errors("UID STORE"):
            client.add_flags(sorted(set(uids)), list(flags), silent=True)

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[str] = (),
        when: datetime | None = None,
    ) -> None:
        """Store `raw` in `folder`; `when` (aware) becomes its INTERNALDATE."""
        if when is not None and when.utcoffset() is None:
            raise ValueError("append() needs an aware datetime")
        client = self._connected()
        try:
            with self._errors("APPEND"):
                client.append(folder, raw, flags=list(flags), msg_time=when)
        except RemoteError:
            if not self.folder_exists(folder):
                raise UserError(f'IMAP folder "{folder}" not found') from None
            raise

    def ensure_folder(self, folder: str) -> None:
        """Create `folder` unless it exists (for Drafts in a dry run)."""
        client = self._connected()
        if not self.folder_exists(folder):
            with self._errors("CREATE"):
                client.create_folder(folder)

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """Whether `folder` holds a message with this Message-ID (e.g. our copy in Sent).

        Looks with EXAMINE and returns to the folder selected before, so the caller's
        IDLE keeps watching the inbox.
        """
        client = self._connected()
        previous = self._folder
        try:
            with self._errors("EXAMINE"):
                client.select_folder(folder, readonly=True)
            with self._errors("UID SEARCH"):
                found = client.search(["HEADER", "Message-ID", message_id.strip("<>")])
        finally:
            if previous is not None:
                self.select(previous)
        return bool(found)

    # --- waiting ----------------------------------------------------------------------------

    def has_idle(self) -> bool:
        client = self._connected()
        with self._errors("CAPABILITY"):
            return self._use_idle and bool(client.has_capability("IDLE"))

    def noop(self) -> None:
        client = self._connected()
        with self._errors("NOOP"):
            client.noop()

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` s for new mail in the selected folder; True if some arrived.

        Uses IDLE where possible (the caller re-issues well before the 29-minute limit), else
        polls with NOOP. A dead or confused connection raises `RemoteError`; the caller then
        reconnects and catches up by UID, which is why a True here is only a hint to look.
        """
        self._selected()
        if self.has_idle():
            return self._idle(timeout)
        return self._poll(timeout)

    def _idle(self, timeout: float) -> bool:
        client = self._selected()
        deadline = time.monotonic() + timeout
        arrived = False
        empty_wakeups = 0
        with self._errors("IDLE"):
            try:
                client.idle()
                while not arrived:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    responses = client.idle_check(timeout=remaining)
                    arrived = _reports_new_mail(responses)
                    if responses or time.monotonic() >= deadline - 0.05:
                        empty_wakeups = 0
                        continue
                    empty_wakeups += 1
                    if empty_wakeups >= _MAX_EMPTY_WAKEUPS:
                        raise _DeadConnection()
                _ignored, late = client.idle_done()
            except BaseException:
                # Mid-IDLE the connection is in an unknown state: drop it (no LOGOUT, which
                # could wait a whole read timeout) so that nothing reuses it.
                self._client, self._folder = None, None
                _drop(client)
                raise
        return arrived or _reports_new_mail(late)

    def _poll(self, timeout: float) -> bool:
        client = self._selected()
        deadline = time.monotonic() + timeout
        while True:
            with self._errors("NOOP"):
                _ignored, responses = client.noop()
            if _reports_new_mail(responses):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(self.poll_interval, remaining))

    # --- helpers ----------------------------------------------------------------------------

    @property
    def _where(self) -> str:
        return f"{self.host}:{self.port}"

    def _connected(self) -> Any:
        if self._client is None:
            raise RemoteError(f"IMAP connection to {self._where} is not open")
        return self._client

    def _selected(self) -> Any:
        client = self._connected()
        if self._folder is None:
            raise RuntimeError("select() a folder first")
        return client

    @contextlib.contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        """Turn library and socket failures into one-line `RemoteError`s."""
        try:
            yield
        except Exception as exc:
            if isinstance(exc, (UserError, RemoteError)):
                raise
            raise self._remote_error(exc, operation) from None

    def _remote_error(self, exc: Exception, operation: str) -> RemoteError:
        where = self._where
        if isinstance(exc, _DeadConnection):
            return RemoteError(f"IMAP connection to {where} died during {operation}")
        if isinstance(exc, ssl.SSLCertVerificationError):
            reason = f"certificate verify failed: {exc.verify_message or 'untrusted'}"
            return RemoteError(f"IMAP server {where} TLS failure: {reason}")
        if isinstance(exc, ssl.SSLError):
            return RemoteError(f"IMAP server {where} TLS failure: {exc.reason or 'handshake'}")
        if isinstance(exc, TimeoutError):
            return RemoteError(f"IMAP server {where} timed out during {operation}")
        if isinstance(exc, IMAPClientAbortError):
            # Its text can quote a partial server line, i.e. message data: leave it out.
            return RemoteError(f"IMAP connection to {where} broke during {operation}")
        if isinstance(exc, IMAPClientError):
            return RemoteError(f"IMAP server {where} refused {operation}{_code_of(exc)}")
        if isinstance(exc, OSError):
            reason = describe_os_error(exc)
            if operation == "connect":
                return RemoteError(f"IMAP server {where} unreachable: {reason}")
            return RemoteError(f"IMAP connection to {where} broke during {operation}: {reason}")
        # Anything else is a bug in us or the library; the type name is safe to show.
        return RemoteError(f"IMAP {operation} on {where} failed unexpectedly: {type(exc).__name__}")


class _DeadConnection(Exception):
    """idle_check() kept waking up with nothing to read: the peer has gone."""


def _reports_new_mail(responses: Sequence[Any]) -> bool:
    # Untagged answers arrive as (number, b"EXISTS") and (number, b"RECENT").
    return any(
        isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")
        for response in responses
    )


def _quietly_drop(client: Any) -> None:
    try:
        client.logout()
    except Exception:
        _drop(client)


def _drop(client: Any) -> None:
    with contextlib.suppress(Exception):
        client.shutdown()


def _text(flag: bytes | str) -> str:
    return flag.decode("ascii", "replace") if isinstance(flag, bytes) else flag


def _code_of(exc: BaseException) -> str:
    """The bracketed IMAP response code of an error, e.g. ' [OVERQUOTA]', or ''."""
    text = str(exc.args[0]) if exc.args else ""
    raw = text.encode("utf-8", "replace")
    match = _RESPONSE_CODE.search(raw)
    return f" [{match.group(1).decode('ascii')}]" if match else ""
