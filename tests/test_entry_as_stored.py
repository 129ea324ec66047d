"""`show`, `edit` of a field and `delete` work on the entry as it is stored, beside its month's
wordings: what they show, write and refuse is what the full model of the entry gave."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from afstand.errors import StorageFailed
from afstand.journal.format import encode_month
from afstand.journal.store import Journal
from afstand.models.answer_words import answer_in_words
from afstand.models.entry import Answer, ChosenOption, Entry, SetAnswers
from afstand.models.text import Text
from helpers import Cli, flat

FIXTURES = Path(__file__).parent / "fixtures" / "journal"
CREATED = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)


@pytest.fixture
def journal(afstand_home: Path) -> Journal:
    """The two months of format 1 of the fixtures (3 entries in September, 4 in October)."""
    folder = afstand_home / "journal"
    for month in ("2026-09", "2026-10"):
        target = folder / month[:4] / f"{month}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / f"format1_{month}.json", target)
    return Journal(folder)


def printed_json(entry: Entry) -> str:
    """What `show --json` printed when it built the full model of the entry."""
    return json.dumps(entry.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def words(en: str) -> Text:
    return Text(nl=f"{en} (nl)", en=en)


def uncommon_entries() -> list[Entry]:
    """Two entries of one month whose second keeps fewer anchors and options than its values
    give (stored as explicit lists), flagged for supervision, quick, and changed at a moment
    with microseconds in another time zone."""

    def answers(anchors: list[int], chosen: list[str]) -> SetAnswers:
        scale = Answer(
            question="position",
            type="scale",
            prompt=words("Where?"),
            value=4,
            min=1,
            max=7,
            anchors={k: words(f"anchor {k}") for k in anchors},
            tags={"axis": "affiliation"},
        )
        options = [ChosenOption(id=i, label=words(f"option {i}")) for i in chosen]
        checklist = Answer(
            question="signals",
            type="checklist",
            prompt=words("Which?"),
            value=["a", "b"],
            options=options,
        )
        text = Answer(question="what", type="text", prompt=words("What?"), value="[bold]x")
        return SetAnswers(
            id="odd", version=2, title=words("Odd set"), answers=[scale, checklist, text]
        )

    first = Entry(
        id="0a000000-0000-4000-8000-000000000001",
        created=CREATED,
        date=date(2026, 8, 3),
        client="K7",
        sets=[answers([1, 4, 7], ["a", "b"])],
    )
    second = Entry(
        id="0a000000-0000-4000-8000-000000000002",
        created=CREATED + timedelta(hours=1),
        updated=datetime(2026, 10, 6, 8, 1, 2, 345678, tzinfo=timezone(timedelta(hours=2))),
        date=date(2026, 8, 4),
        client="MW-03",
        sets=[answers([4], ["b"])],
        note="kept  as\nit was",
        supervision=True,
        supervision_question="why then?",
        phase="quick",
    )
    return [first, second]


def install_uncommon(journal: Journal) -> list[Entry]:
    made = uncommon_entries()
    path = journal.month_path("2026-08")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encode_month("2026-08", made))
    stored = journal.read("2026-08").entries
    assert stored[1].sets[0].answers[0].anchors == [4]  # kept as the exception it is
    assert stored[1].sets[0].answers[1].options == ["b"]
    return made


# --- show -------------------------------------------------------------------------------------


def test_show_json_prints_exactly_what_the_full_entry_gave(cli: Cli, journal: Journal) -> None:
    install_uncommon(journal)
    everything = journal.entries()
    assert len(everything) == 9
    for entry in everything:
        result = cli("show", entry.id, "--json")
        assert result.code == 0, result.stderr
        assert result.stdout == printed_json(entry)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_show_says_each_answer_in_words_as_the_full_entry_does(
    cli: Cli, journal: Journal, lang: str
) -> None:
    install_uncommon(journal)
    for entry in journal.entries():
        result = cli("show", entry.id, "--lang", lang)
        assert result.code == 0, result.stderr
        text = flat(result.stdout)
        for answered in entry.sets:
            said = [flat(answered.title.get(lang))]
            for answer in answered.answers:
                said += [flat(answer.prompt.get(lang)), flat(answer_in_words(answer, lang))]
            assert " ".join(said) in text  # the title, then each prompt with its answer


def test_show_of_a_quick_entry_for_supervision(cli: Cli, journal: Journal) -> None:
    second = install_uncommon(journal)[1]
    text = flat(cli("show", second.id).stdout)
    assert "2026-08-04 · MW-03" in text
    assert "A quick reflection; deepen it with: afstand reflect --deepen 0a000000" in text
    assert "4 — anchor 4" in text  # the anchor the answer kept
    assert "option b" in text and "option a" not in text
    assert "[bold]x" in text
    assert "For supervision: why then?" in text


# --- edit of a field --------------------------------------------------------------------------


def test_an_edit_of_the_note_rewrites_a_month_of_format_1_in_format_2(
    cli: Cli, journal: Journal
) -> None:
    october = journal.read_month("2026-10")
    september = journal.month_path("2026-09").read_bytes()
    edited = october[1]
    result = cli("edit", edited.id[:8], "--note", "seen again")
    assert result.code == 0, result.stderr
    assert f"Updated reflection {edited.id[:8]}" in result.stderr
    assert json.loads(journal.month_path("2026-10").read_bytes())["schema_version"] == 2
    assert journal.month_path("2026-09").read_bytes() == september  # not touched
    after = Journal(journal.folder).read_month("2026-10")
    changed = after[1]
    assert changed.note == "seen again"
    assert changed.updated is not None
    assert changed.model_copy(update={"note": None, "updated": None}) == edited
    assert after[:1] + after[2:] == october[:1] + october[2:]  # the others as they were


def test_an_edit_keeps_every_other_entry_of_the_month_as_it_was_stored(
    cli: Cli, journal: Journal
) -> None:
    made = install_uncommon(journal)
    path = journal.month_path("2026-08")
    before = path.read_bytes().splitlines()
    result = cli("edit", made[0].id, "--client", "k9", "--no-supervision")
    assert result.code == 0, result.stderr
    after = path.read_bytes().splitlines()
    changed = [line for line in after if line not in before]
    assert len(changed) == 1 and made[0].id.encode() in changed[0]  # one line: that entry's
    assert Journal(journal.folder).read_month("2026-08")[1] == made[1]


def test_an_edit_of_the_date_moves_the_entry_with_its_wording(cli: Cli, journal: Journal) -> None:
    made = install_uncommon(journal)
    moving = made[1]
    result = cli("edit", moving.id, "--date", "2026-09-02")
    assert result.code == 0, result.stderr
    fresh = Journal(journal.folder)
    assert moving.id.encode() not in fresh.month_path("2026-08").read_bytes()
    assert json.loads(fresh.month_path("2026-09").read_bytes())["schema_version"] == 2
    moved = fresh.find(moving.id)
    assert moved.date == date(2026, 9, 2) and moved.updated is not None
    assert moved.sets == moving.sets
    assert [e.date for e in fresh.read_month("2026-09")] == sorted(
        e.date for e in fresh.read_month("2026-09")
    )
    assert len(fresh.entries()) == 9


def test_an_edit_strips_control_characters_from_a_note(cli: Cli, journal: Journal) -> None:
    entry = journal.read_month("2026-09")[0]
    result = cli("edit", entry.id[:8], "--note", "\x1b[31m red\x07 alert \x9b2J ")
    assert result.code == 0, result.stderr
    assert Journal(journal.folder).find(entry.id).note == "red alert"


def test_an_edit_that_changes_nothing_writes_nothing(cli: Cli, journal: Journal) -> None:
    entry = journal.read_month("2026-10")[3]
    before = journal.month_path("2026-10").read_bytes()
    assert entry.note is not None
    result = cli("edit", entry.id[:8], "--note", f"  {entry.note} ", "--client", entry.client)
    assert result.code == 0
    assert "Nothing changed" in result.stderr
    assert journal.month_path("2026-10").read_bytes() == before


def test_no_supervision_drops_the_question_and_says_so(cli: Cli, journal: Journal) -> None:
    entry = journal.read_month("2026-10")[3]
    assert entry.supervision_question
    result = cli("edit", entry.id[:8], "--no-supervision")
    assert result.code == 0, result.stderr
    assert "is removed" in flat(result.stderr)
    changed = Journal(journal.folder).find(entry.id)
    assert (changed.supervision, changed.supervision_question) == (False, None)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--client", "Jan Jansen"], "never a name"),
        (["--note", "x" * 20_001], "note: longer than 20000 characters"),
        (["--supervision-question", "?" * 20_001], "supervision_question: longer than"),
        (["--date", "2026-02-30"], "2026-02-30"),
        (["--date", "1899-12-31"], "1899-12-31"),
        (["--date", "2099-01-01"], "lies in the future"),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_written(
    cli: Cli, journal: Journal, args: list[str], said: str
) -> None:
    entry = journal.read_month("2026-10")[0]
    before = {p: p.read_bytes() for p in journal.folder.rglob("*.json")}
    result = cli("edit", entry.id[:8], *args)
    assert result.code == 3, result.stderr
    assert said in flat(result.stderr)
    assert {p: p.read_bytes() for p in journal.folder.rglob("*.json")} == before


def test_a_note_cannot_be_emptied_on_an_entry_without_answers(
    cli: Cli, journal: Journal, tmp_path: Path
) -> None:
    note_only = tmp_path / "note.json"
    note_only.write_text(json.dumps({"client": "K7", "date": "2026-07-01", "note": "only"}))
    assert cli("reflect", "--answers", str(note_only)).code == 0
    (entry,) = journal.read_month("2026-07")
    before = journal.month_path("2026-07").read_bytes()
    for emptied in ("", "  \x07 "):
        result = cli("edit", entry.id[:8], "--note", emptied)
        assert result.code == 3
        assert "nothing to save" in result.stderr
    assert journal.month_path("2026-07").read_bytes() == before


@pytest.mark.parametrize("command", [["show"], ["edit", "--note", "x"], ["delete", "--yes"]])
def test_an_unknown_or_ambiguous_id_is_refused(
    cli: Cli, journal: Journal, command: list[str]
) -> None:
    install_uncommon(journal)
    before = {p: p.read_bytes() for p in journal.folder.rglob("*.json")}
    unknown = cli(command[0], "ffff0000", *command[1:])
    assert unknown.code == 1
    assert "no reflection with id ffff0000" in unknown.stderr
    ambiguous = cli(command[0], "0a00", *command[1:])
    assert ambiguous.code == 3
    assert "2 reflections start with 0a00" in ambiguous.stderr
    assert "give more of the id" in ambiguous.stderr
    short = cli(command[0], "0a0", *command[1:])
    assert short.code == 3 and "at least the first 4 characters" in short.stderr
    assert {p: p.read_bytes() for p in journal.folder.rglob("*.json")} == before


# --- the store: changed meanwhile, written anew, found twice ---------------------------------


def test_a_change_of_an_entry_changed_meanwhile_is_refused(journal: Journal) -> None:
    entry = journal.read_month("2026-10")[0]
    found = journal.locate(entry.id[:8])
    other = Journal(journal.folder)
    other.change(other.locate(entry.id[:8]), {"note": "first", "updated": CREATED})
    before = journal.month_path("2026-10").read_bytes()
    with pytest.raises(StorageFailed) as raised:
        journal.change(found, {"note": "second", "updated": CREATED})
    assert "changed by another afstand meanwhile" in raised.value.message
    assert journal.month_path("2026-10").read_bytes() == before
    assert Journal(journal.folder).find(entry.id).note == "first"


def test_a_change_after_its_month_was_written_anew_applies(journal: Journal) -> None:
    made = install_uncommon(journal)
    found = journal.locate(made[1].id)
    # another terminal writes the month anew (an edit or an import writes it from its entries)
    # with an answer that widens the wording: every entry of the month is stored under the new
    # wording's key, and means what it meant
    widened = made[0].model_copy(
        update={"id": "0a000000-0000-4000-8000-000000000003", "client": "K8"}
    )
    scale = widened.sets[0].answers[0]
    scale = scale.model_copy(update={"anchors": {**scale.anchors, 2: words("anchor 2")}})
    widened = widened.model_copy(
        update={"sets": [widened.sets[0].model_copy(update={"answers": [scale]})]}
    )
    other = Journal(journal.folder)
    with other.lock():
        everything = [*other.read_month(widened.month), widened]
        other.month_path(widened.month).write_bytes(encode_month(widened.month, everything))
    now_stored = Journal(journal.folder).locate(made[1].id)[1]
    assert now_stored.sets[0].wording != found[1].sets[0].wording
    journal.change(found, {"note": "changed", "updated": CREATED + timedelta(days=1)})
    fresh = Journal(journal.folder)
    assert fresh.find(made[1].id) == made[1].model_copy(
        update={"note": "changed", "updated": CREATED + timedelta(days=1)}
    )
    assert fresh.find(widened.id) == widened


@pytest.mark.parametrize("moved_date", [False, True])
def test_an_edit_of_an_entry_found_twice_leaves_one_copy(
    cli: Cli, journal: Journal, moved_date: bool
) -> None:
    october = journal.read_month("2026-10")
    original = october[0]
    kept = original
    if moved_date:  # a move to September that a crash interrupted: the newer copy counts
        kept = original.model_copy(
            update={"date": date(2026, 9, 30), "updated": original.created + timedelta(days=3)}
        )
    september = journal.read_month("2026-09")
    journal.month_path("2026-09").write_bytes(encode_month("2026-09", [*september, kept]))
    result = cli("edit", original.id, "--note", "after the crash")
    assert result.code == 0, result.stderr
    fresh = Journal(journal.folder)
    holders = [
        m for m in fresh.months() if original.id.encode() in fresh.month_path(m).read_bytes()
    ]
    assert holders == [kept.month]
    changed = fresh.find(original.id)
    assert changed.note == "after the crash" and changed.date == kept.date
    assert len(fresh.entries()) == 7
