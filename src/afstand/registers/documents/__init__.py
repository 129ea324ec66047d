"""The evidence documents a register accepts, built from the activities that count for it:
one neutral shape (`shape`), one builder per document (`build`), and one renderer per format
(`markdown`, `html`, `csv_format`). No client code and no reflection text can reach them: an
activity carries neither."""
