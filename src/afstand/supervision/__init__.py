"""Supervision and intervision: series with their learning goals and meetings, the inbreng
before a meeting, the reflectieverslag after it, the evaluations, and what is due.

The log is kept in the journal's folder through the journal's own reading and writing, so it
is locked, written atomically, owner-only and encrypted exactly when the journal is."""
