"""Texts of `afstand export` and `afstand import`, and of the documents they write."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
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
        "nl": "Vervang cliëntcodes door C1, C2, … (ook in cijfers, grafieken en notities); "
        "standaard voor Markdown en HTML, --real-codes houdt de echte codes.",
        "en": "Replace client codes by C1, C2, … (also in figures, charts and notes); the "
        "default for Markdown and HTML, --real-codes keeps the real codes.",
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
        "nl_one": "{count} reflectie geschreven naar {path} ({format}).",
        "en": "Wrote {count} reflections to {path} ({format}).",
        "en_one": "Wrote {count} reflection to {path} ({format}).",
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
    "export.output_own_folder": {
        "nl": "{path} ligt in de eigen map van afstand",
        "en": "{path} lies in afstand's own folder",
    },
    "hint.export_output_own": {
        "nl": "schrijf een export buiten de map van het dagboek, bijvoorbeeld in je documentenmap",
        "en": "write an export outside the journal's folder, for example in your documents",
    },
    "export.output_special": {
        "nl": "{path} is geen gewoon bestand",
        "en": "{path} is not a regular file",
    },
    "export.pdf": {
        "nl": "afstand maakt zelf geen PDF ({path})",
        "en": "afstand does not write PDF itself ({path})",
    },
    "hint.export_pdf": {
        "nl": "maak HTML (afstand export -o supervisie.html), open die in je browser en kies "
        "Afdrukken → Opslaan als PDF",
        "en": "make HTML (afstand export -o supervision.html), open it in your browser and "
        "choose Print → Save as PDF",
    },
    "export.suffix_mismatch": {
        "nl": "de extensie van {path} past niet bij --format {format}",
        "en": "the extension of {path} does not match --format {format}",
    },
    "hint.export_suffix": {
        "nl": "geef het bestand de extensie {suffix}, of laat --format weg en laat de "
        "extensie kiezen",
        "en": "give the file the extension {suffix}, or leave out --format and let the "
        "extension choose",
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
        "nl": "{entries} over {clients}, {per_week} per week",
        "en": "{entries} about {clients}, {per_week} per week",
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
        "nl": "De balans tussen afstand en nabijheid per {unit}: aantal antwoorden",
        "en": "The balance between distance and closeness per {unit}: number of answers",
    },
    "export.chart.balance.desc": {
        "nl": "Staafgrafiek per {unit} van {start} tot {end}: hoeveel antwoorden te "
        "afstandelijk, in evenwicht en te dichtbij waren; in totaal {low}, {middle} en {high} "
        "van {total}.",
        "en": "Bar chart per {unit} from {start} to {end}: how many answers were too distant, "
        "balanced and too close; in all {low}, {middle} and {high} of {total}.",
    },
    "export.chart.poles": {
        "nl": "Type I en Type II per {unit}",
        "en": "Type I and Type II per {unit}",
    },
    "export.chart.poles.desc": {
        "nl": "Staafgrafiek per {unit} van het deel (in procent) van de reflecties die ernaar "
        "vroegen met signalen van Type I (te veel afstand) en van Type II (te veel "
        "nabijheid), van {start} tot {end}: in totaal Type I in {distance} en Type II in "
        "{proximity} van {total} reflecties.",
        "en": "Bar chart per {unit} of the share (in per cent) of the reflections that asked "
        "with Type I signals (too much distance) and with Type II signals (too much "
        "closeness), from {start} to {end}: in all Type I in {distance} and Type II in "
        "{proximity} of {total} reflections.",
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
    "import.duplicate_id_at": {
        "nl": "de id {id} staat ook in {place}",
        "en": "the id {id} is also in {place}",
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
        "nl": "{path}: {added} toegevoegd, {skipped} al aanwezig, {conflicts}, {replaced} "
        "vervangen.",
        "en": "{path}: {added} added, {skipped} already present, {conflicts}, {replaced} replaced.",
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
    "pull.counts": {
        "nl": "iets uitgelokt in {felt}, daarin meegegaan in {along}",
        "en": "pull felt in {felt}, went along in {along}",
    },
    "short.affiliation": {"nl": "afstand ↔ nabijheid", "en": "distance ↔ closeness"},
    "short.control": {"nl": "volgen ↔ sturen", "en": "following ↔ directing"},
    "short.pull": {"nl": "uitgelokt", "en": "pull"},
    "short.signals": {"nl": "signalen", "en": "signals"},
    "short.message": {"nl": "boodschap", "en": "message"},
    "short.went_along": {"nl": "meegegaan", "en": "went along"},
    "short.role": {"nl": "rol", "en": "role"},
    "short.source": {"nl": "bron", "en": "source"},
    "short.touch": {"nl": "aanraking", "en": "touch"},
    "export.course": {"nl": "Verloop per cliënt", "en": "Course per client"},
    "export.circle": {
        "nl": "De interpersoonlijke cirkel (Kiesler)",
        "en": "The interpersonal circle (Kiesler)",
    },
    "export.evidence": {
        "nl": "Aandachtspunten met hun bewijs",
        "en": "Attention points with their evidence",
    },
    "export.table.reflection": {"nl": "Reflectie", "en": "Reflection"},
    "export.table.answers": {"nl": "Antwoorden in het kort", "en": "Answers in short"},
    "export.full_wording": {
        "nl": "De antwoorden staan hier in het kort; de volledige vragen staan in de "
        "JSON-export (afstand export --format json).",
        "en": "The answers are shown in short; the full questions are in the JSON export "
        "(afstand export --format json).",
    },
    "export.chart.poles.share": {
        "nl": "Type I en Type II per {unit}, als deel van de reflecties die het vroegen",
        "en": "Type I and Type II per {unit}, as a share of the reflections that asked",
    },
    "export.table.client": {"nl": "Cliënt", "en": "Client"},
    "export.table.reflections": {"nl": "Reflecties", "en": "Reflections"},
    "export.table.span": {"nl": "Van … tot", "en": "From … to"},
    "export.table.note": {"nl": "Notitie", "en": "Note"},
}
