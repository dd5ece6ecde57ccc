"""Each client in their own language and form of address: detection, greetings, registers,
and every template in every language."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from email.message import EmailMessage

import pytest

from daemon.adapters.render import LANGUAGES, Composer, Recipient
from daemon.core.mail.language import SMALL_WORDS, client_language, detect
from tests.integration.test_compose import (
    ANN,
    EMERGENCY,
    NOW,
    ROBIN,
    SLOTS,
    THREAD,
    TOKEN,
    html_of,
    ics,
    text_of,
    wire,
)
from tests.rig.practice import Practice, mail
from tests.rig.practice import text_of as rig_text_of

# --- which language a client writes in ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Robin, could we talk this week? I would like to call about the exercise.", "en"),
        ("Hallo Robin, können wir kurz telefonieren? Es geht mir nicht gut.", "de"),
        ("Guten Tag, ich möchte gern einen Termin für ein Gespräch.", "de"),
        ("Hola Robin, ¿podemos hablar mañana? Estoy un poco mal.", "es"),
        ("Buenos días, quiero una llamada con usted por favor.", "es"),
        ("2", None),
        ("Ok!", None),
        ("", None),
        ("Robin Roe 12:00", None),
    ],
)
def test_the_language_of_a_mail_is_told_by_its_small_words(text: str, expected: str | None) -> None:
    assert detect(text) == expected


def test_every_language_has_small_words_and_no_word_is_in_two_lists() -> None:
    assert set(SMALL_WORDS) == set(LANGUAGES)
    for a, b in itertools.combinations(SMALL_WORDS, 2):
        assert not SMALL_WORDS[a] & SMALL_WORDS[b], (a, b)


@pytest.mark.parametrize(
    ("configured", "detected", "practice", "expected"),
    [
        ("de-AT", "es", "en", "de-AT"),  # the client's own setting wins
        (None, "es", "en", "es"),  # else the language they write in
        (None, None, "en-GB", "en-GB"),  # else the practice's
        (None, "de", "de-CH", "de-CH"),  # the practice's region when it is the same language
    ],
)
def test_a_clients_language_is_their_setting_then_their_mail_then_the_practices(
    configured: str | None, detected: str | None, practice: str, expected: str
) -> None:
    assert client_language(configured, detected, practice) == expected


# --- greetings and registers ---------------------------------------------------------------------

BECKER = Recipient("Ann Becker", "Ann", "ann@example.net", ANN.tz)


@pytest.mark.parametrize(
    ("language", "address", "title", "greeting"),
    [
        ("en", None, None, "Hi Ann,"),
        ("en", "formal", "Ms", "Dear Ms Becker,"),
        ("en", "formal", None, "Dear Ann Becker,"),
        ("de", "first_name", None, "Hallo Ann,"),
        ("de", None, "Frau", "Guten Tag Frau Becker,"),  # Sie is the German default
        ("de", "formal", None, "Guten Tag Ann Becker,"),
        ("es", None, None, "Hola, Ann:"),
        ("es", "formal", "Sra.", "Estimada Sra. Becker:"),
        ("es", "formal", "Dr.", "Estimado Dr. Becker:"),
        ("es", "formal", None, "Hola, Ann Becker:"),
    ],
)
def test_greetings_follow_the_form_of_address(
    language: str, address: str | None, title: str | None, greeting: str
) -> None:
    to = replace(BECKER, language=language, address=address, title=title)
    msg = wire(Composer(ROBIN).offer(to, THREAD, SLOTS, TOKEN, "<o@x>", NOW))
    assert text_of(msg).startswith(greeting + "\n\n")
    assert f"<p>{greeting}</p>" in html_of(msg)
    assert msg["Content-Language"] == language


# Words of the other register, which a mail in one register must never contain.
WRONG = {
    ("de", "formal"): r"\b(du|dich|dir|dein\w*|Du|Dein\w*)\b",
    ("de", "first_name"): r"\b(Sie|Ihnen|Ihr|Ihre\w*)\b",
    ("es", "formal"): r"\b(tú|te|tu|tus|contigo|prefieres|elijas|recibirás|quieras|"
    r"responde (simplemente|solo)|o responde|escríbelo|haz|entra|esperes)\b",
    # "le" and "su" may be Robin's: only the forms that can only mean the reader.
    ("es", "first_name"): r"\b(usted|prefiere|elija|recibirá|quiera|le viene|le llamará|"
    r"su (mensaje|respuesta|llamada|calendario)|responda|escríbalo|haga|entre|espere)\b",
}


def every_mail(composer: Composer, to: Recipient) -> dict[str, object]:
    lead = composer.crisis_lead(to)
    return {
        "offer": composer.offer(to, THREAD, SLOTS, TOKEN, "<o@x>", NOW, lead=lead),
        "offer again": composer.offer(to, THREAD, SLOTS, TOKEN, "<o@x>", NOW, again=True),
        "ask": composer.ask(to, THREAD, SLOTS, TOKEN, "<a@x>", NOW),
        "confirmation": composer.confirmation(to, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW),
        "moved": composer.confirmation(
            to, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW, moved=True
        ),
        "cancellation": composer.cancellation(to, THREAD, SLOTS[0], ics("CANCEL"), "<d@x>", NOW),
        "cancelled by the therapist": composer.cancellation(
            to, THREAD, SLOTS[0], ics("CANCEL"), "<d@x>", NOW, by_therapist=True
        ),
        "nothing free": composer.nothing_free(to, THREAD, "<f@x>", NOW),
    }


@pytest.mark.parametrize("how", ["phone", "video"])
@pytest.mark.parametrize("address", ["first_name", "formal"])
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_template_renders_in_every_language_and_register(
    language: str, address: str, how: str
) -> None:
    composer = Composer(
        ROBIN, how=how, video_link="https://meet.example/robin", emergency_text=EMERGENCY
    )
    to = replace(BECKER, language=language, address=address, title="Dr.")
    for kind, message in every_mail(composer, to).items():
        msg = wire(message)  # type: ignore[arg-type]
        text, page = text_of(msg), html_of(msg)
        assert msg["Content-Language"] == language, kind
        for part in (text, page):
            assert "{{" not in part and "{%" not in part, kind
            assert "Robin Roe" in part  # the full name signs
        last = text.strip().splitlines()[-1]
        assert last.endswith(EMERGENCY[language]), kind
        assert "\n\n\n" not in text, kind
        # Running text names the therapist by the short name.
        body = text.split("\nRobin Roe\n", 1)[0]
        assert "Robin Roe" not in body, kind
        wrong = WRONG.get((language, address))
        if wrong:
            # The emergency text is the therapist's own words, in a register of their choosing.
            words = (text + page).replace(EMERGENCY[language], "")
            assert not re.search(wrong, words), (kind, re.search(wrong, words))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_confirmation_keeps_a_blank_line_before_the_invitation(language: str) -> None:
    to = replace(BECKER, language=language)
    text = text_of(
        wire(Composer(ROBIN).confirmation(to, THREAD, SLOTS[0], ics("REQUEST"), "<c@x>", NOW))
    )
    first = {"en": "An invitation", "de": "Die Einladung", "es": "En el adjunto"}[language]
    assert f".\n\n{first}" in text


def test_a_german_and_a_spanish_client_of_an_english_practice_get_their_own_dates() -> None:
    composer = Composer(ROBIN)  # English
    german = wire(composer.offer(replace(ANN, language="de"), THREAD, SLOTS, TOKEN, "<o@x>", NOW))
    spanish = wire(composer.offer(replace(ANN, language="es"), THREAD, SLOTS, TOKEN, "<o@x>", NOW))
    assert "24. März" in text_of(german) and "Mo." in text_of(german)
    assert "24 de marzo" in text_of(spanish) and "lun" in text_of(spanish)
    assert "(10:00 en Berlín)" in text_of(spanish) and "(10:00 in Berlin)" in text_of(german)
    assert re.search(r"\b(Monday|March)\b", text_of(german) + text_of(spanish)) is None


def test_dates_take_the_region_of_the_clients_timezone_or_their_own_tag() -> None:
    composer = Composer(ROBIN)
    london = text_of(wire(composer.offer(ANN, THREAD, SLOTS, TOKEN, "<o@x>", NOW)))
    us = text_of(
        wire(composer.offer(replace(ANN, language="en-US"), THREAD, SLOTS, TOKEN, "<o@x>", NOW))
    )
    assert "24 March, 09:00" in london  # en in Europe/London: British dates
    assert "March 24, 9:00" in us


def test_the_therapists_short_name_is_used_in_running_text() -> None:
    composer = Composer(replace(ROBIN, short_name="Dr. Roe"))
    text = text_of(wire(composer.offer(ANN, THREAD, SLOTS, TOKEN, "<o@x>", NOW)))
    assert "Dr. Roe would be glad to talk with you" in text
    assert "Warm wishes,\nRobin Roe" in text


# --- with the real servers: clients of an English practice write in their own language ---------


def plain(message: EmailMessage) -> str:
    return rig_text_of(message).replace("\r\n", "\n")


def test_german_and_spanish_clients_of_an_english_practice_hear_back_in_their_language(
    practice: Practice,
) -> None:
    assert practice.config.therapist.language == "en"
    to = "Robin <robin+call@practice.example>"  # a request whatever the words
    practice.imap.append(
        mail(
            "Hallo Robin, können wir kurz telefonieren? Es geht mir nicht so gut.",
            sender="Bob Sample <bob@example.net>",
            subject="Kurzes Gespräch?",
            to=to,
        )
    )
    practice.imap.append(mail("Hola Robin, ¿podemos hablar mañana? Gracias.", to=to))
    practice.once()
    offers = {str(m["To"].addresses[0].addr_spec): m for m in practice.sent()}
    german, spanish = offers["bob@example.net"], offers["ann@example.org"]
    assert german["Content-Language"] == "de" and spanish["Content-Language"] == "es"
    # German: Sie by default, dates in German; Spanish: tú by default, dates in Spanish.
    assert plain(german).startswith("Guten Tag Bob Sample,\n\ndanke für Ihre Nachricht.")
    assert re.search(
        r"\d+\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
        r"Oktober|November|Dezember)",
        plain(german),
    )
    assert plain(spanish).startswith("Hola, Ann:\n\nGracias por escribir.")
    assert re.search(
        r"\d+ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
        r"octubre|noviembre|diciembre)",
        plain(spanish),
    )
    # Choosing "2" gets the confirmation in the language the client wrote in before.
    practice.imap.append(mail("2", sender="Bob Sample <bob@example.net>", reply_to=german))
    practice.once()
    confirmation = practice.sent()[-1]
    assert confirmation["Content-Language"] == "de"
    assert "Ihr Gespräch mit Robin ist vereinbart:" in plain(confirmation)
    assert "\n\nDie Einladung für Ihren Kalender hängt an." in plain(confirmation)
