#!/usr/bin/env bash
# check-checklist-outputs.sh — look at `clausier checklist` the way its users will: the HTML
# rendered by headless Chromium (a screenshot and an A4 PDF, to open and look at), the CSV
# opened by LibreOffice Calc with the French options (separator ';', UTF-8) and saved back as
# a plain CSV (cells, accents, column count as Calc read them), the iCalendar file read by
# Python's icalendar (the same check the Swift tests run).
#
# Packages (Debian 12):
#   apt-get install -y chromium libreoffice-calc-nogui poppler-utils
#   pip install icalendar
#
# Usage: Corpus/tools/check-checklist-outputs.sh DOCUMENT [OUT_DIR] [-- clausier checklist options…]
#   e.g. Corpus/tools/check-checklist-outputs.sh Corpus/101-*/101-*.pdf /tmp/checklist -- --from 2025-01-01
# Writes OUT_DIR/checklist.{md,csv,html,png,pdf,ics} and OUT_DIR/calc/checklist.csv.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
document="${1:?usage: $0 DOCUMENT [OUT_DIR] [-- options]}"
shift
out="/tmp/clausier-checklist"
if [[ $# -gt 0 && "$1" != "--" ]]; then out="$1"; shift; fi
[[ $# -gt 0 && "$1" == "--" ]] && shift
options=("$@")
clausier="${CLAUSIER_BINARY:-$root/.build/debug/clausier}"
[[ -x "$clausier" ]] || { echo "build first: swift build (or set CLAUSIER_BINARY)" >&2; exit 1; }
mkdir -p "$out/calc"

"$clausier" checklist "$document" "${options[@]}" > "$out/checklist.md"
"$clausier" checklist "$document" --format html "${options[@]}" > "$out/checklist.html"
"$clausier" checklist "$document" --format csv --bom --separator ';' "${options[@]}" > "$out/checklist.csv"
"$clausier" checklist "$document" --format ics "${options[@]}" > "$out/checklist.ics"

if command -v chromium >/dev/null; then
    chromium --headless --no-sandbox --disable-gpu --window-size=900,1800 \
        --screenshot="$out/checklist.png" "file://$out/checklist.html" 2>/dev/null
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out/checklist.pdf" "file://$out/checklist.html" 2>/dev/null
    command -v pdfinfo >/dev/null && pdfinfo "$out/checklist.pdf" | grep -E '^(Pages|Page size)'
else
    echo "chromium missing: HTML not rendered" >&2
fi

if command -v soffice >/dev/null; then
    # Import: separator 59 (;), text delimiter 34 ("), charset 76 (UTF-8), from line 1.
    # Export: separator 44 (,), same delimiter and charset.
    soffice -env:UserInstallation="file://$out/calc/profile" --headless \
        --infilter="Text - txt - csv (StarCalc):59,34,76,1" \
        --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1" \
        --outdir "$out/calc" "$out/checklist.csv" >/dev/null 2>&1
    python3 - "$out/checklist.csv" "$out/calc/checklist.csv" <<'PY'
import csv, sys
ours = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
calc = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
widths = {len(row) for row in calc}
print(f"Calc read {len(calc)} rows of {widths} columns; ours: {len(ours)} rows; identical cells: {ours == calc}")
PY
else
    echo "soffice missing: CSV not opened in Calc" >&2
fi

if python3 -c "import icalendar" 2>/dev/null; then
    python3 "$root/Tests/ChecklistTests/scripts/check_ics.py" "$out/checklist.ics" \
        | python3 -c 'import json,sys; r=json.load(sys.stdin); print("iCalendar:", len(r["events"]), "events, problems:", r["problems"])'
fi
echo "written to $out"
