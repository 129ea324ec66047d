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
    # power: low = powerless, high = omnipotent; legs: low = the doing leg, high = the meaning leg
    "axis": ("affiliation", "control", "power", "legs"),
    # which leg the moment called for, beside the legs scale
    "leg": ("fitting", "more-doing", "more-meaning", "unsure"),
    # the needs I looked to this client to meet (kept apart from how much a need was touched)
    "sought": ("place", "nurture", "support", "protection", "limits", "none"),
    # signals of strain in the periodic check-in (secondary traumatisation, burnout)
    "strain": (
        "exhausted",
        "isolated",
        "doubt",
        "powerless",
        "despair",
        "body",
        "beliefs",
        "stories",
        "cynicism",
        "failure",
        "presenteeism",
        "ill",
        "none",
    ),
    # felt: a scale of how strongly a client's pull was felt; the others: whether it was followed
    "pull": ("felt", "resisted", "partly", "followed"),
    # the roles of Maes: those that help, rescue or protect, and those that judge or punish
    "role": ("positive", "negative"),
    # where a reaction mainly came from: the client's story (trauma-specific) or my own history
    "source": ("client-story", "own-history", "both", "unknown"),
}

# the octants that Heene's table (the source) lacks: shown wherever they are, marked as added
EXTENSION_OCTANTS = ("friendly", "friendly-dominant")
