"""What the IMAP and SMTP adapters share about the network: one wording of a socket failure."""

from __future__ import annotations

import errno
import socket


def describe_os_error(exc: OSError) -> str:
    """A short lowercase reason for a failed connection, never the library's traceback."""
    if isinstance(exc, socket.gaierror):
        return "host name not found"
    if exc.errno is not None and exc.errno in errno.errorcode:
        return (exc.strerror or errno.errorcode[exc.errno]).lower()
    return type(exc).__name__
