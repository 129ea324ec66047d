"""Journal format 2: each wording once per month, entries that keep only their answers; format 1
still read, rewritten when its month changes, and converted at once by `afstand migrate`; the
same id in two months counted once and repaired; dates outside the journal's years refused."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from afstand.errors import StorageFailed
from afstand.journal.format import SCHEMA_VERSION, decode_month, encode_month, read_month_file
from afstand.journal.store import Journal
from afstand.models.entry import Answer, ChosenOption, Entry, SetAnswers
from afstand.models.text import Text
from helpers import Cli, flat

FIXTURES = Path(__file__).parent / "fixtures" / "journal"
FORMAT_1 = {"2026-09": "format1_2026-09.json", "2026-10": "format1_2026-10.json"}


def install_format_1(folder: Path) -> dict[str, list[Entry]]:
    """The two format-1 fixtures as months of the journal; their entries, read as format 1."""
    found = {}
    for month, name in FORMAT_1.items():
        target = folder / month[:4] / f"{month}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / name, target)
        document = json.loads(target.read_bytes())
        assert document["schema_version"] == 1
        found[month] = [Entry.model_validate(e) for e in document["entries"]]
    return found


def version_of(path: Path) -> int:
    return int(json.loads(path.read_bytes())["schema_version"])


# --- round trip -----------------------------------------------------------------------------

# any text but control characters, which never enter the journal (see test_control_chars)
CHARACTERS = st.characters(blacklist_categories=("Cc", "Cs"))
TEXT = st.text(CHARACTERS, min_size=1, max_size=12).filter(lambda s: s.strip() != "")
IDS = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)
WORDS = st.builds(Text, nl=TEXT, en=st.none() | TEXT)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    kind = draw(st.sampled_from(["scale", "choice", "checklist", "yesno", "text"]))
    question = draw(IDS)
    prompt = draw(st.sampled_from([Text(nl="Waar stond ik?", en="Where was I?"), draw(WORDS)]))
    tags = draw(st.dictionaries(IDS, IDS, max_size=2))
    if kind == "scale":
        value: Any = draw(st.integers(1, 7))
        anchors = draw(st.dictionaries(st.integers(1, 7), WORDS, max_size=3))
        return Answer(
            question=question, type=kind, prompt=prompt, value=value, min=1, max=7,
            anchors=anchors, tags=tags,
        )  # fmt: skip
    if kind in ("choice", "checklist"):
        ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
        options = [
            ChosenOption(id=i, label=draw(WORDS), tags=draw(st.dictionaries(IDS, IDS, max_size=1)))
            for i in ids
        ]
        value = ids[0] if kind == "choice" else draw(st.permutations(ids))
        return Answer(
            question=question, type=kind, prompt=prompt, value=value, options=options, tags=tags
        )
    value = draw(st.booleans()) if kind == "yesno" else draw(st.text(CHARACTERS, max_size=40))
    return Answer(question=question, type=kind, prompt=prompt, value=value, tags=tags)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    sets = [
        SetAnswers(
            id=draw(st.sampled_from(["countertransference", "kiesler", "own-set"])),
            version=draw(st.integers(1, 3)),
            title=draw(st.sampled_from([Text(nl="Titel", en="Title"), draw(WORDS)])),
            answers=draw(
                st.lists(answers(), max_size=4, unique_by=lambda a: a.question)  # type: ignore[arg-type]
            ),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    created = datetime(2026, 10, 1, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 10**5)))
    return Entry(
        id=str(draw(st.uuids())),
        created=created,
        updated=draw(st.none() | st.just(created + timedelta(hours=1))),
        date=date(2026, 10, draw(st.integers(1, 31))),
        client=draw(st.from_regex(r"[A-Z][A-Z0-9]{0,5}", fullmatch=True)),
        sets=sets,
        note=draw(st.none() | st.text(CHARACTERS, max_size=60)),
        supervision=draw(st.booleans()),
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(month=st.lists(entries(), max_size=6, unique_by=lambda e: e.id))
def test_format_2_gives_back_every_entry_exactly(month: list[Entry]) -> None:
    raw = encode_month("2026-10", month)
    read = decode_month(raw, Path("2026-10.json"))
    assert read == sorted(month, key=lambda e: (e.date, e.created))
    assert encode_month("2026-10", read) == raw  # and writes the same bytes again
    document = json.loads(raw)
    assert document["schema_version"] == SCHEMA_VERSION
    used = {s["wording"] for e in document["entries"] for s in e.get("sets", [])}
    assert used == set(document["wordings"])  # every wording is used, none is missing


def test_a_wording_is_stored_once_however_many_entries_use_it(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    october = install_format_1(journal.folder)["2026-10"]
    raw = encode_month("2026-10", october * 1)
    document = json.loads(raw)
    per_set = [w["set"] for w in document["wordings"].values()]
    assert len(per_set) == len(set(per_set))  # one wording per set here: the set never changed
    assert raw.count(b'"prompt"') == sum(len(w["questions"]) for w in document["wordings"].values())
    assert len(raw) < len((FIXTURES / FORMAT_1["2026-10"]).read_bytes()) / 2


def test_a_reference_to_a_missing_wording_is_a_damaged_month(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    october = install_format_1(journal.folder)["2026-10"]
    document = json.loads(encode_month("2026-10", october))
    document["wordings"].popitem()
    path = tmp_path / "2026-10.json"
    with pytest.raises(Exception) as raised:
        read_month_file(json.dumps(document).encode(), path)
    assert "wording that is not in the month" in " ".join(raised.value.problems)  # type: ignore[attr-defined]


# --- format 1 -------------------------------------------------------------------------------


def test_a_month_of_format_1_is_read_as_it_is(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    stored = install_format_1(journal.folder)
    before = {m: journal.month_path(m).read_bytes() for m in stored}
    assert journal.entries() == stored["2026-09"] + stored["2026-10"]
    assert journal.find(stored["2026-10"][1].id[:8]) == stored["2026-10"][1]
    assert {
        m: journal.month_path(m).read_bytes() for m in stored
    } == before  # reading writes nothing


def test_a_month_of_format_1_is_written_in_format_2_when_it_changes(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    stored = install_format_1(journal.folder)
    first = stored["2026-10"][0]
    changed = first.model_copy(update={"note": "changed"})
    journal.replace(changed, read_as=first)
    assert version_of(journal.month_path("2026-10")) == 2
    assert version_of(journal.month_path("2026-09")) == 1  # the other month is left alone
    assert journal.read_month("2026-10") == [changed, *stored["2026-10"][1:]]


def test_migrate_converts_the_whole_journal_at_once(cli: Cli, afstand_home: Path) -> None:
    journal = Journal(afstand_home / "journal")
    stored = install_format_1(journal.folder)
    result = cli("migrate")
    assert result.code == 0, result.stderr
    assert "2 months rewritten in journal format 2; 7 reflections unchanged" in flat(result.stderr)
    assert all(version_of(journal.month_path(m)) == 2 for m in stored)
    assert journal.entries() == stored["2026-09"] + stored["2026-10"]
    again = cli("migrate")
    assert again.code == 0 and "already in format 2" in again.stderr


def test_migrate_refuses_a_journal_of_a_newer_format(cli: Cli, afstand_home: Path) -> None:
    journal = Journal(afstand_home / "journal")
    install_format_1(journal.folder)
    newer = journal.month_path("2026-08")
    document = json.loads((FIXTURES / "valid_month.json").read_bytes())
    newer.write_text(json.dumps({**document, "schema_version": 3, "month": "2026-08"}))
    before = {p: p.read_bytes() for p in journal.folder.rglob("*.json")}
    result = cli("migrate")
    assert result.code == 4
    assert "journal format 3" in flat(result.stderr)
    assert "upgrade afstand" in result.stderr
    assert {p: p.read_bytes() for p in journal.folder.rglob("*.json")} == before


def test_exports_of_format_1_and_2_both_import(
    cli: Cli, afstand_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers import as_schema_1

    journal = Journal(afstand_home / "journal")
    stored = install_format_1(journal.folder)
    exported = tmp_path / "export.json"
    assert cli("export", "--format", "json", "-o", str(exported)).code == 0
    document = json.loads(exported.read_bytes())
    assert document["schema_version"] == 2 and len(document["months"]) == 2
    old_style = tmp_path / "export-1.json"
    old_style.write_text(json.dumps(as_schema_1(document)), encoding="utf-8")
    for n, source in enumerate((exported, old_style)):
        home = tmp_path / f"computer-{n}"
        monkeypatch.setenv("AFSTAND_HOME", str(home))
        result = cli("import", str(source))
        assert result.code == 0, result.stderr
        assert "7 added" in result.stderr
        assert Journal(home / "journal").entries() == stored["2026-09"] + stored["2026-10"]


# --- the same id in two months --------------------------------------------------------------


def two_copies(journal: Journal, *, moved_date: bool) -> tuple[Entry, Entry]:
    """An entry of October also in September: what a crash while moving it leaves behind.
    Returns (the copy that counts, the stale one)."""
    october = install_format_1(journal.folder)["2026-10"]
    original = october[0]
    if moved_date:  # edited to a September date: the new copy is newer and in its month
        newer = original.model_copy(
            update={"date": date(2026, 9, 30), "updated": original.created + timedelta(days=3)}
        )
        september = journal.read_month("2026-09")
        path = journal.month_path("2026-09")
        path.write_bytes(encode_month("2026-09", [*september, newer]))
        return newer, original
    # the same entry written into the wrong month: its date says October
    september = journal.read_month("2026-09")
    journal.month_path("2026-09").write_bytes(encode_month("2026-09", [*september, original]))
    return original, original


@pytest.mark.parametrize("moved_date", [False, True])
def test_the_same_id_in_two_months_is_one_entry(tmp_path: Path, moved_date: bool) -> None:
    journal = Journal(tmp_path / "journal")
    kept, _ = two_copies(journal, moved_date=moved_date)
    everything = journal.entries()
    assert [e.id for e in everything].count(kept.id) == 1
    assert next(e for e in everything if e.id == kept.id) == kept
    assert journal.find(kept.id) == kept
    assert journal.find(kept.id[:8]) == kept


@pytest.mark.parametrize("moved_date", [False, True])
def test_the_second_copy_is_repaired_on_the_next_change(tmp_path: Path, moved_date: bool) -> None:
    journal = Journal(tmp_path / "journal")
    kept, _ = two_copies(journal, moved_date=moved_date)
    changed = kept.model_copy(update={"note": "after the crash"})
    journal.replace(changed, read_as=kept)
    holders = [
        m for m in journal.months() if kept.id.encode() in journal.month_path(m).read_bytes()
    ]
    assert holders == [kept.month]
    assert journal.find(kept.id) == changed


def test_delete_removes_every_copy(cli: Cli, afstand_home: Path) -> None:
    journal = Journal(afstand_home / "journal")
    kept, _ = two_copies(journal, moved_date=True)
    result = cli("delete", kept.id, "--yes")
    assert result.code == 0, result.stderr
    assert all(kept.id.encode() not in journal.month_path(m).read_bytes() for m in journal.months())


def test_migrate_repairs_second_copies(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    kept, _ = two_copies(journal, moved_date=True)
    journal.migrate()
    holders = [
        m for m in journal.months() if kept.id.encode() in journal.month_path(m).read_bytes()
    ]
    assert holders == ["2026-09"]


# --- two edits at once ----------------------------------------------------------------------


def test_an_edit_of_an_entry_changed_meanwhile_is_refused(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    entry = install_format_1(journal.folder)["2026-10"][0]
    first = entry.model_copy(update={"note": "first edit", "updated": entry.created})
    second = entry.model_copy(update={"note": "second edit", "updated": entry.created})
    journal.replace(first, read_as=entry)
    before = journal.month_path("2026-10").read_bytes()
    with pytest.raises(StorageFailed) as raised:
        journal.replace(second, read_as=entry)  # read before the first edit was saved
    assert "changed by another afstand meanwhile" in raised.value.message
    assert journal.month_path("2026-10").read_bytes() == before
    assert journal.find(entry.id).note == "first edit"


# --- dates that fit the journal -------------------------------------------------------------


@pytest.mark.parametrize("day", ["0026-11-03", "1899-12-31", "2101-01-01", "9999-12-31"])
def test_a_session_date_outside_the_journals_years_is_refused(
    cli: Cli, tmp_path: Path, afstand_home: Path, day: str
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        f"client: K7\ndate: {day}\nanswers:\n  countertransference: {{position: 4}}\n",
        encoding="utf-8",
    )
    result = cli("reflect", "--answers", str(answers))
    assert result.code == 3, result.stderr
    assert "outside the years the journal accepts" in flat(result.stderr)
    assert "Traceback" not in result.stderr
    assert not (afstand_home / "journal").exists() or not list(
        (afstand_home / "journal").rglob("*.json")
    )
    with pytest.raises(ValidationError):
        Entry.model_validate(
            {
                "id": "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
                "created": "2026-10-05T17:00:00+02:00",
                "date": day,
                "client": "K7",
            }
        )


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--year", "0001"),
        ("report", "--year", "9999"),
        ("report", "--month", "0026-11"),
        ("report", "--from", "0001-01-01", "--to", "9999-12-31"),
        ("report", "--to", "9999-12-31"),
        ("list", "--from", "1800-01-01"),
        ("export", "--year", "9999"),
    ],
)
def test_a_period_outside_the_journals_years_is_a_clear_error(
    cli: Cli, args: tuple[str, ...]
) -> None:
    result = cli(*args)
    assert result.code in (2, 3), result.stderr
    assert "outside the years the journal accepts" in flat(result.stderr)
    assert "Traceback" not in result.stderr


def test_an_edit_to_a_date_outside_the_years_is_refused(cli: Cli, afstand_home: Path) -> None:
    journal = Journal(afstand_home / "journal")
    entry = install_format_1(journal.folder)["2026-10"][0]
    before = journal.month_path("2026-10").read_bytes()
    result = cli("edit", entry.id[:8], "--date", "0026-10-05")
    assert result.code == 3, result.stderr
    assert "outside the years the journal accepts" in flat(result.stderr)
    assert journal.month_path("2026-10").read_bytes() == before


def test_an_import_with_a_date_outside_the_years_changes_nothing(
    cli: Cli, afstand_home: Path, tmp_path: Path
) -> None:
    journal = Journal(afstand_home / "journal")
    entry = install_format_1(journal.folder)["2026-10"][0]
    bad = entry.model_copy(update={"id": "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"})
    document = {
        "format": "afstand-export",
        "schema_version": 1,
        "afstand_version": "0.1.0",
        "exported": "2026-11-01T10:00:00+01:00",
        "entries": [{**bad.model_dump(mode="json", exclude_defaults=True), "date": "9999-12-31"}],
    }
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    before = {p: p.read_bytes() for p in journal.folder.rglob("*.json")}
    result = cli("import", str(source))
    assert result.code == 3, result.stderr
    assert "entries.0.date" in flat(result.stderr)
    assert {p: p.read_bytes() for p in journal.folder.rglob("*.json")} == before


# --- a journal that cannot be written -------------------------------------------------------


def test_reading_needs_no_write_access(
    cli: Cli, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    journal = Journal(afstand_home / "journal")
    october = install_format_1(journal.folder)["2026-10"]
    real_open = os.open

    def read_only(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only)
    for name in ("unlink", "rename", "replace", "mkdir", "rmdir"):
        monkeypatch.setattr(os, name, refuse)
    for args in (
        ("list",),
        ("show", october[0].id[:8]),
        ("report", "--month", "2026-10"),
        ("export", "--format", "markdown"),
        ("export", "--format", "json"),
    ):
        result = cli(*args)
        assert result.code == 0, (args, result.stderr)
    result = cli("delete", october[0].id[:8], "--yes")
    assert result.code == 5
    assert "error:" in result.stderr and "Traceback" not in result.stderr


def test_the_documented_reader_reads_a_journal_without_afstand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    journal = Journal(tmp_path / "journal")
    stored = install_format_1(journal.folder)
    journal.migrate()  # September and October in format 2 ...
    install_format_1(tmp_path / "old")  # ... and a month of format 1 beside them
    shutil.copyfile(tmp_path / "old" / "2026" / "2026-09.json", journal.month_path("2026-08"))
    page = (Path(__file__).parents[1] / "docs" / "journal-format.md").read_text(encoding="utf-8")
    section = page.split("## Reading a journal without afstand", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    recipe = re.sub(
        r"^journal = .*$", f"journal = pathlib.Path({str(journal.folder)!r})", code.group(1),
        flags=re.M,
    )  # fmt: skip
    exec(compile(recipe, "journal-format.md", "exec"), {})
    printed = capsys.readouterr().out
    october = stored["2026-10"][0]
    assert f"{october.date} {october.client}" in printed
    prompt = october.sets[0].answers[0].prompt.get("en")
    assert f"{prompt} {october.sets[0].answers[0].value}" in printed


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_an_export_counts_the_same_id_in_two_months_once(
    cli: Cli, afstand_home: Path, fmt: str
) -> None:
    from helpers import entries_in

    journal = Journal(afstand_home / "journal")
    kept, _ = two_copies(journal, moved_date=False)
    result = cli("export", "--format", fmt)
    assert result.code == 0, result.stderr
    if fmt == "json":
        ids = [e["id"] for e in entries_in(json.loads(result.stdout))]
        assert ids.count(kept.id) == 1
        assert len(ids) == len(set(ids)) == 7
    else:
        assert "Wrote" not in result.stderr
        rows = {line.split(",")[0] for line in result.stdout.splitlines()[2:]}
        assert kept.id in rows and len(rows) == 7


# --- forget reads in full only the months it changes ----------------------------------------


def damage_answers(path: Path) -> None:
    """A month whose headers are fine but one of whose answers refers to nothing."""
    document = json.loads(path.read_bytes())
    document["entries"][0]["sets"][0]["answers"][0]["question"] = "no-such-question"
    path.write_text(json.dumps(document), encoding="utf-8")


def test_forget_is_stopped_by_a_damaged_month_it_would_change(cli: Cli, afstand_home: Path) -> None:
    journal = Journal(afstand_home / "journal")
    stored = install_format_1(journal.folder)
    journal.migrate()
    client = stored["2026-10"][0].client
    damage_answers(journal.month_path("2026-10"))
    before = {p: p.read_bytes() for p in journal.folder.rglob("*.json")}
    result = cli("forget", "--client", client, "--yes")
    assert result.code == 4, result.stderr
    assert "2026-10.json" in flat(result.stderr)
    assert {p: p.read_bytes() for p in journal.folder.rglob("*.json")} == before


def test_forget_passes_a_damaged_month_it_does_not_change(cli: Cli, afstand_home: Path) -> None:
    journal = Journal(afstand_home / "journal")
    stored = install_format_1(journal.folder)
    journal.migrate()
    october = {e.client for e in stored["2026-10"]}
    client = next(e.client for e in stored["2026-09"] if e.client not in october)
    damage_answers(journal.month_path("2026-10"))
    damaged = journal.month_path("2026-10").read_bytes()
    result = cli("forget", "--client", client, "--yes")
    assert result.code == 0, result.stderr
    assert journal.month_path("2026-10").read_bytes() == damaged
    assert client.encode() not in journal.month_path("2026-09").read_bytes()
