"""The one function that keeps control characters out of the journal."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afstand.control_chars import strip_controls


def is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char not in "\n\t"


@given(st.text())
def test_no_control_character_is_left_and_cleaning_twice_changes_nothing(text: str) -> None:
    cleaned = strip_controls(text)
    assert not any(is_control(c) for c in cleaned)
    assert strip_controls(cleaned) == cleaned


@given(st.text().filter(lambda text: not any(is_control(c) for c in text)))
def test_text_without_control_characters_is_kept_exactly(text: str) -> None:
    assert strip_controls(text) == text


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("abc\x1b[D\x1b[DX", "abcX"),  # ← ← without line editing
        ("\x1b[A", ""),  # ↑
        ("\x1bOD", ""),  # ← in application mode
        ("\x1b[1;5C", ""),  # Ctrl-→
        ("\x1b[200~pasted\x1b[201~", "pasted"),  # bracketed paste
        ("\x1b]0;a title\x07text", "text"),  # a window title
        ("\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\", "link"),  # a hyperlink
        ("\x9b2Jwiped", "wiped"),  # an 8-bit CSI
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),  # line ends of other systems
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("bell\x07 nul\x00 del\x7f", "bell nul del"),
        ("é, ĳ, 中文, 🙂, \u00a0", "é, ĳ, 中文, 🙂, \u00a0"),
    ],
)
def test_what_a_terminal_sends_is_removed_whole(typed: str, kept: str) -> None:
    assert strip_controls(typed) == kept
