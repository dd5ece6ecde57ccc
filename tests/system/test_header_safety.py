"""Issue 10 through the real practice rig: no header injection on this Python, an ambiguous
From or an unaligned authentication pass is a stranger's, whatever the mail library reads."""

from __future__ import annotations

import email.policy
import platform
import re
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from types import SimpleNamespace

import pytest

from daemon.adapters.smtp import Outbox, UnsafeMail, check_serialized, serialize
from daemon.demo.loopback import SmtpEndpoint
from tests.rig.practice import Practice, mail, offered_starts

# Exactly the headers an offer carries, and nothing else.
OFFER_HEADERS = sorted(
    [
        "from", "to", "subject", "in-reply-to", "references", "message-id", "date",
        "auto-submitted", "x-auto-response-suppress", "mime-version", "content-type",
        "content-language",
    ]
)  # fmt: skip


def double_encoded(inner: str) -> str:
    """A Subject whose decoded text itself holds an encoded-word carrying `inner`."""
    hidden = "=?utf-8?q?" + "".join(f"={b:02X}" for b in inner.encode()) + "?="
    return Header(f"Hi {hidden}", "utf-8").encode()


INJECTION = "\r\nReply-To: evil@evil.example\r\nX-Evil: 1\r\n\r\nClick https://evil.example"


def head_of(data: bytes) -> list[str]:
    block = data.split(b"\r\n\r\n", 1)[0].decode()
    return sorted(
        line.split(":", 1)[0].lower() for line in block.split("\r\n") if line[:1] not in " \t"
    )


def raw_with_subject(subject: str, sender: str = "Ann Example <ann@example.org>") -> bytes:
    return (
        f"From: {sender}\r\nTo: Robin Example <robin@practice.example>\r\n"
        f"Subject: {subject}\r\nDate: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: {make_msgid('client', domain='example.org')}\r\n\r\n"
        "Could we talk this week?\r\n"
    ).encode()


def test_this_interpreter_is_the_one_the_issue_was_shown_on() -> None:
    # Not a requirement, a note: on 3.11.7 the injection below is real without our defence.
    assert platform.python_implementation() == "CPython"


def test_the_double_encoded_subject_decodes_to_an_encoded_word_holding_crlf() -> None:
    from daemon.core.mail import intake

    subject = double_encoded(INJECTION)
    parsed = intake.parse(raw_with_subject(subject))
    assert parsed.subject.startswith("Hi =?utf-8?q?") and "=0D=0A" in parsed.subject


def test_a_double_encoded_subject_gets_an_offer_with_exactly_our_headers(
    practice: Practice,
) -> None:
    practice.imap.append(raw_with_subject(double_encoded(INJECTION)))
    practice.once()
    [offer] = practice.sent()
    assert sorted(k.lower() for k in offer) == OFFER_HEADERS
    assert offer["Reply-To"] is None and offer["X-Evil"] is None
    assert [a.addr_spec for a in offer["To"].addresses] == ["ann@example.org"]
    assert len(offered_starts(offer)) == 3
    subject = str(offer["Subject"])
    # The attacker's text is there only as inert text: no encoded-word, no line break.
    assert subject.startswith("Re: Hi ")
    assert "=?" not in subject and "\r" not in subject and "\n" not in subject
    assert "=0D=0A" in subject  # echoed, as text nobody decodes
    # The bytes the SMTP server got have the same headers as the parsed message.
    [item] = practice.smtp.messages.snapshot()
    body = offer.get_body(preferencelist=("plain",))
    assert body is not None and "evil.example" not in body.get_content()
    assert item.message["Subject"] == offer["Subject"]


@pytest.mark.parametrize(
    "inner",
    [
        INJECTION,
        "\nBcc: evil@evil.example",
        "\rBcc: evil@evil.example",
        "\u2028Bcc: evil@evil.example",
        "\x00\x1b[31m\x85 =?utf-8?b?DQpCY2M6IGV2aWxAZXZpbC5leGFtcGxl?=",
    ],
)
def test_nested_encodings_and_control_characters_never_reach_a_header(
    practice: Practice, inner: str
) -> None:
    practice.imap.append(raw_with_subject(double_encoded(inner)))
    practice.once()
    [offer] = practice.sent()
    assert sorted(k.lower() for k in offer) == OFFER_HEADERS
    assert "=?" not in str(offer["Subject"])


# --- the last line of defence: the serialized bytes ---------------------------------------


def injected_message() -> EmailMessage:
    """A message whose Subject, set the naive way, carries CR/LF on an unpatched CPython."""
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = "Robin <robin@practice.example>"
    msg["To"] = "ann@example.org"
    msg["Subject"] = "Re: Hi " + "=?utf-8?q?=0D=0AReply-To:_evil@evil.example?="
    msg["Message-ID"] = "<x@practice.example>"
    msg.set_content("Hello\n")
    return msg


def test_outbox_refuses_a_message_whose_bytes_carry_more_headers_than_were_set(
    smtp_sink: SmtpEndpoint,
) -> None:
    msg = injected_message()
    data = serialize(msg)
    leaks = b"\r\nReply-To:" in data
    outbox = Outbox(smtp_sink.host, smtp_sink.port, "plain", smtp_sink.username, smtp_sink.password)
    if leaks:  # CPython without the CVE-2024-6923 fix, such as this machine's 3.11.7
        with pytest.raises(UnsafeMail, match="line break"):
            outbox.send(msg, "robin@practice.example", ["ann@example.org"])
        # As the outbox ledger stores it and reads it back: the extra header is now real.
        stored = email.message_from_bytes(data, _class=EmailMessage, policy=email.policy.default)
        assert isinstance(stored, EmailMessage) and stored["Reply-To"] is not None
        with pytest.raises(UnsafeMail, match="never sets"):
            outbox.send(stored, "robin@practice.example", ["ann@example.org"])
        assert len(smtp_sink.messages) == 0
    else:  # a fixed CPython encodes the line break instead: then it is harmless
        outbox.send(msg, "robin@practice.example", ["ann@example.org"])
        assert head_of(data) == sorted(k.lower() for k in msg)


OK_HEAD = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: hi\r\n folded on\r\n\r\nbody\r\n"


@pytest.mark.parametrize(
    ("data", "names", "refused"),
    [
        (OK_HEAD, ["From", "To", "Subject"], None),
        (OK_HEAD, ["From", "To"], "3 headers serialized where 2"),
        (OK_HEAD.replace(b"To:", b"Reply-To:"), ["From", "Reply-To", "Subject"], "never sets"),
        (OK_HEAD.replace(b"hi\r\n", b"hi\nBcc: x@y\r\n"), ["From", "To", "Subject"], "bare"),
        (OK_HEAD.replace(b"hi\r\n", b"hi\rBcc: x@y\r\n"), ["From", "To", "Subject"], "bare"),
        (OK_HEAD.replace(b"hi", b"h\0i"), ["From", "To", "Subject"], "NUL"),
        (
            OK_HEAD.replace(b"hi\r\n", b"hi\r\n\r\nDate: x\r\n"),
            ["From", "To", "Subject", "Date"],
            "3 headers serialized where 4",
        ),
        (
            OK_HEAD.replace(b"To: c@d.example\r\n", b"To: c@d.example\r\nTo: e@f\r\n"),
            ["From", "To", "To", "Subject"],
            "twice",
        ),
        (
            OK_HEAD.replace(b"\r\n folded", b"\r\nnot a header"),
            ["From", "To", "Subject"],
            "malformed",
        ),
        (b"From: a@b.example\r\n", ["From"], "no end of headers"),
    ],
)
def test_check_serialized(data: bytes, names: list[str], refused: str | None) -> None:
    if refused is None:
        check_serialized(data, names)
    else:
        with pytest.raises(UnsafeMail, match=refused):
            check_serialized(data, names)


def test_the_refusal_is_a_user_error_the_flush_marks_failed() -> None:
    from daemon.core.errors import UserError

    assert issubclass(UnsafeMail, UserError)


# --- who wrote it -------------------------------------------------------------------------


def with_authserv(practice: Practice) -> None:
    mail_config = practice.config.mail.model_copy(
        update={"trust_authserv_id": "mx.practice.example"}
    )
    practice.config = practice.config.model_copy(update={"mail": mail_config})


@pytest.mark.parametrize(
    "sender",
    [
        "ann@example.org <attacker@evil.example>",
        '"ann@example.org" <attacker@evil.example>',
        "=?utf-8?q?ann=40example.org?= <attacker@evil.example>",
        "Ann <ann@example.org",
        "ann@example.org, attacker@evil.example",
        "attacker@evil.example (ann@example.org)",
    ],
)
def test_an_ambiguous_from_is_a_stranger_and_gets_no_offer(practice: Practice, sender: str) -> None:
    practice.imap.append(raw_with_subject("Could we talk?", sender=sender))
    practice.once()
    assert practice.sent() == []


def test_several_from_headers_are_a_stranger(practice: Practice) -> None:
    raw = b"From: Eve <attacker@evil.example>\r\n" + mail("Could we talk?")
    practice.imap.append(raw)
    practice.once()
    assert practice.sent() == []


def test_an_spf_pass_for_someone_elses_envelope_is_no_pass(practice: Practice) -> None:
    with_authserv(practice)
    forged = (
        b"Authentication-Results: mx.practice.example;"
        b" spf=pass smtp.mailfrom=bounce@evil.example; dmarc=none\r\n" + mail("Could we talk?")
    )
    practice.imap.append(forged)
    practice.once()
    assert practice.sent() == []  # a stranger; unknown_senders: leave


def test_an_aligned_pass_is_still_the_client(practice: Practice) -> None:
    with_authserv(practice)
    genuine = (
        b"Authentication-Results: mx.practice.example;"
        b" spf=pass smtp.mailfrom=bounce@mail.example.org; dmarc=none\r\n" + mail("Could we talk?")
    )
    practice.imap.append(genuine)
    practice.once()
    [offer] = practice.sent()
    assert offer["To"].addresses[0].addr_spec == "ann@example.org"


# --- Message-IDs and tokens -----------------------------------------------------------------


def test_message_ids_and_tokens_come_from_secrets_not_random() -> None:
    # Our Message-IDs act as references: a reply that names one is matched to its offer.
    # make_msgid draws on `random`, whose state can be recovered from its output.
    daemon_dir = Path(__file__).resolve().parent.parent.parent / "daemon"
    for module in sorted(daemon_dir.rglob("*.py")):
        if module.stem == "demo":  # makes the demo client's own mail, not ours
            continue
        source = module.read_text()
        assert "make_msgid" not in source, module.stem
        assert "import random" not in source and "from random" not in source, module.stem


def test_two_message_ids_never_repeat_even_with_a_seeded_random() -> None:
    import random

    from daemon.flows.booking import Conversation

    ids = set()
    for _ in range(2):
        random.seed(7)
        ids.add(Conversation.new_message_id(SimpleNamespace(domain="practice.example")))  # type: ignore[arg-type]
    assert len(ids) == 2
    assert all(re.fullmatch(r"<[0-9a-f]{32}\.callmemaybe@practice\.example>", i) for i in ids)


# --- the From header, parsed once and judged for ambiguity (pure) --------------------------


@pytest.mark.parametrize(
    ("value", "address", "ambiguous"),
    [
        ("Ann Example <ann@example.org>", "ann@example.org", False),
        ('"Example, Ann" <ann@example.org>', "ann@example.org", False),
        ('"ann@example.org" <ANN@example.org>', "ann@example.org", False),
        ("ann@example.org", "ann@example.org", False),
        ("Ann <ann@example.org> (Ann.)", "ann@example.org", False),
        ("=?utf-8?q?Ann_M=C3=BCller?= <ann@example.org>", "ann@example.org", False),
        ("ann@example.org <attacker@evil.example>", "ann@example.org", True),
        ('"ann@example.org" <attacker@evil.example>', "attacker@evil.example", True),
        ("=?utf-8?q?ann=40example.org?= <attacker@evil.example>", "ann@example.org", True),
        ("Ann <ann@example.org", "ann@example.org", True),
        ("Ann <ann@example.org>>", "ann@example.org", True),
        ("<ann@example.org> attacker@evil.example", "ann@example.org", True),
        ("ann@example.org, eve@evil.example", "ann@example.org", True),
        ("ann@example.org, ann@example.org", "ann@example.org", True),
        ("attacker@evil.example (ann@example.org)", "attacker@evil.example", True),
        ("Ann <=?utf-8?q?ann?=@example.org>", "ann@example.org", True),
    ],
)
def test_the_from_header_is_ambiguous_when_readers_could_disagree(
    value: str, address: str, ambiguous: bool
) -> None:
    from daemon.core.mail import intake

    parsed = intake.parse(f"From: {value}\r\nSubject: x\r\n\r\nhi\r\n".encode())
    assert (parsed.from_addr, parsed.from_ambiguous) == (address, ambiguous)


def test_two_from_headers_are_ambiguous() -> None:
    from daemon.core.mail import intake

    raw = b"From: Ann <ann@example.org>\r\nFrom: Eve <eve@evil.example>\r\n\r\nhi\r\n"
    assert intake.parse(raw).from_ambiguous


def test_an_encoded_word_as_the_address_is_no_address() -> None:
    from daemon.core.mail import intake

    raw = b"From: x <=?utf-8?q?=3D=3Fx=3F=3D?=@evil.example>\r\n\r\nhi\r\n"
    assert intake.parse(raw).from_addr == ""


def test_a_name_in_an_invitation_carries_no_control_character() -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from daemon.core.booking.invite import call_event
    from daemon.core.model import Interval

    start = datetime(2026, 12, 1, 10, tzinfo=UTC)
    ics = call_event(
        uid="u@x", slot=Interval(start, start + timedelta(minutes=15)),
        therapist_name="Robin", therapist_email="robin@practice.example",
        client_name='Ann\x00\x1b"\u2028Bee', client_email="ann@example.org",
        summary="Call", tz=ZoneInfo("Europe/Berlin"), now=start,
    )  # fmt: skip
    assert b'CN="Ann \' Bee"' in ics or b"CN=Ann ' Bee" in ics
    assert b"\x00" not in ics and b"\x1b" not in ics
