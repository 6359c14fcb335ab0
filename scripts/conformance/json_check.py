#!/usr/bin/env python3
"""JSON as a strict reader takes it.

    json_check.py FILE...

Per file: UTF-8 without a byte order mark, one value that Python's json reads with NaN and
Infinity refused (they are not JSON); and the top-level keys README.md documents for
`outline --json` and for `report --format json`.
"""
import json
import sys
from pathlib import Path

from checklib import Checks

DOCUMENTED = {
    "outline": ["title", "source", "metadata", "removed", "sections", "warnings"],
    "rapport": ["organisation", "programme", "asOf", "from", "minimumGroupSize", "problems", "summary",
                "departments", "sections", "timeline", "planMilestones", "workshops", "feedback",
                "raisedThemes", "questionsToHR", "commitments", "promises", "cost"],
}


def refuse(constant):
    raise ValueError(f"{constant} is not JSON")


def main():
    checks = Checks()
    for path in sys.argv[1:]:
        raw = Path(path).read_bytes()
        try:
            if raw.startswith(b"\xef\xbb\xbf"):
                raise ValueError("starts with a byte order mark")
            value = json.loads(raw.decode("utf-8"), parse_constant=refuse)
            error = None
        except (ValueError, UnicodeDecodeError) as problem:
            value, error = None, str(problem)
        checks.check(path, "strict JSON", error is None, error or "", f"{len(raw) // 1024} KB")
        kind = next((k for k in DOCUMENTED if Path(path).name.startswith(k)), None)
        if kind and isinstance(value, dict):
            missing = [key for key in DOCUMENTED[kind] if key not in value]
            checks.check(path, "documented keys", not missing, f"missing {missing}",
                         f"all {len(DOCUMENTED[kind])} keys README.md documents for {kind}")
    checks.exit()


if __name__ == "__main__":
    main()
