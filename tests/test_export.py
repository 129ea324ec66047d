"""`afstand export`: the Markdown and HTML documents for a supervisor, the JSON and CSV data,
aliases that never let a real client code through, and private output files.

To regenerate the golden Markdown files after an intended change:

    AFSTAND_UPDATE_GOLDEN=1 pytest tests/test_export.py

Each golden test then writes its file and fails on purpose, so that regenerating never passes
by accident; read the diff, then run again without the variable."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from afstand.exchange.export import ExportOptions, export
from afstand.exchange.export.csv_format import CsvCells, neutralise
from afstand.exchange.export.formats import FORMATS, ExportFormat, format_for
from afstand.exchange.export.markdown import escape
from afstand.exchange.export.select import alias_map, code_pattern, replace_codes
from afstand.i18n.messages import MESSAGES
from afstand.journal.format import Month
from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.models.entry import Entry
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import Catalog, load_catalog
from afstand.reflection.answer_checks import build_entry
from helpers import Cli, entries_in, flat

GOLDEN = Path(__file__).parent / "golden"
REPO = Path(__file__).resolve().parents[1]
OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
TODAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CREATED = datetime(2026, 10, 1, 17, 0, tzinfo=UTC)
SCRIPT_NOTE = "She cried <script>alert(1)</script> & I wanted to *fix* it.\n# not a heading"


@cache
def catalog() -> Catalog:
    return load_catalog(None)


def entry_id(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def make_entry(
    number: int,
    day: str,
    client: str,
    answers: dict[str, dict[str, Any]],
    **fields: Any,
) -> Entry:
    created = CREATED + timedelta(days=number, minutes=number)
    return build_entry(
        Submission(client=client, date=date.fromisoformat(day), answers=answers, **fields),
        catalog(),
        now=created,
        today=TODAY,
        entry_id=entry_id(number),
    )


def october_entries() -> list[Entry]:
    """Five reflections in October 2026 about three clients, two flagged for supervision."""
    return [
        make_entry(
            1,
            "2026-10-05",
            "K7",
            {
                "countertransference": {
                    "position": 6,
                    "type2_signals": ["rescuing", "merging"],
                    "reaction_source": "own_history",
                    "what_pulled": "Her grief touched my own loss; K7 looked like my sister.",
                },
                "kiesler": {
                    "messages": ["submissive"],
                    "pull_strength": 3,
                    "went_along": "partly",
                    "control_position": 5,
                },
                "basic-needs": {"place": 4, "limits": 3},
            },
            note=SCRIPT_NOTE,
            supervision=True,
            supervision_question="How do I stay with myself when K7 cries?",
        ),
        make_entry(
            2,
            "2026-10-08",
            "MW-03",
            {
                "countertransference": {"position": 2, "type1_signals": ["withdrawing"]},
                "kiesler": {"messages": ["hostile"], "pull_strength": 1, "control_position": 4},
                "self-care": {"attention": 2, "balance": 1, "connection": 3},
            },
            note="Tired. Een lange dag, één cliënt na de ander; geëmotioneerd.",
        ),
        make_entry(
            3,
            "2026-10-12",
            "K7",
            {"countertransference": {"position": 6, "type2_signals": ["rescuing"]}},
        ),
        make_entry(
            4,
            "2026-10-19",
            "K7",
            {
                "countertransference": {"position": 7, "type2_signals": ["merging"]},
                "basic-needs": {"place": 4},
            },
            supervision=True,
            supervision_question="Where is my limit with K7?",
        ),
        make_entry(
            5,
            "2026-10-26",
            "AB1",
            {"countertransference": {"position": 4}},
            note="Calm session.",
        ),
    ]


def write_journal(home: Path, entries: Iterable[Entry]) -> Journal:
    journal = Journal(home / "journal")
    for entry in entries:
        journal.add(entry)
    return journal


@pytest.fixture
def october(afstand_home: Path) -> Journal:
    return write_journal(afstand_home, october_entries())


def run_export(journal: Journal, fmt: ExportFormat, lang: str = "en", **options: Any) -> bytes:
    chosen = ExportOptions(**{"period": OCTOBER, **options})
    return export(journal, fmt, chosen, lang=lang, today=TODAY, now=NOW).data  # type: ignore[arg-type]


def text_of(journal: Journal, fmt: ExportFormat, lang: str = "en", **options: Any) -> str:
    return run_export(journal, fmt, lang, **options).decode("utf-8-sig")


# --- golden Markdown ----------------------------------------------------------------------------

GOLDEN_CASES = {
    "export_plain.md": ("en", {}),
    "export_alias_no_notes.md": ("en", {"alias_clients": True, "no_notes": True}),
    "export_plain_nl.md": ("nl", {}),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_the_markdown_document_matches_its_golden_file(october: Journal, name: str) -> None:
    lang, options = GOLDEN_CASES[name]
    text = text_of(october, FORMATS["markdown"], lang, **options)
    path = GOLDEN / name
    if os.environ.get("AFSTAND_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
        pytest.fail(f"wrote {path}; check the diff, then run again without AFSTAND_UPDATE_GOLDEN")
    assert text == path.read_text(encoding="utf-8")


def test_the_markdown_document_has_its_parts_in_order(october: Journal) -> None:
    text = text_of(october, FORMATS["markdown"])
    order = [
        "# Reflections for supervision",
        "Confidential",
        "Period: 2026-10-01 – 2026-10-31",
        "## Questions for supervision",
        "### Flagged for supervision (2)",
        "## Main figures",
        "## The interpersonal circle (Kiesler)",
        "## Attention points",
        "## Course per client",
        "## Reflections",
        "### Other reflections (3)",
        "## Attention points with their evidence",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    flagged = text.index("### Flagged")
    others = text.index("### Other")
    # the flagged reflections (10-05 and 10-19) come first, then the others by date
    headings = re.findall(r"^#### (\d{4}-\d\d-\d\d)", text, re.M)
    assert headings == ["2026-10-05", "2026-10-19", "2026-10-08", "2026-10-12", "2026-10-26"]
    assert flagged < text.index("#### 2026-10-19") < others < text.index("#### 2026-10-08")
    assert "How do I stay with myself when K7 cries?" in text
    # an answer as a short phrase, from the entry's own snapshot; the full question is left out
    assert "distance ↔ closeness 6 (too close)" in text
    assert "Where did I stand in this session" not in text


def test_markdown_escapes_journal_text(october: Journal) -> None:
    text = text_of(october, FORMATS["markdown"])
    assert "<script>" not in text
    assert r"\<script\>" in text
    assert "\n> \\# not a heading" in text  # a note's line never becomes a heading


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("# title", r"\# title"),
        ("- item", r"\- item"),
        ("1. first", r"1\. first"),
        ("a *b* _c_ [d](e) <f> `g` | & !", r"a \*b\* \_c\_ \[d\](e) \<f\> \`g\` \| \& \!"),
        ("plain words, é ë", "plain words, é ë"),
    ],
)
def test_the_markdown_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def escaped_line_by_line(text: str) -> str:
    """The Markdown escaping as its rule says it, one line at a time, with no shortcut."""
    lines = []
    for line in text.splitlines() or [""]:
        line = re.sub(r"([\\`*_\[\]<>#|~&!])", r"\\\1", line)
        start = re.match(r"^(\s*)([-+=]|\d+(?=[.)]))", line)
        if start and start.group(2).isdigit():
            line = line[: start.end()] + "\\" + line[start.end() :]
        elif start:
            line = line[: start.start(2)] + "\\" + line[start.start(2) :]
        lines.append(line)
    return "\n".join(lines)


@given(
    st.text(
        st.sampled_from(list("ab 1.)-+=#*_[]<>|~&!`\\\n\r\x0b\x0c\x1c\x85\u2028\u2029é"))
        | st.characters(),
        max_size=40,
    )
)
def test_markdown_escapes_every_line_even_when_most_text_needs_nothing(text: str) -> None:
    """Text with nothing to escape is passed as it is; text that marks anything up, on any of
    its lines, is escaped as every line is."""
    assert escape(text) == escaped_line_by_line(text)


def test_documents_in_dutch_and_english(october: Journal) -> None:
    english = text_of(october, FORMATS["markdown"], "en")
    dutch = text_of(october, FORMATS["markdown"], "nl")
    assert "Confidential: this document contains" in english
    assert "Vertrouwelijk: dit document bevat" in dutch
    assert "# Reflecties voor supervisie" in dutch
    assert "## Vragen voor supervisie" in dutch
    assert "afstand ↔ nabijheid 6 (te dichtbij)" in dutch
    assert "Vertrouwelijk" not in english and "Confidential" not in dutch
    html_nl = text_of(october, FORMATS["html"], "nl")
    assert '<html lang="nl">' in html_nl
    assert "De balans tussen afstand en nabijheid" in html_nl


def test_every_document_says_it_is_confidential(october: Journal) -> None:
    for fmt in FORMATS.values():
        for lang in ("nl", "en"):
            text = html.unescape(text_of(october, fmt, lang))
            assert MESSAGES["export.confidential"][lang] in text, (fmt, lang)


def test_an_empty_selection_still_makes_a_document(afstand_home: Path) -> None:
    journal = Journal(afstand_home / "journal")
    for fmt in FORMATS.values():
        text = html.unescape(text_of(journal, fmt))
        assert MESSAGES["export.confidential"]["en"] in text
    assert "No reflections in this period." in text_of(journal, FORMATS["markdown"])
    assert json.loads(text_of(journal, FORMATS["json"]))["months"] == []


# --- HTML -------------------------------------------------------------------------------------


class Page(HTMLParser):
    """What the tests look at in an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.svg_titles: list[str] = []  # the <title> text of each <svg>
        self.in_svg_title = False
        self.svg_depth = 0
        self.styles: list[str] = []
        self.in_style = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "svg":
            self.svg_depth += 1
            self.svg_titles.append("")
        if tag == "title" and self.svg_depth and self.tags[-2][0] == "svg":
            self.in_svg_title = True
        if tag == "style":
            self.in_style = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.svg_depth -= 1
        if tag == "title":
            self.in_svg_title = False
        if tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_svg_title:
            self.svg_titles[-1] += data
        if self.in_style:
            self.styles.append(data)
        self.text.append(data)


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def test_the_html_document_is_self_contained_and_accessible(october: Journal) -> None:
    text = text_of(october, FORMATS["html"])
    page = parse(text)
    names = [tag for tag, _ in page.tags]
    html_attrs = dict(page.tags)["html"]
    assert html_attrs.get("lang") == "en"
    assert "script" not in names and "<script" not in text.lower()
    assert names.count("svg") >= 3
    assert len(page.svg_titles) >= 3 and all(title.strip() for title in page.svg_titles)
    for tag, attrs in page.tags:
        if tag == "svg":
            assert attrs.get("role") == "img"
            labelled = (attrs.get("aria-labelledby") or "").split()
            assert labelled and all(f'id="{ident}"' in text for ident in labelled)
        for name in ("src", "href", "xlink:href", "action", "srcset"):
            value = attrs.get(name)
            assert value is None or not re.match(r"\s*(https?:)?//", value), (tag, name, value)
    for style in [*page.styles, *(a.get("style") or "" for _, a in page.tags)]:
        assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", style)
        assert "@import" not in style
    assert "http://" not in text and "https://" not in text
    # printing: page size, page breaks, nothing hidden behind colour alone
    assert "@page" in text and "@media print" in text and "break-inside: avoid" in text
    titles = [title for title in page.svg_titles]
    assert "The clients' messages on the interpersonal circle" in titles
    assert "The balance between distance and closeness per week: number of answers" in titles
    assert "Type I and Type II per week, as a share of the reflections that asked" in titles


def test_the_html_escapes_every_journal_text(october: Journal) -> None:
    text = text_of(october, FORMATS["html"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "alert(1)</script>" not in text
    page = parse(text)
    assert any("She cried <script>alert(1)</script>" in data for data in page.text)


def test_the_html_charts_say_in_words_what_they_show(october: Journal) -> None:
    text = text_of(october, FORMATS["html"])
    descriptions = re.findall(r"<desc id=\"[^\"]+\">([^<]*)</desc>", text)
    assert len(descriptions) == 3
    circle, balance, poles = descriptions
    assert "compliant, puts on a pedestal 1" in circle and "keeps emotional distance 1" in circle
    assert "No main direction shown: 2 reflections with a message, fewer than 5" in circle
    assert "in all 1, 1 and 3 of 5" in balance  # too distant, balanced, too close
    assert "Type I in 1 and Type II in 3 of 5 reflections" in poles


def test_a_long_period_is_charted_per_month(afstand_home: Path) -> None:
    entries = [
        make_entry(
            n,
            (date(2024, 1, 3) + timedelta(days=9 * n)).isoformat(),
            "K7",
            {"countertransference": {"position": 1 + n % 7}},
        )
        for n in range(1, 90)
    ]
    journal = write_journal(afstand_home, entries)
    text = export(
        journal, FORMATS["html"], ExportOptions(), lang="en", today=TODAY, now=NOW
    ).data.decode()
    assert "per month: number of answers" in text and "Type I and Type II per month" in text
    assert "2024-01" in text


def test_each_month_shows_its_own_wording_even_under_the_same_key(afstand_home: Path) -> None:
    """A document works an answer out once for every month with the same wording; a month
    whose wording was changed by hand under the same key still shows its own words."""
    answers = {"countertransference": {"position": 4, "reaction_source": "own_history"}}
    journal = write_journal(
        afstand_home,
        [
            make_entry(1, "2026-09-07", "K7", answers),
            make_entry(2, "2026-10-05", "K7", answers),
            make_entry(3, "2026-10-12", "K8", answers),
        ],
    )
    september = journal.month_path("2026-09")
    data = json.loads(september.read_bytes())
    (key,) = [k for k, w in data["wordings"].items() if w["set"] == "countertransference"]
    october = json.loads(journal.month_path("2026-10").read_bytes())
    assert key in october["wordings"]  # the same wording, stored under the same key
    question = data["wordings"][key]["questions"]["reaction_source"]
    (option,) = [o for o in question["options"] if o["id"] == "own_history"]
    option["label"]["en"] = "my own story back then"
    september.write_text(json.dumps(data), encoding="utf-8")
    whole = Period(date(2026, 9, 1), date(2026, 10, 31))
    for fmt in (FORMATS["markdown"], FORMATS["html"]):
        text = text_of(journal, fmt, period=whole)
        assert text.count("source: my own story back then") == 1
        assert text.count("source: mainly my own history") == 2


# --- JSON -------------------------------------------------------------------------------------


def test_the_json_export_holds_every_entry_as_stored(october: Journal) -> None:
    document = json.loads(text_of(october, FORMATS["json"]))
    assert document["format"] == "afstand-export"
    assert document["schema_version"] == 2
    assert document["afstand_version"]
    assert document["exported"] == NOW.isoformat()
    assert document["complete"] is True
    assert document["notice"] == MESSAGES["export.confidential"]["en"]
    stored = [e.model_dump(mode="json", exclude_defaults=True) for e in october.entries()]
    assert entries_in(document) == stored
    first = entries_in(document)[0]
    assert first["sets"][0]["answers"][0]["prompt"]["nl"]  # the wording travels along
    assert [Entry.model_validate(e) for e in entries_in(document)] == october.entries()
    # each month once, with the wordings its entries refer to
    (month,) = document["months"]
    assert month["month"] == "2026-10" and month["wordings"]
    assert {s["wording"] for e in month["entries"] for s in e["sets"]} == set(month["wordings"])


def test_an_aliased_json_export_says_it_is_not_complete(october: Journal) -> None:
    document = json.loads(text_of(october, FORMATS["json"], alias_clients=True))
    assert document["complete"] is False and document["aliased"] is True
    assert {e["client"] for e in entries_in(document)} == {"C1", "C2", "C3"}
    document = json.loads(text_of(october, FORMATS["json"], no_notes=True))
    assert document["complete"] is False and document["notes"] is False
    assert not any("note" in e or "supervision_question" in e for e in entries_in(document))


def test_the_json_export_of_a_hand_laid_out_month_is_the_same(october: Journal) -> None:
    """A month file that is valid but not one entry per line is exported all the same."""
    path = october.month_path("2026-10")
    before = json.loads(text_of(october, FORMATS["json"]))
    path.write_text(json.dumps(json.loads(path.read_bytes()), indent=4), encoding="utf-8")
    assert json.loads(text_of(october, FORMATS["json"])) == before


# --- CSV --------------------------------------------------------------------------------------


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_is_tidy_with_one_row_per_answered_value(october: Journal) -> None:
    data = run_export(october, FORMATS["csv"])
    assert data.startswith(b"\xef\xbb\xbf")  # the byte order mark that Excel looks for
    assert b"\r\n" in data
    rows = csv_rows(data)
    assert list(rows[0]) == [
        "entry_id",
        "date",
        "client",
        "supervision",
        "set",
        "question",
        "prompt",
        "type",
        "value",
        "label",
        "tags",
    ]
    assert rows[0]["question"] == "notice"
    expected = 0
    for entry in october.entries():
        for _, answer in entry.answers():
            expected += len(answer.options) if answer.type in ("choice", "checklist") else 1
        expected += bool(entry.note) + bool(entry.supervision_question)
    assert len(rows) == expected + 1
    first = [r for r in rows if r["entry_id"] == entry_id(1)]
    signals = [r for r in first if r["question"] == "type2_signals"]
    assert [(r["value"], r["tags"]) for r in signals] == [
        ("merging", "pole=proximity"),
        ("rescuing", "pole=proximity"),
    ]
    assert signals[0]["label"].startswith("merging")
    position = next(r for r in first if r["question"] == "position")
    assert (position["value"], position["label"], position["tags"]) == (
        "6",
        "too close",
        "axis=affiliation",
    )
    assert position["date"] == "2026-10-05" and position["client"] == "K7"
    assert position["supervision"] == "true" and position["type"] == "scale"
    note = next(r for r in first if r["question"] == "note")
    assert note["value"] == SCRIPT_NOTE  # several lines and quotes survive the quoting
    dutch = next(r for r in rows if r["entry_id"] == entry_id(2) and r["question"] == "note")
    assert "één cliënt" in dutch["value"] and "geëmotioneerd" in dutch["value"]


def test_the_csv_without_notes_has_no_free_text(october: Journal) -> None:
    rows = csv_rows(run_export(october, FORMATS["csv"], no_notes=True))
    assert not [r for r in rows if r["question"] in ("note", "supervision_question")]
    assert not [r for r in rows if r["type"] == "text" and r["question"] != "notice"]


def test_the_csv_keeps_a_formula_from_being_a_formula(afstand_home: Path) -> None:
    journal = write_journal(
        afstand_home,
        [
            make_entry(
                1,
                "2026-10-05",
                "K7",
                {"countertransference": {"position": 4}},
                note='=HYPERLINK("x")',
            )
        ],
    )
    rows = csv_rows(run_export(journal, FORMATS["csv"]))
    assert next(r for r in rows if r["question"] == "note")["value"] == '\'=HYPERLINK("x")'


@given(
    st.lists(st.text(), min_size=2, max_size=5),
    st.lists(st.text(), min_size=2, max_size=5),
)
def test_csv_cells_written_in_parts_read_as_the_row_written_at_once(
    head: list[str], tail: list[str]
) -> None:
    # the export writes an entry's own cells once and repeats each answer's cells after them
    cells = CsvCells()
    whole = io.StringIO(newline="")
    csv.writer(whole, lineterminator="\r\n").writerow([*head, *tail])
    assert f"{cells(head)},{cells(tail)}\r\n" == whole.getvalue()


def test_csv_free_text_with_quotes_commas_and_lines_reads_back_whole(afstand_home: Path) -> None:
    texts = ['she said "no", then\nleft', ",", '"', "a;b"]
    entries = [
        make_entry(
            n,
            f"2026-10-{n:02d}",
            "K7",
            {"countertransference": {"position": 4, "what_pulled": text}},
            note=text,
        )
        for n, text in enumerate(texts, start=1)
    ]
    rows = csv_rows(run_export(write_journal(afstand_home, entries), FORMATS["csv"]))
    assert all(len(row) == 11 and None not in row for row in rows)
    for question in ("note", "what_pulled"):
        found = sorted(r["value"] for r in rows if r["question"] == question)
        assert found == sorted(texts), question


# --- choosing ---------------------------------------------------------------------------------


def exported_ids(cli: Cli, *args: str) -> list[str]:
    result = cli("export", "--format", "json", *args)
    assert result.code == 0, result.stderr
    return [e["id"] for e in entries_in(json.loads(result.stdout))]


def test_export_chooses_by_client_supervision_and_period(cli: Cli, october: Journal) -> None:
    write_journal(
        october.folder.parent,
        [make_entry(9, "2026-09-30", "K7", {"countertransference": {"position": 4}})],
    )
    assert exported_ids(cli) == [entry_id(n) for n in (9, 1, 2, 3, 4, 5)]  # default: all
    assert exported_ids(cli, "--month", "2026-10") == [entry_id(n) for n in (1, 2, 3, 4, 5)]
    assert exported_ids(cli, "--client", "k7") == [entry_id(n) for n in (9, 1, 3, 4)]
    assert exported_ids(cli, "--supervision-only") == [entry_id(1), entry_id(4)]
    assert exported_ids(cli, "--from", "2026-10-08", "--to", "2026-10-19") == [
        entry_id(n) for n in (2, 3, 4)
    ]
    assert exported_ids(cli, "--client", "K7", "--month", "2026-09") == [entry_id(9)]


def test_supervision_only_leaves_the_others_out_of_every_part(october: Journal) -> None:
    text = text_of(october, FORMATS["markdown"], supervision_only=True)
    assert "2 reflections about 1 client" in text
    assert "MW-03" not in text and "AB1" not in text
    assert "days without a reflection" not in text  # gaps between flagged ones mean nothing


def test_a_client_export_shows_the_client(october: Journal) -> None:
    text = text_of(october, FORMATS["markdown"], client="K7")
    assert "Client: K7" in text and "MW-03" not in text
    aliased = text_of(october, FORMATS["markdown"], client="K7", alias_clients=True)
    assert "Client: C1" in aliased and "K7" not in aliased
    for fmt in FORMATS.values():  # a client without reflections in the period is not named either
        text = text_of(october, fmt, client="ZZZ9", alias_clients=True)
        assert "ZZZ9" not in text


def test_a_period_conflict_is_a_usage_error(cli: Cli, october: Journal) -> None:
    result = cli("export", "--month", "2026-10", "--from", "2026-10-01")
    assert result.code == 2


def test_an_unknown_format_is_a_usage_error(cli: Cli, october: Journal) -> None:
    result = cli("export", "--format", "pdf")
    assert result.code == 2


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.md", FORMATS["markdown"]),
        ("a.HTML", FORMATS["html"]),
        ("a.json", FORMATS["json"]),
        ("a.csv", FORMATS["csv"]),
        ("a.txt", FORMATS["markdown"]),
        (None, FORMATS["markdown"]),
    ],
)
def test_the_format_follows_the_output_name(name: str | None, fmt: ExportFormat) -> None:
    assert format_for(name) is fmt


# --- aliases ----------------------------------------------------------------------------------


def test_aliases_follow_the_order_of_first_appearance(october: Journal) -> None:
    text = text_of(october, FORMATS["markdown"], alias_clients=True)
    for code in ("K7", "MW-03", "AB1"):
        assert code not in text
    assert "#### 2026-10-05 · C1" in text and "#### 2026-10-08 · C2" in text
    assert "#### 2026-10-26 · C3" in text
    # the report's own texts were built on the aliases
    assert "C1: signals of too much closeness" in text
    # a code in free text is replaced too
    assert "C1 looked like my sister" in text and "When C1 cries" not in text
    assert "How do I stay with myself when C1 cries?" in text


def test_replacing_codes_is_one_pass_and_whole_words_only() -> None:
    mapping = {"C2": "C1", "C1": "C2", "ANNA": "C3", "K7": "C4"}
    text = "C2 met C1; Anna and ANNA; k7 and K7x and XK7"
    assert replace_codes(text, mapping) == "C1 met C2; Anna and C3; C4 and K7x and XK7"
    assert code_pattern({}) is None
    assert alias_map(["B", "A", "B", "C"]) == {"B": "C1", "A": "C2", "C": "C3"}


@cache
def background() -> str:
    """Text that any export holds whatever the journal: a generated client code that occurs in
    it (a word from a question set, `ABC`, `DOCTYPE`) would be found without being a leak."""
    parts = [text for texts in MESSAGES.values() for text in texts.values()]
    parts += [p.read_text(encoding="utf-8") for p in (REPO / "questionnaires").glob("*.yaml")]
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "journal")
        for fmt in FORMATS.values():
            for lang in ("nl", "en"):
                parts.append(text_of(journal, fmt, lang))
    return "\n".join(parts)


CODES = st.from_regex(r"^[A-Z][A-Z0-9]{2,7}$", fullmatch=True).filter(
    lambda code: not re.match(r"^(C\d+|T\d+)$", code) and not code.startswith("T0")
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(codes=st.lists(CODES, min_size=1, max_size=4, unique=True), data=st.data())
def test_an_aliased_export_never_holds_a_real_client_code(
    codes: list[str], data: st.DataObject
) -> None:
    assume(not any(code in background() for code in codes))
    entries = []
    for number, code in enumerate(codes * 2, start=1):
        day = date(2026, 10, 1) + timedelta(days=data.draw(st.integers(0, 30)))
        entries.append(
            make_entry(
                number,
                day.isoformat(),
                code,
                {
                    "countertransference": {
                        "position": data.draw(st.integers(1, 7)),
                        "type2_signals": ["rescuing"],
                        "what_pulled": f"{code} reminded me of someone",
                    },
                    "kiesler": {"messages": ["friendly"], "control_position": 4},
                },
                note=f"With {code} today. {code}: tears again ({code.lower()}).",
                supervision=number % 2 == 0,
                supervision_question=f"Why does {code} pull me close?",
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        journal = write_journal(Path(folder), entries)
        client = data.draw(st.sampled_from([None, *codes]))
        for fmt in FORMATS.values():
            raw = run_export(journal, fmt, "en", alias_clients=True, client=client)
            text = raw.decode("utf-8-sig")
            for code in codes:
                assert code not in text, (fmt, code)
            assert "C1" in text


# --- files ------------------------------------------------------------------------------------


def test_an_output_file_is_readable_by_the_owner_only(
    cli: Cli, october: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "desktop"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    target = folder / "supervision.html"
    target.write_text("old")
    target.chmod(0o644)
    result = cli("export", "-o", str(target), "--month", "2026-10")
    assert result.code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755  # the user's folder is left as it was
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # from the name
    assert "Wrote 5 reflections to" in flat(result.stderr)
    assert result.stdout == ""
    assert [p.name for p in folder.iterdir()] == ["supervision.html"]  # no temporary left


def test_stdout_gets_the_document_and_stderr_the_messages(cli: Cli, october: Journal) -> None:
    result = cli("export", "--format", "csv", "--month", "2026-10")
    assert result.code == 0
    assert result.stdout.startswith("\ufeffentry_id,")
    result = cli("export", "--format", "json", "--alias-clients")
    assert json.loads(result.stdout)["complete"] is False
    assert "import refuses it without --force" in flat(result.stderr)


def test_an_output_in_a_missing_folder_is_a_usage_error(
    cli: Cli, october: Journal, tmp_path: Path
) -> None:
    result = cli("export", "-o", str(tmp_path / "nowhere" / "x.md"))
    assert result.code == 2
    assert "does not exist" in flat(result.stderr)
    result = cli("export", "-o", str(tmp_path))
    assert result.code == 2


def test_a_damaged_journal_is_reported_not_exported(cli: Cli, october: Journal) -> None:
    path = october.month_path("2026-10")
    path.write_text(path.read_text().replace('"client":"MW-03"', '"client":"mw 03"'))
    for fmt in ("markdown", "csv", "html", "json"):
        result = cli("export", "--format", fmt, "--alias-clients")
        assert result.code == 4, (fmt, result.stderr)
        assert "entries.1.client" in flat(result.stderr)


# --- where -o may write, and in which format ----------------------------------------------------


@pytest.mark.parametrize("inside", ["journal/out.md", "out.md", "drafts/x.html"])
def test_an_output_in_afstands_own_folder_is_refused(
    cli: Cli, october: Journal, afstand_home: Path, inside: str
) -> None:
    target = afstand_home / inside
    target.parent.mkdir(parents=True, exist_ok=True)
    before = sorted(p.name for p in target.parent.iterdir())
    result = cli("export", "-o", str(target))
    assert result.code == 2
    assert "lies in afstand's own folder" in flat(result.stderr)
    assert "hint: write an export outside the journal's folder" in flat(result.stderr)
    assert sorted(p.name for p in target.parent.iterdir()) == before


def test_an_output_that_is_a_folder_is_refused_clearly(
    cli: Cli, october: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "exports.md"
    folder.mkdir()
    result = cli("export", "-o", str(folder))
    assert result.code == 2
    assert f"error: {folder} is a folder, not a file" in flat(result.stderr)
    assert list(folder.iterdir()) == []


def test_a_device_is_written_as_a_stream_never_replaced(cli: Cli, october: Journal) -> None:
    null = Path("/dev/null")
    if not null.exists():
        pytest.skip("no /dev/null here")
    before = null.stat()
    result = cli("export", "--format", "json", "-o", str(null))
    assert result.code == 0, result.stderr
    after = null.stat()
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (
        before.st_ino,
        before.st_rdev,
    )


def test_a_named_pipe_is_written_as_a_stream(cli: Cli, october: Journal, tmp_path: Path) -> None:
    import os
    import threading

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = cli("export", "-o", str(pipe))
    reader.join(timeout=30)
    assert result.code == 0, result.stderr
    assert received and received[0].startswith("\ufeffentry_id,".encode())
    assert stat.S_ISFIFO(pipe.stat().st_mode)  # still the pipe, not a file put in its place


@pytest.mark.parametrize(
    ("args", "error", "hint"),
    [
        (
            ("--format", "json", "-o", "x.md"),
            "the extension of x.md does not match --format json",
            "give the file the extension .json",
        ),
        (
            ("--format", "markdown", "-o", "notes.txt"),
            "the extension of notes.txt does not match --format markdown",
            "give the file the extension .md",
        ),
        (
            ("-o", "supervision.pdf"),
            "afstand does not write PDF itself",
            "open it in your browser and choose Print → Save as PDF",
        ),
        (
            ("--format", "html", "-o", "supervision.PDF"),
            "afstand does not write PDF itself",
            "make HTML (afstand export -o supervision.html)",
        ),
    ],
)
def test_an_extension_that_does_not_match_is_refused_with_a_hint(
    cli: Cli, october: Journal, tmp_path: Path, args: tuple[str, ...], error: str, hint: str
) -> None:
    args = tuple(str(tmp_path / a) if "." in a and not a.startswith("-") else a for a in args)
    result = cli("export", *args)
    assert result.code == 2
    text = flat(result.stderr)
    assert error.split(" of ")[0] in text and hint in text
    assert list(tmp_path.iterdir()) == [tmp_path / "afstand-home"]


def test_the_format_of_a_matching_extension_is_kept(
    cli: Cli, october: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "out.htm"
    assert cli("export", "--format", "html", "-o", str(target)).code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_every_csv_cell_that_would_be_a_formula_is_neutralised(afstand_home: Path) -> None:
    starts = ["=1+1", "+1", "-1", "@SUM(A1)"]  # a tab or CR at the start is never stored
    entries = [
        make_entry(
            n,
            f"2026-10-{n:02d}",
            "K7",
            {"countertransference": {"position": 4, "what_pulled": start}},
            note=start,
            supervision=True,
            supervision_question=start,
        )
        for n, start in enumerate(starts, start=1)
    ]
    rows = list(
        csv.reader(
            io.StringIO(
                run_export(write_journal(afstand_home, entries), FORMATS["csv"]).decode("utf-8-sig")
            )
        )
    )
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    values = [r[8] for r in rows if r[5] in ("note", "supervision_question", "what_pulled")]
    assert sorted(set(values)) == sorted("'" + s for s in starts)
    for start in ("\tx", "\rx", "=x", "'=x"):
        assert neutralise(start) == ("'=x" if start == "'=x" else "'" + start)
    assert neutralise("x=1") == "x=1"


def test_the_command_offers_exactly_the_formats_there_are() -> None:
    from afstand.cli.commands.export import FORMATS as OFFERED
    from afstand.exchange.export.formats import NAMES

    assert OFFERED == NAMES
    for name, fmt in FORMATS.items():
        assert fmt.name == name and all(s.startswith(".") for s in fmt.suffixes)
        assert format_for(f"x{fmt.suffixes[0]}") is fmt
        assert format_for(f"x{fmt.suffixes[0]}", name) is fmt


# --- the charts say something ------------------------------------------------------------------


def html_of(cli: Cli, *args: str) -> str:
    result = cli("export", "--format", "html", "--month", "2026-10", *args)
    assert result.code == 0, result.stderr
    return result.stdout


def svg_of(text: str, chart_id: str) -> str:
    start = text.index(f'<svg class="chart" id="{chart_id}"')
    return text[start : text.index("</svg>", start)]


def test_the_circle_has_an_arrow_only_for_a_clear_direction(cli: Cli, afstand_home: Path) -> None:
    from report_helpers import JournalBuilder

    builder = JournalBuilder(afstand_home)
    # the profile of test_report_figures.py with a known fit of 0.73
    for day in range(1, 11):
        neighbour = "friendly-submissive" if day % 2 else "hostile-submissive"
        builder.add("K7", f"2026-10-{day:02d}", messages=["submissive", neighbour])
    circle = svg_of(html_of(cli), "chart-circle")
    assert 'class="arrow"' in circle
    assert "Main direction: compliant, puts on a pedestal" in circle  # said in words too
    for day in range(11, 21):
        builder.add("K7", f"2026-10-{day:02d}", messages=["dominant"])
    circle = svg_of(html_of(cli), "chart-circle")
    assert 'class="arrow"' not in circle  # two opposite ends: no single direction
    assert "No main direction shown" in circle


def test_zero_is_drawn_as_zero_and_no_data_means_nothing_was_asked(
    cli: Cli, afstand_home: Path
) -> None:
    from report_helpers import JournalBuilder

    builder = JournalBuilder(afstand_home)
    builder.add("K7", "2026-10-05", needs={"limits": 2})  # asks no Type I or II
    poles = svg_of(html_of(cli), "chart-poles")
    assert "no data" in poles
    builder.add("K7", "2026-10-06", position=4)  # asked, and no signal noted
    poles = svg_of(html_of(cli), "chart-poles")
    assert "no data" not in poles
    assert "in all Type I in 0 and Type II in 0 of 1 reflections" in poles


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_a_document_for_a_supervisor_aliases_clients_unless_real_codes_are_asked(
    cli: Cli, october: Journal, tmp_path: Path, suffix: str
) -> None:
    codes = {entry.client for entry in october.entries()}
    aliased = tmp_path / f"aliased{suffix}"
    assert cli("export", "-o", str(aliased)).code == 0
    text = aliased.read_text(encoding="utf-8")
    assert "C1" in text
    assert not any(re.search(rf"\b{re.escape(code)}\b", text) for code in codes)
    real = tmp_path / f"real{suffix}"
    assert cli("export", "--real-codes", "-o", str(real)).code == 0
    assert all(code in real.read_text(encoding="utf-8") for code in codes)


def test_data_exports_keep_the_codes_so_that_they_import(
    cli: Cli, october: Journal, tmp_path: Path
) -> None:
    codes = {entry.client for entry in october.entries()}
    for name in ("all.json", "all.csv"):
        assert cli("export", "-o", str(tmp_path / name)).code == 0
        assert all(code in (tmp_path / name).read_text(encoding="utf-8-sig") for code in codes)


class WatchedJournal(Journal):
    """A journal that notes which months are read, and once `until` is set refuses to read a
    month after it: an export that read ahead would fail."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.until: str | None = None
        self.reads: list[str] = []

    def read(self, month: str) -> Month:
        if self.until is not None and month > self.until:
            raise AssertionError(f"{month} read before the months before it were written")
        self.reads.append(month)
        return super().read(month)


HALF_YEAR = [f"2026-{number:02d}" for number in range(1, 7)]


def half_year(home: Path) -> WatchedJournal:
    """Six months, each with a reflection flagged for supervision and one that is not."""
    write_journal(
        home,
        [
            make_entry(
                number * 2 + flagged,
                f"{month}-{5 if flagged else 15:02d}",
                "K7" if flagged else "MW-03",
                {"countertransference": {"position": 4, "what_pulled": f"pull in {month}"}},
                note=f"Note of {month}.",
                supervision=bool(flagged),
                supervision_question=f"Question of {month}?" if flagged else None,
            )
            for number, month in enumerate(HALF_YEAR)
            for flagged in (1, 0)
        ],
    )
    return WatchedJournal(home / "journal")


def marker(fmt: str, month: str) -> str:
    """What the export of the reflection of the 15th of `month` (not flagged) starts with."""
    number = HALF_YEAR.index(month) * 2
    return {"markdown": f"#### {month}-15", "html": f'id="entry-{entry_id(number)}"'}.get(
        fmt, f"{entry_id(number)},{month}-15"
    )


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv"])
def test_an_export_is_written_month_by_month(afstand_home: Path, fmt: str) -> None:
    journal = half_year(afstand_home)
    options = ExportOptions(period=Period(date(2026, 1, 1), date(2026, 6, 30)))
    chunks = export(journal, FORMATS[fmt], options, lang="en", today=TODAY, now=NOW).chunks
    first = next(chunks)  # a document's top: the figures over all six months
    assert marker(fmt, "2026-01") not in first.decode("utf-8-sig")
    journal.until, journal.reads = "2026-02", []  # the month after is looked at to end one
    january = next(chunks).decode()
    assert marker(fmt, "2026-01") in january
    assert marker(fmt, "2026-02") not in january
    assert journal.reads == ["2026-01", "2026-02"]
    journal.until = None
    rest = b"".join(chunks).decode()
    assert [rest.index(marker(fmt, month)) for month in HALF_YEAR[1:]] == sorted(
        rest.index(marker(fmt, month)) for month in HALF_YEAR[1:]
    )
    if fmt != "csv":  # every flagged reflection, with its question, came before the figures
        top = first.decode()
        assert all(f"Question of {month}?" in top for month in HALF_YEAR)
        assert "Question of" not in january + rest


def test_an_export_in_parts_is_the_same_as_in_one(afstand_home: Path) -> None:
    journal = half_year(afstand_home)
    options = ExportOptions(period=Period(date(2026, 1, 1), date(2026, 6, 30)))
    for fmt in ("markdown", "html", "csv"):
        made = export(journal, FORMATS[fmt], options, lang="en", today=TODAY, now=NOW)
        parts = list(made.chunks)
        assert len(parts) > len(HALF_YEAR)
        again = export(journal, FORMATS[fmt], options, lang="en", today=TODAY, now=NOW)
        assert b"".join(parts) == again.data
        assert made.count == again.count == 12
