"""Is the sender who the From line says? A verdict from `Authentication-Results` (RFC 8601).

Pure: header values in, "pass" / "fail" / "none" out. Only headers stamped by the therapist's
own mail server count (their authserv-id equals the configured one); any other header may have
been written by the sender. That trust rests on the server removing incoming headers that
carry its own id (RFC 8601 section 5; rspamd, OpenDMARC and Gmail do). Microsoft 365 writes
its header without an authserv-id at all, so it can never be trusted this way: "none".

The rule, from the issue: a message whose DMARC, or else DKIM and SPF, fail is treated as from
an unknown sender.
- dmarc=fail anywhere in the trusted headers: "fail" (even next to a dmarc=pass).
- dmarc=pass: "pass".
- otherwise (no DMARC, or none/temperror/permerror/bestguesspass): "pass" if DKIM or SPF
  passes; else "none" if either is temperror (a DNS hiccup on our side says nothing about the
  sender, and branding a real client unknown for it would be wrong); else "fail" when at least
  one of them was checked (fail, softfail, neutral, none, permerror, policy all count).
- no trusted header, or one that checked none of the three: "none".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

Verdict = Literal["pass", "fail", "none"]

MAX_HEADER = 16_000  # a real header is a few hundred characters; more is noise or an attack

_NAME = re.compile(r"^\s*authentication-results\s*:", re.IGNORECASE)
_METHOD = re.compile(
    r"^\s*([a-z0-9][a-z0-9_-]*)\s*(?:/\s*[0-9]+\s*)?=\s*([a-z0-9_-]+)", re.IGNORECASE
)
_TOKEN = re.compile(r"[^\s;\"()]+")


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


def results(header: str, authserv_id: str) -> list[tuple[str, str]] | None:
    """(method, result) pairs of one header value, or None if not from `authserv_id`.

    `header` may include the "Authentication-Results:" name and folded lines.
    """
    value = _NAME.sub("", header[:MAX_HEADER], count=1)
    value = " ".join(value.split())
    segments = _segments(value)
    if _authserv_id(segments[0]) != authserv_id.strip().lower():
        return None
    pairs: list[tuple[str, str]] = []
    for segment in segments[1:]:
        found = _METHOD.match(segment)
        if found:
            pairs.append((found.group(1).lower(), found.group(2).lower()))
    return pairs


def verdict(headers: Sequence[str], authserv_id: str) -> Verdict:
    """What the therapist's own server found out about the sender (see the module docstring)."""
    if not authserv_id.strip():
        return "none"
    found: dict[str, list[str]] = {"dmarc": [], "dkim": [], "spf": []}
    for header in headers:
        pairs = results(header, authserv_id)
        for method, result in pairs or ():
            if method in found:
                found[method].append(result)
    if "fail" in found["dmarc"]:
        return "fail"
    if "pass" in found["dmarc"]:
        return "pass"
    # Several DKIM signatures or SPF checks: one pass is enough.
    either = {*found["dkim"], *found["spf"]}
    if "pass" in either:
        return "pass"
    if not either or "temperror" in either:
        return "none"
    return "fail"
