"""The supervision log in a synced folder: two computers change the same series before they
sync; the sync tool keeps one file and puts the other beside it as a conflict copy. Every
change of both computers survives the merge, a deleted meeting or series does not come back,
and the outcome is the same in either order and when merged twice."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afstand.models.supervision import Meeting, Series, Supervisor
from afstand.supervision.merge import adds_nothing, merge_series
from helpers import Cli, flat, snapshot, sync_into
from test_sync import PATTERNS, Computers, sync_into_snapshot

TODAY = date.today()
STARTED = TODAY - timedelta(days=60)
SERIES = """kind: intervision
supervisor: {{name: {name}}}
started: {started}
goals: [Notice rescuing sooner, Name what happens]
"""


def day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


def write(pc: Computers, name: str, text: str) -> str:
    path = pc.answers / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def ok(pc: Computers, computer: str, *args: str) -> str:
    code, out, err = pc.run(computer, *args)
    assert code == 0, err
    return out


def shown(pc: Computers, computer: str) -> dict[str, object]:
    found: dict[str, object] = json.loads(ok(pc, computer, "supervision", "show", "--json"))
    return found


def meetings_of(pc: Computers, computer: str) -> dict[str, list[bool]]:
    """Every meeting as its date → whether each of its actions is done."""
    found = json.loads(ok(pc, computer, "supervision", "meeting", "list", "--json"))
    result = {}
    for number in range(1, len(found) + 1):
        meeting = json.loads(
            ok(pc, computer, "supervision", "meeting", "show", str(number), "--json")
        )
        result[meeting["date"]] = [a["done"] for a in meeting["actions"]]
    return result


SERIES_FILE = re.compile(r"^[0-9a-f-]{36}\.json$")


def series_copies(home: Path) -> list[str]:
    folder = home / "journal" / "supervision"
    return sorted(p.name for p in folder.iterdir() if not SERIES_FILE.match(p.name))


def new_series(pc: Computers, computer: str) -> None:
    source = write(pc, "s.yaml", SERIES.format(name="Anna", started=STARTED))
    ok(pc, computer, "supervision", "new", "--file", source)


@pytest.fixture
def pc(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Computers:
    return Computers(cli, tmp_path / "sync", monkeypatch)


def changes_on_both(pc: Computers) -> dict[str, bytes]:
    """One series with two meetings, cloned; then on `a` an action of meeting 1 ticked off and
    a meeting added; on `b` meeting 2 deleted, the supervisor renamed and a meeting added."""
    new_series(pc, "a")
    ok(pc, "a", "supervision", "meeting", "add", "--date", day(20), "-a", "Ask first")
    ok(pc, "a", "supervision", "meeting", "add", "--date", day(10))
    base = pc.clone("a", "b")
    ok(pc, "a", "supervision", "meeting", "edit", "1", "--done", "1")
    ok(pc, "a", "supervision", "meeting", "add", "--date", day(5))
    ok(pc, "b", "supervision", "meeting", "delete", "2", "--yes")
    renamed = write(pc, "s2.yaml", SERIES.format(name="Bram", started=STARTED))
    ok(pc, "b", "supervision", "edit", "--file", renamed)
    ok(pc, "b", "supervision", "meeting", "add", "--date", day(2))
    return base


EXPECTED = {day(20): [True], day(5): [], day(2): []}


@pytest.mark.parametrize("tool", sorted(PATTERNS))
def test_both_computers_changes_survive_and_a_deleted_meeting_stays_deleted(
    pc: Computers, tool: str
) -> None:
    base = changes_on_both(pc)
    made = sync_into(pc.home("a"), pc.home("b"), base, PATTERNS[tool])
    copies = series_copies(pc.home("a"))
    assert made == copies and len(copies) == 1

    # a command that only reads counts the copy in and says so
    code, out, err = pc.run("a", "supervision", "show", "--json")
    assert code == 0 and "conflict copy of the supervision log" in flat(err)
    assert json.loads(out)["supervisor"]["name"] == "Bram"
    assert series_copies(pc.home("a")) == copies  # nothing written

    code, out, _ = pc.run("a", "check", "--json")
    found = json.loads(out)["problems"]
    assert code == 1
    assert [(p["kind"], Path(p["path"]).name) for p in found] == [("conflict-copy", copies[0])]
    assert found[0]["repairable"] is True

    repaired = ok(pc, "a", "check", "--repair")
    assert "merged into" in flat(repaired)
    assert series_copies(pc.home("a")) == []
    assert meetings_of(pc, "a") == EXPECTED
    assert shown(pc, "a")["supervisor"] == {"name": "Bram"}
    assert pc.run("a", "check")[0] == 0


def test_the_merge_is_the_same_in_either_direction_and_when_run_twice(pc: Computers) -> None:
    base = changes_on_both(pc)
    a_before, b_before = snapshot(pc.home("a")), snapshot(pc.home("b"))
    sync_into(pc.home("a"), pc.home("b"), base, PATTERNS["syncthing"])
    # on b, the copy comes the other way round: a's series file beside b's
    sync_into_snapshot(pc.home("b"), a_before, b_before, base, PATTERNS["dropbox"])
    # a command that writes merges first, under the lock, and says so
    code, _, err = pc.run("a", "supervision", "meeting", "add", "--date", day(1))
    assert code == 0 and "is merged into" in flat(err), err
    ok(pc, "b", "supervision", "meeting", "add", "--date", day(1))
    for name in ("a", "b"):  # merged twice: nothing more to do
        code, _, err = pc.run(name, "check", "--repair")
        assert code == 0 and "nothing to repair" in err, err
    expected = {**EXPECTED, day(1): []}
    assert meetings_of(pc, "a") == meetings_of(pc, "b") == expected
    assert shown(pc, "a")["supervisor"] == shown(pc, "b")["supervisor"] == {"name": "Bram"}


def test_a_deleted_series_does_not_come_back_from_the_other_computer(pc: Computers) -> None:
    new_series(pc, "a")
    base = pc.clone("a", "b")
    ok(pc, "b", "supervision", "meeting", "add", "--date", day(20))
    ok(pc, "a", "supervision", "delete", "--yes")  # after b's change
    # deleted on a, changed on b: the sync tool brings b's file back to a
    assert sync_into(pc.home("a"), pc.home("b"), base, PATTERNS["nextcloud"]) == []
    folder = pc.home("a") / "journal" / "supervision"
    assert len(list(folder.glob("*.json"))) == 1
    assert json.loads(ok(pc, "a", "supervision", "list", "--json")) == []
    code, out, _ = pc.run("a", "check", "--json")
    assert code == 1 and [p["kind"] for p in json.loads(out)["problems"]] == ["deleted-came-back"]
    ok(pc, "a", "check", "--repair")
    assert list(folder.glob("*.json")) == []


def test_a_series_changed_after_its_deletion_elsewhere_is_kept_and_the_user_told(
    pc: Computers,
) -> None:
    new_series(pc, "a")
    base = pc.clone("a", "b")
    ok(pc, "a", "supervision", "delete", "--yes")
    ok(pc, "b", "supervision", "meeting", "add", "--date", day(20))  # after the deletion
    sync_into(pc.home("a"), pc.home("b"), base, PATTERNS["onedrive"])
    assert len(json.loads(ok(pc, "a", "supervision", "list", "--json"))) == 1
    repaired = ok(pc, "a", "check", "--repair")
    assert "was changed after it was deleted on another computer" in flat(repaired)
    assert list(meetings_of(pc, "a")) == [day(20)]
    # said once: the series is now kept on purpose
    code, _, err = pc.run("a", "check", "--repair")
    assert code == 0 and "nothing to repair" in err, err


def test_a_series_file_that_came_back_after_its_deletion_is_reported_and_removed(
    pc: Computers,
) -> None:
    new_series(pc, "a")
    folder = pc.home("a") / "journal" / "supervision"
    (path,) = list(folder.glob("*.json"))
    old = path.read_bytes()
    ok(pc, "a", "supervision", "delete", "--yes")
    path.write_bytes(old)  # a sync tool brings the old file back
    code, out, _ = pc.run("a", "check", "--json")
    found = json.loads(out)["problems"]
    assert code == 1 and [(p["kind"], Path(p["path"]).name) for p in found] == [
        ("deleted-came-back", path.name)
    ]
    assert json.loads(ok(pc, "a", "supervision", "list", "--json")) == []
    ok(pc, "a", "check", "--repair")
    assert not path.exists()


def test_an_unreadable_copy_of_a_series_is_reported_and_left(pc: Computers) -> None:
    new_series(pc, "a")
    folder = pc.home("a") / "journal" / "supervision"
    (path,) = list(folder.glob("*.json"))
    copy = path.with_name(PATTERNS["onedrive"].format(stem=path.name[:-5]))
    copy.write_bytes(b"{not json")
    code, out, _ = pc.run("a", "check", "--json")
    found = json.loads(out)["problems"]
    assert code == 1 and [(p["kind"], Path(p["path"]).name) for p in found] == [
        ("unreadable", copy.name)
    ]
    code, out, _ = pc.run("a", "check", "--repair")
    assert code == 1 and copy.read_bytes() == b"{not json"
    # and a writing command still works, with the copy left
    ok(pc, "a", "supervision", "meeting", "add", "--date", day(3))
    assert copy.exists()


def encrypted_meetings_on_both(pc: Computers, monkeypatch: pytest.MonkeyPatch, tool: str) -> None:
    """An encrypted journal whose series got a meeting on each computer, b's synced into a
    as `tool` leaves a conflict copy."""
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "correct horse battery")
    new_series(pc, "a")
    ok(pc, "a", "encrypt")
    base = pc.clone("a", "b")
    ok(pc, "a", "supervision", "meeting", "add", "--date", day(9))
    ok(pc, "b", "supervision", "meeting", "add", "--date", day(4))
    sync_into(pc.home("a"), pc.home("b"), base, PATTERNS[tool])


def test_an_encrypted_series_copy_is_merged(pc: Computers, monkeypatch: pytest.MonkeyPatch) -> None:
    encrypted_meetings_on_both(pc, monkeypatch, "syncthing")
    assert len(series_copies(pc.home("a"))) == 1
    ok(pc, "a", "check", "--repair")
    assert series_copies(pc.home("a")) == []
    assert sorted(meetings_of(pc, "a")) == sorted([day(9), day(4)])


# -- the merge itself, for any changes on the two computers ------------------------------------

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["a", "b"]),
        st.sampled_from(["edit", "delete", "add"]),
        st.integers(min_value=0, max_value=5),
    ),
    max_size=12,
)


def apply(
    operations: list[tuple[str, str, int]],
) -> tuple[dict[str, Series], dict[str, datetime], dict[str, Meeting | None]]:
    """The two computers' versions of one series after `operations`, the deletion records, and
    what a user expects per meeting id (None: gone)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    base = [
        Meeting(id=str(uuid.UUID(int=n)), date=date(2026, 2, 1 + n), minutes=60) for n in range(4)
    ]
    versions = {name: {m.id: m for m in base} for name in ("a", "b")}
    deleted: dict[str, datetime] = {}
    expected: dict[str, Meeting | None] = {m.id: m for m in base}
    for step, (side, kind, number) in enumerate(operations, start=1):
        now = start + timedelta(minutes=step)
        mine = versions[side]
        if kind == "add":
            meeting = Meeting(
                id=str(uuid.UUID(int=1000 + step)), date=date(2026, 3, 1), minutes=step, updated=now
            )
            mine[meeting.id] = expected[meeting.id] = meeting
            continue
        ids = sorted(mine)
        if not ids:
            continue
        meeting_id = ids[number % len(ids)]
        if kind == "edit":
            edited = mine[meeting_id].model_copy(update={"notes": f"step {step}", "updated": now})
            mine[meeting_id] = expected[meeting_id] = edited
        else:
            del mine[meeting_id]
            deleted[meeting_id] = now
            expected[meeting_id] = None
    series = {
        name: Series(
            id=str(uuid.UUID(int=99)),
            created=start,
            updated=start + timedelta(minutes=len(operations) + (name == "b")),
            kind="intervision",
            supervisor=Supervisor(name="Anna"),
            planned_meetings=10,
            started=date(2026, 1, 1),
            meetings=list(meetings.values()),
        )
        for name, meetings in versions.items()
    }
    return series, deleted, expected


@settings(max_examples=150, deadline=None)
@given(operations=OPERATIONS)
def test_any_changes_on_two_computers_merge_to_what_a_user_expects(
    operations: list[tuple[str, str, int]],
) -> None:
    versions, deleted, expected = apply(operations)
    one = merge_series([versions["a"], versions["b"]], deleted).series
    other = merge_series([versions["b"], versions["a"]], deleted).series
    assert one is not None and one == other
    assert merge_series([one, versions["a"], versions["b"]], deleted).series == one
    assert {m.id: m for m in one.meetings} == {
        key: meeting for key, meeting in expected.items() if meeting is not None
    }
    for version in versions.values():
        assert adds_nothing(one, version, deleted)


def test_an_encrypted_series_copy_survives_decrypting_and_is_merged_after(
    pc: Computers, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypted_meetings_on_both(pc, monkeypatch, "dropbox")
    code, _, err = pc.run("a", "decrypt")
    assert code == 0, err
    (copy,) = series_copies(pc.home("a"))
    folder = pc.home("a") / "journal" / "supervision"
    assert json.loads((folder / copy).read_bytes())["series"]["meetings"]
    ok(pc, "a", "check", "--repair")
    assert sorted(meetings_of(pc, "a")) == sorted([day(9), day(4)])
