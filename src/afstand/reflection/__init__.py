"""Reflecting on a session: the guided flow, answers and answer files, drafts, and the check for
what identifies a person."""
