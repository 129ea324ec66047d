"""Which registers a command works on, and their progress: the ids given on the command
line, else those in the config's `[registers]`, each with the start of its period."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from afstand.errors import UsageError
from afstand.i18n import t
from afstand.registers.activity import Activity
from afstand.registers.catalog import ProfileCatalog, load_profiles
from afstand.registers.counting import Progress, progress
from afstand.registers.profile import Profile


def chosen_profiles(
    catalog: ProfileCatalog,
    given: Sequence[str],
    configured: Mapping[str, date] | None,
    config_file: Path,
) -> list[Profile]:
    ids = list(given) or list(configured or {})
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
    since: date | None = None,
) -> list[Progress]:
    """The progress of each register, from `since` or else the start in the config."""
    return [
        progress(profile, activities, today, since or (starts or {}).get(profile.id))
        for profile in profiles
    ]


def configured_progress(
    user_profiles: Path,
    configured: Mapping[str, date] | None,
    activities: Sequence[Activity],
    today: date,
) -> list[Progress]:
    """The progress of every register in the config, for `afstand status`: nothing when the
    config names none. An unknown or broken profile raises, with its hint."""
    if not configured:
        return []
    catalog = load_profiles(user_profiles)
    profiles = [catalog.get(name) for name in configured]
    return progress_of(profiles, activities, today, configured)
