"""What every command needs: the paths, the config and the question sets, each loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import typer

from afstand.paths import Paths, resolve_paths

if TYPE_CHECKING:
    from afstand.config import Config
    from afstand.drafts import DraftStore
    from afstand.journal import Journal
    from afstand.questionnaires import Catalog


@dataclass
class Workspace:
    paths: Paths = field(default_factory=resolve_paths)
    _journal: Journal | None = field(default=None, init=False, repr=False)

    @cached_property
    def config(self) -> Config:
        from afstand.config import load_config

        return load_config(self.paths.config_file)

    def journal(self) -> Journal:
        """The journal, opened once per command (decrypting it when it is encrypted)."""
        if self._journal is None:
            from afstand.journal import Journal

            self._journal = Journal(self.paths.journal)
        return self._journal

    def drafts(self) -> DraftStore:
        from afstand.drafts import DraftStore

        return DraftStore(self.paths.drafts)

    @cached_property
    def catalog(self) -> Catalog:
        from afstand.questionnaires import load_catalog

        return load_catalog(self.paths.questionnaires)


def workspace(ctx: typer.Context) -> Workspace:
    found = ctx.find_root().obj
    assert isinstance(found, Workspace)
    return found
