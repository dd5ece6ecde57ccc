"""Whatever the internet sends, through the real IMAP server: the daemon neither crashes nor
stalls, sends no header it did not mean to, renders no untrusted text as a template, and
still answers the next valid request."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rig.practice import Practice, mail

SENDERS = st.sampled_from([
    "Ann Example <ann@example.org>",
    "=?utf-8?b?QW5u?= <ann@example.org>",
    "ann@example.org\r\nBcc: victim@elsewhere.example",
    "<>",
    "",
    "\"Mallory {{ 7*7 }}\" <mallory@elsewhere.example>",
])
CHARSETS = st.sampled_from(["utf-8", "x-unknown-42", "iso-8859-1", "utf-7", "shift_jis", ""])
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300
) | st.sampled_from([
    "{{ config }}{% for x in range(10**9) %}{% endfor %}",
    "call\r\nBcc: victim@elsewhere.example",
    "=?utf-8?q?call_me?=",
    "x" * 5000,
])


@st.composite
def hostile(draw: st.DrawFn) -> bytes:
    subject = draw(TEXT)
    sender = draw(SENDERS)
    charset = draw(CHARSETS)
    body = draw(TEXT)
    kind = draw(st.sampled_from(["plain", "html-only", "multipart-broken", "no-body", "binary"]))
    head = f"From: {sender}\r\nTo: robin@practice.example\r\nSubject: {subject}\r\n"
    head += "Message-ID: <" + draw(st.text("abc123@.<>\r\n ", max_size=20)) + ">\r\n"
    if kind == "plain":
        head += f"Content-Type: text/plain; charset={charset}\r\n\r\n"
        return head.encode("utf-8", "surrogateescape") + body.encode("utf-8", "replace")
    if kind == "html-only":
        head += f"Content-Type: text/html; charset=\"{charset}\"\r\n\r\n"
        return (head + f"<html><body><p>{body}</p><script>{{{{7*7}}}}</script>").encode(
            "utf-8", "replace")
    if kind == "multipart-broken":
        head += "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
        return (head + f"--b\r\nContent-Type: text/plain\r\n\r\n{body}\r\n--c--\r\n").encode(
            "utf-8", "replace")
    if kind == "binary":
        return head.encode("utf-8", "replace") + b"\r\n" + bytes(range(256)) * 4
    return head.encode("utf-8", "replace")


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(messages=st.lists(hostile(), min_size=1, max_size=3))
def test_hostile_mail_is_survived_and_the_next_request_answered(
    practice: Practice, messages: list[bytes]
) -> None:
    before = len(practice.sent())
    for raw in messages:
        practice.imap.append(raw)
    practice.once()  # must not raise
    for sent in practice.sent()[before:]:
        recipients = [a.addr_spec for a in sent["To"].addresses]
        assert recipients in (["ann@example.org"], ["robin@practice.example"]), recipients
        assert "Bcc" not in sent and "victim" not in sent.as_string()
        assert "49" not in str(sent["Subject"])  # {{ 7*7 }} never rendered


def test_after_a_storm_of_hostile_mail_a_valid_request_is_answered(practice: Practice) -> None:
    for raw in (b"\xff\xfe\x00", b"From: \r\n\r\n", b"Subject: {{ 7*7 }}\r\n\r\n{% raw %}",
                b"Content-Type: multipart/alternative\r\n\r\n--\r\n"):
        practice.imap.append(raw)
    practice.imap.append(mail("Could we talk?", subject="A" * 2000))
    practice.once()
    answered = [m for m in practice.sent()
                if m["To"].addresses[0].addr_spec == "ann@example.org"]
    assert len(answered) == 1
    assert len(str(answered[0]["Subject"])) < 1100
