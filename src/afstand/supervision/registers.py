"""Register profiles: the shipped ones (`register_profiles/*.yaml` in this package) and the
user's own (the `registers/` folder beside the config), validated strictly: every problem of a
file is reported with its field and line, and a file with a problem is never used."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from afstand.errors import NotFound
from afstand.field_errors import problems_from
from afstand.i18n import t
from afstand.models.register import RegisterProfile
from afstand.yaml_reader import Problem, YamlDocument, YamlError, read_yaml


def shipped_profiles_dir() -> Path:
    return Path(__file__).resolve().parent / "register_profiles"


@dataclass
class Registers:
    profiles: dict[str, RegisterProfile] = field(default_factory=dict)
    invalid: dict[Path, list[Problem]] = field(default_factory=dict)

    def get(self, register_id: str) -> RegisterProfile:
        found = self.profiles.get(register_id.strip().lower())
        if found is None:
            raise NotFound(
                t("register.not_found", id=register_id),
                hint=t("hint.registers", ids=", ".join(sorted(self.profiles))),
            )
        return found


def _files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_registers(user_dir: Path | None) -> Registers:
    registers = Registers()
    for path in [*_files(shipped_profiles_dir()), *_files(user_dir)]:
        problems, profile = check_profile_file(path)
        if profile is None:
            registers.invalid[path] = problems
        else:
            registers.profiles[profile.id] = profile  # the user's own replaces a shipped one
    return registers


def check_profile_file(path: Path) -> tuple[list[Problem], RegisterProfile | None]:
    try:
        document = read_yaml(path, str(path))
    except YamlError as error:
        return [error.problem], None
    return check_profile(document, str(path))


def check_profile(
    document: YamlDocument, name: str
) -> tuple[list[Problem], RegisterProfile | None]:
    if not isinstance(document.data, dict):
        return [Problem(name, t("register.not_mapping"), line=1)], None

    def make(where: str, message: str) -> Problem:
        return Problem(name, message, field=where, line=document.line_of(tuple(where.split("."))))

    try:
        profile = RegisterProfile.model_validate(document.data)
    except ValidationError as error:
        return problems_from(error, make), None
    problems = [make(where, message) for where, message in semantic_problems(profile)]
    return problems, (None if problems else profile)


def semantic_problems(profile: RegisterProfile) -> list[tuple[str, str]]:
    found = []
    if (
        profile.required_hours is None
        and profile.monthly_minimum_hours is None
        and profile.series_meetings is None
        and profile.gap_months is None
    ):
        found.append(("required_hours", t("register.nothing_required")))
    rule = profile.series_meetings
    if rule is not None and rule.min > rule.max:
        found.append(("series_meetings.min", t("register.min_above_max")))
    for size in profile.min_minutes_by_group:
        if size < 1:
            found.append((f"min_minutes_by_group.{size}", t("register.group_size")))
    return found
