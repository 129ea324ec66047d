"""Control characters never enter the journal: every text a user gives passes through
`strip_controls` (the models call it), and the terminal views call it again for journals
written by an older afstand.

An arrow key typed where no line editing exists arrives as a whole escape sequence
(`ESC [ D`, or `ESC O D`); the sequence goes as one, so no `[D` is left behind in the text."""

from __future__ import annotations

import re

# ESC sequences first (CSI `ESC [ ... final`, OSC/DCS/... up to BEL or ESC \, and two-byte
# escapes), then any other C0 or C1 character except tab and newline, and DEL.
_ESCAPES = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[NO][ -~]"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile(_ESCAPES + r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?")


def strip_controls(text: str) -> str:
    """`text` without control characters; newline and tab stay, CR LF and CR become newlines."""
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _NEWLINES.sub("\n", text))


def has_controls(text: str) -> bool:
    return strip_controls(text) != text
