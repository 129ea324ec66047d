"""Checking answers against the question sets, and turning them into an entry with a snapshot
of the wording: the same path for the interactive flow and for `reflect --answers FILE`."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import msgspec
import pytest

from afstand.errors import InvalidInput
from afstand.models.client_code import normalise_client
from afstand.models.entry import Entry
from afstand.models.month_file import StoredText
from afstand.models.question_set import SetQuestion
from afstand.models.submission import Submission
from afstand.models.text import Text
from afstand.questionnaires.catalog import Catalog, LoadedSet, load_catalog
from afstand.reflection.answer_checks import (
    apply_edit,
    build_entry,
    check_submission,
    is_shown,
    submission_from_entry,
)

FIXTURES = Path(__file__).parent / "fixtures" / "questionnaires" / "valid"

# the shipped sets, and the example set home-visit (which has yes/no questions and every
# kind of show_if condition)
CATALOG = load_catalog(FIXTURES)
NOW = datetime(2026, 10, 5, 18, 30, tzinfo=UTC)
TODAY = date(2026, 10, 5)
LATER = datetime(2026, 10, 9, 8, 0, tzinfo=UTC)


def problems(answers: dict[str, dict[str, Any]], **fields: Any) -> list[str]:
    fields.setdefault("client", "K7")
    return check_submission(Submission(answers=answers, **fields), CATALOG)


def build(answers: dict[str, dict[str, Any]], **fields: Any) -> Entry:
    fields.setdefault("client", "K7")
    return build_entry(Submission(answers=answers, **fields), CATALOG, now=NOW, today=TODAY)


def question(set_id: str, question_id: str) -> SetQuestion:
    found = CATALOG.get(set_id).question(question_id)
    assert found is not None
    return found


def test_the_test_catalog_holds_the_sets_used_here() -> None:
    assert {"countertransference", "kiesler", "self-care", "home-visit"} <= set(CATALOG.sets)
    assert not CATALOG.invalid


# --- every bad answer names its key ---------------------------------------------------------

VALID_HOME_VISIT = {"closeness": 3, "felt_safe": True}

BAD_ANSWERS = [
    pytest.param(
        {"supervision-notes": {"topic": "x"}},
        "answers.supervision-notes",
        "unknown question set 'supervision-notes'",
        id="unknown-set",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "positon": 5}},
        "answers.countertransference.positon",
        "unknown question in the set 'countertransference'",
        id="unknown-question",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "reaction_source": "the_moon"}},
        "answers.countertransference.reaction_source",
        "'the_moon' is not an option",
        id="unknown-choice-option",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "type2_signals": ["rescuing", "flying"]}},
        "answers.countertransference.type2_signals",
        "unknown option flying",
        id="unknown-checklist-option",
    ),
    pytest.param(
        {"countertransference": {"position": 8}},
        "answers.countertransference.position",
        "8 lies outside 1..7",
        id="scale-above-max",
    ),
    pytest.param(
        {"countertransference": {"position": 0}},
        "answers.countertransference.position",
        "0 lies outside 1..7",
        id="scale-below-min",
    ),
    pytest.param(
        {"countertransference": {"position": 4.5}},
        "answers.countertransference.position",
        "give a whole number from 1 to 7",
        id="scale-float",
    ),
    pytest.param(
        {"countertransference": {"position": 4.0}},
        "answers.countertransference.position",
        "give a whole number from 1 to 7",
        id="scale-float-that-is-whole",
    ),
    pytest.param(
        {"countertransference": {"position": True}},
        "answers.countertransference.position",
        "give a whole number from 1 to 7",
        id="scale-bool",
    ),
    pytest.param(
        {"countertransference": {"position": "4"}},
        "answers.countertransference.position",
        "give a whole number from 1 to 7",
        id="scale-string",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "type2_signals": "rescuing"}},
        "answers.countertransference.type2_signals",
        "give a list of option ids",
        id="checklist-string",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "type2_signals": [None, 3]}},
        "answers.countertransference.type2_signals",
        "give a list of option ids",
        id="checklist-not-ids",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "type2_signals": ["rescuing", "rescuing"]}},
        "answers.countertransference.type2_signals",
        "given more than once",
        id="checklist-duplicate",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "reaction_source": ["both"]}},
        "answers.countertransference.reaction_source",
        "is not an option",
        id="choice-list",
    ),
    pytest.param(
        {"home-visit": {"closeness": 3, "felt_safe": "yes"}},
        "answers.home-visit.felt_safe",
        "give true or false",
        id="yesno-string",
    ),
    pytest.param(
        {"home-visit": {"closeness": 3, "felt_safe": 1}},
        "answers.home-visit.felt_safe",
        "give true or false",
        id="yesno-int",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "what_pulled": 42}},
        "answers.countertransference.what_pulled",
        "give a text",
        id="text-int",
    ),
    pytest.param(
        {"countertransference": {"position": 4, "what_pulled": "x" * 20_001}},
        "answers.countertransference.what_pulled",
        "longer than 20000 characters",
        id="text-too-long",
    ),
    pytest.param(
        {"countertransference": {"type2_signals": ["rescuing"]}},
        "answers.countertransference.position",
        "this question is required",
        id="missing-required",
    ),
    pytest.param(
        {"countertransference": {"position": None, "type2_signals": ["rescuing"]}},
        "answers.countertransference.position",
        "this question is required",
        id="required-given-as-null",
    ),
    pytest.param(
        {"kiesler": {"control_position": 4, "messages": [], "pull_strength": 3}},
        "answers.kiesler.pull_strength",
        "asked only after a certain answer",
        id="hidden-by-show-if-any-of",
    ),
    pytest.param(
        {"home-visit": {"closeness": 3, "felt_safe": True, "pulled_close": "her stories"}},
        "answers.home-visit.pulled_close",
        "asked only after a certain answer",
        id="hidden-by-show-if-at-least",
    ),
    pytest.param(
        {"home-visit": {"closeness": 3, "felt_safe": True, "unsafe_because": "alone"}},
        "answers.home-visit.unsafe_because",
        "asked only after a certain answer",
        id="hidden-by-show-if-equals",
    ),
]


@pytest.mark.parametrize(("answers", "key", "message"), BAD_ANSWERS)
def test_a_bad_answer_gives_one_problem_naming_its_key(
    answers: dict[str, dict[str, Any]], key: str, message: str
) -> None:
    found = problems(answers)
    assert len(found) == 1, found
    assert found[0].startswith(key + ": ")
    assert message in found[0]


@pytest.mark.parametrize(("answers", "key", "message"), BAD_ANSWERS)
def test_build_entry_refuses_a_bad_answer_with_the_same_problem(
    answers: dict[str, dict[str, Any]], key: str, message: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        build(answers)
    assert raised.value.exit_code == 3
    assert "nothing was saved" in raised.value.message
    assert any(p.startswith(key + ": ") and message in p for p in raised.value.problems)


def test_several_problems_are_all_reported_at_once() -> None:
    found = problems(
        {
            "countertransference": {"position": 9, "type2_signals": "rescuing"},
            "kiesler": {"messages": ["dominant"]},
        },
        client="Jan Jansen",
    )
    keys = sorted(p.split(":")[0] for p in found)
    assert keys == [
        "answers.countertransference.position",
        "answers.countertransference.type2_signals",
        "answers.kiesler.control_position",
        "client",
    ]


def test_a_required_question_of_a_set_that_is_not_answered_is_not_asked_for() -> None:
    # kiesler.control_position is required, but only when kiesler is answered at all
    assert problems({"countertransference": {"position": 4}}) == []


def test_an_empty_set_still_asks_for_its_required_questions() -> None:
    assert problems({"kiesler": {}}) == [
        "answers.kiesler.control_position: this question is required"
    ]


def test_a_question_shown_by_an_earlier_answer_may_be_answered() -> None:
    assert (
        problems({"kiesler": {"control_position": 4, "messages": ["hostile"], "pull_strength": 3}})
        == []
    )


@pytest.mark.parametrize("code", ["Jan Jansen", "jan jansen", "K 7"])
def test_a_client_code_with_a_space_is_refused_as_a_name(code: str) -> None:
    found = problems({"countertransference": {"position": 4}}, client=code)
    assert len(found) == 1
    assert found[0].startswith("client: ")
    assert repr(code) in found[0]
    assert "never a name" in found[0]


@pytest.mark.parametrize("code", ["", "   "])
def test_an_empty_client_code_is_refused(code: str) -> None:
    assert problems({"countertransference": {"position": 4}}, client=code) == [
        "client: give a client code"
    ]


@pytest.mark.parametrize("code", ["k7", "MW-03", "a.b_c", " k7 "])
def test_a_client_code_is_accepted(code: str) -> None:
    assert problems({"countertransference": {"position": 4}}, client=code) == []


def test_a_submission_without_answers_or_note_is_refused() -> None:
    assert problems({}) == ["answers: no answer and no note: there is nothing to save"]
    assert problems({"self-care": {"need_now": "  "}}) == [
        "answers: no answer and no note: there is nothing to save"
    ]
    assert problems({}, note="   ") == ["answers: no answer and no note: there is nothing to save"]
    with pytest.raises(InvalidInput) as raised:
        build({})
    assert raised.value.problems == ["answers: no answer and no note: there is nothing to save"]


def test_a_note_alone_is_enough_to_save() -> None:
    assert problems({}, note="short call, nothing to fill in") == []
    entry = build({}, note="short call, nothing to fill in")
    assert entry.sets == []
    assert entry.note == "short call, nothing to fill in"


def test_a_note_that_is_too_long_is_refused() -> None:
    found = problems({"countertransference": {"position": 4}}, note="x" * 20_001)
    assert found == ["note: longer than 20000 characters"]


# --- a valid submission becomes an entry with the wording -----------------------------------


def test_a_scale_answer_keeps_prompt_range_and_the_anchors_of_the_ends_and_the_value() -> None:
    entry = build({"countertransference": {"position": 6}})
    (answered_set,) = entry.sets
    assert answered_set.id == "countertransference"
    assert answered_set.version == CATALOG.get("countertransference").version
    assert answered_set.title.en == "Countertransference – between distance and closeness"
    assert answered_set.title.nl == "Tegenoverdracht – tussen afstand en nabijheid"
    (answer,) = answered_set.answers
    assert answer.question == "position"
    assert answer.type == "scale"
    assert answer.value == 6
    assert answer.prompt.en == "Where did I stand in this session between distance and closeness?"
    assert answer.prompt.nl == "Waar stond ik in deze sessie tussen afstand en nabijheid?"
    assert (answer.min, answer.max) == (1, 7)
    assert sorted(answer.anchors) == [1, 6, 7]
    assert answer.anchors[1] == Text(nl="veel te afstandelijk", en="far too distant")
    assert answer.anchors[6] == Text(nl="te dichtbij", en="too close")
    assert answer.anchors[7].en == "far too close (over-involved)"
    assert answer.tags == {"axis": "affiliation"}
    assert answer.options == []


def test_a_scale_answer_at_an_end_keeps_only_the_two_ends() -> None:
    entry = build({"countertransference": {"position": 1}})
    assert sorted(entry.sets[0].answers[0].anchors) == [1, 7]


def test_a_checklist_answer_keeps_the_labels_and_tags_of_the_chosen_options() -> None:
    entry = build(
        {"countertransference": {"position": 6, "type2_signals": ["rescuing", "merging"]}}
    )
    answer = next(a for a in entry.sets[0].answers if a.question == "type2_signals")
    assert answer.value == ["rescuing", "merging"]
    assert answer.prompt.en is not None and answer.prompt.en.startswith("Which signals of too much")
    assert answer.prompt.nl is not None and answer.prompt.nl.startswith(
        "Welke signalen van te veel"
    )
    assert [o.id for o in answer.options] == ["merging", "rescuing"]  # in the set's order
    merging = answer.options[0]
    assert merging.label.en == "merging, getting entangled in the client's story"
    assert merging.label.nl == "vervloeien, verstrikt raken in het verhaal van de cliënt"
    assert all(o.tags == {"pole": "proximity"} for o in answer.options)


def test_a_choice_answer_keeps_the_label_and_feedback_of_the_chosen_option() -> None:
    entry = build({"countertransference": {"position": 4, "reaction_source": "own_history"}})
    answer = next(a for a in entry.sets[0].answers if a.question == "reaction_source")
    (option,) = answer.options
    assert option.id == "own_history"
    assert option.label.en is not None and option.label.en.startswith("mainly my own history")
    assert option.feedback is not None
    assert option.feedback.nl is not None and option.feedback.nl.startswith("Dit opmerken")


def test_the_answers_are_kept_in_the_order_of_the_questions() -> None:
    entry = build(
        {
            "kiesler": {
                "next_time": "ask about the pull",
                "control_position": 5,
                "messages": ["submissive"],
                "pull_strength": 2,
            }
        }
    )
    assert [a.question for a in entry.sets[0].answers] == [
        "messages",
        "pull_strength",
        "control_position",
        "next_time",
    ]


def test_the_yesno_answer_and_the_question_it_shows_are_saved() -> None:
    entry = build(
        {"home-visit": {"closeness": 2, "felt_safe": False, "unsafe_because": "aggression"}}
    )
    values = {a.question: a.value for a in entry.sets[0].answers}
    assert values == {"closeness": 2, "felt_safe": False, "unsafe_because": "aggression"}


def test_the_client_code_is_upper_cased_and_trimmed() -> None:
    assert build({"countertransference": {"position": 4}}, client=" mw-03 ").client == "MW-03"
    assert normalise_client("k7") == "K7"


def test_empty_text_answers_and_sets_are_dropped() -> None:
    entry = build(
        {
            "countertransference": {"position": 4, "what_pulled": "   ", "type2_signals": []},
            "self-care": {"need_now": "\n\t "},
        }
    )
    assert [s.id for s in entry.sets] == ["countertransference"]
    assert [a.question for a in entry.sets[0].answers] == ["position"]


def test_texts_are_saved_without_surrounding_white_space() -> None:
    entry = build(
        {"countertransference": {"position": 4, "what_pulled": "  her silence\n"}},
        note="\n  a note  ",
        supervision=True,
        supervision_question="  why do I rescue?  ",
    )
    assert entry.sets[0].answers[1].value == "her silence"
    assert entry.note == "a note"
    assert entry.supervision is True
    assert entry.supervision_question == "why do I rescue?"


def test_a_blank_note_is_saved_as_no_note() -> None:
    assert build({"countertransference": {"position": 4}}, note="  ").note is None


def test_a_supervision_question_without_supervision_is_not_saved() -> None:
    entry = build(
        {"countertransference": {"position": 4}},
        supervision=False,
        supervision_question="is dropped",
    )
    assert entry.supervision is False
    assert entry.supervision_question is None


def test_the_entry_gets_a_new_id_the_date_and_the_creation_time() -> None:
    entry = build({"countertransference": {"position": 4}})
    assert str(uuid.UUID(entry.id)) == entry.id
    assert entry.created == NOW
    assert entry.updated is None
    assert entry.date == TODAY
    other = build({"countertransference": {"position": 4}}, date=date(2026, 10, 1))
    assert other.date == date(2026, 10, 1)
    assert other.id != entry.id


# --- is_shown ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question_id", "earlier", "shown"),
    [
        # any_of on a checklist
        ("why_longer", {"what_happened": ["stayed_longer"]}, True),
        ("why_longer", {"what_happened": ["kept_to_list", "extra_tasks"]}, True),
        ("why_longer", {"what_happened": ["kept_to_list"]}, False),
        ("why_longer", {"what_happened": []}, False),
        ("why_longer", {}, False),
        # at_least 4 on a 1..5 scale
        ("pulled_close", {"closeness": 4}, True),
        ("pulled_close", {"closeness": 5}, True),
        ("pulled_close", {"closeness": 3}, False),
        ("pulled_close", {}, False),
        # at_most 2
        ("kept_away", {"closeness": 2}, True),
        ("kept_away", {"closeness": 1}, True),
        ("kept_away", {"closeness": 3}, False),
        ("kept_away", {"closeness": True}, False),  # a bool is not a scale value
        # equals false on a yes/no question
        ("unsafe_because", {"felt_safe": False}, True),
        ("unsafe_because", {"felt_safe": True}, False),
        ("unsafe_because", {"felt_safe": 0}, False),
        ("unsafe_because", {}, False),
        # equals an option id of a choice
        ("told_someone", {"unsafe_because": "aggression"}, True),
        ("told_someone", {"unsafe_because": "alone"}, False),
        # equals 0 on a scale: false is not 0
        ("drained_note", {"energy": 0}, True),
        ("drained_note", {"energy": False}, False),
        ("drained_note", {"energy": 1}, False),
        # no condition
        ("leave_behind", {}, True),
    ],
)
def test_is_shown(question_id: str, earlier: dict[str, Any], shown: bool) -> None:
    assert is_shown(question("home-visit", question_id), earlier) is shown


def test_is_shown_any_of_on_a_choice_answer() -> None:
    pull = question("kiesler", "pull_strength")
    assert is_shown(pull, {"messages": ["friendly"]}) is True
    assert is_shown(pull, {"messages": "friendly"}) is True


# --- apply_edit -------------------------------------------------------------------------------

BOTH_SETS = {
    "countertransference": {"position": 6, "type2_signals": ["rescuing"]},
    "kiesler": {"control_position": 3, "messages": ["dominant"], "pull_strength": 2},
}


def catalog_without(set_id: str) -> Catalog:
    return Catalog(sets={k: v for k, v in CATALOG.sets.items() if k != set_id})


def catalog_with_new_wording(set_id: str) -> Catalog:
    loaded = CATALOG.sets[set_id]
    reworded = msgspec.structs.replace(
        loaded.questionnaire,
        version=loaded.questionnaire.version + 1,
        title=StoredText(en="A new title", nl="Een nieuwe titel"),
    )
    sets = dict(CATALOG.sets)
    sets[set_id] = LoadedSet(reworded, "user", loaded.path, replaces_shipped=True)
    return Catalog(sets=sets)


def test_apply_edit_keeps_the_snapshot_of_a_set_that_is_no_longer_in_the_catalog() -> None:
    entry = build(BOTH_SETS)
    edited_submission = msgspec.structs.replace(submission_from_entry(entry), note="new insight")
    edited = apply_edit(
        entry, edited_submission, catalog_without("kiesler"), now=LATER, today=LATER.date()
    )
    assert edited.note == "new insight"
    assert [s.id for s in edited.sets] == ["countertransference", "kiesler"]
    assert edited.sets == entry.sets
    assert edited.updated == LATER
    assert (edited.id, edited.created, edited.date) == (entry.id, entry.created, entry.date)


def test_apply_edit_keeps_the_old_wording_of_an_untouched_set() -> None:
    entry = build(BOTH_SETS)
    submission = submission_from_entry(entry)
    changed = msgspec.structs.replace(
        submission, answers={**submission.answers, "kiesler": {"control_position": 5}}
    )
    edited = apply_edit(
        entry,
        changed,
        catalog_with_new_wording("countertransference"),
        now=LATER,
        today=LATER.date(),
    )
    countertransference, kiesler = edited.sets
    assert countertransference == entry.sets[0]
    assert countertransference.title.en == "Countertransference – between distance and closeness"
    assert countertransference.version == CATALOG.get("countertransference").version
    assert [(a.question, a.value) for a in kiesler.answers] == [("control_position", 5)]


def test_apply_edit_takes_the_new_wording_for_a_changed_set() -> None:
    entry = build(BOTH_SETS)
    submission = submission_from_entry(entry)
    changed = msgspec.structs.replace(
        submission, answers={**submission.answers, "countertransference": {"position": 2}}
    )
    edited = apply_edit(
        entry,
        changed,
        catalog_with_new_wording("countertransference"),
        now=LATER,
        today=LATER.date(),
    )
    assert edited.sets[0].title.en == "A new title"
    assert edited.sets[0].version == CATALOG.get("countertransference").version + 1
    assert edited.sets[0].answers[0].value == 2
    assert sorted(edited.sets[0].answers[0].anchors) == [1, 2, 7]
    assert edited.sets[1] == entry.sets[1]


def test_apply_edit_returns_the_same_entry_when_nothing_changed() -> None:
    entry = build(BOTH_SETS, note="as it was")
    same = apply_edit(entry, submission_from_entry(entry), CATALOG, now=LATER, today=LATER.date())
    assert same is entry
    assert same.updated is None


def test_apply_edit_with_a_trimmed_equal_note_changes_nothing() -> None:
    entry = build(BOTH_SETS, note="as it was")
    submission = msgspec.structs.replace(submission_from_entry(entry), note="  as it was \n")
    assert apply_edit(entry, submission, CATALOG, now=LATER, today=LATER.date()) is entry


def test_apply_edit_checks_the_changed_answers() -> None:
    entry = build(BOTH_SETS)
    submission = submission_from_entry(entry)
    changed = msgspec.structs.replace(
        submission, answers={**submission.answers, "countertransference": {"position": 9}}
    )
    with pytest.raises(InvalidInput) as raised:
        apply_edit(entry, changed, CATALOG, now=LATER, today=LATER.date())
    assert raised.value.problems == ["answers.countertransference.position: 9 lies outside 1..7"]


def test_apply_edit_refuses_a_name_as_client() -> None:
    entry = build(BOTH_SETS)
    submission = msgspec.structs.replace(submission_from_entry(entry), client="Jan Jansen")
    with pytest.raises(InvalidInput) as raised:
        apply_edit(entry, submission, CATALOG, now=LATER, today=LATER.date())
    assert [p.split(":")[0] for p in raised.value.problems] == ["client"]


def test_apply_edit_upper_cases_a_new_client_and_moves_the_date() -> None:
    entry = build(BOTH_SETS)
    submission = msgspec.structs.replace(
        submission_from_entry(entry), client="mw-03", date=date(2026, 9, 30)
    )
    edited = apply_edit(entry, submission, CATALOG, now=LATER, today=LATER.date())
    assert edited.client == "MW-03"
    assert edited.date == date(2026, 9, 30)
    assert edited.month == "2026-09"
    assert edited.updated == LATER


def test_apply_edit_may_drop_a_set_but_not_everything() -> None:
    entry = build(BOTH_SETS)
    submission = submission_from_entry(entry)
    without_kiesler = msgspec.structs.replace(
        submission, answers={"countertransference": submission.answers["countertransference"]}
    )
    edited = apply_edit(entry, without_kiesler, CATALOG, now=LATER, today=LATER.date())
    assert [s.id for s in edited.sets] == ["countertransference"]
    with pytest.raises(InvalidInput) as raised:
        apply_edit(
            entry,
            msgspec.structs.replace(submission, answers={}),
            CATALOG,
            now=LATER,
            today=LATER.date(),
        )
    assert raised.value.problems == ["answers: no answer and no note: there is nothing to save"]


def test_apply_edit_turning_supervision_off_drops_the_question() -> None:
    entry = build(BOTH_SETS, supervision=True, supervision_question="why rescue?")
    submission = msgspec.structs.replace(submission_from_entry(entry), supervision=False)
    edited = apply_edit(entry, submission, CATALOG, now=LATER, today=LATER.date())
    assert edited.supervision is False
    assert edited.supervision_question is None


@pytest.mark.parametrize("value", [3.5, {"a": 1}, "three"])
def test_apply_edit_refuses_a_wrong_value_in_a_changed_set_with_every_problem(
    value: Any,
) -> None:
    entry = build(BOTH_SETS)
    submission = submission_from_entry(entry)
    changed = msgspec.structs.replace(
        submission,
        client="Jan Jansen",
        answers={**submission.answers, "countertransference": {"position": value}},
    )
    with pytest.raises(InvalidInput) as raised:
        apply_edit(entry, changed, CATALOG, now=LATER, today=LATER.date())
    assert [p.split(":")[0] for p in raised.value.problems] == [
        "client",
        "answers.countertransference.position",
    ]


def test_apply_edit_refuses_to_move_the_session_into_the_future() -> None:
    entry = build(BOTH_SETS)
    tomorrow = date(2026, 10, 10)
    submission = msgspec.structs.replace(submission_from_entry(entry), date=tomorrow)
    with pytest.raises(InvalidInput) as raised:
        apply_edit(entry, submission, CATALOG, now=LATER, today=LATER.date())
    assert raised.value.message == "2026-10-10 lies in the future"
    moved = apply_edit(entry, submission, CATALOG, now=LATER, today=tomorrow)
    assert moved.date == tomorrow


def test_apply_edit_leaves_a_date_it_does_not_change_alone() -> None:
    # a session dated ahead of today's clock (another time zone) stays editable
    entry = build(BOTH_SETS)
    submission = msgspec.structs.replace(submission_from_entry(entry), note="later insight")
    edited = apply_edit(entry, submission, CATALOG, now=LATER, today=date(2026, 10, 1))
    assert (edited.date, edited.note) == (entry.date, "later insight")
