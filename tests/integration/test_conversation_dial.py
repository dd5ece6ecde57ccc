"""The number to dial in the booked event, who calls whom in the mails, how long the times
are held, and a burst of requests meeting few free times; on real Dovecot, Radicale and
aiosmtpd where the conversation is involved."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import icalendar
import pytest

from daemon.adapters.render import held_until_text
from daemon.config.loading import parse_config
from daemon.core.booking import invite
from daemon.core.errors import ConfigError
from daemon.core.model import Interval
from daemon.flows import reports
from daemon.flows.callevent import call_ics
from daemon.store.db import Store
from tests.rig.practice import Practice, mail, offered_starts, text_of

ANN_PHONE = "+1 212 555 0100"


def with_config(practice: Practice, *replacements: tuple[str, str]) -> None:
    text = practice.path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    practice.path.write_text(text, encoding="utf-8")
    practice.config = parse_config(text, source=str(practice.path))


ANN_WITH_PHONE = ('sessions: "Ann E",', f'sessions: "Ann E", phone: "{ANN_PHONE}",')


def invitation(message: EmailMessage) -> icalendar.cal.Component:
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return icalendar.Calendar.from_ical(parts[0].get_content()).walk("VEVENT")[0]


def book(practice: Practice, sender: str = "Ann Example <ann@example.org>") -> EmailMessage:
    practice.imap.append(mail("Could we talk this week?", sender=sender))
    practice.once()
    offer = practice.sent()[-1]
    practice.imap.append(mail("1 please", sender=sender, reply_to=offer))
    practice.once()
    return practice.sent()[-1]


# --- the number to dial ----------------------------------------------------------------------


def test_the_booked_event_carries_the_clients_number_to_tap(practice: Practice) -> None:
    with_config(practice, ANN_WITH_PHONE)
    confirmation = book(practice)
    [event] = practice.calls()
    assert str(event["LOCATION"]) == "tel:+12125550100"
    assert "\u260e tel:+12125550100" in str(event["DESCRIPTION"])
    # The client's invitation does not carry their own number back to them.
    sent = invitation(confirmation)
    assert "LOCATION" not in sent and "DESCRIPTION" not in sent
    assert "will call you then" in text_of(confirmation)
    # The blank line before "An invitation…" survives the template's endif.
    text = text_of(confirmation).replace("\r\n", "\n")
    assert re.search(r"will call you then\.\n\nAn invitation for your calendar", text)


def test_a_client_without_a_number_is_said_so_in_the_event_and_the_digest(
    practice: Practice,
) -> None:
    book(practice, sender="Bob Sample <bob@example.net>")
    [event] = practice.calls()
    assert str(event["LOCATION"]) == "no phone number on file"
    assert "no phone number on file" in str(event["DESCRIPTION"])
    store = Store.open(practice.config.state_dir)
    try:
        text = reports.weekly_digest(store, practice.config, date.today())
    finally:
        store.close()
    [line] = [line for line in text.splitlines() if "No phone number" in line]
    assert "Bob Sample" in line and "Ann Example" in line


def test_when_the_client_calls_the_mails_give_the_therapists_number(practice: Practice) -> None:
    with_config(
        practice,
        ANN_WITH_PHONE,
        ("timezone: Europe/Berlin}", 'timezone: Europe/Berlin, phone: "+49 30 1234567"}'),
        ("  max_per_week: 8\n", "  max_per_week: 8\n  direction: client_calls\n"),
    )
    confirmation = book(practice)
    offer = practice.sent()[0]
    assert "Please call Robin at the time you choose, on +49 30 1234567" in text_of(offer)
    assert "Please call Robin then, on +49 30 1234567" in text_of(confirmation)
    assert str(invitation(confirmation)["LOCATION"]) == "tel:+49301234567"
    [event] = practice.calls()
    assert str(event["LOCATION"]) == "tel:+12125550100"  # to recognise the caller


def test_a_video_call_carries_the_link_in_the_event_and_the_mails(practice: Practice) -> None:
    link = "https://meet.example.org/robin"
    with_config(
        practice,
        ("  max_per_week: 8\n", f"  max_per_week: 8\n  direction: video\n  video_link: {link}\n"),
    )
    confirmation = book(practice)
    [event] = practice.calls()
    assert str(event["LOCATION"]) == link and str(event["URL"]) == link
    sent = invitation(confirmation)
    assert str(sent["LOCATION"]) == link
    assert link in text_of(confirmation)


def test_session_notes_do_not_take_the_number_line_for_the_therapists_notes() -> None:
    typed = "\u260e tel:+12125550100\nShe sounded calmer; talk about the new job."
    assert invite.without_phone_line(typed) == "She sounded calmer; talk about the new job."
    assert invite.without_phone_line(invite.phone_line(None, "no phone number on file")) == ""


def test_the_calendar_copy_and_the_invitation_of_the_same_call(practice: Practice) -> None:
    with_config(practice, ANN_WITH_PHONE)
    config = practice.config
    [ann] = [c for c in config.clients if c.name == "Ann Example"]
    slot = Interval(datetime(2026, 3, 3, 11, tzinfo=UTC), datetime(2026, 3, 3, 11, 15, tzinfo=UTC))
    now = datetime(2026, 3, 1, tzinfo=UTC)
    copy = icalendar.Calendar.from_ical(call_ics(config, ann, "u@x", slot, now)).walk("VEVENT")[0]
    sent = icalendar.Calendar.from_ical(
        call_ics(config, ann, "u@x", slot, now, method="REQUEST")
    ).walk("VEVENT")[0]
    assert copy["UID"] == sent["UID"] and copy.decoded("DTSTART") == sent.decoded("DTSTART")
    assert str(copy["LOCATION"]) == "tel:+12125550100" and "LOCATION" not in sent


# --- the config ------------------------------------------------------------------------------


def config_text(practice: Practice, *replacements: tuple[str, str]) -> str:
    text = practice.path.read_text(encoding="utf-8")
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def test_phone_numbers_are_e164_with_spaces_removed(practice: Practice) -> None:
    with_config(practice, ANN_WITH_PHONE)
    assert practice.config.clients[0].phone == "+12125550100"
    assert practice.config.clients[1].phone is None
    for bad in ("0171 1234567", "+49 12", "+49 170 123456789012345", "+49-170-1234567"):
        text = config_text(practice, (f'phone: "{ANN_PHONE}"', f'phone: "{bad}"'))
        with pytest.raises(ConfigError) as error:
            parse_config(text)
        assert "clients[0].phone: must be an international number" in str(error.value)


def test_direction_needs_what_its_mails_say(practice: Practice) -> None:
    calls = ("  max_per_week: 8\n", "  max_per_week: 8\n  direction: client_calls\n")
    with pytest.raises(ConfigError) as error:
        parse_config(config_text(practice, calls))
    assert "therapist.phone: is needed when clients call you" in str(error.value)
    video = ("  max_per_week: 8\n", "  max_per_week: 8\n  direction: video\n")
    with pytest.raises(ConfigError) as error:
        parse_config(config_text(practice, video))
    assert "calls.video_link: is needed for video calls" in str(error.value)
    assert practice.config.calls.how == "phone"
    assert practice.config.calls.remind_before == timedelta(hours=2)
    off = ("  max_per_week: 8\n", "  max_per_week: 8\n  remind_before: 0\n")
    assert parse_config(config_text(practice, off)).calls.remind_before == timedelta(0)


# --- how long the times are held -------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "language", "expected"),
    [
        (2, "en", r"today 1\d:\d\d"),
        (24, "en", r"tomorrow 1\d:\d\d"),
        (24, "de", r"morgen 1\d:\d\d"),
        (48, "en", r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) 1\d:\d\d"),
        (24 * 9, "en", r"\w+day, \w+ \d+, 1\d:\d\d"),
    ],
)
def test_held_until_reads_as_a_day_and_a_time_in_the_clients_zone(
    hours: int, language: str, expected: str
) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    now = datetime(2026, 3, 2, 10, 0, tzinfo=tokyo)
    text = held_until_text(now + timedelta(hours=hours), now, tokyo, language)
    assert re.fullmatch(expected, text.replace("\u202f", " ").replace(" PM", "").replace(" AM", ""))


def test_the_offer_says_until_when_its_times_are_kept(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    # "tomorrow" but on the night clocks go back (24 hours later is then still today).
    assert re.search(r"These times are kept for you until (tomorrow|today) \d", text_of(offer))


# --- a burst of requests, few free times ------------------------------------------------------

TEN = "\n".join(f"  - {{name: Client{n} Sample, email: c{n}@example.net}}" for n in range(10))


def test_a_burst_of_ten_requests_never_meets_nothing_free_while_times_are_only_held(
    practice: Practice,
) -> None:
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    windows = "{" + ", ".join(f'{d}: ["09:00-09:15"]' for d in days) + "}"
    text = practice.path.read_text(encoding="utf-8")
    text = re.sub(r"  windows: \{.*?\}\n", f"  windows: {windows}\n", text, flags=re.S)
    text = text.replace("clients:\n", "clients:\n" + TEN + "\n", 1)
    practice.path.write_text(text, encoding="utf-8")
    practice.config = parse_config(text, source=str(practice.path))
    for n in range(10):
        practice.imap.append(
            mail("Could we talk?", sender=f"Client{n} <c{n}@example.net>", subject=f"Call {n}")
        )
    practice.once()
    offers = {m["To"].addresses[0].addr_spec: m for m in practice.sent()}
    assert len(offers) == 10
    assert all(offered_starts(m) for m in offers.values()), "nobody got nothing-free"
    assert all("personally" not in text_of(m) for m in offers.values())
    # Two clients share a time: the first to choose gets it, the other gets fresh times.
    first_line = {who: offered_starts(m)[0] for who, m in offers.items()}
    sharing = [who for who in offers if first_line[who] == first_line["c9@example.net"]]
    assert len(sharing) >= 2
    winner, other = sharing[0], sharing[1]
    practice.imap.append(mail("1 please", sender=f"W <{winner}>", reply_to=offers[winner]))
    practice.once()
    assert len(practice.calls()) == 1
    practice.imap.append(mail("1 please", sender=f"O <{other}>", reply_to=offers[other]))
    practice.once()
    assert len(practice.calls()) == 1
    answer = practice.sent()[-1]
    assert answer["To"].addresses[0].addr_spec == other
    assert "other times" in text_of(answer) and offered_starts(answer)


def test_a_backlog_of_two_hundred_nothing_free_requests_makes_one_notice(
    practice: Practice,
) -> None:
    from daemon.adapters.render import Composer, Therapist
    from daemon.flows.alerts import Alerts

    store = Store.open(practice.config.state_dir)
    try:
        therapist = practice.config.therapist
        composer = Composer(
            Therapist(therapist.name, therapist.email, None, therapist.tz, therapist.language)
        )
        ids = iter(f"<n{n}@x>" for n in range(10))
        alerts = Alerts(practice.config, store, composer, lambda: next(ids))
        now = datetime(2026, 3, 2, 9, tzinfo=UTC)
        clients = [store.client_id("ann@example.org"), store.client_id("bob@example.net")]
        with store.transaction() as db:
            for n in range(200):
                alerts.note_nothing_free(db, clients[n % 2], now)
        assert alerts.gather_nothing_free(now) == 2
        assert alerts.gather_nothing_free(now) == 0
        [(raw,)] = store.db.execute("SELECT raw FROM outbox WHERE kind = 'notice'").fetchall()
    finally:
        store.close()
    text = bytes(raw).decode()
    assert text.count("- Ann Example") == 1 and text.count("- Bob Sample") == 1


@pytest.mark.parametrize(
    ("booked_before", "now_before", "due"),
    [
        (timedelta(days=1), timedelta(hours=2), True),
        (timedelta(days=1), timedelta(hours=3), False),  # not yet
        (timedelta(days=1), timedelta(0), False),  # the call has begun
        (timedelta(hours=1, minutes=59), timedelta(hours=1), False),  # booked too late
        (timedelta(hours=2, minutes=20), timedelta(hours=2), False),  # right after booking
        (timedelta(hours=3), timedelta(hours=1), True),
    ],
)
def test_when_a_reminder_is_due(booked_before: timedelta, now_before: timedelta, due: bool) -> None:
    from daemon.core.booking import decide

    start = datetime(2026, 3, 3, 11, tzinfo=UTC)
    slot = Interval(start, start + timedelta(minutes=15))
    two = timedelta(hours=2)
    assert decide.reminder_due(slot, start - booked_before, start - now_before, two) is due
    assert not decide.reminder_due(slot, start - booked_before, start - now_before, timedelta(0))
