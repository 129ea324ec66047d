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


# What a control character can look like in JSON bytes: an escape (`\u0000`-`\u001f`, which
# is also how ESC starts a sequence, `\u007f`-`\u009f`, `\b`, `\f`, `\r`), a raw DEL, or a raw
# C1 character in UTF-8. A false alarm (a `\\b` in a note) only costs a slower path.
_CONTROL_BYTES = re.compile(rb"\\(?:u00[0189][0-9a-fA-F]|u007[fF]|[bfr])|\x7f|\xc2[\x80-\x9f]")


def may_hold_controls(raw: bytes) -> bool:
    """Whether JSON bytes may hold a control character in one of their strings. JSON that
    afstand wrote holds none (its texts were cleaned on the way in), and is decoded as it is;
    JSON that may hold one was edited by hand, and takes the path that cleans or refuses."""
    # three scans at memchr speed rule out nearly every file before the pattern is needed
    return (b"\\" in raw or b"\x7f" in raw or b"\xc2" in raw) and (
        _CONTROL_BYTES.search(raw) is not None
    )
