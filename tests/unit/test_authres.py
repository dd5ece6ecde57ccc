"""Sender authentication from Authentication-Results: real headers from real servers, as tables."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.core.mail.authres import authserv_ids, organisational_domain, results, verdict

MAIL = Path(__file__).parent.parent / "data" / "mail"
OURS = "mail.praxis-beispiel.de"

GMAIL_PASS = """mx.google.com;
       dkim=pass header.i=@example.com header.s=20230601 header.b=AbCdEf12;
       spf=pass (google.com: domain of sender@example.com designates 209.85.220.41 as permitted
 sender) smtp.mailfrom=sender@example.com;
       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=example.com"""

GMAIL_SPOOFED = """mx.google.com;
       dkim=fail header.i=@paypal.com header.s=pp-dkim1 header.b=Xyz0Abc1;
       spf=softfail (google.com: domain of transitioning service@paypal.com does not designate
 203.0.113.7 as permitted sender) smtp.mailfrom=service@paypal.com;
       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=paypal.com"""

MICROSOFT_365 = """spf=pass (sender IP is 209.85.128.54)
 smtp.mailfrom=gmail.com; dkim=pass (signature was verified)
 header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass
 reason=100"""

FASTMAIL = """mx3.messagingengine.com;
    dkim=pass (2048-bit rsa key sha256) header.d=gmail.com header.i=@gmail.com
 header.b=Hn3+kQ7Z header.a=rsa-sha256 header.s=20230601 x-bits=2048;
    dmarc=pass policy.published-domain-policy=none policy.applied-disposition=none
 policy.evaluated-disposition=none (p=none,d=none,d.eval=none) policy.policy-from=p
 header.from=gmail.com;
    iprev=pass smtp.remote-ip=209.85.218.50 (mail-ej1-f50.google.com);
    spf=pass smtp.mailfrom=someone@gmail.com smtp.helo=mail-ej1-f50.google.com;
    x-aligned-from=pass (Address match);
    x-me-sender=none;
    x-return-mx=pass header.domain=gmail.com policy.is_org=yes (MX Records found:
 gmail-smtp-in.l.google.com,alt1.gmail-smtp-in.l.google.com);
    x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384 smtp.bits=256/256;
    x-vs=clean score=-100 state=0"""

RSPAMD_PASS = """mail.praxis-beispiel.de;
\tdkim=pass header.d=example.org header.s=mail header.b=AbCdEf12;
\tdmarc=pass (policy=reject) header.from=example.org;
\tspf=pass (mail.praxis-beispiel.de: domain of client@example.org designates 192.0.2.1 as
 permitted sender) smtp.mailfrom=client@example.org"""

RSPAMD_NOTHING = """mail.praxis-beispiel.de;
\tdkim=none;
\tdmarc=none;
\tspf=softfail (mail.praxis-beispiel.de: 198.51.100.9 is neither permitted nor denied by
 domain of client@example.org) smtp.mailfrom=client@example.org"""

OPENDMARC_FAIL = "mail.praxis-beispiel.de; dmarc=fail (p=reject dis=none) header.from=gmail.com"
OPENDMARC_NONE = "mail.praxis-beispiel.de; dmarc=none (p=none dis=none) header.from=example.org"
OPENDKIM_FAIL = """mail.praxis-beispiel.de;
\tdkim=fail reason="signature verification failed; body hash" (2048-bit key; unprotected)
 header.d=example.org header.i=@example.org header.b="AbC;dEf";
\tdkim-atps=neutral"""
POLICYD_SPF_PASS = "mail.praxis-beispiel.de; spf=pass smtp.mailfrom=example.org"


@pytest.mark.parametrize(
    ("headers", "authserv_id", "sender", "expected"),
    [
        ([GMAIL_PASS], "mx.google.com", "sender@example.com", "pass"),
        ([GMAIL_SPOOFED], "mx.google.com", "service@paypal.com", "fail"),
        ([FASTMAIL], "mx3.messagingengine.com", "someone@gmail.com", "pass"),
        ([RSPAMD_PASS], OURS, "client@example.org", "pass"),
        ([RSPAMD_NOTHING], OURS, "client@example.org", "fail"),
        ([OPENDMARC_FAIL, POLICYD_SPF_PASS], OURS, "client@gmail.com", "fail"),
        ([OPENDMARC_NONE, POLICYD_SPF_PASS, OPENDKIM_FAIL], OURS, "client@example.org", "pass"),
        ([OPENDMARC_NONE, OPENDKIM_FAIL], OURS, "client@example.org", "fail"),
        ([OPENDKIM_FAIL], OURS, "client@example.org", "fail"),
        ([POLICYD_SPF_PASS], OURS, "client@example.org", "pass"),
    ],
    ids=[
        "gmail-pass",
        "gmail-spoofed-dmarc-fail",
        "fastmail-pass",
        "rspamd-pass",
        "rspamd-nothing-passes",
        "opendmarc-fail-beats-spf-pass",
        "postfix-no-dmarc-spf-pass",
        "postfix-no-dmarc-dkim-fail-no-spf",
        "opendkim-fail-alone",
        "policyd-spf-pass-alone",
    ],
)
def test_real_world_headers(
    headers: list[str], authserv_id: str, sender: str, expected: str
) -> None:
    assert verdict(headers, authserv_id, sender) == expected


def test_microsoft_365_headers_carry_no_authserv_id_and_are_never_trusted() -> None:
    assert results(MICROSOFT_365, "spf=pass") is None
    for authserv_id in ("outlook.com", "protection.outlook.com", "spf=pass", "spf"):
        assert verdict([MICROSOFT_365], authserv_id, "someone@gmail.com") == "none"


def test_headers_from_other_servers_are_ignored_they_may_be_written_by_the_sender() -> None:
    forged = "mail.praxis-beispiel.de.evil.example; dmarc=pass header.from=gmail.com"
    assert verdict([GMAIL_PASS, forged], OURS, "someone@gmail.com") == "none"
    assert verdict([GMAIL_PASS, OPENDMARC_FAIL], OURS, "someone@gmail.com") == "fail"
    assert verdict([GMAIL_SPOOFED, RSPAMD_PASS], OURS, "client@example.org") == "pass"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("mail.praxis-beispiel.de; dmarc=pass header.from=example.org", "pass"),
        ("mail.praxis-beispiel.de; dmarc=fail; dkim=pass; spf=pass", "fail"),
        ("mail.praxis-beispiel.de; dmarc=pass header.from=example.org; dmarc=fail", "fail"),
        ("mail.praxis-beispiel.de; dmarc=none; dkim=pass header.d=example.org; spf=fail", "pass"),
        (
            "mail.praxis-beispiel.de; dmarc=permerror; dkim=fail;"
            " spf=pass smtp.mailfrom=example.org",
            "pass",
        ),
        ("mail.praxis-beispiel.de; dmarc=temperror; dkim=fail; spf=softfail", "fail"),
        ("mail.praxis-beispiel.de; dmarc=bestguesspass; dkim=none; spf=none", "fail"),
        ("mail.praxis-beispiel.de; dkim=neutral; spf=neutral", "fail"),
        ("mail.praxis-beispiel.de; dkim=permerror; spf=permerror", "fail"),
        ("mail.praxis-beispiel.de; dkim=temperror header.d=example.org; spf=fail", "none"),
        ("mail.praxis-beispiel.de; dkim=fail; spf=temperror smtp.mailfrom=a@example.org", "none"),
        ("mail.praxis-beispiel.de; dkim=temperror; spf=pass smtp.mailfrom=example.org", "pass"),
        ("mail.praxis-beispiel.de; dkim=fail; dkim=pass header.i=@example.org", "pass"),
        ("mail.praxis-beispiel.de; dkim=fail; dkim-atps=pass", "fail"),
        ("mail.praxis-beispiel.de; dkim-atps=pass", "none"),
        ("mail.praxis-beispiel.de; iprev=pass; auth=pass", "none"),
        ("mail.praxis-beispiel.de 1; none", "none"),
        ("mail.praxis-beispiel.de; dmarc=none", "none"),
        ("mail.praxis-beispiel.de 1; spf=pass smtp.mailfrom=example.org", "pass"),
        ('"mail.praxis-beispiel.de"; spf=pass smtp.mailfrom="a@example.org"', "pass"),
        ("MAIL.Praxis-Beispiel.DE; DKIM=Pass Header.D=Example.ORG; SPF=Fail", "pass"),
        ("mail.praxis-beispiel.de; DMARC=FAIL header.from=example.org", "fail"),
        ("mail.praxis-beispiel.de; dkim/1=pass header.d=example.org", "pass"),
        ("mail.praxis-beispiel.de; dkim = pass header.d = example.org ; spf = fail", "pass"),
        ("mail.praxis-beispiel.de; (a comment; with (nested) parts) dmarc=fail", "fail"),
        ("mail.praxis-beispiel.de; spf=fail (dmarc=pass; dkim=pass) smtp.mailfrom=x", "fail"),
        ('mail.praxis-beispiel.de; spf=fail reason="dmarc=pass; dkim=pass"', "fail"),
        ("mail.praxis-beispiel.de (the comment \\) goes on; dkim=pass); dmarc=fail", "fail"),
        (
            "Authentication-Results: mail.praxis-beispiel.de; dmarc=pass header.from=example.org",
            "pass",
        ),
        ("authentication-results:mail.praxis-beispiel.de;\r\n\tdmarc=fail\r\n\tx=y", "fail"),
        ("mail.praxis-beispiel.de;\r\n dkim=none;\r\n spf=none", "fail"),
    ],
)
def test_one_header_of_our_own_server(header: str, expected: str) -> None:
    assert verdict([header], OURS, "client@example.org") == expected


@pytest.mark.parametrize(
    "headers",
    [[], [""], [";;;"], ["(((("], ["mail.praxis-beispiel.de"], ['"'], ["=; =;"], ["x" * 100_000]],
)
def test_no_usable_header_gives_none(headers: list[str]) -> None:
    assert verdict(headers, OURS, "client@example.org") == "none"


def test_an_empty_configured_authserv_id_trusts_nothing() -> None:
    assert verdict([RSPAMD_PASS], "", "client@example.org") == "none"
    assert verdict(["; dmarc=pass header.from=example.org"], "  ", "client@example.org") == "none"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("spoofed_client_dmarc_fail.eml", "fail"),
        ("auth_client_pass_opendmarc.eml", "pass"),
        ("spoofed_forged_results_only.eml", "none"),
    ],
)
def test_headers_as_they_come_out_of_a_parsed_message(name: str, expected: str) -> None:
    message = email.message_from_bytes((MAIL / name).read_bytes(), policy=email.policy.default)
    headers = [str(h) for h in message.get_all("Authentication-Results") or []]
    sender = "maria.keller@gmail.com" if "client" in name else "j.morgan@outlook.com"
    assert verdict(headers, OURS, sender) == expected
    raw = email.message_from_bytes((MAIL / name).read_bytes(), policy=email.policy.compat32)
    raw_headers = [str(h) for h in raw.get_all("Authentication-Results") or []]
    assert verdict(raw_headers, OURS, sender) == expected


@given(st.lists(st.text(max_size=300), max_size=4), st.text(max_size=40), st.text(max_size=40))
def test_verdict_never_raises(headers: list[str], authserv_id: str, sender: str) -> None:
    assert verdict(headers, authserv_id, sender) in {"pass", "fail", "none"}


# --- alignment: a pass only counts when it is about the From domain -------------------------

ANN = "ann@example.org"


@pytest.mark.parametrize(
    ("header", "sender", "expected"),
    [
        # The bypass from issue 10: an SPF pass for somebody else's envelope.
        ("spf=pass smtp.mailfrom=bounce@evil.example; dmarc=none", ANN, "fail"),
        ("spf=pass smtp.mailfrom=evil.example", ANN, "fail"),
        ("spf=pass", ANN, "fail"),
        ("dkim=pass header.d=evil.example", ANN, "fail"),
        ("dkim=pass header.i=@evil.example", ANN, "fail"),
        ("dkim=pass header.d=evil.example; dkim=pass header.d=example.org", ANN, "pass"),
        ("dmarc=pass header.from=evil.example", ANN, "fail"),
        ("dmarc=pass", ANN, "fail"),
        ("dmarc=pass header.from=example.org", ANN, "pass"),
        ("dmarc=pass header.from=EXAMPLE.org.", ANN, "pass"),
        # relaxed: the same organisational domain
        ("spf=pass smtp.mailfrom=bounce@mail.example.org", ANN, "pass"),
        ("dkim=pass header.d=example.org", "ann@lists.example.org", "pass"),
        ("dkim=pass header.d=a.example.org", "ann@b.example.org", "pass"),
        ("dkim=pass header.d=example.org.evil.example", ANN, "fail"),
        ("dkim=pass header.d=evilexample.org", ANN, "fail"),
        ("dkim=pass header.d=org", ANN, "fail"),
        # two-level country registries are suffixes, not organisations
        ("dkim=pass header.d=co.uk", "ann@example.co.uk", "fail"),
        ("dkim=pass header.d=evil.co.uk", "ann@example.co.uk", "fail"),
        ("dkim=pass header.d=mail.example.co.uk", "ann@example.co.uk", "pass"),
        ("spf=pass smtp.mailfrom=x@example.com.au", "ann@other.com.au", "fail"),
        # a temperror only holds back the verdict when it is about the sender
        ("dkim=temperror header.d=evil.example; spf=pass smtp.mailfrom=evil.example", ANN, "fail"),
        ("dkim=temperror header.d=example.org; spf=pass smtp.mailfrom=evil.example", ANN, "none"),
        # no From domain: nothing can align
        ("dmarc=pass header.from=example.org", "", "fail"),
    ],
)
def test_a_pass_counts_only_when_aligned_with_the_from_domain(
    header: str, sender: str, expected: str
) -> None:
    assert verdict([f"{OURS}; {header}"], OURS, sender) == expected


@pytest.mark.parametrize(
    ("domain", "organisational"),
    [
        ("example.org", "example.org"),
        ("mail.example.org", "example.org"),
        ("a.b.example.co.uk", "example.co.uk"),
        ("example.co.uk", "example.co.uk"),
        ("praxis.com.au", "praxis.com.au"),
        ("mail.praxis-beispiel.de", "praxis-beispiel.de"),
        ("x.example.io", "example.io"),
        ("localhost", "localhost"),
    ],
)
def test_the_organisational_domain_approximation(domain: str, organisational: str) -> None:
    assert organisational_domain(domain) == organisational


def test_authserv_ids_are_counted_for_check_to_suggest() -> None:
    seen = authserv_ids([RSPAMD_PASS, OPENDMARC_NONE, GMAIL_PASS, MICROSOFT_365, "", "(("])
    assert seen == {OURS: 2, "mx.google.com": 1}
