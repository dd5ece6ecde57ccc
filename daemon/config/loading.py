"""Loading the config file: YAML in, one frozen `Config` out, or every problem at once.

Each problem is one line, `<file>: <key.path[index]>: <what is wrong>`, raised together as a
`ConfigError`. Sections are validated one by one so that a mistake in one does not hide the
others; the checks across sections (clients against the therapist, hours against calls)
run once every section parsed. The models themselves are in `schema.py`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from daemon.config.fields import not_text
from daemon.config.schema import (
    Calendar,
    Calls,
    Client,
    Config,
    Followup,
    Limits,
    Mail,
    Safety,
    Therapist,
    TopLevel,
)
from daemon.config.values import format_duration
from daemon.core.errors import ConfigError
from daemon.core.render import LANGUAGES, primary

_SECTIONS: dict[str, Any] = {
    "therapist": Therapist,
    "mail": Mail,
    "calendar": Calendar,
    "calls": Calls,
    "clients": TypeAdapter(tuple[Client, ...]),
    "followup": Followup,
    "safety": Safety,
    "limits": Limits,
}
_REQUIRED = ("therapist", "mail", "calendar", "calls")
Problem = tuple[tuple[str | int, ...], str]


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read, parse and validate the config file; ConfigError lists every problem."""
    source = os.fspath(path)
    try:
        text = Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError([f"{source}: cannot read: {error.strerror or error}"]) from None
    except UnicodeDecodeError:
        raise ConfigError([f"{source}: cannot read: not UTF-8 text"]) from None
    return parse_config(text, source, Path(source).absolute().parent)


def parse_config(text: str, source: str = "config.yaml", base_dir: Path | None = None) -> Config:
    base = base_dir if base_dir is not None else Path(source).parent
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        raise ConfigError([f"{source}: {where}: {error.problem or error.context}"]) from None
    except yaml.YAMLError as error:
        raise ConfigError([f"{source}: {error}"]) from None
    if raw is None:
        raise ConfigError([f"{source}: the file is empty; start from config.yaml.example"])
    if not isinstance(raw, dict):
        raise ConfigError([f"{source}: must be a mapping of keys (therapist:, mail:, ...)"])
    config, problems = _validate(raw, base)
    if problems or config is None:
        raise ConfigError([f"{source}: {_path(loc)}: {message}" for loc, message in problems])
    config._source = Path(source)
    return config


def _validate(raw: dict[Any, Any], base: Path) -> tuple[Config | None, list[Problem]]:
    context = {"base_dir": base}
    problems: list[Problem] = []
    known = set(_SECTIONS) | set(TopLevel.model_fields)
    for key in raw:
        if key not in known:
            problems.append(((str(key),), "unknown key"))
    sections: dict[str, Any] = {}
    for key, validator in _SECTIONS.items():
        if key not in raw:
            if key in _REQUIRED:
                problems.append(((key,), "is required"))
            continue
        try:
            if isinstance(validator, TypeAdapter):
                sections[key] = validator.validate_python(raw[key], context=context)
            else:
                sections[key] = validator.model_validate(raw[key], context=context)
        except ValidationError as error:
            problems.extend(((key, *e["loc"]), _message(e)) for e in error.errors())
    top = {k: v for k, v in raw.items() if k in TopLevel.model_fields}
    try:
        sections.update(dict(TopLevel.model_validate(top, context=context)))
    except ValidationError as error:
        problems.extend((tuple(e["loc"]), _message(e)) for e in error.errors())
    problems.extend(_check_clients(sections.get("clients", ()), sections.get("therapist")))
    problems.extend(_check_client_hours(sections.get("clients", ()), sections.get("calls")))
    problems.extend(_check_languages(sections))
    problems.extend(_check_direction(sections.get("calls"), sections.get("therapist")))
    if problems:
        return None, problems
    config = Config.model_validate(sections, context=context)
    for client in config.clients:
        client._fallback_timezone = config.therapist.timezone
    return config, []


def _check_clients(clients: tuple[Client, ...], therapist: Therapist | None) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, client in enumerate(clients):
        for position, address in enumerate(client.emails):
            loc: tuple[str | int, ...] = (
                ("clients", index, "email")
                if client.email is not None
                else ("clients", index, "emails", position)
            )
            if therapist is not None and address == therapist.email:
                problems.append((loc, f"{address} is the therapist's own address"))
            elif address in seen:
                problems.append(
                    (loc, f"this address is listed twice (also clients[{seen[address]}])")
                )
            else:
                seen[address] = index
    return problems


def _check_client_hours(clients: tuple[Client, ...], calls: Calls | None) -> list[Problem]:
    # Checked here: the clients section does not know calls.length.
    if calls is None:
        return []
    length = calls.length
    problems: list[Problem] = []
    for index, client in enumerate(clients):
        short = sorted(
            {
                span
                for spans in (client.hours or {}).values()
                for span in spans
                if span.length < length
            }
        )
        if short:
            problems.append(
                (
                    ("clients", index, "hours"),
                    f'"{short[0]}" is shorter than calls.length ({format_duration(length)})',
                )
            )
    return problems


def _check_languages(sections: dict[str, Any]) -> list[Problem]:
    """Every language set must be one the mails are written in (shipped, or a folder of the
    therapist's own templates), rather than quietly turning into English."""
    templates = sections.get("templates")
    wanted: list[tuple[tuple[str | int, ...], str | None]] = []
    therapist = sections.get("therapist")
    if isinstance(therapist, Therapist):
        wanted.append((("therapist", "language"), therapist.language))
    for index, client in enumerate(sections.get("clients", ())):
        wanted.append((("clients", index, "language"), client.language))
    problems: list[Problem] = []
    for loc, language in wanted:
        if language is None or primary(language) in LANGUAGES:
            continue
        if isinstance(templates, Path) and (templates / primary(language)).is_dir():
            continue
        problems.append(
            (
                loc,
                f'"{language}" is not a language the mails are written in; use one of '
                f"{', '.join(LANGUAGES)} (or add a folder {primary(language)}/ of templates "
                "to your templates: folder)",
            )
        )
    return problems


def _check_direction(calls: Calls | None, therapist: Therapist | None) -> list[Problem]:
    """What the mails need to say who calls whom."""
    if calls is None:
        return []
    if calls.how == "video" and not calls.video_link:
        return [(("calls", "video_link"), "is needed for video calls; add the link clients join")]
    if calls.how == "client_calls" and therapist is not None and not therapist.phone:
        return [(("therapist", "phone"), "is needed when clients call you (calls.direction)")]
    return []


def _path(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part != "[key]":
            text += f".{part}" if text else str(part)
    return text or "(top level)"


_SIMPLE = {
    "extra_forbidden": "unknown key",
    "missing": "is required",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "dict_type": "must be a mapping of keys",
    "model_type": "must be a mapping of keys",
    "model_attributes_type": "must be a mapping of keys",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "path_type": "must be a path",
    "none_required": "must be null",
}


def _message(error: ErrorDetails) -> str:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "string_type":
        return not_text(value)
    if kind == "literal_error":
        choices = str(ctx.get("expected", "")).replace("'", "")
        shown = f'"{value}"' if isinstance(value, str) else "this"
        if error["loc"] and error["loc"][-1] == "[key]":
            return f"{shown} is not a weekday; use one of {choices}"
        return f"{shown} is not one of {choices}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        words = {
            "greater_than_equal": "at least",
            "less_than_equal": "at most",
            "greater_than": "more than",
            "less_than": "less than",
        }
        limit = next(iter(ctx.values()), "")
        return f"must be {words[kind]} {limit}"
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    return error["msg"].removeprefix("Value error, ").split("[type=")[0].strip()


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice (PyYAML silently keeps the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f'"{key}" is given twice', key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)
