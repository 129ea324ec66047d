"""`afstand reflect`: the main job. Interactive in a terminal, or from `--answers FILE`."""

from __future__ import annotations

import signal
import sys
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli import completion
from afstand.cli.context import Workspace, workspace
from afstand.cli.output import err, say, warn
from afstand.cli.reminders import remind_retention
from afstand.dates import month_start
from afstand.errors import AfstandError, Cancelled, InvalidInput, UsageError
from afstand.i18n import counted, t

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.models.month_file import StoredEntry
    from afstand.reflection.clock import Clock
    from afstand.reflection.drafts import Draft


def reflect(
    ctx: typer.Context,
    client: Annotated[
        str | None,
        typer.Option(
            "--client",
            "-c",
            help=t("help.reflect.client"),
            autocompletion=completion.client_codes,
        ),
    ] = None,
    sets: Annotated[
        list[str] | None,
        typer.Option("--set", "-s", help=t("help.reflect.set"), autocompletion=completion.set_ids),
    ] = None,
    session_date: Annotated[
        str | None, typer.Option("--date", "-d", help=t("help.reflect.date"))
    ] = None,
    answers: Annotated[
        str | None, typer.Option("--answers", metavar="FILE", help=t("help.reflect.answers"))
    ] = None,
    resume: Annotated[
        str | None, typer.Option("--resume", metavar="[ID]", help=t("help.reflect.resume"))
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help=t("help.reflect.strict"))] = False,
    discard_draft: Annotated[
        str | None,
        typer.Option("--discard-draft", metavar="[ID]", help=t("help.reflect.discard")),
    ] = None,
    quick: Annotated[bool, typer.Option("--quick", "-q", help=t("help.reflect.quick"))] = False,
    deepen: Annotated[
        str | None,
        typer.Option(
            "--deepen",
            metavar="ID",
            help=t("help.reflect.deepen"),
            autocompletion=completion.quick_entry_ids,
        ),
    ] = None,
) -> None:
    ws = workspace(ctx)
    from afstand.reflection.clock import SystemClock

    clock = SystemClock()
    _refuse_clashes(
        {
            "--answers": answers is not None,
            "--quick": quick,
            "--deepen": deepen is not None,
            "--resume": resume is not None,
            "--discard-draft": discard_draft is not None,
        },
        {"--client": client is not None, "--date": session_date is not None},
    )
    if answers is not None:
        given = {
            "--set": bool(sets),
            "--resume": resume is not None,
            "--discard-draft": discard_draft is not None,
        }
        for option, value in given.items():
            if value:
                raise UsageError(t("reflect.option_with_answers", option=option))
        _from_file(ws, answers, client, session_date, clock, strict)
        return
    if not sys.stdin.isatty():
        raise UsageError(t("reflect.no_terminal"), hint=t("hint.answers_file"))
    if deepen is not None:
        _deepen(ws, deepen, sets or [], clock)
        return
    _interactive(ws, client, sets or [], session_date, resume, discard_draft, clock, quick)


def _refuse_clashes(ways: dict[str, bool], fields: dict[str, bool]) -> None:
    """One way in at a time: --answers, --quick, --deepen, --resume and --discard-draft
    exclude each other (--quick may be given with --discard-draft), and --deepen takes its
    client and date from the entry it completes."""
    given = [option for option, value in ways.items() if value]
    allowed_pairs = {("--quick", "--discard-draft")}
    for index, first in enumerate(given):
        for second in given[index + 1 :]:
            if (first, second) in allowed_pairs:
                continue
            if first == "--answers" and second in ("--resume", "--discard-draft"):
                continue  # said below in the words of the answers file
            raise UsageError(t("reflect.options_clash", option=second, other=first))
    if ways["--deepen"]:
        for option, value in fields.items():
            if value:
                raise UsageError(
                    t("reflect.options_clash", option=option, other="--deepen"),
                    hint=t("hint.deepen_keeps"),
                )


def _from_file(
    ws: Workspace,
    source: str,
    client: str | None,
    session_date: str | None,
    clock: Clock,
    strict: bool,
) -> None:
    from afstand.reflection.answer_checks import text_question_ids
    from afstand.reflection.answers_file import read_submission
    from afstand.reflection.entry_fields import kept_text
    from afstand.reflection.identifiers import check_submission_identifiers, describe
    from afstand.reflection.new_entry import new_entry

    # the command line overrides the file, also when the file lacks the field altogether
    overrides: dict[str, Any] = {}
    if client is not None:
        overrides["client"] = client
    if session_date is not None:
        from afstand.dates import parse_day

        overrides["date"] = parse_day(session_date, clock.today())
    # a `#` that YAML would take for a comment cuts no free text short, in an answer either
    submission = read_submission(source, overrides, text_question_ids(ws.catalog))
    made = new_entry(submission, ws.catalog, now=clock.now(), today=clock.today())
    findings = check_submission_identifiers(submission, clock.today())
    if findings and strict:
        raise InvalidInput(
            t("identifier.strict"),
            hint=t("hint.identifier"),
            problems=[describe(f) for f in findings],
        )
    for finding in findings:
        warn(f"{describe(finding)} — {t('identifier.found')}")
    ws.journal().add_stored(made.entry, made.wordings)
    _say_saved(made.entry)
    unused = None if submission.supervision else kept_text(submission.supervision_question)
    if unused:
        warn(t("reflect.supervision_question_unused", question=unused))
    remind_retention(ws)


def _interactive(
    ws: Workspace,
    client: str | None,
    set_ids: list[str],
    session_date: str | None,
    resume: str | None,
    discard_draft: str | None,
    clock: Clock,
    quick: bool,
) -> None:
    from afstand.cli.draft_menu import choose_draft, pick_draft
    from afstand.dates import parse_day
    from afstand.models.client_code import client_problem, normalise_client
    from afstand.reflection.drafts import for_session, new_draft

    console = err()
    if client is not None and (problem := client_problem(client)):
        raise InvalidInput(problem, hint=t("hint.client"))
    code = normalise_client(client) if client else None
    day = parse_day(session_date, clock.today()) if session_date else None
    store = ws.drafts(writing=True)
    drafts, broken = store.load()
    for bad in broken:
        say(t("reflect.draft_broken", path=bad.path, reason=bad.reason), style="yellow")
    for empty in [d for d in drafts if not d.holds_anything()]:
        store.delete(empty.id)  # an older afstand kept drafts before the first answer
    drafts = [d for d in drafts if d.holds_anything()]
    fitting = for_session(drafts, code, day) if code or day else None

    draft = None
    if discard_draft is not None:
        dropped = pick_draft(drafts, discard_draft, fitting, "--discard-draft")
        store.delete(dropped.id)
        say(t("reflect.draft_discarded", client=dropped.client or "?"))
    elif resume is not None:
        draft = pick_draft(drafts, resume, fitting, "--resume")
    elif drafts:
        # Enter resumes a draft only when it fits --client and --date (the newest without them)
        default = drafts[0] if fitting is None else next(iter(fitting), None)
        draft = choose_draft(console, store, drafts, default)
    if draft is not None and (
        (code and draft.client != code) or (day and draft.date != day) or set_ids
    ):
        warn(
            t(
                "reflect.draft_options_unused",
                client=draft.client or "?",
                date=draft.date.isoformat() if draft.date else "?",
            )
        )

    if draft is None:
        chosen = _chosen_sets(ws, set_ids)
        draft = new_draft(str(uuid.uuid4()), clock.now(), chosen, code, day, quick=quick)
    _walk_and_save(ws, draft, clock)


def _chosen_sets(ws: Workspace, set_ids: list[str]) -> list[str]:
    """--set, else the config's default sets, else the shipped default; an unknown or invalid
    set stops here, before any question."""
    from afstand.questionnaires.catalog import DEFAULT_SETS

    chosen = set_ids or ws.config.default_sets or list(DEFAULT_SETS)
    for set_id in chosen:
        ws.catalog.get(set_id)
    return chosen


def _deepen(ws: Workspace, entry_id: str, set_ids: list[str], clock: Clock) -> None:
    """Walk through what a quick entry still lacks; an interrupted deepening is resumed."""
    from afstand.reflection.drafts import deepening_draft

    entry = ws.journal().find(entry_id)
    if not entry.is_quick:
        raise UsageError(
            t("reflect.not_quick", id=entry.id[:8]), hint=t("hint.edit_entry", id=entry.id[:8])
        )
    drafts, _ = ws.drafts(writing=True).load()
    draft = next((d for d in drafts if d.deepens == entry.id), None)
    if draft is not None:
        say(t("reflect.deepen_resumed", id=entry.id[:8]))
    else:
        chosen = _chosen_sets(ws, set_ids)
        draft = deepening_draft(str(uuid.uuid4()), clock.now(), entry, ws.catalog, chosen)
    _walk_and_save(ws, draft, clock)


def _walk_and_save(ws: Workspace, draft: Draft, clock: Clock) -> None:
    """Ask what the draft lacks and save the entry; a deepened entry replaces its quick one."""
    from afstand.cli.editor import scratch_folder
    from afstand.cli.prompter import TerminalPrompter
    from afstand.reflection.answer_checks import asked_sets
    from afstand.reflection.flow import run_reflection
    from afstand.report.mirror import mirror_sentence

    console = err()
    journal = ws.journal()
    store = ws.drafts()
    prompter = TerminalPrompter(console, ws.config.editor, scratch_folder(ws.paths.data))
    _hang_up_as_interrupt()
    try:
        entry = run_reflection(
            draft,
            ws.catalog,
            prompter,
            store,
            clock,
            known_clients=lambda: journal.clients(since=month_start(clock.today(), -6)),
        )
    except (KeyboardInterrupt, EOFError):
        console.print()
        if draft.holds_anything():
            raise Cancelled(_kept_message(draft), hint=t("hint.resume", id=draft.id[:8])) from None
        raise Cancelled(t("reflect.nothing_kept")) from None
    if entry is None:
        if draft.holds_anything():
            say(_kept_message(draft), style="yellow")
            say(t("hint.resume", id=draft.id[:8]), style="cyan")
        else:
            say(t("reflect.nothing_kept"), style="yellow")
        return
    store.save(draft)  # the answers are safe on disk until the journal holds the entry
    try:
        if draft.deepens is not None:
            journal.replace(entry)
        else:
            journal.add(entry, asked_sets(entry, ws.catalog))
    except AfstandError as error:
        kept = t("reflect.draft_kept_after_error", id=draft.id[:8])
        error.hint = (error.hint + "\n" if error.hint else "") + kept
        raise
    store.delete(draft.id)
    _say_saved(entry)
    sentence = mirror_sentence(journal, entry)
    if sentence:
        say(sentence, style="italic")
    remind_retention(ws)


def _kept_message(draft: Draft) -> str:
    return t("reflect.kept_as_draft", answers=counted(draft.answered_count(), "answer"))


def _say_saved(entry: Entry | StoredEntry) -> None:
    answers = sum(len(s.answers) for s in entry.sets)
    key = "reflect.saved_quick" if entry.is_quick else "reflect.saved"
    if entry.updated is not None and not entry.is_quick:
        key = "reflect.deepened"
    say(
        t(
            key,
            id=entry.id[:8],
            client=entry.client,
            date=entry.date.isoformat(),
            answers=counted(answers, "answer"),
        ),
        style="green",
    )
    if entry.is_quick:
        say(t("hint.deepen", id=entry.id[:8]), style="cyan")


def _hang_up_as_interrupt() -> None:
    """A closed terminal (SIGHUP) or a polite kill ends like Ctrl-C: the draft stays."""

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    for name in ("SIGHUP", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)
