"""Write a realistic synthetic journal into an afstand home, through afstand's own code.

    python benchmarks/make_journal.py --home DIR --years 10 --per-week 25 [--seed N]

Several clients at a time, each with a drifting pattern of their own (some pull closeness,
some distance; some send one Kiesler message more than others); all shipped sets answered;
notes of realistic length. The same seed gives the same journal."""

from __future__ import annotations

import argparse
import os
import random
import sys
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

WORDS = [
    "vandaag",
    "sessie",
    "cliënt",
    "voelde",
    "ik",
    "mij",
    "moe",
    "onrustig",
    "betrokken",
    "afstandelijk",
    "gehaast",
    "warm",
    "verdriet",
    "boosheid",
    "stilte",
    "grens",
    "redden",
    "begrijpen",
    "luisteren",
    "wilde",
    "meer",
    "zeggen",
    "merkte",
    "dat",
    "mijn",
    "eigen",
    "geschiedenis",
    "raakte",
    "twijfel",
    "supervisie",
    "volgende",
    "keer",
    "proberen",
    "ruimte",
    "laten",
    "the",
    "session",
    "felt",
    "heavy",
    "and",
    "I",
    "noticed",
    "my",
    "urge",
    "to",
    "fix",
    "things",
    "before",
    "she",
    "was",
    "ready",
]


class Client:
    def __init__(self, code: str, rng: random.Random) -> None:
        self.code = code
        self.position = rng.uniform(2.5, 5.5)
        self.drift = rng.uniform(-0.04, 0.04)
        self.pull = rng.choice(
            [
                "dominant",
                "hostile",
                "hostile-submissive",
                "submissive",
                "friendly-submissive",
                "hostile-dominant",
            ]
        )
        self.need = rng.choice(["place", "nurture", "support", "protection", "limits"])


def answers_for(client: Client, rng: random.Random) -> dict[str, dict[str, object]]:
    client.position = min(7.0, max(1.0, client.position + client.drift + rng.gauss(0, 0.4)))
    position = round(client.position)
    type1 = ["reserved", "denying", "minimising", "avoiding", "withdrawing", "cynicism"]
    type2 = ["dependent", "merging", "identified", "rescuing", "entanglement", "hyperactivity"]
    counter: dict[str, object] = {"position": position}
    if position <= 3 and rng.random() < 0.7:
        counter["type1_signals"] = rng.sample(type1, rng.randint(1, 3))
    if position >= 5 and rng.random() < 0.7:
        counter["type2_signals"] = rng.sample(type2, rng.randint(1, 3))
    if rng.random() < 0.3:
        counter["roles"] = [rng.choice(["rescuer", "protector", "judge", "angel"])]
    counter["reaction_source"] = rng.choice(["client_story", "own_history", "both", "unknown"])
    if rng.random() < 0.5:
        counter["what_pulled"] = note(rng, 8, 25)
    kiesler: dict[str, object] = {"control_position": min(7, max(1, round(rng.gauss(4, 1.1))))}
    if rng.random() < 0.6:
        kiesler["messages"] = [client.pull]
        kiesler["pull_strength"] = rng.randint(0, 4)
        kiesler["went_along"] = rng.choice(["not", "partly", "fully"])
    needs = {
        name: rng.randint(0, 2) for name in ("place", "nurture", "support", "protection", "limits")
    }
    needs[client.need] = rng.randint(1, 4)
    care = {name: rng.randint(0, 4) for name in ("attention", "balance", "connection")}
    return {
        "countertransference": counter,
        "kiesler": kiesler,
        "basic-needs": needs,
        "self-care": care,
    }


def note(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", required=True, type=Path, help="the afstand home to fill")
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--per-week", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--end",
        type=date.fromisoformat,
        default=date(2026, 10, 31),
        help="the last session date (default 2026-10-31)",
    )
    args = parser.parse_args(argv)

    os.environ["AFSTAND_HOME"] = str(args.home)
    from afstand.journal.format import encode_month, sort_entries
    from afstand.journal.periods import month_of
    from afstand.journal.store import Journal
    from afstand.models.question_set import set_wording
    from afstand.models.submission import Submission
    from afstand.paths import resolve_paths
    from afstand.questionnaires.catalog import load_catalog
    from afstand.reflection.answer_checks import asked_sets, build_entry

    paths = resolve_paths()
    if paths.journal.exists() and any(paths.journal.iterdir()):
        print(f"{paths.journal} is not empty; choose an empty --home", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    catalog = load_catalog(None)
    journal = Journal(paths.journal)
    start = args.end - timedelta(days=round(args.years * 365.25))
    clients: list[Client] = []
    serial = 0
    by_month: dict[str, list] = defaultdict(list)
    # each month holds the whole wording of the sets asked, as `reflect` saves it
    wordings = {}
    day = start - timedelta(days=start.weekday())
    while day <= args.end:
        while len(clients) < 30:
            serial += 1
            clients.append(Client(f"K{serial}", rng))
        if rng.random() < 0.15:  # a course of therapy ends now and then
            clients.pop(rng.randrange(len(clients)))
        for _ in range(args.per_week):
            session_day = day + timedelta(days=rng.randrange(5))
            if not start <= session_day <= args.end:
                continue
            client = rng.choice(clients)
            flagged = rng.random() < 0.08
            submission = Submission(
                client=client.code,
                date=session_day,
                note=note(rng, 15, 80) if rng.random() < 0.6 else None,
                supervision=flagged,
                supervision_question=note(rng, 6, 15) if flagged else None,
                answers=answers_for(client, rng),
            )
            moment = datetime.combine(session_day, datetime.min.time(), UTC)
            moment += timedelta(hours=rng.randint(8, 18), minutes=rng.randrange(60))
            entry = build_entry(
                submission,
                catalog,
                now=moment,
                today=args.end,
                entry_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            )
            by_month[month_of(session_day)].append(entry)
            for asked in asked_sets(entry, catalog):
                wordings[(asked.id, asked.version)] = set_wording(asked)
        day += timedelta(days=7)
    total = 0
    for month, entries in sorted(by_month.items()):
        encoded = encode_month(month, sort_entries(entries), wordings.values())
        journal.write_bytes(journal.month_path(month), encoded)
        total += len(entries)
    print(f"wrote {total} entries in {len(by_month)} months to {paths.journal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
