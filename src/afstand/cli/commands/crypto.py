"""`afstand encrypt` and `afstand decrypt`: encryption at rest, switched on or off."""

from __future__ import annotations

import os
import sys

import typer

from afstand.cli.context import ask_passphrase, workspace
from afstand.cli.output import say
from afstand.errors import InvalidInput, UsageError
from afstand.i18n import counted, t

MIN_LENGTH = 8


def encrypt(ctx: typer.Context) -> None:
    from afstand.crypto import is_encrypted, new_header
    from afstand.journal.encryption import convert, recover

    ws = workspace(ctx)
    recover(ws.paths.journal)
    if is_encrypted(ws.paths.journal):
        raise UsageError(t("crypto.already"), hint=t("hint.decrypt"))
    passphrase = _new_passphrase()
    header, cipher = new_header(passphrase)
    result = convert(ws.paths.journal, ws.paths.drafts, None, cipher, header)
    say(t("crypto.encrypted", months=counted(result.months, "month")), style="green")
    say(t("crypto.keep_safe"), style="yellow")


def decrypt(ctx: typer.Context) -> None:
    from afstand.crypto import is_encrypted, unlock
    from afstand.journal.encryption import convert, recover

    ws = workspace(ctx)
    recover(ws.paths.journal)
    if not is_encrypted(ws.paths.journal):
        raise UsageError(t("crypto.not_on"))
    cipher = unlock(ws.paths.journal, ask_passphrase(t("crypto.prompt")))
    result = convert(ws.paths.journal, ws.paths.drafts, cipher, None, None)
    say(t("crypto.decrypted", months=counted(result.months, "month")), style="green")


def _new_passphrase() -> str:
    if os.environ.get("AFSTAND_PASSPHRASE"):
        passphrase = os.environ["AFSTAND_PASSPHRASE"]
    else:
        if not sys.stdin.isatty():  # the journal is not encrypted yet: say so
            raise UsageError(t("crypto.no_new_passphrase"), hint=t("hint.passphrase"))
        import getpass

        passphrase = getpass.getpass(t("crypto.new_prompt") + " ")
        if getpass.getpass(t("crypto.again_prompt") + " ") != passphrase:
            raise InvalidInput(t("crypto.mismatch"))
    if len(passphrase) < MIN_LENGTH:
        raise InvalidInput(t("crypto.too_short", length=MIN_LENGTH))
    return passphrase
