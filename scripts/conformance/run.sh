#!/usr/bin/env bash
# `make conformance`: installs real clients, runs the demo into a temporary folder and checks
# every file it writes with them. One line per check, then a summary; exits 1 on any FAIL.
# Usage: run.sh [FORANKRA_BINARY]   (default .build/release/forankra; make builds it first)
# CONFORMANCE_KEEP=1 keeps the temporary folder (it is kept anyway when a check fails).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
forankra=$(realpath "${1:-$repo/.build/release/forankra}")
venv="$repo/.build/conformance-venv"
SECONDS=0

bash "$here/install.sh" "$venv" || { echo "conformance: installing the clients failed"; exit 1; }
python="$venv/bin/python"

out=$(mktemp -d "${TMPDIR:-/tmp}/forankra-conformance.XXXXXX")
demo="$out/demo"
workspace="$demo/arbetsyta"
run() { echo "\$ forankra $*" >>"$out/demo.log"; "$forankra" "$@" >>"$out/demo.log" 2>&1; }

# The demo, then the report in the formats the demo does not write (it writes the HTML one).
if ! run demo "$demo" || ! run report --format md -w "$workspace" || ! run report --format csv -w "$workspace" \
    || ! run report --format json -w "$workspace"; then
    echo "conformance: the demo failed, see $out/demo.log"; exit 1
fi
# A copy of the workspace with questions to HR that a spreadsheet would run as formulas, to
# see the CSV report neutralise them (the demo's own texts start with none of = + - @).
cp -r "$workspace" "$out/formelprov"
planted=('=HYPERLINK("http://example.invalid";"klicka")' '-2+3' '@SUMMA(A1)' '+46 70 123 45 67?')
questions=(); for q in "${planted[@]}"; do questions+=(--question "$q"); done
if ! run apt log -w "$out/formelprov" --manager anna.lindqvist --section 4 --date "$(date +%F)" \
        --participants 5 "${questions[@]}" \
    || ! run report --format csv -w "$out/formelprov" -o "$out/formelprov-rapport"; then
    echo "conformance: planting formulas failed, see $out/demo.log"; exit 1
fi
# In the same copy, the planned workshop is moved and a second one planned, invited and
# cancelled, so the calendar checks see a raised SEQUENCE and a cancellation too.
planned=$(grep -l '^status: planerad' "$out/formelprov/workshops/"*.md | head -n 1)
planned=$(basename "${planned%.md}")
later=$(date -d "+40 days" +%F)
if ! run workshop move -w "$out/formelprov" "$planned" --start 10:00 --end 13:00 --place "Folkets hus, sal 2" \
    || ! run workshop new -w "$out/formelprov" --date "$later" --start 13:00 --end 16:00 --place "Sal B" --capacity 10 --sections 3 \
    || ! run workshop invite -w "$out/formelprov" "$later" --managers anna.lindqvist,ali.hussein \
    || ! run workshop cancel -w "$out/formelprov" "$later"; then
    echo "conformance: moving and cancelling workshops failed, see $out/demo.log"; exit 1
fi
moved=("$out/formelprov/packs/$planned/inbjudan.ics" "$out/formelprov/packs/$later-sal-b/inbjudan.ics")
echo "demo: $(find "$demo" -type f -not -name '.*' | wc -l) files in $demo (log: $out/demo.log)"

list() { find "$@" -type f | LC_ALL=C sort; }
mapfile -t md < <(list "$demo" -name '*.md')
mapfile -t html < <(list "$demo" -name '*.html')
mapfile -t ics < <(list "$demo" -name '*.ics')
mapfile -t csv < <(list "$demo" -name '*.csv')
mapfile -t json < <(list "$demo" -name '*.json')
mapfile -t probe < <(list "$out/formelprov-rapport" -name '*.csv')

export CONFORMANCE_ROOT="$demo" PYTHONDONTWRITEBYTECODE=1
status=0
summary=()
check() {  # NAME CLIENTS SCRIPT ARGS...
    local name=$1 clients=$2 script=$3; shift 3
    local log="$out/$name.txt"
    (cd "$here" && "$python" "$script" "$@") 2>"$out/$name.stderr" | tee "$log"
    local code=${PIPESTATUS[0]}
    local ok failed known
    ok=$(grep -c '^ok ' "$log"); failed=$(grep -c '^FAIL ' "$log"); known=$(grep -c '^known ' "$log")
    if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
        failed=1; echo "FAIL  $script  exited $code: $(tail -3 "$out/$name.stderr")" | tee -a "$log"
    fi
    [ "$failed" -eq 0 ] || status=1
    summary+=("$(printf '%-9s %-24s %4d checks: %4d ok, %3d FAIL, %3d known' \
        "$name" "$clients" $((ok + failed + known)) "$ok" "$failed" "$known")")
}
check markdown "pandoc" md_check.py "${md[@]}"
check html "tidy, chromium, pdfinfo" html_check.py "${html[@]}"
check ics "icalendar, vobject" ics_check.py "${ics[@]}" "${moved[@]}"
check csv "Swedish Excel rules" csv_check.py "${csv[@]}"
check formulas "Swedish Excel rules" csv_check.py --neutralised "${#planted[@]}" "${probe[@]}"
check json "python json" json_check.py "${json[@]}"
# forankra's own PDF reader against poppler on every PDF the project has.
mapfile -t pdfs < <(list "$repo/Tests/ForankraKitTests/Fixtures/pdf" "$repo/materials" -name '*.pdf')
check pdf "pdftotext" pdf_check.py "$(dirname "$forankra")/forankra-bench" "${pdfs[@]}"

echo
echo "conformance summary: ${#md[@]} md, ${#html[@]} html, ${#ics[@]} ics, $(( ${#csv[@]} + ${#probe[@]} )) csv, ${#json[@]} json, ${#pdfs[@]} pdf files"
printf '  %s\n' "${summary[@]}"
# Pages per kind of printed file: apt-*.html 3 (29 files) means every APT sheet printed on 3 pages.
"$python" - "$out/html.stderr" <<'PAGES'
import collections, re, sys
kinds = collections.defaultdict(collections.Counter)
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("pages "):
        _, pages, path = line.split(maxsplit=2)
        name = re.sub(r"^(apt|rapport)-.*\.html$", r"\1-*.html", path.strip().rsplit("/", 1)[-1])
        kinds[name][int(pages)] += 1
parts = [f"{name} " + ", ".join(f"{p}" + (f" ({n} files)" if n > 1 else "") for p, n in sorted(c.items(), reverse=True))
         for name, c in sorted(kinds.items())]
print("  pages printed: " + "; ".join(parts))
PAGES
known=$(grep -h '^known ' "$out"/*.txt | grep -o '\[[a-z0-9, -]*\]$' | tr -d '[]' | tr ',' '\n' | sed 's/ //g' | sort | uniq -c)
listed=$(grep -v '^#' "$here/known-problems.txt" | grep '|' | cut -d'|' -f1 | tr -d ' ')
if [ -n "$listed" ]; then
    echo "  known problems in forankra's output (known-problems.txt), checks affected:"
    for ident in $listed; do
        count=$(echo "$known" | awk -v id="$ident" '$2 == id {print $1}')
        printf '    %-24s %4s  %s\n' "$ident" "${count:-0}" \
            "$(grep "^$ident " "$here/known-problems.txt" | cut -d'|' -f5- | sed 's/^ *//')"
        [ -n "$count" ] || echo "      not seen in this run: fixed? Then remove its line from known-problems.txt."
    done
fi
echo "  time: $((SECONDS / 60))m$((SECONDS % 60))s"
if [ "$status" -eq 0 ]; then
    echo "conformance: PASS"
    [ "${CONFORMANCE_KEEP:-}" = 1 ] && echo "kept $out" || rm -rf "$out"
else
    echo "conformance: FAIL (output kept in $out)"
fi
exit "$status"
