"""The export formats: one small object per format, chosen by name or by the extension of the
output file, each with the same `render(material) -> bytes`.

A new format is a class with `name`, `suffixes`, `wants_report`, `stored_text` and `render`,
added to `FORMATS`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from afstand.errors import UsageError
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.exchange.export import Material


class ExportFormat(Protocol):
    name: str
    suffixes: tuple[str, ...]
    wants_report: bool  # whether the document shows the report's figures
    stored_text: bool  # whether a complete export may copy the stored text as it is

    def render(self, material: Material) -> bytes: ...


class MarkdownFormat:
    name = "markdown"
    suffixes: tuple[str, ...] = (".md", ".markdown")
    wants_report = True
    stored_text = False

    def render(self, material: Material) -> bytes:
        from afstand.exchange.export import markdown

        return markdown.render(material).encode()


class HtmlFormat:
    name = "html"
    suffixes: tuple[str, ...] = (".html", ".htm")
    wants_report = True
    stored_text = False

    def render(self, material: Material) -> bytes:
        from afstand.exchange.export import html

        return html.render(material).encode()


class JsonFormat:
    name = "json"
    suffixes: tuple[str, ...] = (".json",)
    wants_report = False
    stored_text = True

    def render(self, material: Material) -> bytes:
        from afstand.exchange.export import json_format

        texts = material.texts or [
            json_format.entry_text(json_format.stored_form(e)) for e in material.entries
        ]
        return json_format.render(texts, material.options, now=material.now)


class CsvFormat:
    name = "csv"
    suffixes: tuple[str, ...] = (".csv",)
    wants_report = False
    stored_text = False

    def render(self, material: Material) -> bytes:
        from afstand.exchange.export import csv_format

        return csv_format.render(material.entries, material.options, material.lang)


FORMATS: dict[str, ExportFormat] = {
    f.name: f for f in (MarkdownFormat(), HtmlFormat(), JsonFormat(), CsvFormat())
}
NAMES = tuple(FORMATS)


def named(name: str) -> ExportFormat:
    return FORMATS[name]


def by_suffix(suffix: str) -> ExportFormat | None:
    for fmt in FORMATS.values():
        if suffix.lower() in fmt.suffixes:
            return fmt
    return None


def format_for(output: str | None, name: str | None = None) -> ExportFormat:
    """The format of `--format`, else the one the output file's extension asks for (Markdown
    when it says nothing). An extension that names another format, or a PDF, is refused."""
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    if suffix == ".pdf":
        raise UsageError(t("export.pdf", path=output), hint=t("hint.export_pdf"))
    if name is not None:
        chosen = named(name)
        if suffix and suffix not in chosen.suffixes:
            raise UsageError(
                t("export.suffix_mismatch", path=output, format=chosen.name),
                hint=t("hint.export_suffix", suffix=chosen.suffixes[0], format=chosen.name),
            )
        return chosen
    return (by_suffix(suffix) if suffix else None) or FORMATS["markdown"]
