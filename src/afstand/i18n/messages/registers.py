"""Texts of the register profiles, `afstand hours`, `afstand evidence`, `afstand registers`
and the documents and calendar they write."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
    # help texts
    "help.hours": {
        "nl": "Toon per register welke uren meetellen, welke niet en waarom, en wat nog nodig is.",
        "en": "Show per register which hours count, which do not and why, and what is still "
        "needed.",
    },
    "help.hours.register": {
        "nl": "Een register-id (herhaalbaar; standaard: registers in de config).",
        "en": "A register id (repeatable; default: registers in the config).",
    },
    "help.hours.activities": {
        "nl": "Een YAML- of JSON-bestand met activiteiten buiten het supervisielogboek.",
        "en": "A YAML or JSON file of activities kept outside the supervision log.",
    },
    "help.hours.ics": {
        "nl": "Schrijf de einddata als iCalendar-bestand voor je eigen agenda.",
        "en": "Write the due dates as an iCalendar file for your own calendar.",
    },
    "help.hours.date": {
        "nl": "Reken alsof het deze dag is (JJJJ-MM-DD; standaard vandaag).",
        "en": "Count as if it were this day (YYYY-MM-DD; default today).",
    },
    "help.evidence": {
        "nl": "Schrijf een bewijsstuk voor een register: presentielijst, verklaring, formulier.",
        "en": "Write evidence for a register: attendance list, statement, form.",
    },
    "help.evidence.document": {
        "nl": "attendance, statement, dimensions, monthly-log, reflective-account, "
        "discussion-record of cpd-list.",
        "en": "attendance, statement, dimensions, monthly-log, reflective-account, "
        "discussion-record or cpd-list.",
    },
    "help.evidence.register": {
        "nl": "Het register (standaard: het eerste in de config).",
        "en": "The register (default: the first in the config).",
    },
    "help.evidence.format": {
        "nl": "markdown, html of csv (standaard: naar de extensie van -o, anders markdown).",
        "en": "markdown, html or csv (default: from the extension of -o, else markdown).",
    },
    "help.evidence.words": {
        "nl": "YAML met je eigen woorden per reeks voor de drie dimensies van SKJ.",
        "en": "YAML with your own words per series for SKJ's three dimensions.",
    },
    "help.registers": {
        "nl": "De registerprofielen: bekijken en controleren.",
        "en": "The register profiles: look at them and check them.",
    },
    "help.registers.list": {
        "nl": "Toon de meegeleverde registerprofielen en je eigen.",
        "en": "List the shipped register profiles and your own.",
    },
    "help.registers.show": {"nl": "Toon een registerprofiel.", "en": "Show a register profile."},
    "help.registers.validate": {
        "nl": "Controleer YAML-bestanden met registerprofielen en meld alle problemen.",
        "en": "Check YAML files with register profiles and report every problem.",
    },
    "help.registers.id": {
        "nl": "De id van het register (zie 'afstand registers list').",
        "en": "The id of the register (see 'afstand registers list').",
    },
    "paths.registers": {"nl": "eigen registerprofielen", "en": "own register profiles"},
    # config
    "config.registers": {
        "nl": "moet een tabel zijn: [registers] met per register id = JJJJ-MM-DD",
        "en": "must be a table: [registers] with a line id = YYYY-MM-DD per register",
    },
    "config.register_date": {
        "nl": "{value} is geen datum (JJJJ-MM-DD)",
        "en": "{value} is not a date (YYYY-MM-DD)",
    },
    # profiles: loading and checking
    "registers.not_found": {
        "nl": "er is geen registerprofiel '{id}'",
        "en": "there is no register profile '{id}'",
    },
    "hint.registers_known": {
        "nl": "bekende registers: {ids} (afstand registers list)",
        "en": "known registers: {ids} (afstand registers list)",
    },
    "registers.invalid": {
        "nl": "het registerprofiel {path} is ongeldig",
        "en": "the register profile {path} is invalid",
    },
    "registers.invalid_named": {
        "nl": "het registerprofiel '{id}' in {path} is ongeldig",
        "en": "the register profile '{id}' in {path} is invalid",
    },
    "hint.registers_validate": {
        "nl": "afstand registers validate {path} toont alle problemen",
        "en": "afstand registers validate {path} shows every problem",
    },
    "registers.duplicate_id": {
        "nl": "de id '{id}' staat al in {other}",
        "en": "the id '{id}' is already used by {other}",
    },
    "registers.not_mapping": {
        "nl": "een registerprofiel is een mapping (sleutel: waarde)",
        "en": "a register profile is a mapping (key: value)",
    },
    "registers.check.credit_rule": {
        "nl": "geef óf factor óf divide_by_size: true",
        "en": "give either factor or divide_by_size: true",
    },
    "registers.check.credit_sizes": {
        "nl": "to_size is kleiner dan from_size",
        "en": "to_size is smaller than from_size",
    },
    "registers.check.credit_overlap": {
        "nl": "deze groepsgrootte valt al onder een eerdere regel",
        "en": "this group size is already covered by an earlier rule",
    },
    "registers.check.open_band": {
        "nl": "alleen de laatste regel mag zonder to_size",
        "en": "only the last rule may leave out to_size",
    },
    "registers.check.sizes_order": {
        "nl": "de groepsgroottes moeten oplopen en elk één keer voorkomen",
        "en": "the group sizes must go up and appear once each",
    },
    "registers.check.hours_need_period": {
        "nl": "uren zijn alleen te tellen binnen een periode: voeg period.months toe",
        "en": "hours can only be counted within a period: add period.months",
    },
    "registers.check.series_order": {
        "nl": "max_meetings is kleiner dan min_meetings",
        "en": "max_meetings is smaller than min_meetings",
    },
    "registers.check.monthly_log": {
        "nl": "{document} vraagt om een maandminimum (monthly.minimum_minutes)",
        "en": "{document} needs a monthly minimum (monthly.minimum_minutes)",
    },
    "registers.check.duplicate_document": {
        "nl": "een document staat er twee keer in",
        "en": "a document is listed twice",
    },
    "registers.validate.ok": {"nl": "{path}: in orde", "en": "{path}: valid"},
    "registers.validate.summary": {
        "nl": "{files}: {invalid} ongeldig",
        "en": "{files}: {invalid} invalid",
    },
    "registers.skipped_invalid": {
        "nl": "{path} is ongeldig en wordt niet gebruikt (afstand registers validate {path})",
        "en": "{path} is invalid and not used (afstand registers validate {path})",
    },
    "registers.column.id": {"nl": "id", "en": "id"},
    "registers.column.name": {"nl": "register", "en": "register"},
    "registers.column.origin": {"nl": "herkomst", "en": "origin"},
    "registers.origin.built-in": {"nl": "meegeleverd", "en": "built-in"},
    "registers.origin.user": {"nl": "eigen", "en": "own"},
    "registers.replaces": {"nl": "vervangt het meegeleverde", "en": "replaces the built-in one"},
    # activities
    "registers.activity_times": {
        "nl": "het eind ligt niet na het begin",
        "en": "the end is not after the start",
    },
    "registers.activities_invalid": {
        "nl": "het activiteitenbestand {path} is ongeldig; er is niets gebruikt",
        "en": "the activities file {path} is invalid; nothing was used",
    },
    "registers.activities_shape": {
        "nl": "het bestand is een mapping met de sleutel activities (een lijst)",
        "en": "the file is a mapping with the key activities (a list)",
    },
    "hint.activities": {
        "nl": "elke activiteit heeft date, minutes en kind; zie de README (Uren die tellen)",
        "en": "each activity has date, minutes and kind; see the README (Hours that count)",
    },
    "registers.words_invalid": {
        "nl": "het bestand met woorden {path} is ongeldig",
        "en": "the file of words {path} is invalid",
    },
    "hint.words": {
        "nl": "per reeks-id: technical-instrumental, normative en personal, elk een tekst",
        "en": "per series id: technical-instrumental, normative and personal, each a text",
    },
    # what afstand hours and evidence say
    "registers.none_chosen": {
        "nl": "je hebt nog geen register gekozen",
        "en": "you have not chosen a register yet",
    },
    "hint.registers_config": {
        "nl": "zet in {path} [registers] en daaronder skj = JJJJ-MM-DD (het begin van je "
        "periode), of geef --register skj (afstand registers list toont ze)",
        "en": "put in {path} [registers] and below it skj = YYYY-MM-DD (the start of your "
        "period), or give --register skj (afstand registers list shows them)",
    },
    "registers.hours.period": {
        "nl": "Periode {start} t/m {end}",
        "en": "Period {start} to {end}",
    },
    "registers.hours.months_left": {
        "nl": "nog {months}",
        "en": "{months} left",
    },
    "registers.hours.period_over": {"nl": "afgelopen", "en": "over"},
    "registers.hours.no_start": {
        "nl": "Het begin van je periode is niet bekend: alles tot vandaag telt nu mee.",
        "en": "The start of your period is not known: everything up to today counts for now.",
    },
    "hint.register_start": {
        "nl": "zet in {path}: [registers] en daaronder {id} = JJJJ-MM-DD, of geef --since",
        "en": "put in {path}: [registers] and below it {id} = YYYY-MM-DD, or give --since",
    },
    "help.hours.since": {
        "nl": "Het begin van de periode (JJJJ-MM-DD), in plaats van dat in de config.",
        "en": "The start of the period (YYYY-MM-DD), instead of the one in the config.",
    },
    "registers.hours.counted": {
        "nl": "Telt mee: {hours} uur in {meetings}",
        "en": "Counts: {hours} hours in {meetings}",
        "nl_one": "Telt mee: {hours} uur in {meetings}",
        "en_one": "Counts: {hours} hour in {meetings}",
    },
    "registers.hours.counted_points": {
        "nl": "Telt mee: {hours} punten in {meetings}",
        "en": "Counts: {hours} points in {meetings}",
        "nl_one": "Telt mee: {hours} punt in {meetings}",
        "en_one": "Counts: {hours} point in {meetings}",
    },
    "registers.hours.required": {
        "nl": "Gevraagd: {required} uur; nog nodig: {remaining} uur vóór {end}",
        "en": "Asked: {required} hours; still needed: {remaining} hours by {end}",
    },
    "registers.hours.pace": {
        "nl": "dat is ongeveer {hours} uur per maand",
        "en": "that is about {hours} hours a month",
    },
    "registers.hours.complete": {
        "nl": "Gevraagd: {required} uur: gehaald.",
        "en": "Asked: {required} hours: reached.",
    },
    "registers.hours.no_minimum": {
        "nl": "Dit profiel noemt geen minimum; kijk in de regels van je register.",
        "en": "This profile names no minimum; see your register's rules.",
    },
    "registers.hours.not_counted": {
        "nl": "Telt niet mee ({count}):",
        "en": "Does not count ({count}):",
    },
    "registers.hours.months_short": {
        "nl": "Maanden onder het minimum van {minimum} uur: {count}",
        "en": "Months below the minimum of {minimum} hours: {count}",
    },
    "registers.hours.month_line": {
        "nl": "{month}: {hours} van {minimum} uur",
        "en": "{month}: {hours} of {minimum} hours",
    },
    "registers.hours.more": {
        "nl": "… en {count} eerdere (--json toont ze allemaal)",
        "en": "… and {count} earlier (--json lists them all)",
    },
    "registers.hours.this_month": {
        "nl": "Deze maand tot nu toe: {hours} van {minimum} uur",
        "en": "This month so far: {hours} of {minimum} hours",
    },
    "registers.hours.gaps": {
        "nl": "Gaten van {months} of meer zonder activiteit ({count}):",
        "en": "Gaps of {months} or more without an activity ({count}):",
    },
    "registers.hours.series": {
        "nl": "Reeksen (gevraagd {minimum} tot {maximum} bijeenkomsten):",
        "en": "Series (asked: {minimum} to {maximum} meetings):",
    },
    "registers.hours.series_line": {
        "nl": "{title}: {meetings}",
        "en": "{title}: {meetings}",
    },
    "registers.hours.series_unfit": {"nl": "buiten de grenzen", "en": "outside the limits"},
    "registers.hours.rules_change": {
        "nl": "Registers passen hun regels aan. Dit profiel is gecontroleerd op {checked} "
        "({source}); kijk de actuele regels van je register na.",
        "en": "Registers change their rules. This profile was checked in {checked} "
        "({source}); check your register's current rules.",
    },
    "registers.evidence.written": {
        "nl": "{document} voor {register} geschreven naar {path}",
        "en": "{document} for {register} written to {path}",
    },
    "registers.evidence.not_for_register": {
        "nl": "{register} noemt {document} niet als bewijs; het wordt toch gemaakt",
        "en": "{register} does not list {document} as evidence; it is made anyway",
    },
    "registers.document_unknown": {
        "nl": "onbekend document '{name}'",
        "en": "unknown document '{name}'",
    },
    "registers.ics.written": {
        "nl": "{count} einddata geschreven naar {path}",
        "en": "{count} due dates written to {path}",
        "nl_one": "{count} einddatum geschreven naar {path}",
        "en_one": "{count} due date written to {path}",
    },
    "registers.ics.name": {"nl": "afstand: einddata", "en": "afstand: due dates"},
    "registers.ics.period_end": {
        "nl": "{register}: einde registratieperiode",
        "en": "{register}: end of registration period",
    },
    "registers.ics.remaining": {
        "nl": "Nog nodig: {hours} uur.",
        "en": "Still needed: {hours} hours.",
    },
    # the one-line summary
    "registers.line.none": {
        "nl": "geen register gekozen",
        "en": "no register chosen",
    },
    "registers.line.no_start": {
        "nl": "{register}: begin van de periode onbekend",
        "en": "{register}: start of the period unknown",
    },
    "registers.line.hours": {
        "nl": "{counted} van {required} uur, nog {remaining} vóór {end}",
        "en": "{counted} of {required} hours, {remaining} to go by {end}",
    },
    "registers.line.done": {
        "nl": "{counted} van {required} uur, gehaald",
        "en": "{counted} of {required} hours, reached",
    },
    "registers.line.ended": {
        "nl": "periode afgelopen op {end} met {counted} van {required} uur",
        "en": "period ended on {end} with {counted} of {required} hours",
    },
    "registers.line.hours_only": {
        "nl": "{counted} uur",
        "en": "{counted} hours",
        "nl_one": "{counted} uur",
        "en_one": "{counted} hour",
    },
    "registers.line.points_only": {
        "nl": "{counted} punten",
        "en": "{counted} points",
        "nl_one": "{counted} punt",
        "en_one": "{counted} point",
    },
    "registers.line.months_short": {
        "nl": "{count} maanden onder het minimum",
        "en": "{count} months below the minimum",
        "nl_one": "{count} maand onder het minimum",
        "en_one": "{count} month below the minimum",
    },
    "registers.line.gaps": {
        "nl": "{count} gaten om toe te lichten",
        "en": "{count} gaps to explain",
        "nl_one": "{count} gat om toe te lichten",
        "en_one": "{count} gap to explain",
    },
    "registers.line.series": {
        "nl": "{fit} van {series} op lengte",
        "en": "{fit} of {series} the right length",
    },
    # nouns
    "noun.meeting": {
        "nl": "{count} bijeenkomsten",
        "en": "{count} meetings",
        "nl_one": "{count} bijeenkomst",
        "en_one": "{count} meeting",
    },
    "noun.activity": {
        "nl": "{count} activiteiten",
        "en": "{count} activities",
        "nl_one": "{count} activiteit",
        "en_one": "{count} activity",
    },
    "noun.series": {
        "nl": "{count} reeksen",
        "en": "{count} series",
        "nl_one": "{count} reeks",
        "en_one": "{count} series",
    },
    # kinds, modes, reasons
    "registers.kind.supervision": {"nl": "supervisie", "en": "supervision"},
    "registers.kind.intervision": {"nl": "intervisie", "en": "intervision"},
    "registers.kind.werkbegeleiding": {"nl": "werkbegeleiding", "en": "werkbegeleiding"},
    "registers.kind.peer-consultation": {"nl": "collegiale consultatie", "en": "peer consultation"},
    "registers.kind.coaching": {"nl": "coaching", "en": "coaching"},
    "registers.kind.case-discussion": {"nl": "casuïstiekbespreking", "en": "case discussion"},
    "registers.kind.peer-review": {"nl": "intercollegiale toetsing", "en": "peer review"},
    "registers.kind.reflective-discussion": {
        "nl": "reflectief gesprek",
        "en": "reflective discussion",
    },
    "registers.kind.training": {"nl": "scholing", "en": "training"},
    "registers.kind.self-reflection": {"nl": "zelfreflectie", "en": "self-reflection"},
    "registers.mode.in-person": {"nl": "face-to-face", "en": "in person"},
    "registers.mode.online": {"nl": "online", "en": "online"},
    "registers.reason.kind": {
        "nl": "deze soort telt niet voor dit register",
        "en": "this kind does not count for this register",
    },
    "registers.reason.self-reflection": {
        "nl": "zelfreflectie alleen telt niet",
        "en": "self-reflection alone does not count",
    },
    "registers.reason.planned": {"nl": "nog niet gehouden", "en": "not held yet"},
    "registers.reason.before-period": {
        "nl": "vóór het begin van de periode",
        "en": "before the period started",
    },
    "registers.reason.after-period": {
        "nl": "na het einde van de periode",
        "en": "after the period ended",
    },
    "registers.reason.online": {
        "nl": "online, en alleen face-to-face telt",
        "en": "online, and only face-to-face counts",
    },
    "registers.reason.too-short": {
        "nl": "te kort: minstens {minimum} minuten",
        "en": "too short: at least {minimum} minutes",
    },
    # the documents
    "registers.doc.attendance": {"nl": "Presentielijst", "en": "Attendance list"},
    "registers.doc.statement": {
        "nl": "Verklaring van supervisie en intervisie",
        "en": "Statement of supervision and intervision",
    },
    "registers.doc.dimensions": {
        "nl": "Reflectie per reeks: drie dimensies",
        "en": "Reflection per series: three dimensions",
    },
    "registers.doc.dimensions_about": {
        "nl": "Per reeks in je eigen woorden: technisch-instrumenteel, normatief, persoonlijk.",
        "en": "Per series in your own words: technical-instrumental, normative, personal.",
    },
    "registers.doc.monthly_log": {"nl": "Supervisie per maand", "en": "Monthly supervision log"},
    "registers.doc.reflective_account": {
        "nl": "Reflectieve verslagen",
        "en": "Reflective accounts",
    },
    "registers.doc.account_about": {
        "nl": "Vijf verslagen; schrijf ze zonder iets dat een persoon herkenbaar maakt.",
        "en": "Five accounts; write them without anything that identifies a person.",
    },
    "registers.doc.account": {
        "nl": "Reflectief verslag {number} van {total}",
        "en": "Reflective account {number} of {total}",
    },
    "registers.doc.discussion_record": {
        "nl": "Verslag van het reflectieve gesprek",
        "en": "Reflective discussion record",
    },
    "registers.doc.discussion_about": {
        "nl": "Het gesprek over je vijf verslagen met een andere geregistreerde.",
        "en": "The discussion of your five accounts with another registrant.",
    },
    "registers.doc.discussion": {"nl": "Reflectief gesprek", "en": "Reflective discussion"},
    "registers.doc.cpd_list": {
        "nl": "Gedateerde lijst van bijscholing",
        "en": "Dated list of CPD activities",
    },
    "registers.doc.period": {
        "nl": "Registratieperiode: {start} t/m {end}",
        "en": "Registration period: {start} to {end}",
    },
    "registers.doc.made": {"nl": "Gemaakt op {today}", "en": "Made on {today}"},
    "registers.doc.your_name": {"nl": "Naam", "en": "Name"},
    "registers.doc.your_number": {"nl": "Registratienummer", "en": "Registration number"},
    "registers.doc.total_hours": {
        "nl": "Totaal: {total} uur in {meetings}.",
        "en": "Total: {total} hours in {meetings}.",
    },
    "registers.doc.total_points": {
        "nl": "Totaal: {total} punten in {meetings}.",
        "en": "Total: {total} points in {meetings}.",
    },
    "registers.doc.left_out": {
        "nl": "{count} activiteiten die niet meetellen zijn weggelaten; afstand hours zegt waarom.",
        "en": "{count} activities that do not count are left out; afstand hours says why.",
        "nl_one": "{count} activiteit die niet meetelt is weggelaten; afstand hours zegt waarom.",
        "en_one": "{count} activity that does not count is left out; afstand hours says why.",
    },
    "registers.doc.from_to": {"nl": "{start} t/m {end}", "en": "{start} to {end}"},
    "registers.doc.a_client": {"nl": "[cliënt]", "en": "[client]"},
    "registers.doc.no_series": {"nl": "Buiten een reeks", "en": "Outside a series"},
    "registers.doc.series_untitled": {
        "nl": "Reeks vanaf {date}",
        "en": "Series from {date}",
    },
    "registers.doc.nothing_counted": {
        "nl": "Er telt nog niets mee voor dit register.",
        "en": "Nothing counts for this register yet.",
    },
    "registers.doc.signed": {"nl": "Ondertekening", "en": "Signature"},
    "registers.doc.signed_monthly": {
        "nl": "Voor gezien door de supervisor",
        "en": "Seen by the supervisor",
    },
    "registers.doc.declaration": {
        "nl": "Ik verklaar dat de hierboven genoemde professional aan deze bijeenkomsten heeft "
        "deelgenomen.",
        "en": "I declare that the professional named above took part in these meetings.",
    },
    "registers.doc.signer": {
        "nl": "Te ondertekenen door een supervisor die geregistreerd is bij {registers}.",
        "en": "To be signed by a supervisor registered with {registers}.",
    },
    "registers.doc.sign_name": {
        "nl": "Naam supervisor of begeleider",
        "en": "Name of the supervisor or facilitator",
    },
    "registers.doc.sign_register": {
        "nl": "Register en registratienummer",
        "en": "Register and registration number",
    },
    "registers.doc.sign_date": {"nl": "Datum", "en": "Date"},
    "registers.doc.sign_signature": {"nl": "Handtekening", "en": "Signature"},
    "registers.doc.sign_other": {
        "nl": "Handtekening van de andere geregistreerde",
        "en": "Signature of the other registrant",
    },
    "registers.doc.month_short": {"nl": "nee: te weinig", "en": "no: too little"},
    "registers.doc.month_running": {"nl": "loopt nog", "en": "still running"},
    "registers.doc.months_short": {
        "nl": "{count} van {months} onder het minimum.",
        "en": "{count} of {months} below the minimum.",
    },
    "registers.doc.gaps": {"nl": "Gaten", "en": "Gaps"},
    "registers.doc.gap": {
        "nl": "Van {after} tot {until}: {months} zonder bijscholing.",
        "en": "From {after} to {until}: {months} without CPD.",
    },
    "registers.doc.gap_ongoing": {
        "nl": "Sinds {after} (tot {until}): {months} zonder bijscholing.",
        "en": "Since {after} (to {until}): {months} without CPD.",
    },
    "registers.doc.gap_explain": {
        "nl": "Toelichting bij het gat na {after}",
        "en": "Explanation of the gap after {after}",
    },
    "registers.doc.no_gaps": {
        "nl": "Geen gaten van drie maanden of meer.",
        "en": "No gaps of three months or more.",
    },
    "registers.doc.footer": {
        "nl": "Regels volgens {source}, gecontroleerd op {checked}. Registers passen hun regels "
        "aan: kijk de actuele regels van je register na. Gemaakt met afstand.",
        "en": "Rules after {source}, checked in {checked}. Registers change their rules: check "
        "your register's current rules. Made with afstand.",
    },
    "registers.field.kind": {"nl": "Soort", "en": "Kind"},
    "registers.field.facilitator": {
        "nl": "Supervisor of begeleider",
        "en": "Supervisor or facilitator",
    },
    "registers.field.dates": {"nl": "Periode", "en": "Dates"},
    "registers.field.meetings": {"nl": "Bijeenkomsten", "en": "Meetings"},
    "registers.field.hours": {"nl": "Uren", "en": "Hours"},
    "registers.field.group_size": {"nl": "Groepsgrootte", "en": "Group size"},
    "registers.field.goals": {"nl": "Leerdoelen", "en": "Learning goals"},
    "registers.field.date": {"nl": "Datum", "en": "Date"},
    "registers.field.series": {"nl": "Reeks", "en": "Series"},
    "registers.field.other": {
        "nl": "Naam van de andere geregistreerde",
        "en": "Name of the other registrant",
    },
    "registers.field.pin": {"nl": "Diens PIN", "en": "Their PIN"},
    "registers.field.mode": {"nl": "Vorm", "en": "Form"},
    "registers.column.number": {"nl": "nr.", "en": "no."},
    "registers.column.date": {"nl": "datum", "en": "date"},
    "registers.column.time": {"nl": "tijd", "en": "time"},
    "registers.column.hours": {"nl": "uren", "en": "hours"},
    "registers.column.points": {"nl": "punten", "en": "points"},
    "registers.column.kind": {"nl": "soort", "en": "kind"},
    "registers.column.mode": {"nl": "vorm", "en": "form"},
    "registers.column.group_size": {"nl": "groep", "en": "group"},
    "registers.column.series": {"nl": "reeks", "en": "series"},
    "registers.column.facilitator": {"nl": "begeleider", "en": "facilitator"},
    "registers.column.signature": {"nl": "paraaf", "en": "initials"},
    "registers.column.month": {"nl": "maand", "en": "month"},
    "registers.column.meetings": {"nl": "bijeenkomsten", "en": "meetings"},
    "registers.column.minimum": {"nl": "minimum", "en": "minimum"},
    "registers.column.met": {"nl": "gehaald", "en": "met"},
    "registers.dimension.technical-instrumental": {
        "nl": "Technisch-instrumenteel",
        "en": "Technical-instrumental",
    },
    "registers.dimension.normative": {"nl": "Normatief", "en": "Normative"},
    "registers.dimension.personal": {"nl": "Persoonlijk", "en": "Personal"},
    "registers.nmc.question1": {
        "nl": "Wat was de activiteit, de feedback of de gebeurtenis?",
        "en": "What was the activity, the feedback or the event?",
    },
    "registers.nmc.question2": {
        "nl": "Wat heb ik ervan geleerd?",
        "en": "What did I learn from it?",
    },
    "registers.nmc.question3": {
        "nl": "Wat doe ik daardoor anders of beter in mijn werk?",
        "en": "What do I do differently or better in my work because of it?",
    },
    "registers.nmc.question4": {
        "nl": "Welke thema's van de Code raakt het, en hoe?",
        "en": "Which themes of the Code does it touch, and how?",
    },
    "registers.nmc.theme.people": {"nl": "Mensen voorop stellen", "en": "Prioritise people"},
    "registers.nmc.theme.effective": {"nl": "Effectief werken", "en": "Practise effectively"},
    "registers.nmc.theme.safety": {"nl": "Veiligheid bewaken", "en": "Preserve safety"},
    "registers.nmc.theme.trust": {
        "nl": "Professionaliteit en vertrouwen bevorderen",
        "en": "Promote professionalism and trust",
    },
    "registers.nmc.contact": {
        "nl": "E-mailadres of werkadres van de andere geregistreerde",
        "en": "E-mail or professional address of the other registrant",
    },
}
