"""The help texts of the commands and their options, and `afstand paths`."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
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
        "nl": "Ga verder met een onafgemaakte reflectie; met meer dan één: geef haar id of "
        "cliëntcode mee.",
        "en": "Resume an unfinished reflection; when there are several, give its id or client "
        "code.",
    },
    "help.plain": {
        "nl": "Toegankelijke modus (ook ACCESSIBLE=1): gewone regels, zonder kleur, kaders of "
        "hertekenen; tabellen als 'label: waarde'.",
        "en": "Accessible mode (also ACCESSIBLE=1): plain lines, no colour, boxes or redraws; "
        "tables as 'label: value'.",
    },
    "help.install_completion": {
        "nl": "Installeer het aanvullen met Tab voor SHELL (bash, zsh, fish), zonder: voor de "
        "shell waarin je werkt.",
        "en": "Install completion with Tab for SHELL (bash, zsh, fish); without one, for the "
        "shell you work in.",
    },
    "help.show_completion": {
        "nl": "Toon het aanvulscript voor SHELL (zonder: de shell waarin je werkt), om het "
        "zelf te laden.",
        "en": "Show the completion script for SHELL (without one: the shell you work in), to "
        "load it yourself.",
    },
    "completion.unknown_shell": {
        "nl": "afstand kan niet aanvullen in de shell {shell!r}",
        "en": "afstand cannot complete in the shell {shell!r}",
    },
    "hint.shells": {
        "nl": "kies een van: {shells}; zonder: de shell waarin je werkt",
        "en": "choose one of: {shells}; without one: the shell you work in",
    },
    "help.reflect.quick": {
        "nl": "Alleen de paar vragen die direct na een sessie tellen (in minder dan een "
        "minuut); verdiep later met --deepen.",
        "en": "Only the few questions that matter right after a session (in under a minute); "
        "deepen later with --deepen.",
    },
    "help.reflect.deepen": {
        "nl": "Loop de rest van een snelle reflectie door; haar antwoorden blijven.",
        "en": "Walk through the rest of a quick reflection; its answers stay.",
    },
    "help.reflect.discard": {
        "nl": "Gooi een onafgemaakte reflectie weg en begin opnieuw; met meer dan één: geef "
        "haar id of cliëntcode mee.",
        "en": "Discard an unfinished reflection and start anew; when there are several, give "
        "its id or client code.",
    },
    "help.list": {
        "nl": "Toon reflecties (standaard de laatste 20).",
        "en": "List reflections (by default the last 20).",
    },
    "help.list.limit": {"nl": "Toon de laatste N.", "en": "Show the last N."},
    "help.list.quick": {
        "nl": "Alleen snelle reflecties die nog verdiept kunnen worden.",
        "en": "Only quick reflections that are still to be deepened.",
    },
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
}
