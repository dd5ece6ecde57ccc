"""Where passwords come from: a `password_from` spec in, the password out.

Specs: `keyring` (the default), `env:VAR`, `file:PATH`, `credential:NAME` (systemd
`LoadCredential=`, read from `$CREDENTIALS_DIRECTORY/NAME`). Every failure is a one-line
`UserError` naming the fix; no message ever contains the secret itself.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import keyring
import keyring.errors

from daemon.core.errors import UserError

Kind = Literal["imap", "smtp", "caldav"]
SERVICE = "callmemaybe"
_OTHER_FIX = "use password_from: credential:NAME (systemd) or file:PATH instead"
MAX_SECRET = 64 * 1024  # a password file is a line; more is the wrong file


def keyring_user(kind: Kind, username: str) -> str:
    return f"{kind}:{username}"


def read_password(
    spec: str, kind: Kind, username: str, environ: Mapping[str, str] = os.environ
) -> str:
    """The password `spec` points at; UserError (one line, no secret) when it cannot be had."""
    source, _, rest = spec.partition(":")
    if spec == "keyring":
        return _from_keyring(kind, username)
    if source == "env" and rest:
        return _from_env(rest, kind, environ)
    if source == "file" and rest:
        return _from_file(Path(rest), spec, kind, check_mode=True)
    if source == "credential" and rest:
        return _from_credential(rest, spec, kind, environ)
    raise UserError(
        f"password_from for {kind} must be keyring, env:VAR, file:PATH or credential:NAME"
    )


def store_password(kind: Kind, username: str, password: str) -> None:
    """Put the password in the system keyring, where `password_from: keyring` finds it."""
    try:
        keyring.set_password(SERVICE, keyring_user(kind, username), password)
    except keyring.errors.KeyringError as error:
        raise UserError(
            f"cannot store the {kind} password in the keyring ({_why(error)}); {_OTHER_FIX}"
        ) from None


def _from_keyring(kind: Kind, username: str) -> str:
    try:
        password = keyring.get_password(SERVICE, keyring_user(kind, username))
    except keyring.errors.KeyringError as error:
        raise UserError(
            f"cannot read the {kind} password from the keyring ({_why(error)}); {_OTHER_FIX}"
        ) from None
    if password is None:
        raise UserError(
            f"no {kind} password for {username} in the keyring: "
            f'run "callmemaybe set-password {kind} -c CONFIG"'
        )
    return str(password)


def _why(error: keyring.errors.KeyringError) -> str:
    # Backend messages are long install advice; the class name says enough.
    if isinstance(error, keyring.errors.NoKeyringError):
        return "no keyring backend is available"
    if isinstance(error, keyring.errors.KeyringLocked):
        return "the keyring is locked"
    return f"the keyring failed: {type(error).__name__}"


def _from_env(name: str, kind: Kind, environ: Mapping[str, str]) -> str:
    value = environ.get(name)
    if value is None:
        raise UserError(
            f"env:{name}: the environment variable {name} for the {kind} password is not set"
        )
    if not value:
        raise UserError(
            f"env:{name}: the environment variable {name} for the {kind} password is empty"
        )
    return value


def _from_file(path: Path, spec: str, kind: Kind, check_mode: bool) -> str:
    """Read the password at `path`, judging the file that was opened, not the name.

    O_NOFOLLOW: a symlink could point anywhere, including at a file someone else controls.
    The owner and mode are checked with fstat on the open descriptor, so the file cannot be
    swapped between the check and the read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UserError(
                f"{spec}: is a symbolic link; point password_from at the file itself"
            ) from None
        raise UserError(f"{spec}: cannot read the {kind} password: {error.strerror}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UserError(f"{spec}: cannot read the {kind} password: Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"{spec}: is not a regular file; point password_from at one")
        if check_mode:
            _refuse_unsafe(info, path, spec)
        data = _read_all(fd, MAX_SECRET + 1)
    except OSError as error:
        raise UserError(f"{spec}: cannot read the {kind} password: {error.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > MAX_SECRET:
        raise UserError(f"{spec}: the {kind} password file is too large to be a password")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{spec}: the {kind} password file is not UTF-8 text") from None
    text = text.removesuffix("\n").removesuffix("\r")
    if not text:
        raise UserError(f"{spec}: the {kind} password file is empty")
    return text


def _read_all(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _refuse_unsafe(info: os.stat_result, path: Path, spec: str) -> None:
    """Owned by the user we run as (or root), readable by nobody else."""
    if info.st_uid not in (os.geteuid(), 0):
        raise UserError(
            f"{spec}: is owned by another user (uid {info.st_uid}); "
            f"run chown $(id -u) {path} as the user callmemaybe runs as"
        )
    if stat.S_IMODE(info.st_mode) & 0o077:
        raise UserError(f"{spec}: is readable by other users; run chmod 600 {path}")


def _from_credential(name: str, spec: str, kind: Kind, environ: Mapping[str, str]) -> str:
    directory = environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        raise UserError(
            f"{spec}: CREDENTIALS_DIRECTORY is not set; credential: needs systemd's "
            f"LoadCredential={name}:/path/to/secret in the unit (or use password_from: file:PATH)"
        )
    if "/" in name or name in (".", ".."):
        raise UserError(f"{spec}: a credential name cannot contain /")
    # systemd keeps the credentials directory private to the service, so no mode check.
    return _from_file(Path(directory) / name, spec, kind, check_mode=False)
