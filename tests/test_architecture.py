"""The import direction: cli → features → models → the base modules, never back.

Each layer may import from the layers below it, never from one above. A wrong import fails
here with the module, the line and the rule it breaks."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "afstand"

# Highest first. A package's place is its first name below `afstand`; the base modules are the
# top-level modules (paths, config, files, crypto, errors, i18n, ...), shared by everything.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cli", "__main__"),
    ("exchange",),
    ("registers",),
    ("supervision",),
    ("report",),
    ("journal",),
    ("reflection",),
    ("questionnaires",),
    ("models",),
)
BASE = len(LAYERS)


def layer_of(module: str) -> int:
    parts = module.split(".")
    if len(parts) < 2:
        return BASE  # the package itself: __version__
    for depth, names in enumerate(LAYERS):
        if parts[1] in names:
            return depth
    return BASE


def module_name(path: Path) -> str:
    relative = path.relative_to(SOURCE.parent).with_suffix("")
    return ".".join(part for part in relative.parts if part != "__init__")


def imports_of(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "afstand":
                found += [(node.lineno, f"afstand.{alias.name}") for alias in node.names]
            elif node.module.startswith("afstand."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("afstand.")]
    return found


def layer_name(depth: int) -> str:
    return "the base modules" if depth == BASE else "/".join(LAYERS[depth])


def wrong_imports() -> list[str]:
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        importer = module_name(path)
        own = layer_of(importer)
        for line, imported in imports_of(path):
            target = layer_of(imported)
            if own == BASE and target == BASE:
                continue
            if target < own or (own == BASE and target != BASE):
                problems.append(
                    f"{path.relative_to(SOURCE.parent)}:{line}: {importer} ({layer_name(own)}) "
                    f"imports {imported} ({layer_name(target)}), which sits above it"
                )
    return problems


def test_imports_run_one_way() -> None:
    assert wrong_imports() == []


def test_commands_do_not_import_each_other() -> None:
    commands = SOURCE / "cli" / "commands"
    problems = []
    for path in sorted(commands.glob("*.py")):
        if path.name == "__init__.py":
            continue
        for line, imported in imports_of(path):
            if imported.startswith("afstand.cli.commands"):
                problems.append(f"{path.name}:{line}: imports {imported}")
    assert problems == []


def test_no_private_names_imported_across_modules() -> None:
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("afstand"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                private = [name for name in private if name != "__version__"]
                if private:
                    problems.append(f"{path.relative_to(SOURCE.parent)}:{node.lineno}: {private}")
    assert problems == []


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    assert layer_of("afstand.models.entry") > layer_of("afstand.journal.store")
    assert layer_of("afstand.paths") == BASE
    assert layer_of("afstand.cli.commands.report") == 0
