"""Text views of the models that commands show."""
