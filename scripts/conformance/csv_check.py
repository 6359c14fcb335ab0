#!/usr/bin/env python3
"""CSV as Swedish Excel opens it with a double click.

    csv_check.py [--neutralised N] FILE...

Per file: UTF-8 with BOM (without it Excel reads Windows-1252); no `sep=` line; `;` separates
the header's fields; every line ends CRLF; a strict RFC 4180 reading (a field is either bare,
without `"`, `;`, CR or LF, or quoted with `""` for a quote) gives every record the header's
number of fields; no cell starts with = + - @ tab or CR, which Excel runs as a formula quoted or
not, unless it is a plain number (`-3`, `-2,5`) or neutralised with a leading `'` as forankra's
CSVWriter does; and numbers use the decimal comma (`12.5` is text or a date to Swedish Excel).
With `--neutralised N`, the files must hold at least N neutralised cells between them: run.sh
plants questions starting with = - @ + in a copy of the demo workspace to see them written so.
"""
import re
import sys
from pathlib import Path

from checklib import Checks

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^-?\d+(,\d+)?$")
POINT_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def records(text):
    """Strict RFC 4180 with `;`: a list of records of fields, or raises ValueError saying where."""
    result, record, field, index, line = [], [], "", 0, 1
    while index < len(text):
        if text[index] == '"':
            end = index + 1
            while True:
                end = text.find('"', end)
                if end < 0:
                    raise ValueError(f"line {line}: quoted field never closed")
                if text.startswith('""', end):
                    end += 2
                    continue
                break
            field = text[index + 1:end].replace('""', '"')
            line += text.count("\n", index, end)
            index = end + 1
            if index < len(text) and text[index] not in ";\r":
                raise ValueError(f"line {line}: text after a closing quote")
        else:
            end = index
            while end < len(text) and text[end] not in ';\r\n':
                if text[end] == '"':
                    raise ValueError(f"line {line}: quote inside a bare field")
                end += 1
            field, index = text[index:end], end
        if index < len(text) and text[index] == ";":
            record.append(field)
            index += 1
            if index == len(text):
                raise ValueError(f"line {line}: file ends after a separator")
        elif text.startswith("\r\n", index):
            record.append(field)
            result.append((line, record))
            record, field, index, line = [], "", index + 2, line + 1
        elif index == len(text):
            raise ValueError(f"line {line}: last record does not end with CRLF")
        else:
            raise ValueError(f"line {line}: bare CR or LF")
    return result


def main():
    checks = Checks()
    arguments = sys.argv[1:]
    expect = None
    if arguments[:1] == ["--neutralised"]:
        expect, arguments = int(arguments[1]), arguments[2:]
    total = 0
    for path in arguments:
        raw = open(path, "rb").read()
        checks.check(path, "UTF-8 with BOM", raw.startswith(b"\xef\xbb\xbf"), "no byte order mark: Excel reads it as Windows-1252")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            checks.check(path, "UTF-8", False, str(error))
            continue
        first = text.splitlines()[0] if text else ""
        checks.check(path, "; separated, no sep= line",
                     not first.lower().startswith("sep=") and (";" in first or "," not in first),
                     "has a sep= line" if first.lower().startswith("sep=") else f"header has no ';': {first[:60]!r}",
                     f"{first.count(';') + 1} header fields")
        try:
            rows = records(text)
        except ValueError as error:
            checks.check(path, "RFC 4180, CRLF, same field count", False, str(error))
            continue
        width = len(rows[0][1]) if rows else 0
        uneven = [f"line {line}: {len(fields)} fields" for line, fields in rows if len(fields) != width]
        checks.check(path, "RFC 4180, CRLF, same field count", rows and not uneven,
                     f"header has {width} fields; " + "; ".join(uneven[:5]) if rows else "empty file",
                     f"{len(rows)} records of {width} fields")
        formulas, points = [], []
        for line, fields in rows:
            for number, cell in enumerate(fields, 1):
                if cell.startswith(FORMULA_START) and not NUMBER.match(cell):
                    formulas.append(f"line {line} field {number}: {cell[:30]!r}")
                if POINT_DECIMAL.match(cell):
                    points.append(f"line {line} field {number}: {cell!r}")
        neutralised = sum(1 for _, fields in rows for cell in fields if cell.startswith("'") and cell[1:2] in FORMULA_START)
        total += neutralised
        checks.check(path, "no formula cells", not formulas, "; ".join(formulas[:5]),
                     f"{neutralised} neutralised with '" if neutralised else "")
        checks.check(path, "decimal comma", not points, "; ".join(points[:5]))
    if expect is not None:
        checks.check(Path(arguments[0]).parent if arguments else ".", "planted formulas neutralised", total >= expect,
                     f"{total} cells start with ' and a formula character, {expect} planted", f"{total} of {expect}")
    checks.exit()


if __name__ == "__main__":
    main()
