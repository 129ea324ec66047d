"""The patterns of the identifiers in question sets, apart from the pydantic models that use
them: the msgspec structs (month files, question sets at run time) check with them too,
without importing pydantic."""

SET_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ITEM_ID_PATTERN = r"^[a-z][a-z0-9_-]*$"
TAG_PATTERN = r"^[a-z][a-z0-9_-]*$"


def whole(pattern: str) -> str:
    """`pattern` for msgspec, which uses Python's `re`: there `$` also matches before a final
    newline, so `K7\\n` would pass as a client code; `\\Z` is the very end, as pydantic's `$`."""
    return pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern
