"""Short reminders on stderr after a command has done its work."""

from __future__ import annotations

from datetime import date

from afstand.cli.context import Workspace
from afstand.cli.output import say
from afstand.errors import AfstandError
from afstand.i18n import counted, t


def remind_retention(ws: Workspace) -> None:
    """After a reflection is saved: one line on stderr when reflections are past the retention
    period. It never fails the command: what was saved stays saved."""
    try:
        months = ws.config.retention_months
        if months is None:
            return
        from afstand.journal.forgetting import entries_past_retention

        count = entries_past_retention(ws.journal(), months, date.today())
    except AfstandError:
        return
    if count:
        say(t("retention.reminder", count=count, months=counted(months, "month")), style="yellow")
