"""`afstand reflect`: the main job. Interactive in a terminal, or from `--answers FILE`."""

from __future__ import annotations

import signal
import sys
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli.context import Workspace, workspace
from afstand.cli.output import err, say, warn
from afstand.cli.reminders import remind_retention
from afstand.dates import month_start
from afstand.errors import AfstandError, Cancelled, InvalidInput, NotFound, UsageError
from afstand.i18n import counted, t

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.reflection.flow import Clock


def reflect(
    ctx: typer.Context,
    client: Annotated[
        str | None, typer.Option("--client", "-c", help=t("help.reflect.client"))
    ] = None,
    sets: Annotated[
        list[str] | None, typer.Option("--set", "-s", help=t("help.reflect.set"))
    ] = None,
    session_date: Annotated[
        str | None, typer.Option("--date", "-d", help=t("help.reflect.date"))
    ] = None,
    answers: Annotated[
        str | None, typer.Option("--answers", metavar="FILE", help=t("help.reflect.answers"))
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", help=t("help.reflect.resume"))] = False,
    strict: Annotated[bool, typer.Option("--strict", help=t("help.reflect.strict"))] = False,
    discard_draft: Annotated[
        bool, typer.Option("--discard-draft", help=t("help.reflect.discard"))
    ] = False,
) -> None:
    ws = workspace(ctx)
    from afstand.reflection.flow import SystemClock

    clock = SystemClock()
    if answers is not None:
        _from_file(ws, answers, client, session_date, clock, strict)
        return
    if not sys.stdin.isatty():
        raise UsageError(t("reflect.no_terminal"), hint=t("hint.answers_file"))
    _interactive(ws, client, sets or [], session_date, resume, discard_draft, clock)


def _from_file(
    ws: Workspace,
    source: str,
    client: str | None,
    session_date: str | None,
    clock: Clock,
    strict: bool,
) -> None:
    from afstand.reflection.answer_checks import build_entry
    from afstand.reflection.answers_file import read_submission
    from afstand.reflection.identifiers import check_submission_identifiers, describe

    submission = read_submission(source)
    updates: dict[str, Any] = {}
    if client is not None:
        updates["client"] = client
    if session_date is not None:
        from afstand.dates import parse_day

        updates["date"] = parse_day(session_date, clock.today())
    if updates:
        submission = submission.model_copy(update=updates)
    if submission.date is not None and submission.date > clock.today():
        from afstand.dates import parse_day

        parse_day(submission.date.isoformat(), clock.today())  # raises the clear message
    entry = build_entry(submission, ws.catalog, now=clock.now(), today=clock.today())
    findings = check_submission_identifiers(submission, clock.today())
    if findings and strict:
        raise InvalidInput(
            t("identifier.strict"),
            hint=t("hint.identifier"),
            problems=[describe(f) for f in findings],
        )
    for finding in findings:
        warn(f"{describe(finding)} — {t('identifier.found')}")
    journal = ws.journal()
    journal.add(entry)
    _say_saved(entry)
    remind_retention(ws)


def _interactive(
    ws: Workspace,
    client: str | None,
    set_ids: list[str],
    session_date: str | None,
    resume: bool,
    discard_draft: bool,
    clock: Clock,
) -> None:
    from afstand.cli.prompter import TerminalPrompter
    from afstand.dates import parse_day
    from afstand.models.client_code import client_problem, normalise_client
    from afstand.questionnaires.catalog import DEFAULT_SETS
    from afstand.reflection.drafts import new_draft
    from afstand.reflection.flow import run_reflection
    from afstand.report.mirror import mirror_sentence

    console = err()
    journal = ws.journal()
    store = ws.drafts()
    prompter = TerminalPrompter(console, ws.config.editor, ws.paths.data / "tmp")
    drafts, broken = store.load()
    for bad in broken:
        say(t("reflect.draft_broken", path=bad.path, reason=bad.reason), style="yellow")

    draft = None
    if discard_draft:
        if not drafts:
            raise NotFound(t("reflect.no_draft"))
        store.delete(drafts[0].id)
        say(t("reflect.draft_discarded", client=drafts[0].client or "?"))
        drafts = drafts[1:]
    elif resume:
        if not drafts:
            raise NotFound(t("reflect.no_draft"), hint=t("hint.start_reflect"))
        draft = drafts[0]
    elif drafts:
        newest = drafts[0]
        question = t(
            "reflect.offer_resume",
            client=newest.client or "?",
            started=newest.started.strftime("%Y-%m-%d %H:%M"),
            answers=counted(newest.answered_count(), "answer"),
        )
        if prompter._yes_no(question, default=True):
            draft = newest
        elif prompter._yes_no(t("reflect.offer_discard"), default=False):
            store.delete(newest.id)

    if draft is None:
        if client is not None and (problem := client_problem(client)):
            raise InvalidInput(problem, hint=t("hint.client"))
        chosen = set_ids or ws.config.default_sets or list(DEFAULT_SETS)
        for set_id in chosen:
            ws.catalog.get(set_id)  # an unknown or invalid set stops here, before any question
        day = parse_day(session_date, clock.today()) if session_date else None
        draft = new_draft(
            str(uuid.uuid4()),
            clock.now(),
            chosen,
            normalise_client(client) if client else None,
            day,
        )
        store.save(draft)

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
        raise Cancelled(t("reflect.kept_as_draft"), hint=t("hint.resume")) from None
    if entry is None:
        say(t("reflect.kept_as_draft"), style="yellow")
        say(t("hint.resume"), style="cyan")
        return
    try:
        journal.add(entry)
    except AfstandError as error:
        error.hint = (error.hint + "\n" if error.hint else "") + t("reflect.draft_kept_after_error")
        raise
    store.delete(draft.id)
    _say_saved(entry)
    sentence = mirror_sentence(journal, entry)
    if sentence:
        say(sentence, style="italic")
    remind_retention(ws)


def _say_saved(entry: Entry) -> None:
    answers = sum(len(s.answers) for s in entry.sets)
    say(
        t(
            "reflect.saved",
            id=entry.id[:8],
            client=entry.client,
            date=entry.date.isoformat(),
            answers=counted(answers, "answer"),
        ),
        style="green",
    )


def _hang_up_as_interrupt() -> None:
    """A closed terminal (SIGHUP) or a polite kill ends like Ctrl-C: the draft stays."""

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    for name in ("SIGHUP", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)
