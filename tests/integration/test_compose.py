"""The mails a client (or the therapist) receives, read back the way a mail client would."""

from __future__ import annotations

import email
import html
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from daemon.adapters.render import (
    LANGUAGES,
    Composer,
    Recipient,
    Therapist,
    Thread,
    inert,
    pick_emergency,
    templates_dir,
)
from daemon.core.booking.invite import call_event
from daemon.core.model import Interval
from daemon.core.render import slot_lines

BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 3, 20, 8, 0, tzinfo=UTC)
ROBIN = Therapist("Robin Roe", "robin@example.org", "+49 30 1234567", BERLIN, "en")
ANN = Recipient("Ann Bee", "Ann", "ann@example.net", LONDON)
THREAD = Thread("<q2@mail.example.net>", ("<q1@mail.example.net>",), "Could we talk?")
SLOTS = [
    Interval(
        datetime(2025, 3, 24, 10, tzinfo=BERLIN), datetime(2025, 3, 24, 10, 15, tzinfo=BERLIN)
    ),
    Interval(
        datetime(2025, 3, 25, 16, tzinfo=BERLIN), datetime(2025, 3, 25, 16, 15, tzinfo=BERLIN)
    ),
    Interval(datetime(2025, 3, 27, 9, tzinfo=BERLIN), datetime(2025, 3, 27, 9, 15, tzinfo=BERLIN)),
]
TOKEN = "k7Q/2+x"


def wire(msg: EmailMessage) -> EmailMessage:
    """The message as the recipient's client parses it off the wire."""
    parsed = email.message_from_bytes(msg.as_bytes(), policy=default_policy)
    assert isinstance(parsed, EmailMessage)
    return parsed


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def html_of(msg: EmailMessage) -> str:
    part = msg.get_body(("html",))
    assert part is not None
    return str(part.get_content())


def offer(composer: Composer | None = None, **kwargs: object) -> EmailMessage:
    composer = composer or Composer(ROBIN)
    args: dict[str, object] = {"to": ANN, "thread": THREAD, "slots": SLOTS, "token": TOKEN}
    args.update(kwargs)
    return wire(composer.offer(message_id="<offer-1@example.org>", now=NOW, **args))  # type: ignore[arg-type]


def ics(method: str) -> bytes:
    return call_event(
        uid="call-1@callmemaybe",
        slot=SLOTS[0],
        therapist_name=ROBIN.name,
        therapist_email=ROBIN.email,
        client_name=ANN.name,
        client_email=ANN.email,
        summary="Call A. B.",
        tz=BERLIN,
        now=NOW,
        method=method,
        sequence=1 if method == "CANCEL" else 0,
    )


def every_client_mail(language: str = "en") -> list[EmailMessage]:
    composer = Composer(replace(ROBIN, language=language))
    return [
        offer(composer),
        offer(composer, again=True),
        wire(composer.ask(ANN, THREAD, SLOTS, TOKEN, "<a@x>", NOW)),
        wire(composer.confirmation(ANN, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW)),
        wire(composer.cancellation(ANN, THREAD, SLOTS[0], ics("CANCEL"), "<d@x>", NOW)),
        wire(
            composer.cancellation(
                ANN, THREAD, SLOTS[0], ics("CANCEL"), "<e@x>", NOW, by_therapist=True
            )
        ),
        wire(composer.nothing_free(ANN, THREAD, "<f@x>", NOW)),
    ]


# --- headers --------------------------------------------------------------------------


def test_an_offer_answers_in_the_clients_thread_from_the_therapist() -> None:
    msg = offer()
    assert msg["From"] == "Robin Roe <robin@example.org>"
    assert msg["To"] == "Ann Bee <ann@example.net>"
    assert msg["Subject"] == "Re: Could we talk?"
    assert msg["In-Reply-To"] == "<q2@mail.example.net>"
    assert msg["References"].split() == ["<q1@mail.example.net>", "<q2@mail.example.net>"]
    assert msg["Message-ID"] == "<offer-1@example.org>"
    assert email.utils.parsedate_to_datetime(msg["Date"]) == NOW
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Content-Language"] == "en"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Re: Could we talk?", "Re: Could we talk?"),
        ("RE: re: AW: Could we talk?", "Re: Could we talk?"),
        ("", "Your call with Robin"),
        ("  Re:  ", "Your call with Robin"),
        ("Line one\r\nBcc: evil@example.com", "Re: Line one Bcc: evil@example.com"),
    ],
)
def test_the_subject_says_re_once_on_one_line(original: str, expected: str) -> None:
    msg = offer(thread=Thread("<q@x>", (), original))
    assert msg["Subject"] == expected
    assert msg["Bcc"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi =?utf-8?q?=0D=0AReply-To:_e@x?=", "Hi = ?utf-8?q?=0D=0AReply-To:_e@x?="),
        ("=?=?==??", "= ?= ?== ??"),
        ("a\x00b\x1bc\x7fd\x85e\x9ff", "a b c d e f"),
        ("one\u2028two\u2029three\ufefffour", "one two three four"),
        ("\u202etxt.exe\u202c", "txt.exe"),
        ("  Grüße, 🙂  ", "Grüße, 🙂"),
    ],
)
def test_inert_leaves_no_control_character_and_no_encoded_word(text: str, expected: str) -> None:
    assert inert(text) == expected


@pytest.mark.parametrize(
    "name",
    ["Ann =?utf-8?q?=0D=0ABcc:_e@evil.example?= Bee", "Ann\u2028Bcc: e@evil.example", "Ann\x00"],
)
def test_names_in_headers_are_inert_too(name: str) -> None:
    msg = offer(to=replace(ANN, name=name))
    assert msg["Bcc"] is None and "=?" not in str(msg["To"])
    assert msg["To"].addresses[0].addr_spec == "ann@example.net"
    assert "\n" not in str(msg["To"]) and "\x00" not in str(msg["To"])


def test_a_message_id_holding_an_encoded_word_is_not_echoed() -> None:
    evil = "<=?utf-8?q?=0D=0AReply-To:_e@evil.example?=@x>"
    msg = offer(thread=Thread(evil, (evil, "<ok@x>"), "Hi"))
    assert msg["In-Reply-To"] is None
    assert msg["References"] == "<ok@x>"
    assert msg["Reply-To"] is None


def test_references_keep_the_thread_root_and_stay_short() -> None:
    refs = tuple(f"<r{n}@x>" for n in range(40))
    msg = offer(thread=Thread("<last@x>", refs, "Hi"))
    ids = msg["References"].split()
    assert len(ids) <= 10
    assert ids[0] == "<r0@x>"
    assert ids[-1] == "<last@x>"


def test_a_first_message_without_message_id_still_gets_an_answer() -> None:
    msg = offer(thread=Thread(None, (), "Hi"))
    assert msg["In-Reply-To"] is None
    assert msg["References"] is None
    assert msg["Subject"] == "Re: Hi"


# --- the offer's body -----------------------------------------------------------------


def test_an_offer_has_a_text_and_an_html_alternative() -> None:
    msg = offer()
    assert msg.get_content_type() == "multipart/alternative"
    kinds = [part.get_content_type() for part in msg.iter_parts()]
    assert kinds == ["text/plain", "text/html"]


def test_an_offer_greets_by_first_name_and_lists_numbered_slots_in_the_clients_zone() -> None:
    msg = offer()
    text, page = text_of(msg), html.unescape(html_of(msg))
    assert text.startswith("Hi Ann,")
    assert "Hi Ann," in page
    lines = slot_lines(SLOTS, LONDON, BERLIN, "en-GB")  # the region of the client's timezone
    for number, line in enumerate(lines, start=1):
        assert f"{number}. {line}" in text
        assert f"{number}. {line}" in page
    # 10:00 in Berlin is 9:00 in London; the therapist's clock is shown too.
    assert "9:00" in lines[0] and "in Berlin" in lines[0]
    assert "4. " not in text


def test_an_offer_to_someone_in_the_therapists_zone_shows_one_clock() -> None:
    local = Recipient("Ben Cole", "Ben", "ben@example.net", BERLIN)
    text = text_of(offer(to=local))
    assert "Hi Ben," in text
    assert "in Berlin" not in text
    assert "1. " + slot_lines(SLOTS[:1], BERLIN, BERLIN)[0] in text


def test_each_slot_link_opens_a_mail_to_the_therapist_with_the_exact_subject() -> None:
    page = html_of(offer())
    links = [html.unescape(href) for href in re.findall(r'href="(mailto:[^"]+)"', page)]
    assert len(links) == len(SLOTS)
    for number, link in enumerate(links, start=1):
        parts = urlsplit(link)
        assert unquote(parts.path) == "robin@example.org"
        assert parse_qs(parts.query) == {"subject": [f"Call option {number} [ref {TOKEN}]"]}


def test_the_text_says_how_to_choose_and_carries_the_reference() -> None:
    text = text_of(offer())
    assert f"[ref {TOKEN}]" in text
    assert "reply with the number" in text
    assert "none of these times" in text
    assert "Robin will call you at the time you choose" in text
    assert "+49 30 1234567" in text


def test_a_video_offer_gives_the_link_instead_of_a_phone_call() -> None:
    composer = Composer(ROBIN, how="video", video_link="https://meet.example/robin?room=1&x=2")
    msg = offer(composer)
    assert "https://meet.example/robin?room=1&x=2" in text_of(msg)
    assert 'href="https://meet.example/robin?room=1&amp;x=2"' in html_of(msg)
    assert "will call you" not in text_of(msg)


def test_a_video_call_needs_a_link() -> None:
    with pytest.raises(ValueError):
        Composer(ROBIN, how="video")


def test_offering_again_says_these_are_other_times() -> None:
    first, again = text_of(offer()), text_of(offer(again=True))
    assert "other times" in again
    assert "other times" not in first.split("1. ")[0]


def test_a_lead_paragraph_comes_first() -> None:
    lead = "If you are in danger right now, please call 112."
    msg = offer(lead=lead)
    assert text_of(msg).startswith(lead + "\n\nHi Ann,")
    page = html_of(msg)
    assert page.index(lead) < page.index("Hi Ann,")


def test_without_a_first_name_the_greeting_is_still_kind() -> None:
    text = text_of(offer(to=Recipient("", "", "ann@example.net", LONDON)))
    assert text.startswith("Hello,")
    assert offer(to=Recipient("", "", "ann@example.net", LONDON))["To"] == "ann@example.net"


# --- untrusted text -------------------------------------------------------------------


def test_hostile_names_and_subjects_stay_inert() -> None:
    evil = Recipient(
        "Ann\r\nBcc: evil@example.com",
        "{{ 7*7 }}<script>alert(1)</script>",
        "ann@example.net",
        LONDON,
    )
    thread = Thread("<q@x>", (), "{{ 7*7 }}\r\nX-Evil: 1")
    msg = offer(to=evil, thread=thread)
    assert msg["Bcc"] is None and msg["X-Evil"] is None
    assert msg["To"].addresses[0].addr_spec == "ann@example.net"
    assert msg["Subject"] == "Re: {{ 7*7 }} X-Evil: 1"
    text, page = text_of(msg), html_of(msg)
    assert "Hi {{ 7*7 }}<script>alert(1)</script>," in text
    assert "49" not in text.split("\n")[0]
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page


def test_the_clients_subject_is_never_quoted_in_the_body() -> None:
    thread = Thread("<q@x>", (), "I feel awful tonight")
    for part in (text_of(offer(thread=thread)), html_of(offer(thread=thread))):
        assert "awful" not in part


# --- confirmation and cancellation (iMIP) ---------------------------------------------


def layout(msg: EmailMessage) -> list[object]:
    if msg.is_multipart():
        return [msg.get_content_type(), [layout(part) for part in msg.iter_parts()]]  # type: ignore[arg-type]
    return [msg.get_content_type()]


def calendar_part(msg: EmailMessage) -> EmailMessage:
    (part,) = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert isinstance(part, EmailMessage)
    return part


def test_a_confirmation_is_laid_out_the_way_mail_clients_recognise_an_invitation() -> None:
    msg = wire(Composer(ROBIN).confirmation(ANN, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW))
    assert layout(msg) == [
        "multipart/mixed",
        [
            ["multipart/alternative", [["text/plain"], ["text/html"], ["text/calendar"]]],
            ["application/ics"],
        ],
    ]
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content() == ics("REQUEST")
    assert msg["Content-Language"] == "en"
    assert msg["Subject"] == "Re: Could we talk?"


def test_the_confirmations_calendar_part_says_request_in_header_and_body() -> None:
    msg = wire(Composer(ROBIN).confirmation(ANN, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW))
    part = calendar_part(msg)
    assert part.get_param("method") == "REQUEST"
    assert part.get_content_charset() == "utf-8"
    cal = Calendar.from_ical(part.get_content())
    assert str(cal["METHOD"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == SLOTS[0].start


def test_the_confirmation_names_the_time_in_the_clients_zone() -> None:
    msg = wire(Composer(ROBIN).confirmation(ANN, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW))
    text = text_of(msg)
    assert slot_lines(SLOTS[:1], LONDON, BERLIN, "en-GB")[0] in text
    assert "booked" in text and "attached" in text


def test_a_cancellation_says_cancel_in_header_and_body() -> None:
    msg = wire(Composer(ROBIN).cancellation(ANN, THREAD, SLOTS[0], ics("CANCEL"), "<d@x>", NOW))
    part = calendar_part(msg)
    assert part.get_param("method") == "CANCEL"
    assert str(Calendar.from_ical(part.get_content())["METHOD"]) == "CANCEL"
    assert layout(msg)[0] == "multipart/mixed"
    assert "cancelled" in text_of(msg)


def test_a_cancellation_by_the_therapist_apologises_and_promises_new_times() -> None:
    msg = wire(
        Composer(ROBIN).cancellation(
            ANN, THREAD, SLOTS[0], ics("CANCEL"), "<d@x>", NOW, by_therapist=True
        )
    )
    text = text_of(msg)
    assert "Robin can't make this time after all" in text
    assert "new times" in text


def test_an_invitation_whose_body_disagrees_with_its_purpose_is_refused() -> None:
    composer = Composer(ROBIN)
    with pytest.raises(ValueError):
        composer.cancellation(ANN, THREAD, SLOTS[0], ics("REQUEST"), "<d@x>", NOW)
    with pytest.raises(ValueError):
        composer.confirmation(ANN, THREAD, SLOTS[0], ics("CANCEL"), "<c@x>", NOW)


# --- the other mails ------------------------------------------------------------------


def test_asking_again_lists_the_slots_and_asks_for_the_number() -> None:
    msg = wire(Composer(ROBIN).ask(ANN, THREAD, SLOTS, TOKEN, "<a@x>", NOW))
    text = text_of(msg)
    assert "Hi Ann," in text
    assert "the number" in text
    for number, line in enumerate(slot_lines(SLOTS, LONDON, BERLIN, "en-GB"), start=1):
        assert f"{number}. {line}" in text
    assert len(re.findall(r'href="mailto:', html_of(msg))) == len(SLOTS)


def test_when_nothing_is_free_the_therapist_will_get_back() -> None:
    msg = wire(Composer(ROBIN).nothing_free(ANN, THREAD, "<f@x>", NOW))
    assert "will write to you personally soon" in text_of(msg)
    # The therapist's limits stay invisible: no word of a lack of time.
    assert not re.search(r"no free|time|days|busy", text_of(msg).split("Warm wishes")[0])
    assert msg["Auto-Submitted"] == "auto-replied"


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_mail_mentions_counts_limits_or_caps(language: str) -> None:
    banned = re.compile(
        r"\b(limit\w*|maxim\w*|cap|caps|quota|allowed|allowance|per (day|week)|too many"
        r"|\d+ (calls|times)|begrenz\w*|höchstens|kontingent|pro (tag|woche)|zu viele"
        r"|\d+ (gespräche|anrufe))\b",
        re.IGNORECASE,
    )
    for msg in every_client_mail(language):
        for body in (text_of(msg), html_of(msg)):
            assert not banned.search(body), banned.search(body)


def test_every_client_mail_is_marked_as_an_automatic_reply() -> None:
    for msg in every_client_mail():
        assert msg["Auto-Submitted"] == "auto-replied"
        assert msg["From"] == "Robin Roe <robin@example.org>"
        assert msg["Subject"] == "Re: Could we talk?"


def test_a_notice_to_the_therapist_is_short_plain_text() -> None:
    msg = wire(
        Composer(ROBIN).notice_to_therapist(
            "robin@example.org",
            "Call booked\r\nBcc: x@y",
            ["A. B. booked Monday 10:00.", "Nothing else to do."],
            "<n@x>",
            NOW,
        )
    )
    assert msg.get_content_type() == "text/plain"
    assert msg["Subject"] == "Call booked Bcc: x@y"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["To"] == "robin@example.org"
    assert "A. B. booked Monday 10:00.\nNothing else to do.\n" in str(msg.get_content())


# --- templates ------------------------------------------------------------------------


def test_the_shipped_templates_are_found_from_the_source_tree() -> None:
    assert (templates_dir() / "en" / "offer.txt.j2").is_file()


def test_a_templates_folder_replaces_one_template_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "nothing_free.txt.j2").write_text(
        "Dear {{ first_name }}, {{ therapist_name }} will write to you soon.\n"
    )
    composer = Composer(ROBIN, templates=tmp_path)
    msg = wire(composer.nothing_free(ANN, THREAD, "<f@x>", NOW))
    assert text_of(msg) == "Dear Ann, Robin Roe will write to you soon.\n"
    assert "write to you personally soon" in html_of(msg)
    assert "Hi Ann," in text_of(offer(composer))


def test_an_unknown_language_falls_back_to_english() -> None:
    composer = Composer(Therapist("Robin Roe", "robin@example.org", None, BERLIN, "xx-YY"))
    msg = offer(composer)
    assert msg["Content-Language"] == "en"
    assert text_of(msg).startswith("Hi Ann,")
    assert "(from" not in text_of(msg)


def test_a_slot_across_a_dst_change_is_shown_in_each_zones_own_offset() -> None:
    # London and Berlin both spring forward on 30 March 2025: 1 hour apart before and after.
    slot = Interval(
        datetime(2025, 3, 30, 9, tzinfo=UTC),
        datetime(2025, 3, 30, 9, tzinfo=UTC) + timedelta(minutes=15),
    )
    text = text_of(offer(slots=[slot]))
    assert "10:00" in text and "11:00" in text


def test_a_german_speaking_therapist_writes_in_german() -> None:
    composer = Composer(replace(ROBIN, language="de-DE"))
    msg = offer(composer, thread=Thread("<q@x>", (), ""))
    text = text_of(msg)
    assert msg["Content-Language"] == "de"
    assert msg["Subject"] == "Ihr Gespräch mit Robin"
    # Sie is the default in German: without a title, the full name.
    assert text.startswith("Guten Tag Ann Bee,")
    assert "1. " + slot_lines(SLOTS[:1], LONDON, BERLIN, "de-DE")[0] in text
    assert f"[ref {TOKEN}]" in text
    assert '<html lang="de">' in html_of(msg)


def test_every_language_ships_the_same_templates() -> None:
    names = {lang: sorted(p.name for p in (templates_dir() / lang).iterdir()) for lang in LANGUAGES}
    assert set(LANGUAGES) == {"en", "de", "es"}
    for lang in LANGUAGES:
        assert names[lang] == names["en"], lang


# --- the safety line in every mail to a client -----------------------------------------------


EMERGENCY = {"en": "Call 999 or go to A&E.", "de": "Rufen Sie 112 an.", "es": "Llame al 112."}


def all_client_mails(composer: Composer) -> dict[str, EmailMessage]:
    return {
        "offer": composer.offer(ANN, THREAD, SLOTS, TOKEN, "<o@x>", NOW),
        "offer again": composer.offer(ANN, THREAD, SLOTS, TOKEN, "<o2@x>", NOW, again=True),
        "ask": composer.ask(ANN, THREAD, SLOTS, TOKEN, "<a@x>", NOW),
        "confirmation": composer.confirmation(ANN, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW),
        "moved": composer.confirmation(
            ANN, THREAD, SLOTS[0], ics("REQUEST"), "<m@x>", NOW, moved=True
        ),
        "cancellation": composer.cancellation(ANN, THREAD, SLOTS[0], ics("CANCEL"), "<d@x>", NOW),
        "cancelled by therapist": composer.cancellation(
            ANN, THREAD, SLOTS[0], ics("CANCEL"), "<e@x>", NOW, by_therapist=True
        ),
        "nothing free": composer.nothing_free(ANN, THREAD, "<f@x>", NOW),
        "stranger note": composer.stranger("zed@elsewhere.example", THREAD, "<s@x>", NOW),
        "stranger in crisis": composer.stranger_crisis(
            "zed@elsewhere.example", THREAD, "<z@x>", NOW, None
        ),
    }


@pytest.mark.parametrize(
    ("language", "start", "emergency"),
    [
        ("en", "This mailbox answers automatically.", "Call 999 or go to A&E."),
        ("de", "Dieses Postfach antwortet automatisch.", "Rufen Sie 112 an."),
    ],
)
def test_every_client_mail_ends_with_the_safety_line_in_its_language(
    language: str, start: str, emergency: str
) -> None:
    composer = Composer(replace(ROBIN, language=language), emergency_text=EMERGENCY)
    for kind, mail in all_client_mails(composer).items():
        mail = wire(mail)
        last = text_of(mail).strip().splitlines()[-1]
        assert last.startswith(start) and last.endswith(emergency), kind
        html = html_of(mail)
        assert start in html and emergency.replace("&", "&amp;") in html, kind


def test_one_emergency_text_serves_every_language() -> None:
    composer = Composer(replace(ROBIN, language="de"), emergency_text="Notruf 112.")
    assert (
        text_of(wire(composer.nothing_free(ANN, THREAD, "<f@x>", NOW)))
        .strip()
        .endswith("Notruf 112.")
    )


def test_a_missing_language_falls_back_to_the_therapists_then_the_first() -> None:
    assert pick_emergency(EMERGENCY, "fr", "de") == "Rufen Sie 112 an."
    assert pick_emergency(EMERGENCY, "de-AT") == "Rufen Sie 112 an."
    assert pick_emergency({"de": "a", "en": "b"}, "fr", "it") == "a"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", "Esta es una respuesta automática"),
        ("de", "Dies ist eine automatische Antwort"),
        ("fr", "This is an automatic reply"),
        (None, "This is an automatic reply"),
    ],
)
def test_a_stranger_in_crisis_gets_the_emergency_text_only_in_their_language(
    language: str | None, words: str
) -> None:
    composer = Composer(ROBIN, emergency_text=EMERGENCY)
    mail = wire(composer.stranger_crisis("zed@elsewhere.example", THREAD, "<z@x>", NOW, language))
    text = text_of(mail)
    expected = EMERGENCY.get(language or "en", EMERGENCY["en"])
    assert text.startswith(expected) and words in text
    for private in (ROBIN.name, "Robin", "[ref", ":00", "Ann"):
        assert private not in text and private not in html_of(mail), private
    assert mail["Content-Language"] == (language if language in ("es", "de") else "en")


def test_a_crisis_lead_tops_an_ask_a_confirmation_and_a_cancellation() -> None:
    composer = Composer(ROBIN, emergency_text="Call 999.")
    lead = composer.crisis_lead()
    for mail in (
        composer.ask(ANN, THREAD, SLOTS, TOKEN, "<a@x>", NOW, lead=lead),
        composer.confirmation(ANN, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW, lead=lead),
        composer.cancellation(ANN, THREAD, SLOTS[0], ics("CANCEL"), "<d@x>", NOW, lead=lead),
    ):
        assert text_of(wire(mail)).startswith("Call 999.")
        assert "<p>Call 999.</p>" in html_of(wire(mail))


def test_a_notice_speaks_the_language_it_is_given() -> None:
    notice = Composer(ROBIN).notice_to_therapist(
        "robin@example.org", "Dringend", ["Eine Zeile."], "<n@x>", NOW, language="de"
    )
    assert notice["Content-Language"] == "de"
