"""What every command needs: the paths, the config and the question sets, each loaded once."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import typer

from afstand.errors import UsageError
from afstand.i18n import t
from afstand.paths import Paths, resolve_paths

if TYPE_CHECKING:
    from afstand.config import Config
    from afstand.crypto import Cipher
    from afstand.journal.store import Journal
    from afstand.questionnaires.catalog import Catalog
    from afstand.reflection.drafts import DraftStore


@dataclass
class Workspace:
    paths: Paths = field(default_factory=resolve_paths)
    _journal: Journal | None = field(default=None, init=False, repr=False)
    _cipher: Cipher | None = field(default=None, init=False, repr=False)
    _unlocked: bool = field(default=False, init=False, repr=False)
    _held: ExitStack = field(default_factory=ExitStack, init=False, repr=False)
    _drafts: DraftStore | None = field(default=None, init=False, repr=False)

    @cached_property
    def config(self) -> Config:
        from afstand.config import load_config

        return load_config(self.paths.config_file)

    def journal(self) -> Journal:
        """The journal, opened once per command (unlocked when it is encrypted)."""
        if self._journal is None:
            from afstand.journal.store import Journal

            self._journal = Journal(self.paths.journal, self.cipher())
        return self._journal

    def notices(self) -> list[str]:
        """What the journal and the drafts have to tell the user after the command, if they
        were opened."""
        found = list(self._journal.notices) if self._journal is not None else []
        return found + (self._drafts.notices if self._drafts is not None else [])

    def drafts(self, writing: bool = False) -> DraftStore:
        """The drafts; for a command that writes them (`writing`), with the conflict copies a
        sync tool left merged first."""
        if self._drafts is None:
            from afstand.reflection.drafts import DraftStore

            lock = self.paths.journal / ".lock"
            self._drafts = DraftStore(self.paths.drafts, self.cipher(), lock_path=lock)
        if writing:
            self._drafts.settle()
        return self._drafts

    def cipher(self) -> Cipher | None:
        """The key of an encrypted journal, from one passphrase per command; None if plain."""
        if not self._unlocked:
            from afstand.cli.welcome import welcome_once
            from afstand.crypto import is_encrypted, unlock

            welcome_once(self.paths)  # before a passphrase is asked for
            from afstand.journal.encryption import refuse_stray_encryption, use_journal

            # finish or undo a conversion a crash interrupted; then keep any new conversion
            # waiting until this command is done with the journal
            self._held.enter_context(use_journal(self.paths.journal))
            if is_encrypted(self.paths.journal):
                self._cipher = unlock(self.paths.journal, ask_passphrase(t("crypto.prompt")))
            else:
                refuse_stray_encryption(self.paths.journal, self.paths.drafts)
            self._unlocked = True
        return self._cipher

    def close(self) -> None:
        """Release what the command held (the shared conversion lock)."""
        self._held.close()

    @cached_property
    def catalog(self) -> Catalog:
        from afstand.questionnaires.catalog import load_catalog

        return load_catalog(self.paths.questionnaires, self.paths.checked_sets)


def workspace(ctx: typer.Context) -> Workspace:
    found = ctx.find_root().obj
    assert isinstance(found, Workspace)
    return found


def ask_passphrase(prompt: str) -> str:
    """AFSTAND_PASSPHRASE for scripts; else asked in the terminal, without echo."""
    given = os.environ.get("AFSTAND_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError(t("crypto.no_passphrase"), hint=t("hint.passphrase"))
    import getpass

    return getpass.getpass(prompt + " ")
