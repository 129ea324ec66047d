"""The reader of month files: fast for the months afstand writes, and for a month edited by hand
exactly as strict and as clean as every other way text comes in (control characters stripped,
dates within the journal's years, no unknown keys, no wrong types), with a clear account of
what is wrong in a damaged month."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afstand.control_chars import strip_controls
from afstand.errors import JournalUnreadable
from afstand.exchange.importing import parse_export
from afstand.journal.format import decode_month, encode_month, read_headers, read_month_file
from afstand.journal.store import Journal
from afstand.models.entry import Entry
from helpers import Cli

FIXTURES = Path(__file__).parent / "fixtures" / "journal"
PATH = Path("journal/2026/2026-10.json")


def october() -> list[Entry]:
    document = json.loads((FIXTURES / "format1_2026-10.json").read_bytes())
    return [Entry.model_validate(e) for e in document["entries"]]


def month_document() -> dict[str, Any]:
    """October in format 2, as plain data to spoil by hand."""
    document: dict[str, Any] = json.loads(encode_month("2026-10", october()))
    return document


def problems_of(document: dict[str, Any]) -> list[str]:
    with pytest.raises(JournalUnreadable) as raised:
        read_month_file(json.dumps(document).encode(), PATH)
    error = raised.value
    assert str(PATH) in error.message and "holds invalid data" in error.message
    assert error.hint is not None and "will not write over it" in error.hint
    return error.problems


# --- control characters: the slow path -------------------------------------------------------


def test_a_hand_edited_escape_sequence_in_a_note_is_stripped(tmp_path: Path) -> None:
    document = month_document()
    document["entries"][0]["note"] = "\x1b[31mrood\x1b[0m en\r verder\x07"
    path = tmp_path / "journal" / "2026" / "2026-10.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document), encoding="utf-8")  # as \u001b, \r and \u0007
    assert b"\\u001b[31m" in path.read_bytes()
    entries = Journal(tmp_path / "journal").entries()
    first = next(e for e in entries if e.id == document["entries"][0]["id"])
    assert first.note == "rood en\n verder"


@pytest.mark.parametrize(
    "raw",
    [b"\\u001b[1mvet", b"DEL\x7fhier", b"C1\xc2\x9b31mhier", b"back\\bspace", b"form\\ffeed"],
    ids=["escape", "raw-del", "raw-c1", "backspace", "formfeed"],
)
def test_every_way_json_holds_a_control_character_is_cleaned(raw: bytes) -> None:
    document = month_document()
    document["entries"][0]["note"] = "PLACEHOLDER"
    data = json.dumps(document, ensure_ascii=False).encode().replace(b"PLACEHOLDER", raw)
    (entry, *_) = decode_month(data, PATH)
    assert entry.note == strip_controls(json.loads(b'"' + raw + b'"'))
    assert entry.note is not None and entry.note.isprintable()


def test_texts_of_the_wording_and_answers_are_cleaned_too() -> None:
    document = month_document()
    wording = next(iter(document["wordings"].values()))
    question = next(iter(wording["questions"].values()))
    question["prompt"]["en"] = "Where\x1b]0;title\x07 was I?"
    wording["title"]["nl"] = "Titel\x9b2J"
    entry = next(e for e in document["entries"] if e.get("sets"))
    text_answer = {"question": "extra", "value": "an \x1b[2Janswer"}
    wording["questions"]["extra"] = {"type": "text", "prompt": {"en": "Anything else?"}}
    entry["sets"][0]["answers"].append(text_answer)
    entries = decode_month(json.dumps(document).encode(), PATH)
    read = next(e for e in entries if e.id == entry["id"])
    assert read.sets[0].title.nl == "Titel"
    answers = {a.question: a for a in read.sets[0].answers}
    assert answers["extra"].value == "an answer"
    assert any(a.prompt.en == "Where was I?" for a in answers.values())


def test_a_backslash_written_by_the_user_is_kept_as_it_is(tmp_path: Path) -> None:
    # `\b` in the bytes of a note may be the text \b: a false alarm costs time, never text
    entries = october()
    entries[0] = entries[0].model_copy(update={"note": r"C:\bin\readme and a \f"})
    raw = encode_month("2026-10", entries)
    assert b"\\\\b" in raw
    assert decode_month(raw, PATH) == sorted(entries, key=lambda e: (e.date, e.created))


# any text, control characters included, as a hand-edited file may hold it
NOTES = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(note=NOTES, answer=NOTES)
def test_a_month_reads_as_if_each_text_had_come_in_through_the_models(
    note: str, answer: str
) -> None:
    """Fast path or slow: the texts are what CleanStr makes of them (pydantic's Entry, which
    every other way in goes through)."""
    document = month_document()
    entry = next(e for e in document["entries"] if e.get("sets"))
    entry["note"] = note
    question = {"type": "text", "prompt": {"en": "Anything else?"}}
    next(iter(document["wordings"].values()))["questions"]["extra"] = question
    entry["sets"][0]["answers"].append({"question": "extra", "value": answer})
    read = next(e for e in decode_month(json.dumps(document).encode(), PATH) if e.id == entry["id"])
    assert read.note == Entry.model_validate({**read.model_dump(), "note": note}).note
    assert read.note == strip_controls(note)
    assert read.sets[0].answers[-1].value == strip_controls(answer)


# --- what a damaged month says -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("date", "1899-12-31"), ("date", "2101-01-01"), ("created", "0026-10-05T08:00:00Z")],
)
def test_a_date_outside_the_journals_years_in_a_file_is_named(field: str, value: str) -> None:
    document = month_document()
    document["entries"][1][field] = value
    (problem,) = problems_of(document)
    assert problem.startswith(f"entries.1.{field}: ")
    assert "outside the years the journal accepts" in problem
    assert value[:10] in problem


def test_an_updated_moment_outside_the_years_is_named() -> None:
    document = month_document()
    document["entries"][0]["updated"] = "2101-01-01T10:00:00+01:00"
    (problem,) = problems_of(document)
    assert problem.startswith("entries.0.updated: ")


def test_an_unknown_field_is_named() -> None:
    document = month_document()
    document["entries"][2]["mood"] = "fine"
    assert problems_of(document) == ["entries.2.mood: unknown key"]


def test_an_unknown_field_in_a_wording_is_named() -> None:
    document = month_document()
    next(iter(document["wordings"].values()))["colour"] = "red"
    (problem,) = problems_of(document)
    assert problem.endswith(".colour: unknown key") and problem.startswith("wordings.")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("supervision", "yes", "entries.0.supervision: must be true or false, not 'yes'"),
        ("note", 42, "entries.0.note: must be a text, not 42"),
        ("sets", {}, "entries.0.sets: must be a list, not {}"),
        ("client", "k 7", "entries.0.client: 'k 7' does not have the required form"),
        ("created", "2026-10-05T17:00:00", "entries.0.created: "),
        ("phase", "halfway", "entries.0.phase: 'halfway' is not one of 'quick', 'complete'"),
    ],
)
def test_a_wrong_type_or_form_is_named(field: str, value: Any, expected: str) -> None:
    document = month_document()
    document["entries"][0][field] = value
    (problem,) = problems_of(document)
    assert problem.startswith(expected)


def test_a_missing_field_is_named() -> None:
    document = month_document()
    del document["entries"][3]["client"]
    assert problems_of(document) == ["entries.3.client: required key is missing"]


def test_a_text_in_no_language_is_refused() -> None:
    document = month_document()
    next(iter(document["wordings"].values()))["title"] = {"nl": "  \x1b[0m "}
    (problem,) = problems_of(document)
    assert problem.startswith("wordings.") and problem.endswith(
        ".title: needs a text in at least one language (nl, en)"
    )


def test_a_client_code_with_a_line_break_is_refused() -> None:
    # Python's `$` also matches before a final newline; the journal's patterns may not
    document = month_document()
    document["entries"][0]["client"] = "K7\n"
    (problem,) = problems_of(document)
    assert problem.startswith("entries.0.client: ")


def test_the_problems_speak_dutch_to_a_dutch_user() -> None:
    from afstand.i18n import set_language

    document = month_document()
    document["entries"][0]["mood"] = "fine"
    set_language("nl")
    try:
        with pytest.raises(JournalUnreadable) as raised:
            read_month_file(json.dumps(document).encode(), PATH)
    finally:
        set_language("en")
    assert "bevat ongeldige gegevens" in raised.value.message
    assert raised.value.problems == ["entries.0.mood: onbekende sleutel"]


def test_the_light_scan_explains_a_damaged_month_as_the_full_read_does() -> None:
    document = month_document()
    document["entries"][0]["date"] = "2101-01-01"
    with pytest.raises(JournalUnreadable) as raised:
        read_headers(json.dumps(document).encode(), PATH)
    assert raised.value.problems[0].startswith("entries.0.date: ")


def test_a_damaged_month_in_the_journal_stops_show_without_a_traceback(
    cli: Cli, afstand_home: Path
) -> None:
    document = month_document()
    document["entries"][0]["supervision"] = "yes"
    path = afstand_home / "journal" / "2026" / "2026-10.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    result = cli("show", document["entries"][0]["id"][:8])
    assert result.code == 4
    assert "entries.0.supervision" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before


# --- a month of an export ----------------------------------------------------------------------


def export_of(document: dict[str, Any]) -> bytes:
    block = {k: document[k] for k in ("month", "wordings", "entries")}
    head = {
        "format": "afstand-export",
        "schema_version": 2,
        "afstand_version": "0.1.0",
        "exported": "2026-11-01T10:00:00+01:00",
        "months": [block],
    }
    return json.dumps(head).encode()


def test_an_export_month_with_a_control_character_imports_cleaned() -> None:
    document = month_document()
    document["entries"][0]["note"] = "\x1b[31mrood"
    export = parse_export(export_of(document), "export.json")
    assert next(e for e in export.entries if e.id == document["entries"][0]["id"]).note == "rood"


def test_an_export_month_with_an_unknown_field_is_named_under_its_month() -> None:
    from afstand.errors import InvalidInput

    document = month_document()
    document["entries"][0]["mood"] = "fine"
    with pytest.raises(InvalidInput) as raised:
        parse_export(export_of(document), "export.json")
    assert "months.0.entries.0.mood: unknown key" in raised.value.problems


def test_a_month_as_afstand_writes_it_is_read_without_the_slow_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import afstand.journal.format as month_format

    entries = october()
    entries[0] = entries[0].model_copy(update={"note": 'café "quoted" ½ ✓ \t tab\nline'})
    raw = encode_month("2026-10", entries)

    def refuse(raw: bytes, path: Path) -> None:
        raise AssertionError("the slow path was taken")

    monkeypatch.setattr(month_format, "_read_slowly", refuse)
    assert decode_month(raw, PATH) == sorted(entries, key=lambda e: (e.date, e.created))
    document = json.loads(raw)
    document["entries"][0]["note"] = "\x1b[0m"
    with pytest.raises(AssertionError, match="slow path"):
        decode_month(json.dumps(document).encode(), PATH)


def test_a_number_that_json_has_not_is_not_read_as_nothing() -> None:
    document = month_document()
    wording = next(iter(document["wordings"].values()))
    scale = next(q for q in wording["questions"].values() if q.get("min") is not None)
    scale["min"] = float("nan")  # written by json.dumps as NaN, which is not JSON
    with pytest.raises(JournalUnreadable) as raised:
        read_month_file(json.dumps(document).encode(), PATH)
    assert "is damaged" in raised.value.message and "NaN" in raised.value.message
