#!/usr/bin/env bash
# Makes the bundled example's Word and PDF files from the markdown, the way a municipality's
# files are made: pandoc writes the .docx with Word's built-in heading styles, and LibreOffice
# turns that .docx into the .pdf (as most published programme PDFs are exported from a word
# processor). Not run by the build or the tests; the files are committed. Needs pandoc and
# LibreOffice (Debian: pandoc, libreoffice-writer-nogui).
set -euo pipefail
cd "$(dirname "$0")"
pandoc personalpolitiskt-program.md -o personalpolitiskt-program.docx
work=$(mktemp -d)
soffice --headless --convert-to pdf --outdir "$work" personalpolitiskt-program.docx > /dev/null 2>&1
cp "$work/personalpolitiskt-program.pdf" .
rm -rf "$work"
