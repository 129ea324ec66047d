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
    "report.balance": {
        "nl": "De balans: afstand ↔ nabijheid ({n} van {total} reflecties, gemiddeld {mean} "
        "op {low}–{high})",
        "en": "The balance: distance ↔ closeness ({n} of {total} reflections, mean {mean} "
        "on {low}–{high})",
    },
    "report.too_distant": {"nl": "(te afstandelijk)", "en": "(too distant)"},
    "report.too_close": {"nl": "(te dichtbij)", "en": "(too close)"},
    "report.per_week": {"nl": "per week", "en": "per week"},
    "report.weeks": {
        "nl": "{count} weken",
        "nl_one": "{count} week",
        "en": "{count} weeks",
        "en_one": "{count} week",
    },
    "report.per_client": {
        "nl": "per cliënt (gemiddelde positie)",
        "en": "per client (mean position)",
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
}
