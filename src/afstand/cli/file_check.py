"""`validate` for the files a user writes (question sets, register profiles): every problem
of every file, like a linter, then a one-line summary and exit 1 when any file is invalid."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from afstand.cli.output import print_line, say
from afstand.i18n import counted, t
from afstand.yaml_reader import Problem, yaml_files


def validate_files(paths: list[Path], check: Callable[[Path], tuple[list[Problem], Any]]) -> None:
    files: list[Path] = []
    for path in paths:
        files.extend(yaml_files(path) if path.is_dir() else [path])
    invalid = 0
    for path in files:
        problems, _ = check(path)
        if problems:
            invalid += 1
            for problem in problems:
                print_line(problem.render())
    if invalid:
        say(t("validate.summary_bad", bad=invalid, files=counted(len(files), "file")), style="red")
        raise typer.Exit(1)
    say(t("validate.summary_ok", files=counted(len(files), "file")), style="green")
