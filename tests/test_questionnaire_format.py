"""The question-set format: every way a file can be wrong, and the message the user then reads.

Each failure mode has its own small fixture under fixtures/questionnaires/invalid/; the first
line of each says what is wrong with it. Line numbers below are lines in those files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from afstand.i18n import set_language
from afstand.models.question_set import QuestionSet
from afstand.questionnaires.catalog import check_file
from afstand.questionnaires.tags import KNOWN_TAGS
from afstand.yaml_reader import MAX_BYTES, MAX_DEPTH

FIXTURES = Path(__file__).parent / "fixtures" / "questionnaires"
INVALID = FIXTURES / "invalid"
VALID = FIXTURES / "valid"
HOME_VISIT = VALID / "home-visit.yaml"


def problems(case: str) -> tuple[Path, list[str]]:
    """The rendered problems of one invalid fixture; the file must not load."""
    path = INVALID / f"{case}.yaml"
    assert path.is_file(), f"missing fixture {path}"
    found, questionnaire = check_file(path)
    assert questionnaire is None, f"{case}.yaml loaded although it is invalid"
    return path, [problem.render() for problem in found]


def only_problem(case: str) -> tuple[Path, str]:
    path, lines = problems(case)
    assert len(lines) == 1, lines
    return path, lines[0]


def assert_field_problem(line: str, path: Path, field: str, line_no: int, *words: str) -> None:
    """`file: field.path: message (line N)`, with the key words of the message."""
    assert line.startswith(f"{path}: {field}: "), line
    assert line.endswith(f" (line {line_no})"), line
    for word in words:
        assert word in line, f"{word!r} not in {line!r}"


def assert_located_problem(line: str, path: Path, where: str, *words: str) -> None:
    """`file:line[:col]: message`, for problems found while reading the YAML itself."""
    assert line.startswith(f"{path}:{where}: "), line
    for word in words:
        assert word in line, f"{word!r} not in {line!r}"


def valid_text(**replace: str) -> str:
    """A small valid set as text; `replace` swaps exact snippets to break it."""
    text = (
        "id: small-set\n"
        "version: 1\n"
        "title:\n  en: Small set\n"
        "description:\n  en: A set for the tests.\n"
        "source: afstand tests\n"
        "questions:\n"
        "  - id: felt_pull\n"
        "    type: yesno\n"
        "    prompt:\n"
        "      en: Did I feel a pull?\n"
    )
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new)
    return text


# --- reading the YAML --------------------------------------------------------------------------


def test_yaml_syntax_error_names_file_line_and_column() -> None:
    path, line = only_problem("syntax_error")
    assert_located_problem(line, path, "12:15", "YAML error", "mapping values are not allowed")


def test_a_list_instead_of_a_mapping_is_refused() -> None:
    path, line = only_problem("not_mapping")
    assert line == f"{path}:1: a question set must be a mapping with id, version, title, ..."


def test_an_empty_file_is_refused() -> None:
    path, line = only_problem("empty")
    assert_located_problem(line, path, "1", "must be a mapping")


def test_aliases_are_refused_before_they_expand_billion_laughs() -> None:
    path, line = only_problem("billion_laughs")
    # the first alias stands on line 3, column 8: `b: &b [*a, ...`
    assert_located_problem(line, path, "3:8", "aliases", "not supported")


def test_an_alias_that_reuses_a_text_is_refused() -> None:
    path, line = only_problem("alias_text")
    assert_located_problem(line, path, "16:13", "aliases (*name) are not supported")


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    path, line = only_problem("too_deep")
    assert_located_problem(line, path, "3:46", f"nested more than {MAX_DEPTH} levels deep")


def test_bytes_that_are_not_utf8_are_refused_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    text = valid_text(**{"Did I feel a pull?": "Voelde ik een trek naar de cliënt?"})
    path.write_bytes(text.encode("latin-1"))
    found, questionnaire = check_file(path)
    assert questionnaire is None
    assert [p.render() for p in found] == [f"{path}:12: the file is not UTF-8 text"]


def test_utf16_is_refused_as_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "utf16.yaml"
    path.write_bytes(valid_text().encode("utf-16"))
    found, _ = check_file(path)
    assert [p.render() for p in found] == [f"{path}:1: the file is not UTF-8 text"]


def test_utf8_with_bom_and_windows_line_ends_is_read(tmp_path: Path) -> None:
    """A file saved by Notepad on Windows must load like any other."""
    path = tmp_path / "windows.yaml"
    path.write_bytes(("\ufeff" + valid_text()).replace("\n", "\r\n").encode("utf-8"))
    found, questionnaire = check_file(path)
    assert found == []
    assert questionnaire is not None
    assert questionnaire.questions[0].prompt.en == "Did I feel a pull?"


def test_a_file_over_the_size_limit_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    padding = "# " + "x" * (MAX_BYTES + 10) + "\n"
    path.write_text(valid_text() + padding, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    found, questionnaire = check_file(path)
    assert questionnaire is None
    assert [p.render() for p in found] == [f"{path}: the file is larger than 1000 kB"]


def test_a_large_file_under_the_limit_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "large.yaml"
    padding = "# " + "x" * (MAX_BYTES - 5_000) + "\n"
    path.write_text(padding + valid_text(), encoding="utf-8")
    assert path.stat().st_size <= MAX_BYTES
    found, questionnaire = check_file(path)
    assert found == []
    assert questionnaire is not None


def test_a_key_written_twice_is_reported() -> None:
    """YAML keeps the last of two equal keys; the first text must not vanish without a word."""
    path, lines = problems("duplicate_key")
    assert len(lines) == 1, lines
    # either `file:16:5: ...` or `file: questions.0.help: ... (line 16)`
    assert lines[0].startswith(str(path)), lines[0]
    assert "help" in lines[0]
    assert "16" in lines[0]


# --- unknown and missing keys -----------------------------------------------------------------


def test_unknown_key_at_top_level() -> None:
    path, line = only_problem("unknown_key_top")
    assert_field_problem(line, path, "author", 14, "unknown key")


def test_typo_in_a_question_key_is_an_unknown_key() -> None:
    path, lines = problems("unknown_key_question")
    assert f"{path}: questions.0.promt: unknown key (line 12)" in lines
    # the real key is then missing: reported at the question's own line
    assert f"{path}: questions.0.prompt: required key is missing (line 10)" in lines
    assert len(lines) == 2, lines


def test_typo_in_an_option_key_is_an_unknown_key() -> None:
    path, line = only_problem("unknown_key_option")
    assert_field_problem(line, path, "questions.0.options.1.feedbak", 21, "unknown key")


@pytest.mark.parametrize(
    "case", ["missing_id", "missing_version", "missing_title", "missing_questions"]
)
def test_missing_required_key_of_the_set(case: str) -> None:
    key = case.removeprefix("missing_")
    path, line = only_problem(case)
    # a key that is not there has no line of its own: the set's first line is named
    assert_field_problem(line, path, key, 2, "required key is missing")


def test_missing_prompt_is_reported_at_its_question() -> None:
    path, line = only_problem("missing_prompt")
    assert_field_problem(line, path, "questions.1.prompt", 14, "required key is missing")


def test_all_schema_problems_of_a_file_are_reported_at_once() -> None:
    path, lines = problems("several_problems")
    assert lines == [
        f"{path}: questions.0.promt_help: unknown key (line 12)",
        f"{path}: questions.1.anker: unknown key (line 24)",
        f"{path}: questions.2.requird: unknown key (line 29)",
    ]


def test_problems_are_rendered_in_dutch() -> None:
    set_language("nl")
    path, lines = problems("unknown_key_question")
    assert f"{path}: questions.0.promt: onbekende sleutel (regel 12)" in lines
    assert f"{path}: questions.0.prompt: verplichte sleutel ontbreekt (regel 10)" in lines


# --- ids, version, type -----------------------------------------------------------------------


def test_set_id_must_be_kebab_case() -> None:
    path, line = only_problem("bad_set_id")
    assert_field_problem(line, path, "id", 2, "'Home_Visit'", "required form")


def test_question_id_must_be_lowercase_without_spaces() -> None:
    path, line = only_problem("bad_question_id")
    assert_field_problem(line, path, "questions.0.id", 10, "'Felt pull'", "required form")


def test_version_zero_is_refused() -> None:
    path, line = only_problem("version_zero")
    assert_field_problem(line, path, "version", 3, "0", "out of the allowed range")


def test_version_as_a_string_is_refused() -> None:
    path, line = only_problem("version_string")
    assert_field_problem(line, path, "version", 3, "must be an integer", "'1'")


def test_version_as_a_fraction_is_refused() -> None:
    path, line = only_problem("version_float")
    assert_field_problem(line, path, "version", 3, "must be an integer", "1.5")


def test_unknown_question_type_lists_the_known_ones() -> None:
    path, line = only_problem("unknown_question_type")
    assert_field_problem(line, path, "questions.0.type", 11, "'slider'", "is not one of")
    for kind in ("scale", "choice", "checklist", "yesno", "text"):
        assert f"'{kind}'" in line


# --- texts -------------------------------------------------------------------------------------


def test_text_in_an_unknown_language_is_refused() -> None:
    path, line = only_problem("text_unknown_language")
    assert_field_problem(line, path, "questions.0.prompt.de", 14, "unknown key")


def test_text_without_any_language_is_refused() -> None:
    path, line = only_problem("text_no_language")
    assert_field_problem(
        line, path, "questions.0.prompt", 12, "needs a text in at least one language (nl, en)"
    )


def test_text_that_is_only_blank_is_refused() -> None:
    path, line = only_problem("text_empty")
    assert_field_problem(line, path, "questions.0.prompt", 12, "at least one language")


# --- scales ------------------------------------------------------------------------------------


def test_scale_without_min_and_max() -> None:
    path, line = only_problem("scale_without_range")
    assert_field_problem(line, path, "questions.0", 10, "a scale needs 'min' and 'max'")


def test_scale_min_must_be_below_max() -> None:
    path, line = only_problem("scale_min_not_below_max")
    assert_field_problem(line, path, "questions.0.max", 13, "'min' (5) must be less than 'max' (5)")


def test_anchor_outside_the_range() -> None:
    path, line = only_problem("anchor_out_of_range")
    assert_field_problem(line, path, "questions.0.anchors.9", 19, "anchor 9", "outside 1..5")


def test_anchors_must_include_both_ends() -> None:
    path, line = only_problem("anchors_missing_end")
    assert_field_problem(line, path, "questions.0.anchors", 16, "anchors for 1 and 5", "two ends")


# --- options -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "kind", "line_no"),
    [
        ("options_on_scale", "scale", 19),
        ("options_on_yesno", "yesno", 14),
        ("options_on_text", "text", 14),
    ],
)
def test_options_on_a_question_that_has_none(case: str, kind: str, line_no: int) -> None:
    path, line = only_problem(case)
    assert_field_problem(line, path, "questions.0.options", line_no, f"a {kind} question")


def test_choice_needs_two_options() -> None:
    path, line = only_problem("choice_one_option")
    assert_field_problem(line, path, "questions.0.options", 14, "choice", "at least 2")


def test_checklist_needs_one_option() -> None:
    path, line = only_problem("checklist_no_options")
    assert_field_problem(line, path, "questions.0.options", 14, "checklist", "at least 1")


def test_duplicate_question_id() -> None:
    path, line = only_problem("duplicate_question_id")
    assert_field_problem(line, path, "questions.1.id", 14, "'felt_pull'", "questions.0")


def test_duplicate_option_id() -> None:
    path, line = only_problem("duplicate_option_id")
    assert_field_problem(line, path, "questions.0.options.1.id", 17, "'calm'", "used before")


# --- tags --------------------------------------------------------------------------------------


def test_value_not_of_a_known_dimension() -> None:
    path, line = only_problem("tag_value_unknown")
    assert_field_problem(
        line, path, "questions.0.options.0.tags.pole", 17, "'far'", "distance, proximity"
    )


def test_axis_on_an_option_is_refused() -> None:
    path, line = only_problem("axis_on_option")
    assert_field_problem(
        line, path, "questions.0.options.0.tags.axis", 17, "'axis' belongs on a scale only"
    )


def test_tags_on_a_question_that_is_not_a_scale() -> None:
    path, line = only_problem("tags_on_non_scale")
    assert_field_problem(line, path, "questions.0.tags", 12, "scale only", "on the options")


def test_option_dimensions_on_a_scale_are_refused() -> None:
    """The format puts `pole` (and `octant`) on options only; on a scale the report ignores it."""
    path, lines = problems("pole_on_scale")
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: questions.0.tags"), lines[0]
    assert "pole" in lines[0]


def test_an_unknown_tag_dimension_is_allowed() -> None:
    found, questionnaire = check_file(HOME_VISIT)
    assert found == []
    assert questionnaire is not None
    closeness = questionnaire.question("closeness")
    assert closeness is not None
    assert "setting" not in KNOWN_TAGS
    assert closeness.tags == {"axis": "affiliation", "setting": "home-visit"}
    happened = questionnaire.question("what_happened")
    assert happened is not None
    option = happened.option("family_pressure")
    assert option is not None
    assert option.tags == {"pressure": "family"}


# --- show_if -----------------------------------------------------------------------------------


def test_show_if_referring_to_a_later_question() -> None:
    path, line = only_problem("show_if_later_question")
    assert_field_problem(
        line, path, "questions.0.show_if.question", 12, "'felt_pull'", "not an earlier question"
    )


def test_a_quick_question_cannot_depend_on_one_only_deepening_asks() -> None:
    path, line = only_problem("show_if_quick_on_slow")
    assert_field_problem(
        line, path, "questions.1.show_if.question", 17, "'felt_pull'", "quick: true"
    )


def test_a_question_marked_quick_is_read(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(valid_text(**{"    type: yesno\n": "    type: yesno\n    quick: true\n"}))
    found, questionnaire = check_file(path)
    assert found == [] and questionnaire is not None
    assert questionnaire.questions[0].quick is True


def test_quick_must_be_true_or_false(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(valid_text(**{"    type: yesno\n": "    type: yesno\n    quick: often\n"}))
    found, questionnaire = check_file(path)
    assert questionnaire is None
    assert any("questions.0.quick" in problem.render() for problem in found)


def test_show_if_referring_to_an_unknown_question() -> None:
    path, line = only_problem("show_if_unknown_question")
    assert_field_problem(
        line, path, "questions.1.show_if.question", 16, "'felt_push'", "not an earlier question"
    )


@pytest.mark.parametrize(("case", "line_no"), [("show_if_two_tests", 21), ("show_if_no_test", 16)])
def test_show_if_needs_exactly_one_test(case: str, line_no: int) -> None:
    path, line = only_problem(case)
    assert_field_problem(
        line,
        path,
        "questions.1.show_if",
        line_no,
        "needs exactly one of equals, any_of, at_least, at_most",
    )


def test_show_if_equals_a_value_a_yesno_cannot_have() -> None:
    path, line = only_problem("show_if_equals_wrong_type")
    assert_field_problem(
        line,
        path,
        "questions.1.show_if.equals",
        16,
        "'maybe' is not a possible answer to 'felt_pull' (yesno)",
    )


def test_show_if_equals_a_value_outside_the_scale() -> None:
    path, line = only_problem("show_if_equals_out_of_range")
    assert_field_problem(
        line, path, "questions.1.show_if.equals", 21, "7 is not a possible answer to 'closeness'"
    )


def test_show_if_any_of_with_unknown_option_ids() -> None:
    path, line = only_problem("show_if_any_of_unknown_option")
    assert_field_problem(
        line, path, "questions.1.show_if.any_of", 21, "'signals'", "unknown: rescued, stayed_longer"
    )
    assert "withdrew" not in line  # a known option is not listed as unknown


def test_show_if_at_least_on_a_question_that_is_not_a_scale() -> None:
    path, line = only_problem("show_if_at_least_on_non_scale")
    assert_field_problem(
        line, path, "questions.1.show_if.at_least", 16, "fit a scale only", "'felt_pull'"
    )


# --- the valid example -------------------------------------------------------------------------


@pytest.fixture
def home_visit() -> QuestionSet:
    found, questionnaire = check_file(HOME_VISIT)
    assert [p.render() for p in found] == []
    assert questionnaire is not None
    return questionnaire


def test_every_invalid_fixture_has_a_test() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    unused = [p.name for p in sorted(INVALID.glob("*.yaml")) if f'"{p.stem}"' not in source]
    assert unused == []


def test_the_example_set_uses_every_feature(home_visit: QuestionSet) -> None:
    questions = home_visit.questions
    assert {q.type for q in questions} == {"scale", "choice", "checklist", "yesno", "text"}
    assert any(q.help is not None for q in questions)
    assert any(q.required for q in questions)
    assert any(not q.required for q in questions)
    tests_used = {
        name
        for q in questions
        if q.show_if is not None
        for name in ("equals", "any_of", "at_least", "at_most")
        if getattr(q.show_if, name) is not None
    }
    assert tests_used == {"equals", "any_of", "at_least", "at_most"}
    equals_kinds = {
        type(q.show_if.equals).__name__
        for q in questions
        if q.show_if is not None and q.show_if.equals is not None
    }
    assert equals_kinds == {"bool", "str", "int"}  # yes/no, choice option and scale value
    options = [o for q in questions for o in q.options]
    assert any(o.feedback is not None for o in options)
    dimensions = {d for q in questions for d in q.tags} | {d for o in options for d in o.tags}
    assert dimensions & set(KNOWN_TAGS)
    assert dimensions - set(KNOWN_TAGS)


def test_the_example_set_speaks_dutch_and_english(home_visit: QuestionSet) -> None:
    from afstand.models.text import Text

    texts: list[Text] = [home_visit.title, home_visit.description]
    for question in home_visit.questions:
        texts.append(question.prompt)
        texts.extend(x for x in (question.help,) if x is not None)
        texts.extend(question.anchors.values())
        for option in question.options:
            texts.append(option.label)
            texts.extend(x for x in (option.feedback,) if x is not None)
    assert len(texts) > 20
    assert [text for text in texts if text.missing_languages()] == []
