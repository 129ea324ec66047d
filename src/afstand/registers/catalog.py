"""Finding, reading and checking register profiles: the shipped ones and the user's own.

A profile of the user's own (in the folder `afstand paths` shows) with the id of a shipped one
replaces it, so a register that changed its rules can be followed before afstand is updated."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from afstand.errors import InvalidInput, NotFound
from afstand.field_errors import problems_from
from afstand.i18n import t
from afstand.registers.profile import Profile
from afstand.yaml_reader import Problem, YamlDocument, YamlError, read_yaml, yaml_files

Origin = Literal["built-in", "user"]


def shipped_dir() -> Path:
    return Path(__file__).resolve().parent / "profiles"


@dataclass(frozen=True)
class LoadedProfile:
    profile: Profile
    origin: Origin
    path: Path
    replaces_shipped: bool = False


@dataclass
class ProfileCatalog:
    profiles: dict[str, LoadedProfile] = field(default_factory=dict)
    invalid: dict[Path, list[Problem]] = field(default_factory=dict)

    def __iter__(self) -> Iterator[LoadedProfile]:
        return iter(self.profiles.values())

    def get(self, profile_id: str) -> Profile:
        wanted = profile_id.strip().lower()
        loaded = self.profiles.get(wanted)
        if loaded is not None:
            return loaded.profile
        broken = [path for path in self.invalid if path.stem == wanted]
        if broken:
            raise InvalidInput(
                t("registers.invalid_named", id=wanted, path=broken[0]),
                hint=t("hint.registers_validate", path=broken[0]),
                problems=[problem.render() for problem in self.invalid[broken[0]]],
            )
        raise NotFound(
            t("registers.not_found", id=profile_id),
            hint=t("hint.registers_known", ids=", ".join(sorted(self.profiles))),
        )


def load_profiles(user_dir: Path | None) -> ProfileCatalog:
    catalog = ProfileCatalog()
    for path in yaml_files(shipped_dir()):
        shipped = parse_profile(path)  # shipped profiles are tested; a failure is a bug
        catalog.profiles[shipped.id] = LoadedProfile(shipped, "built-in", path)
    for path in yaml_files(user_dir) if user_dir else []:
        problems, profile = check_file(path)
        if profile is None:
            catalog.invalid[path] = problems
            continue
        replaces = catalog.profiles.get(profile.id)
        if replaces is not None and replaces.origin == "user":
            catalog.invalid[path] = [
                Problem(str(path), t("registers.duplicate_id", id=profile.id, other=replaces.path))
            ]
            continue
        catalog.profiles[profile.id] = LoadedProfile(
            profile, "user", path, replaces_shipped=replaces is not None
        )
    return catalog


def parse_profile(path: Path) -> Profile:
    problems, profile = check_file(path)
    if profile is None:
        raise InvalidInput(
            t("registers.invalid", path=path),
            hint=t("hint.registers_validate", path=path),
            problems=[problem.render() for problem in problems],
        )
    return profile


def check_file(path: Path, display: str | None = None) -> tuple[list[Problem], Profile | None]:
    """Every problem in one profile file, and the profile itself when there are none."""
    name = display or str(path)
    try:
        document = read_yaml(path, name)
    except YamlError as error:
        return [error.problem], None
    return check_document(document, name)


def check_document(document: YamlDocument, name: str) -> tuple[list[Problem], Profile | None]:
    if not isinstance(document.data, dict):
        return [Problem(name, t("registers.not_mapping"), line=1)], None

    def make(path: str, message: str) -> Problem:
        return Problem(name, message, field=path, line=document.line_of(tuple(path.split("."))))

    try:
        profile = Profile.model_validate(document.data)
    except ValidationError as error:
        return problems_from(error, make), None
    problems = [make(path, message) for path, message in semantic_problems(profile)]
    return problems, (None if problems else profile)


def semantic_problems(profile: Profile) -> list[tuple[str, str]]:
    """The rules that span fields: sizes in order, bands that do not overlap, a period for
    the hours asked, the documents that need a rule to stand on."""
    found: list[tuple[str, str]] = []
    sizes = [minimum.size for minimum in profile.counts.group_minimums]
    if sizes != sorted(set(sizes)):
        found.append(("counts.group_minimums", t("registers.check.sizes_order")))
    last_end = 1
    for index, band in enumerate(profile.counts.group_credit):
        if band.from_size <= last_end:
            found.append(
                (f"counts.group_credit.{index}.from_size", t("registers.check.credit_overlap"))
            )
        if band.to_size is None and index < len(profile.counts.group_credit) - 1:
            found.append((f"counts.group_credit.{index}.to_size", t("registers.check.open_band")))
        last_end = band.to_size if band.to_size is not None else 50
    if profile.required_hours is not None and profile.period is None:
        found.append(("required_hours", t("registers.check.hours_need_period")))
    series = profile.series
    if series is not None and (series.max_meetings or series.min_meetings) < series.min_meetings:
        found.append(("series.max_meetings", t("registers.check.series_order")))
    if "monthly-log" in profile.evidence and profile.monthly is None:
        found.append(("evidence", t("registers.check.monthly_log", document="monthly-log")))
    if len(set(profile.evidence)) != len(profile.evidence):
        found.append(("evidence", t("registers.check.duplicate_document")))
    return found
