"""The safety flow on the real servers: crisis language in any language, from anyone, in any
kind of message alerts the therapist truthfully and within limits; a stranger in crisis gets
the emergency text; a forger can neither withdraw a client's offer nor bury the therapist."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

from daemon.core.safety import crisis
from daemon.store.db import Store
from tests.rig.practice import Practice, mail, offered_starts, text_of
from tests.system.test_safety import to_client, to_therapist, with_config

GERMAN_CRISIS = "Hallo, ich habe keine Kraft mehr. Ich denke daran, mich umzubringen."
ENGLISH_CRISIS = "I keep thinking about ending my life."
FORGED_AUTH = "Authentication-Results: mx.practice.example; dmarc=fail header.from=example.org\n"


def crisis_rows(practice: Practice) -> list[tuple[str | None, str, str]]:
    store = Store.open(practice.config.state_dir)
    try:
        return [
            (row[0], row[1], row[2])
            for row in store.db.execute(
                "SELECT client_id, category, reply FROM crisis_events ORDER BY id"
            )
        ]
    finally:
        store.close()


def flagged(practice: Practice) -> int:
    return sum(1 for flags in practice.flags().values() if b"\\Flagged" in flags)


def html_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    return part.get_content() if part is not None else ""


def safety_line_of(practice: Practice) -> tuple[str, str]:
    emergency = practice.config.safety.emergency_text
    assert isinstance(emergency, str)
    return "This mailbox answers automatically.", emergency


def assert_ends_with_safety_line(message: EmailMessage, emergency: str, start: str) -> None:
    last = text_of(message).strip().splitlines()[-1]
    assert last.startswith(start) and last.endswith(emergency), last
    html = html_of(message)
    assert start in html and emergency in html


# --- 1. every language, always -----------------------------------------------------------------


def test_a_german_crisis_to_an_english_practice_is_flagged_answered_and_alerted(
    practice: Practice,
) -> None:
    assert practice.config.therapist.language == "en"
    practice.imap.append(mail(GERMAN_CRISIS, subject="Anruf"))
    practice.once()
    [reply] = to_client(practice)
    assert text_of(reply).lstrip().startswith(practice.config.safety.emergency_text)
    assert len(offered_starts(reply)) == 3
    [alert] = to_therapist(practice)
    assert alert["Subject"] == "Urgent: crisis language in a client's email"
    assert "thoughts of suicide" in text_of(alert)
    assert "umzubringen" not in alert.as_string()
    assert flagged(practice) == 1
    [(client_id, category, reply_kind)] = crisis_rows(practice)
    assert client_id and category == crisis.ACTIVE and reply_kind == crisis.REPLY_WITH_TIMES


def test_alerts_speak_the_therapists_language(practice: Practice) -> None:
    therapist = practice.config.therapist.model_copy(update={"language": "de"})
    with_config(practice, therapist=therapist)
    practice.imap.append(mail(ENGLISH_CRISIS))
    practice.once()
    [alert] = to_therapist(practice)
    assert alert["Subject"] == "Dringend: Krisenworte in einer Klienten-E-Mail"
    assert "Suizidgedanken" in text_of(alert) and "Gesprächszeiten" in text_of(alert)
    assert alert["Content-Language"] == "de"


# --- 2. a safety line in every mail to a client ------------------------------------------------


def test_every_mail_of_a_whole_conversation_ends_with_the_safety_line(practice: Practice) -> None:
    start, emergency = safety_line_of(practice)
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    practice.imap.append(mail("Hmm, maybe?", reply_to=practice.sent()[-1]))  # an ask
    practice.once()
    practice.imap.append(mail("2 please", reply_to=practice.sent()[-1]))  # a confirmation
    practice.once()
    practice.imap.append(mail("Please cancel the call", reply_to=practice.sent()[-1]))
    practice.once()
    with_config(practice, unknown_senders="reply")
    practice.imap.append(mail("Could we talk?", sender="Zed <zed@elsewhere.example>"))
    practice.once()
    sent = to_client(practice)
    assert len(sent) == 5  # offer, ask, confirmation, cancellation, stranger note
    for message in sent:
        assert_ends_with_safety_line(message, emergency, start)


def test_the_emergency_text_is_picked_by_the_mails_language(practice: Practice) -> None:
    safety = practice.config.safety.model_copy(
        update={
            "emergency_text": {
                "de": "Notruf 112 oder Telefonseelsorge 0800 1110111.",
                "en": "Call 911.",
            }
        }
    )
    therapist = practice.config.therapist.model_copy(update={"language": "de"})
    with_config(practice, safety=safety, therapist=therapist)
    practice.imap.append(mail("Könnten wir telefonieren?"))
    practice.once()
    [offer] = to_client(practice)
    assert_ends_with_safety_line(
        offer, "Notruf 112 oder Telefonseelsorge 0800 1110111.", "Dieses Postfach antwortet"
    )


# --- 3. strangers in crisis --------------------------------------------------------------------


def test_a_stranger_in_crisis_gets_one_emergency_reply_a_day_under_the_defaults(
    practice: Practice,
) -> None:
    assert practice.config.unknown_senders == "leave"
    stranger = "Zed <zed@elsewhere.example>"
    practice.imap.append(mail(GERMAN_CRISIS, sender=stranger))
    practice.imap.append(mail(ENGLISH_CRISIS, sender=stranger))
    practice.once()
    [reply] = to_client(practice)
    assert reply["To"].addresses[0].addr_spec == "zed@elsewhere.example"
    text = text_of(reply)
    assert text.lstrip().startswith(practice.config.safety.emergency_text)
    assert "Dies ist eine automatische Antwort" in text  # they wrote German
    for private in ("Ann", "Bob", "ann@", "[ref"):
        assert private not in reply.as_string(), private
    assert offered_starts(reply) == [] and ":00" not in text
    assert "Robin" not in text and "Robin" not in html_of(reply)  # only its From names us
    alerts = to_therapist(practice)
    assert [a["Subject"] for a in alerts] == [
        "Urgent: crisis language in an email to your practice"
    ] * 2
    assert "one automatic reply with your emergency text only" in text_of(alerts[0])
    assert "already had the emergency reply today" in text_of(alerts[1])
    assert "zed@elsewhere.example" in text_of(alerts[0])
    assert [r[2] for r in crisis_rows(practice)] == [
        crisis.REPLY_WITHOUT_TIMES,
        crisis.NO_REPLY_DAILY_LIMIT,
    ]
    assert flagged(practice) == 2


# --- 4 and 5. alerts tell the truth, whatever else the message is -----------------------------


def test_crisis_in_machine_mail_alerts_and_says_nothing_was_sent(practice: Practice) -> None:
    raw = mail(ENGLISH_CRISIS).decode()
    practice.imap.append(("Auto-Submitted: auto-replied\n" + raw).encode())
    practice.once()
    assert to_client(practice) == []
    [alert] = to_therapist(practice)
    assert "Ann Example" in text_of(alert) and "never answered" in text_of(alert)
    assert crisis_rows(practice)[0][2] == crisis.NO_REPLY_MACHINE


def test_crisis_in_a_calendar_reply_alerts(practice: Practice) -> None:
    message = EmailMessage()
    message["From"] = "Ann Example <ann@example.org>"
    message["To"] = "robin@practice.example"
    message["Subject"] = "Accepted: Between-session call"
    message["Message-ID"] = "<cal-reply@example.org>"
    message.set_content(f"Accepted. {ENGLISH_CRISIS}")
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nMETHOD:REPLY\r\n"
        "BEGIN:VEVENT\r\nUID:abc@practice.example\r\nDTSTAMP:20260101T000000Z\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ann@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    practice.imap.append(bytes(message))
    practice.once()
    assert to_client(practice) == []
    [alert] = to_therapist(practice)
    assert "calendar answer" in text_of(alert)
    assert crisis_rows(practice)[0][2] == crisis.NO_REPLY_CALENDAR


def test_crisis_from_a_paused_client_alerts_and_says_replies_are_paused(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    for number in range(6):
        practice.imap.append(mail(f"Hmm, maybe? ({number})", reply_to=offer))
    practice.imap.append(mail(ENGLISH_CRISIS, reply_to=offer))
    practice.once()
    crisis_alerts = [a for a in to_therapist(practice) if "crisis" in a["Subject"]]
    [alert] = crisis_alerts
    assert "paused because of the hourly limit" in text_of(alert)
    assert crisis_rows(practice)[0][2] == crisis.NO_REPLY_HOURLY_LIMIT
    assert flagged(practice) == 1


def test_a_dry_run_alert_says_the_reply_waits_in_drafts(practice: Practice) -> None:
    with_config(practice, dry_run=True)
    practice.imap.append(mail(ENGLISH_CRISIS))
    practice.once()
    assert practice.sent() == []
    client = practice.imap.connect()
    try:
        client.select_folder("Drafts", readonly=True)
        drafts = [
            message_from_bytes(d[b"BODY[]"], _class=EmailMessage, policy=policy.default)
            for d in client.fetch(client.search("ALL"), ["BODY.PEEK[]"]).values()
        ]
    finally:
        client.logout()
    [alert] = [d for d in drafts if "crisis" in str(d["Subject"])]
    assert "Drafts" in text_of(alert) and "Nothing was sent" in text_of(alert)
    assert crisis_rows(practice)[0][2] == crisis.NO_REPLY_DRY_RUN


# --- 6. alerts rate-limited per sender -----------------------------------------------------------


def test_eight_forged_crisis_mails_give_three_alerts_and_one_summary(practice: Practice) -> None:
    with_config(practice, mail={"trust_authserv_id": "mx.practice.example"})
    for number in range(8):
        practice.imap.append((FORGED_AUTH + mail(f"{ENGLISH_CRISIS} ({number})").decode()).encode())
    practice.once()
    alerts = to_therapist(practice)
    subjects = [a["Subject"] for a in alerts]
    assert subjects == ["Urgent: crisis language in an email to your practice"] * 3 + [
        "Urgent: more emails with crisis language"
    ]
    assert "failed your mail server's authentication check" in text_of(alerts[0])
    assert text_of(alerts[3]).startswith("5 more messages from the address of Ann Example")
    # One emergency reply (a day) to the address, nothing about the client's calls.
    [reply] = to_client(practice)
    assert offered_starts(reply) == [] and "Ann" not in reply.as_string()
    assert flagged(practice) == 8
    assert len(crisis_rows(practice)) == 8


# --- 7. a forger cannot turn limits against a client --------------------------------------------


def test_forged_requests_neither_replace_the_clients_offer_nor_use_up_their_replies(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    for number in range(8):  # no authentication configured: they look like Ann's
        practice.imap.append(mail(f"Could we talk? ({number})", subject=f"Call {number}"))
    practice.once()
    repeats = practice.sent()[1:]
    assert len(repeats) == 2  # the same offer twice more, then the client has it
    for repeat in repeats:
        assert offered_starts(repeat) == offered_starts(offer)
        assert repeat["Message-ID"] != offer["Message-ID"]
    assert to_therapist(practice) == []  # no flood: nothing was sent past the cap
    practice.imap.append(mail("2 please", reply_to=offer))
    practice.once()
    assert len(practice.calls()) == 1
    confirmation = practice.sent()[-1]
    assert "is booked" in text_of(confirmation)


def test_crisis_past_the_repeat_cap_alerts_and_says_which_limit_held_the_reply(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    for number in range(2):
        practice.imap.append(mail(f"Could we talk? ({number})", subject=f"Call {number}"))
    practice.imap.append(mail(ENGLISH_CRISIS, subject="tonight"))
    practice.once()
    assert len(to_client(practice)) == 3
    [alert] = to_therapist(practice)
    assert "already sent to them again twice this hour" in text_of(alert)
    assert crisis_rows(practice)[0][2] == crisis.NO_REPLY_HOURLY_LIMIT
    assert flagged(practice) == 1
