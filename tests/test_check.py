"""`callmemaybe check` as a sysadmin runs it: a real subprocess against real Dovecot, aiosmtpd
and Radicale, one line per check, `ok` or `FAIL: <reason>`, and never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.loopback import SmtpEndpoint, free_port
from tests.rig import DavAccount, ImapAccount

ANNS = """\
clients:
  - {name: Ann Example, email: ann@example.org, sessions: "Ann E"}
  - {name: Ann Evans, email: evans@example.org, sessions: "Ann"}
  - {name: Kimberly Nash, email: kim@example.org, sessions: "Kim N"}
"""

REPO = Path(__file__).resolve().parent.parent

CONFIG = """\
therapist: {{name: Robin Example, email: robin@practice.example, timezone: Europe/Berlin}}
mail:
  imap: {{host: 127.0.0.1, port: {imap_port}, security: plain, username: {imap_user},
         password_from: "env:CMM_CHECK_IMAP"}}
  smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain, username: {smtp_user},
         password_from: "env:CMM_CHECK_SMTP"}}
calendar: {{url: "{dav_url}", username: {dav_user}, password_from: "env:CMM_CHECK_DAV",
           book_into: Practice, busy_from: {busy_from}}}
calls:
  windows: {{mon: ["09:00-12:00"], thu: ["14:00-18:00"]}}
state_dir: {state_dir}
"""

WRONG = "not-the-password-7f3a"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return self.stdout.splitlines()

    def line(self, prefix: str) -> str:
        found = [line for line in self.lines if line.startswith(prefix)]
        assert len(found) == 1, self.stdout
        return found[0]


@dataclass
class Setup:
    """Where the servers are and what their passwords are; `write` makes a config of it."""

    tmp: Path
    imap_port: int
    imap_user: str
    smtp_port: int
    smtp_user: str
    dav_url: str
    dav_user: str
    passwords: dict[str, str]
    busy_from: str = "[Practice, Personal]"
    clients: str = ""  # a `clients:` block to append, if any

    def write(self) -> Path:
        path = self.tmp / "config.yaml"
        path.write_text(
            self.clients
            + CONFIG.format(
                imap_port=self.imap_port,
                imap_user=self.imap_user,
                smtp_port=self.smtp_port,
                smtp_user=self.smtp_user,
                dav_url=self.dav_url,
                dav_user=self.dav_user,
                busy_from=self.busy_from,
                state_dir=self.tmp / "state",
            ),
            encoding="utf-8",
        )
        return path

    def check(self, *extra: str) -> Result:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CALLMEMAYBE_")}
        env.update(
            CMM_CHECK_IMAP=self.passwords["imap"],
            CMM_CHECK_SMTP=self.passwords["smtp"],
            CMM_CHECK_DAV=self.passwords["caldav"],
        )
        done = subprocess.run(
            [sys.executable, "-m", "daemon", "check", "-c", str(self.write()), *extra],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=60,
        )
        assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
        return Result(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def setup(
    imap_account: ImapAccount, smtp_sink: SmtpEndpoint, dav_principal: DavAccount, tmp_path: Path
) -> Setup:
    dav_principal.make_calendar("Practice")
    dav_principal.make_calendar("Personal")
    return Setup(
        tmp=tmp_path,
        imap_port=imap_account.port,
        imap_user=imap_account.username,
        smtp_port=smtp_sink.port,
        smtp_user=smtp_sink.username,
        dav_url=dav_principal.url,
        dav_user=dav_principal.username,
        passwords={
            "imap": imap_account.password,
            "smtp": smtp_sink.password,
            "caldav": dav_principal.password,
        },
    )


def closed_setup(tmp: Path) -> Setup:
    """Every server on a port nobody listens on: a connection is refused at once."""
    return Setup(
        tmp=tmp,
        imap_port=free_port(),
        imap_user="robin",
        smtp_port=free_port(),
        smtp_user="robin",
        dav_url=f"http://127.0.0.1:{free_port()}/robin/",
        dav_user="robin",
        passwords={"imap": "x", "smtp": "y", "caldav": "z"},
    )


def test_config_only_contacts_no_server_and_says_ok(tmp_path: Path) -> None:
    result = closed_setup(tmp_path).check("--config-only")
    assert result.code == 0
    assert result.lines == [f"config {tmp_path / 'config.yaml'}: ok"]


def test_every_check_passes_against_the_real_servers(setup: Setup) -> None:
    result = setup.check()
    assert result.code == 0, result.stdout + result.stderr
    assert len(result.lines) == 4
    assert all(": ok" in line for line in result.lines), result.stdout
    assert "FAIL" not in result.stdout
    assert result.line("imap 127.0.0.1:").startswith(f"imap 127.0.0.1:{setup.imap_port}: ok")
    assert result.line("smtp ").startswith(f"smtp 127.0.0.1:{setup.smtp_port}: ok")
    assert "'Practice'" in result.line("caldav ")


@pytest.mark.parametrize(
    ("kind", "label", "fix"),
    [
        ("imap", "imap ", "mail.imap.username"),
        ("smtp", "smtp ", "mail.smtp.username"),
        ("caldav", "caldav ", "calendar.username"),
    ],
)
def test_a_wrong_password_fails_its_own_line_only_and_names_the_fix(
    setup: Setup, kind: str, label: str, fix: str
) -> None:
    setup.passwords[kind] = WRONG
    result = setup.check()
    assert result.code != 0
    failed = result.line(label)
    assert ": FAIL: " in failed
    assert fix in failed and "password" in failed
    others = [line for line in result.lines if not line.startswith(label)]
    assert len(others) == 3
    assert all(": ok" in line for line in others), result.stdout
    assert WRONG not in result.stdout + result.stderr


def test_servers_that_refuse_connections_are_each_reported_unreachable(tmp_path: Path) -> None:
    result = closed_setup(tmp_path).check()
    assert result.code != 0
    assert result.lines[0].endswith(": ok")
    assert len(result.lines) == 4
    for label in ("imap ", "smtp ", "caldav "):
        line = result.line(label)
        assert ": FAIL: " in line and "unreachable" in line, line


def test_a_missing_calendar_is_named_with_the_calendars_that_exist(setup: Setup) -> None:
    setup.busy_from = "[Practice, Holidays]"
    result = setup.check()
    assert result.code != 0
    line = result.line("caldav ")
    assert ": FAIL: " in line
    assert "Holidays" in line
    assert "Practice" in line and "Personal" in line  # what does exist, to pick from
    assert ": ok" in result.line("imap ")


def test_ports_swapped_between_imap_and_smtp_fail_in_one_line_each(setup: Setup) -> None:
    setup.imap_port, setup.smtp_port = setup.smtp_port, setup.imap_port
    result = setup.check()
    assert result.code != 0
    assert ": FAIL: " in result.line("imap ")
    assert ": FAIL: " in result.line("smtp ")
    assert ": ok" in result.line("caldav ")


def test_a_broken_config_is_reported_by_check_with_its_key_and_exit_2(tmp_path: Path) -> None:
    setup = closed_setup(tmp_path)
    setup.busy_from = "[Personal]"  # book_into (Practice) must be among them
    result = setup.check()
    assert result.code == 2
    assert result.lines == [
        f"config: FAIL: {tmp_path / 'config.yaml'}: calendar.book_into: "
        '"Practice" must also be in calendar.busy_from'
    ]


def test_config_only_warns_when_one_clients_sessions_would_match_anothers(tmp_path: Path) -> None:
    setup = closed_setup(tmp_path)
    setup.clients = ANNS
    result = setup.check("--config-only")
    assert result.code == 0
    assert result.lines[1:] == [
        "config: warning: clients[1].sessions also matches the session title of clients[0];"
        " make it more exact, or neither gets notes in such a session"
    ]
    assert "Ann" not in result.stdout  # clients by their place in the config, not by name


def test_check_warns_about_each_coming_session_two_clients_match(
    setup: Setup, dav_principal: DavAccount
) -> None:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    for uid, title in (("both", "Ann E"), ("kim", "Kimberly Nash"), ("joann", "Joann Evans")):
        stamp = start.strftime("%Y%m%dT%H%M%SZ")
        dav_principal.put_ics(
            "Personal",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{stamp}\r\nDTSTART:{stamp}\r\nDURATION:PT50M\r\n"
            f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        )
    setup.clients = ANNS
    result = setup.check()
    assert result.code == 0, result.stdout + result.stderr  # a warning, not a failure
    when = start.astimezone(ZoneInfo("Europe/Berlin")).strftime("%a %Y-%m-%d %H:%M")
    assert result.line("calendar: warning") == (
        f"calendar: warning: the session on {when} matches clients[0] and clients[1]; no notes"
        " go into it until its title or their sessions setting tells them apart"
    )
    assert "Ann" not in result.stdout and "Kim" not in result.stdout


def test_a_sessions_pattern_without_a_word_is_a_config_error(tmp_path: Path) -> None:
    setup = closed_setup(tmp_path)
    setup.clients = 'clients:\n  - {name: Ann Example, email: ann@example.org, sessions: "– –"}\n'
    result = setup.check("--config-only")
    assert result.code == 2
    assert result.lines == [
        f"config: FAIL: {tmp_path / 'config.yaml'}: clients[0].sessions: needs a word or name"
        ' from the session title, like "Ann E"'
    ]
