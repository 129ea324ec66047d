"""What the shell completes beyond commands and options: client codes, question-set ids and
the ids of quick reflections. Completing never asks for anything and never prints: an
encrypted journal completes no client codes (it would need the passphrase), and anything
that cannot be read completes nothing."""

from __future__ import annotations

import os
from datetime import date

from afstand.paths import resolve_paths

COMPLETE_VARIABLE = "_AFSTAND_COMPLETE"
MONTHS_BACK = 12  # the client codes of the last year: enough to type, quick on a long journal


def completing() -> bool:
    """Whether this run answers the shell's completion, rather than a command."""
    return COMPLETE_VARIABLE in os.environ


def _starts(value: str, incomplete: str) -> bool:
    return value.lower().startswith(incomplete.lower())


def client_codes(incomplete: str) -> list[str]:
    try:
        from afstand.crypto import is_encrypted
        from afstand.dates import month_start
        from afstand.journal.store import Journal

        journal = resolve_paths().journal
        if not journal.is_dir() or is_encrypted(journal):
            return []
        codes = Journal(journal).clients(since=month_start(date.today(), -MONTHS_BACK))
        # what was typed stays as typed (`mw` completes to `mw-03`): afstand reads codes in
        # either case, and the shell only offers what starts with exactly what was typed
        return [incomplete + code[len(incomplete) :] for code in codes if _starts(code, incomplete)]
    except Exception:  # a broken journal must not break the user's shell
        return []


def set_ids(incomplete: str) -> list[tuple[str, str]]:
    try:
        from afstand.i18n import current_language
        from afstand.questionnaires.catalog import load_catalog

        lang = current_language()
        paths = resolve_paths()
        return [
            (loaded.questionnaire.id, loaded.questionnaire.title.get(lang))
            for loaded in load_catalog(paths.questionnaires, paths.checked_sets)
            if _starts(loaded.questionnaire.id, incomplete)
        ]
    except Exception:
        return []


def quick_entry_ids(incomplete: str) -> list[tuple[str, str]]:
    """The reflections still to be deepened, by the start of their id."""
    try:
        from afstand.crypto import is_encrypted
        from afstand.journal.store import Journal

        journal = resolve_paths().journal
        if not journal.is_dir() or is_encrypted(journal):
            return []
        return [
            (stored.id[:8], f"{stored.client} {stored.date.isoformat()}")
            for _, stored in Journal(journal).stored()
            if stored.phase == "quick" and _starts(stored.id, incomplete)
        ]
    except Exception:
        return []
