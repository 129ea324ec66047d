"""The evidence documents: golden Markdown per register in both languages, HTML and CSV that
keep a user's text inert, and no client code or reflection text in any of them.

To regenerate the golden files after an intended change:

    AFSTAND_UPDATE_GOLDEN=1 pytest tests/test_registers_documents.py
"""

from __future__ import annotations

import csv
import io
import os
import uuid
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

import pytest

from afstand.i18n import set_language
from afstand.registers.catalog import load_profiles
from afstand.registers.counting import progress
from afstand.registers.documents import csv_format, html, markdown
from afstand.registers.documents.build import build
from afstand.registers.from_supervision import activities_from_series
from afstand.registers.profile import DOCUMENTS
from registers_helpers import activity, timed

GOLDEN = Path(__file__).parent / "golden" / "registers"
TODAY = date(2026, 11, 30)
STARTS = {"skj": date(2022, 1, 1), "nip-ao": date(2022, 1, 1), "nvo": date(2022, 1, 1),
          "fgzpt": date(2022, 1, 1), "vvn": date(2022, 1, 1), "nmc": date(2024, 3, 1),
          "hcpc": date(2025, 9, 1)}  # fmt: skip
CLIENT = "K7"
REFLECTION = "Her grief touched my own loss"


def golden_log() -> list:  # type: ignore[type-arg]
    series = {
        "series_id": "a1",
        "series_title": "Supervisie 2026",
        "facilitator": "Anne de Vries",
        "facilitator_register": "LVSC",
        "facilitator_number": "S-123",
        "goals": ["Grenzen stellen", "Rust bewaren"],
    }
    group = {
        "series_id": "b2",
        "series_title": "Intervisiegroep Oost",
        "group_size": 4,
        "facilitator": "Bram Jansen",
    }
    log = [
        timed(f"2026-{m:02d}-{d:02d}", "09:00", "10:30", **series)
        for m, d in ((6, 1), (6, 15), (7, 6), (8, 3), (8, 31), (9, 14), (10, 5), (10, 26))
    ]
    log += [
        timed(f"2026-{m:02d}-10", "14:00", "16:00", kind="intervision", **group)
        for m in (5, 7, 9, 11)
    ]
    log += [
        activity("2026-02-12", 45, kind="intervision"),  # too short for SKJ
        activity("2026-03-20", 90, kind="supervision", mode="online"),
        activity("2026-04-02", 60, kind="case-discussion", role="Reflectieve EBP-professional"),
        activity(
            "2026-09-30",
            60,
            kind="reflective-discussion",
            facilitator="Chris Ode",
            facilitator_number="12A3456E",
        ),
        activity("2025-11-03", 180, kind="training", series_title="Course: trauma care"),
        activity("2026-11-20", 60, kind="self-reflection"),
    ]
    return log


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("AFSTAND_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        pytest.fail(f"wrote {path}: read the diff, then run again without AFSTAND_UPDATE_GOLDEN")
    assert path.exists(), f"{path} is missing: make it with AFSTAND_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


CASES = [
    (loaded.profile.id, document, lang)
    for loaded in load_profiles(None)
    for document in loaded.profile.evidence
    for lang in ("en", "nl")
]


@pytest.mark.parametrize(("register", "document", "lang"), CASES)
def test_golden_documents(register: str, document: str, lang: str) -> None:
    set_language(lang)  # type: ignore[arg-type]
    profile = load_profiles(None).get(register)
    result = progress(profile, golden_log(), TODAY, STARTS.get(register))
    text = markdown.render(build(document, result, lang))
    check_golden(f"{register}-{document}-{lang}.md", text)


def test_every_shipped_register_has_a_golden_document_in_both_languages() -> None:
    registers = {register for register, _, _ in CASES}
    assert len(registers) == 10
    assert {lang for _, _, lang in CASES} == {"en", "nl"}


# -- no client code and no reflection text, in any document ----------------------------------


@dataclass
class Supervisor:
    name: str = "Anne de Vries"
    registry: str | None = "LVSC"
    number: str | None = "S-123"


@dataclass
class Goal:
    number: int
    text: str


@dataclass
class Meeting:
    """As the supervision log keeps a meeting: with text a register must never see."""

    date: date
    minutes: int
    start: time | None = None
    end: time | None = None
    mode: str = "in-person"
    goals: list[int] = field(default_factory=list)
    reflections: list[str] = field(default_factory=list)
    notes: str | None = None
    actions: list[str] = field(default_factory=list)
    inbreng: dict[str, str] = field(default_factory=dict)
    verslag: dict[str, str] = field(default_factory=dict)


@dataclass
class Series:
    kind: str
    meetings: list[Meeting]
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    title: str | None = "Supervisie 2026"
    supervisor: Supervisor = field(default_factory=Supervisor)
    group_size: int = 1
    goals: list[Goal] = field(default_factory=lambda: [Goal(1, "Grenzen stellen")])


def series_with_private_text() -> list[Series]:
    secret = f"With {CLIENT}: {REFLECTION}"
    meetings = [
        Meeting(
            date=date(2026, month, 9),
            minutes=90,
            start=time(10, 0),
            end=time(11, 30),
            goals=[1],
            reflections=[str(uuid.uuid4())],
            notes=secret,
            actions=[secret],
            inbreng={"question": secret},
            verslag={"what_did_it_do": secret},
        )
        for month in range(1, 12)
    ]
    return [
        Series("supervision", meetings),
        Series("intervision", meetings[:4], title=None, group_size=3),
        Series("reflective-discussion", meetings[:1]),
    ]


def all_documents() -> list[tuple[str, str]]:
    activities = activities_from_series(series_with_private_text())
    found = []
    for loaded in load_profiles(None):
        result = progress(loaded.profile, activities, TODAY, STARTS.get(loaded.profile.id))
        for document in DOCUMENTS:
            for lang in ("en", "nl"):
                set_language(lang)  # type: ignore[arg-type]
                built = build(document, result, lang)
                where = f"{loaded.profile.id}/{document}/{lang}"
                found.append((f"{where}.md", markdown.render(built)))
                found.append((f"{where}.html", html.render(built, lang)))
                found.append((f"{where}.csv", csv_format.render(built).decode("utf-8-sig")))
    return found


def test_no_register_document_holds_a_client_code_or_a_reflection() -> None:
    documents = all_documents()
    assert len(documents) == 10 * len(DOCUMENTS) * 2 * 3
    leaks = [
        name
        for name, text in documents
        if CLIENT in text or "grief" in text.lower() or "verdriet" in text.lower()
    ]
    assert leaks == []
    # and the documents are not empty: the meetings themselves are in them
    statement = dict(documents)["skj/statement/en.md"]
    assert "Anne de Vries (LVSC S-123)" in statement
    assert "Grenzen stellen" in statement


# -- user text stays inert ----------------------------------------------------------------------


def hostile_progress():  # type: ignore[no-untyped-def]
    hostile = activity(
        "2026-03-02",
        120,
        series_id="x",
        series_title='=HYPERLINK("http://x") <script>alert(1)</script> | # *',
        facilitator="@SUM(A1) [link](http://x)",
        goals=["+1 and -2"],
    )
    profile = load_profiles(None).get("lvsc")
    return progress(profile, [hostile], TODAY)


def test_csv_neutralises_formulas_and_keeps_a_byte_order_mark() -> None:
    data = csv_format.render(build("attendance", hostile_progress(), "en"))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["number", "date", "time"]
    assert "signature" not in rows[0]
    assert rows[1][rows[0].index("series")].startswith("'=HYPERLINK")
    assert rows[1][rows[0].index("facilitator")].startswith("'@SUM")
    statement = csv_format.render(build("statement", hostile_progress(), "en")).decode("utf-8-sig")
    assert "'+1 and -2" in statement
    assert "\n=" not in statement and ",=" not in statement


def test_html_escapes_user_text_and_loads_nothing() -> None:
    text = html.render(build("statement", hostile_progress(), "en"), "en")
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "default-src 'none'" in text
    assert "http" not in text.replace("http://x", "").replace("http-equiv", "")
    assert "<a " not in text


def test_markdown_escapes_user_text() -> None:
    text = markdown.render(build("statement", hostile_progress(), "en"))
    assert "\\<script\\>" in text
    assert "\\[link\\]" in text
    assert "\\| \\# \\*" in text


def test_an_attendance_list_has_a_line_to_sign_per_meeting() -> None:
    built = build("attendance", hostile_progress(), "en")
    table = next(s.table for s in built.sections if s.table is not None)
    assert table.signature_column and all(row[-1] == "" for row in table.rows)
    page = html.render(built, "en")
    assert page.count('<td class="sign"></td>') == len(table.rows) == 1
