"""The mirror's figures, computed once into the report model (`report.model.Report`).

Every figure comes from the tags stored in the entries, never from question ids, so a user's
own tagged set counts too. Its denominator is the number of reflections in which the question
was asked: those that answered a set which holds it. It describes the professional's own
reflections; it diagnoses no one. Attention points are invitations with their evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from statistics import mean

from msgspec.structs import replace

from afstand.dates import month_start
from afstand.i18n import t
from afstand.journal.periods import Period
from afstand.journal.store import Journal, paused_gc
from afstand.questionnaires.tags import EXTENSION_OCTANTS, KNOWN_TAGS
from afstand.report import circumplex
from afstand.report.attention import PRESSURE, attention
from afstand.report.entries import (
    REPORT_DIMENSIONS,
    Chosen,
    EntryView,
    ScaleValues,
    holder_table,
    mean_of,
    read_views,
    scale_table,
    words_of,
)
from afstand.report.model import (
    Bands,
    Circle,
    ClientRow,
    CourseRow,
    Generic,
    Labelled,
    Legs,
    Measure,
    Octant,
    Position,
    Power,
    Previous,
    Pull,
    Question,
    Report,
    Sought,
    Span,
    Strain,
    Tally,
    Week,
)
from afstand.report.words import natural, octant_words

MINIMUM = 5  # fewer answers than this: a count, no mean; no difference with the period before

POLES = KNOWN_TAGS["pole"]
OCTANTS = KNOWN_TAGS["octant"]
NEEDS = KNOWN_TAGS["need"]
ABC = KNOWN_TAGS["abc"]

ScaleAnswer = tuple[int, int, int]  # value, min, max
SideAnswer = tuple[int, int | None, int | None]  # value, min, max when known


# -- the parts of the report ------------------------------------------------------------------


def position(views: Sequence[EntryView], axis: str, asked: set[str]) -> Position:
    answers: list[ScaleAnswer] = []
    asked_n = 0
    anchor_texts: list[dict[int, dict[str, str]]] = []
    seen: set[int] = set()
    affiliation = axis == "affiliation"
    for view in views:
        answer = view.affiliation if affiliation else view.control
        if answer:
            answers.append(answer)
            asked_n += 1
        elif asked and view.sets & asked:
            asked_n += 1
        texts = view.anchors.get(axis)
        if texts and id(texts) not in seen:  # the same wording's anchors are one object
            seen.add(id(texts))
            anchor_texts.append(texts)
    if not answers:
        return Position(asked=asked_n)
    low = min(a[1] for a in answers)
    high = max(a[2] for a in answers)
    counts = Counter(a[0] for a in answers)
    anchors: dict[str, str] = {}
    for texts in anchor_texts:
        for value, text in texts.items():
            if str(value) not in anchors:
                anchors[str(value)] = words_of(text)
    below = at = above = 0
    distances = []
    for value, a_low, a_high in answers:
        middle = (a_low + a_high) / 2
        distances.append(abs(value - middle))
        if value < middle:
            below += 1
        elif value > middle:
            above += 1
        else:
            at += 1
    bands = Bands(low=below, middle=at, high=above)
    return Position(
        n=len(answers),
        asked=max(asked_n, len(answers)),
        mean=mean_of([a[0] for a in answers]),
        min=low,
        max=high,
        distribution={str(v): counts.get(v, 0) for v in range(low, high + 1)},
        anchors={k: anchors[k] for k in sorted(anchors, key=int)},
        bands=bands,
        distance_from_balance=mean_of(distances),
        enough=len(answers) >= MINIMUM,
    )


def bands_of(views: Sequence[EntryView]) -> Bands:
    """How many positions (distance ↔ closeness) lay below, at and above their middle."""
    below = at = above = 0
    for view in views:
        if view.affiliation is None:
            continue
        value, low, high = view.affiliation
        twice = 2 * value
        if twice < low + high:
            below += 1
        elif twice > low + high:
            above += 1
        else:
            at += 1
    return Bands(low=below, middle=at, high=above)


def tally(views: Sequence[EntryView], dimension: str, by_option: bool, sets: set[str]) -> Tally:
    """The options tagged `dimension` (asked in `sets`): per option (`by_option`) or per tag
    value."""
    asked = 0
    counts: Counter[str] = Counter()
    clients: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    kinds: dict[str, str] = {}
    answered = 0
    for view in views:
        if not view.sets & sets:
            continue
        asked += 1
        found = view.by_dimension.get(dimension)
        if not found:
            continue
        answered += 1
        keys = set()
        for chosen in found:
            key = chosen.id if by_option else chosen.tags[dimension]
            keys.add(key)
            if key not in labels:
                labels[key] = words_of(chosen.label, key)
            kinds[key] = chosen.tags[dimension]
        for key in keys:
            counts[key] += 1
            clients[key].add(view.client)
    order = KNOWN_TAGS.get(dimension, ())
    items = [
        Labelled(
            id=key,
            label=labels[key],
            count=count,
            clients=sorted(clients[key], key=natural),
            kind=kinds[key] if by_option else None,
        )
        for key, count in sorted(
            counts.items(),
            key=lambda kv: (-kv[1], order.index(kinds[kv[0]]) if kinds[kv[0]] in order else 99),
        )
    ]
    return Tally(asked=asked, answered=answered, sets=sorted(sets), items=items)


def circle(views: Sequence[EntryView], sets: set[str]) -> Circle:
    asked = sum(1 for v in views if v.sets & sets)
    with_message = [v for v in views if v.messages]
    if not with_message:
        return Circle(asked=asked)
    noted_by: dict[str, list[EntryView]] = {octant: [] for octant in OCTANTS}
    for view in with_message:
        for octant in dict.fromkeys(view.messages):
            if octant in noted_by:
                noted_by[octant].append(view)
    octants = []
    shares = []
    for octant in OCTANTS:
        noted = noted_by[octant]
        share = len(noted) / len(with_message)
        shares.append(share)
        consider = None
        for view in reversed(noted):
            texts = [c.feedback for c in view.tagged("octant", octant) if c.feedback]
            if texts:
                consider = words_of(texts[0])
                break
        octants.append(
            Octant(
                id=octant,
                label=octant_words(octant),
                short=octant_words(octant, short=True),
                extension=octant in EXTENSION_OCTANTS,
                count=len(noted),
                clients=len({v.client for v in noted}),
                share=round(share, 3),
                pull_felt=sum(1 for v in noted if v.pull_felt()),
                went_along=sum(1 for v in noted if {"followed", "partly"} & set(v.pulls)),
                consider=consider,
            )
        )
    summary = circumplex.summarise(shares, len(with_message), MINIMUM, OCTANTS)
    joined = any(len(v.messages) > 1 and (v.pulls or v.pull_felt() is not None) for v in views)
    return Circle(
        asked=max(asked, len(with_message)),
        with_message=len(with_message),
        octants=octants,
        summary=summary,
        joined=joined,
    )


def pull(views: Sequence[EntryView]) -> Pull:
    messages = felt = felt_n = followed = partly = resisted = 0
    for view in views:
        messages += bool(view.messages)
        was_felt = view.pull_felt()
        felt += bool(was_felt)
        felt_n += was_felt is not None
        pulls = view.pulls
        if pulls:
            followed += "followed" in pulls
            partly += "partly" in pulls
            resisted += "resisted" in pulls
    return Pull(
        messages=messages,
        felt=felt,
        felt_n=felt_n,
        followed=followed,
        partly=partly,
        resisted=resisted,
    )


def measures(
    scales: dict[str, ScaleValues], names: Sequence[str], pressure: bool
) -> dict[str, Measure]:
    """The scales of one tag dimension (`tagged_scales`), per name in `names`."""
    result = {}
    for name in names:
        scale = scales.get(name)
        if scale is None:
            continue
        n = len(scale.values)
        result[name] = Measure(
            mean=mean_of([v for _, v in scale.values]),
            n=n,
            count=scale.count,
            under_pressure=sum(1 for s in scale.shares if s >= PRESSURE) if pressure else None,
            enough=n >= MINIMUM,
        )
    return result


def axis_answers(views: Sequence[EntryView]) -> dict[str, list[SideAnswer]]:
    """The answers on scales tagged with an axis other than the position's, per axis: value,
    and the lowest and highest value of its scale (None when unknown)."""
    found: dict[str, list[SideAnswer]] = defaultdict(list)
    for view in views:
        for dimension, tag, value, low, high in view.scales:
            if dimension == "axis":
                found[tag].append((value, low, high))
    return found


def _scale_sides(
    views: Sequence[EntryView],
    answers: Sequence[SideAnswer],
    asked: set[str],
) -> tuple[int, int, float | None, int | None, int | None, int, int]:
    """A scale between two ends (axis power or legs): asked, answers, mean, lowest and highest
    end, and the answers below and above the middle of their own scale."""
    values: list[int] = []
    low = high = None
    below = above = 0
    for value, a_low, a_high in answers:
        values.append(value)
        if a_low is not None and a_high is not None:
            low = a_low if low is None else min(low, a_low)
            high = a_high if high is None else max(high, a_high)
            twice = 2 * value
            below += twice < a_low + a_high
            above += twice > a_low + a_high
    asked_n = sum(1 for v in views if v.sets & asked) if asked else 0
    return max(asked_n, len(values)), len(values), mean_of(values), low, high, below, above


def _chosen(
    views: Sequence[EntryView], dimension: str, sets: set[str]
) -> tuple[int, int, dict[str, int], dict[str, str]]:
    """Options tagged `dimension` (asked in `sets`): the reflections that asked and that
    answered, per value in how many reflections it was chosen (`none` counts as an answer
    only), and its label as stored with the latest reflection."""
    asked = answered = 0
    counts: Counter[str] = Counter()
    latest: dict[str, Chosen] = {}
    for view in views:
        if view.sets & sets:
            asked += 1
        found = view.by_dimension.get(dimension)
        if not found:
            continue
        answered += 1
        counts.update({c.tags[dimension] for c in found} - {"none"})
        for chosen in found:
            latest[chosen.tags[dimension]] = chosen
    order = KNOWN_TAGS.get(dimension, ())
    ranked = sorted(
        counts.items(), key=lambda kv: (-kv[1], order.index(kv[0]) if kv[0] in order else 99)
    )
    return (
        asked,
        answered,
        dict(ranked),
        {key: words_of(latest[key].label, key) for key, _ in ranked},
    )


def power(
    views: Sequence[EntryView],
    answers: Sequence[SideAnswer],
    asked: set[str],
) -> Power | None:
    sets, n, average, low, high, below, above = _scale_sides(views, answers, asked)
    if not n:
        return None
    return Power(
        asked=sets,
        n=n,
        mean=average,
        min=low,
        max=high,
        powerless=below,
        omnipotent=above,
        enough=n >= MINIMUM,
    )


def legs(
    views: Sequence[EntryView],
    answers: Sequence[SideAnswer],
    asked: set[str],
    leg_sets: set[str],
) -> Legs | None:
    sets, n, average, low, high, below, above = _scale_sides(views, answers, asked)
    fit_asked, fit_answered, fit, _ = _chosen(views, "leg", leg_sets)
    if not n and not fit_answered:
        return None
    return Legs(
        asked=sets,
        n=n,
        mean=average,
        min=low,
        max=high,
        doing=below,
        meaning=above,
        enough=n >= MINIMUM,
        fit={
            "asked": fit_asked,
            "answered": fit_answered,
            **{value: fit.get(value, 0) for value in KNOWN_TAGS["leg"]},
        },
    )


def sought(views: Sequence[EntryView], sets: set[str]) -> Sought | None:
    asked, answered, needs, _ = _chosen(views, "sought", sets)
    return Sought(asked=asked, answered=answered, needs=needs) if answered else None


def strain(views: Sequence[EntryView], sets: set[str]) -> Strain | None:
    asked, check_ins, signals, labels = _chosen(views, "strain", sets)
    if not check_ins:
        return None
    return Strain(asked=asked, check_ins=check_ins, signals=signals, labels=labels)


def generic(views: Sequence[EntryView]) -> Generic:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for view in views:
        for chosen in view.chosen:
            for dimension, tag in chosen.tags.items():
                if dimension not in REPORT_DIMENSIONS:
                    counts[dimension][tag] += 1
    values: dict[str, list[int]] = defaultdict(list)
    prompts: dict[str, dict[str, str]] = {}
    for view in views:
        for key, prompt, value in view.generic:
            values[key].append(value)
            prompts[key] = prompt
    scales = {}
    for key, series in sorted(values.items()):
        half = len(series) // 2
        trend = round(mean(series[half:]) - mean(series[:half]), 2) if half >= 2 else None
        scales[key] = {
            "mean": mean_of(series),
            "n": len(series),
            "trend": trend,
            "prompt": prompts[key],
        }
    return Generic(
        tags={dim: dict(c.most_common()) for dim, c in sorted(counts.items())}, scales=scales
    )


def mondays(first: date, last: date) -> list[date]:
    monday = first - timedelta(days=first.weekday())
    found = []
    while monday <= last:
        found.append(monday)
        monday += timedelta(days=7)
    return found


@cache
def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@cache
def _first_of_month(day: date) -> date:
    return day.replace(day=1)


MOST_WEEKS = 60  # a longer period is charted per month


def weeks(
    views: Sequence[EntryView], first: date, last: date, asked: set[str], unit: str = "week"
) -> list[Week]:
    """A row per week (Monday) or per month (its first day) from `first` to `last`."""

    start_of = monday_of if unit == "week" else _first_of_month
    by_bucket: dict[date, list[EntryView]] = defaultdict(list)
    for view in views:
        by_bucket[start_of(view.day)].append(view)
    if unit == "week":
        starts = mondays(first, last)
    else:
        starts = [month_start(first)]
        while starts[-1] < month_start(last):
            starts.append(month_start(starts[-1], 1))
    rows = []
    for start in starts:
        bucket = by_bucket.get(start, [])
        distance = proximity = bucket_asked = 0
        positions = []
        for view in bucket:
            if view.poles:
                distance += bool(view.poles.get("distance"))
                proximity += bool(view.poles.get("proximity"))
            if view.sets & asked:
                bucket_asked += 1
            if view.affiliation:
                positions.append(view.affiliation[0])
        rows.append(
            Week(
                week=start.isoformat(),
                label=max(start, first).isoformat(),
                entries=len(bucket),
                affiliation_mean=mean_of(positions),
                distance=distance,
                proximity=proximity,
                asked=bucket_asked,
                distance_share=round(100 * distance / bucket_asked) if bucket_asked else 0,
                proximity_share=round(100 * proximity / bucket_asked) if bucket_asked else 0,
                bands=bands_of(bucket),
            )
        )
    return rows


def abc_weeks(
    scales: dict[str, ScaleValues], first: date, last: date
) -> dict[str, list[float | None]]:
    """The self-care scales (`tagged_scales` of abc) as a mean per week."""
    result = {}
    starts = mondays(first, last)
    for part, scale in scales.items():
        if part not in ABC or not scale.values:
            continue
        by_week: dict[date, list[int]] = defaultdict(list)
        for day, value in scale.values:
            by_week[monday_of(day)].append(value)
        result[part] = [mean_of(by_week[m]) if by_week.get(m) else None for m in starts]
    return result


def per_client(views: Sequence[EntryView], pole_sets: set[str]) -> list[ClientRow]:
    by_client: dict[str, list[EntryView]] = defaultdict(list)
    for view in views:
        by_client[view.client].append(view)
    rows = []
    for code, mine in sorted(by_client.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        values = [view.affiliation[0] for view in mine if view.affiliation]
        poles, asked = _poles(mine, pole_sets)
        rows.append(
            ClientRow(
                client=code,
                entries=len(mine),
                first=mine[0].day.isoformat(),
                last=mine[-1].day.isoformat(),
                affiliation_mean=mean_of(values),
                affiliation_n=len(values),
                bands=bands_of(mine),
                poles=poles,
                poles_asked=asked,
            )
        )
    return rows


def _poles(views: Sequence[EntryView], pole_sets: set[str]) -> tuple[dict[str, int], int]:
    """In how many reflections a signal of each pole was noted, and how many were asked."""
    counts = dict.fromkeys(POLES, 0)
    asked = 0
    for view in views:
        if view.poles:
            for pole in POLES:
                if view.poles.get(pole):
                    counts[pole] += 1
        if view.sets & pole_sets:
            asked += 1
    return counts, asked


def course(views: Sequence[EntryView]) -> list[CourseRow]:
    rows = []
    for view in views:
        followed = view.pull()
        pull_word = (
            "followed" if "followed" in followed else "partly" if "partly" in followed else None
        )
        rows.append(
            CourseRow(
                id=view.id,
                date=view.day.isoformat(),
                position=view.affiliation[0] if view.affiliation else None,
                low=view.affiliation[1] if view.affiliation else None,
                high=view.affiliation[2] if view.affiliation else None,
                type1=[_short(_label_of(view, s)) for s in view.signals("distance")],
                type2=[_short(_label_of(view, s)) for s in view.signals("proximity")],
                messages=view.octants(),
                pull=pull_word,
            )
        )
    return rows


def _label_of(view: EntryView, option_id: str) -> str:
    for chosen in view.chosen:
        if chosen.id == option_id:
            return words_of(chosen.label, option_id)
    return option_id


def _short(label: str) -> str:
    """The first clause of a label: short enough for one line per reflection."""
    for mark in (",", ":", "("):
        label = label.split(mark)[0]
    return label.strip()


# -- the whole report ----------------------------------------------------------------------------


def previous_period(period: Period) -> Period | None:
    """The period of the same length just before (a calendar month or year when it is one)."""
    if period.start is None or period.end is None:
        return None
    start, end = period.start, period.end
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return Period(month_start(start, -months), start - timedelta(days=1))
    length = (end - start).days + 1
    return Period(start - timedelta(days=length), start - timedelta(days=1))


def _previous(
    before: Period, views: Sequence[EntryView], now: Report, pole_sets: set[str]
) -> Previous:
    affiliation = position(views, "affiliation", set())
    control = position(views, "control", set())
    enough = len(views) >= MINIMUM and now.entries >= MINIMUM
    affiliation_enough = affiliation.enough and now.affiliation.enough
    control_enough = control.enough and now.control.enough
    poles, _ = _poles(views, pole_sets)

    def change(now_value: float | None, before: float | None, comparable: bool) -> float | None:
        if not comparable or now_value is None or before is None:
            return None
        return round(now_value - before, 2)

    return Previous(
        period=Span(
            start=before.start.isoformat() if before.start else None,
            end=before.end.isoformat() if before.end else None,
        ),
        entries=len(views),
        clients=len({v.client for v in views}),
        poles=poles,
        affiliation_mean=affiliation.mean,
        control_mean=control.mean,
        enough=enough,
        affiliation_enough=affiliation_enough,
        control_enough=control_enough,
        changes={
            "entries": now.entries - len(views),
            "clients": now.clients - len({v.client for v in views}),
            "distance": change(now.poles["distance"], poles["distance"], enough),
            "proximity": change(now.poles["proximity"], poles["proximity"], enough),
            "affiliation": change(now.affiliation.mean, affiliation.mean, affiliation_enough),
            "control": change(now.control.mean, control.mean, control_enough),
        },
    )


def summarise(
    views: Sequence[EntryView],
    period: Period,
    client: str | None,
    today: date,
    previous: Sequence[EntryView] | None = None,
) -> Report:
    """The report over `views` (sorted by date); `previous` the period before, if compared."""
    with paused_gc():  # see build_report
        return _summarise(views, period, client, today, previous)


def _summarise(
    views: Sequence[EntryView],
    period: Period,
    client: str | None,
    today: date,
    previous: Sequence[EntryView] | None,
) -> Report:
    views = sorted(views, key=lambda v: v.day)
    held = holder_table(views)
    held_before = holder_table(previous or [])

    def asked_in(dimension: str) -> set[str]:
        """The sets holding `dimension` in this period."""
        return held.get(dimension, set())

    def asked_ever(dimension: str) -> set[str]:
        """The sets holding `dimension` in this period or the one before."""
        return held.get(dimension, set()) | held_before.get(dimension, set())

    # Type I and II are asked beside the position between distance and closeness (Maes): a
    # reflection that answered a set holding either was asked, also when no signal was noted
    # anywhere in the period (an unchosen option leaves no trace in an entry)
    pole_sets = asked_ever("pole") | asked_ever("axis:affiliation")
    if views:
        first = period.start or views[0].day
        spanned = client is not None and period.end is None  # a client's own span
        end = period.end or (views[-1].day if spanned else today)
        last = views[-1].day if spanned else min(end, max(today, views[-1].day))
        last = max(last, views[-1].day)
    else:
        first = period.start or today
        end = last = period.end or today
    days = max(1, (min(end, max(today, first)) - first).days + 1)
    unit = "month" if views and len(mondays(first, last)) > MOST_WEEKS else "week"
    signals: Counter[str] = Counter()
    labels: dict[str, str] = {}
    octant_clients: dict[str, set[str]] = defaultdict(set)
    octant_counts: Counter[str] = Counter()
    for view in views:
        if view.poles:
            for pole in POLES:
                signals.update(view.poles.get(pole, ()))
            for chosen in view.by_dimension.get("pole", ()):
                if chosen.id not in labels:
                    labels[chosen.id] = words_of(chosen.label, chosen.id)
        for octant in view.messages:
            octant_counts[octant] += 1
            octant_clients[octant].add(view.client)
    poles, poles_asked = _poles(views, pole_sets)
    scales = scale_table(views, ("need", "abc"))
    on_axes = axis_answers(views)
    report = Report(
        period=Span(
            start=first.isoformat() if views or period.start else None,
            end=end.isoformat(),
        ),
        client=client,
        entries=len(views),
        clients=len({v.client for v in views}),
        per_week=round(len(views) * 7 / days, 2),
        small_sample=len(views) < MINIMUM,
        quick=sum(1 for view in views if view.quick),
        minimum=MINIMUM,
        poles=poles,
        poles_asked=poles_asked,
        pole_sets=sorted(asked_in("pole")),
        signals=dict(signals.most_common()),
        signal_labels={key: labels[key] for key in signals},
        roles=tally(views, "role", True, asked_in("role")),
        source=tally(views, "source", False, asked_in("source")),
        touch=tally(views, "touch", False, asked_in("touch")),
        octants={o: octant_counts[o] for o in OCTANTS if octant_counts[o]},
        octant_clients={o: len(octant_clients[o]) for o in OCTANTS if octant_clients[o]},
        circle=circle(views, asked_in("octant")),
        pull=pull(views),
        needs=measures(scales.get("need", {}), NEEDS, pressure=True),
        abc=measures(scales.get("abc", {}), ABC, pressure=False),
        affiliation=position(views, "affiliation", asked_ever("axis:affiliation")),
        control=position(views, "control", asked_ever("axis:control")),
        power=power(views, on_axes.get("power", []), asked_ever("axis:power")),
        legs=legs(views, on_axes.get("legs", []), asked_ever("axis:legs"), asked_in("leg")),
        sought=sought(views, asked_in("sought")),
        strain=strain(views, asked_in("strain")),
        weeks=weeks(views, first, last, pole_sets) if views else [],
        chart_unit=unit,
        chart=weeks(views, first, last, pole_sets, unit) if views and unit == "month" else [],
        abc_weeks=abc_weeks(scales.get("abc", {}), first, last) if views else {},
        per_client=per_client(views, pole_sets),
        generic=generic(views),
        attention=attention(views, client, period, today, pole_sets, scales.get("need", {})),
        supervision=[v.id for v in views if v.supervision],
        supervision_questions=[
            Question(
                id=v.id, date=v.day.isoformat(), client=v.client, question=v.supervision_question
            )
            for v in views
            if v.supervision
        ],
        course=course(views) if client else [],
        disclaimer=t("report.disclaimer"),
    )
    before = previous_period(period)
    if previous is not None and before is not None:
        report = replace(report, previous=_previous(before, previous, report, pole_sets))
    return report


def build_report(journal: Journal, period: Period, client: str | None, today: date) -> Report:
    # the views and figures make hundreds of thousands of objects and no cycles: the collector
    # would only rescan them again and again (half the time of a ten-year report)
    with paused_gc():
        views = read_views(journal, period, client)
        before = previous_period(period)
        previous = read_views(journal, before, client) if before else None
        report = summarise(views, period, client, today, previous)
        # gone while the collector rests: alive when it woke, all that the views hold would
        # be scanned once more, for nothing (a sixth of the time of a year's report)
        del views, previous
    return report
