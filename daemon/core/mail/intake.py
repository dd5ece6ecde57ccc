"""What an incoming message is: raw bytes in, a plain `Message` out, and the questions we ask of it.

Pure: no I/O, no clock. `parse` never raises, whatever the bytes, because one broken message must
not stop the inbox loop. Whether a message asks to talk is `intent`'s question; the optional
extra keywords match whole words and phrases only ("call" does not match "recall", "talk" does
not match "talking"): list inflections in the config if they should count.
"""

from __future__ import annotations

import codecs
import email.policy
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message as EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from daemon.core.mail import intent_model
from daemon.core.mail.machines import machine as _machine
from daemon.core.mail.quotes import MAX_TEXT, html_to_text, unquoted
from daemon.core.mail.quotes import warm as warm_quotes

# Bounds that keep one hostile message from costing more than a moment (MAX_TEXT: quotes.py).
MAX_RAW = 20_000_000
MAX_HEADER = 998  # RFC 5322 line length
# Checked on the bytes before the mail library sees them (`oversize`): the library's header
# parser is super-linear on some inputs. Real mail stays far below: long threads carry a few
# KB of References, a big Cc list some 20 KB, a signed and relayed header block some 50 KB.
MAX_HEADER_BLOCK = 256 * 1024
MAX_HEADER_FIELD = 32 * 1024  # one header, folded lines together
MAX_HEADER_COUNT = 500
MAX_PARTS = 500  # lines starting with "--": every MIME boundary is one (and some text too)

REF_RE = re.compile(r"\[ref\s+([a-z0-9]{8})\]", re.IGNORECASE)
_MSGID_RE = re.compile(r"<[^<>]+>")
_ADDR_SPEC_RE = re.compile(r"^[^\s<>@,;:\"()\[\]]+@[^\s<>@,;:\"()\[\]]+$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@dataclass(frozen=True)
class Message:
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    from_addr: str
    from_name: str
    recipients: tuple[str, ...]
    subject: str
    text: str
    full_text: str
    date: datetime | None
    machine: str | None
    calendar_method: str | None
    # Authentication-Results headers, as stamped by whichever servers; `authres` decides
    # which to trust.
    auth_results: tuple[str, ...] = ()
    # Whether the message could be read at all (broken MIME is still parsed as far as it goes).
    unreadable: bool = False
    # The From header can be read as more than one sender (see `_sender`): a stranger's.
    from_ambiguous: bool = False


# --- headers -------------------------------------------------------------------------------


def _raw_values(msg: EmailMessage, name: str) -> list[str]:
    """Every value of header `name`, decoded as well as it can be; never raises."""
    values: list[str] = []
    try:
        found = msg.get_all(name) or []
        values = [str(v) for v in found]
    except Exception:
        # policy.default raises on some malformed headers; decode the raw text ourselves.
        try:
            for key, raw in msg.raw_items():
                if key.lower() == name.lower():
                    values.append(_decode_words(str(raw)))
        except Exception:
            return []
    return values


def _decode_words(raw: str) -> str:
    try:
        return str(make_header(decode_header(raw)))
    except Exception:
        return raw


def _header(msg: EmailMessage, name: str) -> str:
    values = _raw_values(msg, name)
    return values[0] if values else ""


def _header_names(msg: EmailMessage) -> list[str]:
    try:
        return [str(k).lower() for k in msg]
    except Exception:
        return []


def one_line(value: str, limit: int = MAX_HEADER) -> str:
    """A header value safe to echo into our own headers: no CR/LF or other control characters."""
    return " ".join(_CONTROL_RE.sub(" ", value).split())[:limit]


def _param(msg: EmailMessage, name: str) -> str | None:
    """A Content-Type parameter as plain text; None if absent, RFC 2231-encoded or broken."""
    try:
        value = msg.get_param(name)
    except Exception:
        return None
    return value if isinstance(value, str) else None


def _msg_ids(value: str) -> list[str]:
    # Folding and sloppy clients put whitespace inside ids; ids never legitimately contain any.
    compact = "".join(_CONTROL_RE.sub("", value).split())
    found = _MSGID_RE.findall(compact)
    if found:
        return [f[:MAX_HEADER] for f in found]
    if compact and "<" not in compact and ">" not in compact:
        return [f"<{compact[: MAX_HEADER - 2]}>"]
    return []


def _addresses(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        try:
            pairs = getaddresses([_CONTROL_RE.sub(" ", value)])
        except Exception:
            continue
        for _, addr in pairs:
            addr = addr.strip().lower()
            if _ADDR_SPEC_RE.match(addr) and addr not in out:
                out.append(addr)
    return out


# Anything that looks like an address, wherever it stands (display name, comment, quotes).
_ADDRESS_LIKE_RE = re.compile(r"[^\s<>()\"',;:@\[\]]+@[^\s<>()\"',;:@\[\]]+")


def _sender(msg: EmailMessage) -> tuple[str, str, str, bool]:
    """(display name, address as parsed, address if usable else "", ambiguous) of the From.

    Ambiguous: not exactly one From header; more than one address in it; an address-like
    text (in the display name, a comment or an encoded-word) other than the address itself;
    or angle brackets that do not pair up. Mail libraries and DMARC verifiers disagree on
    such headers (`ann@example.org <attacker@evil.example>` is Ann to Python's email
    package and evil.example to DMARC), so none of the readings may be trusted.
    """
    try:
        raws = [str(v) for k, v in msg.raw_items() if k.lower() == "from"]
    except Exception:
        raws = []
    if not raws:
        return "", "", "", False
    # The raw value, decoded here once: the policy's own str() drops what it cannot parse.
    value = _CONTROL_RE.sub(" ", _decode_words(_CONTROL_RE.sub(" ", raws[0])))
    try:
        name, addr = parseaddr(value)
        pairs = getaddresses([value])
        # An encoded-word where the address stands is decoded by some readers, not others.
        undecoded = parseaddr(_CONTROL_RE.sub(" ", raws[0]))[1]
    except Exception:
        return "", "", "", True
    addr = addr.strip().lower()
    usable = addr if _ADDR_SPEC_RE.match(addr) and "=?" not in addr else ""
    seen = {found.lower().rstrip(".") for found in _ADDRESS_LIKE_RE.findall(value)}
    opens, closes = value.count("<"), value.count(">")
    ambiguous = (
        len(raws) != 1
        or len(pairs) > 1
        or undecoded.strip().lower() != addr
        or bool(seen - {addr})
        or opens != closes
        or opens > 1
        or (opens == 1 and value.index("<") > value.index(">"))
    )
    return name, addr, usable, ambiguous


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(one_line(value))
    except Exception:
        return None
    # "-0000" means "UTC, local zone unknown" (RFC 5322) and parses as naive.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# --- body ----------------------------------------------------------------------------------


def _decode_payload(part: EmailMessage) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        try:
            raw = part.get_payload()
            return raw if isinstance(raw, str) else ""
        except Exception:
            return ""
    try:
        charset = part.get_content_charset() or "utf-8"
    except Exception:
        charset = "utf-8"
    try:
        codecs.lookup(charset)
    except (LookupError, ValueError):
        charset = "utf-8"
    if charset.lower() in {"us-ascii", "ascii"}:
        # Clients often label UTF-8 as ASCII; UTF-8 is a superset, so trying it first loses nothing.
        charset = "utf-8"
    try:
        return payload[:MAX_TEXT].decode(charset, errors="replace")
    except Exception:
        return payload[:MAX_TEXT].decode("utf-8", errors="replace")


def _content_type(part: EmailMessage) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "text/plain"


def _is_attachment(part: EmailMessage) -> bool:
    try:
        return (part.get_content_disposition() or "") == "attachment"
    except Exception:
        return False


def _walk(msg: EmailMessage) -> list[EmailMessage]:
    try:
        return list(msg.walk())[:500]
    except Exception:
        return [msg]


def _bodies(msg: EmailMessage) -> tuple[str, str | None]:
    """(full plain text, METHOD of a text/calendar part)."""
    plain: str | None = None
    html: str | None = None
    method: str | None = None
    for part in _walk(msg):
        kind = _content_type(part)
        if kind.startswith("multipart/"):
            continue
        if kind == "text/calendar" and method is None:
            method = _calendar_method(part)
            continue
        if _is_attachment(part):
            continue
        if kind == "text/plain" and plain is None:
            plain = _decode_payload(part)
        elif kind == "text/html" and html is None:
            html = _decode_payload(part)
    if plain is not None and plain.strip():
        text = plain
    elif html is not None:
        text = html_to_text(html)
    else:
        text = plain or ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[:MAX_TEXT], method


_METHOD_RE = re.compile(r"^METHOD:\s*([A-Za-z-]+)\s*$", re.MULTILINE)


def _calendar_method(part: EmailMessage) -> str | None:
    found = _METHOD_RE.search(_decode_payload(part))
    if found:
        return found.group(1).upper()
    try:
        param = part.get_param("method")
    except Exception:
        param = None
    return param.strip().upper() if isinstance(param, str) and param.strip() else None


# --- cheap facts, before parsing -----------------------------------------------------------

_CHEAP_ADDR_RE = re.compile(rb"<([^<>\s@]+@[^<>\s@]+)>|([^<>\s@,;:\"()]+@[^<>\s@,;:\"()]+)")


def _header_block(raw: bytes, limit: int) -> bytes | None:
    """The header block (without the blank line), or None if it runs past `limit` bytes."""
    window = raw[: limit + 4]
    ends = [i for i in (window.find(b"\n\n"), window.find(b"\n\r\n")) if i >= 0]
    if ends:
        end = min(ends)
        return window[:end] if end <= limit else None
    return window if len(raw) <= limit else None


def _fields(block: bytes) -> list[bytes]:
    """Header fields, folded lines joined; linear in the block's size."""
    fields: list[bytearray] = []
    for line in block.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line
        else:
            fields.append(bytearray(line))
    return [bytes(f) for f in fields if f.strip()]


def oversize(
    raw: bytes,
    *,
    max_block: int = MAX_HEADER_BLOCK,
    max_field: int = MAX_HEADER_FIELD,
    max_count: int = MAX_HEADER_COUNT,
    max_parts: int = MAX_PARTS,
) -> str | None:
    """Why the mail library must not see this message (None: it may), from the bytes alone.

    For logs and records: names the limit, never the content.
    """
    block = _header_block(raw, max_block)
    if block is None:
        return "header block too large"
    fields = _fields(block)
    if len(fields) > max_count:
        return "too many headers"
    if any(len(f) > max_field for f in fields):
        return "header too long"
    parts = raw.count(b"\n--") + raw.startswith(b"--")
    if parts > max_parts:
        return "too many MIME parts"
    return None


def cheap_from(raw: bytes) -> str:
    """The From address read from the bytes without the mail library, lower-case ("" if none):
    only to tell the therapist that a client's message was set aside, never to answer it."""
    block = _header_block(raw, MAX_HEADER_BLOCK) or raw[:MAX_HEADER_BLOCK]
    for field in _fields(block):
        name, colon, value = field.partition(b":")
        if colon and name.strip().lower() == b"from":
            found = _CHEAP_ADDR_RE.search(value[: 4 * MAX_HEADER])
            if found:
                addr = (found.group(1) or found.group(2)).decode("ascii", "replace").lower()
                return addr if _ADDR_SPEC_RE.match(addr) else ""
            return ""
    return ""


# --- parse ---------------------------------------------------------------------------------


def _parse_email(raw: bytes) -> EmailMessage:
    try:
        return BytesParser(policy=email.policy.default).parsebytes(raw[:MAX_RAW])
    except Exception:
        return BytesParser(policy=email.policy.compat32).parsebytes(raw[:MAX_RAW])


_WARM = (
    b"From: A <a@example.org>\r\nTo: b@example.org\r\nSubject: =?utf-8?q?x?=\r\n"
    b"Date: Mon, 2 Mar 2026 09:00:00 +0100\r\nMessage-ID: <w@example.org>\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
    b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nx\r\n"
    b"--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--\r\n"
)
_warm = False


def warm() -> None:
    """Parse once in this process, so a forked reader inherits every lazily imported module
    and built parser instead of paying for them with each message."""
    global _warm
    if not _warm:
        _warm = True
        warm_quotes()
        parse(_WARM)


def parse(raw: bytes) -> Message:
    try:
        return _parse(raw)
    except Exception:
        # Last resort: an empty message nobody answers rather than a crashed loop.
        return Message(
            None, None, (), "", "", (), "", "", "", None, "unparsable", None, unreadable=True
        )


def _parse(raw: bytes) -> Message:
    msg = _parse_email(raw if isinstance(raw, bytes) else bytes(raw))
    name, addr, from_addr, from_ambiguous = _sender(msg)
    recipients = _addresses(
        v for h in ("To", "Cc", "Delivered-To", "X-Original-To") for v in _raw_values(msg, h)
    )
    message_ids = _msg_ids(_header(msg, "Message-ID"))
    in_reply_to = _msg_ids(_header(msg, "In-Reply-To"))
    references = tuple(
        dict.fromkeys(i for v in _raw_values(msg, "References") for i in _msg_ids(v))
    )
    content_type = _content_type(msg)
    full_text, method = _bodies(msg)
    return Message(
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=references,
        from_addr=from_addr,
        from_name=one_line(name),
        recipients=tuple(recipients),
        subject=one_line(_header(msg, "Subject")),
        text=unquoted(full_text),
        full_text=full_text,
        date=_date(_header(msg, "Date")),
        machine=_machine(
            _header_names(msg),
            lambda name: _raw_values(msg, name),
            sender=addr,
            content_type=content_type,
            report_type=_param(msg, "report-type"),
            rule_loop=_addresses(_raw_values(msg, "X-MS-Exchange-Inbox-Rules-Loop")),
        ),
        calendar_method=method,
        auth_results=tuple(_raw_values(msg, "Authentication-Results")),
        from_ambiguous=from_ambiguous,
    )


# --- questions -----------------------------------------------------------------------------


def _phrase_re(phrase: str) -> re.Pattern[str] | None:
    parts = phrase.split()
    if not parts:
        return None
    body = r"\s+".join(re.escape(unicodedata.normalize("NFC", p)) for p in parts)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def words_in(text: str, words: Iterable[str]) -> bool:
    """Whether any of `words` occurs in `text` as a whole word or phrase, ignoring case."""
    haystack = unicodedata.normalize("NFC", text)
    for word in words:
        pattern = _phrase_re(word)
        if pattern is not None and pattern.search(haystack):
            return True
    return False


def is_request(
    message: Message,
    roster: Collection[str],
    trigger_addresses: Collection[str],
    keywords: Collection[str] = (),
    *,
    answers_us: bool = False,
) -> bool:
    """A known client asking to talk: by writing to a trigger address, or in their own words
    (`intent_model.asks`: the rules of `intent` or a sure model, in any of English, German and
    Spanish), or with one of the optional extra `keywords`.

    Words only inside the quoted part do not count: that is our own text coming back.
    Nor does the subject of a reply to our mail (`answers_us`): "Re: Could we talk?"
    is the thread's old subject, and "thanks, see you then" under it asks for nothing.
    """
    if message.machine is not None or not message.from_addr:
        return False
    if message.from_addr not in {r.strip().lower() for r in roster}:
        return False
    triggers = {t.strip().lower() for t in trigger_addresses}
    if any(r in triggers for r in message.recipients):
        return True
    subject = "" if answers_us else message.subject
    if intent_model.asks(message.text, subject):
        return True
    return words_in(subject, keywords) or words_in(message.text, keywords)


def reference_token(message: Message) -> str | None:
    """The 8-character token of one of our offers: from the subject or the client's new text,
    else from the quoted offer (a client that drops In-Reply-To/References still quotes it).
    """
    for source in (message.subject, message.text, message.full_text):
        found = REF_RE.search(source)
        if found:
            return found.group(1).lower()
    return None


def thread_ids(message: Message) -> tuple[str, ...]:
    """Message-IDs this message answers, nearest first, for matching it to our offers."""
    ids = ([message.in_reply_to] if message.in_reply_to else []) + list(
        reversed(message.references)
    )
    return tuple(dict.fromkeys(ids))
