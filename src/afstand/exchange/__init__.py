"""Moving reflections out of and into afstand: export formats and import."""
