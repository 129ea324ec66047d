"""Texts about input that is broken or hostile: files that are not what they should be, data
that cannot be taken in, a changed encryption header, bytes on the command line."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
    "file.not_regular": {
        "nl": "{path} is geen gewoon bestand (maar een map, apparaat of pijp)",
        "en": "{path} is not a regular file (but a folder, a device or a pipe)",
    },
    "file.none_named": {
        "nl": "er is geen bestand genoemd: de naam is leeg",
        "en": "no file was named: the name is empty",
    },
    "hint.regular_file": {
        "nl": "geef het pad van een gewoon bestand; '-' leest van stdin",
        "en": "give the path of a regular file; '-' reads from stdin",
    },
    "file.too_large": {
        "nl": "{path} is groter dan {limit}; zo groot is geen bestand dat afstand leest",
        "en": "{path} is larger than {limit}; no file that afstand reads is that large",
    },
    "data.too_deep": {
        "nl": "dieper genest dan {limit} niveaus",
        "en": "nested deeper than {limit} levels",
    },
    "data.number_too_long": {
        "nl": "een getal met duizenden cijfers",
        "en": "a number of thousands of digits",
    },
    "data.not_text": {
        "nl": "bevat tekens die geen geldige tekst zijn (een losse surrogaat)",
        "en": "holds characters that are not valid text (a lone surrogate)",
    },
    "data.too_complex": {
        "nl": "dieper genest of met langere getallen dan een config ooit nodig heeft",
        "en": "nested deeper or with longer numbers than a config ever needs",
    },
    "cli.not_utf8": {
        "nl": "het argument {argument} is geen UTF-8-tekst",
        "en": "the argument {argument} is not UTF-8 text",
    },
    "hint.not_utf8": {
        "nl": "typ het opnieuw; id's, codes en opties bestaan alleen uit gewone tekens",
        "en": "type it again; ids, codes and options consist of plain characters only",
    },
    "crypto.header_missing": {
        "nl": "{path} is versleuteld, maar {header} ontbreekt; er wordt niets geschreven",
        "en": "{path} is encrypted, but {header} is missing; nothing is written",
    },
    "hint.header_missing": {
        "nl": "zet {header} terug uit je back-up of van de andere computer (synchronisatie); "
        "zonder dat bestand is het dagboek niet te lezen",
        "en": "restore {header} from your backup or from the other computer (sync); "
        "without that file the journal cannot be read",
    },
    "crypto.bad_parameters": {
        "nl": "{path} is veranderd: de waarden erin zijn niet wat afstand schrijft",
        "en": "{path} was changed: its values are not what afstand writes",
    },
    "hint.crypto_parameters": {
        "nl": "zet {path} terug uit je back-up; afstand probeert geen onveilige of "
        "onmogelijke waarden (zie docs/privacy.md)",
        "en": "restore {path} from your backup; afstand does not try unsafe or impossible "
        "values (see docs/privacy.md)",
    },
    "crypto.param_not_int": {
        "nl": "moet een geheel getal zijn, niet {value}",
        "en": "must be a whole number, not {value}",
    },
    "crypto.param_range": {
        "nl": "{value} ligt buiten {low} tot en met {high}",
        "en": "{value} is outside {low} to {high}",
    },
    "crypto.param_power": {
        "nl": "{value} is geen macht van twee",
        "en": "{value} is not a power of two",
    },
    "crypto.param_cost": {
        "nl": "n={n}, r={r}, p={p} kost meer geheugen of tijd dan afstand toestaat",
        "en": "n={n}, r={r}, p={p} costs more memory or time than afstand allows",
    },
    "crypto.param_name": {
        "nl": "onbekende sleutelafleiding {value} (afstand gebruikt scrypt)",
        "en": "unknown key derivation {value} (afstand uses scrypt)",
    },
    "crypto.param_salt": {
        "nl": "ontbreekt of is geen base64 van minstens {low} bytes",
        "en": "is missing or not base64 of at least {low} bytes",
    },
    "crypto.param_check": {
        "nl": "ontbreekt, is ingekort of is geen controlewaarde van afstand",
        "en": "is missing, shortened or not an afstand check value",
    },
    "draft.bad_id": {
        "nl": "{id} is geen id van een concept; er is niets verwijderd",
        "en": "{id} is not a draft id; nothing was removed",
    },
    "draft.name_mismatch": {
        "nl": "het id {id} in het bestand is niet de naam van het bestand",
        "en": "the id {id} in the file is not the file's name",
    },
    "check.control_characters": {
        "nl": "bevat stuurtekens (zoals ESC), die een terminal als opdracht leest",
        "en": "holds control characters (such as ESC), which a terminal reads as commands",
    },
    "import.bad_id": {
        "nl": "{value} is geen id zoals afstand die schrijft",
        "en": "{value} is not an id as afstand writes them",
    },
    "import.wording_key": {
        "nl": "staat niet onder de sleutel die bij de inhoud hoort (de hash ervan)",
        "en": "is not under the key that belongs to its content (its hash)",
    },
    "import.bad_value": {
        "nl": "past niet bij een vraag van het type {type}",
        "en": "does not fit a question of type {type}",
    },
    "storage.busy": {
        "nl": "een ander afstand-proces versleutelt of ontsleutelt het dagboek, of gebruikt "
        "het nog terwijl dat zou beginnen; er is niets veranderd",
        "en": "another afstand process is encrypting or decrypting the journal, or still using "
        "it while that would start; nothing was changed",
    },
    "hint.busy": {
        "nl": "probeer het opnieuw als die opdracht klaar is",
        "en": "try again when that command is done",
    },
    "prompt.not_text": {
        "nl": "dat is geen geldige tekst (bytes die geen UTF-8 zijn); typ het opnieuw",
        "en": "that is not valid text (bytes that are not UTF-8); type it again",
    },
    "prompt.editor_not_utf8": {
        "nl": "{editor} bewaarde tekst die geen UTF-8 is; er is niets overgenomen",
        "en": "{editor} saved text that is not UTF-8; nothing was taken over",
    },
    "hint.editor_utf8": {
        "nl": "bewaar het bestand in je editor als UTF-8",
        "en": "save the file as UTF-8 in your editor",
    },
    "prompt.editor_no_file": {
        "nl": "{editor} liet geen bestand achter om te lezen (het is verwijderd of door een map "
        "vervangen); er is niets overgenomen",
        "en": "{editor} left no file to read back (it was removed or replaced by a folder); "
        "nothing was taken over",
    },
    "hint.editor_file": {
        "nl": "bewaar je wijzigingen in hetzelfde bestand dat de editor opende",
        "en": "save your changes in the same file the editor opened",
    },
}
