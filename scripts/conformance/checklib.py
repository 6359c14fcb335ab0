"""Shared by the conformance checks: one line per check, a known-problems list, an exit code.

A line is `ok    FILE  CHECK  detail`, `FAIL  FILE  CHECK: reason` or
`known FILE  CHECK: reason [id]`. `known` is a failure whose every problem is listed in
known-problems.txt: a real problem in forankra's output, reported on every run without failing
it, until it is fixed and its entry removed. run.sh counts the lines for the summary.
"""
import os
import re
import sys
from fnmatch import fnmatch
from pathlib import Path

KNOWN_FILE = Path(__file__).with_name("known-problems.txt")


def load_known():
    """`id | check | file glob | regex on the problem | what it is` per line; # starts a comment."""
    known = []
    if KNOWN_FILE.exists():
        for line in KNOWN_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                ident, check, pattern, reason, _ = (part.strip() for part in line.split("|", 4))
                known.append((ident, check, pattern, re.compile(reason)))
    return known


class Checks:
    def __init__(self, root=None):
        self.root = Path(root or os.environ.get("CONFORMANCE_ROOT", ".")).resolve()
        self.failures = 0
        self.known = load_known()

    def name(self, path):
        path = Path(path).resolve()
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def known_id(self, file, check, problem):
        for ident, known_check, pattern, reason in self.known:
            if known_check == check and fnmatch(file, pattern) and reason.search(problem):
                return ident
        return None

    def check(self, path, check, condition, reason="", detail="", problems=None):
        """Prints one line. `reason` says what is wrong when it fails (or `problems`, one entry
        per problem, each matched against the known list), `detail` what was seen when it passes."""
        file = self.name(path)
        if condition:
            print(f"ok    {file}  {check}" + (f"  {detail}" if detail else ""), flush=True)
            return True
        problems = problems or [reason]
        idents = [self.known_id(file, check, problem) for problem in problems]
        if all(idents):
            print(f"known {file}  {check}: {'; '.join(problems)} [{', '.join(sorted(set(idents)))}]", flush=True)
        else:
            unknown = [p for p, i in zip(problems, idents) if not i]
            print(f"FAIL  {file}  {check}: {'; '.join(unknown)}", flush=True)
            self.failures += 1
        return False

    def exit(self):
        sys.exit(1 if self.failures else 0)
