"""The question sets: the shipped ones and the user's own, read, checked and found by id."""
