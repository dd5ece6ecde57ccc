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

from daemon.demo.loopback import SmtpEndpoint, free_port
from tests.rig import DavAccount, ImapAccount

ANNS = """\
clients:
  - {name: Ann Example, email: ann@example.org, sessions: "Ann E"}
  - {name: Ann Evans, email: evans@example.org, sessions: "Ann"}
  - {name: Kimberly Nash, email: kim@example.org, sessions: "Kim N"}
"""

REPO = Path(__file__).resolve().parent.parent.parent

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
    trust: str | None = None  # mail.trust_authserv_id

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
        if self.trust:
            text = path.read_text().replace(
                "\ncalendar:", f"\n  trust_authserv_id: {self.trust}\ncalendar:"
            )
            path.write_text(text, encoding="utf-8")
        path.chmod(0o640)  # as deploy/systemd/README.md says; 0644 gets a warning line
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
    assert len(result.lines) == 5
    assert all(": ok" in line for line in result.lines[:4]), result.stdout
    assert result.lines[4].startswith("authentication: warning: "), result.stdout
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
    others = [line for line in result.lines[:4] if not line.startswith(label)]
    assert len(others) == 3
    assert all(": ok" in line for line in others), result.stdout
    assert WRONG not in result.stdout + result.stderr


def test_servers_that_refuse_connections_are_each_reported_unreachable(tmp_path: Path) -> None:
    result = closed_setup(tmp_path).check()
    assert result.code != 0
    assert result.lines[0].endswith(": ok")
    assert len(result.lines) == 5
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


# --- warnings: config permissions, authentication, credentials in URLs ---------------------


def test_a_config_readable_by_others_gets_one_warning_line_naming_the_fix(
    tmp_path: Path,
) -> None:
    setup = closed_setup(tmp_path)
    path = setup.write()
    path.chmod(0o644)
    done = subprocess.run(
        [sys.executable, "-m", "daemon", "check", "--config-only", "-c", str(path)],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        f"config {path}: ok",
        f"config {path}: warning: every user on this machine can read it, and it names your "
        f"clients; run chmod 640 {path} (the service gets it through LoadCredential=, "
        "see deploy/systemd/README.md)",
    ]


def stamped(authserv_id: str, number: int) -> bytes:
    return (
        f"Authentication-Results: {authserv_id};\r\n\tdkim=pass header.d=example.org\r\n"
        f"From: someone{number}@example.org\r\nTo: robin@practice.example\r\n"
        f"Subject: note {number}\r\nMessage-ID: <n{number}@example.org>\r\n\r\nhello\r\n"
    ).encode()


def test_without_trust_authserv_id_check_says_from_alone_and_suggests_the_id(
    setup: Setup, imap_account: ImapAccount
) -> None:
    for number in range(3):
        imap_account.append(stamped("mx.practice.example", number))
    imap_account.append(stamped("forged.example", 9))
    result = setup.check()
    assert result.code == 0, result.stdout
    assert result.line("authentication: ") == (
        "authentication: warning: mail.trust_authserv_id is not set, so client mail is trusted "
        'by its From address alone, which anyone can forge; your server stamps "mx.practice.'
        'example" (3 of the last 4 messages): set mail.trust_authserv_id: mx.practice.example'
    )
    # Read with BODY.PEEK: nothing was marked seen.
    client = imap_account.connect()
    try:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["UNSEEN"]) == client.search(["ALL"])
    finally:
        client.logout()


def test_an_empty_inbox_still_says_from_alone(setup: Setup) -> None:
    result = setup.check()
    assert result.line("authentication: ").endswith(
        "which anyone can forge; the last 0 messages carry no Authentication-Results"
    )


@pytest.mark.parametrize(
    ("trusted", "expected"),
    [
        ("mx.practice.example",
         "authentication: ok (mx.practice.example: 1 of the last 1 messages)"),
        ("mx.typo.example", 'authentication: warning: no recent message carries "mx.typo.example"'
         ' (mail.trust_authserv_id); recent mail was stamped by "mx.practice.example": check the'
         " name, or client mail is judged by headers your server may not write"),
    ],
)  # fmt: skip
def test_a_trusted_id_is_looked_for_in_recent_mail(
    setup: Setup, imap_account: ImapAccount, trusted: str, expected: str
) -> None:
    imap_account.append(stamped("mx.practice.example", 1))
    setup.trust = trusted
    result = setup.check()
    assert result.code == 0, result.stdout
    assert result.line("authentication: ") == expected


def test_credentials_in_the_calendar_url_are_never_printed(setup: Setup) -> None:
    setup.dav_url = setup.dav_url.replace("http://", "http://robin:hunter2-secret@")
    result = setup.check()
    assert "hunter2-secret" not in result.stdout + result.stderr
    assert result.line("caldav ").startswith("caldav http://127.0.0.1:")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://robin:pw@dav.example.org/robin/", "https://dav.example.org/robin/"),
        ("https://robin@dav.example.org:8443/x?token=abc#f", "https://dav.example.org:8443/x"),
        ("https://dav.example.org/robin/", "https://dav.example.org/robin/"),
        ("http://[::1]:5232/", "http://[::1]:5232/"),
    ],
)
def test_display_url_strips_credentials_and_query(url: str, shown: str) -> None:
    from daemon.runtime.check import display_url

    assert display_url(url) == shown
