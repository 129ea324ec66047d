"""Texts that every part of afstand uses: words, languages, YAML and schema errors, the config,
dates, storage."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
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
    # nouns with a number: i18n.counted(n, "reflection") → "1 reflection", "3 reflections"
    "noun.reflection": {
        "nl": "{count} reflecties",
        "nl_one": "{count} reflectie",
        "en": "{count} reflections",
        "en_one": "{count} reflection",
    },
    "noun.client": {
        "nl": "{count} cliënten",
        "nl_one": "{count} cliënt",
        "en": "{count} clients",
        "en_one": "{count} client",
    },
    "noun.draft": {
        "nl": "{count} concepten",
        "nl_one": "{count} concept",
        "en": "{count} drafts",
        "en_one": "{count} draft",
    },
    "noun.month": {
        "nl": "{count} maanden",
        "nl_one": "{count} maand",
        "en": "{count} months",
        "en_one": "{count} month",
    },
    "noun.answer": {
        "nl": "{count} antwoorden",
        "nl_one": "{count} antwoord",
        "en": "{count} answers",
        "en_one": "{count} answer",
    },
    "noun.file": {
        "nl": "{count} bestanden",
        "nl_one": "{count} bestand",
        "en": "{count} files",
        "en_one": "{count} file",
    },
    "noun.conflict": {
        "nl": "{count} conflicten",
        "nl_one": "{count} conflict",
        "en": "{count} conflicts",
        "en_one": "{count} conflict",
    },
    "noun.option": {
        "nl": "{count} opties",
        "nl_one": "{count} optie",
        "en": "{count} options",
        "en_one": "{count} option",
    },
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
    "yaml.unreadable": {
        "nl": "kan het bestand niet lezen: {reason}",
        "en": "cannot read the file: {reason}",
    },
    "yaml.too_large": {
        "nl": "het bestand is groter dan {limit} kB",
        "en": "the file is larger than {limit} kB",
    },
    "yaml.not_utf8": {"nl": "het bestand is geen UTF-8-tekst", "en": "the file is not UTF-8 text"},
    "yaml.syntax": {"nl": "YAML-fout: {detail}", "en": "YAML error: {detail}"},
    "yaml.duplicate_key": {
        "nl": "de sleutel {key!r} staat er twee keer",
        "en": "the key {key!r} is written twice",
    },
    "yaml.no_such_date": {
        "nl": "{value} is geen datum die bestaat",
        "en": "{value} is not a date that exists",
    },
    "yaml.alias": {
        "nl": "aliassen (*naam) worden niet ondersteund; schrijf de tekst uit",
        "en": "aliases (*name) are not supported; write the text out",
    },
    "yaml.too_deep": {
        "nl": "meer dan {limit} niveaus diep genest",
        "en": "nested more than {limit} levels deep",
    },
    # schema messages
    "schema.unknown_key": {"nl": "onbekende sleutel", "en": "unknown key"},
    "schema.missing": {"nl": "verplichte sleutel ontbreekt", "en": "required key is missing"},
    "schema.type": {
        "nl": "moet {expected} zijn, niet {got}",
        "en": "must be {expected}, not {got}",
    },
    "schema.pattern": {
        "nl": "{value} heeft niet de vereiste vorm {pattern}",
        "en": "{value} does not have the required form {pattern}",
    },
    "schema.one_of": {
        "nl": "{value} is geen van {expected}",
        "en": "{value} is not one of {expected}",
    },
    "schema.too_short": {"nl": "is leeg of te kort", "en": "is empty or too short"},
    "schema.too_long": {"nl": "is te lang", "en": "is too long"},
    "schema.out_of_range": {
        "nl": "{value} valt buiten het toegestane bereik",
        "en": "{value} is out of the allowed range",
    },
    "schema.text_language": {
        "nl": "heeft een tekst nodig in minstens één taal (nl, en)",
        "en": "needs a text in at least one language (nl, en)",
    },
    "schema.condition_one": {
        "nl": "heeft precies één van equals, any_of, at_least, at_most nodig",
        "en": "needs exactly one of equals, any_of, at_least, at_most",
    },
    # config
    "config.unreadable": {
        "nl": "kan de config {path} niet lezen: {reason}",
        "en": "cannot read the config {path}: {reason}",
    },
    "config.invalid": {"nl": "de config {path} is ongeldig", "en": "the config {path} is invalid"},
    "config.sets": {"nl": "moet een lijst van set-id's zijn", "en": "must be a list of set ids"},
    "config.months": {
        "nl": "moet een geheel getal van minstens 1 zijn",
        "en": "must be a whole number of at least 1",
    },
    "hint.config": {
        "nl": "verbeter het bestand; de sleutels staan in de README onder 'Configuratie'",
        "en": "correct the file; the keys are listed in the README under 'Configuration'",
    },
    # dates and periods
    "date.invalid": {"nl": "{value!r} is geen datum", "en": "{value!r} is not a date"},
    "date.future": {"nl": "{value} ligt in de toekomst", "en": "{value} lies in the future"},
    "hint.date": {
        "nl": "bijvoorbeeld 2026-11-03, 3-11-2026, 3/11, vandaag, gisteren, eergisteren of maandag",
        "en": "for example 2026-11-03, 3-11-2026, 3/11, today, yesterday, the day before "
        "yesterday or monday",
    },
    "date.month_invalid": {"nl": "{value!r} is geen maand", "en": "{value!r} is not a month"},
    "hint.month": {
        "nl": "gebruik JJJJ-MM, bijvoorbeeld 2026-11",
        "en": "use YYYY-MM, for example 2026-11",
    },
    "date.year_invalid": {"nl": "{value!r} is geen jaar", "en": "{value!r} is not a year"},
    "date.out_of_range": {
        "nl": "{value} ligt buiten de jaren die het dagboek kent ({first} tot en met {last})",
        "en": "{value} lies outside the years the journal accepts ({first} to {last})",
    },
    "hint.date_range": {
        "nl": "controleer het jaartal: een datum tussen 1900 en 2100",
        "en": "check the year: a date between 1900 and 2100",
    },
    "period.conflict": {
        "nl": "kies één periode, niet {options} samen",
        "en": "choose one period, not {options} together",
    },
    "period.reversed": {
        "nl": "het begin {start} ligt na het einde {end}",
        "en": "the start {start} lies after the end {end}",
    },
    # storage
    "storage.disk_full": {
        "nl": "de schijf is vol; {path} is niet veranderd",
        "en": "the disk is full; {path} was not changed",
    },
    "hint.disk_full": {
        "nl": "maak ruimte vrij en probeer het opnieuw; er ging niets verloren",
        "en": "free some space and try again; nothing was lost",
    },
    "storage.permission": {
        "nl": "geen toestemming om {path} te schrijven; er is niets veranderd",
        "en": "no permission to write {path}; nothing was changed",
    },
    "hint.permission": {
        "nl": "controleer de rechten van de map ('afstand paths' toont waar die staat)",
        "en": "check the permissions of the folder ('afstand paths' shows where it is)",
    },
    "storage.failed": {
        "nl": "kan {path} niet schrijven: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "storage.locked": {
        "nl": "een ander afstand-proces is het dagboek aan het bewaren",
        "en": "another afstand process is saving to the journal",
    },
    "hint.locked": {
        "nl": "probeer het zo opnieuw; blijft dit, kijk dan of er nog een afstand draait "
        "(vergrendeling: {path})",
        "en": "try again in a moment; if this persists, check for a running afstand (lock: {path})",
    },
}
