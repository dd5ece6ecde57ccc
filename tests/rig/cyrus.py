"""A real Cyrus IMAP 3.6 on 127.0.0.1, beside Dovecot: it does not announce to IDLE what
came before IDLE began, the case that once left mail waiting for the next mail.

The Debian packages are unpacked, not installed (cyrus-imapd conflicts with dovecot-imapd):
`scripts/test` does that as root into CYRUS_ROOT. Needs root, since master drops to an
unprivileged user (`nobody` here). Any user name logs in with any password
(`sasl_pwcheck_method: alwaystrue`), and its INBOX is made at first login.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from daemon.demo.loopback import HOST, free_port, wait_for_port
from tests.rig.dovecot import ImapServer

# Readable by the unprivileged user that runs imapd (a home directory may not be).
CYRUS_ROOT = Path(os.environ.get("CALLMEMAYBE_CYRUS_ROOT") or "/var/cache/callmemaybe-cyrus")
BIN = CYRUS_ROOT / "usr/lib/cyrus/bin"
LIBS = ("usr/lib/x86_64-linux-gnu", "usr/lib", "lib/x86_64-linux-gnu")
PASSWORD = "any"
USER = "nobody"


def unavailable_reason() -> str | None:
    """Why Cyrus cannot run here, or None if it can."""
    if not (BIN / "master").exists():
        return f"Cyrus IMAP not unpacked in {CYRUS_ROOT} (scripts/test does it as root)"
    if os.geteuid() != 0:
        return "the Cyrus rig needs root (master switches to an unprivileged user)"
    return None


def _config(root: Path, port: int) -> tuple[str, str]:
    imapd = f"""\
configdirectory: {root}/conf
partition-default: {root}/spool
sasl_pwcheck_method: alwaystrue
virtdomains: off
allowplaintext: yes
sasl_mech_list: PLAIN LOGIN
cyrus_user: {USER}
autocreate_quota: 0
autocreate_post: 1
idlesocket: {root}/run/idle
notifysocket: {root}/run/notify
lmtpsocket: {root}/run/lmtp
"""
    conf = f"{root}/imapd.conf"
    cyrus = f"""\
START {{
  recover cmd="{BIN}/ctl_cyrusdb -r -C {conf}"
}}
SERVICES {{
  imap cmd="{BIN}/imapd -C {conf}" listen="{HOST}:{port}" prefork=0
}}
EVENTS {{
}}
DAEMON {{
  idled cmd="{BIN}/idled -C {conf}"
}}
"""
    return imapd, cyrus


@contextmanager
def cyrus_server() -> Iterator[ImapServer]:
    with tempfile.TemporaryDirectory(prefix="cyrus-") as scratch:
        root = Path(scratch)
        os.chmod(root, 0o755)  # the unprivileged user reaches its directories below
        # conf/socket: where each imapd in IDLE listens for idled; without it, Cyrus polls.
        for sub in ("conf", "conf/socket", "spool", "run"):
            (root / sub).mkdir()
        port = free_port()
        imapd, cyrus = _config(root, port)
        (root / "imapd.conf").write_text(imapd)
        (root / "cyrus.conf").write_text(cyrus)
        subprocess.run(["chown", "-R", f"{USER}:", str(root)], check=True, timeout=10)
        env = dict(os.environ)
        env["LD_LIBRARY_PATH"] = ":".join(str(CYRUS_ROOT / lib) for lib in LIBS)
        with open(root / "master.log", "wb") as log:
            master = subprocess.Popen(
                [
                    str(BIN / "master"),
                    "-C",
                    str(root / "imapd.conf"),
                    "-M",
                    str(root / "cyrus.conf"),
                    "-p",
                    str(root / "run/master.pid"),
                ],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            wait_for_port(HOST, port, timeout=30)
            yield ImapServer(HOST, port, PASSWORD)
        finally:
            # master's own group: its imapd and idled children go with it.
            os.killpg(master.pid, signal.SIGTERM)
            try:
                master.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(master.pid, signal.SIGKILL)
                master.wait(timeout=10)
