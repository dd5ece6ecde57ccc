"""The `callmemaybe` command as a sysadmin meets it: run as a real subprocess, every mistake
one line on stderr naming file, key and problem, exit code 2, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from daemon import __version__

REPO = Path(__file__).resolve().parent.parent.parent

# A valid config whose servers are all on port 1 of this machine (nothing listens there).
GOOD = """\
therapist:
  name: Robin Example
  email: robin@practice.example
  timezone: Europe/Berlin
mail:
  imap: {host: 127.0.0.1, port: 1, security: plain, username: robin@practice.example,
         password_from: "env:CMM_CLI_IMAP"}
  smtp: {host: 127.0.0.1, port: 1, security: plain, username: robin@practice.example,
         password_from: "env:CMM_CLI_SMTP"}
calendar:
  url: "http://127.0.0.1:1/robin/"
  username: robin
  password_from: "env:CMM_CLI_DAV"
  book_into: Practice
  busy_from: [Practice, Personal]
calls:
  windows:
    mon: ["09:00-12:00"]
    thu: ["14:00-18:00"]
clients:
  - {name: Ann Example, email: ann@example.org, timezone: America/New_York}
  - {name: Bob Sample, email: bob@example.net}
state_dir: STATE
"""


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run(
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    command: list[str] | None = None,
    cwd: Path = REPO,
) -> Run:
    """The command in a subprocess; fails the test if anything printed a traceback."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("CALLMEMAYBE_")}
    done = subprocess.run(
        [*(command or [sys.executable, "-m", "daemon"]), *args],
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        input=stdin if stdin is not None else "",
        cwd=cwd,
        timeout=60,
    )
    assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


def write_config(tmp: Path, text: str = GOOD, name: str = "config.yaml") -> Path:
    path = tmp / name
    path.write_text(text.replace("STATE", str(tmp / "state")), encoding="utf-8")
    path.chmod(0o640)  # a config others can read gets a warning line (test_check.py)
    return path


# --- help, version, entry points --------------------------------------------------------------


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.code == 0
    for command in ("run", "once", "check", "slots", "calls", "digest", "set-password", "demo"):
        assert f"\n    {command} " in result.stdout or f"\n    {command}\n" in result.stdout, (
            command
        )


def test_version_prints_the_package_version() -> None:
    result = run("--version")
    assert result.code == 0
    assert result.stdout.strip() == f"callmemaybe {__version__}"


def test_the_installed_console_script_runs() -> None:
    script = Path(sys.executable).parent / "callmemaybe"
    if not script.exists():
        pytest.skip(f"no console script at {script}: run `pip install -e .` (scripts/test does)")
    result = run("--version", command=[str(script)])
    assert result.code == 0
    assert result.stdout.strip() == f"callmemaybe {__version__}"
    assert "check" in run("--help", command=[str(script)]).stdout


def test_no_command_is_a_usage_error_not_a_traceback() -> None:
    result = run()
    assert result.code == 2
    assert "usage: callmemaybe" in result.stderr


def test_the_call_log_before_the_daemon_ever_ran_is_one_clear_line(tmp_path: Path) -> None:
    result = run("calls", "-c", str(write_config(tmp_path)))
    assert result.code == 2
    assert "no state database yet (the daemon has not run)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# --- broken configs: one line each ----------------------------------------------------------

BROKEN = {
    "bad YAML": (
        ('    thu: ["14:00-18:00"]\n', '    thu: ["14:00-18:00"\n'),
        "line 20: expected ',' or ']', but got '<scalar>'",
    ),
    "unknown top-level key": (
        ("state_dir:", "colour: blue\nstate_dir:"),
        "colour: unknown key",
    ),
    "unknown nested key": (
        ("  book_into: Practice\n", "  book_into: Practice\n  bookinto: Practice\n"),
        "calendar.bookinto: unknown key",
    ),
    "window ends before it starts": (
        ('"14:00-18:00"', '"18:00-14:00"'),
        'calls.windows.thu[0]: "18:00-14:00" ends before it starts',
    ),
    "unknown timezone": (
        ("timezone: Europe/Berlin", "timezone: Europe/Berlim"),
        'therapist.timezone: unknown timezone "Europe/Berlim"',
    ),
    "duplicate client": (
        (
            "  - {name: Bob Sample, email: bob@example.net}",
            "  - {name: Ann B, email: Ann@Example.org}",
        ),
        "clients[1].email: this address is listed twice (also clients[0])",
    ),
    "book_into not in busy_from": (
        ("busy_from: [Practice, Personal]", "busy_from: [Personal]"),
        'calendar.book_into: "Practice" must also be in calendar.busy_from',
    ),
    "plain IMAP to another host": (
        ("imap: {host: 127.0.0.1,", "imap: {host: imap.practice.example,"),
        'mail.imap.security: "plain" sends the password unencrypted to imap.practice.example; '
        "use tls or starttls",
    ),
    "duplicate key": (
        ("state_dir:", "therapist: {}\nstate_dir:"),
        'line 23: "therapist" is given twice',
    ),
}


@pytest.mark.parametrize("command", ["slots", "check"])
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_config_is_one_line_with_file_and_key_and_exit_2(
    tmp_path: Path, case: str, command: str
) -> None:
    (old, new), message = BROKEN[case]
    assert old in GOOD, case
    path = write_config(tmp_path, GOOD.replace(old, new, 1))
    result = run(command, "-c", str(path))
    assert result.code == 2
    if command == "check":  # check reports on stdout, like its other lines
        assert result.stdout.splitlines() == [f"config: FAIL: {path}: {message}"]
    else:
        assert result.stderr.splitlines() == [f"{path}: {message}"]
        assert result.stdout == ""


def test_every_problem_in_a_config_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace("timezone: Europe/Berlin", "timezone: Mars/Olympus").replace(
        '"14:00-18:00"', '"18:00-14:00"'
    )
    result = run("slots", "-c", str(write_config(tmp_path, text)))
    assert result.code == 2
    assert len(result.stderr.splitlines()) == 2


def test_a_missing_config_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    result = run("slots", "-c", str(missing))
    assert result.code == 2
    assert result.stderr.strip() == f"{missing}: cannot read: No such file or directory"


def test_callmemaybe_config_is_used_when_c_is_omitted(tmp_path: Path) -> None:
    path = write_config(tmp_path, GOOD.replace("state_dir:", "oops: 1\nstate_dir:"))
    result = run("slots", env={"CALLMEMAYBE_CONFIG": str(path)})
    assert result.code == 2
    assert result.stderr.strip() == f"{path}: oops: unknown key"
    good = write_config(tmp_path, name="good.yaml")
    checked = run("check", "--config-only", env={"CALLMEMAYBE_CONFIG": str(good)})
    assert checked.code == 0
    assert checked.stdout.strip() == f"config {good}: ok"


def test_c_wins_over_callmemaybe_config(tmp_path: Path) -> None:
    good = write_config(tmp_path, name="good.yaml")
    result = run(
        "check",
        "--config-only",
        "-c",
        str(good),
        env={"CALLMEMAYBE_CONFIG": str(tmp_path / "missing.yaml")},
    )
    assert result.code == 0
    assert result.stdout.strip() == f"config {good}: ok"


def test_an_unreachable_calendar_makes_slots_fail_in_one_line(tmp_path: Path) -> None:
    result = run("slots", "-c", str(write_config(tmp_path)), env={"CMM_CLI_DAV": "pw"})
    assert result.code == 1
    assert result.stderr.strip() == (
        "callmemaybe: CalDAV server at 127.0.0.1:1 unreachable: connection refused"
    )


def test_slots_for_a_client_not_in_the_config_names_the_file(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    result = run("slots", "-c", str(path), "--client", "nobody@example.org")
    assert result.code == 2
    assert result.stderr.strip() == f"callmemaybe: nobody@example.org is not in clients in {path}"


# --- set-password ------------------------------------------------------------------------------

# A real keyring backend that keeps passwords in a JSON file, loaded by the subprocess through
# keyring's own PYTHON_KEYRING_BACKEND mechanism: the command runs unchanged, no mock involved.
FILE_KEYRING = textwrap.dedent(
    """\
    import json
    import os
    from pathlib import Path

    import keyring.backend


    class FileKeyring(keyring.backend.KeyringBackend):
        priority = 1

        @property
        def path(self):
            return Path(os.environ["CMM_TEST_KEYRING_FILE"])

        def _load(self):
            return json.loads(self.path.read_text()) if self.path.exists() else {}

        def get_password(self, service, username):
            return self._load().get(f"{service}/{username}")

        def set_password(self, service, username, password):
            data = self._load()
            data[f"{service}/{username}"] = password
            self.path.write_text(json.dumps(data))

        def delete_password(self, service, username):
            data = self._load()
            data.pop(f"{service}/{username}")
            self.path.write_text(json.dumps(data))
    """
)


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    module_dir = tmp_path / "backend"
    module_dir.mkdir()
    (module_dir / "cmm_file_keyring.py").write_text(FILE_KEYRING, encoding="utf-8")
    return {
        "PYTHON_KEYRING_BACKEND": "cmm_file_keyring.FileKeyring",
        "PYTHONPATH": os.pathsep.join([str(module_dir), str(REPO)]),
        "CMM_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }


def test_set_password_reads_stdin_and_stores_into_the_keyring(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    secret = "correct horse battery staple"
    path = write_config(tmp_path)
    result = run("set-password", "imap", "-c", str(path), env=keyring_env, stdin=secret + "\n")
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == (
        "stored the imap password for robin@practice.example in the keyring"
    )
    assert secret not in result.stdout + result.stderr
    stored = json.loads(Path(keyring_env["CMM_TEST_KEYRING_FILE"]).read_text())
    assert stored == {"callmemaybe/imap:robin@practice.example": secret}


def test_a_password_stored_by_set_password_is_what_check_then_uses(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    # password_from: keyring for the calendar; the server is closed, so getting as far as
    # "unreachable" proves the password was found in the keyring.
    text = GOOD.replace('password_from: "env:CMM_CLI_DAV"', "password_from: keyring")
    path = write_config(tmp_path, text)
    before = run("check", "-c", str(path), env=keyring_env)
    assert "no caldav password for robin in the keyring" in before.stdout
    assert 'run "callmemaybe set-password caldav -c CONFIG"' in before.stdout
    stored = run("set-password", "caldav", "-c", str(path), env=keyring_env, stdin="pw\n")
    assert stored.code == 0
    after = run("check", "-c", str(path), env=keyring_env)
    caldav = next(line for line in after.stdout.splitlines() if line.startswith("caldav "))
    assert "unreachable" in caldav


def test_set_password_refuses_an_empty_password(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    path = write_config(tmp_path)
    result = run("set-password", "smtp", "-c", str(path), env=keyring_env, stdin="\n")
    assert result.code == 2
    assert result.stderr.strip() == "callmemaybe: no password given; nothing stored"
    assert not Path(keyring_env["CMM_TEST_KEYRING_FILE"]).exists()


def test_set_password_without_a_keyring_backend_names_the_alternatives(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    result = run(
        "set-password",
        "imap",
        "-c",
        str(path),
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        stdin="secret-value\n",
    )
    assert result.code == 2
    assert result.stderr.strip() == (
        "callmemaybe: cannot store the imap password in the keyring "
        "(no keyring backend is available); "
        "use password_from: credential:NAME (systemd) or file:PATH instead"
    )
    assert "secret-value" not in result.stdout + result.stderr
