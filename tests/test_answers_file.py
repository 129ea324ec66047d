"""Reading an answers file (`reflect --answers`, `edit`): its shape is checked in one pass that
names every problem at once, in the user's language, and the texts come out clean."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import msgspec
import pytest

from afstand.errors import InvalidInput
from afstand.i18n import Language, set_language
from afstand.models.submission import Submission
from afstand.reflection.answers_file import parse_submission, submission_as_yaml


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


def refused(text: str, overrides: dict[str, object] | None = None) -> list[str]:
    with pytest.raises(InvalidInput) as raised:
        parse_submission(text, "answers.yaml", overrides)
    return raised.value.problems


MANY_MISTAKES = """\
clint: K7
date: hello
note: 5
supervision: yes-ish
supervision_question: [why]
answers:
  countertransference: 5
  kiesler:
    1: 2
"""

EVERY_PROBLEM = {
    "en": [
        "client: required key is missing",
        "date: must be a date (YYYY-MM-DD), not 'hello'",
        "note: must be a text, not 5",
        "supervision: must be true or false, not 'yes-ish'",
        "supervision_question: must be a text, not ['why']",
        "answers.countertransference: must be a mapping (key: value), not 5",
        "answers.kiesler.1: must be a text, not 1",
        "clint: unknown key",
    ],
    "nl": [
        "client: verplichte sleutel ontbreekt",
        "date: moet een datum (JJJJ-MM-DD) zijn, niet 'hello'",
        "note: moet een tekst zijn, niet 5",
        "supervision: moet true of false zijn, niet 'yes-ish'",
        "supervision_question: moet een tekst zijn, niet ['why']",
        "answers.countertransference: moet een mapping (sleutel: waarde) zijn, niet 5",
        "answers.kiesler.1: moet een tekst zijn, niet 1",
        "clint: onbekende sleutel",
    ],
}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_mistake_in_the_shape_of_a_file_is_named_at_once(language: Language) -> None:
    set_language(language)
    assert refused(MANY_MISTAKES) == EVERY_PROBLEM[language]


def test_a_date_outside_the_years_is_named_beside_the_other_problems() -> None:
    assert refused("client: K7\ndate: 1899-12-31\nnote: 5\n") == [
        "date: 1899-12-31 lies outside the years the journal accepts (1900-01-01 to 2100-12-31)",
        "note: must be a text, not 5",
    ]
    # also when a required field is missing or wrong
    assert refused("date: 2101-01-01\nnote: 5\n") == [
        "client: required key is missing",
        "date: 2101-01-01 lies outside the years the journal accepts (1900-01-01 to 2100-12-31)",
        "note: must be a text, not 5",
    ]


def test_answers_changed_after_reading_are_cleaned_as_well() -> None:
    submission = msgspec.structs.replace(
        Submission(client="K7"),
        note="na\x1b[31m de sessie\x07",
        answers={"countertransference": {"what_pulled": "her\x1b[2J grief"}},
    )
    assert submission.note == "na de sessie"
    assert submission.answers["countertransference"]["what_pulled"] == "her grief"
    with pytest.raises(AttributeError):
        submission.note = "\x1b[31m"  # type: ignore[misc]
    with pytest.raises(ValueError, match="1899-12-31"):
        msgspec.structs.replace(submission, date=date(1899, 12, 31))


def test_a_date_outside_the_years_alone() -> None:
    assert refused('{"client": "K7", "date": "0026-11-03"}') == [
        "date: 0026-11-03 lies outside the years the journal accepts (1900-01-01 to 2100-12-31)"
    ]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("2026-1-2", "'2026-1-2'"),
        ("2026-01-02 10:00", "'2026-01-02 10:00'"),
        ("2026-01-02 00:00", "'2026-01-02 00:00'"),
        ("20260102", "20260102"),
        ("'2026-02-30'", "'2026-02-30'"),
    ],
)
def test_a_date_that_is_no_plain_date_is_refused_in_words(typed: str, shown: str) -> None:
    assert refused(f"client: K7\ndate: {typed}\n") == [
        f"date: must be a date (YYYY-MM-DD), not {shown}"
    ]


def test_a_date_with_a_time_in_json_is_refused_in_words() -> None:
    text = json.dumps({"client": "K7", "date": "2026-01-02T10:00:00"})
    assert refused(text) == ["date: must be a date (YYYY-MM-DD), not '2026-01-02T10:00:00'"]


def test_a_hand_typed_json_file_gives_its_date_as_text() -> None:
    text = '{"client": "K7", "date": "2026-10-05", "answers": {"kiesler": {"pull_strength": 3}}}'
    submission = parse_submission(text, "answers.json")
    assert submission.date == date(2026, 10, 5)
    assert submission.answers == {"kiesler": {"pull_strength": 3}}
    assert submission.note is None
    assert submission.supervision is False


def test_a_yaml_date_is_read_as_a_date() -> None:
    assert parse_submission("client: K7\ndate: 2026-10-05\n", "a.yaml").date == date(2026, 10, 5)


def test_an_unknown_key_is_refused_not_skipped() -> None:
    assert refused("client: K7\nnotes: a typo of note\n") == ["notes: unknown key"]


def test_a_json_number_is_no_yes_or_no() -> None:
    assert refused('{"client": "K7", "supervision": 1}') == [
        "supervision: must be true or false, not 1"
    ]


def test_an_override_from_the_command_line_mends_the_file() -> None:
    assert refused("note: no client\n") == ["client: required key is missing"]
    assert parse_submission("note: no client\n", "a.yaml", {"client": "K7"}).client == "K7"


def test_a_client_code_read_as_a_number_still_shows_what_was_typed() -> None:
    assert refused("client: 0042\n") == ["client: 0042 was read as a number; a client code is text"]


def test_control_characters_leave_the_note_the_question_and_every_answer() -> None:
    text = (
        'client: K7\nnote: "she\\x07 said"\nsupervision: true\n'
        'supervision_question: "why\\x1b[31m?"\n'
        'answers:\n  countertransference:\n    what_pulled: "her\\x00 silence"\n'
        '    type2_signals: ["rescu\\x08ing", 3]\n    position: 5\n'
    )
    submission = parse_submission(text, "a.yaml")
    assert submission.note == "she said"
    assert submission.supervision_question == "why?"  # the escape sequence goes whole
    assert submission.answers["countertransference"] == {
        "what_pulled": "her silence",
        "type2_signals": ["rescuing", 3],
        "position": 5,
    }
    # the client code is not cleaned: it is refused by its own check
    assert parse_submission('{"client": "K\\u00077"}', "a.json").client == "K\x077"


def test_a_submission_the_program_makes_is_cleaned_the_same_way() -> None:
    made = Submission(client="K7", note="a\x07b", answers={"s": {"q": "c\x01d"}})
    assert (made.note, made.answers) == ("ab", {"s": {"q": "cd"}})


def test_the_file_to_edit_reads_back_as_the_same_answers() -> None:
    submission = Submission(
        client="K7",
        date=date(2026, 10, 5),
        note="a note: with # and 'quotes'",
        answers={"kiesler": {"messages": ["submissive"], "pull_strength": 3}},
    )
    text = submission_as_yaml(submission, "edit me\nthen save")
    assert text.startswith("# edit me\n# then save\n")
    assert "supervision_question" not in text  # no empty fields to puzzle over
    assert "date: '2026-10-05'" in text or "date: 2026-10-05" in text
    assert parse_submission(text, "edit") == submission


def test_reading_an_answers_file_loads_no_pydantic() -> None:
    """Saving from a file must start about as fast as `afstand --version` (issue #11), and
    loading pydantic alone would take longer than the rest of the save."""
    script = (
        "import sys\n"
        "from afstand.reflection.answers_file import parse_submission\n"
        "s = parse_submission('client: K7\\ndate: 2026-10-05\\nanswers:\\n"
        "  kiesler:\\n    pull_strength: 3\\n', 'a.yaml')\n"
        "assert s.answers == {'kiesler': {'pull_strength': 3}}, s\n"
        "from afstand.errors import InvalidInput\n"
        "try:\n"
        "    parse_submission('client: K7\\ndate: 1899-01-01\\nnote: 5\\n', 'b.yaml')\n"
        "except InvalidInput as error:\n"
        "    assert len(error.problems) == 2, error.problems\n"
        "print('pydantic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
