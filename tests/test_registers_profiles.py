"""Register profiles as data: the shipped ones are valid, and a bad one of the user's own gets
every problem with its file, field and line, like a linter, and is never used in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from afstand.registers.catalog import check_file, load_profiles, shipped_dir
from helpers import Cli, flat, squash

SHIPPED = {"skj", "nip-ao", "nvo", "fgzpt", "vvn", "registerplein", "lvsc", "bacp", "nmc", "hcpc"}

GOOD = """\
id: my-register
version: 1
name: {nl: Mijn register, en: My register}
description: {en: Twenty hours in two years.}
source: my register's own page
checked: 2026-11
period:
  months: 24
required_hours: 20
counts:
  kinds: [supervision, intervision]
evidence: [attendance, statement]
"""

# (file content, the problem as `validate` prints it)
BAD = {
    "typo.yaml": (
        GOOD.replace("required_hours", "requird_hours"),
        "typo.yaml: requird_hours: unknown key (line 9)",
    ),
    "kind.yaml": (
        GOOD.replace("[supervision, intervision]", "[supervision, supervison]"),
        "kind.yaml: counts.kinds.1: 'supervison' is not one of",
    ),
    "credit.yaml": (
        GOOD.replace(
            "  kinds: [supervision, intervision]\n",
            "  kinds: [supervision]\n  group_credit:\n"
            "    - {from_size: 2, factor: 0.5, divide_by_size: true}\n",
        ),
        "credit.yaml: counts.group_credit.0: give either factor or divide_by_size: true (line 13)",
    ),
    "period.yaml": (
        GOOD.replace("period:\n  months: 24\n", ""),
        "period.yaml: required_hours: hours can only be counted within a period: add "
        "period.months (line 7)",
    ),
    "sizes.yaml": (
        GOOD.replace(
            "  kinds: [supervision, intervision]\n",
            "  kinds: [supervision]\n  group_minimums:\n    - {size: 3, minutes: 120}\n"
            "    - {size: 2, minutes: 90}\n",
        ),
        "sizes.yaml: counts.group_minimums: the group sizes must go up and appear once each "
        "(line 12)",
    ),
    "monthly.yaml": (
        GOOD.replace("[attendance, statement]", "[monthly-log]"),
        "monthly.yaml: evidence: monthly-log needs a monthly minimum",
    ),
    "negative.yaml": (
        GOOD.replace("required_hours: 20", "required_hours: -3"),
        "negative.yaml: required_hours: -3 is out of the allowed range (line 9)",
    ),
    "syntax.yaml": (GOOD.replace("counts:\n", "counts:\n kinds: [a\n"), "syntax.yaml:"),
}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_profile_is_valid_and_loaded() -> None:
    catalog = load_profiles(None)
    assert set(catalog.profiles) == SHIPPED
    assert catalog.invalid == {}
    for path in shipped_dir().glob("*.yaml"):
        problems, profile = check_file(path)
        assert problems == [], path
        assert profile is not None and profile.id == path.stem
        assert profile.name.nl and profile.name.en, path
        assert profile.description.nl and profile.description.en, path


def test_a_good_profile_of_ones_own_is_valid(tmp_path: Path) -> None:
    problems, profile = check_file(write(tmp_path, "mine.yaml", GOOD))
    assert problems == []
    assert profile is not None and profile.required_hours == 20


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_profile_gets_located_errors(tmp_path: Path, name: str) -> None:
    text, expected = BAD[name]
    path = write(tmp_path, name, text)
    problems, profile = check_file(path, display=name)
    assert profile is None
    rendered = [problem.render() for problem in problems]
    assert any(line.startswith(expected) for line in rendered), rendered


def test_validate_prints_every_problem_and_exits_with_one(cli: Cli, tmp_path: Path) -> None:
    for name, (text, _) in BAD.items():
        write(tmp_path / "bad", name, text)
    write(tmp_path / "bad", "good.yaml", GOOD)
    result = cli("registers", "validate", str(tmp_path / "bad"))
    assert result.code == 1
    assert len([line for line in result.stdout.splitlines() if line]) >= len(BAD)
    assert "requird_hours: unknown key (line 9)" in result.stdout


def test_a_broken_profile_of_ones_own_is_named_and_not_used(cli: Cli, afstand_home: Path) -> None:
    write(afstand_home / "registers", "my-register.yaml", BAD["typo.yaml"][0])
    listed = cli("registers", "list")
    assert listed.code == 0
    assert "my-register.yamlisinvalidandnotused" in squash(listed.stderr)
    result = cli("hours", "--register", "my-register")
    assert result.code == 3
    assert "requird_hours: unknown key (line 9)" in result.stderr
    assert "afstand registers validate" in flat(result.stderr)


def test_a_profile_of_ones_own_replaces_the_shipped_one(cli: Cli, afstand_home: Path) -> None:
    write(afstand_home / "registers", "skj.yaml", GOOD.replace("my-register", "skj"))
    listed = cli("registers", "list", "--json")
    import json

    rows = {row["id"]: row for row in json.loads(listed.stdout)["registers"]}
    assert rows["skj"]["origin"] == "user" and rows["skj"]["replaces_built_in"]
    assert load_profiles(afstand_home / "registers").get("skj").required_hours == 20


def test_an_unknown_register_is_an_error_with_the_known_ones(cli: Cli) -> None:
    result = cli("hours", "--register", "skjj")
    assert result.code == 1
    assert "there is no register profile 'skjj'" in result.stderr
    assert "skj" in flat(result.stderr)


def test_registers_show_says_that_rules_change(cli: Cli) -> None:
    result = cli("registers", "show", "bacp")
    assert result.code == 0
    assert "check your register's current rules" in flat(result.stdout)
    data = cli("registers", "show", "bacp", "--json")
    assert '"minimum_minutes": 90' in data.stdout


def readme_yaml(start: str) -> str:
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if b.startswith(start)]
    assert blocks, f"the README lost its example that starts with {start!r}"
    return blocks[0]


def test_the_readme_profile_example_is_valid() -> None:
    from afstand.registers.catalog import check_document
    from afstand.yaml_reader import parse_yaml

    problems, profile = check_document(parse_yaml(readme_yaml("id: my-register"), "R"), "R")
    assert problems == []
    assert profile is not None and profile.monthly is not None and profile.series is not None


def test_the_readme_activities_example_is_valid(tmp_path: Path) -> None:
    from afstand.registers.activities_file import read_activities

    path = write(tmp_path, "activities.yaml", readme_yaml("activities:"))
    (only,) = read_activities(path)
    assert only.minutes == 120 and only.group_size == 4
