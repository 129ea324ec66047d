"""The interactive reflection without a terminal: a scripted prompter answers, a draft is kept
after every answer, an interruption loses nothing, and the mirror sentence after saving."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from afstand.journal.store import Journal
from afstand.models.entry import AnswerValue, Entry
from afstand.models.question_set import QuestionSet, SetQuestion
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import load_catalog
from afstand.reflection.answer_checks import build_entry
from afstand.reflection.drafts import Draft, DraftStore, new_draft
from afstand.reflection.flow import NOTE, GoBack, Step, run_reflection
from afstand.report.mirror import mirror_sentence

CATALOG = load_catalog(None)
TODAY = date(2026, 10, 5)
NOW = datetime(2026, 10, 5, 17, 45, tzinfo=UTC)
DRAFT_ID = "draft-0001"

# every question of countertransference and kiesler, in order, with an answer
ALL_ANSWERS: dict[tuple[str, str], AnswerValue | None] = {
    ("countertransference", "position"): 6,
    ("countertransference", "legs"): 4,
    ("countertransference", "legs_fit"): "more_doing",
    ("countertransference", "type1_signals"): ["withdrawing"],
    ("countertransference", "type2_signals"): ["rescuing", "merging"],
    ("countertransference", "everyday_signals"): ["over_time", "refer_on"],
    ("countertransference", "roles"): ["rescuer"],
    ("countertransference", "power"): 6,
    ("countertransference", "reaction_source"): "own_history",
    ("countertransference", "what_pulled"): "her silence after the story about her father",
    ("kiesler", "messages"): ["submissive"],
    ("kiesler", "pull_strength"): 3,
    ("kiesler", "went_along"): "partly",
    ("kiesler", "control_position"): 6,
    ("kiesler", "metacommunication"): "could_have",
    ("kiesler", "next_time"): "name the pedestal",
}
ORDER = list(ALL_ANSWERS)


class FixedClock:
    def now(self) -> datetime:
        return NOW

    def today(self) -> date:
        return TODAY


class ScriptedPrompter:
    """Answers from a script; records what it was asked and what the draft on disk held."""

    def __init__(
        self,
        answers: dict[tuple[str, str], AnswerValue | None],
        store: DraftStore,
        *,
        client: str = "k7",
        day: date = date(2026, 10, 2),
        note: str | None = "a heavy session",
        supervision: tuple[bool, str | None] = (True, "why do I want to rescue her?"),
        confirm: bool = True,
        interrupt_at: int | None = None,
        back_at: list[tuple[str, str]] | None = None,
        changes: list[Step] | None = None,
    ) -> None:
        self.answers = answers
        self.store = store
        self.client = client
        self.day = day
        self.note = note
        self.supervision = supervision
        self.accept = confirm
        self.interrupt_at = interrupt_at
        self.back_at = list(back_at or [])  # `<` is typed the first time each is asked
        self.changes = list(changes or [])  # numbers typed at the summary, one per review
        self.currents: dict[tuple[str, str], AnswerValue | None] = {}
        self.asked: list[tuple[str, str]] = []
        self.started: list[tuple[str, int, int]] = []
        self.on_disk_before_each_question: list[int] = []
        self.calls: list[str] = []
        self.known: list[str] | None = None
        self.confirmed: Entry | None = None

    def ask_client(self, known: list[str]) -> str:
        self.calls.append("client")
        self.known = known
        return self.client

    def ask_date(self, today: date) -> date:
        self.calls.append("date")
        assert today == TODAY
        return self.day

    def start_set(self, questionnaire: QuestionSet, number: int, total: int) -> None:
        self.started.append((questionnaire.id, number, total))

    def ask(
        self, questionnaire: QuestionSet, question: SetQuestion, current: AnswerValue | None
    ) -> AnswerValue | None:
        key = (questionnaire.id, question.id)
        if self.interrupt_at is not None and len(self.asked) + 1 == self.interrupt_at:
            raise KeyboardInterrupt
        on_disk = (
            read_draft(self.store).answered_count() if self.store.path(DRAFT_ID).exists() else 0
        )
        self.on_disk_before_each_question.append(on_disk)
        self.asked.append(key)
        self.currents[key] = current
        if key in self.back_at:
            self.back_at.remove(key)
            raise GoBack
        return self.answers[key]

    def ask_note(self, current: str | None) -> str | None:
        self.calls.append("note")
        return self.note

    def ask_supervision(
        self, current: bool | None, question: str | None
    ) -> tuple[bool, str | None]:
        self.calls.append("supervision")
        return self.supervision

    def cannot_go_back(self) -> None:
        self.calls.append("nothing before")

    def review(self, entry: Entry) -> bool | Step:
        self.calls.append("confirm")
        self.confirmed = entry
        if self.changes:
            return self.changes.pop(0)
        return self.accept


def read_draft(store: DraftStore) -> Draft:
    """The draft as it is on disk (not as the flow holds it in memory)."""
    return Draft.model_validate(json.loads(store.path(DRAFT_ID).read_bytes()))


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


def start(
    store: DraftStore, sets: list[str], client: str | None = None, day: date | None = None
) -> Draft:
    draft = new_draft(DRAFT_ID, NOW, sets, client, day)
    store.save(draft)
    return draft


def reflect(draft: Draft, prompter: ScriptedPrompter, store: DraftStore) -> Entry | None:
    return run_reflection(
        draft, CATALOG, prompter, store, FixedClock(), known_clients=lambda: ["K7", "MW-03"]
    )


def values(entry: Entry) -> dict[tuple[str, str], AnswerValue]:
    return {(s.id, a.question): a.value for s, a in entry.answers()}


# --- a whole reflection -------------------------------------------------------------------------


def test_all_questions_of_two_sets_are_asked_in_order(store: DraftStore) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    prompter = ScriptedPrompter(ALL_ANSWERS, store)
    entry = reflect(draft, prompter, store)
    assert prompter.asked == ORDER
    assert prompter.started == [("countertransference", 1, 2), ("kiesler", 2, 2)]
    assert prompter.calls == ["client", "date", "note", "supervision", "confirm"]
    assert prompter.known == ["K7", "MW-03"]
    assert entry is not None
    assert entry is prompter.confirmed
    assert values(entry) == ALL_ANSWERS
    assert entry.client == "K7"
    assert entry.date == date(2026, 10, 2)
    assert entry.created == NOW
    assert entry.note == "a heavy session"
    assert (entry.supervision, entry.supervision_question) == (
        True,
        "why do I want to rescue her?",
    )
    assert [s.id for s in entry.sets] == ["countertransference", "kiesler"]


def test_the_pull_strength_is_asked_only_when_a_message_is_ticked(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}
    answers[("kiesler", "messages")] = []
    prompter = ScriptedPrompter(answers, store)
    entry = reflect(draft, prompter, store)
    assert prompter.asked == [
        ("kiesler", "messages"),
        ("kiesler", "control_position"),
        ("kiesler", "metacommunication"),
        ("kiesler", "next_time"),
    ]
    assert entry is not None
    assert ("kiesler", "pull_strength") not in values(entry)
    assert prompter.calls == ["note", "supervision", "confirm"]  # client and date were given


def test_a_passed_question_is_not_saved_and_not_asked_again(store: DraftStore) -> None:
    draft = start(store, ["countertransference"], client="K7", day=date(2026, 10, 2))
    answers = {k: v for k, v in ALL_ANSWERS.items() if k[0] == "countertransference"}
    answers[("countertransference", "roles")] = None
    answers[("countertransference", "what_pulled")] = "   "
    entry = reflect(draft, ScriptedPrompter(answers, store), store)
    assert entry is not None
    assert set(values(entry)) == set(answers) - {
        ("countertransference", "roles"),
        ("countertransference", "what_pulled"),
    }
    saved = read_draft(store)
    assert "roles" in saved.asked["countertransference"]
    assert "roles" not in saved.answers["countertransference"]
    again = ScriptedPrompter(answers, store)
    reflect(saved, again, store)
    assert again.asked == []


def test_the_draft_on_disk_is_updated_after_every_answer(store: DraftStore) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    prompter = ScriptedPrompter(ALL_ANSWERS, store)
    reflect(draft, prompter, store)
    # before question n, the draft on disk holds the n - 1 answers given so far
    assert prompter.on_disk_before_each_question == list(range(len(ORDER)))
    saved = read_draft(store)
    assert saved.answered_count() == len(ORDER)
    assert saved.client == "k7"
    assert saved.date == date(2026, 10, 2)
    assert saved.stage == "closing"
    assert saved.note == "a heavy session"
    assert saved.supervision is True
    assert saved.supervision_question == "why do I want to rescue her?"
    # a draft holds the same private words as the journal
    assert stat.S_IMODE(store.path(DRAFT_ID).stat().st_mode) == 0o600
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700


# --- interrupted and resumed --------------------------------------------------------------------


@pytest.mark.parametrize("stop_at", [2, 4, 7, 10])
def test_an_interruption_keeps_the_answers_before_it(store: DraftStore, stop_at: int) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    prompter = ScriptedPrompter(ALL_ANSWERS, store, interrupt_at=stop_at)
    with pytest.raises(KeyboardInterrupt):
        reflect(draft, prompter, store)
    (saved,), broken = store.load()
    assert broken == []
    assert saved.id == DRAFT_ID
    kept = {(s, q): v for s, given in saved.answers.items() for q, v in given.items()}
    assert kept == {key: ALL_ANSWERS[key] for key in ORDER[: stop_at - 1]}
    assert saved.client == "k7"
    assert saved.stage == "questions"


def test_no_draft_is_kept_before_the_first_answer(store: DraftStore) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    assert store.load() == ([], [])  # client and date alone are not worth a draft
    with pytest.raises(KeyboardInterrupt):
        reflect(draft, ScriptedPrompter(ALL_ANSWERS, store, interrupt_at=1), store)
    assert store.load() == ([], [])
    assert not draft.holds_anything()


def test_a_draft_whose_only_answer_is_taken_back_is_removed(store: DraftStore) -> None:
    draft = start(store, ["countertransference"], client="K7", day=date(2026, 10, 2))
    draft.answers["countertransference"] = {"position": 4}
    store.save(draft)
    assert store.path(DRAFT_ID).exists()
    draft.answers["countertransference"] = {}
    store.save(draft)
    assert not store.path(DRAFT_ID).exists()


@pytest.mark.parametrize("stop_at", [2, 4, 7, 10])
def test_resuming_asks_only_the_remaining_questions(store: DraftStore, stop_at: int) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    with pytest.raises(KeyboardInterrupt):
        reflect(draft, ScriptedPrompter(ALL_ANSWERS, store, interrupt_at=stop_at), store)

    (saved,), _ = store.load()
    prompter = ScriptedPrompter(ALL_ANSWERS, store, client="NOT-ASKED", day=date(2026, 1, 1))
    entry = reflect(saved, prompter, store)
    assert prompter.asked == ORDER[stop_at - 1 :]
    assert "client" not in prompter.calls and "date" not in prompter.calls
    assert entry is not None
    assert values(entry) == ALL_ANSWERS
    assert entry.client == "K7"
    assert entry.date == date(2026, 10, 2)


def test_an_interruption_at_the_note_resumes_at_the_note(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}

    class StopAtNote(ScriptedPrompter):
        def ask_note(self, current: str | None) -> str | None:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        reflect(draft, StopAtNote(answers, store), store)
    (saved,), _ = store.load()
    assert saved.stage == "closing"
    prompter = ScriptedPrompter(answers, store)
    entry = reflect(saved, prompter, store)
    assert prompter.asked == []
    assert prompter.calls == ["note", "supervision", "confirm"]
    assert entry is not None and values(entry) == answers


def test_not_confirming_returns_none_and_keeps_the_draft(store: DraftStore) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    prompter = ScriptedPrompter(ALL_ANSWERS, store, confirm=False)
    assert reflect(draft, prompter, store) is None
    assert prompter.calls[-1] == "confirm"
    (saved,), _ = store.load()
    assert saved.answered_count() == len(ORDER)
    # confirming it later saves it without asking anything again
    again = ScriptedPrompter(ALL_ANSWERS, store)
    entry = reflect(saved, again, store)
    assert again.asked == []
    assert again.calls == ["confirm"]
    assert entry is not None and values(entry) == ALL_ANSWERS


# --- the mirror sentence ------------------------------------------------------------------------


def saved_entry(
    journal: Journal, day: date, position: int | None, client: str = "K7", hour: int = 9
) -> Entry:
    answers: dict[str, dict[str, Any]] = (
        {"countertransference": {"position": position}}
        if position is not None
        else {"kiesler": {"control_position": 4}}
    )
    entry = build_entry(
        Submission(client=client, date=day, answers=answers),
        CATALOG,
        now=datetime(day.year, day.month, day.day, hour, tzinfo=UTC),
        today=TODAY,
    )
    journal.add(entry)
    return entry


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal")


@pytest.mark.parametrize("earlier", [0, 1])
def test_no_mirror_with_fewer_than_two_earlier_reflections(journal: Journal, earlier: int) -> None:
    for number in range(earlier):
        saved_entry(journal, date(2026, 9, 1) + timedelta(days=number), 4)
    for number in range(5):  # other clients do not count
        saved_entry(journal, date(2026, 9, 10) + timedelta(days=number), 4, client="K8")
    entry = saved_entry(journal, date(2026, 10, 2), 4)
    assert mirror_sentence(journal, entry) is None


def test_a_mirror_with_two_earlier_reflections_names_the_client(journal: Journal) -> None:
    saved_entry(journal, date(2026, 9, 1), 4)
    saved_entry(journal, date(2026, 9, 15), 4)
    entry = saved_entry(journal, date(2026, 10, 2), 4)
    sentence = mirror_sentence(journal, entry)
    assert sentence is not None
    assert "K7" in sentence
    assert "2 earlier reflections since 2026-09-01" in sentence
    assert "around the mean" in sentence


def test_a_mirror_counts_only_the_earlier_reflections_of_that_client(journal: Journal) -> None:
    saved_entry(journal, date(2026, 9, 1), 2)
    saved_entry(journal, date(2026, 9, 8), 2)
    saved_entry(journal, date(2026, 9, 15), 2)
    saved_entry(journal, date(2026, 9, 20), 7, client="K8")
    saved_entry(journal, date(2026, 9, 25), None)  # no position: does not count
    saved_entry(journal, date(2026, 10, 20), 7)  # after this session: does not count
    entry = saved_entry(journal, date(2026, 10, 2), 5)
    sentence = mirror_sentence(journal, entry)
    assert sentence is not None
    assert "closer to K7" in sentence
    assert "3 earlier reflections" in sentence


def test_a_mirror_further_away(journal: Journal) -> None:
    saved_entry(journal, date(2026, 9, 1), 5)
    saved_entry(journal, date(2026, 9, 8), 5)
    entry = saved_entry(journal, date(2026, 10, 2), 3)
    sentence = mirror_sentence(journal, entry)
    assert sentence is not None and "further from K7" in sentence


@pytest.mark.parametrize("positions", [(6, 7, 6), (7, 7, 7), (6, 6, 6), (7, 6, 7)])
def test_the_third_in_a_row_at_the_close_end(journal: Journal, positions: tuple[int, ...]) -> None:
    *earlier, last = positions
    saved_entry(journal, date(2026, 8, 20), 1)  # sessions before the last three do not matter
    saved_entry(journal, date(2026, 9, 1), 4)
    for number, position in enumerate(earlier):
        saved_entry(journal, date(2026, 9, 10) + timedelta(days=number), position)
    entry = saved_entry(journal, date(2026, 10, 2), last)
    sentence = mirror_sentence(journal, entry)
    assert sentence is not None
    assert "third reflection in a row with K7" in sentence
    assert "too-close end" in sentence


def test_the_third_in_a_row_at_the_distant_end(journal: Journal) -> None:
    saved_entry(journal, date(2026, 9, 1), 2)
    saved_entry(journal, date(2026, 9, 8), 1)
    entry = saved_entry(journal, date(2026, 10, 2), 2)
    sentence = mirror_sentence(journal, entry)
    assert sentence is not None
    assert "third reflection in a row with K7" in sentence
    assert "too-distant end" in sentence


@pytest.mark.parametrize("positions", [(6, 5, 7), (5, 6, 7), (6, 7, 5), (7, 2, 7)])
def test_no_streak_when_one_of_the_last_three_is_not_at_the_close_end(
    journal: Journal, positions: tuple[int, ...]
) -> None:
    *earlier, last = positions
    for number, position in enumerate(earlier):
        saved_entry(journal, date(2026, 9, 10) + timedelta(days=number), position)
    entry = saved_entry(journal, date(2026, 10, 2), last)
    sentence = mirror_sentence(journal, entry)
    assert sentence is not None
    assert "in a row" not in sentence


def test_the_streak_follows_the_order_of_the_sessions_not_of_saving(journal: Journal) -> None:
    # saved in another order than they happened: the last two sessions were close
    saved_entry(journal, date(2026, 9, 20), 7)
    saved_entry(journal, date(2026, 9, 27), 6)
    saved_entry(journal, date(2026, 9, 1), 3)
    entry = saved_entry(journal, date(2026, 10, 2), 7)
    sentence = mirror_sentence(journal, entry)
    assert sentence is not None and "third reflection in a row" in sentence


def test_no_mirror_for_an_entry_without_a_position(journal: Journal) -> None:
    for number in range(3):
        saved_entry(journal, date(2026, 9, 1) + timedelta(days=number), 7)
    entry = saved_entry(journal, date(2026, 10, 2), None)
    assert mirror_sentence(journal, entry) is None


def test_the_mirror_looks_back_half_a_year(journal: Journal) -> None:
    saved_entry(journal, date(2026, 1, 5), 7)
    saved_entry(journal, date(2026, 2, 5), 7)
    entry = saved_entry(journal, date(2026, 10, 2), 7)
    assert mirror_sentence(journal, entry) is None


# --- what identifies a person, before it is saved -----------------------------------------------


class ReviewingPrompter(ScriptedPrompter):
    def __init__(self, *args: Any, choice: str, revised: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.choice = choice
        self.revised = revised
        self.reviewed: list[list[str]] = []

    def review_identifiers(self, findings: list[Any]) -> str:
        self.reviewed.append([f"{f.field}:{f.kind}" for f in findings])
        self.calls.append("review")
        return self.choice if len(self.reviewed) == 1 else "keep"

    def revise(self, field: str, current: str) -> str:
        self.calls.append(f"revise {field}")
        return self.revised


MINIMAL = {
    ("kiesler", "messages"): None,
    ("kiesler", "control_position"): 4,
    ("kiesler", "metacommunication"): None,
    ("kiesler", "next_time"): None,
}


def test_a_phone_number_in_the_note_is_shown_before_confirming(store: DraftStore) -> None:
    prompter = ReviewingPrompter(MINIMAL, store, note="bel haar op 06-12345678", choice="keep")
    entry = reflect(start(store, ["kiesler"]), prompter, store)
    assert prompter.reviewed == [["note:phone"]]
    assert prompter.calls[-2:] == ["review", "confirm"]
    assert entry is not None and entry.note == "bel haar op 06-12345678"


def test_editing_replaces_the_text_and_checks_again(store: DraftStore) -> None:
    prompter = ReviewingPrompter(
        MINIMAL, store, note="mail jan@example.org", choice="edit", revised="mailde met haar"
    )
    entry = reflect(start(store, ["kiesler"]), prompter, store)
    assert "revise note" in prompter.calls
    assert entry is not None and entry.note == "mailde met haar"
    assert read_draft(store).note == "mailde met haar"  # the edit is in the draft too
    assert len(prompter.reviewed) == 1  # the edited text raised nothing more


def test_cancelling_keeps_the_draft_and_saves_nothing(store: DraftStore) -> None:
    prompter = ReviewingPrompter(MINIMAL, store, note="BSN 111222333", choice="cancel")
    assert reflect(start(store, ["kiesler"]), prompter, store) is None
    assert "confirm" not in prompter.calls
    assert read_draft(store).note == "BSN 111222333"


def test_an_ordinary_reflection_is_not_reviewed(store: DraftStore) -> None:
    prompter = ReviewingPrompter(MINIMAL, store, note="ik bleef te lang", choice="cancel")
    assert reflect(start(store, ["kiesler"]), prompter, store) is not None
    assert prompter.reviewed == []


def test_a_note_with_two_findings_is_revised_once(store: DraftStore) -> None:
    prompter = ReviewingPrompter(
        MINIMAL, store, note="bel 06-12345678 of mail jan@example.org", choice="edit", revised="x"
    )
    entry = reflect(start(store, ["kiesler"]), prompter, store)
    assert prompter.calls.count("revise note") == 1
    assert entry is not None and entry.note == "x"


# --- going back ---------------------------------------------------------------------------------

CT = "countertransference"


def test_back_asks_the_previous_question_again_with_its_answer(store: DraftStore) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    prompter = ScriptedPrompter(ALL_ANSWERS, store, back_at=[(CT, "type2_signals")])
    entry = reflect(draft, prompter, store)
    first = prompter.asked.index((CT, "type1_signals"))
    assert prompter.asked[first : first + 4] == [
        (CT, "type1_signals"),
        (CT, "type2_signals"),  # `<` here
        (CT, "type1_signals"),  # asked again, starting from the earlier answer
        (CT, "type2_signals"),
    ]
    assert prompter.currents[(CT, "type1_signals")] == ["withdrawing"]
    assert entry is not None and values(entry) == ALL_ANSWERS


def test_back_at_the_first_question_says_there_is_nothing_before(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}
    prompter = ScriptedPrompter(answers, store, back_at=[("kiesler", "messages")])
    entry = reflect(draft, prompter, store)
    assert prompter.calls[0] == "nothing before"
    assert prompter.asked[:2] == [("kiesler", "messages"), ("kiesler", "messages")]
    assert entry is not None and values(entry) == answers


def test_back_crosses_into_the_previous_set(store: DraftStore) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    prompter = ScriptedPrompter(ALL_ANSWERS, store, back_at=[("kiesler", "messages")])
    entry = reflect(draft, prompter, store)
    at = prompter.asked.index(("kiesler", "messages"))
    assert prompter.asked[at + 1 : at + 3] == [(CT, "what_pulled"), ("kiesler", "messages")]
    # the set is announced again when its questions come back
    assert prompter.started == [(CT, 1, 2), ("kiesler", 2, 2), (CT, 1, 2), ("kiesler", 2, 2)]
    assert entry is not None and values(entry) == ALL_ANSWERS


def test_back_from_the_note_asks_the_last_question(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}

    class BackAtNote(ScriptedPrompter):
        def ask_note(self, current: str | None) -> str | None:
            if self.calls.count("note") == 0:
                self.calls.append("note")
                raise GoBack
            return super().ask_note(current)

    prompter = BackAtNote(answers, store)
    entry = reflect(draft, prompter, store)
    assert prompter.asked[-2:] == [("kiesler", "next_time"), ("kiesler", "next_time")]
    assert prompter.calls == ["note", "note", "supervision", "confirm"]
    assert entry is not None and values(entry) == answers


class ChangingPrompter(ScriptedPrompter):
    """At the first summary, changes one answer: the flow asks it again, then sums up again."""

    def __init__(self, *args: Any, change: Step, new: dict[Any, Any], **kwargs: Any) -> None:
        super().__init__(*args, changes=[change], **kwargs)
        self.new = new

    def review(self, entry: Entry) -> bool | Step:
        decision = super().review(entry)
        if isinstance(decision, Step):
            self.answers = {**self.answers, **self.new}
            self.asked = []
        return decision


def test_the_summary_changes_one_answer_before_saving(store: DraftStore) -> None:
    draft = start(store, ["countertransference", "kiesler"])
    prompter = ChangingPrompter(
        ALL_ANSWERS, store, change=Step(CT, "position"), new={(CT, "position"): 2}
    )
    entry = reflect(draft, prompter, store)
    assert prompter.asked == [(CT, "position")]  # only that one, starting from the old answer
    assert prompter.currents[(CT, "position")] == 6
    assert prompter.calls.count("confirm") == 2
    assert entry is not None and values(entry) == {**ALL_ANSWERS, (CT, "position"): 2}
    assert read_draft(store).answers[CT]["position"] == 2


def test_a_changed_answer_asks_a_question_it_now_shows(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}
    answers[("kiesler", "messages")] = []
    prompter = ChangingPrompter(
        answers,
        store,
        change=Step("kiesler", "messages"),
        new={("kiesler", "messages"): ["hostile"]},
    )
    entry = reflect(draft, prompter, store)
    assert prompter.asked == [
        ("kiesler", "messages"),
        ("kiesler", "pull_strength"),
        ("kiesler", "went_along"),
    ]
    assert entry is not None
    assert values(entry)[("kiesler", "pull_strength")] == 3


def test_a_changed_answer_drops_the_answers_it_now_hides(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}
    prompter = ChangingPrompter(
        answers, store, change=Step("kiesler", "messages"), new={("kiesler", "messages"): []}
    )
    entry = reflect(draft, prompter, store)
    assert prompter.asked == [("kiesler", "messages")]
    assert entry is not None
    assert ("kiesler", "pull_strength") not in values(entry)
    assert ("kiesler", "went_along") not in values(entry)


def test_the_summary_changes_the_note(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}

    class NewNote(ScriptedPrompter):
        def ask_note(self, current: str | None) -> str | None:
            self.calls.append("note")
            return "first" if current is None else current + ", second"

    prompter = NewNote(answers, store, changes=[NOTE])
    entry = reflect(draft, prompter, store)
    assert prompter.calls == ["note", "supervision", "confirm", "note", "confirm"]
    assert entry is not None and entry.note == "first, second"


def test_saying_no_at_the_summary_and_resuming_can_change_an_answer(store: DraftStore) -> None:
    draft = start(store, ["kiesler"], client="K7", day=date(2026, 10, 2))
    answers = {key: value for key, value in ALL_ANSWERS.items() if key[0] == "kiesler"}
    assert reflect(draft, ScriptedPrompter(answers, store, confirm=False), store) is None
    (saved,), _ = store.load()
    prompter = ChangingPrompter(
        answers,
        store,
        change=Step("kiesler", "control_position"),
        new={("kiesler", "control_position"): 2},
    )
    entry = reflect(saved, prompter, store)
    assert entry is not None and values(entry)[("kiesler", "control_position")] == 2


def test_a_draft_of_an_older_afstand_resumes_at_the_right_step(store: DraftStore) -> None:
    # written before the closing steps were recorded: a note means the note was asked
    older = {
        "id": DRAFT_ID,
        "started": NOW.isoformat(),
        "sets": ["kiesler"],
        "client": "K7",
        "date": "2026-10-02",
        "answers": {"kiesler": {"messages": [], "control_position": 4}},
        "asked": {"kiesler": ["messages", "control_position", "metacommunication", "next_time"]},
        "stage": "closing",
        "note": "kept",
    }
    draft = Draft.model_validate(older)
    prompter = ScriptedPrompter({}, store)
    entry = reflect(draft, prompter, store)
    assert prompter.calls == ["supervision", "confirm"]
    assert entry is not None and entry.note == "kept"
