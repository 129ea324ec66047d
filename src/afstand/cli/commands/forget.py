"""`afstand forget` and `purge`: removing a client, or what is past the retention period, for
good. Both show first what would go and ask, like `delete`; `--dry-run` only shows."""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from afstand.cli import completion
from afstand.cli.context import workspace
from afstand.cli.line_input import ask_yes_no
from afstand.cli.output import err, say, warn
from afstand.errors import Cancelled, UsageError
from afstand.i18n import counted, t

if TYPE_CHECKING:
    from afstand.journal.forgetting import ForgetPlan, PurgePlan
    from afstand.journal.store import Journal


def forget_client(
    ctx: typer.Context,
    client: Annotated[
        str,
        typer.Option(
            "--client", "-c", help=t("help.forget.client"), autocompletion=completion.client_codes
        ),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("help.forget.dry_run"))] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
) -> None:
    from afstand.journal.forgetting import forget, plan_forget

    ws = workspace(ctx)
    journal, drafts = ws.journal(), ws.drafts(writing=not dry_run)
    plan = plan_forget(journal, drafts, client)
    _show_forget(plan)
    if dry_run:
        say(t("forget.dry_run"))
        return
    if not yes:
        _confirm(t("forget.confirm", client=plan.client), t("forget.no_terminal"))
    removed = forget(journal, drafts, plan)
    _drop_from_meetings(journal, removed.ids)
    say(
        t(
            "forget.done",
            client=plan.client,
            entries=counted(removed.entries, "reflection"),
            drafts=counted(removed.drafts, "draft"),
        ),
        style="green",
    )


def purge_old(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("help.forget.dry_run"))] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
) -> None:
    from afstand.journal.forgetting import plan_purge, purge

    ws = workspace(ctx)
    months = ws.config.retention_months
    if months is None:
        raise UsageError(
            t("purge.no_retention"), hint=t("hint.retention", path=ws.paths.config_file)
        )
    journal, drafts = ws.journal(), ws.drafts(writing=not dry_run)
    plan = plan_purge(journal, drafts, months, date.today())
    if not plan.entries and not plan.drafts:
        say(t("purge.nothing", months=counted(months, "month"), cutoff=plan.cutoff.isoformat()))
        return
    _show_purge(plan)
    if dry_run:
        say(t("forget.dry_run"))
        return
    if not yes:
        _confirm(t("purge.confirm"), t("purge.no_terminal"))
    removed = purge(journal, drafts, plan)
    _drop_from_meetings(journal, removed.ids)
    say(
        t(
            "purge.done",
            entries=counted(removed.entries, "reflection"),
            drafts=counted(removed.drafts, "draft"),
            cutoff=plan.cutoff.isoformat(),
        ),
        style="green",
    )


def _drop_from_meetings(journal: Journal, ids: frozenset[str]) -> None:
    """The supervision log refers to reflections by id: those that are gone leave it too."""
    from afstand.supervision.store import SupervisionLog

    SupervisionLog(journal).drop_reflections(set(ids))


def _show_forget(plan: ForgetPlan) -> None:
    say(t("forget.plan.header", client=plan.client))
    if plan.entries:
        say(t("forget.plan.entries", count=plan.entries, first=plan.first, last=plan.last))
    else:
        say(t("forget.plan.no_entries"))
    say(t("forget.plan.drafts", count=len(plan.drafts)))
    for path in plan.unreadable_drafts:
        warn(t("forget.draft_unreadable", path=path, client=plan.client))
    say(t("forget.no_backups"))


def _show_purge(plan: PurgePlan) -> None:
    say(
        t(
            "purge.plan.header",
            months=counted(plan.retention_months, "month"),
            cutoff=plan.cutoff.isoformat(),
        )
    )
    if plan.entries:
        say(
            t(
                "purge.plan.entries",
                count=plan.entries,
                clients=counted(plan.clients, "client"),
                first=plan.first,
                last=plan.last,
            )
        )
    else:
        say(t("forget.plan.no_entries"))
    say(t("forget.plan.drafts", count=len(plan.drafts)))
    say(t("forget.no_backups"))


def _confirm(question: str, no_terminal: str) -> None:
    """Ask before removing, as `delete` does; without a terminal, refuse (use --yes)."""
    if not sys.stdin.isatty():
        raise UsageError(no_terminal, hint=t("hint.yes"))
    if not ask_yes_no(err(), question, default=False):
        raise Cancelled(t("forget.cancelled"))
