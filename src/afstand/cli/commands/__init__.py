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
    from afstand.cli.commands import hours, registers

    app.command(name="hours", help=t("help.hours"))(hours.hours)
    app.command(name="uren", help=t("help.hours"), hidden=True)(hours.hours)  # as Dutch users say
    app.command(name="evidence", help=t("help.evidence"))(hours.evidence)
    app.add_typer(registers.build(), name="registers", help=t("help.registers"))
    from afstand.cli.commands import status

    sub = build_supervision()
    app.add_typer(sub, name="supervision", help=t("help.supervision"))
    for alias in ("supervisie", "intervisie", "intervision"):  # names Dutch users say
        app.add_typer(sub, name=alias, help=t("help.supervision"), hidden=True)
    app.command(name="status", help=t("help.status"))(status.show_status)

    from afstand.cli.commands import migrate

    app.command(name="migrate", help=t("help.migrate"))(migrate.migrate)

    from afstand.cli.commands import check

    app.command(name="check", help=t("help.check"))(check.check_journal)


def build_supervision() -> typer.Typer:
    """`afstand supervision` and its commands, from the modules that hold them."""
    from afstand.cli.commands import meetings, supervision, supervision_cycle

    app = typer.Typer(no_args_is_help=True, help=t("help.supervision"))
    app.command(name="new", help=t("help.supervision.new"))(supervision.new_series)
    app.command(name="list", help=t("help.supervision.list"))(supervision.list_series)
    app.command(name="show", help=t("help.supervision.show"))(supervision.show_series)
    app.command(name="edit", help=t("help.supervision.edit"))(supervision.edit_series)
    app.command(name="delete", help=t("help.supervision.delete"))(supervision.delete_series)
    meeting = typer.Typer(no_args_is_help=True, help=t("help.supervision.meeting"))
    meeting.command(name="add", help=t("help.meeting.add"))(meetings.add_meeting)
    meeting.command(name="list", help=t("help.meeting.list"))(meetings.list_meetings)
    meeting.command(name="show", help=t("help.meeting.show"))(meetings.show_meeting)
    meeting.command(name="edit", help=t("help.meeting.edit"))(meetings.edit_meeting)
    meeting.command(name="delete", help=t("help.meeting.delete"))(meetings.delete_meeting)
    app.add_typer(meeting, name="meeting", help=t("help.supervision.meeting"))
    app.add_typer(meeting, name="bijeenkomst", hidden=True)
    app.command(name="prepare", help=t("help.supervision.prepare"))(supervision_cycle.prepare)
    app.command(name="verslag", help=t("help.supervision.verslag"))(supervision_cycle.verslag)
    app.command(name="evaluate", help=t("help.supervision.evaluate"))(supervision_cycle.evaluate)
    app.command(name="evalueer", hidden=True)(supervision_cycle.evaluate)
    return app
