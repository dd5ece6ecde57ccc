"""Each password_from form, with the real keyring library on a dict-backed backend."""

from __future__ import annotations

import inspect
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from daemon.config import secrets as secrets_module
from daemon.config.secrets import read_password, store_password
from daemon.core.errors import UserError

SECRET = "s3cret-hunter2"


class DictKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.stored.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def dict_keyring() -> Iterator[DictKeyring]:
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_a_stored_password_is_read_back_from_the_keyring(dict_keyring: DictKeyring) -> None:
    store_password("imap", "robin@practice.example", SECRET)
    assert dict_keyring.stored == {("callmemaybe", "imap:robin@practice.example"): SECRET}
    assert read_password("keyring", "imap", "robin@practice.example") == SECRET


def test_the_keyring_keeps_each_kind_apart(dict_keyring: DictKeyring) -> None:
    store_password("smtp", "robin", "one")
    store_password("caldav", "robin", "two")
    assert read_password("keyring", "smtp", "robin") == "one"
    assert read_password("keyring", "caldav", "robin") == "two"


def test_a_missing_keyring_password_names_the_command_that_stores_it(
    dict_keyring: DictKeyring,
) -> None:
    with pytest.raises(UserError) as caught:
        read_password("keyring", "imap", "robin@practice.example")
    assert str(caught.value) == (
        "no imap password for robin@practice.example in the keyring: "
        'run "callmemaybe set-password imap -c CONFIG"'
    )


def test_no_keyring_backend_suggests_credential_or_file(no_keyring: None) -> None:
    with pytest.raises(UserError) as caught:
        read_password("keyring", "caldav", "robin")
    message = str(caught.value)
    assert "no keyring backend is available" in message
    assert "credential:" in message and "file:" in message
    assert "\n" not in message
    with pytest.raises(UserError, match="cannot store the smtp password"):
        store_password("smtp", "robin", SECRET)


def test_env_reads_the_named_variable() -> None:
    assert read_password("env:IMAP_PW", "imap", "robin", {"IMAP_PW": SECRET}) == SECRET


@pytest.mark.parametrize("environ", [{}, {"IMAP_PW": ""}])
def test_a_missing_or_empty_variable_is_named(environ: dict[str, str]) -> None:
    with pytest.raises(UserError, match=r"^env:IMAP_PW: the environment variable IMAP_PW"):
        read_password("env:IMAP_PW", "imap", "robin", environ)


def _secret_file(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (SECRET, SECRET),
        (SECRET + "\n", SECRET),
        (SECRET + "\r\n", SECRET),
        (" spaced " + "\n\n", " spaced \n"),  # only one newline goes, spaces are kept
    ],
)
def test_file_reads_the_password_without_its_trailing_newline(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = _secret_file(tmp_path / "pw", content)
    assert read_password(f"file:{path}", "smtp", "robin") == expected


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_a_file_readable_by_others_is_refused_with_the_chmod_to_run(
    tmp_path: Path, mode: int
) -> None:
    path = _secret_file(tmp_path / "pw", SECRET, mode)
    with pytest.raises(UserError) as caught:
        read_password(f"file:{path}", "smtp", "robin")
    assert str(caught.value) == f"file:{path}: is readable by other users; run chmod 600 {path}"


def test_a_missing_file_names_the_path_only(tmp_path: Path) -> None:
    path = tmp_path / "nothing"
    with pytest.raises(UserError) as caught:
        read_password(f"file:{path}", "imap", "robin")
    assert str(caught.value) == (
        f"file:{path}: cannot read the imap password: No such file or directory"
    )


def test_a_path_that_is_not_a_file_names_the_path_only(tmp_path: Path) -> None:
    # Tests run as root, which reads any file; a directory still cannot be read.
    (tmp_path / "pw").mkdir(mode=0o700)
    with pytest.raises(UserError) as caught:
        read_password(f"file:{tmp_path / 'pw'}", "imap", "robin")
    assert str(caught.value) == (
        f"file:{tmp_path / 'pw'}: cannot read the imap password: Is a directory"
    )


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = _secret_file(tmp_path / "pw", "\n")
    with pytest.raises(UserError, match="is empty"):
        read_password(f"file:{path}", "imap", "robin")


def test_credential_reads_from_the_systemd_credentials_directory(tmp_path: Path) -> None:
    # systemd makes credentials 0400 or 0440 in a private directory: no mode check there.
    _secret_file(tmp_path / "caldav-password", SECRET + "\n", 0o440)
    environ = {"CREDENTIALS_DIRECTORY": str(tmp_path)}
    assert read_password("credential:caldav-password", "caldav", "robin", environ) == SECRET


def test_credential_without_systemd_explains_load_credential() -> None:
    with pytest.raises(UserError) as caught:
        read_password("credential:caldav-password", "caldav", "robin", {})
    message = str(caught.value)
    assert message.startswith("credential:caldav-password: CREDENTIALS_DIRECTORY is not set")
    assert "LoadCredential=" in message and "file:" in message


def test_a_missing_credential_is_named(tmp_path: Path) -> None:
    environ = {"CREDENTIALS_DIRECTORY": str(tmp_path)}
    with pytest.raises(UserError, match=r"^credential:imap: cannot read the imap password"):
        read_password("credential:imap", "imap", "robin", environ)


def test_a_credential_name_cannot_leave_the_directory(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot contain /"):
        read_password("credential:../etc/shadow", "imap", "robin", {"CREDENTIALS_DIRECTORY": "/x"})


@pytest.mark.parametrize("spec", ["", "hunter2", "env:", "file:", "vault:x", "Keyring"])
def test_an_unknown_spec_is_refused_without_echoing_it(spec: str) -> None:
    with pytest.raises(UserError) as caught:
        read_password(spec, "imap", "robin", {})
    assert str(caught.value) == (
        "password_from for imap must be keyring, env:VAR, file:PATH or credential:NAME"
    )


def test_no_message_ever_contains_the_secret(tmp_path: Path) -> None:
    path = _secret_file(tmp_path / "pw", SECRET, 0o644)
    environ = {"CREDENTIALS_DIRECTORY": str(tmp_path), "PW": SECRET}
    for spec in (f"file:{path}", "credential:missing", f"{SECRET}"):
        with pytest.raises(UserError) as caught:
            read_password(spec, "imap", "robin", environ)
        assert SECRET not in str(caught.value)


# --- the file: secret is judged by the file opened, never by a name -----------------------


def test_a_symlink_is_refused_even_to_a_good_file(tmp_path: Path) -> None:
    target = _secret_file(tmp_path / "real", SECRET)
    link = tmp_path / "pw"
    link.symlink_to(target)
    with pytest.raises(UserError) as caught:
        read_password(f"file:{link}", "smtp", "robin")
    assert str(caught.value) == (
        f"file:{link}: is a symbolic link; point password_from at the file itself"
    )
    assert SECRET not in str(caught.value)


def test_a_file_owned_by_another_user_is_refused(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    path = _secret_file(tmp_path / "pw", SECRET)
    os.chown(path, 4242, 4242)
    with pytest.raises(UserError) as caught:
        read_password(f"file:{path}", "smtp", "robin")
    assert str(caught.value).startswith(f"file:{path}: is owned by another user (uid 4242); ")
    assert SECRET not in str(caught.value)


def test_a_file_owned_by_root_is_accepted(tmp_path: Path) -> None:
    # Root-owned 0600 files are what an administrator makes; root can read them anyway.
    path = _secret_file(tmp_path / "pw", SECRET)
    if os.geteuid() == 0:
        os.chown(path, 0, 0)
    assert read_password(f"file:{path}", "smtp", "robin") == SECRET


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pw"
    os.mkfifo(path, 0o600)
    writer = os.open(path, os.O_RDWR | os.O_NONBLOCK)  # so opening to read cannot block
    try:
        with pytest.raises(UserError, match="is not a regular file"):
            read_password(f"file:{path}", "smtp", "robin")
    finally:
        os.close(writer)


def test_the_mode_is_checked_on_the_file_that_was_opened() -> None:
    # The check runs on os.fstat of the open descriptor, never on a second lookup by name.
    source = inspect.getsource(secrets_module._from_file)
    assert "os.fstat(fd)" in source and "O_NOFOLLOW" in source and "O_CLOEXEC" in source
    assert ".stat()" not in source and "os.stat(" not in source


def test_an_oversized_file_is_not_a_password(tmp_path: Path) -> None:
    path = _secret_file(tmp_path / "pw", "x" * (secrets_module.MAX_SECRET + 1))
    with pytest.raises(UserError, match="too large"):
        read_password(f"file:{path}", "smtp", "robin")
