"""What an incoming message is: raw bytes in, a plain `Message` out, and the questions we ask of it.

Pure: no I/O, no clock. `parse` never raises, whatever the bytes, because one broken message must
not stop the inbox loop. Keywords match whole words and phrases only ("call" does not match
"recall", "talk" does not match "talking"): list inflections in the config if they should count.
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
from html.parser import HTMLParser
from typing import Any

# Bounds that keep one hostile message from costing more than a moment.
MAX_RAW = 20_000_000
MAX_TEXT = 1_000_000
MAX_REPLY_SCAN = 10_000  # the new text sits at the top; the reply parser never sees more
# The reply parser's header regexes are quadratic in line length (8,000 chars took a second);
# a line this long is no reply header, so such texts get our own separator rules only.
MAX_LIBRARY_LINE = 1_000
MAX_HEADER = 998  # RFC 5322 line length

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


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(one_line(value))
    except Exception:
        return None
    # "-0000" means "UTC, local zone unknown" (RFC 5322) and parses as naive.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# --- machine mail (RFC 3834) ---------------------------------------------------------------

_AUTOMATED_LOCALS = re.compile(
    r"^(?:mailer-daemon|postmaster|.+-request|owner-.+|bounces?(?:[-+.].*)?"
    # Exchange's system mailbox, the sender of its bounces.
    r"|microsoftexchange[0-9a-f]{32})$"
    # "noreply" as a word anywhere: messages-noreply@, do_not_reply@, noreply+x@, no.reply@.
    r"|(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)(?:$|[-_.+])"
)
# Headers that auto-responders set besides RFC 3834's (Gmail sets X-Autoreply, cPanel
# X-Autorespond, CommuniGate X-Autogenerated, DTC X-Mail-Autoreply and X-AutoReply-From,
# FirstClass X-FC-MachineGenerated). People's mail programs never set them.
_AUTO_REPLY_HEADERS = (
    "x-autoreply",
    "x-autorespond",
    "x-auto-reply",
    "x-autoresponse",
    "x-auto-response",
    "x-mail-autoreply",
    "x-autoreply-from",
    "x-autogenerated",
    "x-fc-machinegenerated",
)
# Ticket systems' own loop guards (Zendesk, Request Tracker, OTRS): ticket mail is never a client.
_TICKET_HEADERS = ("x-zendesk-from-account-id", "x-rt-loop-prevention", "x-otrs-loop")
# Mail that carries no header at all but its subject: Exchange's legacy and localised
# out-of-office replies, and home-made responders. Only at the very start: a person answering
# one writes "Re: Automatic reply: ..." or "AW: Abwesenheitsnotiz: ...", and a person may well
# write "Out of office next week - could we talk?", so the prefix must end in a colon.
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|automatic\s+response|auto[-\s]?reply|auto[-\s]?response"
    r"|out\s+of\s+(?:the\s+)?office(?:\s+auto[-\s]?reply)?"
    r"|abwesenheitsnotiz|automatische\s+antwort|r[ée]ponse\s+automatique"
    r"|respuesta\s+autom[áa]tica|risposta\s+automatica|automatisch\s+antwoord"
    r"|resposta\s+autom[áa]tica)\s*:",
    re.IGNORECASE,
)
# RFC 3834's suggested "Auto:" prefix is a plausible start of a person's subject too ("Auto:
# the car is fixed"), so it counts only on an answer to another message.
_AUTO_PREFIX = re.compile(r"^\s*auto\s*:", re.IGNORECASE)


def _report_kind(msg: EmailMessage, content_type: str) -> str | None:
    if content_type == "message/disposition-notification":
        return "read-receipt"
    if content_type == "message/delivery-status":
        return "delivery-report"
    if content_type != "multipart/report":
        return None
    try:
        kind = msg.get_param("report-type")
    except Exception:
        kind = None
    if isinstance(kind, str) and kind.strip().lower() == "disposition-notification":
        return "read-receipt"
    return "delivery-report"


def _machine_subject(msg: EmailMessage, names: list[str]) -> str | None:
    subject = _header(msg, "Subject")
    if _AUTO_SUBJECT.match(subject):
        return "auto-reply-subject"
    answers = "in-reply-to" in names or "references" in names
    if answers and _AUTO_PREFIX.match(subject):
        return "auto-reply-subject"
    return None


def _machine(msg: EmailMessage, from_raw: str, content_type: str) -> str | None:
    names = _header_names(msg)
    auto = _header(msg, "Auto-Submitted").split(";")[0].strip().lower()
    if "auto-submitted" in names and auto != "no":
        return "auto-submitted"
    precedences = {
        v.strip().lower() for h in ("Precedence", "X-Precedence") for v in _raw_values(msg, h)
    }
    if precedences & {"bulk", "list", "junk", "auto_reply", "auto-reply"}:
        return "precedence"
    if any(n.startswith("list-") for n in names):
        return "mailing-list"
    if "return-path" in names:
        paths = _raw_values(msg, "Return-Path")
        if any("".join(p.split()) in {"<>", ""} for p in paths):
            return "null-return-path"
    report = _report_kind(msg, content_type)
    if report:
        return report
    if "x-auto-response-suppress" in names:
        return "auto-response-suppress"
    if any(n in names for n in _AUTO_REPLY_HEADERS):
        return "auto-reply-header"
    # Mailtraq marks its responses so; qmail's autoresponder adds "Delivered-To: Autoresponder".
    if any("autoresponder" in v.lower() for v in _raw_values(msg, "X-POST-MessageClass")):
        return "auto-reply-header"
    if any(v.strip().lower() == "autoresponder" for v in _raw_values(msg, "Delivered-To")):
        return "auto-reply-header"
    if any(n in names for n in _TICKET_HEADERS):
        return "ticket-system"
    # An Exchange inbox rule answering or forwarding for the sender names the sender here. The
    # value is compared, not merely present: the therapist's own forwarding rule stamps it on
    # every genuine client mail too, with the therapist's address.
    sender = from_raw.strip().lower()
    loops = _raw_values(msg, "X-MS-Exchange-Inbox-Rules-Loop")
    if sender and any(sender in _addresses([v]) for v in loops):
        return "inbox-rule"
    subject = _machine_subject(msg, names)
    if subject:
        return subject
    local = sender.rsplit("@", 1)[0] if sender else ""
    if local and _AUTOMATED_LOCALS.search(local):
        return "automated-sender"
    return None


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


# fmt: off
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
})
# fmt: on
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})


class _HtmlText(HTMLParser):
    """HTML to plain text; `<blockquote>` becomes `>`-quoting so quotes strip like plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.current_depth = 0
        self.quote_depth = 0
        self.skip_depth = 0

    def _break(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            self.lines.append("> " * self.current_depth + line)
        elif self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if not "".join(self.current).strip():
            self.current_depth = self.quote_depth
        self.current.append(data)

    def text(self) -> str:
        self._break()
        return "\n".join(self.lines).strip()


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html[:MAX_TEXT])
        parser.close()
    except Exception:
        pass
    return parser.text()


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


# --- quoted replies and signatures ---------------------------------------------------------

_PARSER: Any = None


def _reply_parser() -> Any:
    global _PARSER
    if _PARSER is None:
        from mailparser_reply import EmailReplyParser

        _PARSER = EmailReplyParser(languages=["en", "de", "fr", "es", "it", "nl"])
    return _PARSER


# A line that starts a quoted message: everything from it on is not the client's new words.
_QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"on\b.{0,300}\bwrote\s*:"
    r"|am\b.{0,300}\bschrieb\b.{0,300}:"
    r"|le\b.{0,300}\ba [ée]crit\s*:"
    r"|el\b.{0,300}\bescribi[óo]\s*:"
    r"|il\b.{0,300}\bha scritto\s*:"
    r"|op\b.{0,300}\bschreef\b.{0,300}:"
    r"|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original"
    r"|messaggio originale|oorspronkelijk bericht)\s*-{2,}"
    r"|-{2,}\s*forwarded message\s*-{2,}|begin forwarded message\s*:"
    r"|_{10,}"
    r")\s*$",
    re.IGNORECASE,
)
_HEADER_FIELD = re.compile(
    r"^\s*\**(?:from|sent|to|cc|subject|date|von|gesendet|an|betreff|datum|de|envoyé|objet"
    r"|enviado|para|asunto|da|inviato|oggetto|van|verzonden|aan|onderwerp)\**\s*:",
    re.IGNORECASE,
)
_FROM_FIELD = re.compile(r"^\s*\**(?:from|von|de|da|van)\**\s*:", re.IGNORECASE)
_SIGNATURE = re.compile(
    r"^\s*(?:--|-- |sent from my\b.*|get outlook for\b.*|von meinem .* gesendet"
    r"|gesendet von meinem\b.*|envoyé de mon\b.*|enviado desde mi\b.*|inviato da\b.*)\s*$",
    re.IGNORECASE,
)


def _quote_header_lines(lines: list[str], i: int) -> int:
    """How many lines from `i` on make up a quote header (0: none)."""
    line = lines[i]
    if _QUOTE_HEADER.match(line):
        return 1
    # Gmail wraps a long "On ... wrote:" line in two.
    starts = line.strip().lower().startswith(("on ", "am ", "le ", "el ", "il ", "op "))
    if starts and i + 1 < len(lines) and _QUOTE_HEADER.match(line + " " + lines[i + 1]):
        return 2
    # Outlook: "From:" followed closely by more header fields.
    if _FROM_FIELD.match(line):
        following = lines[i + 1 : i + 5]
        if sum(1 for f in following if _HEADER_FIELD.match(f)) >= 2:
            count = 1
            while i + count < len(lines) and _HEADER_FIELD.match(lines[i + count]):
                count += 1
            return count
    return 0


def _cut_quotes(text: str) -> str:
    lines = text.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(">"):
            i += 1
            continue
        if _SIGNATURE.match(line):
            break
        header = _quote_header_lines(lines, i)
        if header:
            if any(k.strip() for k in kept):
                break
            # Bottom-posting: the quote comes first; drop its header and keep reading.
            i += header
            continue
        kept.append(line)
        i += 1
    return "\n".join(kept).strip()


def unquoted(full_text: str) -> str:
    """The client's new words: quoted replies, forwarded parts and the signature removed."""
    head = full_text[:MAX_REPLY_SCAN].replace("\r\n", "\n")
    reply: object = None
    if max(map(len, head.split("\n"))) <= MAX_LIBRARY_LINE:
        try:
            reply = _reply_parser().parse_reply(text=head)
        except Exception:
            reply = None
    if not isinstance(reply, str):
        reply = head
    return _cut_quotes(reply)


# --- parse ---------------------------------------------------------------------------------


def _parse_email(raw: bytes) -> EmailMessage:
    try:
        return BytesParser(policy=email.policy.default).parsebytes(raw[:MAX_RAW])
    except Exception:
        return BytesParser(policy=email.policy.compat32).parsebytes(raw[:MAX_RAW])


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
    from_value = _header(msg, "From")
    try:
        name, addr = parseaddr(_CONTROL_RE.sub(" ", from_value))
    except Exception:
        name, addr = "", ""
    addr = addr.strip().lower()
    from_addr = addr if _ADDR_SPEC_RE.match(addr) else ""
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
        machine=_machine(msg, addr, content_type),
        calendar_method=method,
        auth_results=tuple(_raw_values(msg, "Authentication-Results")),
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
    keywords: Collection[str],
    *,
    answers_us: bool = False,
) -> bool:
    """A known client asking to talk: by writing to a trigger address or with a keyword.

    A keyword only inside the quoted part does not count: that is our own text coming back.
    Nor does one in the subject of a reply to our mail (`answers_us`): "Re: Could we talk?"
    is the thread's old subject, and "thanks, see you then" under it asks for nothing.
    """
    if message.machine is not None or not message.from_addr:
        return False
    if message.from_addr not in {r.strip().lower() for r in roster}:
        return False
    triggers = {t.strip().lower() for t in trigger_addresses}
    if any(r in triggers for r in message.recipients):
        return True
    if not answers_us and words_in(message.subject, keywords):
        return True
    return words_in(message.text, keywords)


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
