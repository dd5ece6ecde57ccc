"""Imports point from the shell to the core, never back: the modules that decide are pure."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DAEMON = Path(__file__).resolve().parent.parent / "daemon"

PURE = ("model", "busy", "slots", "calls", "intake", "quotes", "machines", "choice", "decide",
        "render", "crisis", "authres", "manners", "changes", "followup", "icsedit", "digest",
        "calllog", "invite", "screen", "values", "followup_words", "alertwords", "intent",
        "language")
# The crisis rules, one module a language, and the small model beside them.
PURE += ("crisis_base", "crisis_en", "crisis_de", "crisis_es", "crisis_families", "crisis_model")
PURE += ("intent_words",)
# What only the shell may touch: protocol libraries, the database, templates, the process.
FORBIDDEN = {"imapclient", "caldav", "smtplib", "sqlite3", "jinja2", "socket", "subprocess",
             "os", "keyring", "schedule"}
# Config and its frozen types are values by the time the core sees them.
CORE_OK = set(PURE) | {"config", "errors"}


def imports(module: str) -> set[str]:
    tree = ast.parse((DAEMON / f"{module}.py").read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "daemon":
                found.update(f"daemon.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
    return found


@pytest.mark.parametrize("module", PURE)
def test_the_core_imports_no_protocol_library_and_no_shell_module(module: str) -> None:
    for name in imports(module):
        top = name.split(".")[0]
        assert top not in FORBIDDEN, f"{module} imports {name}"
        if top == "daemon":
            assert name.split(".")[1] in CORE_OK, f"{module} imports the shell module {name}"


@pytest.mark.parametrize("module", PURE)
def test_the_core_never_reads_the_clock(module: str) -> None:
    source = (DAEMON / f"{module}.py").read_text()
    assert ".now(" not in source and "time.time(" not in source and "today(" not in source
