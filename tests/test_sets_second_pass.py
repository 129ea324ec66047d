"""The second pass over the shipped sets (issue 16): every new item is asked in a reflection
and shows in the report; the mended wording holds; and entries saved with version 1 of the
sets stay readable and are counted exactly as before.

`fixtures/version1/2026-03.json` is a journal month of three entries saved with version 1 of
every shipped set, written by afstand before this change; `report_en.json` and
`report_nl.json` are the report of that month as afstand computed it then (its `--json`
data); the keys kept in the report model are compared with their old meaning."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.models.entry import AnswerValue, Entry
from afstand.models.question_set import QuestionSet, SetQuestion
from afstand.questionnaires.catalog import DEFAULT_SETS, load_catalog
from afstand.reflection.drafts import DraftStore, new_draft
from afstand.reflection.flow import run_reflection
from afstand.reflection.identifiers import Finding
from afstand.report.figures import build_report
from helpers import Cli
from report_helpers import JournalBuilder
from test_shipped_sets import texts

CATALOG = load_catalog(None)
VERSION1 = Path(__file__).parent / "fixtures" / "version1"
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
OCTOBER = ("--from", "2026-10-01", "--to", "2026-10-31")

# one answer to every question of every shipped set, in the order of the sets
EVERY_ANSWER: dict[str, dict[str, AnswerValue]] = {
    "countertransference": {
        "position": 6,
        "legs": 2,
        "legs_fit": "more_being",
        "type1_signals": ["withdrawing"],
        "type2_signals": ["rescuing"],
        "everyday_signals": ["over_time", "standby", "clinging_to_technique"],
        "roles": ["rescuer", "judge"],
        "power": 7,
        "reaction_source": "own_history",
        "what_pulled": "her despair",
    },
    "kiesler": {
        "messages": ["submissive", "hostile"],
        "pull_strength": 3,
        "went_along": "partly",
        "control_position": 5,
        "metacommunication": "could_have",
        "next_time": "name it",
    },
    "basic-needs": {
        "place": 1,
        "nurture": 3,
        "support": 2,
        "protection": 0,
        "limits": 4,
        "sought_from_client": ["nurture", "limits"],
        "noticed": "I wanted her thanks",
    },
    "self-care": {"attention": 2, "balance": 1, "connection": 3, "need_now": "a walk"},
    "contact-and-responsibility": {
        "touch": ["client_wish", "dependence", "trust_risk", "setting_role"],
        "responsibility": ["took_over", "context"],
        "equality": 2,
        "safety": ["prove_myself", "by_being"],
        "takeaway": "slow down",
    },
    "periodic-check-in": {
        "load_and_capacity": 1,
        "giving_and_receiving": 0,
        "strain_signals": ["exhausted", "doubt"],
        "next_step": "talk to my supervisor",
    },
}

# the items this pass added: (set, question), and the option ids of new options in old questions
NEW_QUESTIONS = [
    ("countertransference", "legs"),
    ("countertransference", "legs_fit"),
    ("countertransference", "everyday_signals"),
    ("countertransference", "power"),
    ("basic-needs", "sought_from_client"),
    ("periodic-check-in", "load_and_capacity"),
    ("periodic-check-in", "giving_and_receiving"),
    ("periodic-check-in", "strain_signals"),
    ("periodic-check-in", "next_step"),
]
NEW_OPTIONS = [
    ("contact-and-responsibility", "touch", "dependence"),
    ("contact-and-responsibility", "touch", "trust_risk"),
    ("contact-and-responsibility", "touch", "setting_role"),
    ("contact-and-responsibility", "responsibility", "context"),
    ("contact-and-responsibility", "safety", "prove_myself"),
    ("contact-and-responsibility", "safety", "by_being"),
]


class Script:
    """A prompter that answers from EVERY_ANSWER and records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def ask_client(self, known: list[str]) -> str:
        return "K7"

    def ask_date(self, today: date) -> date:
        return date(2026, 10, 2)

    def start_set(self, questionnaire: QuestionSet, number: int, total: int) -> None:
        pass

    def ask(
        self, questionnaire: QuestionSet, question: SetQuestion, current: AnswerValue | None
    ) -> AnswerValue | None:
        self.asked.append((questionnaire.id, question.id))
        return EVERY_ANSWER[questionnaire.id][question.id]

    def ask_note(self, current: str | None) -> str | None:
        return None

    def ask_supervision(
        self, current: bool | None, question: str | None
    ) -> tuple[bool, str | None]:
        return False, None

    def cannot_go_back(self) -> None:
        pass

    def review(self, entry: Entry) -> bool:
        return True

    def review_identifiers(self, findings: list[Finding]) -> str:
        return "keep"

    def revise(self, field: str, current: str) -> str:
        return current


class Clock:
    def now(self) -> datetime:
        return datetime(2026, 10, 2, 18, 0, tzinfo=UTC)

    def today(self) -> date:
        return date(2026, 10, 2)


@pytest.fixture(scope="module")
def reflected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Script, Entry]:
    """One reflection through every shipped set, as `afstand reflect` walks it."""
    store = DraftStore(tmp_path_factory.mktemp("drafts"))
    draft = new_draft("d-1", Clock().now(), list(EVERY_ANSWER), None, None)
    store.save(draft)
    script = Script()
    entry = run_reflection(draft, CATALOG, script, store, Clock(), known_clients=list)
    assert entry is not None
    return script, entry


def answered(entry: Entry) -> dict[tuple[str, str], AnswerValue]:
    return {(s.id, a.question): a.value for s, a in entry.answers()}


# --- asked -------------------------------------------------------------------------------------


def test_every_question_of_every_shipped_set_is_asked_in_order(
    reflected: tuple[Script, Entry],
) -> None:
    script, entry = reflected
    expected = [(set_id, q.id) for set_id in EVERY_ANSWER for q in CATALOG.get(set_id).questions]
    assert script.asked == expected
    assert answered(entry) == {
        (set_id, question): value
        for set_id, given in EVERY_ANSWER.items()
        for question, value in given.items()
    }


@pytest.mark.parametrize("item", NEW_QUESTIONS, ids=lambda item: ".".join(item))
def test_each_new_question_is_asked_and_saved(
    reflected: tuple[Script, Entry], item: tuple[str, str]
) -> None:
    script, entry = reflected
    assert item in script.asked
    assert item in answered(entry)


@pytest.mark.parametrize("item", NEW_OPTIONS, ids=lambda item: ".".join(item))
def test_each_new_option_can_be_chosen_and_keeps_its_wording(
    reflected: tuple[Script, Entry], item: tuple[str, str, str]
) -> None:
    set_id, question_id, option_id = item
    _, entry = reflected
    (answer,) = [a for s, a in entry.answers() if (s.id, a.question) == (set_id, question_id)]
    chosen = {option.id: option for option in answer.options}
    assert option_id in chosen
    assert chosen[option_id].label.nl and chosen[option_id].label.en
    assert chosen[option_id].tags  # the report counts it


# --- reported ----------------------------------------------------------------------------------


def october(home: Path) -> JournalBuilder:
    """Three reflections in October 2026 that answer the new items."""
    builder = JournalBuilder(home)
    builder.add("K7", "2026-10-02", position=6, extra=EVERY_ANSWER)
    builder.add(
        "K7",
        "2026-10-09",
        position=5,
        extra={
            "countertransference": {
                "position": 5,
                "legs": 4,
                "legs_fit": "fitting",
                "everyday_signals": ["refer_on"],
                "roles": ["rescuer"],
                "type2_signals": ["rescuer"],
                "power": 2,
            },
            "basic-needs": {"sought_from_client": ["none"]},
            "periodic-check-in": {"strain_signals": ["none"]},
        },
    )
    builder.add(
        "AB1",
        "2026-10-16",
        position=4,
        extra={
            "countertransference": {"position": 4, "legs": 3, "power": 4},
            "basic-needs": {"sought_from_client": ["limits"]},
        },
    )
    return builder


def october_data(home: Path) -> dict[str, Any]:
    return october(home).report(Period(date(2026, 10, 1), date(2026, 10, 31))).as_data()


def test_the_report_counts_the_new_items(afstand_home: Path) -> None:
    data = october_data(afstand_home)
    # power 7, 2, 4 on 1..7: one towards omnipotence, one towards powerlessness; three answers
    # are too few for a mean to be shown (it is kept in the data, marked not enough)
    assert data["power"] == {
        "asked": 3,
        "n": 3,
        "mean": 4.33,
        "min": 1,
        "max": 7,
        "powerless": 1,
        "omnipotent": 1,
        "enough": False,
    }
    # the first reflection answers the legs with the set's own value 2 (EVERY_ANSWER)
    assert data["legs"] == {
        "asked": 3,
        "n": 3,
        "mean": 3,
        "min": 1,
        "max": 5,
        "doing": 1,
        "meaning": 1,
        "enough": False,
        "fit": {
            "asked": 3,
            "answered": 2,
            "fitting": 1,
            "more-doing": 0,
            "more-meaning": 1,
            "unsure": 0,
        },
    }
    assert data["sought"] == {"asked": 3, "answered": 3, "needs": {"limits": 2, "nurture": 1}}
    strain = data["strain"]
    assert (strain["asked"], strain["check_ins"]) == (2, 2)
    assert strain["signals"] == {"exhausted": 1, "doubt": 1}
    assert set(strain["labels"]) == {"exhausted", "doubt"}
    # everyday signals and roles count with their pole; a role and a signal of the same id
    # (rescuer) in one reflection count once
    assert data["poles"] == {"distance": 2, "proximity": 2}
    assert data["signals"]["rescuer"] == 1 + 1
    assert data["signals"]["over_time"] == 1
    assert data["signals"]["refer_on"] == 1
    assert data["signals"]["judge"] == 1
    # the new options of the contact set: touch is a figure of its own; the others are counted
    # under their own question
    touch = {item["id"]: item["count"] for item in data["touch"]["items"]}
    assert touch["dependence"] == 1
    assert touch["trust-risk"] == 1
    tags = data["generic"]["tags"]
    assert tags["responsibility"]["context"] == 1
    assert tags["safety"]["prove-myself"] == 1
    assert tags["safety"]["by-being"] == 1
    # the check-in scales are the professional's own answers, shown as they are
    scales = data["generic"]["scales"]
    assert scales["periodic-check-in.load_and_capacity"]["mean"] == 1
    assert scales["periodic-check-in.giving_and_receiving"]["n"] == 1


def test_looking_to_the_client_is_kept_apart_from_under_pressure(afstand_home: Path) -> None:
    data = october_data(afstand_home)
    # nurture was sought once but is not counted as an answer about pressure
    assert data["needs"]["nurture"] == {
        "mean": 3,
        "n": 1,
        "count": 0,
        "under_pressure": 1,
        "enough": False,
    }
    assert data["needs"]["limits"]["n"] == 1
    assert data["sought"]["needs"]["limits"] == 2


def test_the_json_report_holds_the_new_items(cli: Cli, afstand_home: Path) -> None:
    october(afstand_home)
    result = cli("report", "--json", *OCTOBER)
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["power"]["powerless"] == 1
    assert data["legs"]["fit"]["more-meaning"] == 1
    assert data["sought"]["needs"] == {"limits": 2, "nurture": 1}
    assert data["strain"]["labels"]["exhausted"].startswith("exhausted")


def test_the_text_report_shows_the_new_items_in_english(cli: Cli, afstand_home: Path) -> None:
    october(afstand_home)
    result = cli("report", *OCTOBER)
    assert result.code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert (
        "Powerlessness ↔ omnipotence: towards powerlessness in 1, towards omnipotence in 1 of "
        "3 answers on 1–7 (too few for a mean)" in text
    )
    assert "more on the doing leg in 1, more on the meaning leg in 1 of 3 answers" in text
    assert "What the moment called for (2 answers): it fitted 1×, more doing 0×" in text
    assert "Looked to the client to meet it (asked in 3 reflections): limits 2, nurture 1" in text
    assert "Periodic check-in" in text
    assert "Signs gone through in 2 check-ins" in text
    assert "exhausted, my energy draining away (1)" in text
    assert "score" in text and "diagnosis" in text


def test_the_text_report_shows_the_new_items_in_dutch(cli: Cli, afstand_home: Path) -> None:
    october(afstand_home)
    result = cli("--lang", "nl", "report", *OCTOBER)
    assert result.code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Onmacht ↔ almacht: richting onmacht in 1, richting almacht in 1 van 3" in text
    assert "Doe-been ↔ betekenis-been" in text
    assert "Bij de cliënt een antwoord gezocht (nagegaan in 3 reflecties): begrenzing 2" in text
    assert "Periodieke check-in" in text
    assert "uitgeput, mijn energie verdwijnt (1)" in text


def test_a_mean_is_shown_from_five_answers_with_a_decimal_comma_in_dutch(
    cli: Cli, afstand_home: Path
) -> None:
    builder = JournalBuilder(afstand_home)
    for day, power in zip((2, 6, 9, 13, 16), (7, 2, 4, 5, 6), strict=True):
        builder.add(
            "K7",
            f"2026-10-{day:02d}",
            position=4,
            extra={"countertransference": {"position": 4, "power": power}},
        )
    dutch = " ".join(cli("--lang", "nl", "report", *OCTOBER).stdout.split())
    # 7, 2, 4, 5, 6: 4.8 on 1..7; below the middle once, above it three times
    assert (
        "richting onmacht in 1, richting almacht in 3 van 5 antwoorden (gemiddeld 4,8 op 1–7)"
        in dutch
    )
    english = " ".join(cli("report", *OCTOBER).stdout.split())
    assert "of 5 answers (mean 4.8 on 1–7)" in english


def test_one_answer_and_one_check_in_read_in_the_singular(cli: Cli, afstand_home: Path) -> None:
    builder = JournalBuilder(afstand_home)
    builder.add(
        "K7",
        "2026-10-02",
        position=4,
        extra={
            "countertransference": {"position": 4, "legs": 1, "legs_fit": "unsure"},
            "periodic-check-in": {"strain_signals": ["none"]},
        },
    )
    text = " ".join(cli("report", *OCTOBER).stdout.split())
    assert "of 1 answer on 1–5" in text
    assert "What the moment called for (1 answer):" in text
    assert "Signs gone through in 1 check-in; " in text
    assert "recognised: none" in text
    dutch = " ".join(cli("--lang", "nl", "report", *OCTOBER).stdout.split())
    assert "van 1 antwoord op 1–5" in dutch
    assert "Signalen nagegaan in 1 check-in;" in dutch


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_documents_carry_the_new_items_in_their_figures(
    cli: Cli, afstand_home: Path, fmt: str
) -> None:
    october(afstand_home)
    result = cli("export", "--format", fmt, *OCTOBER)
    assert result.code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Powerlessness ↔ omnipotence: towards powerlessness in 1" in text
    assert "What the moment called for (2 answers)" in text
    assert "Looked to the client to meet it (asked in 3 reflections): limits 2" in text
    assert "Periodic check-in: Signs gone through in 2 check-ins" in text


def test_a_period_without_the_new_items_reports_them_as_null(afstand_home: Path) -> None:
    builder = JournalBuilder(afstand_home)
    builder.add("K7", "2026-10-02", position=4)
    data = builder.report(Period(date(2026, 10, 1), date(2026, 10, 31))).as_data()
    assert (data["power"], data["legs"], data["sought"], data["strain"]) == (None,) * 4


# --- entries of version 1 ----------------------------------------------------------------------


@pytest.fixture
def version1_journal(afstand_home: Path) -> Journal:
    folder = afstand_home / "journal" / "2026"
    folder.mkdir(parents=True)
    shutil.copy(VERSION1 / "2026-03.json", folder / "2026-03.json")
    return Journal(afstand_home / "journal")


def stored_sets(journal: Journal) -> dict[str, int]:
    return {s.id: s.version for e in journal.entries() for s in e.sets}


def test_every_changed_set_has_a_higher_version_than_the_old_entries(
    version1_journal: Journal,
) -> None:
    old = stored_sets(version1_journal)
    assert old == {set_id: 1 for set_id in old}
    assert set(old) == {
        "countertransference",
        "kiesler",
        "basic-needs",
        "self-care",
        "contact-and-responsibility",
    }
    for set_id in old:
        assert CATALOG.get(set_id).version == 2, set_id


def kept(now: Any, before: Any, where: str) -> None:
    """Every key the old report had is in the new one with the same value; keys the model
    added beside them (`enough`, `asked`, `bands`, …) are not part of the old meaning."""
    if isinstance(before, dict):
        assert isinstance(now, dict), where
        for key, value in before.items():
            assert key in now, f"{where}.{key}"
            kept(now[key], value, f"{where}.{key}")
    elif isinstance(before, list):
        assert isinstance(now, list) and len(now) == len(before), where
        for i, (new, old) in enumerate(zip(now, before, strict=True)):
            kept(new, old, f"{where}[{i}]")
    else:
        assert now == before, where


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_old_entries_are_counted_exactly_as_before(version1_journal: Journal, lang: str) -> None:
    from afstand.i18n import set_language

    set_language(lang)  # type: ignore[arg-type]
    now = build_report(version1_journal, MARCH, None, date(2026, 3, 20)).as_data()
    before = json.loads((VERSION1 / f"report_{lang}.json").read_text(encoding="utf-8"))
    for key, value in before.items():
        if key == "disclaimer":
            continue  # a sentence of the interface, not a figure
        if key == "attention":
            assert [p["code"] for p in now[key]] == [p["code"] for p in value]
            continue
        if key == "generic":
            # roles were counted as an unknown tag then; the model has a figure for them now
            kept(now[key]["scales"], value["scales"], "generic.scales")
            assert now[key]["tags"] == {k: v for k, v in value["tags"].items() if k != "role"}
            roles = Counter[str]()
            for item in now["roles"]["items"]:
                roles[item["kind"]] += item["count"]
            assert roles == value["tags"]["role"]
            continue
        kept(now[key], value, key)
    assert (now["power"], now["legs"], now["sought"], now["strain"]) == (None,) * 4


def test_old_entries_are_shown_in_their_own_wording(cli: Cli, version1_journal: Journal) -> None:
    first = version1_journal.entries()[0]
    english = " ".join(cli("show", first.id[:8]).stdout.split())
    assert "How strongly did I feel that pull? 3 — strongly" in english
    assert "Did I go along with that pull (step into the pitfall)? partly" in english
    assert "rescuer (positive role); judge (negative role)" in english
    assert "to what extent did I pay mild attention to myself" in english
    dutch = " ".join(cli("--lang", "nl", "show", first.id[:8]).stdout.split())
    assert "Hoe sterk voelde ik die trek? 3 — sterk" in dutch
    assert "redder (positieve rol); rechter (negatieve rol)" in dutch


def test_old_entries_survive_an_export_and_import_unchanged(
    cli: Cli, version1_journal: Journal, afstand_home: Path, tmp_path: Path, monkeypatch
) -> None:
    exported = tmp_path / "export.json"
    result = cli("export", "--format", "json", "-o", str(exported))
    assert result.code == 0, result.stderr
    other = tmp_path / "other-home"
    monkeypatch.setenv("AFSTAND_HOME", str(other))
    result = cli("import", str(exported))
    assert result.code == 0, result.stderr
    again = Journal(other / "journal").entries()
    assert again == version1_journal.entries()


# --- wording -----------------------------------------------------------------------------------


def all_texts(lang: str) -> str:
    return "\n".join(
        getattr(text, lang) or "" for loaded in CATALOG for _, text in texts(loaded.questionnaire)
    )


def text_of(set_id: str, question_id: str, part: str = "help", lang: str = "nl") -> str:
    question = CATALOG.get(set_id).question(question_id)
    assert question is not None
    text = getattr(question, part)
    return " ".join(str(getattr(text, lang)).split())


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("nl", r"\bte volgend\b"),
        ("nl", r"\b(die|de|een) trek\b"),
        ("nl", r"uit mij trekken"),
        ("nl", r"positieve rol\)"),
        ("en", r"\btoo following\b"),
        ("en", r"\bdoes no\b"),
        ("en", r"\bmild\b"),
        ("en", r"\bmildness\b"),
        ("en", r"positive role\)"),
    ],
)
def test_the_mended_phrases_are_gone(lang: str, phrase: str) -> None:
    assert not re.search(phrase, all_texts(lang)), phrase


def test_no_answer_option_reads_just_not() -> None:
    labels = [
        (o.label.en or "").strip().lower()
        for loaded in CATALOG
        for q in loaded.questionnaire.questions
        for o in q.options
    ]
    assert "not" not in labels


def test_the_metacommunication_help_keeps_maes_whole() -> None:
    help_nl = text_of("kiesler", "metacommunication")
    assert "maladaptieve" in help_nl
    assert "valkuilen van secundaire traumatisering" in help_nl
    assert "pitfalls of secondary traumatisation" in text_of(
        "kiesler", "metacommunication", lang="en"
    )


def test_self_care_a_keeps_its_purpose_and_the_teams_duty() -> None:
    help_nl = text_of("self-care", "attention")
    for words in ("almachtsgevoelens", "gekwetste kind", "defensiemechanismen", "team en"):
        assert words in help_nl, words
    help_en = text_of("self-care", "attention", lang="en")
    for words in ("omnipotence", "wounded child", "defence mechanisms", "the team"):
        assert words in help_en, words


def test_the_wounded_healer_keeps_its_other_half() -> None:
    assert "niet iemand die hulpverlening gebruikt" in text_of("self-care", "need_now")
    assert "not someone who uses helping" in text_of("self-care", "need_now", lang="en")


def test_the_touch_help_is_two_sided() -> None:
    help_nl = text_of("contact-and-responsibility", "touch")
    for words in ("middenweg", "één knuffel nooit genoeg", "overdracht", "seksueel", "setting"):
        assert words in help_nl, words
    help_en = text_of("contact-and-responsibility", "touch", lang="en")
    for words in ("middle way", "one hug is never enough", "transference", "sexually", "setting"):
        assert words in help_en, words


def test_the_pull_questions_say_they_are_about_the_strongest_message() -> None:
    for question_id in ("pull_strength", "went_along"):
        assert "sterkst" in text_of("kiesler", question_id, "prompt")
        assert re.search("strongest|most strongly", text_of("kiesler", question_id, "prompt", "en"))


def test_roles_carry_the_pole_the_seed_ties_them_to() -> None:
    roles = CATALOG.get("countertransference").question("roles")
    assert roles is not None
    poles = {option.id: option.tags.get("pole") for option in roles.options}
    assert poles["judge"] == "distance"  # blaming the victim: Type I
    assert poles["rescuer"] == "proximity"  # the metaphor of the rescuer: Type II
    for option in roles.options:
        meant = "helpt, redt of beschermt" if poles[option.id] == "proximity" else "oordeelt"
        assert meant in (option.label.nl or ""), option.id


def test_everyday_signals_show_the_pole_they_count_with() -> None:
    question = CATALOG.get("countertransference").question("everyday_signals")
    assert question is not None
    expected = {
        "over_time": "proximity",
        "standby": "proximity",
        "cannot_let_go": "proximity",
        "contagion": "proximity",
        "refer_on": "distance",
        "clinging_to_technique": "distance",
    }
    for option in question.options:
        pole = option.tags["pole"]
        assert expected.get(option.id, pole) == pole, option.id
        arrow = "→ nabijheid" if pole == "proximity" else "→ afstand"
        assert arrow in (option.label.nl or ""), option.id
    assert set(expected) <= {option.id for option in question.options}


def test_the_check_in_is_its_own_set_and_no_instrument() -> None:
    check_in = CATALOG.get("periodic-check-in")
    assert "periodic-check-in" not in DEFAULT_SETS
    description = " ".join((check_in.description.en or "").split())
    assert "not a screening" in description and "no score" in description
    assert "not a validated instrument" in check_in.source
    strain = check_in.question("strain_signals")
    assert strain is not None
    assert all("strain" in option.tags for option in strain.options)
    assert "burnout" in all_texts("en") and "burn-out" in all_texts("nl")


def test_the_seed_phrases_of_002_and_003_are_in_the_contact_set() -> None:
    assert "niet de enige oorzaak" in text_of("contact-and-responsibility", "responsibility")
    assert "mezelf als therapeut te bewijzen" in text_of("contact-and-responsibility", "safety")
    assert "maar door er te zijn" in text_of("contact-and-responsibility", "safety")


# --- documented --------------------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]


def test_the_readme_table_lists_every_shipped_set_and_the_new_report_keys() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for loaded in CATALOG:
        assert f"| `{loaded.questionnaire.id}` |" in readme, loaded.questionnaire.id
    for key in ("power", "legs", "sought", "strain"):
        assert f"| `{key}` |" in readme, key


def test_the_format_doc_lists_every_known_tag_value() -> None:
    from afstand.questionnaires.tags import KNOWN_TAGS

    doc = (REPO / "docs" / "questionnaire-format.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in doc.splitlines() if line[:3] == "| `"}
    for dimension, values in KNOWN_TAGS.items():
        assert dimension in rows, dimension
        for value in values:
            assert f"`{value}`" in rows[dimension], (dimension, value)
