"""The therapist's weekly digest of between-session contact: its text and when it is due (pure).

Weeks are local calendar weeks in the therapist's zone, Monday to Sunday.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from daemon.render import locale_for


@dataclass(frozen=True)
class ClientWeek:
    """One client's between-session contact in one week."""

    name: str
    calls: int
    comfortable: int
    cancelled_by_client: int = 0
    cancelled_by_therapist: int = 0

    @property
    def above(self) -> bool:
        return self.calls > self.comfortable


def week_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) in `tz` of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    following = monday + timedelta(days=7)
    return datetime.combine(monday, time(0), tz), datetime.combine(following, time(0), tz)


def digest_week(now: datetime, tz: ZoneInfo) -> date:
    """The Monday of the week a digest sent at `now` reports on: the week before."""
    today = _aware(now).astimezone(tz).date()
    return today - timedelta(days=today.weekday() + 7)


def due(
    digest_weekday: int,
    digest_time: time,
    tz: ZoneInfo,
    last_sent: datetime | None,
    now: datetime,
) -> bool:
    """Whether the digest should go out now.

    At most one digest per local week, and not before this week's scheduled moment. A
    daemon that was down at that moment catches up when it comes back in the same week;
    a week it missed entirely is not sent late, since by then a newer digest is next.
    A digest sent any time this week (say, by hand on Monday at 07:00) counts: it covered
    the same past week.
    """
    if not 0 <= digest_weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) to 6, not {digest_weekday}")
    local = _aware(now).astimezone(tz)
    week_start, _ = week_bounds(local.date(), tz)
    scheduled = datetime.combine(
        week_start.date() + timedelta(days=digest_weekday), digest_time, tz
    )
    # Timestamps: aware comparisons within one zone compare wall clocks and miss DST folds.
    if local.timestamp() < scheduled.timestamp():
        return False
    return last_sent is None or _aware(last_sent).timestamp() < week_start.timestamp()


def digest_text(
    week_start: date,
    per_client: Sequence[ClientWeek],
    no_free_time: int,
    language: str = "en",
) -> str:
    """The digest mail's plain-text body for the week starting on `week_start`."""
    words = _WORDS.get(locale_for(language).language, _WORDS["en"])
    day = format_skeleton("yMMMMd", week_start, locale=locale_for(language))
    lines = [words["title"].format(day=day), ""]
    active = [c for c in per_client if c.calls or c.cancelled_by_client or c.cancelled_by_therapist]
    if not active:
        lines.append(words["none"])
    for client in active:
        line = f"{client.name}: " + words["call" if client.calls == 1 else "calls"].format(
            n=client.calls
        )
        line += " " + words["comfortable"].format(n=client.comfortable)
        if client.above:
            line += " " + words["above"]
        if client.cancelled_by_client:
            line += "; " + words["by_client"].format(n=client.cancelled_by_client)
        if client.cancelled_by_therapist:
            line += "; " + words["by_you"].format(n=client.cancelled_by_therapist)
        lines.append(line)
    lines.append("")
    above = [c.name for c in active if c.above]
    if above:
        lines.append(words["above_list"].format(names=", ".join(above)))
    by_client = sum(c.cancelled_by_client for c in per_client)
    by_you = sum(c.cancelled_by_therapist for c in per_client)
    lines.append(words["cancellations"].format(client=by_client, you=by_you))
    lines.append(words["no_free_time"].format(n=no_free_time))
    return "\n".join(lines) + "\n"


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("needs a timezone-aware datetime")
    return moment


_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Between-session calls in the week of {day}",
        "none": "No between-session calls and no cancellations.",
        "call": "{n} call",
        "calls": "{n} calls",
        "comfortable": "(comfortable: {n})",
        "above": "– more than you're comfortable with",
        "by_client": "{n} cancelled by the client",
        "by_you": "{n} cancelled by you",
        "above_list": "Above their comfortable number: {names}",
        "cancellations": "Cancellations: {client} by clients, {you} by you",
        "no_free_time": "Requests that found no free time: {n}",
    },
    "de": {
        "title": "Telefonate zwischen den Sitzungen in der Woche ab {day}",
        "none": "Keine Telefonate zwischen den Sitzungen und keine Absagen.",
        "call": "{n} Telefonat",
        "calls": "{n} Telefonate",
        "comfortable": "(angenehm: {n})",
        "above": "– mehr, als Ihnen angenehm ist",
        "by_client": "{n} vom Klienten abgesagt",
        "by_you": "{n} von Ihnen abgesagt",
        "above_list": "Über der angenehmen Zahl: {names}",
        "cancellations": "Absagen: {client} von Klienten, {you} von Ihnen",
        "no_free_time": "Anfragen ohne freie Zeit: {n}",
    },
}
