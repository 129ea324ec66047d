"""Every interface text, in Dutch and English. A test checks that each has both."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # general words
    "word.line": {"nl": "regel", "en": "line"},
    "word.error": {"nl": "fout", "en": "error"},
    "word.hint": {"nl": "tip", "en": "hint"},
    "word.warning": {"nl": "waarschuwing", "en": "warning"},
    "type.integer": {"nl": "een geheel getal", "en": "an integer"},
    "type.text": {"nl": "een tekst", "en": "a text"},
    "type.boolean": {"nl": "true of false", "en": "true or false"},
    "type.list": {"nl": "een lijst", "en": "a list"},
    "type.mapping": {"nl": "een mapping (sleutel: waarde)", "en": "a mapping (key: value)"},
    "type.number": {"nl": "een getal", "en": "a number"},
    "type.date": {"nl": "een datum (JJJJ-MM-DD)", "en": "a date (YYYY-MM-DD)"},
    # language
    "error.language": {
        "nl": "onbekende taal {value!r}",
        "en": "unknown language {value!r}",
    },
    "hint.language": {
        "nl": "kies nl of en (met --lang, AFSTAND_LANG of 'language' in de config)",
        "en": "choose nl or en (with --lang, AFSTAND_LANG or 'language' in the config)",
    },
    # YAML
    "yaml.unreadable": {"nl": "kan het bestand niet lezen: {reason}",
                        "en": "cannot read the file: {reason}"},
    "yaml.too_large": {"nl": "het bestand is groter dan {limit} kB",
                       "en": "the file is larger than {limit} kB"},
    "yaml.not_utf8": {"nl": "het bestand is geen UTF-8-tekst",
                      "en": "the file is not UTF-8 text"},
    "yaml.syntax": {"nl": "YAML-fout: {detail}", "en": "YAML error: {detail}"},
    "yaml.alias": {
        "nl": "ankers en aliassen (&, *) worden niet ondersteund; schrijf de tekst uit",
        "en": "anchors and aliases (&, *) are not supported; write the text out",
    },
    "yaml.too_deep": {"nl": "meer dan {limit} niveaus diep genest",
                      "en": "nested more than {limit} levels deep"},
    # schema messages
    "schema.unknown_key": {"nl": "onbekende sleutel", "en": "unknown key"},
    "schema.missing": {"nl": "verplichte sleutel ontbreekt", "en": "required key is missing"},
    "schema.type": {"nl": "moet {expected} zijn, niet {got}",
                    "en": "must be {expected}, not {got}"},
    "schema.pattern": {
        "nl": "{value} heeft niet de vereiste vorm {pattern}",
        "en": "{value} does not have the required form {pattern}",
    },
    "schema.one_of": {"nl": "{value} is geen van {expected}",
                      "en": "{value} is not one of {expected}"},
    "schema.too_short": {"nl": "is leeg of te kort", "en": "is empty or too short"},
    "schema.too_long": {"nl": "is te lang", "en": "is too long"},
    "schema.out_of_range": {"nl": "{value} valt buiten het toegestane bereik",
                            "en": "{value} is out of the allowed range"},
    "schema.text_language": {
        "nl": "heeft een tekst nodig in minstens één taal (nl, en)",
        "en": "needs a text in at least one language (nl, en)",
    },
    "schema.condition_one": {
        "nl": "heeft precies één van equals, any_of, at_least, at_most nodig",
        "en": "needs exactly one of equals, any_of, at_least, at_most",
    },
    # question sets
    "questionnaire.not_found": {"nl": "geen vragenset met id {id!r}",
                                "en": "no question set with id {id!r}"},
    "questionnaire.invalid": {"nl": "de vragenset {path} is ongeldig",
                              "en": "the question set {path} is invalid"},
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
    "hint.validate": {"nl": "bekijk alle problemen met: afstand questionnaires validate {path}",
                      "en": "see every problem with: afstand questionnaires validate {path}"},
    "hint.questionnaires_list": {"nl": "bekijk de beschikbare sets met: afstand questionnaires list",
                                 "en": "see the available sets with: afstand questionnaires list"},
    "check.duplicate_question": {
        "nl": "de vraag-id {id!r} komt al voor (questions.{other})",
        "en": "the question id {id!r} is used before (questions.{other})",
    },
    "check.scale_range": {"nl": "een schaal heeft 'min' en 'max' nodig",
                          "en": "a scale needs 'min' and 'max'"},
    "check.scale_order": {"nl": "'min' ({min}) moet kleiner zijn dan 'max' ({max})",
                          "en": "'min' ({min}) must be less than 'max' ({max})"},
    "check.anchor_range": {"nl": "het anker {value} ligt buiten {min}..{max}",
                           "en": "the anchor {value} lies outside {min}..{max}"},
    "check.anchor_ends": {
        "nl": "geef minstens de ankers voor {min} en {max} (de twee uitersten)",
        "en": "give at least the anchors for {min} and {max} (the two ends)",
    },
    "check.only_scale": {"nl": "'{key}' hoort alleen bij een schaal, niet bij {type}",
                         "en": "'{key}' belongs to a scale only, not to {type}"},
    "check.tags_on_question": {
        "nl": "tags op een vraag horen alleen bij een schaal; zet ze op de opties",
        "en": "tags on a question belong to a scale only; put them on the options",
    },
    "check.too_few_options": {"nl": "een {type}-vraag heeft minstens {count} optie(s) nodig",
                              "en": "a {type} question needs at least {count} option(s)"},
    "check.no_options": {"nl": "een {type}-vraag heeft geen opties",
                         "en": "a {type} question has no options"},
    "check.duplicate_option": {"nl": "de optie-id {id!r} komt al voor in deze vraag",
                               "en": "the option id {id!r} is used before in this question"},
    "check.tag_value": {
        "nl": "{value!r} is geen waarde van {dimension} (kies uit: {allowed})",
        "en": "{value!r} is not a value of {dimension} (choose from: {allowed})",
    },
    "check.axis_on_scale": {"nl": "'axis' hoort alleen bij een schaal",
                            "en": "'axis' belongs on a scale only"},
    "check.condition_target": {
        "nl": "verwijst naar {id!r}, maar dat is geen eerdere vraag in deze set",
        "en": "refers to {id!r}, which is not an earlier question in this set",
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
    # config
    "config.unreadable": {"nl": "kan de config {path} niet lezen: {reason}",
                          "en": "cannot read the config {path}: {reason}"},
    "config.invalid": {"nl": "de config {path} is ongeldig", "en": "the config {path} is invalid"},
    "hint.config": {
        "nl": "verbeter het bestand; de sleutels staan in de README onder 'Configuratie'",
        "en": "correct the file; the keys are listed in the README under 'Configuration'",
    },
    # command line: help texts
    "help.app": {
        "nl": "Een reflectiedagboek voor hulpverleners: tussen afstand en nabijheid.",
        "en": "A reflection journal for helping professionals: between distance and closeness.",
    },
    "help.lang": {"nl": "Taal: nl of en (anders AFSTAND_LANG, de config, de locale).",
                  "en": "Language: nl or en (else AFSTAND_LANG, the config, the locale)."},
    "help.version": {"nl": "Toon de versie en stop.", "en": "Show the version and exit."},
    "help.json": {"nl": "Druk af als JSON.", "en": "Print as JSON."},
    "help.paths": {
        "nl": "Toon waar het dagboek, de config en je eigen vragensets staan.",
        "en": "Show where the journal, the config and your own question sets live.",
    },
    "help.questionnaires": {"nl": "De vragensets: bekijken en controleren.",
                            "en": "The question sets: look at them and check them."},
    "help.questionnaires.list": {
        "nl": "Toon de meegeleverde vragensets en je eigen sets.",
        "en": "List the shipped question sets and your own.",
    },
    "help.questionnaires.show": {"nl": "Toon een vragenset.", "en": "Show a question set."},
    "help.questionnaires.validate": {
        "nl": "Controleer YAML-bestanden met vragensets en meld alle problemen.",
        "en": "Check YAML files with question sets and report every problem.",
    },
    "help.questionnaires.id": {"nl": "De id van de set (zie 'list').",
                               "en": "The id of the set (see 'list')."},
    "help.questionnaires.paths": {"nl": "Bestanden of mappen met .yaml-bestanden.",
                                  "en": "Files, or folders with .yaml files."},
    # paths
    "paths.journal": {"nl": "dagboek", "en": "journal"},
    "paths.drafts": {"nl": "concepten", "en": "drafts"},
    "paths.config": {"nl": "config", "en": "config"},
    "paths.questionnaires": {"nl": "eigen vragensets", "en": "own question sets"},
    # questionnaires
    "questionnaires.column.id": {"nl": "id", "en": "id"},
    "questionnaires.column.title": {"nl": "titel", "en": "title"},
    "questionnaires.column.questions": {"nl": "vragen", "en": "questions"},
    "questionnaires.column.origin": {"nl": "herkomst", "en": "origin"},
    "questionnaires.origin.built-in": {"nl": "meegeleverd", "en": "built-in"},
    "questionnaires.origin.user": {"nl": "eigen bestand", "en": "user file"},
    "questionnaires.replaces": {"nl": "vervangt de meegeleverde set",
                                "en": "replaces the built-in set"},
    "questionnaires.skipped_invalid": {
        "nl": "{path} is ongeldig en wordt niet gebruikt; zie: afstand questionnaires validate "
              "{path}",
        "en": "{path} is invalid and not used; see: afstand questionnaires validate {path}",
    },
    "questionnaires.source": {"nl": "Bron", "en": "Source"},
    "questionnaires.required": {"nl": "verplicht", "en": "required"},
    "questionnaires.show_if": {"nl": "alleen als {question} {test} {value}",
                               "en": "only if {question} {test} {value}"},
    "type.question.scale": {"nl": "schaal", "en": "scale"},
    "type.question.choice": {"nl": "keuze", "en": "choice"},
    "type.question.checklist": {"nl": "checklist", "en": "checklist"},
    "type.question.yesno": {"nl": "ja/nee", "en": "yes/no"},
    "type.question.text": {"nl": "tekst", "en": "text"},
    "validate.summary_ok": {"nl": "{total} bestand(en) gecontroleerd: geen problemen",
                            "en": "{total} file(s) checked: no problems"},
    "validate.summary_bad": {"nl": "{bad} van {total} bestand(en) ongeldig",
                             "en": "{bad} of {total} file(s) invalid"},
    "interrupted": {"nl": "onderbroken", "en": "interrupted"},
}
