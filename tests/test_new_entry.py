"""Saving from an answers file makes the entry straight in the form the journal stores it:
each set names its whole wording, each answer only its question and value. Read back, it is
exactly the entry the interactive reflection would have made of the same answers, and it is
refused for exactly the same problems."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afstand.errors import InvalidInput
from afstand.journal.format import Month, read_month_file, wording_key
from afstand.journal.store import Journal
from afstand.models.month_file import StoredText
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import Catalog, load_catalog
from afstand.reflection.answer_checks import asked_sets, build_entry, is_shown
from afstand.reflection.new_entry import new_entry
from helpers import Cli
from test_journal_format import install_format_1, version_of

NOW = datetime(2026, 10, 31, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
CATALOG: Catalog = load_catalog(None)
SHIPPED = sorted(loaded.questionnaire.id for loaded in CATALOG)

TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12
)  # control characters too: both ways strip them


def rarely(draw: st.DrawFn) -> bool:
    return draw(st.integers(0, 11)) == 5


@st.composite
def answer_to(draw: st.DrawFn, question: Any) -> Any:
    """A value for `question`: mostly one it takes, now and then one it refuses."""
    if rarely(draw):
        return draw(st.sampled_from([-3, 12, "not-an-option", [], True, "", None]))
    options = [o.id for o in question.options]
    fitting: dict[str, st.SearchStrategy[Any]] = {
        "scale": st.integers(question.min or 0, question.max or 0),
        "choice": st.sampled_from(options or ["none"]),
        "checklist": st.lists(st.sampled_from(options or ["none"]), unique=True, max_size=4),
        "yesno": st.booleans(),
        "text": TEXTS,
    }
    return draw(fitting[question.type])


@st.composite
def submissions(draw: st.DrawFn) -> Submission:
    """Answers to some of the shipped sets, mostly as a reflection gives them: the required
    questions answered and a hidden question left out; now and then not."""
    chosen = draw(st.lists(st.sampled_from(SHIPPED), unique=True, max_size=3))
    answers: dict[str, dict[str, Any]] = {}
    for set_id in chosen:
        given: dict[str, Any] = {}
        for question in CATALOG.get(set_id).questions:
            asked = question.required != rarely(draw) if question.required else draw(st.booleans())
            if asked and (is_shown(question, given) or rarely(draw)):
                given[question.id] = draw(answer_to(question))
        answers[set_id] = given
    if rarely(draw):
        answers["no-such-set"] = {"x": 1}
    code = "bad code!" if rarely(draw) else draw(st.sampled_from(["K7", "k7 ", "C-12"]))
    return Submission(
        client=code,
        date=draw(st.sampled_from([None, date(2026, 10, 3), date(2024, 2, 29)])),
        note=draw(st.one_of(st.none(), TEXTS)),
        supervision=draw(st.booleans()),
        supervision_question=draw(st.one_of(st.none(), TEXTS)),
        answers=answers,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(submission=submissions())
def test_an_entry_made_as_stored_is_the_entry_a_reflection_makes(submission: Submission) -> None:
    try:
        expected = build_entry(submission, CATALOG, now=NOW, today=TODAY)
    except InvalidInput as refused:
        with pytest.raises(InvalidInput) as also:
            new_entry(submission, CATALOG, now=NOW, today=TODAY)
        assert also.value.problems == refused.problems
        return
    made = new_entry(submission, CATALOG, now=NOW, today=TODAY)
    assert all(wording_key(w) == key for key, w in made.wordings.items())
    month = Month(made.entry.date.strftime("%Y-%m"), made.wordings, [made.entry])
    # read back from the bytes the journal writes, beside the whole wording of its sets
    read = read_month_file(month.encode(), Path("month.json"))
    assert read.expanded() == [expected.model_copy(update={"id": made.entry.id})]


def made(answers: dict[str, dict[str, Any]], day: int = 5) -> Any:
    submission = Submission(client="K7", date=date(2026, 10, day), answers=answers)
    return new_entry(submission, CATALOG, now=NOW, today=TODAY)


def test_entries_saved_as_stored_share_the_wording_of_their_set(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    first = made({"countertransference": {"position": 5}})
    second = made({"countertransference": {"position": 2, "type2_signals": ["rescuing"]}}, 9)
    journal.add_stored(first.entry, first.wordings)
    journal.add_stored(second.entry, second.wordings)
    # and one saved the interactive way, from the same set
    submission = Submission(
        client="K8", date=date(2026, 10, 7), answers={"countertransference": {"position": 3}}
    )
    third = build_entry(submission, CATALOG, now=NOW, today=TODAY)
    journal.add(third, asked_sets(third, CATALOG))
    document = json.loads(journal.month_path("2026-10").read_bytes())
    assert [w["set"] for w in document["wordings"].values()] == ["countertransference"]
    entries = journal.read_month("2026-10")
    assert [e.client for e in entries] == ["K7", "K8", "K7"]  # in order of date
    assert [o.id for o in entries[2].sets[0].answers[1].options] == ["rescuing"]
    with pytest.raises(InvalidInput):
        journal.add_stored(first.entry, first.wordings)  # the same id twice: refused
    assert len(journal.read("2026-10").entries) == 3


def test_a_key_that_a_hand_edited_month_gives_to_other_words_is_passed_over(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "journal")
    new = made({"self-care": {"balance": 2}})
    [(key, wording)] = new.wordings.items()
    # a month file whose wording under that very key says something else
    other = msgspec.structs.replace(wording, title=StoredText(en="Edited by hand"))
    older = made({"self-care": {"balance": 4}}, 2)
    month = Month("2026-10", {key: other}, [older.entry])
    journal.month_path("2026-10").parent.mkdir(parents=True)
    journal.month_path("2026-10").write_bytes(month.encode())
    journal.add_stored(new.entry, new.wordings)
    read = journal.read("2026-10")
    assert read.wordings[key] == other  # the older entry keeps the words it had
    saved = next(e for e in read.entries if e.id == new.entry.id)
    assert saved.sets[0].wording != key
    assert read.wordings[saved.sets[0].wording] == wording
    titles = [e.sets[0].title.en for e in journal.read_month("2026-10")]
    assert titles == ["Edited by hand", "The ABC of self-care"]


def test_saving_into_a_month_of_format_1_as_stored_writes_format_2(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    stored = install_format_1(journal.folder)
    new = made({"kiesler": {"control_position": 4}}, 20)
    journal.add_stored(new.entry, new.wordings)
    assert version_of(journal.month_path("2026-10")) == 2
    assert version_of(journal.month_path("2026-09")) == 1
    read = journal.read_month("2026-10")
    assert [e for e in read if e.id != new.entry.id] == stored["2026-10"]
    assert [e.id for e in read][-1] == new.entry.id


def test_reflect_from_a_file_shows_every_answer_in_words(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "client: k7\ndate: 2026-10-05\nnote: ' na de sessie '\nanswers:\n"
        "  countertransference: {position: 5, type2_signals: [rescuing]}\n"
        "  kiesler: {messages: [submissive], control_position: 4}\n",
        encoding="utf-8",
    )
    result = cli("reflect", "--answers", str(answers))
    assert result.code == 0, result.stderr
    listed = json.loads(cli("list", "--json").stdout)
    shown = json.loads(cli("show", listed[0]["id"], "--json").stdout)
    assert shown["client"] == "K7"
    assert shown["note"] == "na de sessie"
    first = shown["sets"][0]["answers"]
    assert first[0]["anchors"].keys() >= {"1", "5", "7"}  # the ends and the chosen point
    assert [o["id"] for o in first[1]["options"]] == ["rescuing"]
    text = cli("show", shown["id"][:8]).stdout
    assert "5 — slightly too close" in text


def test_a_month_read_just_before_another_terminal_saved_into_it_is_no_false_alarm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two terminals at once: one reads a month (say, to find the entry it edits) just before
    the other saves into it, and the write record just after. Under the lock, the month is
    compared with its record again, so the change is made and nothing is called lost."""
    from afstand.journal import sync

    folder = tmp_path / "journal"
    this, other = Journal(folder), Journal(folder)
    first = made({"self-care": {"balance": 1}}, 1)
    this.add_stored(first.entry, first.wordings)
    this = Journal(folder)  # a new command
    meanwhile = made({"self-care": {"balance": 2}}, 2)
    real_latest = sync._latest

    def saved_in_between(journal: Journal, month: str) -> Any:
        if journal is this and not other.read(month).entries[1:]:
            other.add_stored(meanwhile.entry, meanwhile.wordings)
        return real_latest(journal, month)

    monkeypatch.setattr(sync, "_latest", saved_in_between)
    assert [e.id for e in this.read("2026-10").entries] == [first.entry.id]  # read before
    third = made({"self-care": {"balance": 3}}, 3)
    this.add_stored(third.entry, third.wordings)
    ids = [e.id for e in Journal(folder).read("2026-10").entries]
    assert ids == [first.entry.id, meanwhile.entry.id, third.entry.id]
    assert not any("back in time" in notice for notice in this.notices)
