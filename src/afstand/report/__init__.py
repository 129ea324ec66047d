"""The mirror: figures computed from the journal's entries, and the sentence shown after saving."""
