#!/bin/sh
# Makes the PDF fixtures from policy.md (a made-up policy, written for these tests) with two
# real producers: LibreOffice (from a flat OpenDocument file written from the markdown: running
# header and page-number footer on the master page, a two-column section) and headless
# Chromium (from pandoc's HTML with @page margin boxes and CSS columns). Then compares each with pdftotext, word by word, and prints the overlap.
# Not run by the tests; run it by hand after changing policy.md, and commit the PDFs.
# Needs: pandoc, soffice, chromium, pdftotext, python3.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pandoc -f markdown -t html policy.md > "$work/body.html"

python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
body = open(f"{work}/body.html", encoding="utf-8").read()
title = "Personalpolicy för Sjöhamra kommun"
pagebreak = re.compile(r'<div class="sidbrytning">\s*</div>\s*<h1')

# Chromium: @page margin boxes give the running header and the page numbers.
chromium = pagebreak.sub('<h1 class="ny-sida"', body)
open(f"{work}/chromium.html", "w", encoding="utf-8").write(f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: A4; margin: 25mm 22mm;
  @top-left {{ content: "Sjöhamra kommun"; font: 9pt 'Liberation Sans'; }}
  @top-right {{ content: "Personalpolicy 2025"; font: 9pt 'Liberation Sans'; }}
  @bottom-center {{ content: "Sida " counter(page) " av " counter(pages); font: 9pt 'Liberation Sans'; }} }}
body {{ font: 11pt/1.4 'Liberation Serif'; margin: 0; }}
.titel {{ font: bold 24pt 'Liberation Sans'; margin: 0 0 18pt; }}
h1 {{ font: bold 16pt 'Liberation Sans'; margin: 16pt 0 6pt; }}
h2 {{ font: bold 13pt 'Liberation Sans'; margin: 12pt 0 4pt; }}
.ny-sida {{ break-before: page; }}
.spalter {{ columns: 2; column-gap: 10mm; text-align: justify; }}
.spalter p {{ margin-top: 0; }}
</style></head><body><p class="titel">{title}</p>
{chromium}</body></html>""")

# LibreOffice: a flat OpenDocument text (.fodt) written from the same markdown, with the
# running header and the page-number footer on the master page and a two-column section.
# (Writer's HTML import puts a header on every other page only.)
def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
paragraphs, breaking, in_columns, in_list = [], False, False, False
for block in open("policy.md", encoding="utf-8").read().split("\n\n"):
    block = block.strip()
    if block.startswith("::: {.sidbrytning}"):
        breaking = True
        continue
    if block.startswith("::: {.spalter}"):
        paragraphs.append('<text:section text:style-name="Spalter" text:name="Spalter">')
        in_columns = True
        block = block[len("::: {.spalter}"):].strip()
    closes = block.endswith(":::")
    block = block[:-3].strip() if closes else block
    if block.startswith("## "):
        paragraphs.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(block[3:])}</text:h>')
    elif block.startswith("# "):
        style = "Ny_20_sida" if breaking else "Heading_20_1"
        paragraphs.append(f'<text:h text:style-name="{style}" text:outline-level="1">{escape(block[2:])}</text:h>')
        breaking = False
    elif block.startswith("- "):
        items = "".join(f'<text:list-item><text:p text:style-name="Punkt">{escape(line[2:])}</text:p></text:list-item>' for line in block.split("\n"))
        paragraphs.append(f'<text:list text:style-name="Punkter">{items}</text:list>')
    elif block:
        style = "Spalttext" if in_columns else "Text_20_body"
        paragraphs.append(f'<text:p text:style-name="{style}">{escape(" ".join(block.split()))}</text:p>')
    if closes and in_columns:
        paragraphs.append("</text:section>")
        in_columns = False
body_xml = "\n".join(paragraphs)
open(f"{work}/libreoffice.fodt", "w", encoding="utf-8").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE"/></style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="6pt" fo:line-height="130%"/></style:style>
 <style:style style:name="Spalttext" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="Punkt" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="2pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="18pt"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="14pt" fo:margin-bottom="6pt" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="10pt" fo:margin-bottom="4pt" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
 <text:list-style style:name="Punkter"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Sida"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="1cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Ny_20_sida" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Spalter" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Sida">
  <style:header><text:p text:style-name="Header">Sjöhamra kommun – Personalpolicy 2025</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>4</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">{title}</text:p>
{body_xml}
</office:text></office:body></office:document>""")
PY

chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$work/chromium.pdf" "file://$work/chromium.html" 2>/dev/null
soffice --headless --convert-to pdf --outdir "$work" "$work/libreoffice.fodt" >/dev/null 2>&1
cp "$work/chromium.pdf" policy-chromium.pdf
cp "$work/libreoffice.pdf" policy-libreoffice.pdf

# How far our reader agrees with pdftotext: the share of pdftotext's words (counted with
# repeats) that our lines also hold, as forankra-bench pdf-lines prints them.
mkdir -p "$work/lines"
(cd ../../../.. && swift build --product forankra-bench >/dev/null)
for pdf in policy-libreoffice.pdf policy-chromium.pdf; do
  ../../../../.build/debug/forankra-bench pdf-lines --text "$pdf" > "$work/lines/$pdf.txt"
done
for pdf in policy-libreoffice.pdf policy-chromium.pdf; do
  pdftotext -enc UTF-8 "$pdf" "$work/poppler.txt"
  echo "$pdf: $(wc -c < "$pdf") bytes, $(pdfinfo "$pdf" | sed -n 's/^Pages: *//p') pages"
  python3 - "$work/poppler.txt" "$work/lines/$pdf.txt" <<'PY'
import collections, re, sys
def words(path):
    return collections.Counter(re.findall(r"\w+(?:-\w+)*", open(path, encoding="utf-8").read().lower()))
poppler, ours = words(sys.argv[1]), words(sys.argv[2])
common = sum((poppler & ours).values())
print(f"  word overlap with pdftotext: {common} of its {sum(poppler.values())} words "
      f"({100 * common / max(1, sum(poppler.values())):.1f} %); we have {sum(ours.values())}")
PY
done
