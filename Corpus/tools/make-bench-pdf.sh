#!/usr/bin/env bash
# make-bench-pdf.sh — build Benchmarks/Fixtures/corpus-120-pages.pdf, the large PDF of the
# benchmarks: the five seed texts (Corpus/000-* … 004-*) concatenated in order, the whole
# repeated until the PDF has at least 120 A4 pages, then cut to exactly 120 pages.
#
# Same conversion as make-seed-pdfs.sh (LibreOffice "Text (encoded)" import, DejaVu Sans
# Condensed 10 pt, A4, 2 cm margins), so the pages look like the seed PDFs. The documents
# follow each other with two blank lines between them (no page break), so page boundaries
# fall mid-document like in a real bundle; the last page is cut wherever page 120 ends.
# Run by hand, once; benchmarks only read the PDF.
#
# Packages (Debian 12):
#   apt-get install -y libreoffice-writer-nogui fonts-dejavu poppler-utils qpdf
#
# Usage: Corpus/tools/make-bench-pdf.sh [PAGES]      (default 120)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$(cd "$here/.." && pwd)"
root="$(cd "$corpus/.." && pwd)"
pages_wanted="${1:-120}"
out_dir="$root/Benchmarks/Fixtures"
out="$out_dir/corpus-$pages_wanted-pages.pdf"

for tool in soffice pdfinfo qpdf; do
    command -v "$tool" >/dev/null || { echo "missing $tool (see the header of $0)" >&2; exit 1; }
done

shopt -s nullglob
sources=("$corpus"/00[0-4]-*/[0-9][0-9][0-9]_*.txt)
shopt -u nullglob
[ "${#sources[@]}" -eq 5 ] || { echo "expected 5 seed texts, found ${#sources[@]}" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PAPERSIZE=a4
mkdir -p "$out_dir" "$work/out"

text="$work/corpus-bench.txt"
: >"$text"
rounds=0
pages=0
while [ "$pages" -lt "$pages_wanted" ]; do
    rounds=$((rounds + 1))
    for src in "${sources[@]}"; do
        cat "$src" >>"$text"
        printf '\n\n\n' >>"$text"
    done
    soffice -env:UserInstallation="file://$work/profile" --headless \
        --infilter="Text (encoded):UTF8,LF,DejaVu Sans Condensed,fr-FR" \
        --convert-to pdf --outdir "$work/out" "$text" >"$work/soffice.log" 2>&1 \
        || { cat "$work/soffice.log" >&2; exit 1; }
    pages="$(pdfinfo "$work/out/corpus-bench.pdf" | awk '/^Pages:/ {print $2}')"
    echo "round $rounds: $pages pages"
done

pdfinfo "$work/out/corpus-bench.pdf" | grep -q '^Page size:.*(A4)' || { echo "not A4" >&2; exit 1; }
# Keep exactly the first $pages_wanted pages (qpdf rewrites the file; unused objects are dropped).
qpdf "$work/out/corpus-bench.pdf" --pages . "1-$pages_wanted" -- "$out"
echo "$out: $(pdfinfo "$out" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$out") bytes"
