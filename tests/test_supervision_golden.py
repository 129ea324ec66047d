"""The inbreng and the reflectieverslag as Markdown, in Dutch and English, against golden files
(`UPDATE_GOLDEN=1` rewrites them; read the difference before committing it)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from afstand.i18n import set_language
from afstand.journal.store import Journal
from afstand.models.supervision import MeetingInput, SeriesInput, VerslagInput
from afstand.questionnaires.catalog import load_catalog
from afstand.reflection.answer_checks import build_entry
from afstand.reflection.answers_file import submission_from
from afstand.supervision import series as ops
from afstand.supervision.documents.build import inbreng_document, verslag_document
from afstand.supervision.documents.render import markdown
from afstand.supervision.inbreng import choose, gather, record
from afstand.supervision.schedule import verslag_due
from afstand.supervision.verslag import write_verslag
from test_supervision_cycle import aliases

GOLDEN = Path(__file__).parent / "golden"
NOW = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
CATALOG = load_catalog(None)


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_inbreng_and_the_verslag_read_as_written(afstand_home: Path, language: str) -> None:
    set_language(language)  # type: ignore[arg-type]
    journal = Journal(afstand_home / "journal")
    for client, day, question, note in (
        ("K7", "2026-02-16", "How do I stay with myself when K7 cries?", "I stayed # longer <b>"),
        ("MW-03", "2026-02-18", "Why do I keep doing her homework?", None),
    ):
        journal.add(
            build_entry(
                submission_from(
                    {
                        "client": client,
                        "date": day,
                        "note": note,
                        "supervision": True,
                        "supervision_question": question,
                        "answers": {
                            "countertransference": {"position": 6, "type2_signals": ["rescuing"]}
                        },
                    }
                ),
                CATALOG,
                now=NOW,
                today=NOW.date(),
            )
        )
    series = ops.new_series(
        SeriesInput.model_validate(
            {
                "kind": "supervision",
                "supervisor": {"name": "Anna de Vries", "registry": "LVSC"},
                "planned_meetings": 10,
                "started": "2026-02-02",
                "goals": ["I notice sooner when I start rescuing.", "I keep my limits."],
            }
        ),
        NOW,
    )
    find = ops.reflection_finder(journal)
    for day, actions in (
        ("2026-02-09", ["Ask before I act."]),
        ("2026-02-23", []),
        ("2026-03-09", []),
    ):
        given = MeetingInput(
            date=date.fromisoformat(day), start="14:00", end="15:00", goals=[1], actions=actions
        )
        series = ops.add_meeting(series, ops.build_meeting(series, [], given, find), NOW)
    meeting = series.ordered_meetings()[1]
    gathered = gather(journal, series, meeting, date(2026, 2, 22))
    chosen = choose(gathered, journal, None)
    question = "Where is my limit with K7?"
    inbreng = inbreng_document(gathered, chosen, question, language, aliases, date(2026, 2, 22))
    check(f"supervision_inbreng_{language}.md", markdown(inbreng))
    series = record(series, meeting, chosen, question, NOW)

    given_verslag = VerslagInput.model_validate(
        {
            "answers": {
                "what_we_did": "We looked at the pull to rescue.",
                "what_it_did": "Relief, and some shame.\nThen calm.",
                "what_next": "Name it out loud next time.",
                "helped_learning": "The role play.",
            },
            "goals": [1, 2],
        }
    )
    meeting = series.ordered_meetings()[1]
    series = write_verslag(series, meeting, given_verslag, CATALOG, NOW, date(2026, 2, 24))
    meeting = series.ordered_meetings()[1]
    due = verslag_due(series, meeting)
    assert due.day == date(2026, 3, 7)
    check(
        f"supervision_verslag_{language}.md",
        markdown(verslag_document(series, meeting, due, language)),
    )
