"""`afstand list`, `show`, `edit` and `delete`: browsing and changing the journal."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli import completion
from afstand.cli.context import workspace
from afstand.cli.line_input import ask_yes_no
from afstand.cli.options import AsJson, ClientFilter, Since, Until, month_option
from afstand.cli.output import err, inert, out, print_json, print_rows, say, warn
from afstand.errors import Cancelled, UsageError
from afstand.files import atomic_write
from afstand.i18n import current_language, t

if TYPE_CHECKING:
    from afstand.journal.format import Month
    from afstand.journal.store import Journal
    from afstand.models.entry import Entry
    from afstand.models.month_file import StoredEntry, StoredText
    from afstand.models.submission import Submission
    from afstand.questionnaires.catalog import Catalog
    from afstand.reflection.clock import Clock


def list_entries(
    ctx: typer.Context,
    month: Annotated[str | None, month_option("help.period.month")] = None,
    start: Since = None,
    end: Until = None,
    client: ClientFilter = None,
    supervision: Annotated[
        bool, typer.Option("--supervision", help=t("help.filter.supervision"))
    ] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help=t("help.list.limit"))
    ] = None,
    quick: Annotated[bool, typer.Option("--quick", "-q", help=t("help.list.quick"))] = False,
    as_json: AsJson = False,
) -> None:
    from afstand.journal.format import stored_facts
    from afstand.journal.periods import Period, period_from_options
    from afstand.models.client_code import normalise_client
    from afstand.report.mirror import affiliation_position

    journal = workspace(ctx).journal()
    period = period_from_options(date.today(), month=month, start=start, end=end)
    code = normalise_client(client) if client else None
    if period is None and limit is None:
        limit = 20  # like `git log -n`: the recent ones unless a period is asked for
    # read as stored: a line needs no wording built (and so no pydantic at all)
    chosen = journal.chosen(
        period or Period(), client=code, supervision=supervision, latest=None if quick else limit
    )
    if quick:  # few entries stay quick: filter first, then keep the latest
        chosen = [(m, e) for m, e in chosen if e.phase == "quick"]
        chosen = chosen[-limit:] if limit else chosen
    if as_json:
        print_json(
            [
                {
                    "id": e.id,
                    "date": e.date.isoformat(),
                    "client": e.client,
                    "created": e.created.isoformat(),
                    "sets": [m.wordings[s.wording].set for s in e.sets],
                    "answers": sum(len(s.answers) for s in e.sets),
                    "supervision": e.supervision,
                    "phase": e.phase,
                }
                for m, e in chosen
            ]
        )
        return
    if not chosen:
        say(t("list.empty"))
        return
    from afstand.cli.accessible import plain

    worded = plain()  # accessible mode: words instead of a bar and marks
    rows = []
    for month_read, entry in chosen:
        answers = list(stored_facts(month_read, entry))
        position = affiliation_position(answers)
        counts = {"distance": 0, "proximity": 0}
        for answer in answers:
            for option in answer.chosen():
                pole = option.tags.get("pole")
                if pole in counts:
                    counts[pole] += 1
        quick_entry = entry.phase == "quick"
        if worded:
            cells = [
                ""
                if position is None
                else t("list.position_of_seven", cell=round(position * 6) + 1),
                t("list.signals_plain", **counts),
                t("word.yes") if entry.supervision else t("word.no"),
                t("list.quick") if quick_entry else t("list.complete"),
            ]
        else:
            cells = [
                _position_bar(position),
                f"I:{counts['distance']} II:{counts['proximity']}",
                "✓" if entry.supervision else "",
                t("list.quick") if quick_entry else "",
            ]
        rows.append([entry.id[:8], entry.date.isoformat(), entry.client, *cells])
    headers = ("id", "date", "client", "position", "signals", "supervision", "phase")
    print_rows([t(f"list.column.{key}") for key in headers], rows)


def _position_bar(position: float | None) -> str:
    """Where the position lies between distance (left) and closeness (right), in 7 cells."""
    if position is None:
        return ""
    cell = round(position * 6)
    return "".join("●" if i == cell else "·" for i in range(7))


def show_entry(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.entry_id"))],
    as_json: AsJson = False,
) -> None:
    from afstand.cli.accessible import plain
    from afstand.journal.format import StoredFacts
    from afstand.models.answer_words import answer_in_words

    # as stored, beside its month's wordings: no model of the entry is built
    month, entry = workspace(ctx).journal().locate(entry_id)
    if as_json:
        print_json(_entry_as_json(month, entry))
        return
    from rich.text import Text

    lang = current_language()
    console = out()
    worded = plain()  # accessible mode: no dots or check marks to read out
    separator = ", " if worded else "  ·  "
    console.print(Text(f"{entry.date.isoformat()}{separator}{entry.client}", style="bold"))
    if entry.phase == "quick":
        console.print(Text(t("show.quick", id=entry.id[:8]), style="cyan"))
    console.print(
        Text(
            f"{entry.id}  ({t('show.created')} {entry.created.strftime('%Y-%m-%d %H:%M')})",
            style="dim",
        )
    )
    for stored_set in entry.sets:
        console.print()
        wording = month.wordings[stored_set.wording]
        console.print(Text(inert(wording.title.get(lang)), style="bold underline"))
        for stored in stored_set.answers:
            answer = StoredFacts(wording.questions[stored.question], stored)
            console.print(Text(inert(answer.question.prompt.get(lang)), style="dim"))
            console.print(Text("  " + inert(answer_in_words(answer, lang))))
    if entry.note:
        console.print()
        console.print(Text(t("show.note") + ":", style="bold"))
        console.print(Text(inert(entry.note)))
    if entry.supervision:
        console.print()
        console.print(
            Text(
                t("show.supervision")
                + ": "
                + inert(entry.supervision_question or (t("word.yes") if worded else "✓")),
                style="bold",
            )
        )


def _entry_as_json(month: Month, entry: StoredEntry) -> dict[str, Any]:
    """The entry with the wording it was asked in, as JSON: what its full model gives."""
    from msgspec import to_builtins

    from afstand.journal.format import StoredFacts

    def text(words: StoredText | None) -> dict[str, str | None] | None:
        return None if words is None else {"nl": words.nl, "en": words.en}

    sets = []
    for stored_set in entry.sets:
        wording = month.wordings[stored_set.wording]
        answers = [
            {
                "question": a.answer.question,
                "type": a.type,
                "prompt": text(a.question.prompt),
                "value": a.value,
                "options": [
                    {
                        "id": o.id,
                        "label": text(o.label),
                        "feedback": text(o.feedback),
                        "tags": o.tags,
                    }
                    for o in a.options
                ],
                "min": a.min,
                "max": a.max,
                "anchors": {str(k): text(v) for k, v in a.anchors.items()},
                "tags": a.tags,
            }
            for a in (StoredFacts(wording.questions[s.question], s) for s in stored_set.answers)
        ]
        sets.append(
            {
                "id": wording.set,
                "version": wording.version,
                "title": text(wording.title),
                "answers": answers,
            }
        )
    return {
        "id": entry.id,
        "created": to_builtins(entry.created),
        "updated": to_builtins(entry.updated),
        "date": entry.date.isoformat(),
        "client": entry.client,
        "sets": sets,
        "note": entry.note,
        "supervision": entry.supervision,
        "supervision_question": entry.supervision_question,
        "phase": entry.phase,
    }


def edit_entry(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.entry_id"))],
    client: Annotated[
        str | None,
        typer.Option(
            "--client", "-c", help=t("help.edit.client"), autocompletion=completion.client_codes
        ),
    ] = None,
    session_date: Annotated[
        str | None, typer.Option("--date", "-d", help=t("help.edit.date"))
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help=t("help.edit.note"))] = None,
    supervision: Annotated[
        bool | None, typer.Option("--supervision/--no-supervision", help=t("help.edit.supervision"))
    ] = None,
    supervision_question: Annotated[
        str | None, typer.Option("--supervision-question", help=t("help.edit.supervision_question"))
    ] = None,
    answers: Annotated[
        str | None, typer.Option("--answers", metavar="FILE", help=t("help.edit.answers"))
    ] = None,
) -> None:
    from afstand.dates import parse_day
    from afstand.reflection.clock import SystemClock

    ws = workspace(ctx)
    clock = SystemClock()
    journal = ws.journal()
    given = (client, session_date, note, supervision, supervision_question)
    if answers is None and any(value is not None for value in given):
        # fields alone: changed on the entry as stored, its answers and month as they are
        found = journal.locate(entry_id)
        day = None if session_date is None else parse_day(session_date, clock.today())
        fields = {
            "client": client,
            "date": day,
            "note": note,
            "supervision": supervision,
            "supervision_question": supervision_question,
        }
        _edit_fields(journal, found, {k: v for k, v in fields.items() if v is not None}, clock)
        return
    from afstand.reflection.answer_checks import apply_edit, submission_from_entry

    # the answers change: from a file (the fields given beside it win) or in the editor
    entry = journal.find(entry_id)
    submission = submission_from_entry(entry)
    flags: dict[str, Any] = {}
    if client is not None:
        flags["client"] = client
    if session_date is not None:
        flags["date"] = parse_day(session_date, clock.today())
    if note is not None:
        flags["note"] = note
    if supervision is not None:
        flags["supervision"] = supervision
    if supervision_question is not None:
        flags["supervision_question"] = supervision_question
        flags.setdefault("supervision", True)
    catalog = ws.catalog
    if answers is not None:
        from afstand.reflection.answers_file import read_submission

        submission = read_submission(answers, text_questions=_free_texts(catalog, entry))
    else:
        if not sys.stdin.isatty():
            raise UsageError(t("edit.no_terminal"), hint=t("hint.edit_flags"))
        edited = _edit_in_editor(
            submission,
            EditPlaces(ws.paths.data, entry.id),
            ws.config.editor,
            _free_texts(catalog, entry),
            lambda s: apply_edit(entry, s, catalog, now=clock.now(), today=clock.today()),
        )
        if edited is None:
            say(t("edit.unchanged"))
            return
        submission = edited
    if flags:
        import msgspec

        submission = msgspec.structs.replace(submission, **flags)
    changed = apply_edit(entry, submission, catalog, now=clock.now(), today=clock.today())
    if entry.supervision_question and not changed.supervision_question:
        warn(t("edit.supervision_question_dropped", question=entry.supervision_question))
    if changed == entry:
        say(t("edit.unchanged"))
        return
    journal.replace(changed, read_as=entry)  # refuses if another process changed it meanwhile
    say(t("edit.saved", id=changed.id[:8]), style="green")


def _edit_fields(
    journal: Journal,
    found: tuple[Month, StoredEntry],
    given: dict[str, Any],
    clock: Clock,
) -> None:
    """`edit` of the client, date, note or supervision of an entry as stored."""
    from afstand.reflection.entry_fields import edited_fields

    stored = found[1]
    if "supervision_question" in given:
        given.setdefault("supervision", True)
    now = {
        name: given.get(name, getattr(stored, name))
        for name in ("client", "date", "note", "supervision", "supervision_question")
    }
    fields = edited_fields(**now, has_answers=bool(stored.sets))
    if stored.supervision_question and not fields["supervision_question"]:
        warn(t("edit.supervision_question_dropped", question=stored.supervision_question))
    if all(getattr(stored, name) == value for name, value in fields.items()):
        say(t("edit.unchanged"))
        return
    journal.change(found, {**fields, "updated": clock.now()})  # refuses if changed meanwhile
    say(t("edit.saved", id=stored.id[:8]), style="green")


def _free_texts(catalog: Catalog, entry: Entry) -> set[tuple[str, str]]:
    """(set id, question id) of the text questions of the sets today and of the entry."""
    from afstand.reflection.answer_checks import text_question_ids

    return text_question_ids(catalog) | {
        (s.id, a.question) for s, a in entry.answers() if a.type == "text"
    }


def delete_entry(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.entry_id"))],
    yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
) -> None:

    journal = workspace(ctx).journal()
    entry = journal.find_stored(entry_id)  # as stored: no need to build it with its wording
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError(t("delete.no_terminal"), hint=t("hint.yes"))
        question = t(
            "delete.confirm", id=entry.id[:8], date=entry.date.isoformat(), client=entry.client
        )
        if not ask_yes_no(err(), question, default=False):
            raise Cancelled(t("delete.cancelled"))
    journal.delete_stored(entry.id)
    # meetings refer to it by id; without a supervision folder there are no meetings to
    # change, and the supervision models need not be loaded
    if (journal.folder / "supervision").exists():
        from afstand.supervision.store import SupervisionLog

        SupervisionLog(journal).drop_reflections({entry.id})
    say(t("delete.done", id=entry.id[:8]), style="green")


@dataclass(frozen=True)
class EditPlaces:
    """Where `edit` writes: the scratch file while the editor runs, and the edited text kept
    after an edit that could not be saved."""

    data: Path
    entry_id: str

    def kept_file(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.data / "unsaved-edits" / f"{self.entry_id[:8]}-{stamp}.yaml"


def _edit_in_editor(
    submission: Submission,
    places: EditPlaces,
    editor: str | None,
    free_texts: set[tuple[str, str]],
    check: Callable[[Submission], object],
) -> Submission | None:
    """Edit the entry as an answers file until it validates; None when nothing changed.
    When the user stops after an error, the edited text is kept in a file, never lost."""
    from afstand.cli.editor import open_in_editor, scratch_folder
    from afstand.cli.output import print_error
    from afstand.control_chars import strip_controls
    from afstand.errors import AfstandError
    from afstand.reflection.answers_file import parse_submission, submission_as_yaml

    original = submission_as_yaml(submission, t("edit.header"))
    text = original
    while True:
        try:
            edited_text = open_in_editor(text, editor, scratch_folder(places.data), ".yaml")
        except AfstandError as error:
            if text == original:
                raise
            # the editor failed on a later round: the text refused before is not lost
            print_error(error)
            raise _kept(places, text) from None
        # raw control characters are not even valid YAML: they go before it is read
        text = strip_controls(edited_text)
        if text.strip() == original.strip():
            return None
        try:
            edited = parse_submission(text, "edit", text_questions=free_texts)
            check(edited)
            return edited
        except AfstandError as error:
            print_error(error)
        try:
            again = ask_yes_no(err(), t("edit.again"), default=True)
        except (KeyboardInterrupt, EOFError):
            again = False
        if not again:
            raise _kept(places, text) from None


def _kept(places: EditPlaces, text: str) -> Cancelled:
    """Keep the edited `text` in a file; the error that says where."""
    kept = places.kept_file()
    atomic_write(kept, text.encode("utf-8"))
    return Cancelled(
        t("edit.cancelled"), hint=t("hint.edit_kept", path=kept, id=places.entry_id[:8])
    )
