"""Who wrote, may we answer at all, and is anyone in danger (pure).

Runs before any conversation logic: machine mail is never answered (RFC 3834), a sender
whose mail fails the therapist's own server's DMARC/DKIM/SPF checks is treated as a
stranger, the therapist's own addresses are never answered, and crisis language in the
client's new words is noticed whatever else the message is.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import Generic, TypeVar

from daemon.core.alerts import manners
from daemon.core.mail import authres
from daemon.core.mail.intake import Message
from daemon.core.safety import crisis

# The roster's client record: the screen only carries it through, it never looks inside.
C = TypeVar("C")


@dataclass(frozen=True)
class Screened(Generic[C]):
    client: C | None  # a roster client whose mail we trust, else None
    answerable: bool  # may any reply at all go to this sender
    reason: str | None  # why not, for logs (never client data)
    crisis: crisis.Finding | None  # the risk category and language found, never the words
    # The roster client whose address this mail claims, when it failed authentication: the
    # therapist's alert may say so, but the sender is treated as a stranger.
    claimed: C | None = None


def screen(
    message: Message,
    client: C | None,
    *,
    own: Set[str],
    extra_crisis_words: Sequence[str] = (),
    trust_authserv_id: str | None = None,
) -> Screened[C]:
    """`client`: the roster's client for the From address, if any; `own`: the therapist's
    own addresses, lowercased; `trust_authserv_id`: whose Authentication-Results to believe."""
    # Every built-in language, whatever the practice speaks: a German client of an English
    # practice in danger must be noticed just the same.
    found = crisis.detect(message.text, extra_crisis_words, by_a_person=message.machine is None)
    if message.unreadable:
        return Screened(None, False, "unreadable", None)
    if not message.from_addr:
        return Screened(None, False, "no sender", found)
    if manners.own_address(message.from_addr, own):
        return Screened(None, False, "own address", None)
    if message.from_ambiguous:
        # Readers disagree on who wrote it, so no reply may go to any of its readings.
        return Screened(None, False, "ambiguous sender", found)
    claimed = None
    if (
        client is not None
        and trust_authserv_id
        and authres.verdict(message.auth_results, trust_authserv_id, message.from_addr) == "fail"
    ):
        # Someone may be pretending to be a client: no slots, no names, no booking.
        client, claimed = None, client
    if message.machine:
        return Screened(client, False, f"machine mail ({message.machine})", found, claimed)
    if message.calendar_method:
        # A calendar app answering our invitation (METHOD:REPLY): not a request.
        return Screened(client, False, "calendar reply", found, claimed)
    return Screened(client, True, None, found, claimed)
