"""The journal on disk: month files, their format, periods, encryption of the whole journal, and
forgetting."""
