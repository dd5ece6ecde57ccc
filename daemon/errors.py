"""The few kinds of failure, so the CLI can turn each into one clear line.

- `UserError`: something the user can fix (config, password, permissions); exit 2.
- `RemoteError`: a server is unreachable or refused us; worth retrying later.
- `Conflict`: someone else changed what we were about to write.
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


class Conflict(CallMeMaybeError):
    exit_code = 1
