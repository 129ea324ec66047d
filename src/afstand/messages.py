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
        "nl": "een {type}-vraag heeft minstens {count} optie(s) nodig",
        "en": "a {type} question needs at least {count} option(s)",
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
    # command line: help texts
    "help.app": {
        "nl": "Een reflectiedagboek voor hulpverleners: tussen afstand en nabijheid.",
        "en": "A reflection journal for helping professionals: between distance and closeness.",
    },
    "help.lang": {
        "nl": "Taal: nl of en (anders AFSTAND_LANG, de config, de locale).",
        "en": "Language: nl or en (else AFSTAND_LANG, the config, the locale).",
    },
    "help.version": {"nl": "Toon de versie en stop.", "en": "Show the version and exit."},
    "help.json": {"nl": "Druk af als JSON.", "en": "Print as JSON."},
    "help.paths": {
        "nl": "Toon waar het dagboek, de config en je eigen vragensets staan.",
        "en": "Show where the journal, the config and your own question sets live.",
    },
    "help.questionnaires": {
        "nl": "De vragensets: bekijken en controleren.",
        "en": "The question sets: look at them and check them.",
    },
    "help.questionnaires.list": {
        "nl": "Toon de meegeleverde vragensets en je eigen sets.",
        "en": "List the shipped question sets and your own.",
    },
    "help.questionnaires.show": {"nl": "Toon een vragenset.", "en": "Show a question set."},
    "help.questionnaires.validate": {
        "nl": "Controleer YAML-bestanden met vragensets en meld alle problemen.",
        "en": "Check YAML files with question sets and report every problem.",
    },
    "help.questionnaires.id": {
        "nl": "De id van de set (zie 'list').",
        "en": "The id of the set (see 'list').",
    },
    "help.questionnaires.paths": {
        "nl": "Bestanden of mappen met .yaml-bestanden.",
        "en": "Files, or folders with .yaml files.",
    },
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
        "nl": "{total} bestand(en) gecontroleerd: geen problemen",
        "en": "{total} file(s) checked: no problems",
    },
    "validate.summary_bad": {
        "nl": "{bad} van {total} bestand(en) ongeldig",
        "en": "{bad} of {total} file(s) invalid",
    },
    "interrupted": {"nl": "onderbroken", "en": "interrupted"},
    # answers (interactive and --answers FILE)
    "answer.invalid": {
        "nl": "de antwoorden zijn ongeldig; er is niets opgeslagen",
        "en": "the answers are invalid; nothing was saved",
    },
    "answer.unknown_set": {"nl": "onbekende vragenset {id!r}", "en": "unknown question set {id!r}"},
    "answer.unknown_question": {
        "nl": "onbekende vraag in de set {set!r}",
        "en": "unknown question in the set {set!r}",
    },
    "answer.required": {"nl": "deze vraag is verplicht", "en": "this question is required"},
    "answer.not_shown": {
        "nl": "deze vraag wordt alleen gesteld na een bepaald antwoord op een eerdere vraag",
        "en": "this question is asked only after a certain answer to an earlier question",
    },
    "answer.nothing": {
        "nl": "geen enkel antwoord en geen notitie: er is niets om op te slaan",
        "en": "no answer and no note: there is nothing to save",
    },
    "answer.scale_type": {
        "nl": "geef een geheel getal van {min} tot en met {max}",
        "en": "give a whole number from {min} to {max}",
    },
    "answer.scale_range": {
        "nl": "{value} ligt buiten {min}..{max}",
        "en": "{value} lies outside {min}..{max}",
    },
    "answer.choice": {
        "nl": "{value!r} is geen optie; kies uit: {options}",
        "en": "{value!r} is not an option; choose from: {options}",
    },
    "answer.checklist_type": {
        "nl": "geef een lijst van optie-id's",
        "en": "give a list of option ids",
    },
    "answer.checklist_unknown": {
        "nl": "onbekende optie(s) {values}; kies uit: {options}",
        "en": "unknown option(s) {values}; choose from: {options}",
    },
    "answer.checklist_duplicate": {
        "nl": "een optie staat er meer dan eens in",
        "en": "an option is given more than once",
    },
    "answer.yesno": {"nl": "geef true of false", "en": "give true or false"},
    "answer.text": {"nl": "geef een tekst", "en": "give a text"},
    "answer.too_long": {"nl": "langer dan {limit} tekens", "en": "longer than {limit} characters"},
    "answers.client_number": {
        "nl": "{code} is als getal gelezen; een cliëntcode is tekst",
        "en": "{code} was read as a number; a client code is text",
    },
    "hint.quote_client": {
        "nl": 'zet de code tussen aanhalingstekens: client: "{code}"',
        "en": 'put the code in quotes: client: "{code}"',
    },
    "identifier.email": {"nl": "e-mailadres", "en": "e-mail address"},
    "identifier.phone": {"nl": "telefoonnummer", "en": "phone number"},
    "identifier.bsn": {"nl": "burgerservicenummer (BSN)", "en": "citizen service number (BSN)"},
    "identifier.birth_date": {"nl": "geboortedatum?", "en": "date of birth?"},
    "identifier.name_code": {
        "nl": "cliëntcode die op een naam lijkt",
        "en": "client code that looks like a name",
    },
    "identifier.found": {
        "nl": "dit lijkt iemand te identificeren; het dagboek is geen cliëntdossier",
        "en": "this looks like it identifies someone; the journal is not a client file",
    },
    "identifier.strict": {
        "nl": "niet bewaard: de tekst bevat wat iemand lijkt te identificeren (--strict)",
        "en": "not saved: the text holds what looks like it identifies someone (--strict)",
    },
    "hint.identifier": {
        "nl": "haal het weg of vervang het door een code; zonder --strict is het een waarschuwing",
        "en": "remove it or replace it with a code; without --strict it is a warning",
    },
    "prompt.revise": {
        "nl": "Nieuwe tekst (Enter houdt hem, :e opent je editor) >",
        "en": "New text (Enter keeps it, :e opens your editor) >",
    },
    "prompt.identifier_choice": {
        "nl": "[b]ewerken, toch [h]ouden, of [s]toppen (concept blijft bewaard)?",
        "en": "[e]dit, [k]eep anyway, or [c]ancel (the draft is kept)?",
    },
    "help.reflect.strict": {
        "nl": "Weiger (in plaats van te waarschuwen) tekst die iemand lijkt te identificeren.",
        "en": "Refuse (instead of warn about) text that looks like it identifies someone.",
    },
    "answers.missing": {
        "nl": "het antwoordbestand {path} bestaat niet",
        "en": "the answers file {path} does not exist",
    },
    "answers.unreadable": {
        "nl": "het antwoordbestand {path} is geen geldige YAML of JSON",
        "en": "the answers file {path} is not valid YAML or JSON",
    },
    "answers.unreadable_os": {
        "nl": "kan {path} niet lezen: {reason}",
        "en": "cannot read {path}: {reason}",
    },
    "answers.not_mapping": {
        "nl": "het antwoordbestand {path} moet een mapping zijn met client, answers, ...",
        "en": "the answers file {path} must be a mapping with client, answers, ...",
    },
    "hint.answers_schema": {
        "nl": "de vorm staat in de README; 'afstand schema answers' toont het JSON Schema",
        "en": "the shape is in the README; 'afstand schema answers' prints the JSON Schema",
    },
    "client.empty": {"nl": "geef een cliëntcode", "en": "give a client code"},
    "client.invalid": {
        "nl": "{code!r} is geen cliëntcode: gebruik een korte code van letters en cijfers "
        "(ook - _ .), zonder spaties, bijvoorbeeld K7 — nooit een naam",
        "en": "{code!r} is not a client code: use a short code of letters and digits "
        "(also - _ .), without spaces, for example K7 — never a name",
    },
    "hint.client": {
        "nl": "een cliëntcode is een code die jij kiest, zoals K7 of MW-03",
        "en": "a client code is a code you choose, like K7 or MW-03",
    },
    # dates and periods
    "date.invalid": {"nl": "{value!r} is geen datum", "en": "{value!r} is not a date"},
    "date.future": {"nl": "{value} ligt in de toekomst", "en": "{value} lies in the future"},
    "hint.date": {
        "nl": "gebruik JJJJ-MM-DD, 'vandaag' of 'gisteren' (today, yesterday)",
        "en": "use YYYY-MM-DD, 'today' or 'yesterday' (vandaag, gisteren)",
    },
    "date.month_invalid": {"nl": "{value!r} is geen maand", "en": "{value!r} is not a month"},
    "hint.month": {
        "nl": "gebruik JJJJ-MM, bijvoorbeeld 2026-11",
        "en": "use YYYY-MM, for example 2026-11",
    },
    "date.year_invalid": {"nl": "{value!r} is geen jaar", "en": "{value!r} is not a year"},
    "period.conflict": {
        "nl": "kies één periode, niet {options} samen",
        "en": "choose one period, not {options} together",
    },
    "period.reversed": {
        "nl": "het begin {start} ligt na het einde {end}",
        "en": "the start {start} lies after the end {end}",
    },
    # journal
    "journal.unreadable": {
        "nl": "kan het dagboekbestand {path} niet lezen: {reason}",
        "en": "cannot read the journal file {path}: {reason}",
    },
    "journal.not_json": {
        "nl": "het dagboekbestand {path} is beschadigd: {detail}",
        "en": "the journal file {path} is damaged: {detail}",
    },
    "journal.not_journal": {
        "nl": "{path} is geen dagboekbestand van afstand",
        "en": "{path} is not an afstand journal file",
    },
    "journal.bad_version": {
        "nl": "{path} heeft een ongeldige schemaversie ({version!r})",
        "en": "{path} has an invalid schema version ({version!r})",
    },
    "journal.too_new": {
        "nl": "{path} is geschreven door een nieuwere afstand (dagboekformaat {version}; "
        "deze versie leest tot en met {supported})",
        "en": "{path} was written by a newer afstand (journal format {version}; "
        "this version reads up to {supported})",
    },
    "hint.upgrade": {
        "nl": "werk afstand bij: pip install --upgrade afstand",
        "en": "upgrade afstand: pip install --upgrade afstand",
    },
    "journal.invalid": {
        "nl": "het dagboekbestand {path} bevat ongeldige gegevens",
        "en": "the journal file {path} holds invalid data",
    },
    "hint.journal_corrupt": {
        "nl": "afstand heeft dit bestand niet veranderd en schrijft er niet overheen. Herstel "
        "het uit een back-up, of zet het buiten de dagboekmap om zonder die maand verder "
        "te gaan.",
        "en": "afstand has not changed this file and will not write over it. Restore it from "
        "a backup, or move it out of the journal folder to go on without that month.",
    },
    "journal.prefix_short": {
        "nl": "geef minstens de eerste 4 tekens van de id",
        "en": "give at least the first 4 characters of the id",
    },
    "journal.no_entry": {
        "nl": "geen reflectie met id {prefix}",
        "en": "no reflection with id {prefix}",
    },
    "journal.ambiguous": {
        "nl": "{count} reflecties beginnen met {prefix}",
        "en": "{count} reflections start with {prefix}",
    },
    "hint.longer_prefix": {"nl": "geef meer tekens van de id", "en": "give more of the id"},
    "hint.list_ids": {"nl": "'afstand list' toont de id's", "en": "'afstand list' shows the ids"},
    "journal.duplicate_id": {
        "nl": "er bestaat al een reflectie met id {id}",
        "en": "a reflection with id {id} exists already",
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
    # reflect
    "reflect.no_terminal": {
        "nl": "reflect stelt zijn vragen in een terminal, maar de invoer is geen terminal",
        "en": "reflect asks its questions in a terminal, but the input is not a terminal",
    },
    "hint.answers_file": {
        "nl": "bewaar zonder vragen met: afstand reflect --answers FILE (of - voor stdin)",
        "en": "save without prompts with: afstand reflect --answers FILE (or - for stdin)",
    },
    "reflect.saved": {
        "nl": "Reflectie {id} bewaard: {client}, {date} ({answers} antwoorden).",
        "en": "Saved reflection {id}: {client}, {date} ({answers} answers).",
    },
    "reflect.no_draft": {
        "nl": "er is geen onafgemaakte reflectie",
        "en": "there is no unfinished reflection",
    },
    "hint.start_reflect": {
        "nl": "begin een nieuwe met: afstand reflect",
        "en": "start a new one with: afstand reflect",
    },
    "reflect.draft_discarded": {
        "nl": "De onafgemaakte reflectie ({client}) is weggegooid.",
        "en": "The unfinished reflection ({client}) was discarded.",
    },
    "reflect.draft_broken": {
        "nl": "het concept {path} is onleesbaar en blijft staan: {reason}",
        "en": "the draft {path} cannot be read and is left as it is: {reason}",
    },
    "reflect.offer_resume": {
        "nl": "Er is een onafgemaakte reflectie ({client}, begonnen {started}, {answers} "
        "antwoorden). Verdergaan?",
        "en": "There is an unfinished reflection ({client}, started {started}, {answers} "
        "answers). Resume it?",
    },
    "reflect.offer_discard": {
        "nl": "Weggooien? (anders blijft ze bewaard)",
        "en": "Discard it? (otherwise it is kept)",
    },
    "reflect.kept_as_draft": {
        "nl": "Je antwoorden zijn bewaard als concept.",
        "en": "Your answers are kept as a draft.",
    },
    "hint.resume": {
        "nl": "ga verder met: afstand reflect --resume",
        "en": "resume with: afstand reflect --resume",
    },
    "reflect.draft_kept_after_error": {
        "nl": "je antwoorden blijven bewaard als concept: afstand reflect --resume",
        "en": "your answers stay kept as a draft: afstand reflect --resume",
    },
    "mirror.streak.close": {
        "nl": "Dit is de derde reflectie op rij met {client} waarin je jezelf aan de kant van "
        "te dichtbij plaatst. Misschien iets om mee te nemen naar supervisie.",
        "en": "This is the third reflection in a row with {client} in which you place "
        "yourself at the too-close end. Perhaps something to bring to supervision.",
    },
    "mirror.streak.distant": {
        "nl": "Dit is de derde reflectie op rij met {client} waarin je jezelf aan de kant van "
        "te afstandelijk plaatst. Misschien iets om mee te nemen naar supervisie.",
        "en": "This is the third reflection in a row with {client} in which you place "
        "yourself at the too-distant end. Perhaps something to bring to supervision.",
    },
    "mirror.compare.same": {
        "nl": "Je positie bij {client} ligt vandaag rond het gemiddelde van je {count} eerdere "
        "reflecties sinds {since}.",
        "en": "Your position with {client} today lies around the mean of your {count} earlier "
        "reflections since {since}.",
    },
    "mirror.compare.closer": {
        "nl": "Vandaag plaats je jezelf dichter bij {client} dan gemiddeld in je {count} "
        "eerdere reflecties sinds {since}.",
        "en": "Today you place yourself closer to {client} than on average in your {count} "
        "earlier reflections since {since}.",
    },
    "mirror.compare.further": {
        "nl": "Vandaag plaats je jezelf verder van {client} dan gemiddeld in je {count} "
        "eerdere reflecties sinds {since}.",
        "en": "Today you place yourself further from {client} than on average in your {count} "
        "earlier reflections since {since}.",
    },
    # prompts
    "prompt.known_clients": {"nl": "Eerder gebruikt:", "en": "Used before:"},
    "prompt.client": {
        "nl": "Cliëntcode (een code, nooit een naam) >",
        "en": "Client code (a code, never a name) >",
    },
    "prompt.date": {"nl": "Datum van de sessie [{today}] >", "en": "Session date [{today}] >"},
    "prompt.help_hint": {
        "nl": "? voor meer vragen om bij stil te staan",
        "en": "? for more questions to reflect on",
    },
    "prompt.required": {"nl": "deze vraag is verplicht", "en": "this question is required"},
    "prompt.enter_skips": {"nl": " (Enter slaat over)", "en": " (Enter skips)"},
    "prompt.checklist_hint": {"nl": "[nummers, bv. 1,3]", "en": "[numbers, e.g. 1,3]"},
    "prompt.text_hint": {
        "nl": "[één regel, of :e voor je editor]",
        "en": "[one line, or :e for your editor]",
    },
    "prompt.yes_no": {"nl": "antwoord j of n", "en": "answer y or n"},
    "prompt.editor_failed": {
        "nl": "kan de editor {editor!r} niet starten: {reason}",
        "en": "cannot start the editor {editor!r}: {reason}",
    },
    "hint.editor": {
        "nl": "stel 'editor' in de config in, of de variabele EDITOR",
        "en": "set 'editor' in the config, or the EDITOR variable",
    },
    "prompt.note": {
        "nl": "Notitie (optioneel; :e voor je editor) >",
        "en": "Note (optional; :e for your editor) >",
    },
    "prompt.supervision": {"nl": "Meenemen naar supervisie?", "en": "Bring this to supervision?"},
    "prompt.supervision_question": {
        "nl": "Vraag voor je supervisor (optioneel) >",
        "en": "Question for your supervisor (optional) >",
    },
    "prompt.summary": {"nl": "Samenvatting", "en": "Summary"},
    "prompt.confirm": {"nl": "Deze reflectie bewaren?", "en": "Save this reflection?"},
    "word.yes": {"nl": "ja", "en": "yes"},
    "word.no": {"nl": "nee", "en": "no"},
    # list, show, edit, delete
    "list.empty": {
        "nl": "Geen reflecties in deze selectie.",
        "en": "No reflections in this selection.",
    },
    "list.column.id": {"nl": "id", "en": "id"},
    "list.column.date": {"nl": "datum", "en": "date"},
    "list.column.client": {"nl": "cliënt", "en": "client"},
    "list.column.position": {"nl": "afstand ↔ nabijheid", "en": "distance ↔ closeness"},
    "list.column.signals": {"nl": "signalen", "en": "signals"},
    "list.column.supervision": {"nl": "supervisie", "en": "supervision"},
    "show.created": {"nl": "geschreven", "en": "written"},
    "show.note": {"nl": "Notitie", "en": "Note"},
    "show.supervision": {"nl": "Voor supervisie", "en": "For supervision"},
    "edit.no_terminal": {
        "nl": "edit opent je editor, maar de invoer is geen terminal",
        "en": "edit opens your editor, but the input is not a terminal",
    },
    "hint.edit_flags": {
        "nl": "gebruik --client, --date, --note, --supervision of --answers FILE",
        "en": "use --client, --date, --note, --supervision or --answers FILE",
    },
    "edit.unchanged": {"nl": "Niets veranderd.", "en": "Nothing changed."},
    "edit.saved": {"nl": "Reflectie {id} bijgewerkt.", "en": "Updated reflection {id}."},
    "edit.again": {"nl": "Opnieuw bewerken?", "en": "Edit again?"},
    "edit.cancelled": {
        "nl": "Bewerken gestopt; de reflectie is niet veranderd.",
        "en": "Editing stopped; the reflection was not changed.",
    },
    "edit.header": {
        "nl": "Bewerk deze reflectie en sla het bestand op; sluit zonder wijziging om te "
        "stoppen.\nDe vorm is die van 'afstand reflect --answers'.",
        "en": "Edit this reflection and save the file; close it unchanged to stop.\n"
        "The shape is that of 'afstand reflect --answers'.",
    },
    "delete.confirm": {
        "nl": "Reflectie {id} ({client}, {date}) verwijderen?",
        "en": "Delete reflection {id} ({client}, {date})?",
    },
    "delete.no_terminal": {
        "nl": "delete vraagt eerst om bevestiging, maar er is geen terminal",
        "en": "delete asks for confirmation first, but there is no terminal",
    },
    "hint.yes": {"nl": "bevestig vooraf met --yes", "en": "confirm beforehand with --yes"},
    "delete.cancelled": {"nl": "Niets verwijderd.", "en": "Nothing deleted."},
    "delete.done": {"nl": "Reflectie {id} verwijderd.", "en": "Deleted reflection {id}."},
    "schema.unknown": {
        "nl": "onbekend schema {name!r} (bekend: {known})",
        "en": "unknown schema {name!r} (known: {known})",
    },
    # help texts of the journal commands
    "help.reflect": {
        "nl": "Reflecteer op een sessie: waar stond je tussen afstand en nabijheid?",
        "en": "Reflect on a session: where did you stand between distance and closeness?",
    },
    "help.reflect.client": {
        "nl": "De cliëntcode (een code, nooit een naam).",
        "en": "The client code (a code, never a name).",
    },
    "help.reflect.set": {
        "nl": "Een vragenset om te doorlopen (herhaalbaar).",
        "en": "A question set to walk through (repeatable).",
    },
    "help.reflect.date": {
        "nl": "Datum van de sessie: JJJJ-MM-DD, today, yesterday.",
        "en": "Session date: YYYY-MM-DD, today, yesterday.",
    },
    "help.reflect.answers": {
        "nl": "Bewaar zonder vragen uit een YAML- of JSON-bestand (- leest stdin).",
        "en": "Save without prompts from a YAML or JSON file (- reads stdin).",
    },
    "help.reflect.resume": {
        "nl": "Ga verder met de onafgemaakte reflectie.",
        "en": "Resume the unfinished reflection.",
    },
    "help.reflect.discard": {
        "nl": "Gooi de onafgemaakte reflectie weg en begin opnieuw.",
        "en": "Discard the unfinished reflection and start anew.",
    },
    "help.list": {
        "nl": "Toon reflecties (standaard de laatste 20).",
        "en": "List reflections (by default the last 20).",
    },
    "help.list.limit": {"nl": "Toon de laatste N.", "en": "Show the last N."},
    "help.period.month": {"nl": "Een maand: JJJJ-MM.", "en": "A month: YYYY-MM."},
    "help.period.from": {"nl": "Vanaf deze datum.", "en": "From this date."},
    "help.period.to": {"nl": "Tot en met deze datum.", "en": "Up to and including this date."},
    "help.filter.client": {"nl": "Alleen deze cliëntcode.", "en": "Only this client code."},
    "help.filter.supervision": {
        "nl": "Alleen wat voor supervisie is gemarkeerd.",
        "en": "Only what is flagged for supervision.",
    },
    "help.show": {"nl": "Toon één reflectie.", "en": "Show one reflection."},
    "help.entry_id": {
        "nl": "De id, of de eerste tekens ervan.",
        "en": "The id, or its first characters.",
    },
    "help.edit": {
        "nl": "Bewerk een reflectie (in je editor, of met opties).",
        "en": "Edit a reflection (in your editor, or with options).",
    },
    "help.edit.client": {"nl": "Nieuwe cliëntcode.", "en": "New client code."},
    "help.edit.date": {"nl": "Nieuwe datum.", "en": "New date."},
    "help.edit.note": {"nl": "Nieuwe notitie.", "en": "New note."},
    "help.edit.supervision": {
        "nl": "Markeer voor supervisie, of niet.",
        "en": "Flag for supervision, or not.",
    },
    "help.edit.supervision_question": {
        "nl": "Vraag voor de supervisor.",
        "en": "Question for the supervisor.",
    },
    "help.edit.answers": {
        "nl": "Vervang door de inhoud van een antwoordbestand.",
        "en": "Replace with the contents of an answers file.",
    },
    "help.delete": {
        "nl": "Verwijder een reflectie (vraagt eerst).",
        "en": "Delete a reflection (asks first).",
    },
    "help.yes": {"nl": "Niet vragen.", "en": "Do not ask."},
    "help.schema": {
        "nl": "Toon het JSON Schema van een bestandsvorm (answers).",
        "en": "Print the JSON Schema of a file shape (answers).",
    },
    "help.schema.name": {"nl": "Welk schema: answers.", "en": "Which schema: answers."},
    # report
    "help.report": {
        "nl": "De spiegel: waar stond je, bij wie, wat trok je, wat kostte het?",
        "en": "The mirror: where did you stand, with whom, what pulled you, what did it cost?",
    },
    "help.report.month": {
        "nl": "Een maand (standaard deze maand).",
        "en": "A month (by default this month).",
    },
    "help.report.year": {
        "nl": "Een jaar (zonder waarde: dit jaar).",
        "en": "A year (without a value: this year).",
    },
    "help.report.client": {
        "nl": "Het verloop van één relatie, reflectie per reflectie.",
        "en": "The course of one relationship, reflection by reflection.",
    },
    "report.title": {"nl": "Spiegel {start} – {end}", "en": "Mirror {start} – {end}"},
    "report.disclaimer": {
        "nl": "Dit spiegelt je eigen reflecties; het stelt geen diagnose, van niemand, en de "
        "getallen zijn geen gevalideerde scores.",
        "en": "This mirrors your own reflections; it diagnoses no one, and the figures are not "
        "validated scores.",
    },
    "report.empty": {
        "nl": "Geen reflecties in deze periode.",
        "en": "No reflections in this period.",
    },
    "report.overview": {"nl": "Overzicht", "en": "Overview"},
    "report.overview.line": {
        "nl": "  {entries} reflecties, {clients} cliënten, {per_week} per week",
        "en": "  {entries} reflections, {clients} clients, {per_week} per week",
    },
    "report.small_sample": {
        "nl": "  Let op: {count} reflecties is een kleine steekproef; lees de cijfers als "
        "aanwijzingen, niet als patronen.",
        "en": "  Note: {count} reflections is a small sample; read the figures as hints, not "
        "as patterns.",
    },
    "report.balance": {
        "nl": "De balans: afstand ↔ nabijheid ({n} van {total} reflecties, gemiddeld {mean} "
        "op {low}–{high})",
        "en": "The balance: distance ↔ closeness ({n} of {total} reflections, mean {mean} "
        "on {low}–{high})",
    },
    "report.too_distant": {"nl": "(te afstandelijk)", "en": "(too distant)"},
    "report.too_close": {"nl": "(te dichtbij)", "en": "(too close)"},
    "report.per_week": {"nl": "per week", "en": "per week"},
    "report.weeks": {"nl": "{count} weken", "en": "{count} weeks"},
    "report.per_client": {
        "nl": "per cliënt (gemiddelde positie)",
        "en": "per client (mean position)",
    },
    "report.more_clients": {"nl": "en {count} andere cliënten", "en": "and {count} other clients"},
    "report.countertransference": {"nl": "Tegenoverdracht", "en": "Countertransference"},
    "report.pole.distance": {
        "nl": "Signalen van Type I (te veel afstand) in {count} van {total} reflecties",
        "en": "Type I signals (too much distance) in {count} of {total} reflections",
    },
    "report.pole.proximity": {
        "nl": "Signalen van Type II (te veel nabijheid) in {count} van {total} reflecties",
        "en": "Type II signals (too much closeness) in {count} of {total} reflections",
    },
    "report.frequent": {"nl": "het vaakst", "en": "most frequent"},
    "report.client_pole.proximity": {
        "nl": "bij {client}: Type II in {count} van {total} reflecties",
        "en": "with {client}: Type II in {count} of {total} reflections",
    },
    "report.client_pole.distance": {
        "nl": "bij {client}: Type I in {count} van {total} reflecties",
        "en": "with {client}: Type I in {count} of {total} reflections",
    },
    "report.kiesler": {
        "nl": "Beïnvloedingsboodschappen (Kiesler)",
        "en": "Influence messages (Kiesler)",
    },
    "report.clients_n": {"nl": "{count} cliënt(en)", "en": "{count} client(s)"},
    "report.pull": {
        "nl": "De sterkste boodschap lokte iets bij je uit in {felt} van {messages} reflecties "
        "met een boodschap; daarin meegegaan {followed}×, gedeeltelijk {partly}×, niet "
        "{resisted}×",
        "en": "The strongest message pulled at you in {felt} of {messages} reflections with a "
        "message; went along with it {followed}×, partly {partly}×, not {resisted}×",
    },
    "report.power": {
        "nl": "Onmacht ↔ almacht: richting onmacht in {powerless}, richting almacht in "
        "{omnipotent} van {n} antwoorden (gemiddeld {mean} op {min}–{max})",
        "en": "Powerlessness ↔ omnipotence: towards powerlessness in {powerless}, towards "
        "omnipotence in {omnipotent} of {n} answers (mean {mean} on {min}–{max})",
    },
    "report.legs": {
        "nl": "Doe-been ↔ betekenis-been: meer op het doe-been in {doing}, meer op het "
        "betekenis-been in {meaning} van {n} antwoorden (gemiddeld {mean} op {min}–{max})",
        "en": "Doing leg ↔ meaning leg: more on the doing leg in {doing}, more on the meaning "
        "leg in {meaning} of {n} answers (mean {mean} on {min}–{max})",
    },
    "report.legs_fit": {
        "nl": "Wat het moment vroeg ({answered} antwoorden): het paste {fitting}×, meer doen "
        "{more_doing}×, meer zijn {more_meaning}×, weet niet {unsure}×",
        "en": "What the moment called for ({answered} answers): it fitted {fitting}×, more "
        "doing {more_doing}×, more being {more_meaning}×, not sure {unsure}×",
    },
    "report.sought": {
        "nl": "Bij de cliënt een antwoord gezocht (nagegaan in {answered} reflecties): {needs}",
        "en": "Looked to the client to meet it (asked in {answered} reflections): {needs}",
    },
    "report.check_in": {"nl": "Periodieke check-in", "en": "Periodic check-in"},
    "report.check_ins": {
        "nl": "Signalen nagegaan in {count} check-in(s); wat je herkende, zonder score of "
        "diagnose:",
        "en": "Signs gone through in {count} check-in(s); what you recognised, with no score "
        "or diagnosis:",
    },
    "report.strain": {"nl": "herkend", "en": "recognised"},
    "report.control": {
        "nl": "Volgen ↔ sturen: gemiddeld {mean} ({n} van {total} reflecties)",
        "en": "Following ↔ directing: mean {mean} ({n} of {total} reflections)",
    },
    "report.needs": {
        "nl": "Mijn basisbehoeften (hoe sterk geraakt of onder druk)",
        "en": "My basic needs (how strongly touched or under pressure)",
    },
    "report.mean": {"nl": "gemiddeld", "en": "mean"},
    "report.under_pressure": {
        "nl": "onder druk in {count} van {total}",
        "en": "under pressure in {count} of {total}",
    },
    "report.selfcare": {"nl": "Zelfzorg (ABC)", "en": "Self-care (ABC)"},
    "report.generic": {"nl": "Andere schalen en tags", "en": "Other scales and tags"},
    "report.trend": {"nl": "verschuiving", "en": "shift"},
    "report.supervision": {"nl": "Voor supervisie ({count})", "en": "For supervision ({count})"},
    "report.none": {"nl": "geen", "en": "none"},
    "report.attention": {"nl": "Aandachtspunten", "en": "Attention points"},
    "report.no_attention": {"nl": "geen in deze periode", "en": "none in this period"},
    "report.previous": {
        "nl": "Vergeleken met de periode ervoor ({start} – {end})",
        "en": "Compared with the previous period ({start} – {end})",
    },
    "report.was": {"nl": "was", "en": "was"},
    "report.row.entries": {"nl": "reflecties", "en": "reflections"},
    "report.row.clients": {"nl": "cliënten", "en": "clients"},
    "report.row.distance": {
        "nl": "reflecties met Type I-signalen",
        "en": "reflections with Type I signals",
    },
    "report.row.proximity": {
        "nl": "reflecties met Type II-signalen",
        "en": "reflections with Type II signals",
    },
    "report.row.affiliation": {
        "nl": "gemiddelde positie afstand ↔ nabijheid",
        "en": "mean position distance ↔ closeness",
    },
    "report.row.control": {
        "nl": "gemiddelde positie volgen ↔ sturen",
        "en": "mean position following ↔ directing",
    },
    "report.course": {"nl": "Verloop van de relatie", "en": "Course of the relationship"},
    "report.partly_short": {
        "nl": "deels meegegaan met de boodschap",
        "en": "went partly along with the pull",
    },
    "report.messages_noted": {
        "nl": "Een boodschap genoteerd in {count} van {total} reflecties",
        "en": "A message noted in {count} of {total} reflections",
    },
    "report.followed_short": {
        "nl": "meegegaan met de boodschap",
        "en": "went along with the pull",
    },
    "attention.type2-with-client": {
        "nl": "Bij {client} merkte je in minstens de helft van je reflecties signalen van te "
        "veel nabijheid. Overweeg dit mee te nemen naar supervisie.",
        "en": "With {client} you noticed signals of too much closeness in at least half of "
        "your reflections. Consider bringing this to supervision.",
    },
    "attention.type1-with-client": {
        "nl": "Bij {client} merkte je in minstens de helft van je reflecties signalen van te "
        "veel afstand. Overweeg dit mee te nemen naar supervisie.",
        "en": "With {client} you noticed signals of too much distance in at least half of "
        "your reflections. Consider bringing this to supervision.",
    },
    "attention.extreme-close": {
        "nl": "Bij {client} plaatste je jezelf {count} keer op rij aan de kant van te dichtbij. "
        "Overweeg dit mee te nemen naar supervisie.",
        "en": "With {client} you placed yourself {count} times in a row at the too-close end. "
        "Consider bringing this to supervision.",
    },
    "attention.extreme-distant": {
        "nl": "Bij {client} plaatste je jezelf {count} keer op rij aan de kant van te "
        "afstandelijk. Overweeg dit mee te nemen naar supervisie.",
        "en": "With {client} you placed yourself {count} times in a row at the too-distant "
        "end. Consider bringing this to supervision.",
    },
    "attention.need-under-pressure": {
        "nl": "Je behoefte aan {need} stond in de meeste reflecties onder druk. Wat heb je zelf "
        "nodig? Overweeg dit mee te nemen naar supervisie of intervisie.",
        "en": "Your need for {need} was under pressure in most reflections. What do you need "
        "yourself? Consider bringing this to supervision or peer review.",
    },
    "attention.no-reflection": {
        "nl": "{days} dagen zonder reflectie. Is er ruimte om bij jezelf stil te staan?",
        "en": "{days} days without a reflection. Is there room to pause and reflect?",
    },
    "evidence.pole_client": {
        "nl": "in {count} van {total} reflecties met {client}",
        "en": "in {count} of {total} reflections with {client}",
    },
    "evidence.streak": {"nl": "op {dates}", "en": "on {dates}"},
    "evidence.need": {
        "nl": "onder druk in {count} van {total} antwoorden",
        "en": "under pressure in {count} of {total} answers",
    },
    "evidence.gap": {
        "nl": "geen reflectie van {start} tot en met {end}",
        "en": "no reflection from {start} to {end}",
    },
    "need.place": {"nl": "plaats", "en": "place"},
    "need.nurture": {"nl": "voeding", "en": "nurture"},
    "need.support": {"nl": "steun", "en": "support"},
    "need.protection": {"nl": "bescherming", "en": "protection"},
    "need.limits": {"nl": "begrenzing", "en": "limits"},
    "abc.attention": {"nl": "A – aandacht en acceptatie", "en": "A – attention and acceptance"},
    "abc.balance": {"nl": "B – balans", "en": "B – balance"},
    "abc.connection": {
        "nl": "C – connectie en communicatie",
        "en": "C – connection and communication",
    },
    "octant.dominant": {"nl": "dominant, neemt het voortouw", "en": "dominant, takes the lead"},
    "octant.hostile-dominant": {"nl": "zoekt openlijk strijd", "en": "openly seeks a fight"},
    "octant.hostile": {"nl": "houdt emotioneel afstand", "en": "keeps emotional distance"},
    "octant.hostile-submissive": {
        "nl": "ja zeggen, nee doen",
        "en": "says yes, does not follow through",
    },
    "octant.submissive": {
        "nl": "volgzaam, zet op een voetstuk",
        "en": "compliant, puts on a pedestal",
    },
    "octant.friendly-submissive": {
        "nl": "zoekt harmonie als underdog",
        "en": "seeks harmony as underdog",
    },
    "octant.friendly": {"nl": "hartelijk, zoekt nabijheid", "en": "warm, seeks closeness"},
    "octant.friendly-dominant": {"nl": "hartelijk leidend", "en": "warmly leading"},
    "octant.short.dominant": {"nl": "dominant", "en": "dominant"},
    "octant.short.hostile-dominant": {"nl": "strijd", "en": "fight"},
    "octant.short.hostile": {"nl": "afstand", "en": "distance"},
    "octant.short.hostile-submissive": {"nl": "passief verzet", "en": "passive resistance"},
    "octant.short.submissive": {"nl": "voetstuk", "en": "pedestal"},
    "octant.short.friendly-submissive": {"nl": "underdog", "en": "underdog"},
    "octant.short.friendly": {"nl": "hartelijk", "en": "warm"},
    "octant.short.friendly-dominant": {"nl": "hartelijk leidend", "en": "warmly leading"},
    # export and import
    "help.export": {
        "nl": "Exporteer reflecties: voor supervisie (Markdown, HTML) of als data (JSON, CSV).",
        "en": "Export reflections: for supervision (Markdown, HTML) or as data (JSON, CSV).",
    },
    "help.export.format": {
        "nl": "markdown, html, json of csv (standaard: naar de extensie van -o, anders markdown).",
        "en": "markdown, html, json or csv (default: from the extension of -o, else markdown).",
    },
    "help.export.output": {
        "nl": "Schrijf naar dit bestand (alleen voor jou leesbaar) in plaats van naar stdout.",
        "en": "Write to this file (readable by you only) instead of stdout.",
    },
    "help.export.period": {
        "nl": "Een maand: JJJJ-MM (standaard: alles).",
        "en": "A month: YYYY-MM (default: everything).",
    },
    "help.export.alias": {
        "nl": "Vervang cliëntcodes door C1, C2, … (ook in cijfers, grafieken en notities).",
        "en": "Replace client codes by C1, C2, … (also in figures, charts and notes).",
    },
    "help.export.no_notes": {
        "nl": "Laat alle vrije tekst weg: tekstantwoorden, notities en supervisievragen.",
        "en": "Leave out all free text: text answers, notes and supervision questions.",
    },
    "help.import": {
        "nl": "Voeg een JSON-export (van afstand export) samen met je dagboek.",
        "en": "Merge a JSON export (from afstand export) into your journal.",
    },
    "help.import.file": {
        "nl": "Het exportbestand; - leest stdin.",
        "en": "The export file; - reads stdin.",
    },
    "help.import.overwrite": {
        "nl": "Vervang bij een conflict je eigen versie door de geïmporteerde.",
        "en": "On a conflict, replace your version by the imported one.",
    },
    "help.import.force": {
        "nl": "Importeer ook een onvolledige export (met aliassen of zonder notities).",
        "en": "Import an incomplete export too (with aliases or without notes).",
    },
    "help.import.dry_run": {
        "nl": "Zeg alleen wat er zou gebeuren; schrijf niets.",
        "en": "Only say what would happen; write nothing.",
    },
    "export.written": {
        "nl": "{count} reflecties geschreven naar {path} ({format}).",
        "en": "Wrote {count} reflections to {path} ({format}).",
    },
    "export.nothing": {
        "nl": "Geen reflecties in deze keuze; het document zegt dat ook.",
        "en": "No reflections in this selection; the document says so.",
    },
    "export.incomplete_warning": {
        "nl": "deze JSON-export is onvolledig (aliassen of zonder vrije tekst); afstand import "
        "weigert hem zonder --force.",
        "en": "this JSON export is incomplete (aliases or without free text); afstand import "
        "refuses it without --force.",
    },
    "export.output_folder": {
        "nl": "{path} is een map, geen bestand",
        "en": "{path} is a folder, not a file",
    },
    "export.output_no_folder": {
        "nl": "de map {folder} bestaat niet",
        "en": "the folder {folder} does not exist",
    },
    "hint.export_output": {
        "nl": "geef met -o een bestandsnaam in een bestaande map",
        "en": "give -o a file name in a folder that exists",
    },
    "export.confidential": {
        "nl": "Vertrouwelijk: dit document bevat persoonlijke werkaantekeningen van een "
        "hulpverlener over de eigen reacties. Niet doorgeven of bewaren langer dan nodig.",
        "en": "Confidential: this document contains a professional's personal working notes "
        "about their own reactions. Do not pass it on or keep it longer than needed.",
    },
    "export.title": {"nl": "Reflecties voor supervisie", "en": "Reflections for supervision"},
    "export.period": {"nl": "Periode: {start} – {end}", "en": "Period: {start} – {end}"},
    "export.client": {"nl": "Cliënt: {client}", "en": "Client: {client}"},
    "export.exported": {
        "nl": "Geëxporteerd met afstand op {date}.",
        "en": "Exported with afstand on {date}.",
    },
    "export.only_supervision": {
        "nl": "Alleen reflecties die voor supervisie zijn gemarkeerd; de cijfers gaan over de "
        "{count} reflecties in dit document.",
        "en": "Only reflections flagged for supervision; the figures cover the {count} "
        "reflections in this document.",
    },
    "export.aliased": {
        "nl": "Cliëntcodes zijn voor dit document vervangen door C1, C2, …",
        "en": "Client codes are replaced by C1, C2, … in this document.",
    },
    "export.without_notes": {
        "nl": "Vrije tekst is weggelaten: tekstantwoorden, notities en supervisievragen.",
        "en": "Free text is left out: text answers, notes and questions for supervision.",
    },
    "export.figures": {"nl": "Belangrijkste cijfers", "en": "Main figures"},
    "export.line.entries": {
        "nl": "{entries} reflecties over {clients} cliënt(en), {per_week} per week",
        "en": "{entries} reflections about {clients} client(s), {per_week} per week",
    },
    "export.line.needs": {
        "nl": "Basisbehoeften (gemiddeld, onder druk)",
        "en": "Basic needs (mean, under pressure)",
    },
    "export.questions": {"nl": "Vragen voor supervisie", "en": "Questions for supervision"},
    "export.no_questions": {
        "nl": "Geen vragen voor supervisie in deze reflecties.",
        "en": "No questions for supervision in these reflections.",
    },
    "export.question_left_out": {
        "nl": "(vraag weggelaten)",
        "en": "(question left out)",
    },
    "export.reflections": {"nl": "Reflecties", "en": "Reflections"},
    "export.flagged": {
        "nl": "Gemarkeerd voor supervisie ({count})",
        "en": "Flagged for supervision ({count})",
    },
    "export.others": {"nl": "Andere reflecties ({count})", "en": "Other reflections ({count})"},
    "export.entry.flagged": {"nl": "voor supervisie", "en": "for supervision"},
    "export.entry.question": {
        "nl": "Vraag voor supervisie",
        "en": "Question for supervision",
    },
    "export.entry.no_answers": {
        "nl": "(geen antwoorden in deze export)",
        "en": "(no answers in this export)",
    },
    "export.charts": {"nl": "Grafieken", "en": "Charts"},
    "export.unit.week": {"nl": "week", "en": "week"},
    "export.unit.month": {"nl": "maand", "en": "month"},
    "export.chart.balance": {
        "nl": "De balans tussen afstand en nabijheid, gemiddeld per {unit}",
        "en": "The balance between distance and closeness, mean per {unit}",
    },
    "export.chart.balance.desc": {
        "nl": "Lijngrafiek van de gemiddelde positie per {unit} van {start} tot {end}, op een "
        "schaal van {low} (te afstandelijk) tot {high} (te dichtbij). Laagste gemiddelde "
        "{lowest}, hoogste {highest}, over alles {mean}.",
        "en": "Line chart of the mean position per {unit} from {start} to {end}, on a scale from "
        "{low} (too distant) to {high} (too close). Lowest mean {lowest}, highest {highest}, "
        "overall {mean}.",
    },
    "export.chart.poles": {
        "nl": "Type I en Type II per {unit}",
        "en": "Type I and Type II per {unit}",
    },
    "export.chart.poles.desc": {
        "nl": "Staafgrafiek van het aantal reflecties per {unit} met signalen van Type I (te "
        "veel afstand) en van Type II (te veel nabijheid), van {start} tot {end}: in totaal "
        "Type I in {distance} en Type II in {proximity} van {total} reflecties.",
        "en": "Bar chart of the number of reflections per {unit} with Type I signals (too much "
        "distance) and with Type II signals (too much closeness), from {start} to {end}: in "
        "all Type I in {distance} and Type II in {proximity} of {total} reflections.",
    },
    "export.chart.kiesler": {
        "nl": "Beïnvloedingsboodschappen (Kiesler): hoe vaak",
        "en": "Influence messages (Kiesler): how often",
    },
    "export.chart.kiesler.desc": {
        "nl": "Staafgrafiek van hoe vaak elke boodschap werd genoteerd: {counts}.",
        "en": "Bar chart of how often each message was noted: {counts}.",
    },
    "export.chart.no_data": {"nl": "geen gegevens", "en": "no data"},
    "export.legend.type1": {
        "nl": "Type I (te veel afstand)",
        "en": "Type I (too much distance)",
    },
    "export.legend.type2": {
        "nl": "Type II (te veel nabijheid)",
        "en": "Type II (too much closeness)",
    },
    "export.axis.too_distant": {"nl": "te afstandelijk", "en": "too distant"},
    "export.axis.too_close": {"nl": "te dichtbij", "en": "too close"},
    "import.missing": {"nl": "{path} bestaat niet", "en": "{path} does not exist"},
    "import.unreadable_os": {
        "nl": "kan {path} niet lezen: {reason}",
        "en": "cannot read {path}: {reason}",
    },
    "import.not_utf8": {"nl": "{path} is geen UTF-8-tekst", "en": "{path} is not UTF-8 text"},
    "import.not_json": {"nl": "{path} is geen geldige JSON", "en": "{path} is not valid JSON"},
    "import.not_export": {
        "nl": "{path} is geen export van afstand (format {expected} ontbreekt)",
        "en": "{path} is not an afstand export (format {expected} is missing)",
    },
    "hint.import_export": {
        "nl": "maak het bestand met: afstand export --format json -o FILE",
        "en": "make the file with: afstand export --format json -o FILE",
    },
    "import.bad_version": {
        "nl": "{path} heeft een ongeldige schema_version: {version!r}",
        "en": "{path} has an invalid schema_version: {version!r}",
    },
    "import.too_new": {
        "nl": "{path} komt van een nieuwere afstand (schemaversie {version}; deze afstand "
        "leest tot en met {supported}); er is niets veranderd",
        "en": "{path} comes from a newer afstand (schema version {version}; this afstand reads "
        "up to {supported}); nothing was changed",
    },
    "import.invalid": {
        "nl": "{path} is niet geldig; er is niets geïmporteerd",
        "en": "{path} does not validate; nothing was imported",
    },
    "hint.import_invalid": {
        "nl": "herstel de genoemde velden (entries.N is de N-de reflectie, vanaf 0) of "
        "exporteer opnieuw",
        "en": "correct the fields named (entries.N is the Nth reflection, from 0) or export again",
    },
    "import.duplicate_id": {
        "nl": "de id {id} staat ook in entries.{first}",
        "en": "the id {id} is also in entries.{first}",
    },
    "import.incomplete": {
        "nl": "{path} is een onvolledige export ({reasons}); er is niets geïmporteerd",
        "en": "{path} is an incomplete export ({reasons}); nothing was imported",
    },
    "hint.import_force": {
        "nl": "importeer een volledige export (zonder --alias-clients en --no-notes), of "
        "voeg --force toe om hem toch zo te importeren",
        "en": "import a full export (without --alias-clients and --no-notes), or add --force "
        "to import it as it is",
    },
    "import.reason.aliased": {
        "nl": "cliëntcodes vervangen door aliassen",
        "en": "client codes replaced by aliases",
    },
    "import.reason.no_notes": {"nl": "zonder vrije tekst", "en": "without free text"},
    "import.forced": {
        "nl": "je importeert een onvolledige export ({reasons}), op eigen verzoek (--force)",
        "en": "you are importing an incomplete export ({reasons}), as asked (--force)",
    },
    "import.summary": {
        "nl": "{path}: {added} toegevoegd, {skipped} al aanwezig, {conflicts} conflict(en), "
        "{replaced} vervangen.",
        "en": "{path}: {added} added, {skipped} already present, {conflicts} conflict(s), "
        "{replaced} replaced.",
    },
    "import.conflict": {
        "nl": "conflict: {id} ({date}, {client}) verschilt van de reflectie in je dagboek; je "
        "eigen versie is gehouden",
        "en": "conflict: {id} ({date}, {client}) differs from the reflection in your journal; "
        "your own version was kept",
    },
    "import.replaced": {
        "nl": "vervangen: {id} ({date}, {client})",
        "en": "replaced: {id} ({date}, {client})",
    },
    "import.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "hint.import_overwrite": {
        "nl": "afstand import --overwrite vervangt ze door de geïmporteerde versie",
        "en": "afstand import --overwrite replaces them by the imported version",
    },
    "import.dry_run": {
        "nl": "proefdraai: er is niets geschreven",
        "en": "dry run: nothing was written",
    },
    # encryption at rest
    "help.encrypt": {
        "nl": "Versleutel het dagboek en de concepten met een wachtwoordzin.",
        "en": "Encrypt the journal and the drafts with a passphrase.",
    },
    "help.decrypt": {
        "nl": "Zet de versleuteling weer uit (schrijft het dagboek als gewone tekst).",
        "en": "Switch encryption off again (writes the journal as plain text).",
    },
    "crypto.prompt": {"nl": "Wachtwoordzin van het dagboek:", "en": "Journal passphrase:"},
    "crypto.new_prompt": {"nl": "Nieuwe wachtwoordzin:", "en": "New passphrase:"},
    "crypto.again_prompt": {"nl": "Nog eens:", "en": "Once more:"},
    "crypto.mismatch": {
        "nl": "de twee wachtwoordzinnen verschillen; er is niets veranderd",
        "en": "the two passphrases differ; nothing was changed",
    },
    "crypto.too_short": {
        "nl": "kies een wachtwoordzin van minstens {length} tekens",
        "en": "choose a passphrase of at least {length} characters",
    },
    "crypto.no_passphrase": {
        "nl": "het dagboek is versleuteld, maar er is geen terminal om de wachtwoordzin te vragen",
        "en": "the journal is encrypted, but there is no terminal to ask for the passphrase",
    },
    "hint.passphrase": {
        "nl": "geef hem voor scripts in de variabele AFSTAND_PASSPHRASE",
        "en": "for scripts, give it in the variable AFSTAND_PASSPHRASE",
    },
    "crypto.wrong_passphrase": {
        "nl": "verkeerde wachtwoordzin; er is niets veranderd",
        "en": "wrong passphrase; nothing was changed",
    },
    "hint.wrong_passphrase": {
        "nl": "zonder de juiste wachtwoordzin is het dagboek niet te lezen, ook niet door afstand",
        "en": "without the right passphrase the journal cannot be read, not even by afstand",
    },
    "crypto.tampered": {
        "nl": "{path} is buiten afstand veranderd of beschadigd (de versleuteling klopt niet)",
        "en": "{path} was changed outside afstand or is damaged (the encryption does not match)",
    },
    "crypto.not_encrypted": {
        "nl": "{path} is niet versleuteld, terwijl het dagboek dat wel is",
        "en": "{path} is not encrypted, while the journal is",
    },
    "hint.crypto_not_encrypted": {
        "nl": "afstand leest het niet; zet het buiten de dagboekmap, of importeer een export",
        "en": "afstand does not read it; move it out of the journal folder, or import an export",
    },
    "crypto.encrypted_file": {
        "nl": "{path} is versleuteld, maar het dagboek heeft geen encryption.json",
        "en": "{path} is encrypted, but the journal has no encryption.json",
    },
    "hint.crypto_header": {
        "nl": "zet encryption.json terug uit je back-up; zonder dat bestand is het niet te lezen",
        "en": "restore encryption.json from your backup; without it the file cannot be read",
    },
    "crypto.bad_header": {"nl": "{path} is beschadigd", "en": "{path} is damaged"},
    "crypto.newer": {
        "nl": "{path} gebruikt een nieuwere versleuteling dan deze afstand kent",
        "en": "{path} uses a newer encryption than this afstand knows",
    },
    "crypto.changed_meanwhile": {
        "nl": "het dagboek is intussen versleuteld of ontsleuteld; er is niets geschreven",
        "en": "the journal was encrypted or decrypted meanwhile; nothing was written",
    },
    "hint.run_again": {"nl": "voer de opdracht opnieuw uit", "en": "run the command again"},
    "crypto.already": {
        "nl": "het dagboek is al versleuteld",
        "en": "the journal is already encrypted",
    },
    "hint.decrypt": {
        "nl": "'afstand decrypt' zet het terug naar gewone tekst",
        "en": "'afstand decrypt' turns it back into plain text",
    },
    "crypto.not_on": {
        "nl": "het dagboek is niet versleuteld",
        "en": "the journal is not encrypted",
    },
    "crypto.drafts_pending": {
        "nl": "er is nog een onafgemaakte reflectie; die wordt niet omgezet",
        "en": "there is an unfinished reflection; it would not be converted",
    },
    "hint.drafts_pending": {
        "nl": "maak haar af (afstand reflect --resume) of gooi haar weg (--discard-draft)",
        "en": "finish it (afstand reflect --resume) or discard it (--discard-draft)",
    },
    "crypto.encrypted": {
        "nl": "Het dagboek is versleuteld ({months} maanden). Elke opdracht vraagt nu één keer "
        "om de wachtwoordzin.",
        "en": "The journal is encrypted ({months} months). Every command now asks for the "
        "passphrase once.",
    },
    "crypto.keep_safe": {
        "nl": "Bewaar je wachtwoordzin goed: zonder haar is het dagboek niet te lezen.",
        "en": "Keep your passphrase safe: without it the journal cannot be read.",
    },
    "crypto.decrypted": {
        "nl": "Het dagboek is weer gewone tekst ({months} maanden).",
        "en": "The journal is plain text again ({months} months).",
    },
    # forget and purge
    "help.forget": {
        "nl": "Vergeet een cliënt: verwijder alle reflecties en concepten over die code "
        "(vraagt eerst).",
        "en": "Forget a client: remove every reflection and draft about that code (asks first).",
    },
    "help.forget.client": {
        "nl": "De cliëntcode (hoofdletters maken niet uit).",
        "en": "The client code (case does not matter).",
    },
    "help.forget.dry_run": {
        "nl": "Toon alleen wat weg zou gaan; verwijder niets.",
        "en": "Only show what would go; remove nothing.",
    },
    "help.purge": {
        "nl": "Verwijder wat ouder is dan je bewaartermijn (retention_months; vraagt eerst).",
        "en": "Remove what is older than your retention period (retention_months; asks first).",
    },
    "forget.plan.header": {"nl": "Cliënt {client} vergeten:", "en": "Forget client {client}:"},
    "forget.plan.entries": {
        "nl": "  reflecties: {count}, van {first} tot en met {last}",
        "en": "  reflections: {count}, from {first} to {last}",
    },
    "forget.plan.no_entries": {"nl": "  reflecties: geen", "en": "  reflections: none"},
    "forget.plan.drafts": {"nl": "  concepten: {count}", "en": "  drafts: {count}"},
    "forget.draft_unreadable": {
        "nl": "het concept {path} is onleesbaar en blijft staan; het kan over {client} gaan",
        "en": "the draft {path} cannot be read and is left as it is; it may be about {client}",
    },
    "forget.no_backups": {
        "nl": "afstand maakt zelf geen reservekopieën; je eigen back-ups en gesynchroniseerde "
        "mappen bevatten het nog wel, en ook exports die je maakte.",
        "en": "afstand keeps no backup copies; your own backups and synced folders still hold "
        "it, and so do exports you made.",
    },
    "forget.confirm": {
        "nl": "Alles over {client} definitief verwijderen?",
        "en": "Remove everything about {client} for good?",
    },
    "forget.no_terminal": {
        "nl": "forget vraagt eerst om bevestiging, maar er is geen terminal",
        "en": "forget asks for confirmation first, but there is no terminal",
    },
    "forget.cancelled": {"nl": "Niets verwijderd.", "en": "Nothing removed."},
    "forget.dry_run": {
        "nl": "proefdraai: er is niets verwijderd",
        "en": "dry run: nothing was removed",
    },
    "forget.done": {
        "nl": "{client} vergeten: {entries} reflectie(s) en {drafts} concept(en) verwijderd.",
        "en": "Forgot {client}: removed {entries} reflection(s) and {drafts} draft(s).",
    },
    "forget.unknown": {
        "nl": "geen reflecties of concepten over cliënt {client}",
        "en": "no reflections or drafts about client {client}",
    },
    "hint.forget_close": {"nl": "bedoelde je {codes}?", "en": "did you mean {codes}?"},
    "hint.forget_unknown": {
        "nl": "controleer de code; 'afstand list --from 2000-01-01' toont elke reflectie met "
        "haar cliënt",
        "en": "check the code; 'afstand list --from 2000-01-01' shows every reflection with "
        "its client",
    },
    "purge.plan.header": {
        "nl": "Bewaartermijn {months} maanden: alles met een sessiedatum vóór {cutoff} gaat weg.",
        "en": "Retention {months} months: everything with a session date before {cutoff} goes.",
    },
    "purge.plan.entries": {
        "nl": "  reflecties: {count}, over {clients} cliënt(en), van {first} tot en met {last}",
        "en": "  reflections: {count}, about {clients} client(s), from {first} to {last}",
    },
    "purge.nothing": {
        "nl": "Niets is ouder dan je bewaartermijn van {months} maanden (grens {cutoff}).",
        "en": "Nothing is older than your retention of {months} months (cut-off {cutoff}).",
    },
    "purge.confirm": {
        "nl": "Deze definitief verwijderen?",
        "en": "Remove these for good?",
    },
    "purge.no_terminal": {
        "nl": "purge vraagt eerst om bevestiging, maar er is geen terminal",
        "en": "purge asks for confirmation first, but there is no terminal",
    },
    "purge.done": {
        "nl": "{entries} reflectie(s) en {drafts} concept(en) van vóór {cutoff} verwijderd.",
        "en": "Removed {entries} reflection(s) and {drafts} draft(s) from before {cutoff}.",
    },
    "purge.no_retention": {
        "nl": "purge heeft een bewaartermijn nodig, maar de config noemt er geen",
        "en": "purge needs a retention period, but the config sets none",
    },
    "hint.retention": {
        "nl": "zet een regel in {path}, bijvoorbeeld: retention_months = 24",
        "en": "add a line to {path}, for example: retention_months = 24",
    },
    "retention.reminder": {
        "nl": "{count} reflecties zijn ouder dan je bewaartermijn van {months} maanden: "
        "afstand purge",
        "en": "{count} reflections are older than your retention of {months} months: afstand purge",
    },
}
