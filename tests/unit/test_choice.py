"""What a client's reply picks: a table of real phrasings against three offered slots.

The slots are Mon 30 Nov 12:00, Tue 1 Dec 12:30 and Thu 3 Dec 17:00 in New York, stored in UTC
as the rest of the program does; the client's words are read in their own zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.core.mail.choice import (
    Cancel,
    Intent,
    Move,
    NoneFit,
    Pick,
    Unclear,
    interpret,
    interpret_booked,
)
from daemon.core.mail.intake import parse
from daemon.core.model import Interval

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")
MAIL = Path(__file__).parent.parent / "data" / "mail"


def slot(local: str, tz: ZoneInfo = NEW_YORK) -> Interval:
    start = datetime.fromisoformat(local).replace(tzinfo=tz).astimezone(UTC)
    return Interval(start, start + timedelta(minutes=20))


SLOTS = (slot("2026-11-30T12:00"), slot("2026-12-01T12:30"), slot("2026-12-03T17:00"))
SUBJECT = "Re: Times for a call"


def read(text: str, subject: str = SUBJECT) -> Intent:
    return interpret(text, subject, SLOTS, NEW_YORK)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # numbers
        ("2", Pick(2, "number")),
        ("2.", Pick(2, "number")),
        ("#2", Pick(2, "number")),
        ("option 2", Pick(2, "number")),
        ("Option 2 works for me. Speak then.\n\nJames", Pick(2, "number")),
        ("number 2", Pick(2, "number")),
        ("No. 3", Pick(3, "number")),
        ("2 please", Pick(2, "number")),
        ("2 works", Pick(2, "number")),
        ("1 is fine", Pick(1, "number")),
        ("Hi Anna,\n\n3 would work.\n\nBest, Sam", Pick(3, "number")),
        ("I'll take 3", Pick(3, "number")),
        ("Let's go with two", Pick(2, "number")),
        ("Two please", Pick(2, "number")),
        ("Three.", Pick(3, "number")),
        ("Nummer 2 bitte", Pick(2, "number")),
        ("ok 2", Pick(2, "number")),
        ("Yes, 2", Pick(2, "number")),
        ("Option 2 (Tuesday 12:30)", Pick(2, "number")),
        # ordinals
        ("the second one", Pick(2, "ordinal")),
        ("The second one please, Tuesday suits me best.", Pick(2, "ordinal")),
        ("2nd", Pick(2, "ordinal")),
        ("first", Pick(1, "ordinal")),
        ("The first option", Pick(1, "ordinal")),
        ("last one", Pick(3, "ordinal")),
        ("The last one please", Pick(3, "ordinal")),
        ("die zweite", Pick(2, "ordinal")),
        ("Den ersten Termin bitte", Pick(1, "ordinal")),
        ("Dienstag passt mir gut, die zweite Zeit also.", Pick(2, "ordinal")),
        ("First of all, thank you! Number 3 please", Pick(3, "number")),
        # weekday and time, in the client's zone
        ("Tuesday works", Pick(2, "day-time")),
        ("tue at 12:30", Pick(2, "day-time")),
        ("Tues 12:30", Pick(2, "day-time")),
        ("12:30 please", Pick(2, "day-time")),
        ("12.30", Pick(2, "day-time")),
        ("Let's do 12.30.", Pick(2, "day-time")),
        ("12:30pm", Pick(2, "day-time")),
        ("12:30 p.m. is good", Pick(2, "day-time")),
        ("5pm", Pick(3, "day-time")),
        ("Thursday at 5", Pick(3, "day-time")),
        ("noon", Pick(1, "day-time")),
        ("Monday at noon", Pick(1, "day-time")),
        ("Dienstag", Pick(2, "day-time")),
        ("Donnerstag um 17 Uhr", Pick(3, "day-time")),
        ("Di. passt", Pick(2, "day-time")),
        ("3rd of December works", Pick(3, "day-time")),
        ("December 3rd", Pick(3, "day-time")),
        ("am 1.12. bitte", Pick(2, "day-time")),
        ("Monday doesn't work, but Tuesday does", Pick(2, "day-time")),
        ("I'm free on Tuesday the 1st", Pick(2, "day-time")),
        ("on the 3rd", Pick(3, "day-time")),
        ("Monday the 1st", Unclear(())),
        ("I have 2 kids so Tuesday is best", Pick(2, "day-time")),
        # numbers inside times, dates and phone numbers are no options
        ("Call me on +1 212 555 0199 for option 3", Pick(3, "number")),
        ("Please call 0171 2345678, the 12:30 one", Pick(2, "day-time")),
        ("I'll take 20 minutes if possible. 3 please", Pick(3, "number")),
        ("I can't do Monday, 2 works", Pick(2, "number")),
        ("2, Tuesday 12:30", Pick(2, "number")),
        # none fit
        ("none of these work", NoneFit()),
        ("None fit, sorry", NoneFit()),
        ("no, none", NoneFit()),
        ("neither", NoneFit()),
        ("do you have other times?", NoneFit()),
        ("I can't do any of these", NoneFit()),
        ("Leider passt keiner davon", NoneFit()),
        ("Haben Sie andere Termine?", NoneFit()),
        # unclear: nothing, several, contradictions, out of range
        ("Thanks!", Unclear(())),
        ("", Unclear(())),
        ("4", Unclear(())),
        ("option 7", Unclear(())),
        ("#0", Unclear(())),
        ("6pm", Unclear(())),
        ("Wednesday", Unclear(())),
        ("Tuesday at 5pm", Unclear(())),
        ("2 or 3", Unclear((2, 3))),
        ("either 1 or 3", Unclear((1, 3))),
        ("1 and 2 both work", Unclear((1, 2))),
        ("Monday or Tuesday", Unclear((1, 2))),
        ("option 1, Tuesday", Unclear((1, 2))),
        ("2 or 5", Unclear((2,))),
        ("none of these work, or maybe option 2", Unclear((2,))),
        ("2) Tuesday", Pick(2, "number")),
        ("I'd like to talk for 20 minutes", Unclear(())),
        ("I'd take one in the afternoon", Unclear(())),
        # "today" and "tomorrow" need the date they were written on
        ("tomorrow works", Unclear(())),
        ("tomorrow at 12:30", Unclear((2,))),
        ("today", Unclear(())),
    ],
)
def test_a_reply_picks(text: str, intent: Intent) -> None:
    assert read(text) == intent


@pytest.mark.parametrize(
    ("subject", "intent"),
    [
        ("Call option 2 [ref k3x9qpz2]", Pick(2, "link")),
        ("Re: Call option 3 [ref k3x9qpz2]", Pick(3, "link")),
        ("AW: Call Option 1 [REF K3X9QPZ2]", Pick(1, "link")),
        ("Call option 9 [ref k3x9qpz2]", Unclear(())),
    ],
)
def test_the_mailto_link_subject_picks(subject: str, intent: Intent) -> None:
    assert read("", subject) == intent
    assert read("Thanks, see you then!", subject) == intent


def test_words_mean_the_clients_local_time() -> None:
    # The same instants read from Berlin: 18:00, 18:30 and 23:00 there.
    assert interpret("18:30", SUBJECT, SLOTS, BERLIN) == Pick(2, "day-time")
    assert interpret("12:30", SUBJECT, SLOTS, BERLIN) == Unclear(())


def test_a_weekday_names_the_local_day_not_the_utc_day() -> None:
    late = (slot("2026-11-30T21:00"), slot("2026-12-01T21:00"))  # Tuesday and Wednesday in UTC
    assert interpret("Monday", SUBJECT, late, NEW_YORK) == Pick(1, "day-time")


def test_a_day_with_two_slots_is_unclear_until_a_time_says_which() -> None:
    slots = (slot("2026-12-01T09:00"), slot("2026-12-01T12:30"), slot("2026-12-03T17:00"))
    assert interpret("Tuesday", SUBJECT, slots, NEW_YORK) == Unclear((1, 2))
    assert interpret("Tuesday at 9", SUBJECT, slots, NEW_YORK) == Pick(1, "day-time")


@pytest.mark.parametrize(
    ("name", "intent"),
    [
        ("outlook_reply_choosing_2_with_quoted_offer", Pick(2, "number")),
        ("apple_mail_reply_on_wrote", Pick(2, "ordinal")),
        ("gmail_german_reply_am_schrieb", Pick(2, "ordinal")),
        ("outlook_original_message_reply", NoneFit()),
        ("gmail_bottom_posted_reply", Pick(3, "number")),
        ("html_reply_with_blockquote", Pick(3, "day-time")),
        ("mailto_link_reply", Pick(3, "link")),
    ],
)
def test_sample_replies_pick(name: str, intent: Intent) -> None:
    msg = parse((MAIL / f"{name}.eml").read_bytes())
    assert interpret(msg.text, msg.subject, SLOTS, NEW_YORK) == intent


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=80))
def test_interpret_never_raises_and_stays_in_range(text: str, subject: str) -> None:
    intent = interpret(text, subject, SLOTS, NEW_YORK)
    if isinstance(intent, Pick):
        assert 1 <= intent.position <= len(SLOTS)
    if isinstance(intent, Unclear):
        assert all(1 <= c <= len(SLOTS) for c in intent.candidates)
    assert interpret_booked(text, subject) in (Cancel(), Move(), None)


# --- replies about a booked call -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("please cancel", Cancel()),
        ("Sorry, I can't make it", Cancel()),
        ("I cannot make it after all", Cancel()),
        ("I need to cancel our call", Cancel()),
        ("Won't be able to make it, sorry.", Cancel()),
        ("Ich muss leider absagen", Cancel()),
        ("can we move it?", Move()),
        ("I need to reschedule", Move()),
        ("Could we find another time?", Move()),
        ("Can we postpone to next week?", Move()),
        ("A different time would be better", Move()),
        ("can't make it, can we move it?", Move()),
        ("I have to cancel... could we reschedule?", Move()),
        ("Können wir den Termin verschieben?", Move()),
        ("thanks, see you then!", None),
        ("no need to cancel", None),
        ("Please don't cancel, I just wanted to confirm.", None),
        ("We don't need to reschedule, all good", None),
        ("", None),
    ],
)
def test_a_reply_about_a_booked_call(text: str, intent: Cancel | Move | None) -> None:
    assert interpret_booked(text, "Re: Your call on Tuesday") == intent


def test_the_subject_of_a_booked_reply_counts_too() -> None:
    assert interpret_booked("", "Cancel please") == Cancel()
    assert interpret_booked("See below", "Re: need to reschedule") == Move()


# --- Spanish, with and without accents -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("la segunda", Pick(2, "ordinal")),
        ("La segunda, por favor.", Pick(2, "ordinal")),
        ("la primera me va bien", Pick(1, "ordinal")),
        ("LA PRIMERA", Pick(1, "ordinal")),
        ("la tercera opción", Pick(3, "ordinal")),
        ("la tercera opcion", Pick(3, "ordinal")),
        ("Me quedo con la última", Pick(3, "ordinal")),
        ("me quedo con la ultima", Pick(3, "ordinal")),
        ("el segundo horario", Pick(2, "ordinal")),
        ("la 2", Pick(2, "number")),
        ("La 3 por favor", Pick(3, "number")),
        ("opción 3", Pick(3, "number")),
        ("opcion 1", Pick(1, "number")),
        ("Hola Robin,\n\nla opción 2 me viene bien.\n\nUn saludo,\nLucía", Pick(2, "number")),
        ("2 por favor", Pick(2, "number")),
        ("dos", Pick(2, "number")),
        ("Sí, la 1", Pick(1, "number")),
        ("elijo la 3", Pick(3, "number")),
        ("el lunes a las 12", Pick(1, "day-time")),
        ("el martes a las 12:30", Pick(2, "day-time")),
        ("el jueves a las 17", Pick(3, "day-time")),
        ("el jueves a las 5 de la tarde", Pick(3, "day-time")),
        ("el jueves a las 5 de la mañana", Unclear(())),
        ("El martes", Pick(2, "day-time")),
        ("el miércoles", Unclear(())),
        ("el miercoles", Unclear(())),
        ("el martes 1", Pick(2, "day-time")),
        ("el 3 de diciembre", Pick(3, "day-time")),
        ("el lunes no puedo, el martes sí", Pick(2, "day-time")),
        ("el lunes a mediodía", Pick(1, "day-time")),
        ("a las 12:30 por favor", Pick(2, "day-time")),
        ("el jueves por la mañana", Pick(3, "day-time")),
        # as with "tomorrow at 12:30": which day is "mañana" depends on when they wrote
        ("mañana a las 10", Unclear(())),
        ("manana a las 12:30", Unclear((2,))),
        ("ninguna me viene bien", NoneFit()),
        ("Ninguna me va bien, lo siento", NoneFit()),
        ("no puedo en ninguno", NoneFit()),
        ("¿Tienes otros días?", NoneFit()),
        ("otras horas, por favor", NoneFit()),
        ("ningún problema, la segunda", Pick(2, "ordinal")),
        ("la 2 o la 3", Unclear((2, 3))),
        ("las dos me van bien", Unclear(())),
        ("ninguna, o quizás la 2", Unclear((2,))),
        ("Llámame al 612 345 678, la 3", Pick(3, "number")),
    ],
)
def test_a_spanish_reply_picks(text: str, intent: Intent) -> None:
    assert read(text) == intent


def test_the_spanish_mailto_subject_picks() -> None:
    assert read("", "RE: Opción 2 [ref k3x9qpz2]") == Pick(2, "link")


def test_a_quoted_offer_books_nothing_in_any_language() -> None:
    quoted = "> 1. lunes 30 de noviembre, 12:00\n> 2. martes 1 de diciembre, 12:30\n"
    msg = parse(
        b"From: a@example.org\nSubject: Re: Horarios\n\n"
        + ("Gracias, lo miro y te digo.\n\nEl lun, Robin escribió:\n" + quoted).encode()
    )
    assert "martes" not in msg.text
    assert read(msg.text) == Unclear(())


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("tengo que cancelar la llamada", Cancel()),
        ("Tengo que cancelar la llamada, lo siento.", Cancel()),
        ("anula la llamada por favor", Cancel()),
        ("Anule la llamada, por favor", Cancel()),
        ("Al final no puedo, perdona.", Cancel()),
        ("no voy a poder, lo siento", Cancel()),
        ("¿podemos cambiarla a otro día?", Move()),
        ("podemos cambiarla a otro dia?", Move()),
        ("necesito mover la llamada", Move()),
        ("¿Se puede aplazar a la semana que viene?", Move()),
        ("Tengo que cancelar... ¿la podemos pasar a otro día?", Move()),
        ("¿Podemos reprogramarla?", Move()),
        ("No hace falta cancelar, era solo para confirmar.", None),
        ("no hace falta cambiar nada, gracias", None),
        ("¡Gracias, hasta el martes!", None),
    ],
)
def test_a_spanish_reply_about_a_booked_call(text: str, intent: Cancel | Move | None) -> None:
    assert interpret_booked(text, "RE: Tu llamada del martes") == intent
