"""Where afstand keeps its files. AFSTAND_HOME moves all of them under one folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "afstand"


@dataclass(frozen=True)
class Paths:
    data: Path
    config_dir: Path

    @property
    def journal(self) -> Path:
        return self.data / "journal"

    @property
    def drafts(self) -> Path:
        return self.data / "drafts"

    @property
    def checked_sets(self) -> Path:
        """The question sets as afstand last checked them, so that they are not parsed and
        checked again before every reflection (afstand's own; safe to delete)."""
        return self.data / "cache" / "question-sets.json"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def questionnaires(self) -> Path:
        return self.config_dir / "questionnaires"

    @property
    def registers(self) -> Path:
        """The user's own register profiles."""
        return self.config_dir / "registers"


def resolve_paths() -> Paths:
    home = os.environ.get("AFSTAND_HOME")
    if home:
        base = Path(home).expanduser().absolute()
        return Paths(data=base, config_dir=base)
    import platformdirs  # only when needed: most test runs and scripts set AFSTAND_HOME

    return Paths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def ensure_private_dir(folder: Path) -> None:
    """Create `folder` readable by the owner only, and so every folder it creates above it."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        mode = folder.stat().st_mode & 0o777
        if mode & 0o077:
            folder.chmod(0o700)
