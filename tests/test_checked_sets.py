"""The question sets are parsed and checked once, not before every reflection: a set file that
has not changed since it was found valid comes from afstand's cache. A changed file, an invalid
one and a damaged cache are each read from the file again, so the cache never hides a change
or a problem."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import afstand.questionnaires.catalog as catalog_module
from afstand.questionnaires.catalog import load_catalog
from afstand.yaml_reader import Problem

FIXTURES = Path(__file__).parent / "fixtures" / "questionnaires"
HOME_VISIT = FIXTURES / "valid" / "home-visit.yaml"


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    shutil.copy(HOME_VISIT, folder / "home-visit.yaml")
    return folder


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cache" / "question-sets.json"


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, display: str | None = None) -> tuple[list[Problem], None]:
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(catalog_module, "check_file", refuse)


def sets_of(user_dir: Path, cache: Path | None) -> dict[str, object]:
    return {s.questionnaire.id: s.questionnaire for s in load_catalog(user_dir, cache)}


def test_unchanged_sets_come_from_the_cache_as_they_were(
    user_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = sets_of(user_dir, None)
    assert sets_of(user_dir, cache) == parsed
    assert cache.stat().st_mode & 0o077 == 0  # owner-only, like all of afstand's data
    no_parsing(monkeypatch)
    assert sets_of(user_dir, cache) == parsed


def test_a_changed_set_file_is_read_again(
    user_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sets_of(user_dir, cache)
    path = user_dir / "home-visit.yaml"
    text = path.read_text(encoding="utf-8")
    first_title = load_catalog(user_dir).get("home-visit").title.en
    assert first_title and first_title in text
    path.write_text(text.replace(first_title, "Changed title"), encoding="utf-8")
    info = path.stat()  # even with the old modification time the change is seen
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - 10**9))
    assert load_catalog(user_dir, cache).get("home-visit").title.en == "Changed title"


def test_an_invalid_set_is_reported_every_time(user_dir: Path, cache: Path) -> None:
    broken = user_dir / "broken.yaml"
    broken.write_text("id: broken\nversion: 0\n", encoding="utf-8")
    for _ in range(2):
        assert list(load_catalog(user_dir, cache).invalid) == [broken]
    assert str(broken) not in json.loads(cache.read_text(encoding="utf-8"))["files"]


@pytest.mark.parametrize(
    "damage",
    [
        b"not json",
        b'{"format": "afstand-checked-question-sets", "afstand": "0.1.0", "files": []}',
        b"[1, 2]",
    ],
)
def test_a_damaged_cache_is_passed_over_and_written_anew(
    user_dir: Path, cache: Path, damage: bytes
) -> None:
    parsed = sets_of(user_dir, None)
    cache.parent.mkdir(parents=True)
    cache.write_bytes(damage)
    assert sets_of(user_dir, cache) == parsed
    assert json.loads(cache.read_text(encoding="utf-8"))["files"]


def test_a_set_changed_inside_the_cache_is_read_from_its_file(user_dir: Path, cache: Path) -> None:
    parsed = sets_of(user_dir, cache)
    data = json.loads(cache.read_text(encoding="utf-8"))
    for found in data["files"].values():
        found["set"] = '{"id": "not a set"}'
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert sets_of(user_dir, cache) == parsed


def test_a_pipe_in_place_of_the_cache_is_not_waited_on(user_dir: Path, cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    os.mkfifo(cache)
    assert sets_of(user_dir, cache) == sets_of(user_dir, None)


def test_an_unwritable_cache_costs_only_time(user_dir: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert sets_of(user_dir, blocked / "cache" / "question-sets.json") == sets_of(user_dir, None)
