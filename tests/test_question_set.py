"""A question set has two forms: the pydantic models that check a set file a user writes, and
the msgspec structs the program asks it from (and caches it in). Both must describe the same
set, field for field, or a checked set could not be converted, or would lose what its file
said. This holds them together."""

from __future__ import annotations

import types
import typing
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import msgspec
import pytest
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from afstand.models import month_file, question_set, questionnaire, text
from afstand.models.patterns import whole

# each pydantic model and the struct that holds the same data at run time
COUNTERPART: dict[type[BaseModel], type[msgspec.Struct]] = {
    questionnaire.Questionnaire: question_set.QuestionSet,
    questionnaire.Question: question_set.SetQuestion,
    questionnaire.Condition: question_set.ShowIf,
    questionnaire.Option: month_file.StoredOption,
    text.Text: month_file.StoredText,
}
LIMITS = ("pattern", "min_length", "max_length", "ge")


def shape(kind: Any) -> object:
    """A type with its limits left out and each model replaced by its struct."""
    origin = get_origin(kind)
    if origin is Annotated:
        return shape(get_args(kind)[0])
    if origin in (Union, types.UnionType):
        return frozenset(shape(arg) for arg in get_args(kind))
    if origin is Literal:
        return ("literal", get_args(kind))
    if origin is not None:
        return (origin, tuple(shape(arg) for arg in get_args(kind)))
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return COUNTERPART[kind]
    return kind


def limits(kind: Any, found: tuple[object, ...] = (), where: str = "") -> set[tuple[str, str, Any]]:
    """Every limit on a value within a type (patterns as Python's `re` reads them), by where
    it sits: `key`, `value`, `item`, or the field itself ``."""
    items = [item for item in found]
    for item in list(items):
        if isinstance(item, FieldInfo):
            items.extend(item.metadata)
    result = {
        (where, name, whole(value) if name == "pattern" else value)
        for item in items
        for name in LIMITS
        if (value := getattr(item, name, None)) is not None
    }
    origin = get_origin(kind)
    if origin is Annotated:
        base, *extra = get_args(kind)
        return result | limits(base, tuple(extra), where)
    if origin in (Union, types.UnionType):
        for arg in get_args(kind):
            result |= limits(arg, (), where)
    elif origin is dict:
        key, value = get_args(kind)
        result |= limits(key, (), f"{where}.key") | limits(value, (), f"{where}.value")
    elif origin is list:
        result |= limits(get_args(kind)[0], (), f"{where}.item")
    return result


def model_fields(model: type[BaseModel]) -> dict[str, tuple[object, object, set[Any]]]:
    fields: dict[str, tuple[object, object, set[Any]]] = {}
    for name, info in model.model_fields.items():
        default = info.default_factory() if info.default_factory else info.default  # type: ignore[call-arg]
        required = info.is_required()
        fields[name] = (
            shape(info.annotation),
            "required" if required else default,
            limits(info.annotation, tuple(info.metadata)),
        )
    return fields


def struct_fields(struct: type[msgspec.Struct]) -> dict[str, tuple[object, object, set[Any]]]:
    hints = typing.get_type_hints(struct, include_extras=True)
    fields: dict[str, tuple[object, object, set[Any]]] = {}
    for info in msgspec.structs.fields(struct):
        if info.default_factory is not msgspec.NODEFAULT:
            default: object = info.default_factory()
        elif info.default is not msgspec.NODEFAULT:
            default = info.default
        else:
            default = "required"
        fields[info.name] = (shape(hints[info.name]), default, limits(hints[info.name]))
    return fields


@pytest.mark.parametrize("model", list(COUNTERPART), ids=lambda m: m.__name__)
def test_each_struct_has_the_fields_of_its_model(model: type[BaseModel]) -> None:
    struct = COUNTERPART[model]
    checked, asked = model_fields(model), struct_fields(struct)
    assert list(asked) == list(checked)  # same names, in the same order
    for name, (kind, default, limited) in checked.items():
        assert asked[name][:2] == (kind, default), f"{struct.__name__}.{name}"
        if struct.__module__ == question_set.__name__:
            assert asked[name][2] == limited, f"{struct.__name__}.{name}"
        # the month file's text and option are read from journals of every age: their ids
        # and texts are checked as a month is read, not by the patterns of a set file


def test_a_checked_set_converts_to_the_struct_and_back_without_loss() -> None:
    data = {
        "id": "check",
        "version": 2,
        "title": {"en": "A check"},
        "description": {"nl": "Een controle"},
        "source": "the team",
        "questions": [
            {
                "id": "closeness",
                "type": "scale",
                "prompt": {"en": "How close?"},
                "min": 1,
                "max": 3,
                "anchors": {1: {"en": "far"}, 3: {"en": "near"}},
                "tags": {"axis": "affiliation"},
                "quick": True,
            },
            {
                "id": "felt",
                "type": "choice",
                "prompt": {"en": "What did you feel?", "nl": "Wat voelde je?"},
                "help": {"en": "One only."},
                "options": [
                    {"id": "calm", "label": {"en": "calm"}},
                    {
                        "id": "tense",
                        "label": {"en": "tense"},
                        "feedback": {"en": "Notice it."},
                        "tags": {"pole": "distance"},
                    },
                ],
                "show_if": {"question": "closeness", "at_least": 2},
            },
        ],
    }
    checked = questionnaire.Questionnaire.model_validate(data)
    asked = checked.as_question_set()
    assert isinstance(asked, question_set.QuestionSet)
    assert questionnaire.Questionnaire.model_validate(msgspec.to_builtins(asked)) == checked
    assert asked.question("felt") is asked.questions[1]
    assert asked.questions[0].in_quick and not asked.questions[1].in_quick
    assert asked.questions[1].option("tense") == month_file.StoredOption(
        id="tense",
        label=month_file.StoredText(en="tense"),
        feedback=month_file.StoredText(en="Notice it."),
        tags={"pole": "distance"},
    )
    assert asked.questions[1].show_if == question_set.ShowIf(question="closeness", at_least=2)


@pytest.mark.parametrize(
    "tests",
    [{}, {"equals": True, "at_most": 3}],
    ids=["no test", "two tests"],
)
def test_a_condition_holds_exactly_one_test(tests: dict[str, object]) -> None:
    with pytest.raises(msgspec.ValidationError, match="exactly one"):
        msgspec.convert({"question": "felt", **tests}, question_set.ShowIf)


def test_the_whole_wording_of_a_set_holds_every_question_option_and_anchor() -> None:
    from afstand.questionnaires.catalog import load_catalog

    asked = load_catalog(None).get("countertransference")
    wording = question_set.set_wording(asked)
    assert (wording.set, wording.version, wording.title) == (asked.id, asked.version, asked.title)
    assert list(wording.questions) == [q.id for q in asked.questions]
    for question in asked.questions:
        worded = wording.questions[question.id]
        assert worded.prompt == question.prompt
        assert worded.options == question.options
        assert list(worded.anchors) == sorted(question.anchors)
