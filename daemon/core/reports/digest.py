"""The therapist's weekly digest of between-session contact: its text and when it is due (pure).

Weeks are local calendar weeks in the therapist's zone, Monday to Sunday.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time

from daemon.core.render import locale_for


@dataclass(frozen=True)
class ClientWeek:
    """One client's between-session contact in one week."""

    name: str
    calls: int
    comfortable: int
    cancelled_by_client: int = 0
    cancelled_by_therapist: int = 0
    crises: int = 0  # messages with crisis language

    @property
    def above(self) -> bool:
        return self.calls > self.comfortable


@dataclass(frozen=True)
class TitleConflict:
    """A coming session whose title more than one client's `sessions` matches."""

    start: datetime
    title: str  # the therapist's own event title: fine in their digest, never in a log
    clients: tuple[str, ...]  # the clients' names


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


def digest_subject(language: str = "en") -> str:
    """The digest mail's subject, in the therapist's language; it names no one."""
    return _WORDS.get(locale_for(language).language, _WORDS["en"])["subject"]


def digest_text(
    week_start: date,
    per_client: Sequence[ClientWeek],
    no_free_time: int,
    language: str = "en",
    conflicts: Sequence[TitleConflict] = (),
    strangers_in_crisis: int = 0,
    tz: ZoneInfo | None = None,
    no_phone: Sequence[str] = (),
) -> str:
    """The digest mail's plain-text body for the week starting on `week_start`."""
    locale = locale_for(language)
    words = _WORDS.get(locale.language, _WORDS["en"])
    day = format_skeleton("yMMMMd", week_start, locale=locale)
    lines = [words["title"].format(day=day), ""]
    active = [
        c
        for c in per_client
        if c.calls or c.cancelled_by_client or c.cancelled_by_therapist or c.crises
    ]
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
        if client.crises:
            line += "; " + words["crisis" if client.crises == 1 else "crises"].format(
                n=client.crises
            )
        lines.append(line)
    lines.append("")
    in_crisis = [f"{c.name} ({c.crises})" for c in active if c.crises]
    if in_crisis:
        lines.append(words["crisis_list"].format(names=", ".join(in_crisis)))
    if strangers_in_crisis:
        lines.append(words["strangers"].format(n=strangers_in_crisis))
    above = [c.name for c in active if c.above]
    if above:
        lines.append(words["above_list"].format(names=", ".join(above)))
    by_client = sum(c.cancelled_by_client for c in per_client)
    by_you = sum(c.cancelled_by_therapist for c in per_client)
    lines.append(words["cancellations"].format(client=by_client, you=by_you))
    lines.append(words["no_free_time"].format(n=no_free_time))
    if no_phone:
        lines.append(words["no_phone"].format(names=", ".join(no_phone)))
    if conflicts:
        lines += ["", words["conflicts"]]
        for conflict in conflicts:
            local = conflict.start.astimezone(tz) if tz is not None else conflict.start
            when = format_skeleton("MMMEd", local, locale=locale)
            clock = format_time(local.time(), "short", locale=locale)
            names = ", ".join(conflict.clients)
            lines.append(f'  "{conflict.title}", {when}, {clock}: {names}')
        lines.append(words["conflicts_fix"])
    return "\n".join(lines) + "\n"


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("needs a timezone-aware datetime")
    return moment


_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Between-session calls: last week",
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
        "no_phone": "No phone number on file (clients[].phone): {names}",
        "crisis": "{n} message with crisis language",
        "crises": "{n} messages with crisis language",
        "crisis_list": "Messages with crisis language: {names}",
        "strangers": "Messages with crisis language from people not in your roster: {n}",
        "conflicts": "Coming sessions whose title matches more than one client (no notes go "
        "into them):",
        "conflicts_fix": "Make those clients' `sessions` in the config more exact, or the "
        "event titles.",
    },
    "de": {
        "subject": "Telefonate zwischen den Sitzungen: letzte Woche",
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
        "no_phone": "Keine Telefonnummer hinterlegt (clients[].phone): {names}",
        "crisis": "{n} Nachricht mit Krisensprache",
        "crises": "{n} Nachrichten mit Krisensprache",
        "crisis_list": "Nachrichten mit Krisensprache: {names}",
        "strangers": "Nachrichten mit Krisensprache von Personen außerhalb Ihrer Liste: {n}",
        "conflicts": "Kommende Sitzungen, deren Titel zu mehr als einem Klienten passt (dort "
        "werden keine Notizen eingetragen):",
        "conflicts_fix": "Machen Sie `sessions` dieser Klienten in der Konfiguration genauer, "
        "oder die Titel der Termine.",
    },
    "es": {
        "subject": "Llamadas entre sesiones: la semana pasada",
        "title": "Llamadas entre sesiones en la semana del {day}",
        "none": "Ninguna llamada entre sesiones y ninguna cancelación.",
        "call": "{n} llamada",
        "calls": "{n} llamadas",
        "comfortable": "(cómodo: {n})",
        "above": "– más de lo que le resulta cómodo",
        "by_client": "{n} cancelada(s) por el cliente",
        "by_you": "{n} cancelada(s) por usted",
        "above_list": "Por encima de su número cómodo: {names}",
        "cancellations": "Cancelaciones: {client} por clientes, {you} por usted",
        "no_free_time": "Solicitudes sin tiempo libre: {n}",
        "no_phone": "Sin número de teléfono registrado (clients[].phone): {names}",
        "crisis": "{n} mensaje con lenguaje de crisis",
        "crises": "{n} mensajes con lenguaje de crisis",
        "crisis_list": "Mensajes con lenguaje de crisis: {names}",
        "strangers": "Mensajes con lenguaje de crisis de personas fuera de su lista: {n}",
        "conflicts": "Próximas sesiones cuyo título coincide con más de un cliente (no se "
        "escriben notas en ellas):",
        "conflicts_fix": "Haga más exacto `sessions` de esos clientes en la configuración, o "
        "los títulos de los eventos.",
    },
}
