"""Texts of `afstand report` and the mirror sentence."""

from __future__ import annotations

from afstand.i18n.messages.forms import Forms

MESSAGES: dict[str, Forms] = {
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
        "nl": "  {entries}, {clients}, {per_week} per week",
        "en": "  {entries}, {clients}, {per_week} per week",
    },
    "report.still_quick": {
        "nl": "{count} van de {total} reflecties zijn nog snel: ze missen de vragen die bij het "
        "verdiepen komen (afstand list --quick).",
        "nl_one": "{count} van de {total} reflecties is nog snel: ze mist de vragen die bij het "
        "verdiepen komen (afstand list --quick).",
        "en": "{count} of the {total} reflections are still quick: they lack the questions that "
        "deepening asks (afstand list --quick).",
        "en_one": "{count} of the {total} reflections is still quick: it lacks the questions "
        "that deepening asks (afstand list --quick).",
    },
    "report.small_sample": {
        "nl": "  Let op: {count} reflecties is een kleine steekproef; lees de cijfers als "
        "aanwijzingen, niet als patronen.",
        "nl_one": "  Let op: {count} reflectie is een kleine steekproef; lees de cijfers als "
        "aanwijzingen, niet als patronen.",
        "en": "  Note: {count} reflections is a small sample; read the figures as hints, not as"
        " patterns.",
        "en_one": "  Note: {count} reflection is a small sample; read the figures as hints, not as "
        "patterns.",
    },
    "report.per_week": {"nl": "per week", "en": "per week"},
    "report.weeks": {
        "nl": "{count} weken",
        "nl_one": "{count} week",
        "en": "{count} weeks",
        "en_one": "{count} week",
    },
    "report.more_clients": {
        "nl": "en {count} andere cliënten",
        "nl_one": "en {count} andere cliënt",
        "en": "and {count} other clients",
        "en_one": "and {count} other client",
    },
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
    "report.kiesler": {
        "nl": "Beïnvloedingsboodschappen (Kiesler)",
        "en": "Influence messages (Kiesler)",
    },
    "report.clients_n": {
        "nl": "{count} cliënten",
        "nl_one": "{count} cliënt",
        "en": "{count} clients",
        "en_one": "{count} client",
    },
    "report.pull": {
        "nl": "De sterkste boodschap lokte iets bij je uit in {felt} van {messages} reflecties "
        "met een boodschap; daarin meegegaan {followed}×, gedeeltelijk {partly}×, niet "
        "{resisted}×",
        "en": "The strongest message pulled at you in {felt} of {messages} reflections with a "
        "message; went along with it {followed}×, partly {partly}×, not {resisted}×",
    },
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
        "nl": "{client}: signalen van te veel nabijheid in {count} van {total} reflecties "
        "– iets voor supervisie?",
        "en": "{client}: signals of too much closeness in {count} of {total} reflections "
        "– something for supervision?",
    },
    "attention.type1-with-client": {
        "nl": "{client}: signalen van te veel afstand in {count} van {total} reflecties "
        "– iets voor supervisie?",
        "en": "{client}: signals of too much distance in {count} of {total} reflections "
        "– something for supervision?",
    },
    "attention.extreme-close": {
        "nl": "{client}: {count} keer op rij aan het uiterste van te dichtbij "
        "– iets voor supervisie?",
        "en": "{client}: {count} times in a row at the far end of too close "
        "– something for supervision?",
    },
    "attention.extreme-distant": {
        "nl": "{client}: {count} keer op rij aan het uiterste van te afstandelijk "
        "– iets voor supervisie?",
        "en": "{client}: {count} times in a row at the far end of too distant "
        "– something for supervision?",
    },
    "attention.alternating-extremes": {
        "nl": "{client}: heen en weer tussen de twee uitersten ({count} antwoorden aan een "
        "uiterste) – iets voor supervisie?",
        "en": "{client}: back and forth between the two ends ({count} answers at an end) – "
        "something for supervision?",
    },
    "attention.touch-without-consent": {
        "nl": "{client}: aangeraakt zonder eerst te vragen, in {count} reflecties "
        "– iets voor supervisie?",
        "nl_one": "{client}: aangeraakt zonder eerst te vragen, in {count} reflectie "
        "– iets voor supervisie?",
        "en": "{client}: touched without asking first, in {count} reflections "
        "– something for supervision?",
        "en_one": "{client}: touched without asking first, in {count} reflection "
        "– something for supervision?",
    },
    "attention.need-under-pressure": {
        "nl": "je behoefte aan {need}: onder druk in {count} van {total} antwoorden "
        "– iets voor supervisie?",
        "en": "your need for {need}: under pressure in {count} of {total} answers "
        "– something for supervision?",
    },
    "attention.no-reflection": {
        "nl": "{days} dagen zonder reflectie – ruimte om bij jezelf stil te staan?",
        "en": "{days} days without a reflection – room to pause and reflect?",
    },
    "evidence.dates": {"nl": "op {dates}", "en": "on {dates}"},
    "evidence.streak": {"nl": "op {dates}", "en": "on {dates}"},
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
    "octant.short.hostile": {"nl": "houdt afstand", "en": "keeps distance"},
    "octant.short.hostile-submissive": {"nl": "passief verzet", "en": "passive resistance"},
    "octant.short.submissive": {"nl": "voetstuk", "en": "pedestal"},
    "octant.short.friendly-submissive": {"nl": "underdog", "en": "underdog"},
    "octant.short.friendly": {"nl": "hartelijk", "en": "warm"},
    "octant.short.friendly-dominant": {"nl": "hartelijk leidend", "en": "warmly leading"},
    # powerlessness ↔ omnipotence and the two legs: {answers} is i18n.counted(n, "answer")
    "report.power": {
        "nl": "Onmacht ↔ almacht: richting onmacht in {powerless}, richting almacht in "
        "{omnipotent} van {answers} (gemiddeld {mean} op {min}–{max})",
        "en": "Powerlessness ↔ omnipotence: towards powerlessness in {powerless}, towards "
        "omnipotence in {omnipotent} of {answers} (mean {mean} on {min}–{max})",
    },
    "report.power.few": {
        "nl": "Onmacht ↔ almacht: richting onmacht in {powerless}, richting almacht in "
        "{omnipotent} van {answers} op {min}–{max} (te weinig voor een gemiddelde)",
        "en": "Powerlessness ↔ omnipotence: towards powerlessness in {powerless}, towards "
        "omnipotence in {omnipotent} of {answers} on {min}–{max} (too few for a mean)",
    },
    "report.legs": {
        "nl": "Doe-been ↔ betekenis-been: meer op het doe-been in {doing}, meer op het "
        "betekenis-been in {meaning} van {answers} (gemiddeld {mean} op {min}–{max})",
        "en": "Doing leg ↔ meaning leg: more on the doing leg in {doing}, more on the meaning "
        "leg in {meaning} of {answers} (mean {mean} on {min}–{max})",
    },
    "report.legs.few": {
        "nl": "Doe-been ↔ betekenis-been: meer op het doe-been in {doing}, meer op het "
        "betekenis-been in {meaning} van {answers} op {min}–{max} (te weinig voor een "
        "gemiddelde)",
        "en": "Doing leg ↔ meaning leg: more on the doing leg in {doing}, more on the meaning "
        "leg in {meaning} of {answers} on {min}–{max} (too few for a mean)",
    },
    "report.legs_fit": {
        "nl": "Wat het moment vroeg ({answers}): het paste {fitting}×, meer doen "
        "{more_doing}×, meer zijn {more_meaning}×, weet niet {unsure}×",
        "en": "What the moment called for ({answers}): it fitted {fitting}×, more "
        "doing {more_doing}×, more being {more_meaning}×, not sure {unsure}×",
    },
    "report.sought": {
        "nl": "Bij de cliënt een antwoord gezocht (nagegaan in {reflections}): {needs}",
        "en": "Looked to the client to meet it (asked in {reflections}): {needs}",
    },
    "report.check_in": {
        "nl": "Periodieke check-in",
        "en": "Periodic check-in",
    },
    "report.check_ins": {
        "nl": "Signalen nagegaan in {count} check-ins; wat je herkende, zonder score of diagnose:",
        "nl_one": "Signalen nagegaan in {count} check-in; wat je herkende, zonder score of "
        "diagnose:",
        "en": "Signs gone through in {count} check-ins; what you recognised, with no score or "
        "diagnosis:",
        "en_one": "Signs gone through in {count} check-in; what you recognised, with no score or "
        "diagnosis:",
    },
    "report.strain": {
        "nl": "herkend",
        "en": "recognised",
    },
    # the report, second version: distributions, denominators, the circle
    "report.asked": {
        "nl": "gevraagd in {count} van {total} reflecties",
        "en": "asked in {count} of {total} reflections",
    },
    "report.joins": {
        "nl": "telt antwoorden uit meer dan één set samen: {sets}",
        "en": "joins answers from more than one set: {sets}",
    },
    "report.balance.heading": {
        "nl": "De balans: afstand ↔ nabijheid",
        "en": "The balance: distance ↔ closeness",
    },
    "report.band.affiliation.low": {"nl": "te afstandelijk", "en": "too distant"},
    "report.band.affiliation.middle": {"nl": "in evenwicht", "en": "balanced"},
    "report.band.affiliation.high": {"nl": "te dichtbij", "en": "too close"},
    "report.band.control.low": {"nl": "te volgzaam", "en": "too compliant"},
    "report.band.control.middle": {"nl": "in evenwicht", "en": "balanced"},
    "report.band.control.high": {"nl": "te sturend", "en": "too directive"},
    "report.position.answers": {
        "nl": "{n} van {total} reflecties",
        "en": "{n} of {total} reflections",
    },
    "report.position.mean": {
        "nl": "gemiddeld {mean} op {low}–{high}; gemiddelde afstand tot het midden {distance}",
        "en": "mean {mean} on {low}–{high}; mean distance from the middle {distance}",
    },
    "report.position.few": {
        "nl": "{n} antwoorden: te weinig voor een gemiddelde (minimum {minimum})",
        "nl_one": "{n} antwoord: te weinig voor een gemiddelde (minimum {minimum})",
        "en": "{n} answers: too few for a mean (minimum {minimum})",
        "en_one": "{n} answer: too few for a mean (minimum {minimum})",
    },
    "report.control.heading": {
        "nl": "Volgen ↔ sturen",
        "en": "Following ↔ directing",
    },
    "report.weeks.span": {
        "nl": "per week, {start} … {end} ({weeks})",
        "en": "per week, {start} … {end} ({weeks})",
    },
    "report.weeks.with_data": {
        "nl": "per week met reflecties, {start} … {end} ({weeks})",
        "en": "per week with reflections, {start} … {end} ({weeks})",
    },
    "report.per_client.bands": {
        "nl": "per cliënt (te afstandelijk · in evenwicht · te dichtbij)",
        "en": "per client (too distant · balanced · too close)",
    },
    "report.client.poles": {
        "nl": "{client}: Type I in {distance}, Type II in {proximity} van {total}",
        "en": "{client}: Type I in {distance}, Type II in {proximity} of {total}",
    },
    "report.roles": {"nl": "Rollen", "en": "Roles"},
    "report.role.positive": {
        "nl": "helpend, reddend of beschermend",
        "en": "helping, rescuing or protecting",
    },
    "report.role.negative": {"nl": "oordelend of straffend", "en": "judging or punishing"},
    "report.source": {
        "nl": "Waar de reactie vandaan kwam",
        "en": "Where the reaction came from",
    },
    "report.touch": {"nl": "Aanraking en toestemming", "en": "Touch and consent"},
    "report.item": {"nl": "{label}: {count} ({clients})", "en": "{label}: {count} ({clients})"},
    "report.answered": {
        "nl": "beantwoord in {count} van {total} reflecties waarin het gevraagd werd",
        "en": "answered in {count} of {total} reflections that asked",
    },
    "circle.heading": {
        "nl": "De interpersoonlijke cirkel (Kiesler): de boodschap van de cliënt",
        "en": "The interpersonal circle (Kiesler): the client's message",
    },
    "circle.noted": {
        "nl": "Een boodschap genoteerd in {count} van {total} reflecties waarin het gevraagd werd",
        "en": "A message noted in {count} of {total} reflections that asked",
    },
    "circle.cell": {
        "nl": "{count}× · {clients}",
        "en": "{count}× · {clients}",
    },
    "circle.extension": {
        "nl": "* niet in de tabel van de bron (Heene): een toevoeging",
        "en": "* not in the source's table (Heene): an addition",
    },
    "circle.direction": {
        "nl": "Hoofdrichting: {octant} (hoek {angle}°, amplitude {amplitude}, R² {fit})",
        "en": "Main direction: {octant} (angle {angle}°, amplitude {amplitude}, R² {fit})",
    },
    "circle.no_direction": {
        "nl": "Geen hoofdrichting getoond: {reason}",
        "en": "No main direction shown: {reason}",
    },
    "circle.reason.few": {
        "nl": "{count} reflecties met een boodschap, minder dan {minimum}",
        "nl_one": "{count} reflectie met een boodschap, minder dan {minimum}",
        "en": "{count} reflections with a message, fewer than {minimum}",
        "en_one": "{count} reflection with a message, fewer than {minimum}",
    },
    "circle.reason.flat": {
        "nl": "de boodschappen zijn gelijk over de cirkel verdeeld",
        "en": "the messages are spread evenly over the circle",
    },
    "circle.reason.fit": {
        "nl": "het profiel volgt de curve van de cirkel niet goed genoeg (R² {fit}, minder dan "
        "0,70)",
        "en": "the profile does not follow the circle's curve closely enough (R² {fit}, below "
        "0.70)",
    },
    "circle.title": {
        "nl": "De boodschappen van cliënten op de interpersoonlijke cirkel",
        "en": "The clients' messages on the interpersonal circle",
    },
    "circle.desc": {
        "nl": "Aantal reflecties per boodschap, van {total} met een boodschap: {counts}. "
        "{direction}",
        "en": "Reflections per message, of {total} with a message: {counts}. {direction}",
    },
    "circle.axis.dominant": {"nl": "sturend", "en": "dominant"},
    "circle.axis.submissive": {"nl": "volgend", "en": "submissive"},
    "circle.axis.friendly": {"nl": "hartelijk", "en": "friendly"},
    "circle.axis.hostile": {"nl": "vijandig", "en": "hostile"},
    "pull.heading": {
        "nl": "Wat het bij jou uitlokte (apart van de boodschap)",
        "en": "The pull on you (apart from the message)",
    },
    "pull.line": {
        "nl": "Iets uitgelokt in {felt} van {felt_n} reflecties waarin het gevraagd werd; "
        "daarin meegegaan {followed}×, gedeeltelijk {partly}×, niet {resisted}×",
        "en": "Pull felt in {felt} of {felt_n} reflections that asked; went along {followed}×, "
        "partly {partly}×, not {resisted}×",
    },
    "pull.joined": {
        "nl": "Wat een boodschap uitlokte, wordt één keer per reflectie gevraagd, niet per "
        "boodschap: bij meer boodschappen telt het antwoord bij elk.",
        "en": "The pull is asked once per reflection, not per message: with several messages "
        "the answer counts for each.",
    },
    "pull.octant": {
        "nl": "{octant}: iets uitgelokt in {felt}, daarin meegegaan in {along} van {count}",
        "en": "{octant}: pull felt in {felt}, went along in {along} of {count}",
    },
    "report.needs.few": {
        "nl": "onder druk in {count} van {total} antwoorden",
        "en": "under pressure in {count} of {total} answers",
    },
    "report.needs.mean": {
        "nl": "gemiddeld {mean}; onder druk in {count} van {total} antwoorden",
        "en": "mean {mean}; under pressure in {count} of {total} answers",
    },
    "report.abc.few": {
        "nl": "{n} antwoorden (te weinig voor een gemiddelde)",
        "nl_one": "{n} antwoord (te weinig voor een gemiddelde)",
        "en": "{n} answers (too few for a mean)",
        "en_one": "{n} answer (too few for a mean)",
    },
    "report.abc.mean": {
        "nl": "gemiddeld {mean} ({n} antwoorden)",
        "en": "mean {mean} ({n} answers)",
    },
    "report.attention.intro": {
        "nl": "Uitnodigingen om mee te nemen naar supervisie, geen oordelen; de sterkste eerst.",
        "en": "Invitations to bring to supervision, not verdicts; the strongest first.",
    },
    "report.attention.more": {
        "nl": "nog {count} punten en het bewijs bij elk: afstand report --all",
        "nl_one": "nog {count} punt en het bewijs bij elk: afstand report --all",
        "en": "{count} more points and the evidence of each: afstand report --all",
        "en_one": "{count} more point and the evidence of each: afstand report --all",
    },
    "report.attention.evidence": {
        "nl": "het bewijs bij elk: afstand report --all",
        "en": "the evidence of each: afstand report --all",
    },
    "report.compare.few": {"nl": "te weinig", "en": "too few"},
    "report.client.span": {
        "nl": "Eerste reflectie {first}, laatste {last}",
        "en": "First reflection {first}, last {last}",
    },
    "help.report.all": {
        "nl": "Alle aandachtspunten, elk met zijn bewijs.",
        "en": "Every attention point, each with its evidence.",
    },
}
