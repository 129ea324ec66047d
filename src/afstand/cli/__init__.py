"""The command line: the only part of afstand that knows Typer. Commands live in commands/.

The language is settled before the app is built, so that help texts speak it too."""

from __future__ import annotations

import os
import re
import sys
from datetime import date
from typing import Annotated

import typer
from typer.completion import get_completion_inspect_parameters, install_callback, show_callback

from afstand import __version__
from afstand.cli.completion import completing
from afstand.cli.context import Workspace
from afstand.errors import AfstandError, UsageError
from afstand.i18n import resolve_language, set_language, t
from afstand.process_safety import disable_core_dumps


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"afstand {__version__}")
        raise typer.Exit()


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _known_shell(shell: str) -> str:
    if shell and shell not in SHELLS:
        from afstand.errors import UsageError

        raise UsageError(
            t("completion.unknown_shell", shell=shell),
            hint=t("hint.shells", shells=", ".join(SHELLS)),
        )
    return shell


def _install_completion(ctx: typer.Context, param: typer.CallbackParam, shell: str | None) -> None:
    """Typer's install, for SHELL or (without one) the shell afstand runs in."""
    if shell is not None:
        install_callback(ctx, param, _known_shell(shell) or True)


def _show_completion(ctx: typer.Context, param: typer.CallbackParam, shell: str | None) -> None:
    if shell is not None:
        show_callback(ctx, param, _known_shell(shell) or True)


def build_app(workspace: Workspace, *, plain: bool = False) -> typer.Typer:
    app = typer.Typer(
        name="afstand",
        help=t("help.app"),
        no_args_is_help=True,
        add_completion=False,  # Typer's completion, with help texts in both languages: below
        # accessible mode: help and usage errors as plain text, without panels
        rich_markup_mode=None if plain else "rich",
        pretty_exceptions_show_locals=False,  # locals could hold journal text
        context_settings={"help_option_names": ["-h", "--help"], "obj": workspace},
    )

    @app.callback()
    def root(
        lang: Annotated[str | None, typer.Option("--lang", help=t("help.lang"))] = None,
        plain: Annotated[bool, typer.Option("--plain", help=t("help.plain"))] = False,
        install_completion: Annotated[
            str | None,
            typer.Option(
                "--install-completion",
                metavar="[SHELL]",
                callback=_install_completion,
                expose_value=False,
                is_eager=True,
                help=t("help.install_completion"),
            ),
        ] = None,
        show_completion: Annotated[
            str | None,
            typer.Option(
                "--show-completion",
                metavar="[SHELL]",
                callback=_show_completion,
                expose_value=False,
                is_eager=True,
                help=t("help.show_completion"),
            ),
        ] = None,
        version: Annotated[
            bool,
            typer.Option(
                "--version", callback=_show_version, is_eager=True, help=t("help.version")
            ),
        ] = False,
    ) -> None:
        pass  # --lang and --plain were read before the app was built; declared for --help

    # what add_completion would do: Typer's scripts for bash, zsh, fish and PowerShell
    get_completion_inspect_parameters()
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
    "--install-completion": r"^[^-]",
    "--show-completion": r"^[^-]",
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
        "--install-completion": "",  # the shell afstand runs in
        "--show-completion": "",
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


def _configured_language(workspace: Workspace) -> str | None:
    """The config's language; while completing, a broken config is left for a command to
    report, not printed into the middle of the user's typing."""
    if not completing():
        return workspace.config.language
    try:
        return workspace.config.language
    except AfstandError:
        return None


def _remove_stale_scratch(workspace: Workspace) -> None:
    """Plain text that an edit killed outright left behind goes before anything else runs."""
    from afstand.cli.editor import remove_stale_scratch, scratch_folder

    removed = remove_stale_scratch(scratch_folder(workspace.paths.data))
    if removed:
        print(t("editor.stale_removed", count=removed), file=sys.stderr)


def refuse_undecodable(args: list[str]) -> None:
    """Bytes that are not UTF-8 on the command line reach Python as lone surrogates; they
    cannot name an entry, a client or an option, so say so instead of failing later."""
    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise UsageError(t("cli.not_utf8", argument=shown), hint=t("hint.not_utf8")) from None


def split_plain(argv: list[str]) -> tuple[bool, list[str]]:
    """Take `--plain` out wherever it stands (before `--`): it applies to every command."""
    end = argv.index("--") if "--" in argv else len(argv)
    found = "--plain" in argv[:end]
    return found, [a for a in argv[:end] if a != "--plain"] + argv[end:]


def run(argv: list[str]) -> int:
    """Run afstand with `argv`; return the exit code. Every AfstandError ends here."""
    from afstand.cli.accessible import accessible_wanted, set_plain

    lang, args = split_lang(argv)
    plain, args = split_plain(args)
    plain = plain or accessible_wanted()
    set_plain(plain)
    args = fill_optional_values(args, date.today())
    workspace: Workspace | None = None
    try:
        set_language(resolve_language(lang, None))
        refuse_undecodable(args)
        workspace = Workspace()
        if lang is None and not os.environ.get("AFSTAND_LANG"):
            set_language(resolve_language(None, _configured_language(workspace)))
        if not completing():  # completing says nothing and changes nothing
            _remove_stale_scratch(workspace)
        app = build_app(workspace, plain=plain)
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
            workspace.close()
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
    disable_core_dumps()  # a core file would hold decrypted notes and the passphrase
    # afstand uses no pydantic plugin: without this, the first validation of a command scans
    # every installed package's entry points for one (a sixth of that validation's time)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    sys.exit(run(sys.argv[1:]))
