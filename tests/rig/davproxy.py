"""An HTTP reverse proxy on loopback in front of a real CalDAV server, which misbehaves on cue.

What a broken, overloaded or half-migrated server looks like to the daemon, on the wire:
REPORTs (UID searches, calendar queries) answered with a valid but empty multistatus,
with garbage, with garbled calendar data or with 500; GETs answered with 404 or 500;
and the CTag/sync-token bumped on every PROPFIND, as if the calendar had changed.
Everything else is passed through unchanged.
"""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal
from urllib.parse import urlsplit

from daemon.demo.loopback import HOST

ReportMode = Literal["pass", "empty", "garbage", "garbled", "error"]
GetMode = Literal["pass", "missing", "error"]

EMPTY_MULTISTATUS = b'<?xml version="1.0" encoding="utf-8"?>\n<multistatus xmlns="DAV:"/>\n'
GARBAGE = b"<html><body>502 Bad Gateway</body>\x00\xff<multistatus"
_TAG = re.compile(rb"(<(?:[\w-]+:)?(?:getctag|sync-token)\b[^>]*>)([^<]*)(<)")
_DATA = re.compile(rb"(<(?:[\w-]+:)?calendar-data\b[^>/]*>)(.*?)(</)", re.DOTALL)
_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "te",
    "trailer",
    "upgrade",
    "proxy-authorization",
    "proxy-authenticate",
    "accept-encoding",
}  # fmt: skip  (uncompressed replies, so they can be rewritten)


class DavProxy:
    """Set `report`, `get` and `bump_tags` at any time; `requests` counts what passed."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.target = (parts.hostname or HOST, parts.port or 80)
        self.report: ReportMode = "pass"
        self.get: GetMode = "pass"
        self.bump_tags = False
        self.requests: dict[str, int] = {}
        self._bumps = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((HOST, 0), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://{HOST}:{self.port}{parts.path or '/'}"

    def behave(self) -> None:
        self.report, self.get, self.bump_tags = "pass", "pass", False

    def start(self) -> None:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- what a misbehaving server answers -----------------------------------------------

    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes
               ) -> tuple[int, list[tuple[str, str]], bytes]:  # fmt: skip
        with self._lock:
            self.requests[method] = self.requests.get(method, 0) + 1
        if method == "REPORT" and self.report in ("empty", "garbage", "error"):
            return _canned(self.report)
        if method == "GET" and self.get != "pass":
            return (404, [], b"Not found") if self.get == "missing" else _canned("error")
        status, reply_headers, reply = self._relay(method, path, headers, body)
        if method == "REPORT" and self.report == "garbled":
            reply = _DATA.sub(rb"\1this is not iCalendar\3", reply)
        if method == "PROPFIND" and self.bump_tags:
            with self._lock:
                self._bumps += 1
                mark = f"-bumped{self._bumps}".encode()
            reply = _TAG.sub(lambda m: m.group(1) + m.group(2) + mark + m.group(3), reply)
        return status, reply_headers, reply

    def _relay(self, method: str, path: str, headers: dict[str, str], body: bytes
               ) -> tuple[int, list[tuple[str, str]], bytes]:  # fmt: skip
        connection = http.client.HTTPConnection(*self.target, timeout=30)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            reply = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP]
            return response.status, kept, reply
        finally:
            connection.close()


def _canned(mode: str) -> tuple[int, list[tuple[str, str]], bytes]:
    xml = [("Content-Type", "application/xml; charset=utf-8")]
    if mode == "empty":
        return 207, xml, EMPTY_MULTISTATUS
    if mode == "garbage":
        return 207, xml, GARBAGE
    return 500, [("Content-Type", "text/plain")], b"Internal Server Error"


def _handler(proxy: DavProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as caldav's session expects

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
            status, reply_headers, reply = proxy.answer(self.command, self.path, headers, body)
            self.send_response(status)
            for key, value in reply_headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the test output stays quiet

    for method in ("GET", "HEAD", "PUT", "DELETE", "POST", "OPTIONS", "PROPFIND",
                   "PROPPATCH", "REPORT", "MKCALENDAR", "MKCOL", "MOVE", "COPY"):  # fmt: skip
        setattr(Handler, f"do_{method}", Handler._any)
    return Handler


@contextmanager
def dav_proxy(upstream: str) -> Iterator[DavProxy]:
    """A proxy to the CalDAV server at `upstream` (a URL), running until the block ends."""
    proxy = DavProxy(upstream)
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()
