"""The question sets afstand ships, and the interface texts: complete in Dutch and English,
and tagged so that the reports find what they aggregate."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import msgspec
import pytest

from afstand.i18n.messages import AREAS, MESSAGES
from afstand.models.month_file import StoredText
from afstand.models.question_set import QuestionSet, QuestionType, SetQuestion
from afstand.questionnaires.catalog import DEFAULT_SETS, Origin, check_file, shipped_dir
from afstand.questionnaires.tags import KNOWN_TAGS
from afstand.yaml_reader import yaml_files

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "afstand"
REQUIRED_SETS = ("countertransference", "kiesler", "basic-needs", "self-care")
SHIPPED_FILES = yaml_files(shipped_dir())


def load(path: Path) -> QuestionSet:
    problems, questionnaire = check_file(path)
    assert [p.render() for p in problems] == []
    assert questionnaire is not None
    return questionnaire


@pytest.fixture(scope="module")
def shipped() -> dict[str, QuestionSet]:
    return {path.stem: load(path) for path in SHIPPED_FILES}


def texts(value: object, where: str = "") -> Iterator[tuple[str, StoredText]]:
    """Every text in a set, with its field path (title, questions.0.options.2.feedback...)."""
    if isinstance(value, StoredText):
        yield where, value
    elif isinstance(value, msgspec.Struct):
        for name in value.__struct_fields__:
            yield from texts(getattr(value, name), f"{where}.{name}".lstrip("."))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts(item, f"{where}.{index}")


def scales_tagged(questionnaire: QuestionSet, dimension: str) -> dict[str, SetQuestion]:
    """The scale questions of a set by their value of `dimension`; each value only once."""
    found: dict[str, SetQuestion] = {}
    for question in questionnaire.questions:
        value = question.tags.get(dimension)
        if value is None:
            continue
        assert question.type == "scale", f"{question.id} is tagged {dimension} but no scale"
        assert value not in found, f"{dimension}: {value} is on {found[value].id} and {question.id}"
        found[value] = question
    return found


# --- the shipped sets -------------------------------------------------------------------------


def test_the_required_sets_are_shipped() -> None:
    assert set(REQUIRED_SETS) <= {path.stem for path in SHIPPED_FILES}


def test_the_default_sets_are_shipped(shipped: dict[str, QuestionSet]) -> None:
    """A reflection with no sets configured walks through these: every one must exist."""
    assert set(DEFAULT_SETS) <= set(shipped)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_shipped_set_validates(path: Path) -> None:
    problems, questionnaire = check_file(path)
    assert [p.render() for p in problems] == []
    assert questionnaire is not None


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_shipped_set_id_matches_its_file_name(path: Path) -> None:
    assert path.suffix == ".yaml"
    assert load(path).id == path.stem


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_every_shipped_text_has_dutch_and_english(path: Path) -> None:
    questionnaire = load(path)
    found = list(texts(questionnaire))
    paths = {where for where, _ in found}
    assert {"title", "description", "questions.0.prompt"} <= paths
    missing = [
        f"{where}: {lang}"
        for where, text in found
        for lang in ("nl", "en")
        if not (getattr(text, lang) or "").strip()
    ]
    assert missing == []


def test_text_walk_finds_every_kind_of_text(shipped: dict[str, QuestionSet]) -> None:
    """Guard for the test above: help, anchors, labels and feedback are all visited."""
    kinds = {
        "anchor" if where.split(".")[-2:-1] == ["anchors"] else where.rsplit(".", 1)[-1]
        for questionnaire in shipped.values()
        for where, _ in texts(questionnaire)
    }
    assert {"title", "description", "prompt", "help", "label", "feedback", "anchor"} <= kinds


def test_kiesler_has_each_seed_octant_on_exactly_one_option_with_feedback(
    shipped: dict[str, QuestionSet],
) -> None:
    # the six messages of Heene's table (after Kiesler, 1996)
    seeds = (
        "dominant",
        "hostile-dominant",
        "hostile",
        "hostile-submissive",
        "submissive",
        "friendly-submissive",
    )
    options = [o for q in shipped["kiesler"].questions for o in q.options]
    for octant in seeds:
        tagged = [o for o in options if o.tags.get("octant") == octant]
        assert len(tagged) == 1, f"octant {octant}: {[o.id for o in tagged]}"
        feedback = tagged[0].feedback
        assert feedback is not None, f"octant {octant} has no feedback"
        assert feedback.nl and feedback.en


def test_every_octant_tag_in_kiesler_is_a_known_octant(shipped: dict[str, QuestionSet]) -> None:
    values = [
        o.tags["octant"]
        for q in shipped["kiesler"].questions
        for o in q.options
        if "octant" in o.tags
    ]
    assert values
    assert set(values) <= set(KNOWN_TAGS["octant"])
    assert len(values) == len(set(values))


def test_countertransference_signals_are_tagged_by_type(shipped: dict[str, QuestionSet]) -> None:
    """Type I signals (too much distance) carry pole: distance, Type II (too much closeness)
    pole: proximity; every option of a checklist with poles carries one. Only the everyday
    signals and the roles mix the two poles, each option with the pole it points to."""
    by_pole: dict[str, list[SetQuestion]] = {}
    mixed: list[str] = []
    for question in shipped["countertransference"].questions:
        poles = {o.tags.get("pole") for o in question.options}
        if poles == {None} or not question.options:
            continue
        assert None not in poles, f"{question.id}: some options have no pole"
        if len(poles) > 1:
            mixed.append(question.id)
            continue
        (pole,) = poles
        assert isinstance(pole, str)
        by_pole.setdefault(pole, []).append(question)
    assert sorted(mixed) == ["everyday_signals", "roles"]
    assert set(by_pole) == {"distance", "proximity"}
    assert [len(v) for v in by_pole.values()] == [1, 1]
    type1 = by_pole["distance"][0]
    type2 = by_pole["proximity"][0]
    assert type1.type == type2.type == "checklist"
    assert re.search(r"\bType I\b", type1.prompt.en or ""), type1.prompt.en
    assert re.search(r"\btype I\b", type1.prompt.nl or "", re.IGNORECASE), type1.prompt.nl
    assert re.search(r"\bType II\b", type2.prompt.en or ""), type2.prompt.en
    assert re.search(r"\btype II\b", type2.prompt.nl or "", re.IGNORECASE), type2.prompt.nl
    assert len(type1.options) >= 5
    assert len(type2.options) >= 5


def test_countertransference_has_an_affiliation_scale(shipped: dict[str, QuestionSet]) -> None:
    assert "affiliation" in scales_tagged(shipped["countertransference"], "axis")


def test_kiesler_has_a_control_scale(shipped: dict[str, QuestionSet]) -> None:
    assert "control" in scales_tagged(shipped["kiesler"], "axis")


def test_basic_needs_has_a_scale_per_need(shipped: dict[str, QuestionSet]) -> None:
    found = scales_tagged(shipped["basic-needs"], "need")
    assert set(found) == set(KNOWN_TAGS["need"])
    assert set(found) == {"place", "nurture", "support", "protection", "limits"}


def test_self_care_has_a_scale_per_abc_letter(shipped: dict[str, QuestionSet]) -> None:
    found = scales_tagged(shipped["self-care"], "abc")
    assert set(found) == {"attention", "balance", "connection"}


# --- the interface texts ---------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_has_dutch_and_english() -> None:
    incomplete = [
        key
        for key, texts_ in MESSAGES.items()
        if set(texts_) not in ({"nl", "en"}, {"nl", "en", "nl_one", "en_one"})
        or not all(v.strip() for v in texts_.values())
    ]
    assert incomplete == []


def test_a_singular_form_has_the_placeholders_of_its_plural() -> None:
    differ = {
        key: language
        for key, texts_ in MESSAGES.items()
        for language in ("nl", "en")
        if f"{language}_one" in texts_
        and placeholders(texts_[f"{language}_one"]) != placeholders(texts_[language])  # type: ignore[literal-required]
    }
    assert differ == {}


def test_no_message_key_is_defined_in_two_areas() -> None:
    seen: dict[str, str] = {}
    twice = []
    for area, messages in AREAS.items():
        for key in messages:
            if key in seen:
                twice.append(f"{key}: {seen[key]} and {area}")
            seen[key] = area
    assert twice == []


def test_placeholders_are_the_same_in_dutch_and_english() -> None:
    differ = {
        key: (placeholders(texts_["nl"]), placeholders(texts_["en"]))
        for key, texts_ in MESSAGES.items()
        if placeholders(texts_["nl"]) != placeholders(texts_["en"])
    }
    assert differ == {}


# t("key") or t('key'), followed by `)` or `,`; t(f"...") and t("a." + b) are dynamic: skipped
LITERAL_KEY = re.compile(r"""\bt\(\s*(["'])([A-Za-z0-9_.\-]+)\1\s*[,)]""")


def used_keys() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        for match in LITERAL_KEY.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(2), []).append(str(path.relative_to(REPO)))
    return found


def test_the_key_scan_finds_keys() -> None:
    """Guard for the test below: the regex does find the keys in the source."""
    keys = used_keys()
    assert "schema.unknown_key" in keys
    assert "questionnaire.not_found" in keys
    assert len(keys) >= 30


def test_every_literal_message_key_in_the_source_exists() -> None:
    missing = {key: files for key, files in used_keys().items() if key not in MESSAGES}
    assert missing == {}


def test_dynamic_message_keys_exist() -> None:
    """Keys built from a value: one per question type, origin and expected type."""
    from afstand.field_errors import _EXPECTED

    keys = [f"type.question.{kind}" for kind in get_args(QuestionType)]
    keys += [f"questionnaires.origin.{origin}" for origin in get_args(Origin)]
    keys += [f"type.{expected}" for expected in _EXPECTED.values()]
    keys += [f"paths.{name}" for name in ("journal", "drafts", "config", "questionnaires")]
    assert [key for key in keys if key not in MESSAGES] == []
