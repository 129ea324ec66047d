"""The shipped sets travel with the package: found from a checkout and from an installed wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import afstand
from afstand.questionnaires.catalog import load_catalog, shipped_dir

REPO = Path(__file__).resolve().parents[1]
REQUIRED_SETS = {"countertransference", "kiesler", "basic-needs", "self-care"}

# what pip prints when it cannot reach the package index
NO_NETWORK = (
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Name or service not known",
    "Network is unreachable",
    "Connection refused",
    "No matching distribution found",
    "Could not find a version that satisfies the requirement",
)


def test_shipped_dir_finds_the_sets_from_the_checkout() -> None:
    folder = shipped_dir()
    assert folder.is_dir()
    assert {path.stem for path in folder.glob("*.yaml")} >= REQUIRED_SETS
    if Path(afstand.__file__).resolve().is_relative_to(REPO / "src"):  # editable install
        assert folder.resolve() == REPO / "questionnaires"
    catalog = load_catalog(None)
    assert set(catalog.sets) >= REQUIRED_SETS
    assert {loaded.origin for loaded in catalog} == {"built-in"}
    assert catalog.invalid == {}


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


def run(args: list[str | Path], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=clean_env(**extra),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def succeed_or_skip(result: subprocess.CompletedProcess[str], step: str) -> None:
    output = result.stdout + result.stderr
    if result.returncode == 0:
        return
    if any(sign in output for sign in NO_NETWORK):
        pytest.skip(f"{step}: the package index cannot be reached (no network)")
    pytest.fail(f"{step} failed ({result.returncode}):\n{output[-4000:]}")


@pytest.mark.slow
def test_installed_wheel_lists_the_shipped_sets(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", wheels, REPO], cwd=tmp_path
    )
    succeed_or_skip(built, "building the wheel")
    (wheel,) = wheels.glob("afstand-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "afstand/__init__.py" in names
    for set_id in REQUIRED_SETS:
        assert f"afstand/questionnaires/sets/{set_id}.yaml" in names

    env_dir = tmp_path / "env"
    created = run([sys.executable, "-m", "venv", env_dir], cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    installed = run([python, "-m", "pip", "install", "--quiet", wheel], cwd=tmp_path)
    succeed_or_skip(installed, "installing the wheel")

    home = tmp_path / "home"
    found = run(
        [
            python,
            "-c",
            "from afstand.questionnaires.catalog import shipped_dir; print(shipped_dir())",
        ],
        cwd=tmp_path,
        AFSTAND_HOME=str(home),
    )
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()).resolve().is_relative_to(env_dir.resolve())

    listed = run(
        [bin_dir / "afstand", "questionnaires", "list"],
        cwd=tmp_path,
        AFSTAND_HOME=str(home),
        COLUMNS="200",
        AFSTAND_LANG="en",
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == ""
    ids = {line.split()[0] for line in listed.stdout.splitlines()[1:] if line.strip()}
    assert ids >= REQUIRED_SETS

    as_json = run(
        [bin_dir / "afstand", "questionnaires", "list", "--json"],
        cwd=tmp_path,
        AFSTAND_HOME=str(home),
    )
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    sets = {entry["id"]: entry for entry in data["sets"]}
    assert set(sets) >= REQUIRED_SETS
    for set_id in REQUIRED_SETS:
        assert sets[set_id]["origin"] == "built-in"
        assert Path(sets[set_id]["path"]).resolve().is_relative_to(env_dir.resolve())
    assert data["invalid"] == []
