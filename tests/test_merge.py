"""The merge by id: the same outcome in any order of the copies, and merging again changes
nothing; the most recently changed version wins; deletion records win over older versions only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from afstand.journal.merge import covers, merge_versions

START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
IDS = ["id-1", "id-2", "id-3", "id-4"]

version = st.builds(
    lambda key, minutes, note: {
        "id": key,
        "created": START.isoformat(),
        "updated": (START + timedelta(minutes=minutes)).isoformat(),
        "note": note,
    },
    st.sampled_from(IDS),
    st.integers(min_value=0, max_value=5),
    st.sampled_from(["a", "b", "c"]),
)
copies = st.lists(st.lists(version, max_size=6), min_size=1, max_size=4)
deletions = st.dictionaries(
    st.sampled_from(IDS),
    st.integers(min_value=0, max_value=5).map(lambda m: START + timedelta(minutes=m)),
)


@given(copies=copies, deleted=deletions, order=st.randoms())
def test_the_order_of_the_copies_does_not_matter(
    copies: list[list[dict[str, Any]]], deleted: dict[str, datetime], order: Any
) -> None:
    shuffled = [list(c) for c in copies]
    order.shuffle(shuffled)
    for one in shuffled:
        order.shuffle(one)
    assert merge_versions(shuffled, deleted).entries == merge_versions(copies, deleted).entries


@given(copies=copies, deleted=deletions)
def test_merging_again_changes_nothing(
    copies: list[list[dict[str, Any]]], deleted: dict[str, datetime]
) -> None:
    once = merge_versions(copies, deleted).entries
    assert merge_versions([once], deleted).entries == once
    assert merge_versions([once, *copies], deleted).entries == once


@given(copies=copies, deleted=deletions)
def test_nothing_is_lost_that_is_not_deleted_or_superseded(
    copies: list[list[dict[str, Any]]], deleted: dict[str, datetime]
) -> None:
    merged = merge_versions(copies, deleted)
    by_id = {e["id"]: e for e in merged.entries}
    for copy in copies:
        for entry in copy:
            assert covers(by_id, entry, deleted)


def test_the_newest_version_wins_and_a_change_after_deletion_is_kept() -> None:
    old = {"id": "x", "created": START.isoformat(), "note": "old"}
    new = {**old, "updated": (START + timedelta(hours=1)).isoformat(), "note": "new"}
    assert merge_versions([[new], [old]], {}).entries == [new]
    assert merge_versions([[old], [new]], {}).entries == [new]
    deleted_between = {"x": START + timedelta(minutes=30)}
    merged = merge_versions([[old], [new]], deleted_between)
    assert merged.entries == [new] and merged.kept_after_deletion == ["x"]
    merged = merge_versions([[old]], deleted_between)
    assert merged.entries == [] and merged.removed == ["x"]
