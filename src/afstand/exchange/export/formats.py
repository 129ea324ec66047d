"""The export formats: one small object per format, chosen by name or by the extension of the
output file, each with the same `chunks(source)`: the export's bytes, piece by piece.

A new format is a class with `name`, `suffixes` and `chunks`, added to `FORMATS`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from afstand.errors import UsageError
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.exchange.export import Source


class ExportFormat(Protocol):
    name: str
    suffixes: tuple[str, ...]
    for_readers: bool  # a document for someone else: clients are aliased unless asked not to

    def chunks(self, source: Source) -> Iterator[bytes]: ...


class MarkdownFormat:
    name = "markdown"
    suffixes: tuple[str, ...] = (".md", ".markdown")
    for_readers = True

    def chunks(self, source: Source) -> Iterator[bytes]:
        from afstand.exchange.export import markdown

        return source.document_chunks(markdown)


class HtmlFormat:
    name = "html"
    suffixes: tuple[str, ...] = (".html", ".htm")
    for_readers = True

    def chunks(self, source: Source) -> Iterator[bytes]:
        from afstand.exchange.export import html

        return source.document_chunks(html)


class JsonFormat:
    name = "json"
    suffixes: tuple[str, ...] = (".json",)
    for_readers = False

    def chunks(self, source: Source) -> Iterator[bytes]:
        return source.json_chunks()


class CsvFormat:
    name = "csv"
    suffixes: tuple[str, ...] = (".csv",)
    for_readers = False

    def chunks(self, source: Source) -> Iterator[bytes]:
        return source.csv_chunks()


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
