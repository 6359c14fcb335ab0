"""forankra's own PDF reader against poppler's pdftotext, on every PDF fixture and the bundled
example: the share of pdftotext's words (counted with repeats, case folded) that forankra's
lines also hold must be at least 98 %. forankra's lines come from `forankra-bench pdf-lines
--text FILE`; the first argument is that binary, the rest are the PDFs.
"""
import collections
import re
import subprocess
import sys

from checklib import Checks

WORD = re.compile(r"\w+(?:-\w+)*")
THRESHOLD = 98.0


def words(text):
    return collections.Counter(WORD.findall(text.lower()))


def main(bench, pdfs):
    checks = Checks()
    for pdf in pdfs:
        poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
        ours = subprocess.run([bench, "pdf-lines", "--text", pdf], capture_output=True, text=True)
        if not checks.check(pdf, "forankra reads the PDF", ours.returncode == 0, reason=ours.stderr.strip()[:200]):
            continue
        theirs, mine = words(poppler), words(ours.stdout)
        total = sum(theirs.values())
        common = sum((theirs & mine).values())
        share = 100.0 * common / max(1, total)
        detail = f"{common} of pdftotext's {total} words ({share:.1f} %); forankra has {sum(mine.values())}"
        checks.check(pdf, f"words in common with pdftotext >= {THRESHOLD:.0f} %", share >= THRESHOLD, reason=detail, detail=detail)
    checks.exit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
