"""Forgetting: `afstand forget --client`, `afstand purge` with `retention_months`, and the
reminder after `reflect` when reflections are past the retention period."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from afstand.journal.forgetting import entries_past_retention, retention_cutoff
from afstand.journal.format import encode_month
from afstand.journal.periods import month_of
from afstand.journal.store import Journal
from afstand.models.entry import Entry
from afstand.questionnaires.catalog import load_catalog
from afstand.reflection.answer_checks import build_entry
from afstand.reflection.answers_file import submission_from
from afstand.reflection.drafts import DraftStore, new_draft
from helpers import Cli, flat

NOW = datetime(2026, 11, 21, 20, 15, tzinfo=UTC)
CATALOG = load_catalog(None)


def make_entry(client: str, day: date, position: int = 4, note: str | None = None) -> Entry:
    submission = submission_from(
        {
            "client": client,
            "date": day.isoformat(),
            "note": note,
            "answers": {"countertransference": {"position": position}},
        }
    )
    return build_entry(submission, CATALOG, now=NOW, today=max(day, NOW.date()))


@pytest.fixture
def journal(afstand_home: Path) -> Journal:
    return Journal(afstand_home / "journal")


@pytest.fixture
def store(afstand_home: Path) -> DraftStore:
    return DraftStore(afstand_home / "drafts")


def add(journal: Journal, *entries: Entry) -> list[Entry]:
    for entry in entries:
        journal.add(entry)
    return list(entries)


def save_draft(store: DraftStore, draft_id: str, client: str | None, day: date | None) -> Path:
    draft = new_draft(draft_id, NOW, ["countertransference"], client, day)
    draft.answers = {"countertransference": {"position": 4}}  # an empty draft is not kept
    store.save(draft)
    return store.path(draft_id)


def snapshot(home: Path) -> dict[str, bytes]:
    """Every file afstand keeps, by path: to show that nothing changed."""
    return {
        str(path.relative_to(home)): path.read_bytes()
        for path in sorted(home.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def all_entries(journal: Journal) -> list[Entry]:
    return journal.entries()


def write_config(home: Path, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text, encoding="utf-8")


class Terminal(io.StringIO):
    """Typed input that says it comes from a terminal."""

    def isatty(self) -> bool:
        return True


# --- forget -----------------------------------------------------------------------------------


@pytest.fixture
def clients(journal: Journal, store: DraftStore) -> dict[str, Any]:
    """K7 in five months over three years (sharing two months with others), MW-03 and AB-1;
    drafts of K7 (one written in lower case), MW-03 and one without a client yet."""
    k7 = add(
        journal,
        make_entry("K7", date(2024, 3, 2)),
        make_entry("k7", date(2024, 12, 30), note="she spoke about her father"),
        make_entry("K7", date(2025, 1, 6)),
        make_entry("K7", date(2026, 10, 5)),
        make_entry("K7", date(2026, 10, 28)),
    )
    others = add(
        journal,
        make_entry("MW-03", date(2024, 12, 2)),
        make_entry("MW-03", date(2026, 10, 12), note="K8 is someone else"),
        make_entry("AB-1", date(2025, 6, 9)),
    )
    drafts = {
        "k7": save_draft(store, "d-k7", "K7", date(2026, 11, 20)),
        "k7-lower": save_draft(store, "d-k7-lower", "k7", None),
        "mw": save_draft(store, "d-mw", "MW-03", date(2026, 11, 19)),
        "none": save_draft(store, "d-none", None, None),
    }
    return {"k7": k7, "others": others, "drafts": drafts}


def test_forget_removes_every_reflection_and_draft_of_the_client(
    cli, journal: Journal, store: DraftStore, clients: dict[str, Any], afstand_home: Path
) -> None:
    untouched = {
        path: data
        for path, data in snapshot(afstand_home).items()
        if path in ("journal/2025/2025-06.json", "drafts/d-mw.json", "drafts/d-none.json")
    }
    assert len(untouched) == 3

    result = cli("forget", "--client", "k7", "--yes")

    assert result.code == 0, result.stderr
    assert result.stdout == ""
    err = flat(result.stderr)
    assert "reflections: 5, from 2024-03-02 to 2026-10-28" in err
    assert "drafts: 2" in err
    assert (
        "afstand keeps no backup copies; your own backups and synced folders still hold it" in err
    )
    assert "Forgot K7: removed 5 reflections and 2 drafts." in err
    # every K7 reflection and draft is gone; nothing else
    assert all_entries(journal) == sorted(clients["others"], key=lambda e: (e.date, e.created))
    remaining, broken = store.load()
    assert {d.id for d in remaining} == {"d-mw", "d-none"} and broken == []
    # what is left is byte for byte what the other clients' entries make
    after = snapshot(afstand_home)
    for path, data in untouched.items():
        assert after[path] == data
    assert after["journal/2024/2024-12.json"] == encode_month("2024-12", [clients["others"][0]])
    assert after["journal/2026/2026-10.json"] == encode_month("2026-10", [clients["others"][1]])
    # months that held only K7 are removed
    assert not (afstand_home / "journal/2024/2024-03.json").exists()
    assert not (afstand_home / "journal/2025/2025-01.json").exists()
    assert not any(b"K7" in data for path, data in after.items() if path.startswith("journal"))


def test_forget_compares_codes_without_regard_to_case(
    cli, journal: Journal, clients: dict[str, Any]
) -> None:
    assert cli("forget", "-c", " K7 ", "-y").code == 0
    assert {e.client for e in all_entries(journal)} == {"MW-03", "AB-1"}


def test_a_dry_run_shows_the_counts_and_changes_nothing(
    cli, clients: dict[str, Any], afstand_home: Path
) -> None:
    before = snapshot(afstand_home)
    result = cli("forget", "--client", "K7", "--dry-run")
    assert result.code == 0, result.stderr
    err = flat(result.stderr)
    assert "Forget client K7:" in err
    assert "reflections: 5, from 2024-03-02 to 2026-10-28" in err
    assert "drafts: 2" in err
    assert "dry run: nothing was removed" in err
    assert snapshot(afstand_home) == before


def test_without_a_terminal_and_without_yes_nothing_is_removed(
    cli, clients: dict[str, Any], afstand_home: Path
) -> None:
    before = snapshot(afstand_home)
    result = cli("forget", "--client", "K7", stdin="")
    assert result.code == 2
    assert "no terminal" in result.stderr and "--yes" in result.stderr
    assert snapshot(afstand_home) == before


def test_declining_removes_nothing_and_agreeing_removes(
    cli,
    journal: Journal,
    clients: dict[str, Any],
    afstand_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = snapshot(afstand_home)
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    result = cli("forget", "--client", "K7")
    assert result.code == 130
    assert "Remove everything about K7 for good? [y/N]" in result.stderr
    assert "Nothing removed." in result.stderr
    assert snapshot(afstand_home) == before

    monkeypatch.setattr(sys, "stdin", Terminal("j\n"))
    assert cli("forget", "--client", "K7").code == 0
    assert "K7" not in {e.client for e in all_entries(journal)}


def test_an_unknown_client_is_an_error_with_a_hint(
    cli, clients: dict[str, Any], afstand_home: Path
) -> None:
    before = snapshot(afstand_home)
    result = cli("forget", "--client", "k8", "--yes")
    assert result.code == 1
    assert "no reflections or drafts about client K8" in result.stderr
    assert "hint: did you mean K7?" in result.stderr
    result = cli("forget", "--client", "ZZZ-99", "--yes")
    assert result.code == 1
    assert "hint: check the code" in result.stderr
    assert snapshot(afstand_home) == before


def test_a_client_with_only_a_draft_is_forgotten(cli, journal: Journal, store: DraftStore) -> None:
    add(journal, make_entry("MW-03", date(2026, 10, 12)))
    save_draft(store, "d-new", "NW-1", date(2026, 11, 20))
    result = cli("forget", "--client", "nw-1", "--yes")
    assert result.code == 0, result.stderr
    assert "reflections: none" in result.stderr
    assert store.load() == ([], [])
    assert len(all_entries(journal)) == 1


def test_a_damaged_month_stops_forget_before_anything_is_removed(
    cli, clients: dict[str, Any], afstand_home: Path
) -> None:
    # a month between K7's months: a removal month by month would have written 2024 already
    (afstand_home / "journal/2025/2025-06.json").write_bytes(b'{"format": "afstand-journal", ')
    before = snapshot(afstand_home)
    result = cli("forget", "--client", "K7", "--yes")
    assert result.code == 4
    assert "2025-06.json" in flat(result.stderr).replace(" ", "")
    assert snapshot(afstand_home) == before


def test_an_unreadable_draft_is_named_and_left_alone(
    cli, clients: dict[str, Any], afstand_home: Path
) -> None:
    broken = afstand_home / "drafts" / "d-broken.json"
    broken.write_bytes(b"not json")
    result = cli("forget", "--client", "K7", "--yes")
    assert result.code == 0, result.stderr
    assert "d-broken.json" in "".join(result.stderr.split())
    assert broken.read_bytes() == b"not json"


def test_forget_speaks_dutch_and_english(cli: Cli, clients: dict[str, Any]) -> None:
    dutch = flat(cli("--lang", "nl", "forget", "--client", "K7", "--dry-run").stderr)
    assert "Cliënt K7 vergeten:" in dutch
    assert "reflecties: 5, van 2024-03-02 tot en met 2026-10-28" in dutch
    assert "proefdraai: er is niets verwijderd" in dutch
    assert "afstand maakt zelf geen reservekopieën" in dutch
    english = flat(cli("forget", "--client", "K7", "--dry-run", "--lang", "en").stderr)
    assert "Forget client K7:" in english
    assert "dry run: nothing was removed" in english


# --- purge ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "months", "cutoff"),
    [
        (date(2026, 11, 21), 12, date(2025, 11, 21)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 5, 10), 24, date(2024, 5, 10)),
        (date(2026, 5, 10), 100_000, date.min),
    ],
)
def test_the_cutoff_is_the_same_day_months_ago(today: date, months: int, cutoff: date) -> None:
    assert retention_cutoff(today, months) == cutoff


@pytest.fixture
def aged(journal: Journal, store: DraftStore, afstand_home: Path) -> dict[str, Any]:
    """Reflections around the cut-off of a retention of 12 months, from today."""
    today = date.today()
    cutoff = retention_cutoff(today, 12)
    old = add(
        journal,
        make_entry("K7", cutoff - timedelta(days=400)),
        make_entry("MW-03", cutoff - timedelta(days=1)),
    )
    kept = add(
        journal,
        make_entry("K7", cutoff),  # on the cut-off day: stays
        make_entry("MW-03", cutoff + timedelta(days=1)),
        make_entry("AB-1", today),
    )
    save_draft(store, "d-old", "K7", cutoff - timedelta(days=2))
    save_draft(store, "d-new", "K7", today)
    return {"cutoff": cutoff, "old": old, "kept": kept}


def test_purge_removes_exactly_what_lies_before_the_cutoff(
    cli, journal: Journal, store: DraftStore, aged: dict[str, Any], afstand_home: Path
) -> None:
    write_config(afstand_home, "retention_months = 12\n")
    result = cli("purge", "--yes")
    assert result.code == 0, result.stderr
    err = flat(result.stderr)
    cutoff = aged["cutoff"].isoformat()
    assert f"everything with a session date before {cutoff} goes" in err
    assert "reflections: 2, about 2 clients" in err
    assert "afstand keeps no backup copies" in err
    assert f"Removed 2 reflections and 1 draft from before {cutoff}." in err
    assert {e.id for e in all_entries(journal)} == {e.id for e in aged["kept"]}
    assert [d.id for d in store.load()[0]] == ["d-new"]
    # and once more: nothing left to purge, which is no error
    again = cli("purge", "--yes")
    assert again.code == 0
    assert "Nothing is older than your retention of 12 months" in flat(again.stderr)


def test_purge_dry_run_changes_nothing(cli, aged: dict[str, Any], afstand_home: Path) -> None:
    write_config(afstand_home, "retention_months = 12\n")
    before = snapshot(afstand_home)
    result = cli("purge", "--dry-run")
    assert result.code == 0, result.stderr
    err = flat(result.stderr)
    assert "reflections: 2, about 2 clients" in err
    assert "drafts: 1" in err
    assert "dry run: nothing was removed" in err
    assert snapshot(afstand_home) == before


def test_purge_without_a_terminal_and_without_yes(
    cli, aged: dict[str, Any], afstand_home: Path
) -> None:
    write_config(afstand_home, "retention_months = 12\n")
    before = snapshot(afstand_home)
    result = cli("purge", stdin="")
    assert result.code == 2
    assert "--yes" in result.stderr
    assert snapshot(afstand_home) == before


def test_purge_without_a_retention_period(cli, aged: dict[str, Any], afstand_home: Path) -> None:
    before = snapshot(afstand_home)
    result = cli("purge", "--yes")
    assert result.code == 2
    assert "purge needs a retention period" in result.stderr
    assert "retention_months = 24" in flat(result.stderr)
    assert "config.toml" in "".join(result.stderr.split())
    assert snapshot(afstand_home) == before


def test_purge_leaves_damaged_months_after_the_cutoff_alone(
    cli, journal: Journal, aged: dict[str, Any], afstand_home: Path
) -> None:
    write_config(afstand_home, "retention_months = 12\n")
    damaged = journal.month_path(month_of(date.today()))
    damaged.write_bytes(b"garbage")
    assert cli("purge", "--yes").code == 0
    assert damaged.read_bytes() == b"garbage"


# --- the reminder after reflect ---------------------------------------------------------------


def reflect_answers(cli: Cli, tmp_path: Path, day: date, *extra: str):
    path = tmp_path / f"answers-{day}.json"
    path.write_text(
        json.dumps(
            {
                "client": "K7",
                "date": day.isoformat(),
                "answers": {"countertransference": {"position": 4}},
            }
        ),
        encoding="utf-8",
    )
    return cli("reflect", "--answers", str(path), *extra)


def test_reflect_reminds_when_reflections_are_past_retention(
    cli, journal: Journal, afstand_home: Path, tmp_path: Path
) -> None:
    write_config(afstand_home, "retention_months = 12\n")
    cutoff = retention_cutoff(date.today(), 12)
    add(journal, make_entry("MW-03", cutoff - timedelta(days=3)))
    result = reflect_answers(cli, tmp_path, date.today())
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert "1 reflection is older than your retention of 12 months: afstand purge" in flat(
        result.stderr
    )
    dutch = reflect_answers(cli, tmp_path, date.today() - timedelta(days=1), "--lang", "nl")
    assert "1 reflectie is ouder dan je bewaartermijn van 12 maanden: afstand purge" in flat(
        dutch.stderr
    )


def test_no_reminder_without_old_reflections_or_without_retention(
    cli, journal: Journal, afstand_home: Path, tmp_path: Path
) -> None:
    cutoff = retention_cutoff(date.today(), 12)
    add(journal, make_entry("MW-03", cutoff))  # on the cut-off day: not past it
    write_config(afstand_home, "retention_months = 12\n")
    result = reflect_answers(cli, tmp_path, date.today())
    assert result.code == 0, result.stderr
    assert "retention" not in result.stderr
    add(journal, make_entry("MW-03", cutoff - timedelta(days=1)))
    write_config(afstand_home, 'language = "en"\n')  # no retention period: no reminder
    result = reflect_answers(cli, tmp_path, date.today() - timedelta(days=1))
    assert result.code == 0, result.stderr
    assert "retention" not in result.stderr


def test_the_reminder_after_an_interactive_reflection(
    cli, journal: Journal, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import afstand.cli.commands.reflect as reflect_command
    import afstand.reflection.flow

    write_config(afstand_home, "retention_months = 6\n")
    add(
        journal,
        *(
            make_entry("K7", retention_cutoff(date.today(), 7) + timedelta(days=i))
            for i in range(3)
        ),
    )
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(reflect_command, "_hang_up_as_interrupt", lambda: None)
    monkeypatch.setattr(
        afstand.reflection.flow, "run_reflection", lambda *a, **k: make_entry("K7", date.today())
    )
    result = cli("reflect", "--client", "K7")
    assert result.code == 0, result.stderr
    assert "3 reflections are older than your retention of 6 months: afstand purge" in flat(
        result.stderr
    )


def test_entries_past_retention_reads_only_the_months_up_to_the_cutoff(journal: Journal) -> None:
    today = date(2026, 11, 21)
    add(
        journal,
        make_entry("K7", date(2024, 2, 1)),
        make_entry("K7", date(2025, 11, 1)),
        make_entry("K7", date(2025, 11, 20)),
        make_entry("K7", date(2025, 11, 21)),  # the cut-off day: not past
        make_entry("K7", date(2026, 1, 5)),
    )
    # a damaged month after the cut-off is never opened
    journal.month_path("2026-02").parent.mkdir(parents=True, exist_ok=True)
    journal.month_path("2026-02").write_bytes(b"garbage")
    assert entries_past_retention(journal, 12, today) == 3
    assert entries_past_retention(journal, 36, today) == 0
    assert entries_past_retention(Journal(journal.folder / "nowhere"), 12, today) == 0
