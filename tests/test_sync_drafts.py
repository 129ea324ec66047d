"""Drafts in a synced folder: a sync tool's conflict copy of a draft is never shown as a draft
of its own, and merging it (by `afstand check --repair`, or before a command that writes
drafts) loses nothing typed on either computer, in either order and when merged twice."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from afstand.crypto import MAGIC, Cipher
from afstand.reflection.drafts import Draft, DraftStore, merge_drafts, new_draft
from helpers import Cli, flat
from test_sync import PATTERNS

STARTED = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
CIPHER = Cipher(key=bytes(range(32)))


def contents(store: DraftStore) -> list[tuple[str, str]]:
    """What the drafts hold that the user typed, in a fixed order (ids and times left out)."""
    drafts, broken = store.load()
    assert broken == []
    return sorted((json.dumps(d.answers, sort_keys=True), d.note or "") for d in drafts)


def a_draft(draft_id: str, client: str = "K1") -> Draft:
    return new_draft(draft_id, STARTED, ["countertransference"], client, date(2026, 11, 3))


def answer(draft: Draft, question: str, value: int) -> Draft:
    changed = draft.model_copy(deep=True)
    changed.answers.setdefault("countertransference", {})[question] = value
    return changed


class TwoComputers:
    """The drafts folders of two computers, `a` and `b`, of one synced data folder."""

    def __init__(self, root: Path, cipher: Cipher | None) -> None:
        self.root, self.cipher = root, cipher

    def store(self, name: str) -> DraftStore:
        return DraftStore(self.root / name / "drafts", self.cipher)

    def save(self, name: str, draft: Draft) -> None:
        """Save as computer `name`, now."""
        self.store(name).save(draft)

    def clone(self) -> None:
        shutil.copytree(self.root / "a", self.root / "b")

    def copy_into(self, target: str, source: str, draft_id: str, pattern: str) -> Path:
        """The sync tool's conflict copy: `source`'s version beside `target`'s."""
        there = self.store(source).path(draft_id)
        copy = self.store(target).folder / pattern.format(stem=draft_id)
        shutil.copy2(there, copy)
        return copy


@pytest.fixture(params=[None, CIPHER], ids=["plain", "encrypted"])
def pc(request: pytest.FixtureRequest, tmp_path: Path) -> TwoComputers:
    return TwoComputers(tmp_path, request.param)


def diverged(pc: TwoComputers) -> str:
    """One draft, started on a and synced to b; then each answers a different question."""
    draft_id = str(uuid.uuid4())
    first = answer(a_draft(draft_id), "position", 4)
    pc.save("a", first)
    pc.clone()
    pc.save("a", answer(first, "type2_signals", 2))
    pc.save("b", answer(first, "intensity", 7))
    return draft_id


@pytest.mark.parametrize("tool", sorted(PATTERNS))
def test_a_copy_is_never_a_draft_of_its_own_and_a_merge_loses_nothing(
    pc: TwoComputers, tool: str
) -> None:
    draft_id = diverged(pc)
    copy = pc.copy_into("a", "b", draft_id, PATTERNS[tool])
    if pc.cipher is not None:
        assert copy.read_bytes().startswith(MAGIC)
    store = pc.store("a")
    drafts, broken = store.load()
    assert [d.id for d in drafts] == [draft_id] and broken == []
    assert "1 conflict copy of a draft" in flat(" ".join(store.notices))

    result = store.merge_copies()
    assert not copy.exists() and result.left == [] and len(result.apart) == 1
    drafts, _ = store.load()
    by_id = {d.id: d for d in drafts}
    # the version saved last (b's) stays the draft; a's is kept beside it, nothing typed lost
    assert by_id[draft_id].answers == {"countertransference": {"position": 4, "intensity": 7}}
    (other,) = [d for key, d in by_id.items() if key != draft_id]
    assert other.answers == {"countertransference": {"position": 4, "type2_signals": 2}}
    assert other.id == result.apart[0][1]


def test_the_merge_is_the_same_in_either_direction_and_when_run_twice(
    pc: TwoComputers,
) -> None:
    draft_id = diverged(pc)
    pc.copy_into("a", "b", draft_id, PATTERNS["syncthing"])
    pc.copy_into("b", "a", draft_id, PATTERNS["dropbox"])
    for name in ("a", "b"):
        pc.store(name).merge_copies()
    assert contents(pc.store("a")) == contents(pc.store("b"))
    # the draft kept apart has the same id on both, so a later sync makes no third draft
    ids = {name: sorted(d.id for d in pc.store(name).load()[0]) for name in ("a", "b")}
    assert ids["a"] == ids["b"] and len(ids["a"]) == 2
    before = contents(pc.store("a"))
    assert pc.store("a").merge_copies().merged == []
    assert contents(pc.store("a")) == before


def test_a_version_that_holds_everything_of_the_other_is_simply_kept(pc: TwoComputers) -> None:
    draft_id = str(uuid.uuid4())
    first = answer(a_draft(draft_id), "position", 4)
    pc.save("a", first)
    pc.clone()
    further = answer(first, "intensity", 7).model_copy(update={"note": "went on at home"})
    pc.save("b", further)
    copy = pc.copy_into("a", "b", draft_id, PATTERNS["nextcloud-old"])
    result = pc.store("a").merge_copies()
    assert result.merged == [copy] and result.apart == [] and not copy.exists()
    (kept,) = pc.store("a").load()[0]
    assert kept.note == "went on at home" and kept.answers == further.answers


def test_an_older_copy_that_the_draft_already_holds_goes_without_a_change(
    pc: TwoComputers,
) -> None:
    draft_id = str(uuid.uuid4())
    first = answer(a_draft(draft_id), "position", 4)
    pc.save("a", first)
    pc.clone()
    pc.save("a", answer(first, "intensity", 7))
    before = pc.store("a").path(draft_id).read_bytes()
    pc.copy_into("a", "b", draft_id, PATTERNS["onedrive-numbered"])
    assert len(pc.store("a").merge_copies().merged) == 1
    assert pc.store("a").path(draft_id).read_bytes() == before


def test_a_copy_of_a_draft_finished_on_the_other_computer_becomes_the_draft_again(
    pc: TwoComputers,
) -> None:
    draft_id = str(uuid.uuid4())
    pc.save("a", answer(a_draft(draft_id), "position", 4))
    copy = pc.store("a").folder / PATTERNS["dropbox"].format(stem=draft_id)
    pc.store("a").path(draft_id).rename(copy)
    pc.store("a").merge_copies()
    assert [d.id for d in pc.store("a").load()[0]] == [draft_id] and not copy.exists()


def test_merging_is_symmetric_for_every_pair_of_versions() -> None:
    base = answer(a_draft(str(uuid.uuid4())), "position", 4)
    one = answer(base, "intensity", 7).model_copy(update={"saved": STARTED})
    other = answer(base, "type2_signals", 1).model_copy(
        update={"saved": STARTED + timedelta(seconds=1)}
    )
    forward, backward = merge_drafts(one, other), merge_drafts(other, one)
    assert forward == backward
    assert forward.apart is not None and forward.keep == other


# -- on the command line -----------------------------------------------------------------------


def cli_draft(home: Path, client: str, note: str, minutes: int) -> tuple[Draft, Path]:
    """A draft of `client` as afstand saves it in `home` (plain)."""
    store = DraftStore(home / "drafts")
    draft = answer(a_draft(str(uuid.uuid4()), client), "position", 4)
    draft = draft.model_copy(update={"note": note, "saved": STARTED + timedelta(minutes=minutes)})
    store.folder.mkdir(parents=True, exist_ok=True)
    store.path(draft.id).write_text(draft.model_dump_json(), encoding="utf-8")
    return draft, store.path(draft.id)


def test_check_reports_a_draft_copy_and_repair_merges_it(cli: Cli, afstand_home: Path) -> None:
    draft, path = cli_draft(afstand_home, "K1", "at the practice", 1)
    other = draft.model_copy(update={"note": "at home", "saved": STARTED + timedelta(minutes=2)})
    copy = path.with_name(PATTERNS["syncthing"].format(stem=draft.id))
    copy.write_text(other.model_dump_json(), encoding="utf-8")

    status = cli("status")
    assert "1 conflict copy of a draft" in flat(status.stderr)
    assert copy.exists()  # a command that only reads changes nothing

    checked = cli("check", "--json")
    found = json.loads(checked.stdout)["problems"]
    assert checked.code == 1
    assert [(p["kind"], Path(p["path"]).name, p["repairable"]) for p in found] == [
        ("conflict-copy", copy.name, True)
    ]
    repaired = cli("check", "--repair", "--json")
    assert repaired.code == 0, repaired.stdout
    assert len(json.loads(repaired.stdout)["repaired"]) == 1
    notes = sorted(d.note or "" for d in DraftStore(afstand_home / "drafts").load()[0])
    assert notes == ["at home", "at the practice"]
    assert cli("check").code == 0


def test_forget_merges_draft_copies_first_so_no_copy_of_the_client_stays(
    cli: Cli, afstand_home: Path
) -> None:
    draft, path = cli_draft(afstand_home, "K7", "about K7", 1)
    other = draft.model_copy(update={"note": "more about K7", "saved": STARTED})
    copy = path.with_name(PATTERNS["dropbox"].format(stem=draft.id))
    copy.write_text(other.model_dump_json(), encoding="utf-8")
    result = cli("forget", "--client", "K7", "--yes")
    assert result.code == 0, result.stderr
    assert sorted(p.name for p in (afstand_home / "drafts").iterdir()) == []
