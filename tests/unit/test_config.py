"""The config file: the example is the manual and loads; every mistake is one exact line."""

from __future__ import annotations

import copy
from datetime import time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from daemon.config.loading import load_config, parse_config
from daemon.config.schema import Config, rules
from daemon.config.values import (
    Digest,
    Span,
    is_loopback,
    parse_clock,
    parse_digest,
    parse_duration,
    parse_window,
)
from daemon.core.errors import ConfigError, UserError
from daemon.core.model import WEEKDAYS, Rules, Window

EXAMPLE = Path(__file__).resolve().parent.parent.parent / "config.yaml.example"

MINIMAL: dict[str, Any] = {
    "therapist": {
        "name": "Robin Example",
        "email": "robin@practice.example",
        "timezone": "Europe/Berlin",
    },
    "mail": {
        "imap": {"host": "imap.practice.example", "username": "robin@practice.example"},
        "smtp": {"host": "smtp.practice.example", "username": "robin@practice.example"},
    },
    "calendar": {
        "url": "https://dav.practice.example/robin/",
        "username": "robin",
        "book_into": "Practice",
    },
    "calls": {"windows": {"mon": ["12:00-13:00"]}},
    "clients": [{"name": "Ann Example", "email": "ann@example.org"}],
}

DROP = object()
HOWTO = "write it like 15m, 2h, 7d or 1h30m"


def edited(**changes: Any) -> dict[str, Any]:
    """MINIMAL with `a__b__c=value` set (or removed with DROP); list indices as digits."""
    doc = copy.deepcopy(MINIMAL)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node.setdefault(part, {})
        key: Any = int(last) if last.isdigit() else last
        if value is DROP:
            del node[key]
        else:
            node[key] = value
    return doc


def load(doc: dict[str, Any], base_dir: Path | None = None) -> Config:
    return parse_config(yaml.safe_dump(doc, sort_keys=False), "config.yaml", base_dir)


def problems(doc: dict[str, Any] | str) -> list[str]:
    text = doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False)
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "config.yaml")
    return caught.value.problems


# --- the example and the defaults ---------------------------------------------------------------


def test_the_example_config_loads_and_says_what_it_shows() -> None:
    config = load_config(EXAMPLE)
    assert config.source == EXAMPLE
    assert config.therapist.tz == ZoneInfo("Europe/Berlin")
    assert config.therapist.phone == "+49 30 1234567"
    assert config.mail.imap.port == 993 and config.mail.imap.inbox == "INBOX"
    assert config.mail.smtp.security == "tls"
    assert config.mail.triggers.addresses == ("robin+call@practice.example",)
    assert config.calendar.busy_from == ("Practice", "Personal")
    assert config.calls.windows["thu"] == (Span(time(8), time(8, 45)), Span(time(17), time(18, 30)))
    assert config.calls.offer_valid_for == timedelta(hours=24)
    ann, ben = config.clients
    assert ann.tz == ZoneInfo("America/New_York") and ann.initials == "A.E."
    assert ben.emails == ("ben@example.net", "ben.sample@work.example")
    assert ben.tz == ZoneInfo("Europe/Berlin")
    assert config.followup.digest == Digest(0, time(7, 30))
    assert config.alert_address == "robin.private@example.org"


def test_a_minimal_config_gets_every_default() -> None:
    config = load(MINIMAL)
    assert config.therapist.language == "en" and config.therapist.phone is None
    assert (config.mail.imap.port, config.mail.smtp.port) == (993, 465)
    assert config.mail.imap.password_from == "keyring"
    assert config.mail.sent_folder is None and config.mail.trust_authserv_id is None
    assert config.mail.triggers.addresses == ()
    # Requests are read as intent; keywords are an optional extra, off by default.
    assert config.mail.triggers.keywords == ()
    assert config.calendar.busy_from is None
    calls = config.calls
    assert (calls.length, calls.buffer, calls.notice, calls.horizon, calls.offer_valid_for) == (
        timedelta(minutes=15),
        timedelta(minutes=10),
        timedelta(hours=2),
        timedelta(days=7),
        timedelta(hours=24),
    )
    assert (calls.offer, calls.max_per_day, calls.max_per_week) == (3, 3, 8)
    assert (calls.summary, calls.how, calls.video_link) == ("Call: {initials}", "phone", None)
    assert calls.client_hours == dict.fromkeys(WEEKDAYS, (Span(time(8), time(21)),))
    assert config.clients[0].hours is None
    assert config.followup.comfortable_per_week == 1 and config.followup.note_next_session
    assert config.safety.alert_to is None
    assert config.alert_address == "robin@practice.example"
    assert config.unknown_senders == "leave"
    assert config.state_dir == Path("/var/lib/callmemaybe")
    assert config.templates is None and config.dry_run is False and config.log_level == "info"


@pytest.mark.parametrize(
    ("security", "imap_port", "smtp_port"),
    [("tls", 993, 465), ("starttls", 143, 587), ("plain", 143, 25)],
)
def test_ports_default_by_security(security: str, imap_port: int, smtp_port: int) -> None:
    config = load(
        edited(
            mail__imap__security=security,
            mail__smtp__security=security,
            mail__imap__host="127.0.0.1",
            mail__smtp__host="localhost",
        )
    )
    assert (config.mail.imap.port, config.mail.smtp.port) == (imap_port, smtp_port)


def test_an_explicit_port_wins() -> None:
    assert load(edited(mail__smtp__port=2525)).mail.smtp.port == 2525


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "::1", "[::1]"])
def test_plain_is_accepted_on_this_machine(host: str) -> None:
    config = load(edited(mail__imap__security="plain", mail__imap__host=host))
    assert config.mail.imap.security == "plain"


def test_http_calendar_is_accepted_on_this_machine() -> None:
    config = load(edited(calendar__url="http://127.0.0.1:5232/robin/"))
    assert config.calendar.url == "http://127.0.0.1:5232/robin/"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("127.0.0.1", True),
        ("127.255.0.1", True),
        ("::1", True),
        ("128.0.0.1", False),
        ("10.0.0.1", False),
        ("localhost.example.org", False),
        ("imap.practice.example", False),
        ("::2", False),
    ],
)
def test_loopback_is_decided_from_the_text(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_clients_are_found_by_any_address_in_any_case() -> None:
    config = load(
        edited(
            clients=[
                {"name": "Ann Example", "email": "Ann@Example.org"},
                {"name": "ben van der berg", "emails": ["BEN@example.net", "b@work.example"]},
            ]
        )
    )
    ann, ben = config.clients
    assert ann.emails == ("ann@example.org",)
    assert config.client_for("ANN@example.ORG ") is ann
    assert config.client_for("b@Work.Example") is ben
    assert config.client_for("carl@example.org") is None
    assert (ben.first_name, ben.initials) == ("ben", "B.V.D.B.")


def test_relative_templates_and_state_dir_resolve_against_the_config_folder(
    tmp_path: Path,
) -> None:
    (tmp_path / "mine").mkdir()
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(edited(templates="mine", state_dir="state")), encoding="utf-8")
    config = load_config(path)
    assert config.templates == tmp_path / "mine"
    assert config.state_dir == tmp_path / "state"


def test_optional_keys_are_accepted() -> None:
    config = load(
        edited(
            calls__summary="Call with {first_name} ({initials})",
            calls__how="video",
            calls__video_link="https://meet.example.org/robin",
            mail__trust_authserv_id="mx.practice.example",
            dry_run=True,
            log_level="debug",
            unknown_senders="reply",
            therapist__language="es-MX",
            followup__digest=None,
            calls__buffer="0m",
            calls__notice="0m",
            calls__length="1h30m",
            calls__windows={"sat": ["09:00-10:30"]},
        )
    )
    assert config.calls.how == "video" and config.dry_run and config.log_level == "debug"
    assert config.calls.buffer == timedelta(0) and config.calls.length == timedelta(minutes=90)
    assert config.followup.digest is None and config.therapist.language == "es-MX"


# --- every mistake, one exact line each --------------------------------------------------------


ERRORS: list[tuple[str, dict[str, Any] | str, list[str]]] = [
    (
        "window ends before it starts",
        edited(calls__windows={"mon": ["12:00-13:00", "17:00-16:00"]}),
        ['config.yaml: calls.windows.mon[1]: "17:00-16:00" ends before it starts'],
    ),
    (
        "window ends when it starts",
        edited(calls__windows={"tue": ["12:00-12:00"]}),
        ['config.yaml: calls.windows.tue[0]: "12:00-12:00" ends before it starts'],
    ),
    (
        "overlapping windows",
        edited(calls__windows={"mon": ["12:00-13:00", "12:30-13:30"]}),
        ['config.yaml: calls.windows.mon: "12:00-13:00" and "12:30-13:30" overlap'],
    ),
    (
        "window shorter than a call",
        edited(calls__length="30m", calls__windows={"fri": ["12:00-12:20"]}),
        ['config.yaml: calls.windows.fri[0]: "12:00-12:20" is shorter than calls.length (30m)'],
    ),
    (
        "malformed windows",
        edited(calls__windows={"mon": ["noon-13:00", "9:00-10:00", 1200], "mond": ["12:00-13:00"]}),
        [
            'config.yaml: calls.windows.mon[0]: "noon-13:00" is not a window; '
            'write it like "12:00-13:00"',
            'config.yaml: calls.windows.mon[1]: "9:00-10:00" is not a window; '
            'write it like "12:00-13:00"',
            "config.yaml: calls.windows.mon[2]: must be text (put it in quotes)",
            'config.yaml: calls.windows.mond: "mond" is not a weekday; '
            "use one of mon, tue, wed, thu, fri, sat or sun",
        ],
    ),
    (
        "no windows at all",
        edited(calls__windows={}),
        ['config.yaml: calls.windows: needs at least one window, like mon: ["12:00-13:00"]'],
    ),
    (
        "windows missing",
        edited(calls__windows=DROP),
        ["config.yaml: calls.windows: is required"],
    ),
    (
        "bad durations",
        edited(
            calls__length="90s",
            calls__buffer="-5m",
            calls__horizon="0d",
            calls__notice=15,
            calls__offer_valid_for="1.5h",
        ),
        [
            f'config.yaml: calls.length: "90s" is not a duration; {HOWTO}',
            f'config.yaml: calls.buffer: "-5m" is not a duration; {HOWTO}',
            f"config.yaml: calls.notice: 15 has no unit; {HOWTO}",
            "config.yaml: calls.horizon: must be longer than 0m",
            f'config.yaml: calls.offer_valid_for: "1.5h" is not a duration; {HOWTO}',
        ],
    ),
    (
        "bad numbers",
        edited(calls__offer=0, calls__max_per_week="many", mail__imap__port=70000),
        [
            "config.yaml: mail.imap.port: must be at most 65535",
            "config.yaml: calls.offer: must be at least 1",
            "config.yaml: calls.max_per_week: must be a whole number",
        ],
    ),
    (
        "a client listed twice, in any case and form",
        edited(
            clients=[
                {"name": "Ann Example", "email": "ann@example.org"},
                {"name": "Ann Again", "email": "ANN@example.org"},
                {"name": "Ann Thrice", "emails": ["x@example.org", "Ann@Example.org"]},
            ]
        ),
        [
            "config.yaml: clients[1].email: this address is listed twice (also clients[0])",
            "config.yaml: clients[2].emails[1]: this address is listed twice (also clients[0])",
        ],
    ),
    (
        "a client with the therapist's address",
        edited(clients__0__email="Robin@Practice.example"),
        ["config.yaml: clients[0].email: robin@practice.example is the therapist's own address"],
    ),
    (
        "client address forms",
        edited(
            clients=[
                {"name": "No Address"},
                {"name": "Both", "email": "a@example.org", "emails": ["b@example.org"]},
                {"name": "Empty", "emails": []},
                {"email": "c@example.org", "comfortable_per_week": -1},
                {"name": "Bad", "email": "not-an-address"},
            ]
        ),
        [
            "config.yaml: clients[0]: needs an email (or an emails list)",
            "config.yaml: clients[1].emails: give either email or emails, not both",
            "config.yaml: clients[2].emails: needs at least one address",
            "config.yaml: clients[3].name: is required",
            "config.yaml: clients[3].comfortable_per_week: must be at least 0",
            "config.yaml: clients[4].email: is not an email address",
        ],
    ),
    (
        "book_into not in busy_from",
        edited(calendar__busy_from=["Personal"]),
        ['config.yaml: calendar.book_into: "Practice" must also be in calendar.busy_from'],
    ),
    (
        "unknown timezones",
        edited(therapist__timezone="Europe/Berln", clients__0__timezone="Mars/Olympus"),
        [
            'config.yaml: therapist.timezone: unknown timezone "Europe/Berln"',
            'config.yaml: clients[0].timezone: unknown timezone "Mars/Olympus"',
        ],
    ),
    (
        "unknown keys at every level",
        edited(
            colour="red",
            mail__imap__colour="blue",
            calls__lenght="15m",
            clients__0__fax="123",
            safety__alert="x",
        ),
        [
            "config.yaml: colour: unknown key",
            "config.yaml: mail.imap.colour: unknown key",
            "config.yaml: calls.lenght: unknown key",
            "config.yaml: clients[0].fax: unknown key",
            "config.yaml: safety.alert: unknown key",
        ],
    ),
    (
        "plain on the network",
        edited(mail__imap__security="plain", mail__smtp__security="plain"),
        [
            'config.yaml: mail.imap.security: "plain" sends the password unencrypted to '
            "imap.practice.example; use tls or starttls",
            'config.yaml: mail.smtp.security: "plain" sends the password unencrypted to '
            "smtp.practice.example; use tls or starttls",
        ],
    ),
    (
        "http calendar on the network",
        edited(calendar__url="http://dav.practice.example/robin/"),
        [
            "config.yaml: calendar.url: http:// sends the password unencrypted to "
            "dav.practice.example; use https"
        ],
    ),
    (
        "not a URL",
        edited(calendar__url="dav.practice.example"),
        ["config.yaml: calendar.url: must be a URL like https://dav.example.org/user/"],
    ),
    (
        "bad choices",
        edited(
            mail__smtp__security="ssl",
            unknown_senders="bounce",
            log_level="verbose",
            calls__how="pigeon",
        ),
        [
            'config.yaml: mail.smtp.security: "ssl" is not one of tls, starttls or plain',
            'config.yaml: calls.how: "pigeon" is not one of phone or video',
            'config.yaml: unknown_senders: "bounce" is not one of leave or reply',
            'config.yaml: log_level: "verbose" is not one of debug, info, warning or error',
        ],
    ),
    (
        "bad password_from, never echoed",
        edited(mail__imap__password_from="hunter2", calendar__password_from="env:"),
        [
            "config.yaml: mail.imap.password_from: "
            "must be keyring, env:VAR, file:PATH or credential:NAME",
            "config.yaml: calendar.password_from: "
            "must be keyring, env:VAR, file:PATH or credential:NAME",
        ],
    ),
    (
        "summary with other fields",
        edited(calls__summary="Call: {name} {initials}", calls__video_link="meet"),
        [
            "config.yaml: calls.summary: may only use {initials} and {first_name}, not {name}",
            "config.yaml: calls.video_link: must be a URL like https://meet.example.org/robin",
        ],
    ),
    (
        "broken summary braces",
        edited(calls__summary="Call: {initials"),
        ["config.yaml: calls.summary: has unbalanced { or }; write {{ or }} for a literal brace"],
    ),
    (
        "bad digest, language and phone",
        edited(followup__digest="monday 7:30", therapist__language=False, therapist__phone=4930),
        [
            "config.yaml: therapist.phone: must be text (put it in quotes)",
            'config.yaml: therapist.language: must be a language tag in quotes, like "no"',
            'config.yaml: followup.digest: "monday 7:30" is not a weekday and time; '
            'write it like "mon 07:30"',
        ],
    ),
    (
        "missing sections and wrong shapes",
        {"therapist": "Robin", "calls": {"windows": {"mon": "12:00-13:00"}}, "clients": {}},
        [
            "config.yaml: therapist: must be a mapping of keys",
            "config.yaml: mail: is required",
            "config.yaml: calendar: is required",
            "config.yaml: calls.windows.mon: must be a list",
            "config.yaml: clients: must be a list",
        ],
    ),
    (
        "templates folder missing",
        edited(templates="/nonexistent/templates", dry_run="sometimes"),
        [
            "config.yaml: templates: /nonexistent/templates is not a directory",
            "config.yaml: dry_run: must be true or false",
        ],
    ),
    (
        "YAML syntax error",
        "therapist:\n  name: Robin\n  email: [unclosed\nmail: {}\n",
        ["config.yaml: line 4: expected ',' or ']', but got ':'"],
    ),
    (
        "a key given twice",
        "therapist: {}\ncalls: {}\ntherapist: {}\n",
        ['config.yaml: line 3: "therapist" is given twice'],
    ),
    ("an empty file", "", ["config.yaml: the file is empty; start from config.yaml.example"]),
    ("a list", "- a\n", ["config.yaml: must be a mapping of keys (therapist:, mail:, ...)"]),
    (
        "client hours that end before they start",
        edited(calls__client_hours="21:00-08:00"),
        ['config.yaml: calls.client_hours: "21:00-08:00" ends before it starts'],
    ),
    (
        "client hours shorter than a call",
        edited(calls__length="30m", calls__client_hours=["08:00-08:20", "09:00-20:00"]),
        ['config.yaml: calls.client_hours: "08:00-08:20" is shorter than calls.length (30m)'],
    ),
    (
        "a client's hours on an unknown day, and overlapping",
        edited(
            clients=[
                {"name": "Ann", "email": "ann@example.org", "hours": {"monday": ["09:00-12:00"]}},
                {
                    "name": "Bo",
                    "email": "bo@example.org",
                    "hours": {"sat": ["09:00-12:00", "11:00-13:00"]},
                },
            ]
        ),
        [
            'config.yaml: clients[0].hours: "monday" is not a weekday; '
            "use one of mon, tue, wed, thu, fri, sat, sun",
            'config.yaml: clients[1].hours: sat: "09:00-12:00" and "11:00-13:00" overlap',
        ],
    ),
    (
        "a client's hours malformed or empty",
        edited(
            clients=[
                {"name": "Ann", "email": "ann@example.org", "hours": 800},
                {"name": "Bo", "email": "bo@example.org", "hours": {"sun": []}},
                {"name": "Cy", "email": "cy@example.org", "hours": "9-17"},
            ]
        ),
        [
            "config.yaml: clients[0].hours: must be text (put it in quotes)",
            'config.yaml: clients[1].hours: needs at least one range, like "09:00-20:00"',
            'config.yaml: clients[2].hours: "9-17" is not a window; write it like "12:00-13:00"',
        ],
    ),
    (
        "a client's hours shorter than a call",
        edited(clients__0__hours=["08:00-08:10", "18:00-20:00"]),
        ['config.yaml: clients[0].hours: "08:00-08:10" is shorter than calls.length (15m)'],
    ),
]


@pytest.mark.parametrize(
    ("doc", "expected"), [(doc, lines) for _, doc, lines in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_each_mistake_is_one_exact_line(doc: dict[str, Any] | str, expected: list[str]) -> None:
    assert problems(doc) == expected


def test_all_problems_are_reported_at_once() -> None:
    doc = edited(
        therapist__timezone="Europe/Berln",
        mail__imap__colour="red",
        calendar__busy_from=["Personal"],
        calls__windows={"mon": ["12:00-13:00", "17:00-16:00"]},
        clients=[
            {"name": "Ann Example", "email": "ann@example.org"},
            {"name": "Ann Again", "email": "ann@example.org"},
        ],
    )
    assert problems(doc) == [
        'config.yaml: therapist.timezone: unknown timezone "Europe/Berln"',
        "config.yaml: mail.imap.colour: unknown key",
        'config.yaml: calendar.book_into: "Practice" must also be in calendar.busy_from',
        'config.yaml: calls.windows.mon[1]: "17:00-16:00" ends before it starts',
        "config.yaml: clients[1].email: this address is listed twice (also clients[0])",
    ]


def test_problems_never_mention_pydantic() -> None:
    doc = edited(
        therapist={"name": 1, "email": None, "timezone": []},
        mail={"imap": [], "smtp": {"host": {}, "port": "x", "username": "u", "inbox": 1}},
        calls={"windows": {"mon": [{}]}, "offer": 2.5},
        followup={"note_next_session": "perhaps", "digest": 730},
    )
    for line in problems(doc):
        assert line.startswith("config.yaml: ") and line.count("\n") == 0
        for noise in ("Input should", "pydantic", "http", "type=", "dict_type", "Value error"):
            assert noise not in line, line


def test_the_error_names_the_file_as_given(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(edited(colour="red")), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(str(path))
    assert caught.value.problems == [f"{path}: colour: unknown key"]
    assert isinstance(caught.value, UserError)


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "config.yaml")
    assert caught.value.problems == [
        f"{tmp_path / 'config.yaml'}: cannot read: No such file or directory"
    ]


# --- the value parsers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15m", timedelta(minutes=15)),
        ("2h", timedelta(hours=2)),
        ("7d", timedelta(days=7)),
        ("1h30m", timedelta(minutes=90)),
        ("1d2h3m", timedelta(days=1, hours=2, minutes=3)),
        ("0m", timedelta(0)),
        (" 10m ", timedelta(minutes=10)),
    ],
)
def test_durations_parse(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "15", "90s", "1.5h", "m", "30m1h", "-5m", "15 m", "1H"])
def test_bad_durations_raise_a_short_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="is not a duration; write it like 15m"):
        parse_duration(text)


def test_windows_and_clock_times_parse() -> None:
    assert parse_window("08:00-08:45") == Span(time(8), time(8, 45))
    assert str(parse_window("17:00-18:30")) == "17:00-18:30"
    assert parse_window("17:00-18:30").length == timedelta(minutes=90)
    assert parse_clock("23:59") == time(23, 59)
    assert parse_digest("Fri 18:00") == Digest(4, time(18))
    for bad in ("24:00", "7:30", "12:60", "noon"):
        with pytest.raises(ValueError, match="is not a time of day"):
            parse_clock(bad)
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_window("13:00-12:00")


# --- rules --------------------------------------------------------------------------------------


def test_rules_carry_the_calls_settings_with_windows_in_week_order() -> None:
    config = load(
        edited(
            calls={
                "length": "20m",
                "offer": 4,
                "windows": {
                    "thu": ["17:00-18:30", "08:00-08:45"],
                    "mon": ["12:00-13:00"],
                    "sun": ["10:00-11:00"],
                },
                "buffer": "5m",
                "notice": "1h",
                "horizon": "14d",
                "max_per_day": 2,
                "max_per_week": 5,
            }
        )
    )
    assert rules(config) == Rules(
        tz=ZoneInfo("Europe/Berlin"),
        windows=(
            Window(0, time(12), time(13)),
            Window(3, time(8), time(8, 45)),
            Window(3, time(17), time(18, 30)),
            Window(6, time(10), time(11)),
        ),
        length=timedelta(minutes=20),
        buffer=timedelta(minutes=5),
        notice=timedelta(hours=1),
        horizon=timedelta(days=14),
        max_per_day=2,
        max_per_week=5,
        offer=4,
    )


def test_the_config_is_frozen() -> None:
    config = load(MINIMAL)
    with pytest.raises(ValueError, match="frozen"):
        config.dry_run = True  # type: ignore[misc]


# --- safety.emergency_text ---------------------------------------------------------------------


def test_the_emergency_text_is_one_text_or_one_per_language() -> None:
    assert load(edited(safety__emergency_text="Call 112.")).safety.emergency_text == "Call 112."
    texts = load(edited(safety__emergency_text={"en": "Call 999.", "de_AT": "Ruf 144."}))
    assert texts.safety.emergency_text == {"en": "Call 999.", "de-at": "Ruf 144."}


@pytest.mark.parametrize(
    "value", ["", "  ", {}, {"en": ""}, {"en": 112}, {"english!": "Call 999."}, ["Call 999."]]
)
def test_a_bad_emergency_text_is_one_clear_problem(value: object) -> None:
    [problem] = problems(edited(safety__emergency_text=value))
    assert "emergency_text" in problem


# --- the client's own hours ----------------------------------------------------------------------


def test_client_hours_take_one_range_a_list_or_a_weekday_mapping() -> None:
    config = load(
        edited(
            calls__client_hours=["07:30-09:00", "17:00-21:30"],
            clients=[
                {"name": "Ann Example", "email": "ann@example.org", "hours": "10:00-18:00"},
                {
                    "name": "Bo Sample",
                    "email": "bo@example.org",
                    "timezone": "Asia/Tokyo",
                    "hours": {"sat": ["09:00-12:00", "14:00-16:00"], "sun": "10:00-11:00"},
                },
            ],
        )
    )
    early, late = Span(time(7, 30), time(9)), Span(time(17), time(21, 30))
    assert config.calls.client_hours == dict.fromkeys(WEEKDAYS, (early, late))
    ann, bo = config.clients
    assert ann.hours == dict.fromkeys(WEEKDAYS, (Span(time(10), time(18)),))
    assert bo.hours == {
        "sat": (Span(time(9), time(12)), Span(time(14), time(16))),
        "sun": (Span(time(10), time(11)),),
    }


def test_the_example_shows_a_clients_own_hours() -> None:
    config = load_config(EXAMPLE)
    assert config.calls.client_hours == dict.fromkeys(WEEKDAYS, (Span(time(8), time(21)),))
    ann, ben = config.clients
    assert ann.hours is None
    assert ben.hours is not None and set(ben.hours) == {"mon", "tue", "thu"}
    assert ben.hours["thu"] == (Span(time(7, 30), time(9)), Span(time(17), time(20)))


# --- each client in their own language and form of address --------------------------------------


def test_a_clients_language_address_and_title_and_the_therapists_short_name() -> None:
    ben = {"name": "Ben Sample", "email": "ben@example.net", "language": "es"}
    config = load(
        edited(
            therapist__short_name="Robin",
            clients=[dict(MINIMAL["clients"][0]), ben | {"address": "formal", "title": "Sr."}],
            clients__0__language="de-AT",
            clients__0__address="first_name",
        )
    )
    ann, ben = config.clients
    assert config.therapist.call_name == "Robin"
    assert (ann.language, ann.address, ann.title) == ("de-AT", "first_name", None)
    assert (ben.language, ben.address, ben.title) == ("es", "formal", "Sr.")


def test_unset_the_language_follows_the_mail_and_the_short_name_is_the_first_word() -> None:
    config = load(edited(therapist__name="Robin Roe"))
    assert config.clients[0].language is None and config.clients[0].address is None
    assert config.therapist.call_name == "Robin"


def test_a_language_without_templates_is_refused_naming_the_supported_ones() -> None:
    assert problems(edited(clients__0__address="du")) == [
        'config.yaml: clients[0].address: "du" is not one of first_name or formal'
    ]
    assert problems(edited(therapist__language="fr", clients__0__language="pt-BR")) == [
        'config.yaml: therapist.language: "fr" is not a language the mails are written in; '
        "use one of en, de, es (or add a folder fr/ of templates to your templates: folder)",
        'config.yaml: clients[0].language: "pt-BR" is not a language the mails are written in; '
        "use one of en, de, es (or add a folder pt/ of templates to your templates: folder)",
    ]


def test_a_language_with_its_own_templates_folder_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    config = load(edited(templates=str(tmp_path), clients__0__language="fr"))
    assert config.clients[0].language == "fr"
