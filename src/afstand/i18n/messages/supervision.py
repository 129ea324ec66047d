"""Texts about supervision and intervision: series, meetings, the inbreng, the reflectieverslag,
the evaluations, and `afstand status`."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
    "noun.goal": {
        "nl": "{count} leerdoelen",
        "nl_one": "{count} leerdoel",
        "en": "{count} learning goals",
        "en_one": "{count} learning goal",
    },
    # kinds and modes
    "supervision.kind.supervision": {"nl": "supervisie", "en": "supervision"},
    "supervision.kind.intervision": {"nl": "intervisie", "en": "intervision"},
    "supervision.kind.werkbegeleiding": {"nl": "werkbegeleiding", "en": "work guidance"},
    "supervision.kind.peer-consultation": {
        "nl": "collegiale consultatie",
        "en": "peer consultation",
    },
    "supervision.kind.coaching": {"nl": "coaching", "en": "coaching"},
    "supervision.mode.in-person": {"nl": "fysiek", "en": "in person"},
    "supervision.mode.online": {"nl": "online", "en": "online"},
    "evaluation.kind.early": {"nl": "beginevaluatie", "en": "early evaluation"},
    "evaluation.kind.midway": {"nl": "tussenevaluatie", "en": "midway evaluation"},
    "evaluation.kind.final": {"nl": "eindevaluatie", "en": "final evaluation"},
    "evaluation.title.early": {
        "nl": "Beginevaluatie na bijeenkomst {number}",
        "en": "Early evaluation after meeting {number}",
    },
    "evaluation.title.midway": {
        "nl": "Tussenevaluatie na bijeenkomst {number}",
        "en": "Midway evaluation after meeting {number}",
    },
    "evaluation.title.final": {
        "nl": "Eindevaluatie en samenvatting na bijeenkomst {number}",
        "en": "Final evaluation and summary after meeting {number}",
    },
    "evaluation.after": {"nl": "na bijeenkomst {number}", "en": "after meeting {number}"},
    # help
    "help.supervision": {
        "nl": "Supervisie en intervisie: reeksen, bijeenkomsten, inbreng, reflectieverslag, "
        "evaluaties.",
        "en": "Supervision and intervision: series, meetings, inbreng, reflection report, "
        "evaluations.",
    },
    "help.supervision.new": {
        "nl": "Begin een reeks (supervisie, intervisie, werkbegeleiding, ...) met leerdoelen.",
        "en": "Start a series (supervision, intervision, work guidance, ...) with learning goals.",
    },
    "help.supervision.list": {"nl": "Toon de reeksen.", "en": "List the series."},
    "help.supervision.show": {
        "nl": "Toon een reeks: leerdoelen, bijeenkomsten, evaluaties.",
        "en": "Show a series: learning goals, meetings, evaluations.",
    },
    "help.supervision.edit": {
        "nl": "Wijzig een reeks (in je editor, of met --file).",
        "en": "Change a series (in your editor, or with --file).",
    },
    "help.supervision.delete": {
        "nl": "Verwijder een reeks met al haar bijeenkomsten (vraagt eerst).",
        "en": "Delete a series with all its meetings (asks first).",
    },
    "help.supervision.meeting": {
        "nl": "De bijeenkomsten van een reeks: add, list, show, edit, delete.",
        "en": "The meetings of a series: add, list, show, edit, delete.",
    },
    "help.supervision.prepare": {
        "nl": "Bereid een bijeenkomst voor: het document met je inbreng.",
        "en": "Prepare a meeting: the document with your inbreng (what you bring in).",
    },
    "help.supervision.verslag": {
        "nl": "Schrijf het reflectieverslag over een bijeenkomst.",
        "en": "Write the reflection report (reflectieverslag) on a meeting.",
    },
    "help.supervision.evaluate": {
        "nl": "Schrijf de evaluatie die aan de beurt is (na 3 bijeenkomsten, halverwege, aan het "
        "eind).",
        "en": "Write the evaluation that is due (after 3 meetings, halfway, at the end).",
    },
    "help.supervision.series": {
        "nl": "De reeks (het begin van haar id); nodig als er meer dan één is.",
        "en": "The series (the start of its id); needed when there is more than one.",
    },
    "help.supervision.file": {
        "nl": "Lees het uit een bestand (YAML of JSON; - leest stdin).",
        "en": "Read it from a file (YAML or JSON; - reads stdin).",
    },
    "help.supervision.output": {
        "nl": "Schrijf het document naar FILE (.html: HTML; anders Markdown).",
        "en": "Write the document to FILE (.html: HTML; else Markdown).",
    },
    "help.supervision.real_codes": {
        "nl": "Laat de echte cliëntcodes staan (standaard: C1, C2, ...).",
        "en": "Keep the real client codes (default: C1, C2, ...).",
    },
    "help.meeting.add": {"nl": "Leg een bijeenkomst vast.", "en": "Record a meeting."},
    "help.meeting.list": {"nl": "Toon de bijeenkomsten.", "en": "List the meetings."},
    "help.meeting.show": {"nl": "Toon één bijeenkomst.", "en": "Show one meeting."},
    "help.meeting.edit": {
        "nl": "Wijzig een bijeenkomst (in je editor, met --file, of vink acties af met --done).",
        "en": "Change a meeting (in your editor, with --file, or tick off actions with --done).",
    },
    "help.meeting.delete": {
        "nl": "Verwijder een bijeenkomst (vraagt eerst).",
        "en": "Delete a meeting (asks first).",
    },
    "help.meeting.number": {
        "nl": "Het nummer van de bijeenkomst in de reeks (1 is de eerste).",
        "en": "The number of the meeting in the series (1 is the first).",
    },
    "help.meeting.date": {"nl": "De datum (JJJJ-MM-DD).", "en": "The date (YYYY-MM-DD)."},
    "help.meeting.start": {"nl": "Begintijd.", "en": "Start time."},
    "help.meeting.end": {"nl": "Eindtijd.", "en": "End time."},
    "help.meeting.minutes": {
        "nl": "Duur in minuten (zonder eindtijd).",
        "en": "Length in minutes (without an end time).",
    },
    "help.meeting.online": {"nl": "De bijeenkomst was online.", "en": "The meeting was online."},
    "help.meeting.goal": {
        "nl": "Een leerdoel dat aan bod kwam (nummer; herhaalbaar).",
        "en": "A learning goal it touched (number; repeatable).",
    },
    "help.meeting.reflection": {
        "nl": "Een ingebrachte reflectie (id; herhaalbaar).",
        "en": "A reflection brought in (id; repeatable).",
    },
    "help.meeting.action": {
        "nl": "Een afgesproken actie (herhaalbaar).",
        "en": "An agreed action (repeatable).",
    },
    "help.meeting.done": {
        "nl": "Vink actie N af (herhaalbaar).",
        "en": "Tick off action N (repeatable).",
    },
    "help.prepare.meeting": {
        "nl": "Voor bijeenkomst N (standaard de volgende).",
        "en": "For meeting N (default: the next one).",
    },
    "help.prepare.reflection": {
        "nl": "Breng deze reflectie in (herhaalbaar; standaard alle gemarkeerde sinds de vorige "
        "bijeenkomst).",
        "en": "Bring this reflection (repeatable; default: every flagged one since the last "
        "meeting).",
    },
    "help.prepare.date": {
        "nl": "Voor de bijeenkomst op deze datum (nog niet gepland: dan wordt ze gepland).",
        "en": "For the meeting on this date (planned now when it is not yet).",
    },
    "help.prepare.question": {
        "nl": "Je vraag voor deze bijeenkomst.",
        "en": "Your question for this meeting.",
    },
    "help.verslag.answers": {
        "nl": "De antwoorden uit een bestand (YAML of JSON).",
        "en": "The answers from a file (YAML or JSON).",
    },
    "help.verslag.set": {
        "nl": "De vragenset (standaard reflectieverslag; ook korthagen, gibbs).",
        "en": "The question set (default reflectieverslag; also korthagen, gibbs).",
    },
    "help.verslag.document": {
        "nl": "Schrijf alleen het document van het bewaarde verslag.",
        "en": "Only write the document of the saved report.",
    },
    "help.evaluate.kind": {
        "nl": "Welke evaluatie (standaard: die aan de beurt is).",
        "en": "Which evaluation (default: the one that is due).",
    },
    "help.evaluate.answers": {
        "nl": "Je woorden per leerdoel uit een bestand (YAML of JSON).",
        "en": "Your words per learning goal from a file (YAML or JSON).",
    },
    "help.evaluate.document": {
        "nl": "Schrijf alleen het document van een bewaarde evaluatie.",
        "en": "Only write the document of a saved evaluation.",
    },
    "help.status": {
        "nl": "Wat er aan de beurt is: verslag, evaluatie, bijeenkomst, concepten (vraagt nooit "
        "iets).",
        "en": "What is due: report, evaluation, meeting, drafts (never asks anything).",
    },
    # errors and hints
    "supervision.invalid": {
        "nl": "dit kan afstand niet vastleggen; er is niets veranderd",
        "en": "afstand cannot record this; nothing was changed",
    },
    "hint.supervision_file": {
        "nl": "de README toont de vorm van het bestand (afstand supervision)",
        "en": "the README shows the shape of the file (afstand supervision)",
    },
    "supervision.file_damaged": {
        "nl": "het supervisiebestand {path} is beschadigd: {detail}",
        "en": "the supervision file {path} is damaged: {detail}",
    },
    "supervision.file_invalid": {
        "nl": "het supervisiebestand {path} bevat ongeldige gegevens",
        "en": "the supervision file {path} holds invalid data",
    },
    "supervision.none": {"nl": "er is nog geen reeks", "en": "there is no series yet"},
    "hint.supervision_new": {
        "nl": "begin er een met 'afstand supervision new'",
        "en": "start one with 'afstand supervision new'",
    },
    "supervision.which": {
        "nl": "er zijn {count} reeksen: welke bedoel je?",
        "en": "there are {count} series: which one do you mean?",
    },
    "hint.supervision_series": {
        "nl": "noem er een met --series en het begin van haar id",
        "en": "name one with --series and the start of its id",
    },
    "hint.supervision_list": {
        "nl": "'afstand supervision list' toont de reeksen",
        "en": "'afstand supervision list' shows the series",
    },
    "supervision.no_series": {
        "nl": "geen reeks met id {prefix}",
        "en": "no series with id {prefix}",
    },
    "supervision.ambiguous": {
        "nl": "{count} reeksen beginnen met {prefix}",
        "en": "{count} series start with {prefix}",
    },
    "supervision.control_characters": {
        "nl": "bevat stuurtekens; die bewaart afstand niet",
        "en": "holds control characters, which afstand does not store",
    },
    "supervision.goal_in_use": {
        "nl": "leerdoel {number} kwam aan bod in een bijeenkomst en kan niet weg",
        "en": "learning goal {number} was touched in a meeting and cannot go",
    },
    "supervision.started_after_meeting": {
        "nl": "de reeks kan niet beginnen na haar eerste bijeenkomst ({date})",
        "en": "the series cannot start after its first meeting ({date})",
    },
    "supervision.time_invalid": {
        "nl": "{value!r} is geen tijd (UU:MM)",
        "en": "{value!r} is not a time (HH:MM)",
    },
    "supervision.end_before_start": {
        "nl": "de eindtijd ligt niet na de begintijd",
        "en": "the end time is not after the start time",
    },
    "supervision.minutes_differ": {
        "nl": "begin- en eindtijd geven {minutes} minuten",
        "en": "the start and end time give {minutes} minutes",
    },
    "supervision.end_without_start": {
        "nl": "een eindtijd zonder begintijd",
        "en": "an end time without a start time",
    },
    "supervision.past_midnight": {
        "nl": "de bijeenkomst loopt over middernacht",
        "en": "the meeting runs past midnight",
    },
    "supervision.no_duration": {
        "nl": "geef begin- en eindtijd of de duur in minuten",
        "en": "give a start and end time or the length in minutes",
    },
    "supervision.before_series": {
        "nl": "{date} ligt voor het begin van de reeks ({started})",
        "en": "{date} is before the series started ({started})",
    },
    "supervision.no_goal": {
        "nl": "de reeks heeft geen leerdoel {number}",
        "en": "the series has no learning goal {number}",
    },
    "supervision.same_day": {
        "nl": "deze reeks heeft op {date} al een bijeenkomst; geef tijden om er twee te hebben",
        "en": "this series already has a meeting on {date}; give times to have two",
    },
    "supervision.overlap": {
        "nl": "overlapt met een bijeenkomst op {date} van {start} tot {end}",
        "en": "overlaps a meeting on {date} from {start} to {end}",
    },
    "supervision.no_meeting": {
        "nl": "geen bijeenkomst {number}; de reeks heeft er {count}",
        "en": "no meeting {number}; the series has {count}",
    },
    "hint.supervision_show": {
        "nl": "'afstand supervision meeting list' toont de nummers",
        "en": "'afstand supervision meeting list' shows the numbers",
    },
    "supervision.no_action": {
        "nl": "geen actie {number}; deze bijeenkomst heeft er {count}",
        "en": "no action {number}; this meeting has {count}",
    },
    "supervision.verslag_future": {
        "nl": "de bijeenkomst van {date} heeft nog niet plaatsgevonden",
        "en": "the meeting of {date} has not taken place yet",
    },
    "hint.verslag_answers": {
        "nl": "'afstand questionnaires show {set}' toont de vragen en hun id's",
        "en": "'afstand questionnaires show {set}' shows the questions and their ids",
    },
    "supervision.no_verslag": {
        "nl": "bijeenkomst {number} heeft nog geen reflectieverslag",
        "en": "meeting {number} has no reflection report yet",
    },
    "hint.verslag_write": {
        "nl": "schrijf het met 'afstand supervision verslag'",
        "en": "write it with 'afstand supervision verslag'",
    },
    "supervision.no_held": {
        "nl": "er heeft nog geen bijeenkomst plaatsgevonden",
        "en": "no meeting has taken place yet",
    },
    "supervision.no_upcoming": {
        "nl": "er staat geen bijeenkomst gepland",
        "en": "no meeting is planned",
    },
    "hint.meeting_add": {
        "nl": "plan er een met 'afstand supervision meeting add --date JJJJ-MM-DD', of geef "
        "het nummer",
        "en": "plan one with 'afstand supervision meeting add --date YYYY-MM-DD', or give its "
        "number",
    },
    "supervision.no_terminal": {
        "nl": "dit vraagt om een terminal",
        "en": "this needs a terminal",
    },
    "supervision.keep_anyway": {
        "nl": "Toch zo bewaren?",
        "en": "Save it like this anyway?",
    },
    "supervision.nothing_saved": {"nl": "Er is niets veranderd.", "en": "Nothing was changed."},
    "supervision.unchanged": {
        "nl": "Niets gewijzigd.",
        "en": "Nothing changed.",
    },
    "supervision.choice_invalid": {
        "nl": "kies een nummer uit de lijst",
        "en": "choose a number from the list",
    },
    "supervision.number_invalid": {"nl": "typ een getal", "en": "type a number"},
    "evaluation.not_in_series": {
        "nl": "deze reeks is te kort voor een {kind}",
        "en": "this series is too short for an {kind}",
    },
    "evaluation.too_early": {
        "nl": "de {kind} komt na bijeenkomst {after}; er hebben er {count} plaatsgevonden",
        "nl_one": "de {kind} komt na bijeenkomst {after}; er heeft er {count} plaatsgevonden",
        "en": "the {kind} comes after meeting {after}; {count} have taken place",
        "en_one": "the {kind} comes after meeting {after}; {count} has taken place",
    },
    "evaluation.none_due": {
        "nl": "er is geen evaluatie aan de beurt na {count} bijeenkomsten",
        "nl_one": "er is geen evaluatie aan de beurt na {count} bijeenkomst",
        "en": "no evaluation is due after {count} meetings",
        "en_one": "no evaluation is due after {count} meeting",
    },
    "hint.evaluation_kind": {
        "nl": "kies er een met --kind early, midway of final",
        "en": "choose one with --kind early, midway or final",
    },
    "evaluation.unknown_kind": {
        "nl": "{kind!r} is geen evaluatie (early, midway, final)",
        "en": "{kind!r} is not an evaluation (early, midway, final)",
    },
    "evaluation.none_written": {
        "nl": "er is nog geen evaluatie geschreven",
        "en": "no evaluation has been written yet",
    },
    "hint.evaluation_write": {
        "nl": "schrijf er een met 'afstand supervision evaluate'",
        "en": "write one with 'afstand supervision evaluate'",
    },
    "evaluation.saved": {"nl": "De {kind} is bewaard.", "en": "The {kind} is saved."},
    "config.days": {
        "nl": "moet een geheel getal van minstens 0 zijn",
        "en": "must be a whole number of at least 0",
    },
    "import.series": {
        "nl": "Supervisiereeksen: {added} toegevoegd, {conflicts} in conflict, {replaced} "
        "vervangen.",
        "en": "Supervision series: {added} added, {conflicts} in conflict, {replaced} replaced.",
    },
    # what commands say
    "supervision.series_saved": {
        "nl": "Reeks {id} ({kind}) bewaard, met {goals}.",
        "en": "Saved series {id} ({kind}), with {goals}.",
    },
    "supervision.series_changed": {"nl": "Reeks {id} gewijzigd.", "en": "Changed series {id}."},
    "supervision.series_deleted": {"nl": "Reeks {id} verwijderd.", "en": "Deleted series {id}."},
    "supervision.delete_question": {
        "nl": "Reeks {series} met {meetings} verwijderen?",
        "en": "Delete series {series} with {meetings}?",
    },
    "supervision.delete_meeting": {
        "nl": "Bijeenkomst {meeting} verwijderen?",
        "en": "Delete meeting {meeting}?",
    },
    "supervision.meeting_saved": {
        "nl": "Bijeenkomst {number} op {date} ({minutes} minuten) bewaard.",
        "en": "Saved meeting {number} on {date} ({minutes} minutes).",
    },
    "supervision.meeting_changed": {
        "nl": "Bijeenkomst {number} gewijzigd.",
        "en": "Changed meeting {number}.",
    },
    "supervision.meeting_deleted": {
        "nl": "Bijeenkomst {number} verwijderd.",
        "en": "Deleted meeting {number}.",
    },
    "supervision.no_meetings": {
        "nl": "Deze reeks heeft nog geen bijeenkomsten.",
        "en": "This series has no meetings yet.",
    },
    "supervision.prepared": {
        "nl": "Inbreng voor bijeenkomst {number} vastgelegd, met {reflections}.",
        "en": "Recorded the inbreng for meeting {number}, with {reflections}.",
    },
    "supervision.verslag_saved": {
        "nl": "Reflectieverslag over bijeenkomst {number} bewaard.",
        "en": "Saved the reflection report on meeting {number}.",
    },
    "supervision.verslag_due": {
        "nl": "Inleveren uiterlijk {date}.",
        "en": "Due by {date}.",
    },
    "supervision.written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "supervision.held_of": {
        "nl": "{count} van {planned} bijeenkomsten gehouden",
        "en": "{count} of {planned} meetings held",
    },
    "supervision.series_title": {"nl": "{kind} bij {supervisor}", "en": "{kind} with {supervisor}"},
    "supervision.minutes": {"nl": "{minutes} min", "en": "{minutes} min"},
    "supervision.hours": {"nl": "{hours} uur", "en": "{hours} hours"},
    "supervision.group_size": {"nl": "groep van {count}", "en": "group of {count}"},
    "supervision.individual": {"nl": "individueel", "en": "individual"},
    "supervision.mark.inbreng": {"nl": "inbreng", "en": "inbreng"},
    "supervision.mark.verslag": {"nl": "verslag", "en": "report"},
    "supervision.mark.verslag_due": {"nl": "verslag vóór {date}", "en": "report due {date}"},
    "supervision.mark.goals": {"nl": "doelen", "en": "goals"},
    "supervision.mark.meetings": {"nl": "bijeenkomsten", "en": "meetings"},
    "supervision.mark.reflection": {"nl": "reflectie", "en": "reflection"},
    "supervision.mark.done": {"nl": "geschreven", "en": "written"},
    "supervision.mark.open": {"nl": "open", "en": "open"},
    # questions in the terminal
    "supervision.ask.kind": {"nl": "Soort reeks", "en": "Kind of series"},
    "supervision.ask.supervisor": {
        "nl": "Naam van je supervisor of begeleider",
        "en": "Name of your supervisor or facilitator",
    },
    "supervision.ask.register": {
        "nl": "Register van de begeleider (bv. LVSC; Enter slaat over)",
        "en": "The supervisor's register (e.g. LVSC; Enter skips)",
    },
    "supervision.ask.register_number": {
        "nl": "Registratienummer (Enter slaat over)",
        "en": "Registration number (Enter skips)",
    },
    "supervision.ask.group_size": {
        "nl": "Aantal deelnemers (1 = individueel)",
        "en": "Number of participants (1 = individual)",
    },
    "supervision.ask.planned": {"nl": "Geplande bijeenkomsten", "en": "Planned meetings"},
    "supervision.ask.started": {"nl": "Begindatum", "en": "Start date"},
    "supervision.ask.goals_intro": {
        "nl": "Je leerdoelen, één per regel; een lege regel sluit af.",
        "en": "Your learning goals, one per line; an empty line ends.",
    },
    "supervision.ask.goal": {"nl": "Leerdoel {number}", "en": "Learning goal {number}"},
    "supervision.ask.date": {"nl": "Datum", "en": "Date"},
    "supervision.ask.start": {
        "nl": "Begintijd UU:MM (Enter: alleen de duur)",
        "en": "Start time HH:MM (Enter: the length only)",
    },
    "supervision.ask.end": {"nl": "Eindtijd UU:MM", "en": "End time HH:MM"},
    "supervision.ask.minutes": {"nl": "Duur in minuten", "en": "Length in minutes"},
    "supervision.ask.online": {"nl": "Was het online?", "en": "Was it online?"},
    "supervision.ask.goals": {
        "nl": "Welke leerdoelen kwamen aan bod? (nummers, bv. 1,3)",
        "en": "Which learning goals did it touch? (numbers, e.g. 1,3)",
    },
    "supervision.ask.reflections": {
        "nl": "Ingebrachte reflecties (id's; Enter slaat over)",
        "en": "Reflections brought in (ids; Enter skips)",
    },
    "supervision.ask.action": {
        "nl": "Afgesproken actie {number} (Enter sluit af)",
        "en": "Agreed action {number} (Enter ends)",
    },
    "supervision.ask.choose": {
        "nl": "Welke breng je in? (nummers)",
        "en": "Which do you bring? (numbers)",
    },
    "supervision.ask.all": {"nl": "alle", "en": "all"},
    "supervision.ask.question": {
        "nl": "Je vraag voor deze bijeenkomst (Enter slaat over):",
        "en": "Your question for this meeting (Enter skips):",
    },
    "supervision.ask.goal_words": {
        "nl": "Wat zie je aan dit leerdoel, in je eigen woorden?",
        "en": "Where do you stand with this goal, in your own words?",
    },
    "supervision.ask.overall": {
        "nl": "Wil je nog iets over de reeks als geheel zeggen?",
        "en": "Anything about the series as a whole?",
    },
    # the documents
    "supervision.doc.inbreng_title": {
        "nl": "Inbreng voor bijeenkomst {number}",
        "en": "Inbreng for meeting {number}",
    },
    "supervision.doc.verslag_title": {
        "nl": "Reflectieverslag over bijeenkomst {number}",
        "en": "Reflection report on meeting {number}",
    },
    "supervision.doc.meeting": {"nl": "Bijeenkomst", "en": "Meeting"},
    "supervision.doc.period": {"nl": "Periode", "en": "Period"},
    "supervision.doc.prepared": {"nl": "Voorbereid op", "en": "Prepared on"},
    "supervision.doc.written": {"nl": "Geschreven op", "en": "Written on"},
    "supervision.doc.due": {"nl": "Inleveren uiterlijk", "en": "Due by"},
    "supervision.doc.due_estimated": {
        "nl": "geschat: de volgende bijeenkomst staat nog niet vast",
        "en": "estimated: the next meeting is not planned yet",
    },
    "supervision.doc.my_question": {"nl": "Mijn vraag", "en": "My question"},
    "supervision.doc.no_question": {"nl": "Geen vraag opgegeven.", "en": "No question given."},
    "supervision.doc.goals": {"nl": "Leerdoelen", "en": "Learning goals"},
    "supervision.doc.no_goals": {
        "nl": "Geen leerdoelen vastgelegd.",
        "en": "No learning goals recorded.",
    },
    "supervision.doc.goals_touched": {
        "nl": "Leerdoelen die aan bod kwamen",
        "en": "Learning goals touched",
    },
    "supervision.doc.no_goals_touched": {"nl": "Geen genoemd.", "en": "None named."},
    "supervision.doc.open_actions": {"nl": "Open acties", "en": "Open actions"},
    "supervision.doc.no_actions": {"nl": "Geen open acties.", "en": "No open actions."},
    "supervision.doc.action_from": {
        "nl": "{text} (afgesproken in bijeenkomst {number})",
        "en": "{text} (agreed in meeting {number})",
    },
    "supervision.doc.since": {
        "nl": "Sinds de vorige bijeenkomst",
        "en": "Since the last meeting",
    },
    "supervision.doc.figure_entries": {
        "nl": "{count} reflecties over {clients}",
        "nl_one": "{count} reflectie over {clients}",
        "en": "{count} reflections on {clients}",
        "en_one": "{count} reflection on {clients}",
    },
    "supervision.doc.figure_type1": {
        "nl": "signalen van te veel afstand (type I) in {count} van {total} reflecties",
        "en": "signals of too much distance (Type I) in {count} of {total} reflections",
    },
    "supervision.doc.figure_type2": {
        "nl": "signalen van te veel nabijheid (type II) in {count} van {total} reflecties",
        "en": "signals of too much closeness (Type II) in {count} of {total} reflections",
    },
    "supervision.doc.small_sample": {
        "nl": "Dit zijn weinig reflecties: lees de cijfers als een indruk.",
        "en": "These are few reflections: read the figures as an impression.",
    },
    "supervision.doc.reflections": {
        "nl": "Reflecties die ik inbreng ({count})",
        "en": "Reflections I bring in ({count})",
    },
    "supervision.doc.no_reflections": {
        "nl": "Geen reflecties gemarkeerd voor supervisie in deze periode.",
        "en": "No reflections flagged for supervision in this period.",
    },
    "supervision.doc.kind": {"nl": "Soort", "en": "Kind"},
    "supervision.doc.title": {"nl": "Titel", "en": "Title"},
    "supervision.doc.supervisor": {"nl": "Begeleider", "en": "Supervisor"},
    "supervision.doc.group": {"nl": "Vorm", "en": "Form"},
    "supervision.doc.started": {"nl": "Begonnen", "en": "Started"},
    "supervision.doc.meetings": {"nl": "Bijeenkomsten", "en": "Meetings"},
    "supervision.doc.meetings_of": {
        "nl": "{count} van {planned} gehouden",
        "en": "{count} of {planned} held",
    },
    "supervision.doc.hours": {"nl": "Uren", "en": "Hours"},
    "supervision.doc.evaluations_head": {"nl": "Evaluaties", "en": "Evaluations"},
    "supervision.doc.per_goal": {"nl": "Per leerdoel", "en": "Per learning goal"},
    "supervision.doc.none": {"nl": "geen", "en": "none"},
    "supervision.doc.touched_in": {
        "nl": "aan bod in bijeenkomst {meetings}",
        "nl_one": "aan bod in bijeenkomst {meetings}",
        "en": "touched in meetings {meetings}",
        "en_one": "touched in meeting {meetings}",
    },
    "supervision.doc.reflections_touched": {
        "nl": "{count} ingebrachte reflecties: {list}",
        "nl_one": "{count} ingebrachte reflectie: {list}",
        "en": "{count} reflections brought in: {list}",
        "en_one": "{count} reflection brought in: {list}",
    },
    "supervision.doc.missing": {
        "nl": "{count} ingebrachte reflecties staan niet meer in het dagboek",
        "nl_one": "{count} ingebrachte reflectie staat niet meer in het dagboek",
        "en": "{count} reflections brought in are no longer in the journal",
        "en_one": "{count} reflection brought in is no longer in the journal",
    },
    "supervision.doc.my_words": {"nl": "In mijn woorden", "en": "In my own words"},
    "supervision.doc.no_words": {
        "nl": "Nog niets over geschreven.",
        "en": "Nothing written about it yet.",
    },
    "supervision.doc.overall": {"nl": "De reeks als geheel", "en": "The series as a whole"},
    "supervision.doc.record": {"nl": "Verloop", "en": "Record"},
    "supervision.doc.verslagen": {
        "nl": "reflectieverslagen geschreven over {count} van {total} bijeenkomsten",
        "en": "reflection reports written on {count} of {total} meetings",
    },
    "supervision.doc.evaluations": {
        "nl": "evaluaties: {list}",
        "en": "evaluations: {list}",
    },
    "supervision.doc.sign_intro": {
        "nl": "Voor gezien en besproken door supervisant en supervisor.",
        "en": "Seen and discussed by supervisee and supervisor.",
    },
    "supervision.doc.sign_supervisee": {
        "nl": "Handtekening supervisant",
        "en": "Supervisee's signature",
    },
    "supervision.doc.sign_supervisor": {
        "nl": "Handtekening supervisor ({name})",
        "en": "Supervisor's signature ({name})",
    },
    "supervision.doc.sign_date": {"nl": "Datum", "en": "Date"},
    # afstand status
    "status.locked": {
        "nl": "Het dagboek is versleuteld; zet AFSTAND_PASSPHRASE om te zien wat er aan de "
        "beurt is.",
        "en": "The journal is encrypted; set AFSTAND_PASSPHRASE to see what is due.",
    },
    "status.nothing": {"nl": "Niets aan de beurt.", "en": "Nothing is due."},
    "status.today": {"nl": "(vandaag)", "en": "(today)"},
    "status.in_days": {
        "nl": "(over {count} dagen)",
        "nl_one": "(over {count} dag)",
        "en": "(in {count} days)",
        "en_one": "(in {count} day)",
    },
    "status.overdue": {
        "nl": "({count} dagen te laat)",
        "nl_one": "({count} dag te laat)",
        "en": "({count} days late)",
        "en_one": "({count} day late)",
    },
    "status.estimated": {"nl": "(geschat)", "en": "(estimated)"},
    "status.verslag": {
        "nl": "reflectieverslag over bijeenkomst {number} (reeks {series})",
        "en": "reflection report on meeting {number} (series {series})",
    },
    "status.evaluation": {
        "nl": "{kind} na bijeenkomst {number} (reeks {series})",
        "en": "{kind} after meeting {number} (series {series})",
    },
    "status.meeting": {
        "nl": "bijeenkomst {number} (reeks {series})",
        "en": "meeting {number} (series {series})",
    },
    "status.not_prepared": {
        "nl": "— nog niet voorbereid (afstand supervision prepare)",
        "en": "— not prepared yet (afstand supervision prepare)",
    },
    "status.draft": {
        "nl": "onafgemaakte reflectie {id} over {client} van {started}, {answers} (afstand "
        "reflect --resume)",
        "en": "unfinished reflection {id} on {client} from {started}, {answers} (afstand "
        "reflect --resume)",
    },
    "status.quick": {
        "nl": "snelle reflectie {id} ({client}) verdiepen: afstand reflect --deepen {id}",
        "en": "deepen quick reflection {id} ({client}): afstand reflect --deepen {id}",
    },
    "status.check_in": {
        "nl": "periodieke check-in (de vorige op {last}): afstand reflect --set periodic-check-in",
        "en": "periodic check-in (the last on {last}): afstand reflect --set periodic-check-in",
    },
    "status.purge": {
        "nl": "{count} reflecties zijn ouder dan de bewaartermijn van {months} (afstand purge)",
        "nl_one": "{count} reflectie is ouder dan de bewaartermijn van {months} (afstand purge)",
        "en": "{count} reflections are older than the retention of {months} (afstand purge)",
        "en_one": "{count} reflection is older than the retention of {months} (afstand purge)",
    },
    # the calendar file
    "calendar.meeting": {
        "nl": "Bijeenkomst {number} (reeks {series})",
        "en": "Meeting {number} (series {series})",
    },
    "calendar.verslag": {
        "nl": "Reflectieverslag over bijeenkomst {number} inleveren (reeks {series})",
        "en": "Reflection report on meeting {number} due (series {series})",
    },
    "calendar.evaluation": {
        "nl": "{kind} (reeks {series})",
        "en": "{kind} (series {series})",
    },
    "help.status.ics": {
        "nl": "Schrijf de data ook als iCalendar-bestand voor je agenda (zonder cliëntgegevens).",
        "en": "Also write the dates as an iCalendar file for your calendar (no client data).",
    },
}
