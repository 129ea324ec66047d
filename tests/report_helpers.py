"""Building journals for the report tests: entries written through `build_entry` and
`Journal.add`, exactly as `reflect` saves them, from compact descriptions.

    journal = JournalBuilder(home)
    journal.add("K7", "2026-10-02", position=6, type2=["rescuing"], needs={"limits": 3})

Ids and creation times are deterministic, so the rendered report can be compared with a
golden file. `TODAY` is the fixed "today" of the domain tests; the CLI tests pass explicit
periods, since the command itself reads the real date."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import Catalog, load_catalog
from afstand.reflection.answer_checks import asked_sets, build_entry
from afstand.report.figures import build_report
from afstand.report.model import Report

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))


@cache
def shipped_catalog() -> Catalog:
    """The shipped sets, parsed once for the whole run."""
    return load_catalog(None)


def answers_of(
    *,
    position: int | None = None,
    type1: Iterable[str] = (),
    type2: Iterable[str] = (),
    messages: Iterable[str] = (),
    pull: int | None = None,
    went_along: str | None = None,
    control: int | None = None,
    needs: Mapping[str, int] | None = None,
    abc: Mapping[str, int] | None = None,
    extra: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, dict[str, Any]]:
    """The `answers` of a submission, in the shipped sets' own question ids.

    position: countertransference.position (1..7, required by the set whenever it is used);
    type1/type2: option ids of type1_signals/type2_signals; messages: kiesler octants;
    pull: kiesler.pull_strength (0..4); went_along: not|partly|fully; control:
    kiesler.control_position (1..7, required: 4 when messages are given without it);
    needs: basic-needs question id → 0..4; abc: self-care question id → 0..4;
    extra: more sets as set id → question id → value."""
    type1, type2, messages = list(type1), list(type2), list(messages)
    answers: dict[str, dict[str, Any]] = {}
    if position is not None:
        countertransference: dict[str, Any] = {"position": position}
        if type1:
            countertransference["type1_signals"] = type1
        if type2:
            countertransference["type2_signals"] = type2
        answers["countertransference"] = countertransference
    elif type1 or type2:
        raise ValueError("countertransference needs its required position")
    if messages or control is not None:
        kiesler: dict[str, Any] = {"control_position": 4 if control is None else control}
        if messages:
            kiesler["messages"] = messages
        if pull is not None:
            kiesler["pull_strength"] = pull
        if went_along is not None:
            kiesler["went_along"] = went_along
        answers["kiesler"] = kiesler
    elif pull is not None or went_along is not None:
        raise ValueError("pull_strength and went_along are only asked after a message")
    if needs:
        answers["basic-needs"] = dict(needs)
    if abc:
        answers["self-care"] = dict(abc)
    for set_id, given in (extra or {}).items():
        answers[set_id] = dict(given)
    return answers


class JournalBuilder:
    """Writes entries into the journal under `home` (the isolated AFSTAND_HOME)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.journal = Journal(home / "journal")
        self.count = 0
        self.ids: list[str] = []

    @property
    def catalog(self) -> Catalog:
        user_dir = self.home / "questionnaires"
        return load_catalog(user_dir) if user_dir.is_dir() else shipped_catalog()

    def add(
        self,
        client: str,
        day: str,
        *,
        supervision: bool = False,
        question: str | None = None,
        note: str | None = None,
        **answers: Any,
    ) -> str:
        """Save one reflection; return its id. `answers` as for `answers_of`."""
        self.count += 1
        entry_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"afstand-report-test/{self.count}"))
        submission = Submission(
            client=client,
            date=date.fromisoformat(day),
            note=note,
            supervision=supervision,
            supervision_question=question,
            answers=answers_of(**answers),
        )
        catalog = self.catalog
        entry = build_entry(
            submission,
            catalog,
            now=NOW + timedelta(minutes=self.count),  # later entries are created later
            today=TODAY,
            entry_id=entry_id,
        )
        self.journal.add(entry, asked_sets(entry, catalog))
        self.ids.append(entry.id)
        return entry.id

    def report(self, period: Period = OCTOBER, client: str | None = None) -> Report:
        return build_report(self.journal, period, client, today=TODAY)


def write_october(builder: JournalBuilder) -> dict[str, str]:
    """The fixture journal of the figures and golden tests: eight reflections in October 2026
    with three clients, two in September and one on 1 November (outside both). Ids by name.

        #  client  date   pos  Type I        Type II             messages          pull  along
        1  K7      10-02  6    -             rescuing, merging   submissive        3     fully
        2  K7      10-06  7    -             rescuing            submissive,friendly 0   partly
        3  K7      10-09  5    withdrawing   identified          -
        4  MW-03   10-13  2    withdrawing,  -                   hostile           2     not
                               avoiding
        5  MW-03   10-16  3    -             -                   -
        6  AB1     10-20  4    -             -                   submissive        1     not
        7  K7      10-23  6    -             rescuing            -
        8  AB1     10-30  -    (basic needs only)

        control: #1 5, #2 6, #3 4, #4 3, #6 4
        needs:   #1 limits 3, support 1; #2 limits 4; #3 limits 2; #4 limits 3, place 0;
                 #5 protection 4; #7 limits 1; #8 nurture 2
        abc:     #1 attention 2, balance 1, connection 3; #2 balance 2;
                 #5 attention 4, connection 1
        supervision: #1 (with a question), #6 (without)
    """
    b = builder
    ids = {
        "sep-k7": b.add("K7", "2026-09-10", position=4, type1=["reserved"], control=4),
        "sep-mw": b.add("MW-03", "2026-09-30", position=2, type2=["merging"]),
        "nov-k7": b.add("k7", "2026-11-01", position=1, type1=["reserved"], control=1),
    }
    ids["1"] = b.add(
        "K7",
        "2026-10-02",
        position=6,
        type2=["rescuing", "merging"],
        messages=["submissive"],
        pull=3,
        went_along="fully",
        control=5,
        needs={"limits": 3, "support": 1},
        abc={"attention": 2, "balance": 1, "connection": 3},
        supervision=True,
        question="Why do I want to rescue her?",
    )
    ids["2"] = b.add(
        "k7",
        "2026-10-06",
        position=7,
        type2=["rescuing"],
        messages=["submissive", "friendly"],
        pull=0,
        went_along="partly",
        control=6,
        needs={"limits": 4},
        abc={"balance": 2},
    )
    ids["3"] = b.add(
        "K7",
        "2026-10-09",
        position=5,
        type1=["withdrawing"],
        type2=["identified"],
        control=4,
        needs={"limits": 2},
    )
    ids["4"] = b.add(
        "MW-03",
        "2026-10-13",
        position=2,
        type1=["withdrawing", "avoiding"],
        messages=["hostile"],
        pull=2,
        went_along="not",
        control=3,
        needs={"limits": 3, "place": 0},
    )
    ids["5"] = b.add(
        "MW-03",
        "2026-10-16",
        position=3,
        needs={"protection": 4},
        abc={"attention": 4, "connection": 1},
    )
    ids["6"] = b.add(
        "AB1",
        "2026-10-20",
        position=4,
        messages=["submissive"],
        pull=1,
        went_along="not",
        control=4,
        supervision=True,
    )
    ids["7"] = b.add("K7", "2026-10-23", position=6, type2=["rescuing"], needs={"limits": 1})
    ids["8"] = b.add("AB1", "2026-10-30", needs={"nurture": 2})
    return ids
