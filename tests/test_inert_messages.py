"""What a user typed, quoted back in an error, stays text: a key with an escape sequence or a
line break is shown as its escape, never sent to the terminal. And the mistakes a hand-typed
file can hold are each named as what they are: a date that does not exist, a key written
twice in JSON, an empty file name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afstand.user_files import DataRefused, parse_json
from helpers import Cli

ESC = "\x1b"


def answers_file(tmp_path: Path, text: str, name: str = "answers.json") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def nothing_saved(cli: Cli) -> None:
    listed = cli("list", "--json")
    assert listed.code == 0, listed.stderr
    assert json.loads(listed.stdout) == []


# -- 1: control characters in keys ------------------------------------------------------------


def test_an_escape_sequence_in_a_key_is_shown_as_its_escape(cli: Cli, tmp_path: Path) -> None:
    source = answers_file(tmp_path, '{"client":"K1","\\u001b[31mevil\\u001b]0;t\\u0007":1}')
    result = cli("reflect", "--answers", source)
    assert result.code == 3
    assert ESC not in result.stderr and "\x07" not in result.stderr
    assert "  \\x1b[31mevil\\x1b]0;t\\x07: unknown key\n" in result.stderr
    nothing_saved(cli)


def test_an_escape_sequence_in_a_set_or_question_id_is_shown_as_its_escape(
    cli: Cli, tmp_path: Path
) -> None:
    source = answers_file(
        tmp_path,
        '{"client":"K1","answers":{"x\\u001b[32mgreen":{"q":1},'
        '"countertransference":{"position":4,"p\\u001b[33mos\\u009b":1}}}',
    )
    result = cli("reflect", "--answers", source)
    assert result.code == 3
    assert ESC not in result.stderr and "\x9b" not in result.stderr
    assert "answers.x\\x1b[32mgreen: unknown question set" in result.stderr
    assert "answers.countertransference.p\\x1b[33mos\\x9b: unknown question" in result.stderr


def test_an_escape_sequence_in_a_key_of_a_set_file_is_shown_by_validate(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "set.yaml"
    path.write_text('id: k\nversion: 1\n"\\e[31mevil": 1\n', encoding="utf-8")
    result = cli("questionnaires", "validate", str(path))
    assert result.code == 1
    assert ESC not in result.stdout + result.stderr
    assert f"{path}: \\x1b[31mevil: unknown key (line 3)" in result.stdout


def test_a_line_break_in_a_key_cannot_start_a_line_of_its_own(cli: Cli, tmp_path: Path) -> None:
    source = answers_file(tmp_path, '{"client":"K1","a\\nhint: delete the journal":1}')
    result = cli("reflect", "--answers", source)
    assert result.code == 3
    lines = result.stderr.splitlines()
    assert "  a\\nhint: delete the journal: unknown key" in lines
    assert not any(line.startswith("hint: delete") for line in lines)


def test_a_right_to_left_override_in_a_key_is_shown_as_its_escape(cli: Cli, tmp_path: Path) -> None:
    source = answers_file(tmp_path, '{"client":"K1","b\\u202eevil":1}')
    result = cli("reflect", "--answers", source)
    assert "\u202e" not in result.stderr
    assert "  b\\u202eevil: unknown key" in result.stderr


def test_an_escape_sequence_in_a_named_id_is_shown_as_its_escape(cli: Cli) -> None:
    result = cli("show", "\x1b[31mx")
    assert result.code != 0
    assert ESC not in result.stderr
    assert "\\x1b[31mx" in result.stderr


def test_rich_markup_in_a_key_stays_text(cli: Cli, tmp_path: Path) -> None:
    source = answers_file(tmp_path, '{"client":"K1","[bold red]x[/]":1,"[link=http://e]y":2}')
    result = cli("reflect", "--answers", source)
    assert "  [bold red]x[/]: unknown key" in result.stderr
    assert "  [link=http://e]y: unknown key" in result.stderr


# -- 2: a date that does not exist ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "2026-02-30 is not a date that exists"),
        ("nl", "2026-02-30 is geen datum die bestaat"),
    ],
)
def test_an_unquoted_date_that_does_not_exist_is_named_with_its_line(
    cli: Cli, tmp_path: Path, language: str, said: str
) -> None:
    source = answers_file(tmp_path, "client: K1\ndate: 2026-02-30\n", "answers.yaml")
    result = cli("--lang", language, "reflect", "--answers", source)
    assert result.code == 3
    assert f"{source}:2:7: {said}" in result.stderr
    assert "digits" not in result.stderr and "cijfers" not in result.stderr
    nothing_saved(cli)


def test_a_month_that_does_not_exist_deep_in_the_file_is_named_where_it_is(
    cli: Cli, tmp_path: Path
) -> None:
    text = "client: K1\nnote: a\nanswers:\n  x: [1, {b: 2026-13-01}]\n"
    source = answers_file(tmp_path, text, "answers.yaml")
    result = cli("reflect", "--answers", source)
    assert f"{source}:4:14: 2026-13-01 is not a date that exists" in result.stderr


def test_a_number_of_thousands_of_digits_is_still_called_that(cli: Cli, tmp_path: Path) -> None:
    text = "client: K1\ndate: 2026-02-03\nanswers:\n  s: {q: " + "9" * 5000 + "}\n"
    source = answers_file(tmp_path, text, "answers.yaml")
    result = cli("reflect", "--answers", source)
    assert result.code == 3
    assert f"{source}:4:10: a number of thousands of digits" in result.stderr


# -- 3: a key written twice in JSON -----------------------------------------------------------


def test_a_key_written_twice_in_json_is_refused_not_overwritten(cli: Cli, tmp_path: Path) -> None:
    source = answers_file(
        tmp_path,
        '{"client":"K1","client":"K2","answers":{"countertransference":{"position":4}}}',
    )
    result = cli("reflect", "--answers", source)
    assert result.code == 3
    assert f"{source}: the key 'client' is written twice" in result.stderr
    nothing_saved(cli)


def test_a_key_written_twice_deep_in_json_is_refused_in_dutch_too(cli: Cli, tmp_path: Path) -> None:
    source = answers_file(
        tmp_path, '{"client":"K1","answers":{"countertransference":{"position":4,"position":5}}}'
    )
    result = cli("--lang", "nl", "reflect", "--answers", source)
    assert result.code == 3
    assert "de sleutel 'position' staat er twee keer" in result.stderr
    nothing_saved(cli)


def test_the_same_key_in_two_objects_is_no_duplicate() -> None:
    assert parse_json('{"a":{"k":1},"b":{"k":2},"c":[{"k":3},{"k":4}]}') == {
        "a": {"k": 1},
        "b": {"k": 2},
        "c": [{"k": 3}, {"k": 4}],
    }


def test_a_key_written_twice_in_an_import_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"format":"afstand-export","format":"x","entries":[]}', encoding="utf-8")
    result = cli("import", str(path))
    assert result.code == 3
    assert "the key 'format' is written twice" in result.stderr


def test_a_key_written_twice_in_a_supervision_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "series.json"
    path.write_text('{"kind":"supervision","kind":"intervision"}', encoding="utf-8")
    result = cli("supervision", "new", "--file", str(path))
    assert result.code == 3
    assert "the key 'kind' is written twice" in result.stderr


def test_parse_json_refuses_a_twice_written_key_as_data() -> None:
    with pytest.raises(DataRefused, match="'b' is written twice"):
        parse_json('[{"a":1},{"b":1,"b":1}]')


# -- 4: an empty file name --------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [("reflect", "--answers", ""), ("import", ""), ("supervision", "new", "--file", "")],
)
def test_an_empty_file_name_is_called_that(cli: Cli, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.stderr.startswith("error: no file was named: the name is empty\n")
    assert ". is not" not in result.stderr


def test_a_hint_of_two_lines_of_afstand_s_own_stays_two_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from afstand.cli.output import print_error
    from afstand.errors import StorageFailed

    error = StorageFailed("disk full", hint=f"free some space\nyour draft is kept {ESC}[2J")
    print_error(error)
    said = capsys.readouterr().err
    assert "hint: free some space\nyour draft is kept \\x1b[2J\n" in said
    assert "\\n" not in said
