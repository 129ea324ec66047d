"""An evidence document as CSV, for a spreadsheet or a register's upload: the rows of its
table (attendance, monthly log, CPD list) under stable English column names; a document
without a table (a statement, a form) as `section, field, value` rows. UTF-8 with a byte order
mark, RFC 4180 quoting; a text a spreadsheet would take for a formula gets a `'` in front."""

from __future__ import annotations

import csv
import io

from afstand.registers.documents.shape import Evidence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def rows(evidence: Evidence) -> list[list[str]]:
    for section in evidence.sections:
        table = section.table
        if table is not None:
            keys = list(table.keys[:-1] if table.signature_column else table.keys)
            body = [
                [cell(value) for value in (row[:-1] if table.signature_column else row)]
                for row in table.rows
            ]
            return [keys, *body]
    found = [["section", "field", "value"]]
    for section in evidence.sections:
        heading = cell(section.heading or "")
        found += [[heading, cell(label), cell(value)] for label, value in section.fields]
        found += [[heading, cell(prompt), ""] for prompt in section.blanks]
    return found


def render(evidence: Evidence) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows(evidence))
    return buffer.getvalue().encode("utf-8-sig")
