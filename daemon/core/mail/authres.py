"""Is the sender who the From line says? A verdict from `Authentication-Results` (RFC 8601).

Pure: header values and the From address in, "pass" / "fail" / "none" out. Only headers
stamped by the therapist's own mail server count (their authserv-id equals the configured
one); any other header may have been written by the sender. That trust rests on the server
removing incoming headers that carry its own id (RFC 8601 section 5; rspamd, OpenDMARC and
Gmail do). Microsoft 365 writes its header without an authserv-id at all, so it can never be
trusted this way: "none".

A pass counts only when it is about the From domain (aligned, as DMARC means it): dmarc=pass
with header.from, dkim=pass with header.d (or header.i), spf=pass with smtp.mailfrom, each
naming a domain aligned with the From domain. An SPF pass for `bounce@evil.example` says
nothing about `ann@example.org`. Alignment is relaxed (same organisational domain), without
the Public Suffix List: the organisational domain is taken as the last two labels, or the
last three under a two-letter country domain whose second label is a common registry one
(co.uk, com.au, ac.jp...). The approximation can only err towards aligning two sites under
a private shared suffix (a.github.io, b.github.io), where neither can publish the SPF or
DKIM record for the other.

- dmarc=fail anywhere in the trusted headers: "fail" (even next to a dmarc=pass).
- an aligned pass of DMARC, DKIM or SPF: "pass".
- otherwise "none" if an aligned DKIM or SPF check hit a temperror (a DNS hiccup on our side
  says nothing about the sender, and branding a real client unknown for it would be wrong);
  else "fail" when anything was checked (an unaligned pass is no pass; fail, softfail,
  neutral, none, permerror, policy all count).
- no trusted header, or one that checked none of the three: "none".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Verdict = Literal["pass", "fail", "none"]

MAX_HEADER = 16_000  # a real header is a few hundred characters; more is noise or an attack

_NAME = re.compile(r"^\s*authentication-results\s*:", re.IGNORECASE)
_METHOD = re.compile(
    r"^\s*([a-z0-9][a-z0-9_-]*)\s*(?:/\s*[0-9]+\s*)?=\s*([a-z0-9_-]+)", re.IGNORECASE
)
_TOKEN = re.compile(r"[^\s;\"()]+")
_PROPERTY = re.compile(
    r'(?<!\S)([a-z0-9_-]+\.[a-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)', re.IGNORECASE
)
# Which property names the domain a method's result is about.
_SUBJECT_OF = {
    "dmarc": ("header.from",),
    "dkim": ("header.d", "header.i"),
    "spf": ("smtp.mailfrom",),
}
# Second labels under which country registries hand out names (example.co.uk).
_REGISTRY_LABELS = frozenset(
    {"ac", "co", "com", "edu", "go", "gob", "gov", "gv", "ltd", "me", "mil", "ne", "net"}
    | {"nhs", "nom", "or", "org", "plc", "sch"}
)


@dataclass(frozen=True)
class Check:
    method: str  # dmarc, dkim, spf, ...
    result: str  # pass, fail, ...
    domain: str  # the domain the result is about ("" when the header does not say)


def _segments(value: str) -> list[str]:
    """The value split at top-level ';', comments blanked out.

    Quoted strings may hold ';' or '(' (`reason="bad; really"`) and are kept whole.
    """
    out: list[str] = []
    segments: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(char)
            continue
        if char == "\\" and (quoted or depth):
            escaped = True
            continue
        if quoted:
            out.append(char)
            if char == '"':
                quoted = False
            continue
        if char == "(":
            depth += 1
            out.append(" ")
        elif char == ")" and depth:
            depth -= 1
        elif depth:
            continue
        elif char == '"':
            quoted = True
            out.append(char)
        elif char == ";":
            segments.append("".join(out))
            out = []
        else:
            out.append(char)
    segments.append("".join(out))
    return segments


def _authserv_id(first: str) -> str | None:
    """The authserv-id of a header's first segment, or None if it has none (Microsoft)."""
    text = first.strip()
    if not text or "=" in text.split()[0]:
        return None
    if text.startswith('"'):
        end = text.find('"', 1)
        return text[1:end].strip().lower() if end > 0 else None
    token = _TOKEN.match(text)
    return token.group(0).lower() if token else None


def _split(header: str) -> list[str]:
    value = _NAME.sub("", header[:MAX_HEADER], count=1)
    return _segments(" ".join(value.split()))


def checks(header: str, authserv_id: str) -> list[Check] | None:
    """The checks one header value reports, or None if it is not from `authserv_id`.

    `header` may include the "Authentication-Results:" name and folded lines.
    """
    segments = _split(header)
    if _authserv_id(segments[0]) != authserv_id.strip().lower():
        return None
    found: list[Check] = []
    for segment in segments[1:]:
        method = _METHOD.match(segment)
        if not method:
            continue
        name = method.group(1).lower()
        props = {
            key.lower(): value.strip('"')
            for key, value in _PROPERTY.findall(segment[method.end() :])
        }
        subject = next((props[k] for k in _SUBJECT_OF.get(name, ()) if props.get(k)), "")
        found.append(Check(name, method.group(2).lower(), _domain(subject)))
    return found


def results(header: str, authserv_id: str) -> list[tuple[str, str]] | None:
    """(method, result) pairs of one header value, or None if not from `authserv_id`."""
    found = checks(header, authserv_id)
    return None if found is None else [(c.method, c.result) for c in found]


def authserv_ids(headers: Iterable[str]) -> Counter[str]:
    """How often each authserv-id stamps these headers: what `check` suggests trusting."""
    seen: Counter[str] = Counter()
    for header in headers:
        found = _authserv_id(_split(header)[0])
        if found:
            seen[found] += 1
    return seen


def _domain(text: str) -> str:
    """The domain of an address, `@domain` (header.i) or a bare domain; lower case."""
    return text.rpartition("@")[2].strip().rstrip(".").lower()


def organisational_domain(domain: str) -> str:
    """An approximation without the Public Suffix List (see the module docstring)."""
    labels = [label for label in domain.split(".") if label]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _REGISTRY_LABELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment: equal, or the same organisational domain (never a bare suffix)."""
    if not domain or not from_domain:
        return False
    if domain == from_domain:
        return True
    org = organisational_domain(from_domain)
    return "." in org and organisational_domain(domain) == org


def verdict(headers: Sequence[str], authserv_id: str, from_addr: str) -> Verdict:
    """What the therapist's own server found out about the sender of `from_addr` (see the
    module docstring)."""
    if not authserv_id.strip():
        return "none"
    from_domain = _domain(from_addr)
    found = [
        check
        for header in headers
        for check in checks(header, authserv_id) or ()
        if check.method in _SUBJECT_OF
    ]
    if any(c.method == "dmarc" and c.result == "fail" for c in found):
        return "fail"
    about_sender = [c for c in found if aligned(c.domain, from_domain)]
    if any(c.result == "pass" for c in about_sender):
        return "pass"
    if any(c.method != "dmarc" and c.result == "temperror" for c in about_sender):
        return "none"
    # DMARC's none/temperror/permerror alone checked nothing; DKIM and SPF results all count.
    checked = [c for c in found if c.method != "dmarc" or c.result == "pass"]
    return "fail" if checked else "none"
