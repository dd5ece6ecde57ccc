"""A real Dovecot on 127.0.0.1 for the IMAP tests, run from a temp dir with its own config.

Needs root (Dovecot drops to the `dovecot`/`dovenull` users) and the dovecot-imapd package.
Any user name logs in with the one password; each test takes a fresh name, so each gets
an empty maildir of its own.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from daemon.demo.loopback import HOST, free_port, wait_for_port

DOVECOT = "/usr/sbin/dovecot"
PASSWORD = "secret"


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    password: str

    def user(self, name: str) -> tuple[str, str]:
        """(username, password) for the mailbox `name`; Dovecot creates it on first login."""
        return name, self.password


def unavailable_reason() -> str | None:
    """Why Dovecot cannot run here, or None if it can."""
    if shutil.which(DOVECOT) is None and not Path(DOVECOT).exists():
        return f"{DOVECOT} not installed (apt-get install dovecot-imapd)"
    if os.geteuid() != 0:
        return "the Dovecot rig needs root (Dovecot switches to its own users)"
    for user in ("dovecot", "dovenull"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            return f"system user {user!r} missing (it comes with dovecot-core)"
    return None


def version() -> tuple[int, int]:
    out = subprocess.run(
        [DOVECOT, "--version"], capture_output=True, text=True, check=True, timeout=10
    ).stdout
    match = re.match(r"(\d+)\.(\d+)", out.strip())
    if not match:
        raise RuntimeError(f"cannot read the Dovecot version from {out.strip()!r}")
    return int(match[1]), int(match[2])


def config_23(root: Path, port: int, password: str) -> str:
    return f"""\
protocols = imap
listen = {HOST}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
mail_location = maildir:{root}/mail/%u
mail_uid = dovecot
mail_gid = dovecot
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
# Dovecot starts its imap and auth processes with a cleaned environment: without these,
# a suite run under faketime has Dovecot on the real clock while everything else is not.
import_environment = TZ CORE_OUTOFMEM CORE_ERROR LISTEN_PID LISTEN_FDS LD_PRELOAD FAKETIME
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
# Tests log in with wrong passwords on purpose; without this, anvil would slow every
# later login from 127.0.0.1 by up to 15 s.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def config_24(root: Path, port: int, password: str, full_version: str) -> str:
    # Written from doc.dovecot.org (2.4 settings); not run on this machine, which has 2.3.
    return f"""\
dovecot_config_version = {full_version}
dovecot_storage_version = {full_version}
protocols = imap
listen = {HOST}
ssl = no
auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
mail_home = {root}/mail/%{{user}}
mail_driver = maildir
mail_path = ~/Maildir
mail_uid = dovecot
mail_gid = dovecot
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb static {{
  password = {password}
}}
userdb static {{
  fields {{
    uid = dovecot
    gid = dovecot
    home = {root}/mail/%{{user}}
  }}
}}
service imap-login {{
  inet_listener imap {{
    listen = {HOST}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
# Tests log in with wrong passwords on purpose; without this, anvil would slow every
# later login from 127.0.0.1 by up to 15 s.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def _full_version() -> str:
    out = subprocess.run(
        [DOVECOT, "--version"], capture_output=True, text=True, check=True, timeout=10
    ).stdout
    return out.split()[0]


@contextmanager
def dovecot_server(password: str = PASSWORD) -> Iterator[ImapServer]:
    """Start Dovecot on a free loopback port; stop it and remove its files on exit."""
    root = Path(tempfile.mkdtemp(prefix="dovecot-"))
    # Dovecot's unprivileged processes must traverse the dir; mail belongs to `dovecot`.
    root.chmod(0o755)
    mail = root / "mail"
    mail.mkdir()
    dovecot = pwd.getpwnam("dovecot")
    os.chown(mail, dovecot.pw_uid, dovecot.pw_gid)
    port = free_port()
    major, minor = version()
    if (major, minor) >= (2, 4):
        text = config_24(root, port, password, _full_version())
    else:
        text = config_23(root, port, password)
    conf = root / "dovecot.conf"
    conf.write_text(text, encoding="utf-8")
    proc: subprocess.Popen[bytes] | None = None
    try:
        # -F keeps the master in the foreground: it is our child, so stopping it is a
        # kill and a wait, and no daemonized process holds our pipes open.
        with (root / "master.out").open("wb") as out:
            proc = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(conf)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_for_port(HOST, port, timeout=20, greeting=True)
        except Exception as error:
            tail = ""
            for name in ("master.out", "dovecot.log"):
                path = root / name
                if path.exists():
                    tail += path.read_text(errors="replace")[-1500:]
            raise RuntimeError(f"dovecot did not answer: {error}\n{tail}") from error
        yield ImapServer(HOST, port, password)
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(root, ignore_errors=True)
