"""Which registers a command works on, and their progress: the ids given on the command
line, else those in the config, each with the start of its period from the config."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from afstand.errors import UsageError
from afstand.i18n import t
from afstand.registers.activity import Activity
from afstand.registers.catalog import ProfileCatalog
from afstand.registers.counting import Progress, progress
from afstand.registers.profile import Profile


def chosen_profiles(
    catalog: ProfileCatalog,
    given: Sequence[str],
    configured: Sequence[str] | None,
    config_file: Path,
) -> list[Profile]:
    ids = list(given) or list(configured or [])
    if not ids:
        raise UsageError(
            t("registers.none_chosen"), hint=t("hint.registers_config", path=config_file)
        )
    found: list[Profile] = []
    for profile_id in ids:
        profile = catalog.get(profile_id)
        if profile not in found:
            found.append(profile)
    return found


def progress_of(
    profiles: Sequence[Profile],
    activities: Sequence[Activity],
    today: date,
    starts: Mapping[str, date] | None,
) -> list[Progress]:
    return [
        progress(profile, activities, today, (starts or {}).get(profile.id)) for profile in profiles
    ]
