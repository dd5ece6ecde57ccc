"""Every mail the daemon sends, rendered from Jinja2 templates into `EmailMessage`s.

Untrusted text (names, subjects) only ever reaches a template as data, never as template
source; HTML templates autoescape. Every text echoed into a header goes through `inert` first:
`email.policy` parses a value assigned to a header as if it were raw header text, so an
encoded-word inside the client's (already decoded) subject would be decoded a second time,
and on CPython without the CVE-2024-6923 fix its CR/LF would be written out as new headers.
`smtp.py` checks the serialized bytes again before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton, format_time
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    select_autoescape,
)

import daemon
from daemon.core.model import Interval
from daemon.core.render import (
    FALLBACK_LANGUAGE,
    LANGUAGES,
    default_address,
    locale_for,
    locale_tag,
    primary,
    slot_lines,
)

HOWS = ("phone", "video", "client_calls")  # client_calls: the client dials `phone`
OWN_SUBJECT = ("stranger_crisis", "reminder")  # mails whose subject is not the thread's
# RFC 5322 §3.6.4 lets us trim References; keep the thread root and the most recent ones.
MAX_REFERENCES = 10
# No '=?' inside: an id is echoed into In-Reply-To/References, which decode encoded-words.
_MSGID = re.compile(r"<(?:[^<>\s=]|=(?!\?))+>")
# Reply prefixes of common mail clients (English, German, Nordic, Dutch, Italian...).
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|antw|vs|r)(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
MAX_SUBJECT = 200
# Control characters (C0, DEL, C1 with NEL), Unicode line/paragraph separators, the BOM and
# bidirectional overrides (which can make a subject read differently from what it says).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]")

DEFAULT_EMERGENCY_TEXT = (
    "If you are in danger now, call your local emergency number "
    "or go to the nearest emergency department."
)


@dataclass(frozen=True)
class Therapist:
    name: str
    email: str
    phone: str | None
    tz: ZoneInfo
    language: str
    # How running text names the therapist ("Robin"); the full name signs. Default: the
    # first word of the name.
    short_name: str | None = None

    @property
    def call_name(self) -> str:
        return self.short_name or (self.name.split() or [self.name])[0]


@dataclass(frozen=True)
class Recipient:
    name: str
    first_name: str
    email: str
    tz: ZoneInfo
    # The client's own language tag (en-GB, de, es-MX), None for the therapist's.
    language: str | None = None
    # "first_name" (Hi Ann, du, tú) or "formal" (Dear Ms Bee, Sie, usted); None for the
    # language's default.
    address: str | None = None
    title: str | None = None  # Ms, Frau, Sra., Dr.: used by the formal greeting


@dataclass(frozen=True)
class Thread:
    """The client's message we answer."""

    message_id: str | None
    references: tuple[str, ...]
    subject: str


def templates_dir() -> Path:
    """The shipped templates: inside the package when installed, else the source tree's."""
    packaged = Path(daemon.__file__).parent / "templates"
    if packaged.is_dir():
        return packaged
    return Path(daemon.__file__).parent.parent / "templates"


def choice_subject(number: int, token: str) -> str:
    """The subject a per-slot mailto: link prefills; intake recognises it in any language."""
    return f"Call option {number} [ref {token}]"


def mailto(address: str, subject: str) -> str:
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}"


def reply_subject(original: str, default: str) -> str:
    """'Re: <original>' once, on one line, or the default when the original was empty."""
    subject = _REPLY_PREFIX.sub("", one_line(original))[:MAX_SUBJECT].strip()
    return f"Re: {subject}" if subject else one_line(default)


def references(thread: Thread) -> list[str]:
    ids = [m for ref in thread.references for m in _MSGID.findall(ref)]
    if thread.message_id:
        ids += _MSGID.findall(thread.message_id)
    if len(ids) > MAX_REFERENCES:
        ids = ids[:1] + ids[-(MAX_REFERENCES - 1) :]
    return ids


def one_line(text: str) -> str:
    return inert(text)


def inert(text: str) -> str:
    """`text` safe to set as (part of) a header value: one line, no control characters, and
    no encoded-word a parser could decode again ('=?' becomes '= ?', which none does)."""
    return " ".join(_UNSAFE.sub(" ", text).replace("=?", "= ?").split())


def pick_emergency(texts: str | Mapping[str, str], *languages: str | None) -> str:
    """The emergency text for the first of `languages` that has one (the full tag, then its
    primary language), else the first one configured: numbers differ between countries."""
    if isinstance(texts, str):
        return texts
    for language in languages:
        if not language:
            continue
        tag = language.replace("_", "-").lower()
        for key in (tag, primary(tag)):
            if key in texts:
                return texts[key]
    return next(iter(texts.values()), DEFAULT_EMERGENCY_TEXT)


@dataclass(frozen=True)
class SlotView:
    number: int
    text: str
    mailto: str


class Composer:
    def __init__(
        self,
        therapist: Therapist,
        *,
        how: str = "phone",
        video_link: str | None = None,
        templates: Path | None = None,
        emergency_text: str | Mapping[str, str] = DEFAULT_EMERGENCY_TEXT,
    ) -> None:
        if how not in HOWS:
            raise ValueError(f"how must be one of {', '.join(HOWS)}, not {how!r}")
        if how == "video" and not video_link:
            raise ValueError("a video call needs a video_link")
        self.therapist = therapist
        self.emergency_text = emergency_text
        self.how = how
        self.video_link = video_link
        loaders = [FileSystemLoader(templates)] if templates is not None else []
        loaders.append(FileSystemLoader(templates_dir()))
        self._env = Environment(
            loader=ChoiceLoader(loaders),
            autoescape=select_autoescape(
                enabled_extensions=("html", "html.j2"), default_for_string=False, default=False
            ),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.language = self._speak(None)[0]  # the therapist's, for notices

    # --- mails to the client ---------------------------------------------------------

    def offer(
        self,
        to: Recipient,
        thread: Thread,
        slots: Sequence[Interval],
        token: str,
        message_id: str,
        now: datetime,
        *,
        again: bool = False,
        lead: str | None = None,
        held_until: datetime | None = None,
    ) -> EmailMessage:
        context = self._context(to, token=token)
        context |= {"slots": self._slot_views(to, slots, token), "again": again}
        context["lead"] = _paragraphs(lead)
        # "until tomorrow 14:00", in the client's zone; None leaves the line out.
        context["held_until"] = (
            held_until_text(held_until, now, to.tz, self._speak(to.language, to.tz)[1])
            if held_until
            else None
        )
        return self._client_mail("offer", to, thread, message_id, now, context)

    def reminder(
        self, to: Recipient, slot: Interval, message_id: str, now: datetime, *, thread: Thread
    ) -> EmailMessage:
        """The short note before a booked call: when, and who calls whom."""
        context = self._context(to, when=self._when(to, slot))
        return self._client_mail("reminder", to, thread, message_id, now, context)

    def ask(
        self,
        to: Recipient,
        thread: Thread,
        slots: Sequence[Interval],
        token: str,
        message_id: str,
        now: datetime,
        *,
        lead: str | None = None,
    ) -> EmailMessage:
        context = self._context(to, slots=self._slot_views(to, slots, token), token=token)
        context["lead"] = _paragraphs(lead)
        return self._client_mail("ask", to, thread, message_id, now, context)

    def confirmation(
        self,
        to: Recipient,
        thread: Thread,
        slot: Interval,
        event_ics: bytes,
        message_id: str,
        now: datetime,
        *,
        moved: bool = False,
        lead: str | None = None,
    ) -> EmailMessage:
        """The booked call with its invitation; `moved`: the therapist moved it (same UID,
        higher SEQUENCE), and the mail says so in one line."""
        context = self._context(to, when=self._when(to, slot), moved=moved)
        context["lead"] = _paragraphs(lead)
        invitation = (event_ics, "REQUEST")
        return self._client_mail("confirmation", to, thread, message_id, now, context, invitation)

    def cancellation(
        self,
        to: Recipient,
        thread: Thread,
        slot: Interval,
        event_ics: bytes,
        message_id: str,
        now: datetime,
        *,
        by_therapist: bool = False,
        lead: str | None = None,
    ) -> EmailMessage:
        context = self._context(to, when=self._when(to, slot), by_therapist=by_therapist)
        context["lead"] = _paragraphs(lead)
        invitation = (event_ics, "CANCEL")
        return self._client_mail("cancellation", to, thread, message_id, now, context, invitation)

    def nothing_free(
        self,
        to: Recipient,
        thread: Thread,
        message_id: str,
        now: datetime,
        *,
        lead: str | None = None,
    ) -> EmailMessage:
        context = self._context(to, lead=_paragraphs(lead))
        return self._client_mail("nothing_free", to, thread, message_id, now, context)

    def crisis_lead(self, to: Recipient | None = None) -> str:
        """What a reply leads with when the client's words suggest they may be in danger:
        the therapist's emergency text, and plainly that this mailbox answers by itself.
        In `to`'s language and form of address (None: the therapist's language)."""
        context = self._context(to or Recipient("", "", "", self.therapist.tz))
        context["emergency_text"] = self.emergency(context["lang"])
        return self._render("crisis_lead.txt.j2", context, context["lang"]).strip()

    def language_for(self, to: Recipient) -> str:
        """The language `to` gets their mail in: a supported one, else English."""
        return self._speak(to.language)[0]

    def emergency(self, language: str) -> str:
        return pick_emergency(self.emergency_text, language, self.therapist.language)

    def safety_line(self, language: str, *, formal: bool = True) -> str:
        """The gentle last line of every mail to a client: a crisis the detector missed
        still meets the way to help. `formal`: Sie/usted rather than du/tú."""
        context = {"emergency_text": self.emergency(language), "formal": formal}
        return one_line(self._render("_safety.txt.j2", context, language))

    def stranger_crisis(
        self, to_address: str, thread: Thread, message_id: str, now: datetime, language: str | None
    ) -> EmailMessage:
        """Someone we do not know, or cannot trust, may be in danger: the emergency text and
        nothing else. No times, no names, nothing about anyone. In the language they wrote
        in when we have the words for it, else the therapist's."""
        lang = self.language
        if language and self._has(f"{primary(language)}/stranger_crisis.txt.j2"):
            lang = primary(language)
        to = Recipient("", "", to_address, self.therapist.tz)
        context = {"lang": lang, "emergency_text": self.emergency(lang)}
        return self._client_mail(
            "stranger_crisis", to, thread, message_id, now, context, language=lang
        )

    def stranger(
        self,
        to_address: str,
        thread: Thread,
        message_id: str,
        now: datetime,
        *,
        lead: str | None = None,
    ) -> EmailMessage:
        """The one short note an unknown sender may get: no slots, no names of anyone."""
        to = Recipient("", "", to_address, self.therapist.tz)
        context = self._context(to, lead=_paragraphs(lead))
        return self._client_mail("stranger", to, thread, message_id, now, context)

    # --- mail to the therapist -------------------------------------------------------

    def notice_to_therapist(
        self,
        to_address: str,
        subject: str,
        lines: Sequence[str],
        message_id: str,
        now: datetime,
        *,
        urgent: bool = False,
        language: str | None = None,
    ) -> EmailMessage:
        """A short plain-text notice; callers pass facts, never a client's message text."""
        lang = language or self.language
        msg = EmailMessage(policy=default_policy)
        msg["From"] = Address(display_name="callmemaybe", addr_spec=self.therapist.email)
        msg["To"] = Address(addr_spec=to_address)
        msg["Subject"] = one_line(subject)[:MAX_SUBJECT] or "callmemaybe"
        msg["Message-ID"] = one_line(message_id)
        msg["Date"] = format_datetime(now)
        # auto-generated, not auto-replied: this mail answers nobody (RFC 3834 §5).
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
        if urgent:
            # What Outlook, Apple Mail and Thunderbird show as high priority.
            msg["Importance"] = "high"
            msg["X-Priority"] = "1 (Highest)"
            msg["Priority"] = "urgent"
        text = self._render("notice.txt.j2", {"lines": list(lines), "lang": lang}, lang)
        msg.set_content(text)
        msg["Content-Language"] = lang
        return msg

    # --- internals -------------------------------------------------------------------

    def _speak(self, language: str | None, tz: ZoneInfo | None = None) -> tuple[str, str]:
        """The templates' language for a client's tag (None: the therapist's), and the
        locale their dates are written in: the full tag (de-AT) when the templates speak its
        language, so one mail never mixes two, else the language with the region of the
        reader's timezone `tz` (en in Europe/London: en-GB)."""
        tag = language or self.therapist.language
        lang = self._pick_language(tag)
        if primary(tag) != lang or tag.replace("_", "-").lower() == lang:
            tag = locale_tag(lang, tz)
        return lang, tag

    def _pick_language(self, language: str) -> str:
        code = primary(language)
        if code and code.isalpha():
            try:
                self._env.get_template(f"{code}/offer.txt.j2")
                return code
            except TemplateNotFound:
                pass
        return FALLBACK_LANGUAGE

    def _render(self, name: str, context: dict[str, Any], language: str | None = None) -> str:
        lang = language or self.language
        template = self._env.select_template([f"{lang}/{name}", f"en/{name}"])
        return template.render(context)

    def _has(self, name: str) -> bool:
        try:
            self._env.get_template(name)
        except TemplateNotFound:
            return False
        return True

    def _context(self, to: Recipient, **extra: Any) -> dict[str, Any]:
        lang = self._speak(to.language)[0]
        address = to.address or default_address(lang)
        words = to.name.split()
        title = (to.title or "").strip()
        # "Frau Becker" with a title, else the full name ("Guten Tag Ann Becker").
        surname = " ".join(words[1:]) or to.name.strip()
        return {
            "lang": lang,
            "therapist_name": self.therapist.name,
            "short_name": self.therapist.call_name,
            "phone": self.therapist.phone,
            "how": self.how,
            "video_link": self.video_link,
            "first_name": to.first_name.strip(),
            "formal": address == "formal",
            "formal_name": f"{title} {surname}" if title else " ".join(words),
            "title": title,
            "lead": [],
            **extra,
        }

    def _lines(self, to: Recipient, slots: Sequence[Interval]) -> list[str]:
        lang, tag = self._speak(to.language, to.tz)
        elsewhere = self._render("_elsewhere.txt.j2", {}, lang).strip()
        return slot_lines(slots, to.tz, self.therapist.tz, tag, elsewhere)

    def _slot_views(self, to: Recipient, slots: Sequence[Interval], token: str) -> list[SlotView]:
        return [
            SlotView(n, line, mailto(self.therapist.email, choice_subject(n, token)))
            for n, line in enumerate(self._lines(to, slots), start=1)
        ]

    def _when(self, to: Recipient, slot: Interval) -> str:
        return self._lines(to, [slot])[0]

    def _client_mail(
        self,
        kind: str,
        to: Recipient,
        thread: Thread,
        message_id: str,
        now: datetime,
        context: dict[str, Any],
        invitation: tuple[bytes, str] | None = None,
        *,
        language: str | None = None,
    ) -> EmailMessage:
        lang = language or str(context.get("lang") or self.language)
        formal = bool(context.get("formal", True))
        context = context | {"safety_line": self.safety_line(lang, formal=formal)}
        msg = EmailMessage(policy=default_policy)
        msg["From"] = Address(
            display_name=one_line(self.therapist.name), addr_spec=self.therapist.email
        )
        msg["To"] = Address(display_name=one_line(to.name), addr_spec=to.email)
        default = self._render(
            f"{kind}_subject.txt.j2" if kind in OWN_SUBJECT else "subject.txt.j2",
            context,
            lang,
        ).strip()
        msg["Subject"] = reply_subject(thread.subject, default)
        refs = references(thread)
        if thread.message_id and _MSGID.fullmatch(thread.message_id.strip()):
            msg["In-Reply-To"] = thread.message_id.strip()
        if refs:
            msg["References"] = " ".join(refs)
        msg["Message-ID"] = one_line(message_id)
        msg["Date"] = format_datetime(now)
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        msg.set_content(self._render(f"{kind}.txt.j2", context, lang))
        msg.add_alternative(self._render(f"{kind}.html.j2", context, lang), subtype="html")
        if invitation is not None:
            _attach_invitation(msg, *invitation)
        # Last: set_content and make_mixed move every Content-* header into a subpart.
        msg["Content-Language"] = lang
        return msg


_NEAR_DAYS = {"en": ("today", "tomorrow"), "de": ("heute", "morgen"), "es": ("hoy", "mañana")}


def held_until_text(until: datetime, now: datetime, tz: ZoneInfo, language: str) -> str:
    """ "tomorrow 14:00", "Tuesday 14:00" or "Tuesday, 8 December 14:00", in `tz`."""
    locale = locale_for(language)
    local, today = until.astimezone(tz), now.astimezone(tz).date()
    days = (local.date() - today).days
    near = _NEAR_DAYS.get(primary(language))
    if near is not None and days in (0, 1):
        day = near[days]
    elif 0 <= days < 7:
        day = format_date(local, "EEEE", locale=locale)
    else:
        weekday = format_date(local, "EEEE", locale=locale)
        day = f"{weekday}, {format_skeleton('MMMMd', local, locale=locale)},"
    return f"{day} {format_time(local.time(), 'short', locale=locale)}"


def _paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split("\n\n") if p.strip()]


def _attach_invitation(msg: EmailMessage, ics: bytes, method: str) -> None:
    """iMIP: the calendar part inside the alternative, plus the same bytes as invite.ics."""
    if f"METHOD:{method}".encode() not in ics:
        # A CANCEL sent as REQUEST leaves the call in the client's calendar; refuse early.
        raise ValueError(f"the invitation's body does not say METHOD:{method}")
    msg.add_alternative(
        ics.decode("utf-8"), subtype="calendar", charset="utf-8", params={"method": method}
    )
    msg.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")


__all__ = [
    "LANGUAGES",
    "Composer",
    "Recipient",
    "Therapist",
    "Thread",
    "choice_subject",
    "mailto",
    "pick_emergency",
    "reply_subject",
    "templates_dir",
]
