"""Safety and mail manners on the real servers: crisis replies and alerts, no answers to
machines or strangers' spoofs, floods stopped, unreadable mail marked, dry runs, no leaks."""

from __future__ import annotations

import logging
from email.message import EmailMessage
from typing import Any

import pytest

from tests.rig.practice import Practice, mail, offered_starts, text_of


def with_config(practice: Practice, **changes: Any) -> None:
    mail_changes = changes.pop("mail", None)
    config = practice.config
    if mail_changes:
        changes["mail"] = config.mail.model_copy(update=mail_changes)
    practice.config = config.model_copy(update=changes)


def to_client(practice: Practice) -> list[EmailMessage]:
    return [
        m for m in practice.sent() if m["To"].addresses[0].addr_spec != "robin@practice.example"
    ]


def to_therapist(practice: Practice) -> list[EmailMessage]:
    return [
        m for m in practice.sent() if m["To"].addresses[0].addr_spec == "robin@practice.example"
    ]


def test_crisis_words_get_the_emergency_text_first_an_alert_and_a_flag(
    practice: Practice,
) -> None:
    practice.imap.append(
        mail("I can't go on like this. I keep thinking about ending my life.", subject="tonight")
    )
    practice.once()
    [reply] = to_client(practice)
    text = text_of(reply)
    assert text.lstrip().startswith(practice.config.safety.emergency_text)
    assert "automatic reply" in text
    assert len(offered_starts(reply)) == 3  # and still the earliest times
    [alert] = to_therapist(practice)
    assert alert["Importance"] == "high"
    # Nobody named where a locked phone shows it; the name, the category and where the
    # message is are in the body, and the alert says what was really sent.
    assert alert["Subject"] == "Urgent: crisis language in a client's email"
    body = text_of(alert)
    assert "Ann Example" in body and "INBOX" in body
    assert "thoughts of suicide" in body or "wish to be dead" in body or "hopeless" in body
    assert "leads with your emergency text and offers call times" in body
    assert "ending my life" not in alert.as_string() and "tonight" not in alert.as_string()
    [flags] = practice.flags().values()
    assert b"\\Flagged" in flags and b"\\Seen" not in flags


def test_crisis_words_only_in_a_quoted_earlier_message_are_not_a_new_crisis(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    offer = practice.sent()[-1]
    reply = mail("2 please\n\nOn Mon, Ann wrote:\n> I want to kill myself\n", reply_to=offer)
    practice.imap.append(reply)
    practice.once()
    assert to_therapist(practice) == []
    assert len(practice.calls()) == 1


def test_strangers_are_left_alone_by_default(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?", sender="Zed <zed@elsewhere.example>"))
    practice.once()
    assert practice.sent() == []
    assert list(practice.flags().values()) == [()]


def test_strangers_get_one_short_note_a_week_when_asked_for(practice: Practice) -> None:
    with_config(practice, unknown_senders="reply")
    for _ in range(2):
        practice.imap.append(mail("Could we talk?", sender="Zed <zed@elsewhere.example>"))
        practice.once()
    [note] = practice.sent()
    text = text_of(note)
    assert "Ann" not in text and "1." not in text and "Bob" not in text
    assert note["Auto-Submitted"] == "auto-replied"


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied"},
        {"Precedence": "bulk"},
        {"List-Id": "<news.example.org>"},
        {"X-Auto-Response-Suppress": "All"},
        {"Return-Path": "<>"},
    ],
)
def test_machines_are_never_answered(practice: Practice, headers: dict[str, str]) -> None:
    raw = mail("Out of office: I will call you when I am back.")
    message = raw.decode()
    head, body = message.split("\n\n", 1)
    extra = "".join(f"{k}: {v}\n" for k, v in headers.items())
    practice.imap.append((head + "\n" + extra + "\n" + body).encode())
    practice.once()
    assert practice.sent() == []


def test_mail_failing_the_servers_dmarc_check_is_not_treated_as_the_client(
    practice: Practice,
) -> None:
    with_config(practice, mail={"trust_authserv_id": "mx.practice.example"})
    raw = mail("Could we talk?").decode()
    spoofed = (
        "Authentication-Results: mx.practice.example; dmarc=fail header.from=example.org;"
        " spf=fail; dkim=none\n" + raw
    )
    practice.imap.append(spoofed.encode())
    genuine = (
        "Authentication-Results: mx.practice.example; dmarc=pass header.from=example.org\n"
        + mail("Could we talk?").decode()
    )
    practice.imap.append(genuine.encode())
    practice.once()
    [offer] = practice.sent()
    assert offer["To"].addresses[0].addr_spec == "ann@example.org"


def test_a_flood_stops_after_more_than_five_replies_an_hour_with_one_alert(
    practice: Practice,
) -> None:
    # A loop: something answers every reply of ours with words we cannot read as a choice.
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    for number in range(9):
        practice.imap.append(mail(f"Hmm, maybe? ({number})", reply_to=offer))
    practice.once()
    assert len(to_client(practice)) == 6
    [alert] = to_therapist(practice)
    assert "paused" in alert["Subject"]


def test_unreadable_mail_is_marked_and_the_next_request_still_answered(
    practice: Practice,
) -> None:
    practice.imap.append(b"\x00\xff\x00: \x01\r\nContent-Type: multipart/mixed\r\n\r\n{{ 7*7 }}")
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    assert len(practice.sent()) == 1
    flags = list(practice.flags().values())
    assert any(b"$CallMeMaybeSkipped" in f for f in flags)


def test_a_dry_run_sends_nothing_and_books_nothing_but_drafts_every_mail(
    practice: Practice,
) -> None:
    with_config(practice, dry_run=True)
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    client = practice.imap.connect()
    try:
        client.select_folder("Drafts", readonly=True)
        drafts = client.search("ALL")
        [offer_raw] = [
            d[b"BODY[]"] for d in client.fetch(drafts, ["BODY.PEEK[]", "FLAGS"]).values()
        ]
        flags = client.get_flags(drafts)
    finally:
        client.logout()
    assert practice.sent() == []
    assert all(b"\\Draft" in f for f in flags.values())
    from email import message_from_bytes, policy

    offer = message_from_bytes(offer_raw, _class=EmailMessage, policy=policy.default)
    practice.imap.append(mail("1 please", reply_to=offer))
    practice.once()
    assert practice.sent() == []
    assert practice.calls() == []


def test_logs_never_carry_names_addresses_subjects_or_bodies(
    practice: Practice, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    practice.imap.append(
        mail("Hello Robin, could we talk about Grandma Edith?", subject="Edith and the move")
    )
    practice.once()
    practice.imap.append(mail("2 please, thanks", reply_to=practice.sent()[-1]))
    practice.once()
    practice.imap.append(
        mail("Sorry, I can't make it after all, please cancel", reply_to=practice.sent()[-1])
    )
    practice.once()
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("callmemaybe"))
    assert "booking" in logged  # the log does say what happened
    for secret in (
        "Ann",
        "Example",
        "ann@example.org",
        "Edith",
        "Grandma",
        "the move",
        "could we talk",
        practice.imap.password,
        practice.smtp.password,
        practice.dav.password,
    ):
        assert secret.lower() not in logged.lower(), secret
