"""Client codes: chosen by the professional, never a name. Compared without regard to case."""

from __future__ import annotations

import re

from afstand.i18n import t

CLIENT_PATTERN = r"^[A-Z0-9][A-Z0-9._-]{0,23}$"


def normalise_client(code: str) -> str:
    """`k7` and `K7` are one client."""
    return code.strip().upper()


def client_problem(code: str) -> str | None:
    normal = normalise_client(code)
    if not normal:
        return t("client.empty")
    if not re.match(CLIENT_PATTERN, normal):
        return t("client.invalid", code=code)
    return None
