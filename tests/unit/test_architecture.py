"""Imports point from the shell to the core, never back: every module under daemon/core/ is pure.

"Pure" is the folder, not a list: a new module put into daemon/core/ is checked the moment
it lands there.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

DAEMON = Path(__file__).resolve().parent.parent.parent / "daemon"
CORE = sorted(
    path.relative_to(DAEMON).as_posix()
    for path in (DAEMON / "core").rglob("*.py")
    if path.name != "__init__.py" or path.read_text().strip()
)
# What only the shell may touch: the database, templates, the network, the process.
FORBIDDEN = {"sqlite3", "smtplib", "imaplib", "socket", "subprocess", "os", "shutil"}
# Third-party libraries the core may use: they parse and compute, they do no I/O.
PARSERS = {"icalendar", "recurring_ical_events", "babel", "mailparser_reply"}


def imports(module: str) -> set[str]:
    tree = ast.parse((DAEMON / module).read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{module}: relative import"
            assert node.module is not None
            if node.module in ("daemon", "daemon.core") or node.module.startswith("daemon.core."):
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
    return found


def test_the_core_folder_is_found() -> None:
    assert "core/booking/decide.py" in CORE and "core/safety/crisis.py" in CORE


@pytest.mark.parametrize("module", CORE)
def test_the_core_imports_only_the_core_the_standard_library_and_parsers(module: str) -> None:
    for name in imports(module):
        top = name.split(".")[0]
        if top == "daemon":
            assert name.startswith("daemon.core."), f"{module} imports the shell module {name}"
        elif top in sys.stdlib_module_names:
            assert top not in FORBIDDEN, f"{module} imports {name}, which does I/O"
        else:
            assert top in PARSERS, f"{module} imports the library {name}"


@pytest.mark.parametrize("module", CORE)
def test_the_core_never_reads_the_clock(module: str) -> None:
    source = (DAEMON / module).read_text()
    for clock in (".now(", "time.time(", "today(", "monotonic(", "perf_counter("):
        assert clock not in source, f"{module} reads the clock ({clock})"


def _shell_sources() -> dict[str, str]:
    return {
        path.relative_to(DAEMON).as_posix(): path.read_text()
        for path in DAEMON.rglob("*.py")
        if not path.relative_to(DAEMON).as_posix().startswith(("core/", "store/"))
    }


# SQL outside the store, while a move is in flight. Empty now: it may only stay so.
SQL_OUTSIDE: set[str] = set()


def test_every_sql_statement_lives_in_the_store() -> None:
    for module, source in _shell_sources().items():
        if re.search(r"\.execute(many|script)?\(", source):
            assert module in SQL_OUTSIDE, f"{module} runs SQL: move it into daemon/store/"
    for module in SQL_OUTSIDE:
        assert ".execute(" in (DAEMON / module).read_text(), f"{module} has no SQL: drop it"


def test_adapters_are_built_in_the_one_wiring_module() -> None:
    # The demo builds its own, against its loopback servers.
    builds = re.compile(r"\b(Mailbox|Outbox|Calendars|Composer)\(")
    for module, source in _shell_sources().items():
        if module.startswith(("adapters/", "demo/")) or module == "runtime/wiring.py":
            continue
        assert not builds.search(source), f"{module} builds an adapter: use runtime/wiring.py"
