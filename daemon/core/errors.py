"""The few kinds of failure, so the CLI can turn each into one clear line.

- `UserError`: something the user can fix (config, password, permissions); exit 2.
- `RemoteError`: a server is unreachable or refused us; worth retrying later.
- `StateError`: the state database cannot be used at all (corrupted); exit 3, and systemd
  should not restart into it.
"""

from __future__ import annotations


class CallMeMaybeError(Exception):
    """Base class: str(error) is a single line fit to show a user."""


class UserError(CallMeMaybeError):
    exit_code = 2


class ConfigError(UserError):
    """Every problem found in one config file, each already a full line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class RemoteError(CallMeMaybeError):
    exit_code = 1


class StateError(CallMeMaybeError):
    """Not a UserError: the loop retries those mid-run, but this one must stop the process."""

    exit_code = 3
