"""The patterns of the identifiers in question sets, apart from the pydantic models that use
them: the month-file structs check stored tags with them too, without importing pydantic."""

SET_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ITEM_ID_PATTERN = r"^[a-z][a-z0-9_-]*$"
TAG_PATTERN = r"^[a-z][a-z0-9_-]*$"
