#!/usr/bin/env bash
# Regenerates the word-processor fixtures from riktlinje.md with real producers (not run by the
# tests): pandoc writes .docx and .odt, LibreOffice reads pandoc's .docx and writes its own
# .odt and .docx, the way a file saved from Writer or passed through it looks.
set -euo pipefail
cd "$(dirname "$0")"
pandoc riktlinje.md -o riktlinje-pandoc.docx
pandoc riktlinje.md -o riktlinje-pandoc.odt
work=$(mktemp -d)
cp riktlinje-pandoc.docx "$work/riktlinje-libreoffice.docx"
soffice --headless --convert-to odt --outdir "$work/odt" "$work/riktlinje-libreoffice.docx" > /dev/null
cp "$work/odt/riktlinje-libreoffice.odt" .
soffice --headless --convert-to docx --outdir "$work/docx" riktlinje-libreoffice.odt > /dev/null
cp "$work/docx/riktlinje-libreoffice.docx" .
rm -rf "$work"
