"""Texts about question sets: their format, checking them, and `afstand questionnaires`."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
    # question sets
    "questionnaire.not_found": {
        "nl": "geen vragenset met id {id!r}",
        "en": "no question set with id {id!r}",
    },
    "questionnaire.invalid": {
        "nl": "de vragenset {path} is ongeldig",
        "en": "the question set {path} is invalid",
    },
    "questionnaire.invalid_named": {
        "nl": "de vragenset {id!r} ({path}) is ongeldig",
        "en": "the question set {id!r} ({path}) is invalid",
    },
    "questionnaire.not_mapping": {
        "nl": "een vragenset moet een mapping zijn met id, version, title, ...",
        "en": "a question set must be a mapping with id, version, title, ...",
    },
    "questionnaire.duplicate_id": {
        "nl": "de id {id!r} wordt al gebruikt door {other}",
        "en": "the id {id!r} is already used by {other}",
    },
    "hint.validate": {
        "nl": "bekijk alle problemen met: afstand questionnaires validate {path}",
        "en": "see every problem with: afstand questionnaires validate {path}",
    },
    "hint.questionnaires_list": {
        "nl": "bekijk de beschikbare sets met: afstand questionnaires list",
        "en": "see the available sets with: afstand questionnaires list",
    },
    "check.duplicate_question": {
        "nl": "de vraag-id {id!r} komt al voor (questions.{other})",
        "en": "the question id {id!r} is used before (questions.{other})",
    },
    "check.scale_range": {
        "nl": "een schaal heeft 'min' en 'max' nodig",
        "en": "a scale needs 'min' and 'max'",
    },
    "check.scale_order": {
        "nl": "'min' ({min}) moet kleiner zijn dan 'max' ({max})",
        "en": "'min' ({min}) must be less than 'max' ({max})",
    },
    "check.anchor_range": {
        "nl": "het anker {value} ligt buiten {min}..{max}",
        "en": "the anchor {value} lies outside {min}..{max}",
    },
    "check.anchor_ends": {
        "nl": "geef minstens de ankers voor {min} en {max} (de twee uitersten)",
        "en": "give at least the anchors for {min} and {max} (the two ends)",
    },
    "check.only_scale": {
        "nl": "'{key}' hoort alleen bij een schaal, niet bij {type}",
        "en": "'{key}' belongs to a scale only, not to {type}",
    },
    "check.tags_on_question": {
        "nl": "tags op een vraag horen alleen bij een schaal; zet ze op de opties",
        "en": "tags on a question belong to a scale only; put them on the options",
    },
    "check.too_few_options": {
        "nl": "een {type}-vraag heeft minstens {options} nodig",
        "en": "a {type} question needs at least {options}",
    },
    "check.no_options": {
        "nl": "een {type}-vraag heeft geen opties",
        "en": "a {type} question has no options",
    },
    "check.duplicate_option": {
        "nl": "de optie-id {id!r} komt al voor in deze vraag",
        "en": "the option id {id!r} is used before in this question",
    },
    "check.tag_value": {
        "nl": "{value!r} is geen waarde van {dimension} (kies uit: {allowed})",
        "en": "{value!r} is not a value of {dimension} (choose from: {allowed})",
    },
    "check.option_tag_on_scale": {
        "nl": "'{dimension}' hoort bij een optie, niet bij een schaal",
        "en": "'{dimension}' belongs on an option, not on a scale",
    },
    "check.axis_on_scale": {
        "nl": "'axis' hoort alleen bij een schaal",
        "en": "'axis' belongs on a scale only",
    },
    "check.condition_target": {
        "nl": "verwijst naar {id!r}, maar dat is geen eerdere vraag in deze set",
        "en": "refers to {id!r}, which is not an earlier question in this set",
    },
    "check.condition_quick": {
        "nl": "een vraag van de snelle reflectie (quick of required) kan niet afhangen van "
        "{id!r}: die vraag wordt pas bij het verdiepen gesteld; geef {id!r} ook quick: true",
        "en": "a question of the quick reflection (quick or required) cannot depend on {id!r}: "
        "that question is only asked when deepening; give {id!r} quick: true as well",
    },
    "check.condition_value": {
        "nl": "{value!r} is geen mogelijk antwoord op {id!r} ({type})",
        "en": "{value!r} is not a possible answer to {id!r} ({type})",
    },
    "check.condition_options": {
        "nl": "any_of past alleen bij een choice of checklist met deze opties ({id!r}; "
        "onbekend: {values})",
        "en": "any_of fits a choice or checklist with these options only ({id!r}; "
        "unknown: {values})",
    },
    "check.condition_scale": {
        "nl": "at_least/at_most passen alleen bij een schaal, binnen haar bereik ({id!r})",
        "en": "at_least/at_most fit a scale only, within its range ({id!r})",
    },
    # questionnaires
    "questionnaires.column.id": {"nl": "id", "en": "id"},
    "questionnaires.column.title": {"nl": "titel", "en": "title"},
    "questionnaires.column.questions": {"nl": "vragen", "en": "questions"},
    "questionnaires.column.origin": {"nl": "herkomst", "en": "origin"},
    "questionnaires.origin.built-in": {"nl": "meegeleverd", "en": "built-in"},
    "questionnaires.origin.user": {"nl": "eigen bestand", "en": "user file"},
    "questionnaires.replaces": {
        "nl": "vervangt de meegeleverde set",
        "en": "replaces the built-in set",
    },
    "questionnaires.skipped_invalid": {
        "nl": "{path} is ongeldig en wordt niet gebruikt; zie: afstand questionnaires validate "
        "{path}",
        "en": "{path} is invalid and not used; see: afstand questionnaires validate {path}",
    },
    "questionnaires.source": {"nl": "Bron", "en": "Source"},
    "questionnaires.required": {"nl": "verplicht", "en": "required"},
    "questionnaires.show_if": {
        "nl": "alleen als {question} {test} {value}",
        "en": "only if {question} {test} {value}",
    },
    "type.question.scale": {"nl": "schaal", "en": "scale"},
    "type.question.choice": {"nl": "keuze", "en": "choice"},
    "type.question.checklist": {"nl": "checklist", "en": "checklist"},
    "type.question.yesno": {"nl": "ja/nee", "en": "yes/no"},
    "type.question.text": {"nl": "tekst", "en": "text"},
    "validate.summary_ok": {
        "nl": "{files} gecontroleerd: geen problemen",
        "en": "{files} checked: no problems",
    },
    "validate.summary_bad": {
        "nl": "{bad} van {files} ongeldig",
        "en": "{bad} of {files} invalid",
    },
    "interrupted": {"nl": "onderbroken", "en": "interrupted"},
}
