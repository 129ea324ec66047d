"""`afstand check [--repair] [--json]`: every file of the journal and the drafts read, each
problem reported with its path; exit code 0 when all is well, 1 when problems remain."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli.context import workspace
from afstand.cli.options import AsJson
from afstand.cli.output import print_json, print_line, say
from afstand.errors import JournalUnreadable
from afstand.i18n import counted, t

if TYPE_CHECKING:
    from afstand.journal.check import Change, CheckResult

PROBLEMS_FOUND = 1


def check_journal(
    ctx: typer.Context,
    repair: Annotated[bool, typer.Option("--repair", help=t("help.check.repair"))] = False,
    as_json: AsJson = False,
) -> None:
    from afstand.crypto import is_encrypted, unlock
    from afstand.journal import check as checking
    from afstand.journal.store import Journal
    from afstand.supervision.store import check_log, repair_log

    ws = workspace(ctx)
    header_problem = None
    try:
        journal = ws.journal()
    except JournalUnreadable as error:  # a damaged encryption.json: check the rest without it
        header_problem = t("check.header_unusable", reason=error.message)
        journal = Journal(ws.paths.journal, None)
    if repair:
        repaired = checking.repair(journal, ws.paths.drafts, header_problem)
        changed, not_repaired = repaired.changed, repaired.not_repaired
        if journal.cipher is None and is_encrypted(ws.paths.journal):
            # encryption.json was put back: now the encrypted files can be read and repaired
            journal.notices.clear()
            journal = Journal(ws.paths.journal, unlock(ws.paths.journal, _passphrase()))
            repaired = checking.repair(journal, ws.paths.drafts, None)
            changed += repaired.changed
            not_repaired = repaired.not_repaired
        log_changed, log_not_repaired = repair_log(journal)
        changed += log_changed
        not_repaired += log_not_repaired
        result = repaired.after
    else:
        result = checking.check(journal, ws.paths.drafts, header_problem)
        changed, not_repaired = [], []
    check_log(journal, result)
    journal.notices.clear()  # this command says everything itself
    if as_json:
        print_json(_as_data(result, changed, not_repaired, repair))
    else:
        _show(result, changed, not_repaired, repair)
    if not result.ok:
        raise typer.Exit(PROBLEMS_FOUND)


def _passphrase() -> str:
    from afstand.cli.context import ask_passphrase

    return ask_passphrase(t("crypto.prompt"))


def _show(
    result: CheckResult, changed: list[Change], not_repaired: list[Change], repair: bool
) -> None:
    for change in changed:
        print_line(f"{change.path}: {t('check.repaired')}: {change.message}")
    for change in not_repaired:
        print_line(f"{change.path}: {t('check.not_repaired')}: {change.message}")
    if repair and not changed and not not_repaired:
        say(t("check.nothing_repaired"))
    for problem in result.problems:
        print_line(f"{problem.path}: {problem.kind}: {problem.message}")
    files = counted(result.files, "file")
    if result.ok:
        say(t("check.ok", files=files), style="green")
    else:
        repairable = sum(1 for p in result.problems if p.repairable)
        say(
            t(
                "check.found",
                problems=counted(len(result.problems), "problem"),
                files=files,
                repairable=repairable,
            ),
            style="yellow",
        )


def _as_data(
    result: CheckResult, changed: list[Change], not_repaired: list[Change], repair: bool
) -> dict[str, Any]:
    def path(value: Path) -> str:
        return str(value)

    return {
        "ok": result.ok,
        "files": result.files,
        "problems": [
            {
                "path": path(p.path),
                "kind": p.kind,
                "message": p.message,
                "repairable": p.repairable,
            }
            for p in result.problems
        ],
        "repaired": [{"path": path(c.path), "message": c.message} for c in changed]
        if repair
        else None,
        "not_repaired": [{"path": path(c.path), "message": c.message} for c in not_repaired]
        if repair
        else None,
    }
