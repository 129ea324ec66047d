"""`afstand migrate`: the whole journal in the current format at once."""

from __future__ import annotations

import typer

from afstand.cli.context import workspace
from afstand.cli.output import say
from afstand.i18n import counted, t


def migrate(ctx: typer.Context) -> None:
    from afstand.journal.format import SCHEMA_VERSION

    months, entries = workspace(ctx).journal().migrate()
    if months == 0:
        say(t("migrate.nothing", version=SCHEMA_VERSION))
        return
    say(
        t(
            "migrate.done",
            months=counted(months, "month"),
            version=SCHEMA_VERSION,
            entries=counted(entries, "reflection"),
        ),
        style="green",
    )
