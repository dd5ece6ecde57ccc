"""Xandikos on loopback: the second CalDAV server the adapter and the practice are tried on.

Xandikos 0.4 (`xandikos serve --defaults`) serves one principal, `/user/`, with no
authentication: whatever user name and password a client sends are ignored. One server
runs per session; `fresh_home` empties the principal's calendar home before each test
(deleting a collection takes milliseconds, starting a server half a second), so every
test sees only the calendars it made. Parallel workers each start their own server.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caldav.davclient import get_davclient

from daemon.demo.loopback import HOST, DavEndpoint, ServerStartError, free_port, wait_for_port
from tests.rig import DavAccount

# Any name works: Xandikos ignores credentials. The daemon's config still wants both.
USERNAME = "therapist"


@dataclass(frozen=True)
class XandikosServer:
    """A running Xandikos: `url` is the server root; caldav finds `/user/` from there."""

    url: str
    root: Path
    password: str  # sent by clients, checked by nobody

    def endpoint(self) -> DavEndpoint:
        # DavEndpoint is Radicale's; its htpasswd file is never read by Xandikos.
        return DavEndpoint(self.url, USERNAME, self.password, self.root / "no-htpasswd")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def xandikos_server(parent: Path | None = None) -> Iterator[XandikosServer]:
    """Run Xandikos on a free loopback port in a temp dir under `parent`; remove it after."""
    root = Path(tempfile.mkdtemp(prefix="xandikos-", dir=parent))
    port = free_port()
    args = [sys.executable, "-m", "xandikos", "serve", "--defaults", "-d", str(root / "data"),
            "-l", HOST, "-p", str(port)]  # fmt: skip
    # Its own state (keys, certificates) goes to XDG_DATA_HOME: keep that in the temp dir.
    # Without systemd's variables it cannot mistake an inherited socket for its own.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LISTEN_", "NOTIFY_"))}
    env["XDG_DATA_HOME"] = str(root / "state")
    log_path = root / "server.log"
    try:
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=root,
                env=env,
            )
        try:
            try:
                # aiohttp binds only once the app is built, so an accepted connection
                # means it answers HTTP.
                wait_for_port(HOST, port, proc=proc)
            except ServerStartError as error:
                tail = log_path.read_text(errors="replace").strip().splitlines()[-5:]
                raise ServerStartError(f"Xandikos: {error}: {' | '.join(tail)}") from None
            yield XandikosServer(f"http://{HOST}:{port}/", root, secrets.token_urlsafe(12))
        finally:
            _stop(proc)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def fresh_home(server: XandikosServer) -> DavAccount:
    """The server's one principal with an empty calendar home (earlier tests' calendars,
    and the default one, deleted); add calendars with `make_calendar(name)`."""
    endpoint = server.endpoint()
    client = get_davclient(
        url=endpoint.url,
        username=endpoint.username,
        password=endpoint.password,
        timeout=10,
        check_config_file=False,
        environment=False,
    )
    assert client is not None
    principal: Any = client.get_principal()  # caldav types it as maybe-async
    for calendar in principal.get_calendars():
        calendar.delete()
    return DavAccount(endpoint, client, principal)
