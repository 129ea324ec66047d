"""No client file by accident: what identifies a person is noticed before it is saved, and
ordinary sentences raise no alarm."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from afstand.reflection.identifiers import bsn_valid, find_in_client_code, find_in_text
from helpers import Cli

TODAY = date(2026, 11, 21)
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

TRUE_CASES = [
    ("mail me op jan.jansen@example.nl", "email", "jan.jansen@example.nl"),
    ("her address is a.b-c+tag@mail.co.uk now", "email", "a.b-c+tag@mail.co.uk"),
    ("bel 06-12345678 na vijven", "phone", "06-12345678"),
    ("tel. +31 6 1234 5678", "phone", "+31 6 1234 5678"),
    ("vaste lijn 020 123 4567", "phone", "020 123 4567"),
    ("0031 (0)20 1234567 is the office", "phone", "0031 (0)20 1234567"),
    ("BSN 111222333 staat op de brief", "bsn", "111222333"),
    ("bsn 1234.56.782", "bsn", "1234.56.782"),
    ("geboren 12-03-1984 in Gent", "birth_date", "12-03-1984"),
    ("geb. 3 maart 1990", "birth_date", "3 maart 1990"),
    ("born on 1984-03-12", "birth_date", "1984-03-12"),
    ("date of birth 7/8/2001", "birth_date", "7/8/2001"),
    ("zij kwam op 12-03-1975 ter wereld", "birth_date", "12-03-1975"),
]

FALSE_CASES = [
    "De sessie van 2026-11-03 was zwaar; ik bleef te lang.",
    "In 2015 begon ik als verpleegkundige, nu werk ik 32 uur per week.",
    "Ze is 45 jaar en heeft drie kinderen.",
    "We spraken 50 minuten, 3 keer per week, sinds 12 oktober 2026.",
    "Score 123456789 on the scale is not a BSN because the check digit fails.",
    "I noticed my urge to rescue at 14:30, and again at 15:05.",
    "Mijn eigen grens lag vandaag bij 1,5 meter afstand.",
    "Kamer 2.14, bed 3: ik voelde me machteloos.",
    "Next session on 24-11-2026, I want to name the pull out loud.",
    "The invoice number 2026-0042 is not a phone number.",
]


@pytest.mark.parametrize(("text", "kind", "found"), TRUE_CASES)
def test_what_identifies_a_person_is_found(text: str, kind: str, found: str) -> None:
    findings = find_in_text(text, "note", TODAY)
    assert [(f.kind, f.text, f.field) for f in findings] == [(kind, found, "note")]


@pytest.mark.parametrize("text", FALSE_CASES)
def test_ordinary_sentences_raise_no_alarm(text: str) -> None:
    assert find_in_text(text, "note", TODAY) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source texts are not beside the checkout")
@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
def test_the_source_texts_raise_no_alarm(seed: Path) -> None:
    """Long real prose in Dutch: articles, slides and a blog with 55 comments."""
    assert find_in_text(seed.read_text(encoding="utf-8"), "note", TODAY) == []


def test_the_bsn_check_digit_is_applied() -> None:
    assert bsn_valid("111222333")
    assert bsn_valid("123456782")
    assert not bsn_valid("123456789")
    assert not bsn_valid("000000000")
    assert not bsn_valid("12345678")


@pytest.mark.parametrize("code", ["JanJansen", "Jansen", "MARIA", "de.Vries"])
def test_a_client_code_like_a_name_is_found(code: str) -> None:
    assert [f.kind for f in find_in_client_code(code)] == ["name_code"]


@pytest.mark.parametrize("code", ["K7", "MW-03", "ABC", "KL-22", "A.B", "C12"])
def test_an_ordinary_client_code_is_no_alarm(code: str) -> None:
    assert find_in_client_code(code) == []


ANSWERS = """client: {client}
date: 2026-11-03
note: "{note}"
answers:
  countertransference: {{position: 4}}
  kiesler: {{control_position: 4}}
"""


def test_answers_file_warns_on_stderr_and_saves(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(ANSWERS.format(client="K7", note="bel 06-12345678"), encoding="utf-8")
    result = cli("reflect", "--answers", str(path))
    assert result.code == 0
    assert "note: phone number: '06-12345678'" in result.stderr
    assert "not a client file" in result.stderr
    assert result.stdout == ""
    assert list((afstand_home / "journal").rglob("*.json"))


def test_strict_refuses_and_saves_nothing(cli: Cli, tmp_path: Path, afstand_home: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        ANSWERS.format(client="JanJansen", note="mail jan@example.org"), encoding="utf-8"
    )
    result = cli("reflect", "--answers", str(path), "--strict")
    assert result.code == 3
    assert "client: client code that looks like a name: 'JanJansen'" in result.stderr
    assert "note: e-mail address: 'jan@example.org'" in result.stderr
    assert not (afstand_home / "journal").exists()


def test_strict_lets_an_ordinary_reflection_through(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        ANSWERS.format(client="K7", note="Ik bleef te lang, 50 minuten over tijd."),
        encoding="utf-8",
    )
    result = cli("reflect", "--answers", str(path), "--strict")
    assert result.code == 0, result.stderr
    assert "warning" not in result.stderr
