"""`afstand reflect` and `edit` as a user types them: keys read from a (fake) terminal,
several drafts, going back, and control characters through every way in."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from afstand.journal.store import Journal
from afstand.reflection.drafts import DraftStore
from helpers import Cli, Typed, flat

ESC = "\x1b"
DAY = "2026-11-03"
# kiesler, as typed: messages (Enter passes), control position, metacommunication (Enter),
# what to try next time, then the note, supervision (Enter: no) and the summary (Enter: save)
KIESLER = ["", "4", "", "name the pedestal", "a note", "", ""]


def entries(home: Path) -> list[dict[str, object]]:
    return [e.model_dump(mode="json") for e in Journal(home / "journal").entries()]


def drafts(home: Path) -> list[dict[str, object]]:
    found, broken = DraftStore(home / "drafts").load()
    assert broken == []
    return [d.model_dump(mode="json") for d in found]


def afstand_home_of(typed: Typed) -> Path:
    return Path(os.environ["AFSTAND_HOME"])


def start_draft(typed: Typed, client: str, answered: int = 1) -> None:
    """A draft of `client` with `answered` kiesler answers, left by Ctrl-D at the next one."""
    lines = ["", "4", "named", "next time"][: 1 + answered] if answered else []
    if drafts(afstand_home_of(typed)):
        lines = ["n", *lines]  # a new reflection, not one of those listed
    result = typed("reflect", "--client", client, "--date", DAY, "--set", "kiesler", lines=lines)
    assert result.code == 130, result.stderr


# --- a whole reflection, typed -----------------------------------------------------------------


def test_a_typed_reflection_is_saved(typed: Typed, afstand_home: Path) -> None:
    result = typed("reflect", "--client", "k1", "--date", DAY, "--set", "kiesler", lines=KIESLER)
    assert result.code == 0, result.stderr
    (entry,) = entries(afstand_home)
    assert entry["client"] == "K1" and entry["note"] == "a note"
    assert "Keys:" in result.stderr and "< previous question" in result.stderr
    assert result.stderr.count("Keys:") == 1  # the help line is shown once
    assert drafts(afstand_home) == []


def test_escape_codes_typed_at_a_prompt_are_not_stored(typed: Typed, afstand_home: Path) -> None:
    lines = list(KIESLER)
    lines[3] = f"abc{ESC}[D{ESC}[DX"  # ← ← typed where no line editing exists
    lines[4] = f"{ESC}[A"  # ↑ alone
    result = typed("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=lines)
    assert result.code == 0, result.stderr
    (entry,) = entries(afstand_home)
    assert entry.get("note") is None
    text = json.dumps(entry)
    assert "abcX" in text and "\\u001b" not in text
    month = (afstand_home / "journal" / "2026" / "2026-11.json").read_bytes()
    assert b"\x1b" not in month and b"\\u001b" not in month


def test_back_at_a_question_asks_the_previous_one_again(typed: Typed, afstand_home: Path) -> None:
    # control position 4, then `<` at metacommunication: control position again, now 6
    lines = ["", "4", "<", "6", "", "", "", "", ""]
    result = typed("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=lines)
    assert result.code == 0, result.stderr
    (entry,) = entries(afstand_home)
    (answered,) = entry["sets"]  # type: ignore[misc]
    assert {a["question"]: a["value"] for a in answered["answers"]} == {"control_position": 6}


def test_the_summary_changes_an_answer_by_its_number(typed: Typed, afstand_home: Path) -> None:
    # at the summary: 1 is the control position; change it to 2, then save
    lines = ["", "4", "", "", "", "", "1", "2", ""]
    result = typed("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=lines)
    assert result.code == 0, result.stderr
    assert result.stderr.count("Summary") == 2
    (entry,) = entries(afstand_home)
    (answered,) = entry["sets"]  # type: ignore[misc]
    assert answered["answers"][0]["value"] == 2


def test_back_from_the_summary_reaches_a_question_passed_by(
    typed: Typed, afstand_home: Path
) -> None:
    # summary `<`: supervision, `<`: note, `<`: next time (passed by), answered now
    lines = ["", "4", "", "", "", "", "<", "<", "<", "try it", "", "", ""]
    result = typed("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=lines)
    assert result.code == 0, result.stderr
    (entry,) = entries(afstand_home)
    (answered,) = entry["sets"]  # type: ignore[misc]
    assert answered["answers"][-1]["value"] == "try it"


def test_no_at_the_summary_keeps_a_draft_and_says_how_many_answers(
    typed: Typed, afstand_home: Path
) -> None:
    lines = ["", "4", "", "", "", "", "n"]
    result = typed("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=lines)
    assert result.code == 0
    assert "kept as a draft (1 answer)" in flat(result.stderr)
    (draft,) = drafts(afstand_home)
    assert "--resume " + str(draft["id"])[:8] in flat(result.stderr)


def test_dutch_yes_no_questions_show_j_and_accept_ja(typed: Typed, afstand_home: Path) -> None:
    lines = ["", "4", "", "", "", "ja", "", "ja"]
    args = ("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", "--lang", "nl")
    result = typed(*args, lines=lines)
    assert result.code == 0, result.stderr
    assert "[j/N]" in result.stderr and "[J/n]" in result.stderr
    (entry,) = entries(afstand_home)
    assert entry["supervision"] is True


# --- drafts -----------------------------------------------------------------------------------


def test_stopping_before_the_first_answer_keeps_no_draft(typed: Typed, afstand_home: Path) -> None:
    result = typed("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=[])
    assert result.code == 130
    assert "Nothing was answered yet" in flat(result.stderr)
    assert "kept as a draft" not in result.stderr
    assert drafts(afstand_home) == []


def test_stopping_after_an_answer_keeps_it(typed: Typed, afstand_home: Path) -> None:
    start_draft(typed, "K7", answered=1)
    (draft,) = drafts(afstand_home)
    assert draft["client"] == "K7" and draft["answers"] == {"kiesler": {"control_position": 4}}


def test_several_drafts_are_listed_and_one_is_chosen(typed: Typed, afstand_home: Path) -> None:
    start_draft(typed, "K7", answered=1)
    start_draft(typed, "K8", answered=2)
    # newest first: 1) K8, 2) K7; choose K7 and finish it
    result = typed("reflect", lines=["2", "", "", "", "", ""])
    assert result.code == 0, result.stderr
    listing = flat(result.stderr)
    assert "1) K8 session 2026-11-03" in listing and "2 answers" in listing
    assert "2) K7 session 2026-11-03" in listing and "1 answer " in listing
    (entry,) = entries(afstand_home)
    assert entry["client"] == "K7"
    assert [d["client"] for d in drafts(afstand_home)] == ["K8"]


def test_enter_never_resumes_another_clients_draft(typed: Typed, afstand_home: Path) -> None:
    start_draft(typed, "K7", answered=2)
    before = drafts(afstand_home)
    result = typed(
        "reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=["", *KIESLER]
    )
    assert result.code == 0, result.stderr
    assert "[n] >" in result.stderr  # Enter means a new reflection
    (entry,) = entries(afstand_home)
    assert entry["client"] == "K1"
    assert drafts(afstand_home) == before


def test_enter_resumes_the_draft_of_the_given_client(typed: Typed, afstand_home: Path) -> None:
    start_draft(typed, "K7", answered=1)
    start_draft(typed, "K8", answered=1)
    result = typed("reflect", "--client", "K7", lines=["", "", "", "", "", ""])
    assert result.code == 0, result.stderr
    assert "[2] >" in result.stderr
    (entry,) = entries(afstand_home)
    assert entry["client"] == "K7"


def test_a_draft_is_discarded_from_the_list(typed: Typed, afstand_home: Path) -> None:
    start_draft(typed, "K7", answered=1)
    start_draft(typed, "K8", answered=1)
    result = typed("reflect", lines=["d2"])  # then Ctrl-D at the remaining list
    assert result.code == 130
    assert [d["client"] for d in drafts(afstand_home)] == ["K8"]


def test_resume_with_several_drafts_asks_which(typed: Typed, afstand_home: Path) -> None:
    start_draft(typed, "K7", answered=1)
    start_draft(typed, "K8", answered=1)
    result = typed("reflect", "--resume")
    assert result.code == 2
    assert "there are 2 unfinished reflections" in result.stderr
    assert "K7" in result.stderr and "K8" in result.stderr
    assert "--resume" in result.stderr
    by_client = typed("reflect", "--resume", "k7", lines=["", "", "", "", ""])
    assert by_client.code == 0, by_client.stderr
    assert [e["client"] for e in entries(afstand_home)] == ["K7"]
    (left,) = drafts(afstand_home)
    by_id = typed("reflect", "--resume", str(left["id"])[:6], lines=["", "", "", "", ""])
    assert by_id.code == 0, by_id.stderr
    assert drafts(afstand_home) == []


def test_resume_with_a_client_does_not_take_another_clients_draft(
    typed: Typed, afstand_home: Path
) -> None:
    start_draft(typed, "K7", answered=1)
    result = typed("reflect", "--resume", "--client", "K1")
    assert result.code == 1
    assert "there is no unfinished reflection" in result.stderr or "matches" in result.stderr


def test_discard_draft_takes_an_id(typed: Typed, afstand_home: Path) -> None:
    start_draft(typed, "K7", answered=1)
    start_draft(typed, "K8", answered=1)
    assert typed("reflect", "--discard-draft").code == 2
    k8 = next(d for d in drafts(afstand_home) if d["client"] == "K8")
    result = typed("reflect", "--discard-draft", str(k8["id"])[:8], lines=[])
    assert "(K8) was discarded" in result.stderr
    assert [d["client"] for d in drafts(afstand_home)] == ["K7"]


def test_an_empty_draft_of_an_older_afstand_is_not_offered(
    typed: Typed, afstand_home: Path
) -> None:
    folder = afstand_home / "drafts"
    folder.mkdir(parents=True)
    empty = {"id": "old", "started": "2026-11-01T10:00:00+00:00", "sets": ["kiesler"]}
    (folder / "old.json").write_text(json.dumps(empty))
    result = typed("reflect", "--client", "K1", "--date", DAY, "--set", "kiesler", lines=KIESLER)
    assert result.code == 0, result.stderr
    assert "Unfinished" not in result.stderr
    assert not (folder / "old.json").exists()


# --- the answers file ---------------------------------------------------------------------------


PLAIN = "client: K1\nnote: plain\nanswers:\n  kiesler: {control_position: 4}\n"


def answers_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_client_on_the_command_line_fills_a_file_without_one(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    path = answers_file(tmp_path, "answers:\n  kiesler: {control_position: 4}\n")
    result = cli("reflect", "--answers", path, "--client", "K9")
    assert result.code == 0, result.stderr
    assert [e["client"] for e in entries(afstand_home)] == ["K9"]


@pytest.mark.parametrize("option", [("--set", "kiesler"), ("--resume",), ("--discard-draft", "x")])
def test_options_that_do_nothing_with_answers_are_refused(
    cli: Cli, tmp_path: Path, afstand_home: Path, option: tuple[str, ...]
) -> None:
    path = answers_file(tmp_path, "client: K1\nanswers:\n  kiesler: {control_position: 4}\n")
    result = cli("reflect", "--answers", path, *option)
    assert result.code == 2
    assert f"{option[0]} does not go with --answers" in result.stderr
    assert entries(afstand_home) == []


def test_control_characters_in_an_answers_file_are_not_stored(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    text = (
        'client: K1\nnote: "red \\e[31mtext\\e[0m, bell \\a, c1 \\x9b2J"\n'
        'answers:\n  kiesler: {control_position: 4, next_time: "a\\u0008b\\tc"}\n'
    )
    result = cli("reflect", "--answers", answers_file(tmp_path, text))
    assert result.code == 0, result.stderr
    (entry,) = entries(afstand_home)
    assert entry["note"] == "red text, bell , c1"
    (answered,) = entry["sets"]  # type: ignore[misc]
    assert answered["answers"][-1]["value"] == "ab\tc"


def test_control_characters_in_an_import_are_not_stored(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    path = answers_file(
        tmp_path, "client: K1\nnote: plain\nanswers:\n  kiesler: {control_position: 4}\n"
    )
    assert cli("reflect", "--answers", path).code == 0
    exported = cli("export", "--format", "json")
    assert exported.code == 0, exported.stderr
    document = json.loads(exported.stdout)
    document["months"][0]["entries"][0]["note"] = "plain\x1b]0;owned\x07 \x1b[2Jtext"
    other = tmp_path / "other-home"
    (tmp_path / "export.json").write_text(json.dumps(document))
    os.environ["AFSTAND_HOME"] = str(other)
    result = cli("import", str(tmp_path / "export.json"))
    assert result.code == 0, result.stderr
    assert [e["note"] for e in entries(other)] == ["plain text"]


def test_an_older_journal_with_escape_codes_is_shown_inert(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    path = answers_file(
        tmp_path, "client: K1\nnote: plain\nanswers:\n  kiesler: {control_position: 4}\n"
    )
    assert cli("reflect", "--answers", path).code == 0
    month = next((afstand_home / "journal").rglob("*-*.json"))
    month.write_text(month.read_text().replace('"note":"plain"', '"note":"\\u001b[2Jwiped"'))
    for command in (("show", entries(afstand_home)[0]["id"]), ("list",)):  # type: ignore[index]
        result = cli(*command)  # type: ignore[arg-type]
        assert result.code == 0, result.stderr
        assert ESC not in result.stdout + result.stderr
    assert "wiped" in cli("show", str(entries(afstand_home)[0]["id"])).stdout


# --- edit ---------------------------------------------------------------------------------------


def editor_script(tmp_path: Path, body: str) -> str:
    """An EDITOR that runs `body` (Python) on the file it is given, as `path`."""
    script = tmp_path / "editor.py"
    script.write_text(f"import sys\nfrom pathlib import Path\npath = Path(sys.argv[1])\n{body}\n")
    return f"{sys.executable} {script}"


def saved_with_note(cli: Cli, tmp_path: Path, note: str) -> str:
    text = f"client: K1\nnote: {json.dumps(note)}\nanswers:\n  kiesler: {{control_position: 4}}\n"
    result = cli("reflect", "--answers", answers_file(tmp_path, text))
    assert result.code == 0, result.stderr
    return result.stderr.split("reflection ")[1].split(":")[0]


def test_edit_writes_free_text_so_that_any_text_survives(
    typed: Typed, cli: Cli, tmp_path: Path, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = "She said: no # and then 'nothing' \"at all\"\n- a list? [not] {really}"
    entry_id = saved_with_note(cli, tmp_path, note)
    seen = tmp_path / "seen.yaml"
    body = f"Path({str(seen)!r}).write_text(path.read_text())\n"
    body += (
        "path.write_text(path.read_text().replace('control_position: 4', 'control_position: 5'))"
    )
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    result = typed("edit", entry_id)
    assert result.code == 0, result.stderr
    assert "note: |" in seen.read_text()
    (entry,) = entries(afstand_home)
    assert entry["note"] == note


def test_edit_refuses_a_note_cut_by_a_comment_and_keeps_the_edited_file(
    typed: Typed, cli: Cli, tmp_path: Path, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = saved_with_note(cli, tmp_path, "before")
    body = (
        "old = ('note', '  before')\n"
        "lines = [l for l in path.read_text().splitlines() if not l.startswith(old)]\n"
        "path.write_text('\\n'.join(lines) + '\\nnote: she cried # then she laughed\\n')"
    )
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    result = typed("edit", entry_id, lines=["n"])
    assert result.code == 130
    message = flat(result.stderr)
    assert "cut off by a #" in message and "'# then she laughed'" in message
    kept = list((afstand_home / "unsaved-edits").glob("*.yaml"))
    assert len(kept) == 1 and str(kept[0]) in result.stderr.replace("\n", "")
    assert "she cried # then she laughed" in kept[0].read_text()
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert entries(afstand_home)[0]["note"] == "before"
    assert list((afstand_home / "tmp").iterdir()) == []  # the scratch file itself is gone


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("control_position: 4", "control_position: 4.5", "give a whole number from 1 to 7"),
        ("control_position: 4", "control_position: {a: 1}", "give a whole number from 1 to 7"),
        ("date: ", "date: 2099-01-01 # was ", "2099-01-01 lies in the future"),
    ],
)
def test_a_refused_edit_in_the_editor_keeps_the_edited_text(
    typed: Typed,
    cli: Cli,
    tmp_path: Path,
    afstand_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    old: str,
    new: str,
    said: str,
) -> None:
    entry_id = saved_with_note(cli, tmp_path, "before")
    month = next((afstand_home / "journal").rglob("*-*.json"))
    before = month.read_bytes()
    body = f"path.write_text(path.read_text().replace({old!r}, {new!r}))"
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    result = typed("edit", entry_id, lines=["n"])
    assert result.code == 130, result.stderr
    assert said in flat(result.stderr)
    (kept,) = (afstand_home / "unsaved-edits").glob("*.yaml")
    assert new in kept.read_text()
    assert month.read_bytes() == before


@pytest.mark.parametrize("body", ["path.unlink()", "path.unlink(); path.mkdir()"])
def test_an_editor_that_leaves_no_file_changes_nothing(
    typed: Typed,
    cli: Cli,
    tmp_path: Path,
    afstand_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
) -> None:
    entry_id = saved_with_note(cli, tmp_path, "before")
    month = next((afstand_home / "journal").rglob("*-*.json"))
    before = month.read_bytes()
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    result = typed("edit", entry_id)
    assert result.code == 2, result.stderr
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert "left no file to read back" in flat(result.stderr)
    assert month.read_bytes() == before
    assert list((afstand_home / "tmp").iterdir()) == []


def test_an_editor_that_leaves_no_file_on_a_second_try_keeps_the_first(
    typed: Typed, cli: Cli, tmp_path: Path, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = saved_with_note(cli, tmp_path, "before")
    month = next((afstand_home / "journal").rglob("*-*.json"))
    before = month.read_bytes()
    body = (
        "text = path.read_text()\n"
        "if 'control_position: 9' in text:\n"
        "    path.unlink()\n"
        "else:\n"
        "    path.write_text(text.replace('control_position: 4', 'control_position: 9'))"
    )
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    result = typed("edit", entry_id, lines=["y"])
    assert result.code == 130, result.stderr
    assert "left no file to read back" in flat(result.stderr)
    (kept,) = (afstand_home / "unsaved-edits").glob("*.yaml")
    assert "control_position: 9" in kept.read_text()
    assert month.read_bytes() == before


def test_control_characters_from_the_editor_are_not_stored(
    typed: Typed, cli: Cli, tmp_path: Path, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = saved_with_note(cli, tmp_path, "before")
    body = "path.write_text(path.read_text().replace('before', 'aft\\x1b[1mer\\x07'))"
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, body))
    result = typed("edit", entry_id)
    assert result.code == 0, result.stderr
    assert entries(afstand_home)[0]["note"] == "after"


def test_edit_note_flag_is_cleaned_too(cli: Cli, tmp_path: Path, afstand_home: Path) -> None:
    entry_id = saved_with_note(cli, tmp_path, "before")
    assert cli("edit", entry_id, "--note", "a\x1b[2Jb").code == 0
    assert entries(afstand_home)[0]["note"] == "ab"


def test_no_supervision_says_that_the_question_goes(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    text = (
        "client: K1\nsupervision: true\nsupervision_question: why me?\n"
        "answers:\n  kiesler: {control_position: 4}\n"
    )
    result = cli("reflect", "--answers", answers_file(tmp_path, text))
    entry_id = result.stderr.split("reflection ")[1].split(":")[0]
    edited = cli("edit", entry_id, "--no-supervision")
    assert edited.code == 0
    assert "'why me?'" in edited.stderr and "removed" in edited.stderr


# --- scratch files and other questions ---------------------------------------------------------


def test_a_stale_scratch_file_is_removed_by_the_next_command(cli: Cli, afstand_home: Path) -> None:
    scratch = afstand_home / "tmp"
    scratch.mkdir(parents=True)
    stale = scratch / "afstand-999999999-abc.yaml"  # no such process
    stale.write_text("note: private")
    live = scratch / f"afstand-{os.getpid()}-abc.yaml"  # an edit still running
    live.write_text("note: private")
    result = cli("paths")
    assert not stale.exists() and live.exists()
    assert "Removed 1 scratch file" in result.stderr


def test_encrypt_without_a_terminal_does_not_claim_the_journal_is_encrypted(cli: Cli) -> None:
    result = cli("encrypt", stdin="")
    assert result.code == 2
    assert "the journal is not encrypted" in result.stderr
    assert "the journal is encrypted" not in result.stderr


def test_delete_asks_in_dutch_with_j(typed: Typed, cli: Cli, tmp_path: Path) -> None:
    entry_id = saved_with_note(cli, tmp_path, "x")
    result = typed("delete", entry_id, "--lang", "nl", lines=["ja"])
    assert result.code == 0, result.stderr
    assert "[j/N]" in result.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["reflect", "--resume"], ["reflect", "--resume", ""]),
        (["reflect", "--resume", "--client", "K1"], ["reflect", "--resume", "", "--client", "K1"]),
        (["reflect", "--resume", "3ec4"], ["reflect", "--resume", "3ec4"]),
        (["reflect", "--discard-draft"], ["reflect", "--discard-draft", ""]),
    ],
)
def test_resume_and_discard_take_an_optional_id(argv: list[str], expected: list[str]) -> None:
    from datetime import date

    from afstand.cli import fill_optional_values

    assert fill_optional_values(argv, date(2026, 11, 3)) == expected


@pytest.mark.parametrize("suffix", [".md", ".csv", ".html"])
def test_an_older_journal_with_escape_codes_exports_without_them(
    cli: Cli, tmp_path: Path, afstand_home: Path, suffix: str
) -> None:
    path = answers_file(tmp_path, PLAIN.replace("plain", "plain words"))
    assert cli("reflect", "--answers", path).code == 0
    month = next((afstand_home / "journal").rglob("*-*.json"))
    older = month.read_text().replace("plain words", "\\u001b]0;title\\u0007plain\\u009b2J words")
    month.write_text(older)
    target = tmp_path / f"export{suffix}"
    result = cli("export", "-o", str(target))
    assert result.code == 0, result.stderr
    written = target.read_text(encoding="utf-8")
    assert "plain words" in written
    for control in ("\x1b", "\x07", "\x9b", "\\u001b", "\\u009b"):
        assert control not in written


def test_a_question_set_with_escape_codes_is_refused_and_never_printed_raw(
    cli: Cli, afstand_home: Path
) -> None:
    """A question set is a file its author can mend: like any other problem in it, control
    characters are named with their field and line, and never reach the terminal."""
    shipped = (Path(__file__).parents[1] / "questionnaires" / "self-care.yaml").read_text()
    own = shipped.replace("id: self-care", "id: own-care", 1).replace(
        "  en: The ABC of self-care", '  en: "\\e[2J\\e]0;x\\aWiped ABC"', 1
    )
    folder = afstand_home / "questionnaires"
    folder.mkdir(parents=True)
    (folder / "own-care.yaml").write_text(own)
    result = cli("questionnaires", "show", "own-care")
    assert result.code == 3
    assert "title.en: holds control characters" in result.stderr
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout
