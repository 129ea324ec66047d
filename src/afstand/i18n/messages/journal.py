"""Texts about the journal: reading and writing it, list/show/edit/delete, encryption, forget
and purge."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
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
    "journal.wording_missing": {
        "nl": "verwijst naar een formulering die niet in de maand staat",
        "en": "refers to a wording that is not in the month",
    },
    "journal.changed_meanwhile": {
        "nl": "reflectie {id} is intussen door een ander afstand-proces veranderd; "
        "je wijziging is niet opgeslagen",
        "en": "reflection {id} was changed by another afstand meanwhile; your change was not saved",
    },
    "hint.edit_again": {
        "nl": "bekijk de nieuwe versie met: afstand show {id}, en bewerk opnieuw",
        "en": "see the new version with: afstand show {id}, then edit again",
    },
    "migrate.done": {
        "nl": "{months} herschreven in dagboekformaat {version}; {entries} ongewijzigd",
        "en": "{months} rewritten in journal format {version}; {entries} unchanged",
    },
    "migrate.nothing": {
        "nl": "het dagboek is al in formaat {version}; er is niets veranderd",
        "en": "the journal is already in format {version}; nothing was changed",
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
    "list.column.phase": {"nl": "fase", "en": "phase"},
    "list.quick": {"nl": "snel", "en": "quick"},
    "list.complete": {"nl": "compleet", "en": "complete"},
    "show.quick": {
        "nl": "Een snelle reflectie; verdiep haar met: afstand reflect --deepen {id}",
        "en": "A quick reflection; deepen it with: afstand reflect --deepen {id}",
    },
    "list.position_of_seven": {
        "nl": "{cell} van 7 (1 te afstandelijk, 7 te dichtbij)",
        "en": "{cell} of 7 (1 too distant, 7 too close)",
    },
    "list.signals_plain": {
        "nl": "type I (afstand) {distance}, type II (nabijheid) {proximity}",
        "en": "Type I (distance) {distance}, Type II (closeness) {proximity}",
    },
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
    "hint.edit_kept": {
        "nl": "je bewerkte tekst staat in {path} (platte tekst; gooi het weg als je klaar "
        "bent); gebruik het met: afstand edit {id} --answers {path}",
        "en": "your edited text is kept in {path} (plain text; delete it when you are done); "
        "use it with: afstand edit {id} --answers {path}",
    },
    "edit.supervision_question_dropped": {
        "nl": "de vraag voor supervisie ({question!r}) vervalt, want de reflectie gaat niet "
        "meer naar supervisie",
        "en": "the question for supervision ({question!r}) is removed, as the reflection no "
        "longer goes to supervision",
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
    # encryption at rest
    "help.encrypt": {
        "nl": "Versleutel het dagboek en de concepten met een wachtwoordzin.",
        "en": "Encrypt the journal and the drafts with a passphrase.",
    },
    "help.migrate": {
        "nl": "Zet het hele dagboek nu om naar het nieuwste dagboekformaat.",
        "en": "Convert the whole journal to the newest journal format now.",
    },
    "help.decrypt": {
        "nl": "Zet de versleuteling weer uit (schrijft het dagboek als gewone tekst).",
        "en": "Switch encryption off again (writes the journal as plain text).",
    },
    "welcome.first_run": {
        "nl": "Welkom bij afstand. Je dagboek staat in {path}. Het bevat je eigen "
        "werkaantekeningen over je eigen reacties, nooit namen: cliënten staan er alleen als "
        "codes in.",
        "en": "Welcome to afstand. Your journal lives in {path}. It holds your own working notes "
        "about your own reactions, never names: clients appear only as codes.",
    },
    "welcome.encrypt": {
        "nl": "Het staat onversleuteld op deze computer; versleutel het met een wachtwoordzin: "
        "afstand encrypt",
        "en": "It is not encrypted on this computer; to encrypt it with a passphrase: "
        "afstand encrypt",
    },
    "welcome.encrypted": {
        "nl": "Het is versleuteld met je wachtwoordzin.",
        "en": "It is encrypted with your passphrase.",
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
    "crypto.no_new_passphrase": {
        "nl": "versleutelen vraagt om een nieuwe wachtwoordzin, maar er is geen terminal om "
        "hem te vragen; het dagboek is niet versleuteld",
        "en": "encrypting asks for a new passphrase, but there is no terminal to ask it; the "
        "journal is not encrypted",
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
        "nl": "Het dagboek is versleuteld ({months}). Elke opdracht vraagt nu één keer om de "
        "wachtwoordzin.",
        "en": "The journal is encrypted ({months}). Every command now asks for the passphrase "
        "once.",
    },
    "crypto.keep_safe": {
        "nl": "Bewaar je wachtwoordzin goed: zonder haar is het dagboek niet te lezen.",
        "en": "Keep your passphrase safe: without it the journal cannot be read.",
    },
    "crypto.decrypted": {
        "nl": "Het dagboek is weer gewone tekst ({months}).",
        "en": "The journal is plain text again ({months}).",
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
        "nl": "{client} vergeten: {entries} en {drafts} verwijderd.",
        "en": "Forgot {client}: removed {entries} and {drafts}.",
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
        "nl": "Bewaartermijn {months}: alles met een sessiedatum vóór {cutoff} gaat weg.",
        "en": "Retention {months}: everything with a session date before {cutoff} goes.",
    },
    "purge.plan.entries": {
        "nl": "  reflecties: {count}, over {clients}, van {first} tot en met {last}",
        "en": "  reflections: {count}, about {clients}, from {first} to {last}",
    },
    "purge.nothing": {
        "nl": "Niets is ouder dan je bewaartermijn van {months} (grens {cutoff}).",
        "en": "Nothing is older than your retention of {months} (cut-off {cutoff}).",
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
        "nl": "{entries} en {drafts} van vóór {cutoff} verwijderd.",
        "en": "Removed {entries} and {drafts} from before {cutoff}.",
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
        "nl": "{count} reflecties zijn ouder dan je bewaartermijn van {months}: afstand purge",
        "nl_one": "{count} reflectie is ouder dan je bewaartermijn van {months}: afstand purge",
        "en": "{count} reflections are older than your retention of {months}: afstand purge",
        "en_one": "{count} reflection is older than your retention of {months}: afstand purge",
    },
}
