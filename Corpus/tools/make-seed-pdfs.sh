#!/usr/bin/env bash
# make-seed-pdfs.sh — rebuild the seed PDFs of the corpus from their source .txt.
#
# For every corpus folder given (default: Corpus/000-* … Corpus/004-*), the one source text
# NNN_<hash>.txt is converted to NNN_<hash>.pdf next to it, A4, by LibreOffice's plain-text
# import ("Text (encoded)" filter) and its PDF export. Run by hand, once; tests only read
# the PDFs. Re-running overwrites them (the bytes differ: the PDF carries a creation date
# and a random document id; the text layer is the same).
#
# Packages (Debian 12):
#   apt-get install -y libreoffice-writer-nogui fonts-dejavu poppler-utils
#   (fonts-dejavu pulls fonts-dejavu-core and fonts-dejavu-extra; the latter has
#    "DejaVu Sans Condensed")
#
# The command, per file:
#   soffice -env:UserInstallation=file://$PROFILE --headless \
#     --infilter="Text (encoded):UTF8,LF,DejaVu Sans Condensed,fr-FR" \
#     --convert-to pdf --outdir $OUT NNN_hash.txt
# Filter options of "Text (encoded)": character set, line end, font name, language.
# The import puts every line in the "Preformatted Text" paragraph style (10 pt, no spacing);
# one source line = one paragraph. Page size comes from the default paper (libpaper:
# /etc/papersize, or $PAPERSIZE), which this script forces to A4 and then checks.
# Margins are LibreOffice's default 2 cm.
#
# Why DejaVu Sans Condensed at 10 pt: the hard-wrapped sources (000, 003, 004) have lines of up
# to ~110 characters; with DejaVu Sans Condensed they all fit in the 17 cm text width, so the PDF
# keeps exactly the source's line breaks (no extra soft wrap, no new end-of-line hyphen).
# DejaVu Sans would wrap ~430 lines. The sources with one paragraph per line (001, 002) wrap,
# as a word processor would. DejaVu covers every character of the seeds except the private-use
# bullets U+F0A7, U+F0B7, U+F0D8, U+F076 (004): they are drawn as the empty .notdef box but
# their code points stay in the text layer (pdftotext returns them unchanged).
#
# Usage: Corpus/tools/make-seed-pdfs.sh [CORPUS_FOLDER ...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$(cd "$here/.." && pwd)"

for tool in soffice pdfinfo pdftotext pdffonts; do
    command -v "$tool" >/dev/null || { echo "missing $tool (see the header of $0)" >&2; exit 1; }
done
fc-list | grep -q DejaVuSansCondensed.ttf || { echo "missing DejaVu Sans Condensed (apt-get install fonts-dejavu-extra)" >&2; exit 1; }

if [ "$#" -gt 0 ]; then
    folders=("$@")
else
    folders=("$corpus"/00[0-4]-*/)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PAPERSIZE=a4

for folder in "${folders[@]}"; do
    folder="${folder%/}"
    shopt -s nullglob
    sources=("$folder"/*.txt)
    shopt -u nullglob
    if [ "${#sources[@]}" -ne 1 ]; then
        echo "$folder: expected exactly one .txt source, found ${#sources[@]}" >&2
        exit 1
    fi
    src="${sources[0]}"
    base="$(basename "$src" .txt)"
    rm -rf "$work/out"
    mkdir -p "$work/out"
    # A private profile: no clash with a running LibreOffice, no user settings leaking in.
    soffice -env:UserInstallation="file://$work/profile" --headless \
        --infilter="Text (encoded):UTF8,LF,DejaVu Sans Condensed,fr-FR" \
        --convert-to pdf --outdir "$work/out" "$src" >"$work/soffice.log" 2>&1 \
        || { cat "$work/soffice.log" >&2; exit 1; }
    pdf="$work/out/$base.pdf"
    [ -s "$pdf" ] || { echo "$src: no PDF produced" >&2; cat "$work/soffice.log" >&2; exit 1; }
    pdfinfo "$pdf" | grep -q '^Page size:.*(A4)' || { echo "$pdf: not A4" >&2; pdfinfo "$pdf" >&2; exit 1; }
    pdffonts "$pdf" | grep -q DejaVuSansCondensed || { echo "$pdf: font not embedded" >&2; exit 1; }
    mv "$pdf" "$folder/$base.pdf"
    pages="$(pdfinfo "$folder/$base.pdf" | awk '/^Pages:/ {print $2}')"
    size="$(stat -c %s "$folder/$base.pdf")"
    echo "$folder/$base.pdf: $pages pages, $size bytes"
done
