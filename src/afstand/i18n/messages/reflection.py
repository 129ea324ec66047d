"""Texts of the reflection: answers and answers files, `afstand reflect`, and its prompts."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
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
        "nl": "onbekende opties {values}; kies uit: {options}",
        "nl_one": "onbekende optie {values}; kies uit: {options}",
        "en": "unknown options {values}; choose from: {options}",
        "en_one": "unknown option {values}; choose from: {options}",
    },
    "answer.checklist_duplicate": {
        "nl": "een optie staat er meer dan eens in",
        "en": "an option is given more than once",
    },
    "answer.yesno": {"nl": "geef true of false", "en": "give true or false"},
    "answer.text": {"nl": "geef een tekst", "en": "give a text"},
    "answer.too_long": {"nl": "langer dan {limit} tekens", "en": "longer than {limit} characters"},
    "answers.cut_by_comment": {
        "nl": "een tekst is afgebroken door een #: YAML leest de rest van de regel als "
        "commentaar; er is niets opgeslagen",
        "en": "a text is cut off by a #: YAML reads the rest of the line as a comment; "
        "nothing was saved",
    },
    "answers.cut_here": {
        "nl": "zou eindigen vóór {text!r}",
        "en": "would end before {text!r}",
    },
    "hint.block_text": {
        "nl": "zet de tekst in een blok (note: | en de tekst ingesprongen op de regels eronder)"
        " of tussen aanhalingstekens",
        "en": "put the text in a block (note: | and the text indented on the lines below) or "
        "in quotes",
    },
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
    # reflect
    "reflect.supervision_question_unused": {
        "nl": "de vraag voor supervisie ({question!r}) is niet bewaard: het bestand zegt niet "
        "'supervision: true'",
        "en": "the question for supervision ({question!r}) is not saved: the file does not say "
        "'supervision: true'",
    },
    "reflect.no_terminal": {
        "nl": "reflect stelt zijn vragen in een terminal, maar de invoer is geen terminal",
        "en": "reflect asks its questions in a terminal, but the input is not a terminal",
    },
    "hint.answers_file": {
        "nl": "bewaar zonder vragen met: afstand reflect --answers FILE (of - voor stdin)",
        "en": "save without prompts with: afstand reflect --answers FILE (or - for stdin)",
    },
    # two phases: --quick right after a session, --deepen later
    "reflect.options_clash": {
        "nl": "{option} past niet bij {other}",
        "en": "{option} does not go with {other}",
    },
    "hint.deepen_keeps": {
        "nl": "verdiepen houdt de cliënt en de datum van de snelle reflectie; verander ze "
        "daarna met: afstand edit ID --client ... --date ...",
        "en": "deepening keeps the client and date of the quick reflection; change them "
        "afterwards with: afstand edit ID --client ... --date ...",
    },
    "reflect.not_quick": {
        "nl": "reflectie {id} is al compleet: er is niets te verdiepen",
        "en": "reflection {id} is already complete: there is nothing to deepen",
    },
    "hint.edit_entry": {
        "nl": "een antwoord veranderen kan met: afstand edit {id}",
        "en": "to change an answer: afstand edit {id}",
    },
    "reflect.deepen_resumed": {
        "nl": "Verder met het verdiepen van reflectie {id}, waar je gebleven was.",
        "en": "Going on deepening reflection {id}, where you left off.",
    },
    "reflect.saved_quick": {
        "nl": "Snelle reflectie {id} bewaard: {client}, {date} ({answers}).",
        "en": "Saved quick reflection {id}: {client}, {date} ({answers}).",
    },
    "reflect.deepened": {
        "nl": "Reflectie {id} verdiept en bewaard: {client}, {date} ({answers}).",
        "en": "Deepened and saved reflection {id}: {client}, {date} ({answers}).",
    },
    "hint.deepen": {
        "nl": "verdiep haar later met: afstand reflect --deepen {id}",
        "en": "deepen it later with: afstand reflect --deepen {id}",
    },
    "reflect.saved": {
        "nl": "Reflectie {id} bewaard: {client}, {date} ({answers}).",
        "en": "Saved reflection {id}: {client}, {date} ({answers}).",
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
    "reflect.drafts_header": {
        "nl": "Onafgemaakte reflecties:",
        "en": "Unfinished reflections:",
    },
    "reflect.draft_line": {
        "nl": "{client}  sessie {date}  begonnen {started}  {answers}  (id {id})",
        "en": "{client}  session {date}  started {started}  {answers}  (id {id})",
    },
    "reflect.draft_quick": {"nl": "(snel)", "en": "(quick)"},
    "reflect.draft_deepens": {"nl": "(verdieping van {id})", "en": "(deepening {id})"},
    "reflect.choose_draft": {
        "nl": "Een nummer gaat verder met die reflectie, n begint een nieuwe, w en een nummer "
        "gooit er een weg (w2) [{default}] >",
        "en": "A number resumes that reflection, n starts a new one, d and a number discards "
        "one (d2) [{default}] >",
    },
    "reflect.choose_problem": {
        "nl": "antwoord een nummer van 1 tot en met {count}, n, of w en een nummer",
        "en": "answer a number from 1 to {count}, n, or d and a number",
    },
    "reflect.new_key": {"nl": "n", "en": "n"},
    "reflect.discard_key": {"nl": "w", "en": "d"},
    "reflect.draft_options_unused": {
        "nl": "deze reflectie gaat over {client} ({date}); --client, --date en --set gelden "
        "alleen voor een nieuwe",
        "en": "this reflection is about {client} ({date}); --client, --date and --set apply "
        "to a new one only",
    },
    "reflect.several_drafts": {
        "nl": "er zijn {count} onafgemaakte reflecties; zeg welke",
        "en": "there are {count} unfinished reflections; say which one",
    },
    "hint.name_draft": {
        "nl": "geef het id (of de cliëntcode) mee, bv. afstand reflect {option} {id}",
        "en": "give its id (or client code), e.g. afstand reflect {option} {id}",
    },
    "reflect.no_such_draft": {
        "nl": "geen onafgemaakte reflectie past bij {key!r}",
        "en": "no unfinished reflection matches {key!r}",
    },
    "reflect.kept_as_draft": {
        "nl": "Je antwoorden zijn bewaard als concept ({answers}).",
        "en": "Your answers are kept as a draft ({answers}).",
    },
    "reflect.nothing_kept": {
        "nl": "Gestopt. Er was nog niets beantwoord, dus er is geen concept.",
        "en": "Stopped. Nothing was answered yet, so there is no draft.",
    },
    "hint.resume": {
        "nl": "ga verder met: afstand reflect --resume {id}",
        "en": "resume with: afstand reflect --resume {id}",
    },
    "reflect.option_with_answers": {
        "nl": "{option} past niet bij --answers: het antwoordbestand zegt zelf welke sets het "
        "beantwoordt",
        "en": "{option} does not go with --answers: the answers file says itself which sets "
        "it answers",
    },
    "reflect.draft_kept_after_error": {
        "nl": "je antwoorden blijven bewaard als concept: afstand reflect --resume {id}",
        "en": "your answers stay kept as a draft: afstand reflect --resume {id}",
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
    "editor.stale_removed": {
        "nl": "{count} kladbestanden van een afgebroken bewerking verwijderd.",
        "nl_one": "{count} kladbestand van een afgebroken bewerking verwijderd.",
        "en": "Removed {count} scratch files left by an interrupted edit.",
        "en_one": "Removed {count} scratch file left by an interrupted edit.",
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
    "prompt.keys": {
        "nl": "Toetsen: ← → Home End bewerken de regel · ↑ ↓ wat je eerder typte · Tab vult aan"
        " · < vorige vraag · ? meer bij de vraag · :e je editor · Ctrl-C stopt (je antwoorden"
        " blijven een concept)",
        "en": "Keys: ← → Home End edit the line · ↑ ↓ what you typed before · Tab completes"
        " · < previous question · ? more on the question · :e your editor · Ctrl-C stops"
        " (your answers stay a draft)",
    },
    "prompt.keys_plain": {
        "nl": "Typ < voor de vorige vraag, ? voor meer bij de vraag, :e voor je editor. Enter "
        "houdt het antwoord tussen haakjes. Ctrl-C stopt; je antwoorden blijven een concept.",
        "en": "Type < for the previous question, ? for more on the question, :e for your "
        "editor. Enter keeps the answer in brackets. Ctrl-C stops; your answers stay a draft.",
    },
    "prompt.set_heading": {
        "nl": "Vragenset {number} van {total}: {title}",
        "en": "Question set {number} of {total}: {title}",
    },
    "prompt.first_question": {
        "nl": "dit is de eerste vraag; er is geen vorige",
        "en": "this is the first question; there is none before it",
    },
    "prompt.summary": {"nl": "Samenvatting", "en": "Summary"},
    "prompt.change_hint": {
        "nl": "(of het nummer van een antwoord om het te wijzigen) >",
        "en": "(or the number of an answer to change it) >",
    },
    "prompt.review_choice": {
        "nl": "antwoord j (bewaren), n (later verder) of een nummer van 1 tot en met {count}",
        "en": "answer y (save), n (go on later) or a number from 1 to {count}",
    },
    "prompt.confirm": {"nl": "Deze reflectie bewaren?", "en": "Save this reflection?"},
    "word.yes": {"nl": "ja", "en": "yes"},
    "word.no": {"nl": "nee", "en": "no"},
}
