#!/usr/bin/env python3
"""Markdown through pandoc: every file parses, and every pipe table keeps its columns.

    md_check.py FILE...

For each file, the pipe tables are found in the source (a header row, then a delimiter row
`| --- | --- |`, then body rows) and compared with the tables pandoc reads (`pandoc -f READER
-t json`), for pandoc's own markdown and for GitHub's: as many tables; each with the header's
number of columns and as many body rows; and every source row with as many cells as the header
(pandoc silently drops the extra cells of a row, and pads a short row with empty ones).
"""
import json
import re
import subprocess
import sys

from checklib import Checks

READERS = ("markdown", "gfm")
DELIMITER = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def split_cells(line):
    """Cells of a pipe-table row: split on `|` not escaped with a backslash (as GFM does, also in code)."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cells, current, escaped = [], "", False
    for char in text:
        if char == "|" and not escaped:
            cells.append(current)
            current = ""
        else:
            current += char
        escaped = char == "\\" and not escaped
    cells.append(current)
    return cells


def source_tables(text):
    """[(line number of the header, header cells, [(line number, cells) of each body row])]."""
    lines = text.split("\n")
    tables, index, fence = [], 0, None
    if lines and lines[0].strip() == "---":  # front matter: pandoc reads it as metadata
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        index = end + 1 if end else 0
    while index < len(lines):
        line = lines[index]
        opening = FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            index += 1
            continue
        if opening:
            fence = opening.group(1)
            index += 1
            continue
        if ("|" in line and index + 1 < len(lines) and "|" in lines[index + 1]
                and DELIMITER.match(lines[index + 1])):
            header = split_cells(line)
            rows, row = [], index + 2
            while row < len(lines) and lines[row].strip() and "|" in lines[row]:
                rows.append((row + 1, split_cells(lines[row])))
                row += 1
            tables.append((index + 1, header, rows))
            index = row
            continue
        index += 1
    return tables


def pandoc_tables(node, found):
    """Every Table block in pandoc's JSON, nested or not: (columns, body rows, cells per body row)."""
    if isinstance(node, dict):
        if node.get("t") == "Table":
            _, _, colspecs, _, bodies, _ = node["c"]
            rows = [row for body in bodies for row in body[3]]
            widths = [sum(cell[3] for cell in row[1]) for row in rows]
            found.append((len(colspecs), len(rows), widths))
        for value in node.values():
            pandoc_tables(value, found)
    elif isinstance(node, list):
        for value in node:
            pandoc_tables(value, found)
    return found


def main():
    checks = Checks()
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8").read()
        source = source_tables(text)
        parsed, errors = {}, []
        for reader in READERS:
            run = subprocess.run(["pandoc", "-f", reader, "-t", "json", path], capture_output=True, text=True)
            if run.returncode != 0:
                errors.append(f"pandoc -f {reader} exit {run.returncode}: {run.stderr.strip()[:200]}")
            else:
                parsed[reader] = pandoc_tables(json.loads(run.stdout), [])
                if run.stderr.strip():
                    errors.append(f"pandoc -f {reader} warns: {run.stderr.strip()[:200]}")
        checks.check(path, "pandoc parses", not errors, "; ".join(errors), "/".join(READERS))

        problems = []
        for line, header, rows in source:
            for row_line, cells in rows:
                if len(cells) != len(header):
                    problems.append(f"line {row_line} has {len(cells)} cells, its header (line {line}) {len(header)}")
        for reader, tables in parsed.items():
            if len(tables) != len(source):
                problems.append(f"pandoc -f {reader} reads {len(tables)} tables, the source has {len(source)}")
                continue
            for (line, header, rows), (columns, body_rows, widths) in zip(source, tables):
                if columns != len(header):
                    problems.append(f"pandoc -f {reader}: table at line {line} has {columns} columns, header {len(header)}")
                if body_rows != len(rows):
                    problems.append(f"pandoc -f {reader}: table at line {line} has {body_rows} rows, source {len(rows)}")
                if any(width != columns for width in widths):
                    problems.append(f"pandoc -f {reader}: table at line {line} has rows of other widths than {columns}")
        shape = ", ".join(f"{len(h)}x{len(r)}" for _, h, r in source)
        checks.check(path, "tables keep their columns", not problems,
                     "; ".join(problems[:4]) + (f" (+{len(problems) - 4} more)" if len(problems) > 4 else ""),
                     f"{len(source)} table(s)" + (f" ({shape} columns x rows)" if source else ""))
    checks.exit()


if __name__ == "__main__":
    main()
