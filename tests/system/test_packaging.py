"""`pip install .` gives a working `callmemaybe`: the wheel carries the templates, and the
installed package finds them from any working directory, without the source tree."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import sysconfig
import textwrap
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from daemon import __version__

REPO = Path(__file__).resolve().parent.parent.parent
TEMPLATES = sorted(
    path.relative_to(REPO / "templates").as_posix() for path in (REPO / "templates").rglob("*.j2")
)

RENDER_AN_OFFER = textwrap.dedent(
    """\
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    import daemon
    from daemon.adapters.render import Composer, Recipient, Therapist, Thread
    from daemon.core.model import Interval

    print(daemon.__file__)
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2030, 6, 3, 12, 0, tzinfo=berlin)
    composer = Composer(
        Therapist(name="Robin Example", email="robin@practice.example", phone=None,
                  tz=berlin, language="en"),
    )
    mail = composer.offer(
        Recipient(name="Ann Example", first_name="Ann", email="ann@example.org", tz=berlin),
        Thread(message_id="<m1@example.org>", references=(), subject="Can we talk?"),
        [Interval(start, start + timedelta(minutes=15))],
        token="tok123",
        message_id="<offer1@practice.example>",
        now=start - timedelta(days=1),
    )
    print(mail["Subject"])
    print(mail.get_body(("plain",)).get_content())
    """
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Offline when hatchling is at hand; otherwise pip fetches it for an isolated build.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("callmemaybe-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with the wheel installed, seeing the test venv's dependencies only."""
    root = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(root)
    python = root / "bin" / "python"
    # The dependencies come from the test venv, after the venv's own site-packages (so the
    # wheel's `daemon` wins); a path in a .pth file does not run that venv's own .pth files,
    # so an editable install of the source tree there stays invisible.
    own = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (Path(own) / "test-venv-deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--force-reinstall",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    yield root


def test_the_wheel_carries_every_template(wheel: Path) -> None:
    assert "en/offer.txt.j2" in TEMPLATES
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in TEMPLATES if f"daemon/templates/{name}" not in names]
    assert missing == []
    assert any(name.endswith("entry_points.txt") for name in names)


def test_the_installed_command_runs_outside_the_source_tree(
    installed: Path, tmp_path: Path
) -> None:
    script = installed / "bin" / "callmemaybe"
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"callmemaybe {__version__}"


def test_the_installed_package_renders_an_offer_from_its_own_templates(
    installed: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [str(installed / "bin" / "python"), "-I", "-c", RENDER_AN_OFFER],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    location, subject, *body = done.stdout.splitlines()
    # The package in the fresh venv, not the source tree (nor an editable install of it).
    assert location.startswith(str(installed)), location
    assert subject == "Re: Can we talk?"
    text = "\n".join(body)
    assert "Hi Ann," in text
    assert "1. Mon, June 3, 12:00" in text


def test_the_demo_servers_are_an_extra_not_dependencies_of_the_service(wheel: Path) -> None:
    [metadata] = [n for n in zipfile.ZipFile(wheel).namelist() if n.endswith("/METADATA")]
    requires = [
        line.split(":", 1)[1].strip()
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist:")
    ]
    for server in ("radicale", "aiosmtpd", "pymap"):
        lines = [r.replace("'", '"') for r in requires if r.lower().startswith(server)]
        assert any('extra == "demo"' in line for line in lines), lines
        assert all("extra ==" in line for line in lines), lines  # never for the service
    assert any(r.startswith("caldav") and "extra" not in r for r in requires)


def test_the_demo_without_its_extra_names_the_command_that_adds_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from daemon import cli

    # As if `pip install .` had been run without the extra: one server cannot be found.
    monkeypatch.setattr(cli, "DEMO_SERVERS", ("radicale", "no_such_demo_server"))
    assert cli.main(["demo"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "pip install 'callmemaybe[demo]'" in err


SCORE_WITH_THE_MODELS = textwrap.dedent(
    """\
    import sys

    from daemon.core.mail import intent_model
    from daemon.core.safety import crisis_model

    print(crisis_model.crisis_score("i keep thinking everyone would be better off without me"))
    print(intent_model.score("could you ring me back today?"))
    print(sorted(m for m in ("sklearn", "scipy", "numpy") if m in sys.modules))
    """
)


def test_the_wheel_carries_both_models_and_reading_them_needs_no_training_library(
    wheel: Path, installed: Path, tmp_path: Path
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "daemon/core/safety/crisis_model.json.gz" in names
    assert "daemon/core/mail/intent_model.json.gz" in names
    done = subprocess.run(
        [str(installed / "bin" / "python"), "-I", "-c", SCORE_WITH_THE_MODELS],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    crisis_score, request_score, imported = done.stdout.splitlines()
    assert float(crisis_score) > 0 and float(request_score) > 0
    assert imported == "[]"  # scikit-learn fits the weights; the service only reads them
