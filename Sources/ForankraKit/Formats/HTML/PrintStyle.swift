/// The one style sheet of print HTML: A4 pages, system fonts only, write-in space sized in
/// millimetres so it is the same on every printer.
enum PrintStyle {
    static let css = """
        @page { size: A4; margin: 18mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
          margin: 0;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
          font-size: 11.5pt;
          line-height: 1.45;
          color: #1a1a1a;
        }
        .document + .document { break-before: page; page-break-before: always; }
        h1, h2, h3, h4 { font-weight: 600; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
        p:has(> strong:only-child) { break-after: avoid; page-break-after: avoid; }
        h1 { font-size: 20pt; margin: 0 0 4mm; }
        h2 { font-size: 14pt; margin: 7mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 0.3mm solid #b8b8b8; }
        h3 { font-size: 12.5pt; margin: 5mm 0 2mm; }
        h4 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
        p { margin: 0 0 2.5mm; }
        ul, ol { margin: 0 0 3mm; padding-left: 7mm; }
        li { margin: 0 0 1.2mm; }
        li.task { list-style: none; }
        li.task .box { display: inline-block; width: 5mm; margin-left: -5mm; }
        ul.form, ol.form { list-style: none; padding-left: 0; }
        .form > li { display: flex; align-items: flex-end; gap: 2mm; min-height: 9mm; margin: 0; }
        li.field .label { flex: none; max-width: 60%; }
        li.field .write-in { flex: 1; border-bottom: 0.3mm solid #555; min-height: 6mm; }
        blockquote {
          margin: 0 0 2mm; padding: 1mm 0 1mm 4mm; font-size: 10.5pt; line-height: 1.35;
          border-left: 1mm solid #c9c9c9; color: #333;
          break-inside: avoid; page-break-inside: avoid;
        }
        blockquote p:last-child { margin-bottom: 0; }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
        pre { white-space: pre-wrap; margin: 0 0 3mm; padding: 2mm 3mm; background: #f4f4f4; border-radius: 1mm; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.3mm solid #8a8a8a; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
        th { background: #eeeeee; font-weight: 600; }
        th.short, td.short { white-space: nowrap; width: 1%; }
        /* Rows of one height, so a sign-in sheet's rows fill whole pages: two lines of a long
           name or department still fit in 12 mm. */
        table.write-in td { height: 12mm; font-size: 9.5pt; line-height: 1.25; }
        table.write-in th:last-child { width: 28%; }
        .write-line { height: 9mm; border-bottom: 0.3mm solid #555; }
        .page-break + * { break-before: page; page-break-before: always; margin-top: 0; }
        .url { color: #444; overflow-wrap: anywhere; }
        @media screen {
          body { background: #e9e9e9; padding: 8mm 0; }
          .document {
            max-width: 210mm; margin: 0 auto 8mm; padding: 18mm;
            background: #ffffff; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.18);
          }
          .page-break { margin: 8mm -18mm; border-top: 0.4mm dashed #c0c0c0; }
        }
        @media print {
          /* Not a box of its own: at the foot of a full page it would push a blank page in. */
          .page-break { display: none; }
          body { background: none; }
          .document { box-shadow: none; margin: 0; padding: 0; max-width: none; }
        }
        """
}
