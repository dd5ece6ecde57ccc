"""The shipped systemd units, as systemd itself judges them (offline, no running systemd)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parent.parent.parent / "deploy" / "systemd"
ANALYZE = shutil.which("systemd-analyze")

pytestmark = pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed")


def installed(unit: str, tmp_path: Path, instance: str = "") -> Path:
    """The unit as a sysadmin installs it, with ExecStart pointing at a real callmemaybe."""
    script = Path(sys.executable).with_name("callmemaybe")
    text = (UNITS / unit).read_text().replace("/usr/local/bin/callmemaybe", str(script))
    name = unit.replace("@.", f"@{instance}.") if instance else unit
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("unit", ["callmemaybe.service", "callmemaybe@.service"])
def test_each_unit_is_rated_ok_by_systemd_analyze_security(unit: str) -> None:
    assert ANALYZE is not None
    done = subprocess.run(
        [ANALYZE, "security", "--offline=yes", str(UNITS / unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d+) (\w+)", done.stdout)
    assert found, done.stdout + done.stderr
    assert float(found.group(1)) <= 1.5 and found.group(2) == "OK"


@pytest.mark.parametrize(
    ("unit", "instance"), [("callmemaybe.service", ""), ("callmemaybe@.service", "robin")]
)
def test_each_unit_passes_systemd_analyze_verify(unit: str, instance: str, tmp_path: Path) -> None:
    if not Path(sys.executable).with_name("callmemaybe").exists():
        pytest.skip("callmemaybe is not installed next to this Python")
    assert ANALYZE is not None
    done = subprocess.run(
        [ANALYZE, "verify", str(installed(unit, tmp_path, instance))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr


def test_every_directive_is_commented_with_why() -> None:
    for unit in ("callmemaybe.service", "callmemaybe@.service"):
        lines = (UNITS / unit).read_text().splitlines()
        for number, line in enumerate(lines):
            if "=" in line and not line.startswith("#"):
                above = lines[:number]
                # the nearest line above that is not another directive is a comment
                previous = next(
                    (p for p in reversed(above) if "=" not in p or p.startswith("#")), ""
                )
                assert previous.startswith("#") or previous.startswith("["), (unit, line)
