"""Texts about a journal in a synced folder: conflict copies, deletion records, the record of
each month's latest write, and `afstand check`."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
    "noun.conflict_copy": {
        "nl": "{count} conflictkopieën",
        "nl_one": "{count} conflictkopie",
        "en": "{count} conflict copies",
        "en_one": "{count} conflict copy",
    },
    "noun.problem": {
        "nl": "{count} problemen",
        "nl_one": "{count} probleem",
        "en": "{count} problems",
        "en_one": "{count} problem",
    },
    "sync.bad_computer": {
        "nl": "AFSTAND_COMPUTER={name!r} is geen bruikbare naam voor deze computer",
        "en": "AFSTAND_COMPUTER={name!r} is not a usable name for this computer",
    },
    "hint.computer_name": {
        "nl": "gebruik letters, cijfers, - en _ (hoogstens 40 tekens), zoals laptop-thuis",
        "en": "use letters, digits, - and _ (at most 40 characters), such as home-laptop",
    },
    "sync.bad_record": {
        "nl": "{path} is geen leesbaar registratiebestand van afstand",
        "en": "{path} is not a readable record file of afstand",
    },
    "sync.copies_counted": {
        "nl": "een synchronisatieprogramma liet {count} conflictkopieën achter; ze zijn "
        "meegeteld. Voeg ze samen met 'afstand check --repair'.",
        "nl_one": "een synchronisatieprogramma liet {count} conflictkopie achter; die is "
        "meegeteld. Voeg die samen met 'afstand check --repair'.",
        "en": "a sync tool left {count} conflict copies; they are counted in. Merge them with "
        "'afstand check --repair'.",
        "en_one": "a sync tool left {count} conflict copy; it is counted in. Merge it with "
        "'afstand check --repair'.",
    },
    "sync.record_failed": {
        "nl": "opgeslagen, maar het register van deze schrijfactie kon niet worden bijgewerkt: "
        "{reason}",
        "en": "saved, but the record of this write could not be updated: {reason}",
    },
    "sync.copies_merged": {
        "nl": "{copies} samengevoegd in {path}",
        "en": "merged {copies} into {path}",
    },
    "sync.copy_left": {
        "nl": "de conflictkopie {path} is blijven staan: {reason}",
        "en": "the conflict copy {path} was left as it is: {reason}",
    },
    "sync.copy_not_covered": {
        "nl": "niet alles erin staat nu in het dagboek",
        "en": "not everything in it is in the journal now",
    },
    "sync.kept_after_deletion": {
        "nl": "de reflectie {id} is veranderd nadat ze op een andere computer werd verwijderd; "
        "ze blijft bewaard",
        "en": "the reflection {id} was changed after it was deleted on another computer; "
        "it is kept",
    },
    "sync.went_back": {
        "nl": "{path} is ouder dan de laatste keer dat het geschreven werd: er ontbreken "
        "{count} reflecties; zie 'afstand check'",
        "nl_one": "{path} is ouder dan de laatste keer dat het geschreven werd: er ontbreekt "
        "{count} reflectie; zie 'afstand check'",
        "en": "{path} is older than its last write: {count} reflections are missing from it; "
        "see 'afstand check'",
        "en_one": "{path} is older than its last write: {count} reflection is missing from "
        "it; see 'afstand check'",
    },
    "sync.behind": {
        "nl": "{path} is teruggegaan in de tijd: er ontbreken {count} reflecties die er bij "
        "de laatste keer schrijven in stonden; afstand schrijft er niet overheen",
        "nl_one": "{path} is teruggegaan in de tijd: er ontbreekt {count} reflectie die er "
        "bij de laatste keer schrijven in stond; afstand schrijft er niet overheen",
        "en": "{path} went back in time: {count} reflections that it held at its last write "
        "are missing; afstand does not write over it",
        "en_one": "{path} went back in time: {count} reflection that it held at its last "
        "write is missing; afstand does not write over it",
    },
    "hint.sync_behind": {
        "nl": "'afstand check' toont wat terug te halen is en 'afstand check --repair' haalt "
        "het terug. Is de synchronisatie nog bezig, wacht dan tot ze klaar is en probeer "
        "het opnieuw.",
        "en": "'afstand check' shows what can be brought back and 'afstand check --repair' "
        "brings it back. If the sync is still busy, wait until it is done and try again.",
    },
    # afstand check
    "check.temporary": {
        "nl": "tijdelijk bestand van een onderbroken schrijfactie",
        "en": "temporary file left by an interrupted write",
    },
    "check.header_missing": {
        "nl": "encryption.json ontbreekt, maar maanden zijn versleuteld (zoals {month}); "
        "zet het terug van de andere computer of uit een back-up",
        "en": "encryption.json is missing but months are encrypted (such as {month}); "
        "put it back from the other computer or a backup",
    },
    "check.header_copy_same": {
        "nl": "conflictkopie van encryption.json, gelijk aan het origineel",
        "en": "conflict copy of encryption.json, the same as the original",
    },
    "check.header_copy_differs": {
        "nl": "een ándere encryption.json, van een andere computer: daar is het dagboek met "
        "een eigen sleutel versleuteld. afstand vervangt niets; ontsleutel het daar "
        "('afstand decrypt'), laat het synchroniseren en versleutel het op één computer.",
        "en": "a different encryption.json, from another computer: the journal was encrypted "
        "there with a key of its own. afstand replaces nothing; decrypt it there "
        "('afstand decrypt'), let it sync, and encrypt it on one computer only.",
    },
    "check.lock_copy": {
        "nl": "conflictkopie van het slotbestand (leeg)",
        "en": "conflict copy of the lock file (empty)",
    },
    "check.plaintext": {
        "nl": "maand in platte tekst in een versleuteld dagboek",
        "en": "month in plain text inside an encrypted journal",
    },
    "check.plaintext_damaged": {
        "nl": "niet versleuteld in een versleuteld dagboek, en ook als platte tekst onleesbaar",
        "en": "not encrypted in an encrypted journal, and unreadable as plain text too",
    },
    "check.copy_unreadable": {
        "nl": "conflictkopie die niet te lezen is: {reason}",
        "en": "conflict copy that cannot be read: {reason}",
    },
    "check.copy": {
        "nl": "conflictkopie van {original} met {entries}",
        "en": "conflict copy of {original} with {entries}",
    },
    "check.record_copy": {
        "nl": "conflictkopie van een registratiebestand",
        "en": "conflict copy of a record file",
    },
    "check.duplicate": {
        "nl": "dezelfde reflectie {id} staat in meer dan één maand: {months}",
        "en": "the same reflection {id} is in more than one month: {months}",
    },
    "check.came_back": {
        "nl": "{count} reflecties die verwijderd waren, zijn terug",
        "nl_one": "{count} reflectie die verwijderd was, is terug",
        "en": "{count} reflections that were deleted are back",
        "en_one": "{count} reflection that was deleted is back",
    },
    "check.went_back": {
        "nl": "ouder dan de laatste keer schrijven ({when}): er ontbreken {entries}; "
        "{restorable} daarvan staan in een conflictkopie",
        "en": "older than its last write ({when}): {entries} missing; "
        "{restorable} of them in a conflict copy",
    },
    "check.disappeared": {
        "nl": "verdwenen sinds de laatste keer schrijven ({when}): er ontbreken {entries}; "
        "{restorable} daarvan staan in een conflictkopie",
        "en": "gone since its last write ({when}): {entries} missing; "
        "{restorable} of them in a conflict copy",
    },
    "check.merged": {"nl": "{copies} samengevoegd", "en": "merged {copies}"},
    "check.removed_temporary": {
        "nl": "tijdelijk bestand verwijderd",
        "en": "removed the temporary file",
    },
    "check.removed_copy": {
        "nl": "conflictkopie verwijderd (gelijk aan het origineel)",
        "en": "removed the conflict copy (the same as the original)",
    },
    "check.header_restored": {
        "nl": "teruggezet uit de conflictkopie {copy}",
        "en": "restored from the conflict copy {copy}",
    },
    "check.record_merged": {
        "nl": "registratie samengevoegd met het origineel",
        "en": "record merged into the original",
    },
    "check.encrypted_month": {"nl": "maand versleuteld", "en": "encrypted the month"},
    "check.removed_came_back": {
        "nl": "{entries} die verwijderd waren, opnieuw verwijderd",
        "en": "removed {entries} that had been deleted",
    },
    "check.removed_duplicate": {
        "nl": "tweede exemplaar van {id} verwijderd; het blijft in {month}",
        "en": "removed the second copy of {id}; it stays in {month}",
    },
    "check.cannot_restore": {
        "nl": "{entries} niet terug te halen ({ids}): in geen enkele conflictkopie. Heb je een "
        "back-up, zet die dan naast de maand als '<maand> (conflicted copy backup).json' "
        "en draai 'afstand check --repair' opnieuw. afstand neemt de maand nu zoals ze is.",
        "en": "cannot bring back {entries} ({ids}): not in any conflict copy. If you have a "
        "backup, put it beside the month as '<month> (conflicted copy backup).json' and run "
        "'afstand check --repair' again. afstand now takes the month as it is.",
    },
    "check.ok": {
        "nl": "geen problemen in {files}",
        "en": "no problems in {files}",
    },
    "check.found": {
        "nl": "{problems} in {files}; {repairable} te herstellen met 'afstand check --repair'",
        "en": "{problems} in {files}; {repairable} can be repaired with 'afstand check --repair'",
    },
    "check.repaired": {"nl": "hersteld", "en": "repaired"},
    "check.not_repaired": {"nl": "niet hersteld", "en": "not repaired"},
    "check.nothing_repaired": {
        "nl": "niets te herstellen",
        "en": "nothing to repair",
    },
    "check.header_unusable": {
        "nl": "encryption.json is niet te gebruiken: {reason}",
        "en": "encryption.json cannot be used: {reason}",
    },
    "crypto.copies_left": {
        "nl": "er staat nog een conflictkopie die niet samen te voegen is: {path}",
        "en": "a conflict copy that cannot be merged is still there: {path}",
    },
    "hint.check_repair": {
        "nl": "'afstand check' zegt wat eraan scheelt; los dat eerst op",
        "en": "'afstand check' says what is wrong with it; settle that first",
    },
    "help.check": {
        "nl": "Lees elk bestand van het dagboek en de concepten en meld wat niet klopt.",
        "en": "Read every file of the journal and the drafts and report what is wrong.",
    },
    "help.check.repair": {
        "nl": "Herstel wat zonder keuze te herstellen is, en zeg wat niet.",
        "en": "Repair what can be repaired without a choice, and say what cannot.",
    },
    # drafts in a synced folder
    "draft.copies_waiting": {
        "nl": "een synchronisatieprogramma liet {count} conflictkopieën van concepten achter; "
        "ze worden samengevoegd bij de volgende 'afstand reflect' of met "
        "'afstand check --repair'.",
        "nl_one": "een synchronisatieprogramma liet {count} conflictkopie van een concept "
        "achter; die wordt samengevoegd bij de volgende 'afstand reflect' of met "
        "'afstand check --repair'.",
        "en": "a sync tool left {count} conflict copies of drafts; they are merged by the next "
        "'afstand reflect' or by 'afstand check --repair'.",
        "en_one": "a sync tool left {count} conflict copy of a draft; it is merged by the next "
        "'afstand reflect' or by 'afstand check --repair'.",
    },
    "draft.copy_merged": {
        "nl": "de conflictkopie {path} is samengevoegd met het concept",
        "en": "the conflict copy {path} is merged into its draft",
    },
    "draft.copy_apart": {
        "nl": "het concept ging op twee computers verschillend verder: de laatst bewaarde "
        "versie blijft het concept, de andere ({path}) is nu het concept {id}",
        "en": "the draft went on differently on two computers: the version saved last stays "
        "the draft, the other ({path}) is now the draft {id}",
    },
    "draft.copy_left": {
        "nl": "de conflictkopie van een concept {path} is blijven staan: {reason}",
        "en": "the conflict copy of a draft {path} was left as it is: {reason}",
    },
    "draft.copy_original_broken": {
        "nl": "het concept zelf is niet leesbaar ({reason})",
        "en": "the draft itself cannot be read ({reason})",
    },
    "check.draft_copy_of": {
        "nl": "conflictkopie van het concept {original}",
        "en": "conflict copy of the draft {original}",
    },
    # the supervision log in a synced folder
    "supervision.copies_counted": {
        "nl": "een synchronisatieprogramma liet {count} conflictkopieën van het "
        "supervisielogboek achter; ze zijn meegeteld. Voeg ze samen met "
        "'afstand check --repair'.",
        "nl_one": "een synchronisatieprogramma liet {count} conflictkopie van het "
        "supervisielogboek achter; die is meegeteld. Voeg die samen met "
        "'afstand check --repair'.",
        "en": "a sync tool left {count} conflict copies of the supervision log; they are "
        "counted in. Merge them with 'afstand check --repair'.",
        "en_one": "a sync tool left {count} conflict copy of the supervision log; it is "
        "counted in. Merge it with 'afstand check --repair'.",
    },
    "supervision.copy_merged": {
        "nl": "de conflictkopie {path} is samengevoegd in {original}",
        "en": "the conflict copy {path} is merged into {original}",
    },
    "supervision.kept_after_deletion": {
        "nl": "{what} {id} is veranderd nadat het op een andere computer werd verwijderd; "
        "het blijft bewaard",
        "en": "{what} {id} was changed after it was deleted on another computer; it is kept",
    },
    "supervision.what.series": {"nl": "de reeks", "en": "the series"},
    "supervision.what.meeting": {"nl": "de bijeenkomst", "en": "the meeting"},
    "check.series_copy": {
        "nl": "conflictkopie van de supervisiereeks {original}",
        "en": "conflict copy of the supervision series {original}",
    },
    "check.series_came_back": {
        "nl": "deze supervisiereeks is verwijderd maar door een synchronisatie teruggekomen",
        "en": "this supervision series was deleted but came back through a sync",
    },
    "check.series_removed": {
        "nl": "verwijderd: de reeks was op een andere computer verwijderd",
        "en": "removed: the series was deleted on another computer",
    },
    # a sync that is half way
    "sync.arriving": {
        "nl": "{path} is nog niet bijgewerkt: een andere computer schreef deze maand en de "
        "synchronisatie lijkt nog bezig; wacht tot ze klaar is en kijk dan met 'afstand check'",
        "en": "{path} is not up to date yet: another computer wrote this month and the sync "
        "seems to be still busy; wait until it is done, then look with 'afstand check'",
    },
    "sync.arriving_refused": {
        "nl": "{path} is nog niet bijgewerkt: een andere computer schreef deze maand en de "
        "synchronisatie lijkt nog bezig; afstand schrijft er nu niet overheen",
        "en": "{path} is not up to date yet: another computer wrote this month and the sync "
        "seems to be still busy; afstand does not write over it now",
    },
    "hint.sync_arriving": {
        "nl": "wacht tot de synchronisatie klaar is en probeer het opnieuw; helpt dat niet, "
        "draai dan 'afstand check' en pas daarna 'afstand check --repair'",
        "en": "wait until the sync is done and try again; if that does not help, run "
        "'afstand check', and only then 'afstand check --repair'",
    },
    "check.arriving": {
        "nl": "een andere computer schreef deze maand om {when} ({entries} die hier nog "
        "ontbreken), maar dat is nog niet aangekomen: de synchronisatie lijkt nog bezig. "
        "Wacht tot ze klaar is en draai 'afstand check' opnieuw; alleen als het dan nog "
        "gemeld wordt 'afstand check --repair'",
        "en": "another computer wrote this month at {when} ({entries} still missing here), "
        "but that has not arrived yet: the sync seems to be still busy. Wait until it is "
        "done and run 'afstand check' again; only if it is still reported, "
        "'afstand check --repair'",
    },
}
