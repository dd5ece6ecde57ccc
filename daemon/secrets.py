"""Where passwords come from: a `password_from` spec in, the password out.

Specs: `keyring` (the default), `env:VAR`, `file:PATH`, `credential:NAME` (systemd
`LoadCredential=`, read from `$CREDENTIALS_DIRECTORY/NAME`). Every failure is a one-line
`UserError` naming the fix; no message ever contains the secret itself.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import keyring
import keyring.errors

from daemon.errors import UserError

Kind = Literal["imap", "smtp", "caldav"]
SERVICE = "callmemaybe"
_OTHER_FIX = "use password_from: credential:NAME (systemd) or file:PATH instead"


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
    try:
        if check_mode and stat.S_IMODE(path.stat().st_mode) & 0o077:
            raise UserError(f"{spec}: is readable by other users; run chmod 600 {path}")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(f"{spec}: cannot read the {kind} password: {error.strerror}") from None
    except UnicodeDecodeError:
        raise UserError(f"{spec}: the {kind} password file is not UTF-8 text") from None
    text = text.removesuffix("\n").removesuffix("\r")
    if not text:
        raise UserError(f"{spec}: the {kind} password file is empty")
    return text


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
