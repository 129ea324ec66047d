"""The tag dimensions the report knows, and their values. Kept free of pydantic, so that the
report, which reads plain data, can use them without loading the models."""

from __future__ import annotations

KNOWN_TAGS: dict[str, tuple[str, ...]] = {
    "pole": ("distance", "proximity"),
    "need": ("place", "nurture", "support", "protection", "limits"),
    "octant": (
        "dominant",
        "hostile-dominant",
        "hostile",
        "hostile-submissive",
        "submissive",
        "friendly-submissive",
        "friendly",
        "friendly-dominant",
    ),
    "abc": ("attention", "balance", "connection"),
    "axis": ("affiliation", "control"),
    # felt: a scale of how strongly a client's pull was felt; the others: whether it was followed
    "pull": ("felt", "resisted", "partly", "followed"),
    # the roles of Maes: those that help, rescue or protect, and those that judge or punish
    "role": ("positive", "negative"),
    # where a reaction mainly came from: the client's story (trauma-specific) or my own history
    "source": ("client-story", "own-history", "both", "unknown"),
}

# the octants that Heene's table (the source) lacks: shown wherever they are, marked as added
EXTENSION_OCTANTS = ("friendly", "friendly-dominant")
