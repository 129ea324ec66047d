"""Data shapes at every boundary: question sets (YAML), entries (JSON), answers files."""
