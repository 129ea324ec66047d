"""The question sets are parsed and checked once, not before every reflection: a set file that
has not changed since it was found valid comes from afstand's cache. A changed file, an invalid
one and a damaged cache are each read from the file again, so the cache never hides a change
or a problem."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


@pytest.mark.parametrize(
    "junk",
    [
        '{"id": "not a set"}',  # a set as a string, as an older cache held it
        {"id": "not a set"},
        [1, 2],
        {"version": 0},
        {"unknown": "field"},
    ],
    ids=["string", "no set", "list", "bad version", "unknown field"],
)
def test_a_set_changed_inside_the_cache_is_read_from_its_file(
    user_dir: Path, cache: Path, junk: object
) -> None:
    parsed = sets_of(user_dir, cache)
    data = json.loads(cache.read_text(encoding="utf-8"))
    for found in data["files"].values():
        if isinstance(junk, dict) and isinstance(found["set"], dict) and "id" not in junk:
            found["set"] = {**found["set"], **junk}
        else:
            found["set"] = junk
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert sets_of(user_dir, cache) == parsed
    # and the cache holds the sets as they are again
    rewritten = json.loads(cache.read_text(encoding="utf-8"))
    assert [found["set"]["id"] for found in rewritten["files"].values()] == list(parsed)


def duplicated_question(found: dict[str, Any]) -> None:
    found["questions"].append(found["questions"][0])


def other_id(found: dict[str, Any]) -> None:
    found["id"] = "kiesler"


def scale_without_ends(found: dict[str, Any]) -> None:
    for question in found["questions"]:
        if question["type"] == "scale":
            question["min"] = question["max"] = None


def new_title(found: dict[str, Any]) -> None:
    found["title"] = {"en": "Words no set file holds"}


@pytest.mark.parametrize(
    "edit", [duplicated_question, other_id, scale_without_ends, new_title], ids=lambda e: e.__name__
)
def test_a_set_edited_by_hand_inside_the_cache_is_read_from_its_file(
    user_dir: Path, cache: Path, edit: Callable[[dict[str, Any]], None]
) -> None:
    # each edit leaves a set of the right shape, which only the file can contradict
    parsed = sets_of(user_dir, cache)
    data = json.loads(cache.read_text(encoding="utf-8"))
    for found in data["files"].values():
        edit(found["set"])
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert sets_of(user_dir, cache) == parsed
    assert "Words no set file holds" not in cache.read_text(encoding="utf-8")


@pytest.mark.parametrize("control", ["\x1b[2J", "\x07", "\x9b31m", "\x7f"])
def test_a_cached_set_with_a_control_character_is_read_from_its_file(
    user_dir: Path, cache: Path, control: str
) -> None:
    parsed = sets_of(user_dir, cache)
    data = json.loads(cache.read_text(encoding="utf-8"))
    key = str(user_dir / "home-visit.yaml")
    title = data["files"][key]["set"]["title"]
    title["en"] = control.encode().decode("unicode_escape") + title["en"]
    for ascii_only in (True, False):  # an escape, or the character itself in UTF-8
        cache.write_text(json.dumps(data, ensure_ascii=ascii_only), encoding="utf-8")
        assert sets_of(user_dir, cache) == parsed  # the title as the file says it
        assert cache.read_text(encoding="utf-8").count(title["en"]) == 0


def test_with_its_sets_cached_a_reflection_loads_them_without_pydantic(
    user_dir: Path, cache: Path
) -> None:
    """Loading pydantic costs more than all else of saving a reflection: a set unchanged since
    it was checked comes from the cache straight into the structs the program asks from."""
    parsed = load_catalog(user_dir, cache)
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from afstand.questionnaires.catalog import load_catalog\n"
        "catalog = load_catalog(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "asked = catalog.get('countertransference')\n"
        "print(json.dumps({'pydantic': 'pydantic' in sys.modules, 'sets': sorted(catalog.sets),"
        " 'title': asked.title.en, 'questions': [q.id for q in asked.questions]}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(user_dir), str(cache)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout)
    assert found["pydantic"] is False
    assert found["sets"] == sorted(parsed.sets)
    expected = parsed.get("countertransference")
    assert found["title"] == expected.title.en
    assert found["questions"] == [q.id for q in expected.questions]


def test_a_pipe_in_place_of_the_cache_is_not_waited_on(user_dir: Path, cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    os.mkfifo(cache)
    assert sets_of(user_dir, cache) == sets_of(user_dir, None)


def test_an_unwritable_cache_costs_only_time(user_dir: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert sets_of(user_dir, blocked / "cache" / "question-sets.json") == sets_of(user_dir, None)


def test_a_set_file_whose_name_is_not_utf8_leaves_the_others_in_the_cache(
    user_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = os.fsencode(user_dir) + b"/visit-\xff.yaml"
    with open(odd, "wb") as stream:
        stream.write(HOME_VISIT.read_bytes().replace(b"id: home-visit", b"id: odd-visit"))
    first = sets_of(user_dir, cache)
    assert {"home-visit", "odd-visit"} <= set(first)
    assert cache.is_file()
    checked: list[str] = []
    real = catalog_module.check_file

    def counted(path: Path, display: str | None = None) -> tuple[list[Problem], object]:
        checked.append(path.name)
        return real(path, display)

    monkeypatch.setattr(catalog_module, "check_file", counted)
    assert sets_of(user_dir, cache) == first
    assert checked == [os.fsdecode(b"visit-\xff.yaml")]  # only the one that cannot be cached
