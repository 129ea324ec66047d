"""Two phases: `reflect --quick` right after a session, `reflect --deepen ID` later. The
deepened entry keeps every quick answer, keeps its id, and the report counts it once."""

from __future__ import annotations

import json
from pathlib import Path

from afstand.journal.store import Journal
from afstand.models.entry import Entry
from afstand.questionnaires.catalog import load_catalog
from afstand.reflection.drafts import DraftStore
from helpers import Cli, Typed, flat, month_entries

DAY = "2026-11-03"
# the quick questions of the default sets, as typed: position 3, the first Type I signal,
# no Type II signal (Enter), the fifth Kiesler message, control position 4, then the one line
# and Enter at the summary
QUICK = ["3", "1", "", "5", "4", "felt small next to her", ""]
# deepening: legs 2, then Enter everywhere (optional questions passed by, supervision no,
# the summary saved)
DEEPEN = ["2", *[""] * 60]


def journal_entries(home: Path) -> list[Entry]:
    return Journal(home / "journal").entries()


def quick_reflection(typed: Typed, home: Path) -> Entry:
    result = typed("reflect", "--quick", "--client", "K7", "--date", DAY, lines=QUICK)
    assert result.code == 0, result.stderr
    (entry,) = journal_entries(home)
    return entry


def answers_of(entry: Entry) -> dict[tuple[str, str], object]:
    return {(s.id, a.question): a.value for s, a in entry.answers()}


def option_id(set_id: str, question_id: str, number: int) -> str:
    question = load_catalog(None).get(set_id).question(question_id)
    assert question is not None
    return question.options[number - 1].id


def test_quick_asks_only_the_quick_questions_and_marks_the_entry(
    typed: Typed, afstand_home: Path
) -> None:
    result = typed("reflect", "--quick", "--client", "K7", "--date", DAY, lines=QUICK)
    assert result.code == 0, result.stderr
    (entry,) = journal_entries(afstand_home)
    assert entry.phase == "quick" and entry.client == "K7"
    assert entry.note == "felt small next to her"
    assert answers_of(entry) == {
        ("countertransference", "position"): 3,
        ("countertransference", "type1_signals"): [
            option_id("countertransference", "type1_signals", 1)
        ],
        ("kiesler", "messages"): [option_id("kiesler", "messages", 5)],
        ("kiesler", "control_position"): 4,
    }
    said = flat(result.stderr)
    assert "Bring this to supervision?" not in said  # left for deepening
    assert "1/2 Countertransference" in said and "2/2 Influence messages" in said
    assert "Saved quick reflection" in said
    assert f"afstand reflect --deepen {entry.id[:8]}" in said
    (stored,) = month_entries(afstand_home / "journal" / "2026" / "2026-11.json")
    assert stored["phase"] == "quick"


def test_deepening_keeps_every_quick_answer_and_the_id(typed: Typed, afstand_home: Path) -> None:
    quick = quick_reflection(typed, afstand_home)
    result = typed("reflect", "--deepen", quick.id[:8], lines=DEEPEN)
    assert result.code == 0, result.stderr
    (deepened,) = journal_entries(afstand_home)
    assert deepened.id == quick.id and deepened.created == quick.created
    assert deepened.updated is not None
    assert deepened.phase == "complete"
    assert deepened.note == quick.note and deepened.client == "K7"
    assert answers_of(quick).items() <= answers_of(deepened).items()
    assert answers_of(deepened)[("countertransference", "legs")] == 2
    said = flat(result.stderr)
    assert "Bring this to supervision?" in said
    assert "Deepened and saved reflection" in said
    # the quick questions are not asked again (the summary shortens their prompts)
    assert "between distance and closeness?" not in said
    assert DraftStore(afstand_home / "drafts").load() == ([], [])


def test_the_report_counts_a_deepened_entry_once(
    typed: Typed, cli: Cli, afstand_home: Path
) -> None:
    quick = quick_reflection(typed, afstand_home)
    before = json.loads(cli("report", "--month", "2026-11", "--json").stdout)
    assert before["entries"] == 1 and before["quick"] == 1
    text = cli("report", "--month", "2026-11").stdout
    assert "1 of the 1 reflections is still quick" in flat(text)
    assert typed("reflect", "--deepen", quick.id[:8], lines=DEEPEN).code == 0
    after = json.loads(cli("report", "--month", "2026-11", "--json").stdout)
    assert after["entries"] == 1 and after["quick"] == 0
    assert after["affiliation"]["n"] == 1
    assert "still quick" not in cli("report", "--month", "2026-11").stdout


def test_an_interrupted_deepening_is_resumed_and_still_replaces(
    typed: Typed, afstand_home: Path
) -> None:
    quick = quick_reflection(typed, afstand_home)
    stopped = typed("reflect", "--deepen", quick.id[:8], lines=["2"])  # then Ctrl-D
    assert stopped.code == 130
    (draft,), _ = DraftStore(afstand_home / "drafts").load()
    assert draft.deepens == quick.id
    result = typed("reflect", "--deepen", quick.id[:8], lines=[""] * 60)
    assert result.code == 0, result.stderr
    assert "Going on deepening" in result.stderr
    (deepened,) = journal_entries(afstand_home)
    assert deepened.id == quick.id and deepened.phase == "complete"
    assert answers_of(deepened)[("countertransference", "legs")] == 2


def test_a_deepening_draft_resumed_from_the_list_replaces_too(
    typed: Typed, afstand_home: Path
) -> None:
    quick = quick_reflection(typed, afstand_home)
    assert typed("reflect", "--deepen", quick.id[:8], lines=["2"]).code == 130
    result = typed("reflect", lines=["1", *[""] * 60])  # 1: the draft listed
    assert result.code == 0, result.stderr
    assert f"(deepening {quick.id[:8]})" in result.stderr
    (deepened,) = journal_entries(afstand_home)
    assert deepened.id == quick.id and deepened.phase == "complete"


def test_list_marks_the_quick_entries_and_filters_them(
    typed: Typed, cli: Cli, afstand_home: Path
) -> None:
    quick = quick_reflection(typed, afstand_home)
    full = {"client": "K8", "date": DAY, "answers": {"countertransference": {"position": 4}}}
    assert cli("reflect", "--answers", "-", stdin=json.dumps(full)).code == 0
    listed = cli("list").stdout
    assert "phase" in listed
    (line,) = [row for row in listed.splitlines() if quick.id[:8] in row]
    assert line.rstrip().endswith("quick")
    (other,) = [row for row in listed.splitlines() if "K8" in row]
    assert "quick" not in other
    only = json.loads(cli("list", "--quick", "--json").stdout)
    assert [e["id"] for e in only] == [quick.id]
    assert only[0]["phase"] == "quick"


def test_deepening_a_complete_entry_is_refused(cli: Cli, typed: Typed, afstand_home: Path) -> None:
    full = {"client": "K8", "date": DAY, "answers": {"countertransference": {"position": 4}}}
    assert cli("reflect", "--answers", "-", stdin=json.dumps(full)).code == 0
    (entry,) = journal_entries(afstand_home)
    result = typed("reflect", "--deepen", entry.id[:8], lines=[""] * 5)
    assert result.code != 0
    assert "already complete" in result.stderr and f"afstand edit {entry.id[:8]}" in result.stderr
    assert journal_entries(afstand_home) == [entry]


def test_quick_and_deepen_refuse_options_that_do_not_fit(typed: Typed, afstand_home: Path) -> None:
    quick = quick_reflection(typed, afstand_home)
    for args in (
        ("--quick", "--answers", "x.yaml"),
        ("--quick", "--deepen", quick.id[:8]),
        ("--deepen", quick.id[:8], "--client", "K9"),
        ("--deepen", quick.id[:8], "--resume"),
    ):
        result = typed("reflect", *args, lines=[""] * 5)
        assert result.code == 2, (args, result.stderr)
        assert "does not go with" in result.stderr
    assert journal_entries(afstand_home) == [quick]


def test_an_entry_without_a_phase_is_complete() -> None:
    """Every entry an older afstand wrote has no phase: it is complete, and a complete entry
    is still written without the field."""
    raw = {
        "id": "3ec4a1b2-0000-4000-8000-000000000000",
        "created": "2026-11-03T10:00:00+01:00",
        "date": DAY,
        "client": "K7",
    }
    entry = Entry.model_validate(raw)
    assert entry.phase == "complete" and not entry.is_quick
    assert "phase" not in entry.model_dump(mode="json", exclude_defaults=True)


def test_a_resumed_quick_draft_stays_quick(typed: Typed, afstand_home: Path) -> None:
    stopped = typed("reflect", "--quick", "--client", "K7", "--date", DAY, lines=["3"])
    assert stopped.code == 130
    result = typed("reflect", "--resume", lines=QUICK[1:])
    assert result.code == 0, result.stderr
    (entry,) = journal_entries(afstand_home)
    assert entry.phase == "quick"
    assert "Bring this to supervision?" not in result.stderr


def test_show_says_that_an_entry_is_quick(typed: Typed, cli: Cli, afstand_home: Path) -> None:
    quick = quick_reflection(typed, afstand_home)
    shown = cli("show", quick.id[:8])
    assert f"A quick reflection; deepen it with: afstand reflect --deepen {quick.id[:8]}" in (
        flat(shown.stdout)
    )
    plain = cli("show", quick.id[:8], "--plain").stdout
    assert "·" not in plain and "✓" not in plain
