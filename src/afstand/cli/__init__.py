"""The command line: the only part of afstand that knows Typer. Commands live in commands/.

The language is settled before the app is built, so that help texts speak it too."""

from __future__ import annotations

import os
import re
import sys
from datetime import date
from typing import Annotated

import typer

from afstand import __version__
from afstand.cli.context import Workspace
from afstand.errors import AfstandError
from afstand.i18n import resolve_language, set_language, t


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"afstand {__version__}")
        raise typer.Exit()


def build_app(workspace: Workspace) -> typer.Typer:
    app = typer.Typer(
        name="afstand",
        help=t("help.app"),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_show_locals=False,  # locals could hold journal text
        context_settings={"help_option_names": ["-h", "--help"], "obj": workspace},
    )

    @app.callback()
    def root(
        lang: Annotated[str | None, typer.Option("--lang", help=t("help.lang"))] = None,
        version: Annotated[
            bool,
            typer.Option(
                "--version", callback=_show_version, is_eager=True, help=t("help.version")
            ),
        ] = False,
    ) -> None:
        pass  # --lang was read before the app was built; it is declared here for --help

    from afstand.cli.commands import register_all

    register_all(app)
    return app


def split_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """Find `--lang X` wherever it stands (also after the command) and move it to the front."""
    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            args.pop(index)
            value = arg.split("=", 1)[1]
            return value, ["--lang", value, *args]
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
            del args[index : index + 2]
            return value, ["--lang", value, *args]
    return None, args


_OPTIONAL_VALUES = {
    "--month": r"^\d{4}-\d{1,2}$",
    "--year": r"^\d{4}$",
    "--resume": r"^[^-]",
    "--discard-draft": r"^[^-]",
}


def fill_optional_values(argv: list[str], today: date) -> list[str]:
    """`--month` and `--year` without a value mean the current month and year; `--resume`
    and `--discard-draft` without a draft's id mean the only draft (an empty value)."""
    args = list(argv)
    defaults = {
        "--month": today.strftime("%Y-%m"),
        "--year": str(today.year),
        "--resume": "",
        "--discard-draft": "",
    }
    index = 0
    while index < len(args):
        pattern = _OPTIONAL_VALUES.get(args[index])
        if pattern is not None:
            following = args[index + 1] if index + 1 < len(args) else None
            # only when no value follows; a wrong value is left for the option to refuse
            if following is None or (
                following.startswith("-") and not re.match(pattern, following)
            ):
                args.insert(index + 1, defaults[args[index]])
            index += 1
        elif args[index] == "--":
            break
        index += 1
    return args


def _remove_stale_scratch(workspace: Workspace) -> None:
    """Plain text that an edit killed outright left behind goes before anything else runs."""
    from afstand.cli.editor import remove_stale_scratch, scratch_folder

    removed = remove_stale_scratch(scratch_folder(workspace.paths.data))
    if removed:
        print(t("editor.stale_removed", count=removed), file=sys.stderr)


def run(argv: list[str]) -> int:
    """Run afstand with `argv`; return the exit code. Every AfstandError ends here."""
    lang, args = split_lang(argv)
    args = fill_optional_values(args, date.today())
    workspace: Workspace | None = None
    try:
        set_language(resolve_language(lang, None))
        workspace = Workspace()
        if lang is None and not os.environ.get("AFSTAND_LANG"):
            set_language(resolve_language(None, workspace.config.language))
        _remove_stale_scratch(workspace)
        app = build_app(workspace)
        app(args=args, prog_name="afstand", standalone_mode=True)
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except AfstandError as error:
        from afstand.cli.output import print_error  # rich loads only when there is output

        print_error(error)
        return error.exit_code
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, or Ctrl-D at a question
        print(t("interrupted"), file=sys.stderr)
        return 130
    finally:
        if workspace is not None:
            _tell_notices(workspace)
    return 0


def _tell_notices(workspace: Workspace) -> None:
    """What the journal found or merged on its way (conflict copies of a synced folder, a
    month that went back in time): one line each on stderr."""
    notices = workspace.notices()
    if notices:
        from afstand.cli.output import warn

        for notice in notices:
            warn(notice)


def main() -> None:
    sys.exit(run(sys.argv[1:]))
