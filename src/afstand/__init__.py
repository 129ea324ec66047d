"""afstand: a reflection journal for helping professionals, between distance and closeness."""

__version__ = "0.1.0"
