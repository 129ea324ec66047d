"""Saving a reflection adds it to its month as it is stored: the month's other entries are
neither expanded nor written anew, and the sets it was asked from are kept in their whole
wording, which every entry of the month asked from the same version shares. A month that still
holds the partial wording an older afstand gathered from its entries gets the whole one beside
it, and the two become one when the month is next written anew."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afstand.errors import InvalidInput
from afstand.journal.format import (
    Month,
    compress,
    decode_month,
    encode_month,
    read_month_file,
    with_entry,
)
from afstand.journal.store import Journal
from afstand.models.entry import Entry
from afstand.models.month_file import StoredOption, StoredText, WordedQuestion, Wording
from afstand.models.question_set import set_wording
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import Catalog, load_catalog
from afstand.reflection.answer_checks import asked_sets, build_entry
from helpers import Cli
from test_import import months_written
from test_journal_format import FIXTURES, FORMAT_1, entries, install_format_1, version_of

NOW = datetime(2026, 10, 31, 12, 0, tzinfo=UTC)
CATALOG: Catalog = load_catalog(None)
SETS = ("countertransference", "kiesler", "basic-needs", "self-care")


def reflection(day: int, answers: dict[str, dict[str, Any]], minute: int = 0) -> Entry:
    submission = Submission(client="K7", date=date(2026, 10, day), answers=answers)
    return build_entry(submission, CATALOG, now=NOW + timedelta(minutes=minute), today=NOW.date())


def older_month() -> list[Entry]:
    """A month as an older afstand saved it: each entry with only what it showed."""
    return [
        reflection(
            3,
            {
                "countertransference": {"position": 2},
                "kiesler": {"messages": ["hostile"], "control_position": 3},
            },
        ),
        reflection(5, {"countertransference": {"position": 6, "type2_signals": ["rescuing"]}}, 1),
        reflection(9, {"basic-needs": {"limits": 3}, "self-care": {"balance": 4}}, 2),
    ]


def wordings_of(path: Path) -> dict[str, dict[str, Any]]:
    return dict(json.loads(path.read_bytes())["wordings"])


# --- the stored form, any entry ---------------------------------------------------------------


def wider(wording: Wording, draw: st.DrawFn) -> Wording:
    """`wording` with more in it than its entries showed: an extra question, an extra option
    (somewhere in the list) and extra anchors, as the whole wording of a set has."""
    questions = {}
    for question_id, question in wording.questions.items():
        options = list(question.options)
        if options:
            extra = StoredOption(id=f"zz_{question_id}", label=StoredText(en="more"))
            options.insert(draw(st.integers(0, len(options))), extra)
        anchors = dict(question.anchors)
        if question.min is not None and question.max is not None:
            for value in draw(st.lists(st.integers(question.min, question.max), max_size=3)):
                anchors.setdefault(value, StoredText(nl=f"anker {value}"))
        questions[question_id] = msgspec.structs.replace(question, options=options, anchors=anchors)
    questions["zz_extra"] = WordedQuestion(type="text", prompt=StoredText(en="Anything else?"))
    return msgspec.structs.replace(wording, questions=questions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    month=st.lists(entries(), max_size=5, unique_by=lambda e: e.id),
    new=entries(),
    data=st.data(),
)
def test_an_entry_added_as_stored_expands_to_exactly_the_entry_saved(
    month: list[Entry], new: Entry, data: st.DataObject
) -> None:
    if any(e.id == new.id for e in month):
        return
    path = Path("2026-10.json")
    before = read_month_file(encode_month("2026-10", month), path)
    # what it was asked from: sometimes the whole wording of its sets, sometimes nothing
    own, _ = compress([new])
    asked = [wider(w, data.draw) for w in own.values() if data.draw(st.booleans())]
    raw = with_entry(before, new, asked).encode()
    after = read_month_file(raw, path)
    expected = sorted([*month, new], key=lambda e: (e.date, e.created))
    assert after.expanded() == expected
    kept = [s for s in after.entries if s.id != new.id]
    assert kept == before.entries  # the other entries as they were stored
    document = json.loads(raw)
    used = {s["wording"] for e in document["entries"] for s in e.get("sets", [])}
    assert used == set(document["wordings"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(month=st.lists(entries(), min_size=1, max_size=5, unique_by=lambda e: e.id), data=st.data())
def test_a_month_written_anew_from_the_wordings_it_held_gives_back_every_entry(
    month: list[Entry], data: st.DataObject
) -> None:
    # what the month held: its own wordings, some of them whole (more than its entries showed)
    own, _ = compress(month)
    known = [wider(w, data.draw) if data.draw(st.booleans()) else w for w in own.values()]
    raw = encode_month("2026-10", month, known)
    read = read_month_file(raw, Path("2026-10.json"))
    assert read.expanded() == sorted(month, key=lambda e: (e.date, e.created))
    # one wording per set and version where the whole one holds what every entry showed
    per_set = [(w.set, w.version) for w in read.wordings.values()]
    assert len(per_set) <= len(own)
    assert encode_month("2026-10", read.expanded(), read.wordings.values()) == raw


def test_entries_asked_from_the_same_sets_share_their_whole_wording() -> None:
    month = Month("2026-10")
    asked = [set_wording(CATALOG.get(s)) for s in SETS]
    saved = []
    for number, answers in enumerate(
        [
            {"countertransference": {"position": 5, "type2_signals": ["rescuing"]}},
            {
                "countertransference": {"position": 2},
                "kiesler": {"messages": ["submissive"], "control_position": 2},
            },
            {"kiesler": {"control_position": 4}, "self-care": {"balance": 2}},
        ]
    ):
        entry = reflection(10 + number, answers, number)
        month = with_entry(month, entry, asked)
        saved.append(entry)
    read = read_month_file(month.encode(), Path("2026-10.json"))
    assert read.expanded() == saved
    assert sorted(w.set for w in read.wordings.values()) == [
        "countertransference",
        "kiesler",
        "self-care",
    ]
    # the whole wording: every question, option and anchor of the set, also those not chosen
    whole = CATALOG.get("countertransference")
    wording = next(w for w in read.wordings.values() if w.set == "countertransference")
    assert list(wording.questions) == [q.id for q in whole.questions]
    for question in whole.questions:
        asked_in = wording.questions[question.id]
        assert [o.id for o in asked_in.options] == [o.id for o in question.options]
        assert sorted(asked_in.anchors) == sorted(question.anchors)
    # and what each answer showed is still only what it showed
    first = read.expanded()[0].sets[0].answers
    assert [o.id for a in first for o in a.options] == ["rescuing"]


def test_a_set_changed_without_a_new_version_keeps_the_words_it_was_asked_in() -> None:
    entry = reflection(4, {"countertransference": {"position": 5, "type2_signals": ["rescuing"]}})
    whole = set_wording(CATALOG.get("countertransference"))
    question = whole.questions["type2_signals"]
    reworded = msgspec.structs.replace(
        question,
        options=[
            msgspec.structs.replace(o, label=StoredText(en="other words")) for o in question.options
        ],
    )
    changed = msgspec.structs.replace(
        whole, questions={**whole.questions, "type2_signals": reworded}
    )
    month = with_entry(Month("2026-10"), entry, [changed])
    read = read_month_file(month.encode(), Path("2026-10.json"))
    assert read.expanded() == [entry]
    assert list(read.wordings.values()) != [changed]


# --- the journal ------------------------------------------------------------------------------


def test_saving_writes_only_its_month_and_keeps_the_other_entries_as_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path / "journal")
    older = older_month()
    journal.folder.joinpath("2026").mkdir(parents=True)
    journal.month_path("2026-10").write_bytes(encode_month("2026-10", older))
    september = reflection(1, {"self-care": {"balance": 1}}).model_copy(
        update={"date": date(2026, 9, 30)}
    )
    journal.month_path("2026-09").write_bytes(encode_month("2026-09", [september]))
    september_bytes = journal.month_path("2026-09").read_bytes()
    stored_before = journal.read("2026-10").entries
    new = reflection(7, {"countertransference": {"position": 5}}, 3)
    written = months_written(monkeypatch)
    journal.add(new, asked_sets(new, CATALOG))
    assert written == ["2026-10.json"]  # once, and no other month
    assert journal.month_path("2026-09").read_bytes() == september_bytes
    after = journal.read("2026-10")
    assert [s for s in after.entries if s.id != new.id] == stored_before
    assert journal.read_month("2026-10") == sorted([*older, new], key=lambda e: e.date)
    with pytest.raises(InvalidInput):
        journal.add(new)  # the same id twice is refused, and nothing changes
    assert journal.read("2026-10").entries == after.entries


def test_a_partial_wording_and_the_whole_one_become_one_when_the_month_is_written_anew(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "journal")
    older = older_month()
    path = journal.month_path("2026-10")
    path.parent.mkdir(parents=True)
    path.write_bytes(encode_month("2026-10", older))
    partial = wordings_of(path)
    assert len([w for w in partial.values() if w["set"] == "countertransference"]) == 1
    new = reflection(12, {"countertransference": {"position": 5, "type2_signals": ["merging"]}}, 4)
    journal.add(new, asked_sets(new, CATALOG))
    # the whole wording beside the partial one: the older entries are not rewritten
    both = wordings_of(path)
    assert [w["set"] for w in both.values()].count("countertransference") == 2
    assert set(partial) < set(both)
    expanded = journal.read_month("2026-10")
    assert expanded == sorted([*older, new], key=lambda e: e.date)

    # an edit writes the month anew: one wording per set, every entry as it was
    changed = older[0].model_copy(update={"note": "changed"})
    journal.replace(changed, read_as=older[0])
    merged = wordings_of(path)
    per_set = [w["set"] for w in merged.values()]
    assert sorted(per_set) == sorted(set(per_set))
    assert merged.keys() <= both.keys()  # the whole wordings, not new partial ones
    wordings = list(journal.read("2026-10").wordings.values())
    assert set_wording(CATALOG.get("countertransference")) in wordings
    assert journal.read_month("2026-10") == [changed, *expanded[1:]]


def test_saving_into_a_month_of_format_1_writes_it_in_format_2(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    stored = install_format_1(journal.folder)
    new = reflection(20, {"countertransference": {"position": 3}}, 5)
    journal.add(new, asked_sets(new, CATALOG))
    assert version_of(journal.month_path("2026-10")) == 2
    assert version_of(journal.month_path("2026-09")) == 1
    expected = sorted([*stored["2026-10"], new], key=lambda e: (e.date, e.created))
    assert journal.read_month("2026-10") == expected
    assert decode_month(journal.month_path("2026-10").read_bytes(), Path("x")) == expected
    assert (FIXTURES / FORMAT_1["2026-10"]).is_file()


ANSWERS = """\
client: K7
date: 2026-10-05
answers:
  countertransference: {position: 5, type2_signals: [rescuing]}
  kiesler: {messages: [submissive], control_position: 4}
"""


def test_reflections_saved_from_answers_files_share_one_wording_per_set(
    cli: Cli, afstand_home: Path
) -> None:
    for day in ("2026-10-05", "2026-10-06", "2026-10-07"):
        result = cli("reflect", "--answers", "-", "--date", day, stdin=ANSWERS)
        assert result.code == 0, result.stderr
    path = afstand_home / "journal" / "2026" / "2026-10.json"
    sets = sorted(w["set"] for w in wordings_of(path).values())
    assert sets == ["countertransference", "kiesler"]
    shown = cli("list")
    assert shown.code == 0 and shown.stdout.count("K7") == 3
