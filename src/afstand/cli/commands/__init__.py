"""One module per command or command group; `register_all` attaches them to the app.
Command modules import the domain lazily, so that `afstand --version` stays fast."""

from __future__ import annotations

import typer

from afstand.i18n import t


def register_all(app: typer.Typer) -> None:
    from afstand.cli.commands import entries, paths, questionnaires, reflect, report, schema

    app.command(name="reflect", help=t("help.reflect"))(reflect.reflect)
    app.command(name="list", help=t("help.list"))(entries.list_entries)
    app.command(name="show", help=t("help.show"))(entries.show_entry)
    app.command(name="edit", help=t("help.edit"))(entries.edit_entry)
    app.command(name="delete", help=t("help.delete"))(entries.delete_entry)
    from afstand.cli.commands import forget

    app.command(name="forget", help=t("help.forget"))(forget.forget_client)
    app.command(name="purge", help=t("help.purge"))(forget.purge_old)
    app.command(name="report", help=t("help.report"))(report.report)
    from afstand.cli.commands import export as export_commands

    app.command(name="export", help=t("help.export"))(export_commands.export_journal)
    app.command(name="import", help=t("help.import"))(export_commands.import_journal)
    app.add_typer(questionnaires.build(), name="questionnaires", help=t("help.questionnaires"))
    app.command(name="schema", help=t("help.schema"))(schema.show_schema)
    app.command(name="paths", help=t("help.paths"))(paths.show_paths)
    from afstand.cli.commands import crypto

    app.command(name="encrypt", help=t("help.encrypt"))(crypto.encrypt)
    app.command(name="decrypt", help=t("help.decrypt"))(crypto.decrypt)
    from afstand.cli.commands import check

    app.command(name="check", help=t("help.check"))(check.check_journal)
