#!/usr/bin/env bash
# make-bad-inputs.sh — (re)build the bad-input fixtures in Tests/Fixtures/BadInput/.
#
# Each file is small (< 200 KB) and made from scratch here; Tests/Fixtures/BadInput/README.md
# says what each one is and which error Clausier should give. Random bytes come from a fixed
# seed, so corrupt.pdf, garbage.txt and the text files are byte-identical on every run; the PDFs
# made by LibreOffice/qpdf carry dates and ids, so their bytes change (not their content).
#
# Packages (Debian 12):
#   apt-get install -y libreoffice-writer-nogui fonts-dejavu poppler-utils qpdf img2pdf python3
#
# Usage: Corpus/tools/make-bad-inputs.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dest="$root/Tests/Fixtures/BadInput"

for tool in soffice pdfinfo pdftotext pdftoppm qpdf img2pdf python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (see the header of $0)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PAPERSIZE=a4
mkdir -p "$dest" "$work/out"

# Text → A4 PDF, the same LibreOffice text import as make-seed-pdfs.sh.
text_to_pdf() { # $1 = source .txt (simple name), writes $work/out/<base>.pdf
    soffice -env:UserInstallation="file://$work/profile" --headless \
        --infilter="Text (encoded):UTF8,LF,DejaVu Sans Condensed,fr-FR" \
        --convert-to pdf --outdir "$work/out" "$1" >"$work/soffice.log" 2>&1 \
        || { cat "$work/soffice.log" >&2; exit 1; }
    [ -s "$work/out/$(basename "$1" .txt).pdf" ] || { cat "$work/soffice.log" >&2; exit 1; }
}

# --- a short French convention text, the body of most PDFs below --------------------------
cat >"$work/convention-courte.txt" <<'EOF'
CONVENTION DE PARTENARIAT ENTRE LA COMMUNE DE SAINT-ÉTIENNE-DU-GRÈS
ET LE CENTRE COMMUNAL D’ACTION SOCIALE

Entre la Commune de Saint-Étienne-du-Grès, représentée par son Maire, ci-après dénommée
« la Commune », d’une part,
Et le Centre communal d’action sociale, représenté par sa Vice-présidente, ci-après dénommé
« le CCAS », d’autre part,

Article 1 – Objet
La présente convention définit les modalités de la coopération entre la Commune et le CCAS
pour l’accueil et l’accompagnement des demandeurs d’emploi âgés de plus de 50 ans.

Article 2 – Engagements des parties
La Commune s’engage à mettre à disposition un local équipé deux demi-journées par semaine.
Le CCAS s’engage à transmettre à la Commune, avant le 31 mars de chaque année, un bilan
qualitatif et quantitatif de l’action menée.

Article 3 – Durée
La convention est conclue pour une durée d’un an à compter de sa signature. Elle est
renouvelable par tacite reconduction, dans la limite de trois ans. Chaque partie peut la
résilier moyennant un préavis de trois mois, par lettre recommandée avec accusé de réception.

Fait à Saint-Étienne-du-Grès, le 2 février 2024, en deux exemplaires originaux.
EOF
text_to_pdf "$work/convention-courte.txt"
plain="$work/out/convention-courte.pdf"

# --- encrypted.pdf: user password "secret" (owner password "secret"), AES-256 ---------------
rm -f "$dest/encrypted.pdf"
qpdf --encrypt secret secret 256 -- "$plain" "$dest/encrypted.pdf"

# --- truncated.pdf: a valid PDF cut in half (no xref, no trailer, no page tree) -------------
size="$(stat -c %s "$plain")"
head -c "$((size / 2))" "$plain" >"$dest/truncated.pdf"

# --- corrupt.pdf, garbage.txt, latin1.txt, not-a-pdf seed bytes (deterministic) ------------
python3 - "$dest" <<'EOF'
import random, sys, pathlib
dest = pathlib.Path(sys.argv[1])
rng = random.Random(20240202)

# corrupt.pdf: a PDF header line, then 4 KiB of random bytes (no objects, no xref, no %%EOF).
body = bytearray(rng.getrandbits(8) for _ in range(4096))
(dest / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(body))

# garbage.txt: 2048 random bytes, with NUL bytes forced in (offsets 0, 1, 100, 1000, 2047)
# and a lone UTF-8 continuation byte, so it is neither text nor valid UTF-8.
g = bytearray(rng.getrandbits(8) for _ in range(2048))
for i in (0, 1, 100, 1000, 2047):
    g[i] = 0
g[10] = 0x80
(dest / "garbage.txt").write_bytes(bytes(g))
try:
    bytes(g).decode("utf-8")
    raise SystemExit("garbage.txt unexpectedly decodes as UTF-8")
except UnicodeDecodeError:
    pass

# latin1.txt: a French convention paragraph in Windows-1252 (not UTF-8). Uses é è à ç ê ô
# (same bytes in ISO-8859-1) and ’ 0x92, œ 0x9C, « » 0xAB 0xBB, – 0x96, € 0x80, which exist in
# Windows-1252 only (C1 control codes if read as ISO-8859-1).
latin1 = (
    "Article 4 – Engagements de la Région\n"
    "La Région s’engage à verser au Centre une subvention de 12 500 € au titre de l’année "
    "2024. Elle veille à ce que les bénéficiaires reçoivent une réponse dans les quinze jours "
    "ouvrés suivant leur demande. Le Centre s’engage à mettre en œuvre le programme "
    "« Accès à l’emploi » et à transmettre à la Région, chaque année, un bilan des actions "
    "menées, accompagné des pièces justificatives reçues.\n"
    "Fait à Aix-en-Provence, le 3 février 2024, en trois exemplaires. Façon ça, cœur, où, "
    "prêt, côté.\n"
)
data = latin1.encode("cp1252")
assert b"\x92" in data and b"\x9c" in data and b"\x80" in data
try:
    data.decode("utf-8")
    raise SystemExit("latin1.txt unexpectedly decodes as UTF-8")
except UnicodeDecodeError:
    pass
(dest / "latin1.txt").write_bytes(data)
EOF

# --- scanned.pdf: one A4 page that is only an image of French text (no text layer) ---------
pdftoppm -f 1 -l 1 -r 100 -gray -png "$plain" "$work/scan"
img2pdf --pagesize A4 --title "Convention (numérisée)" -o "$dest/scanned.pdf" "$work/scan-1.png"
if [ -n "$(pdftotext "$dest/scanned.pdf" - | tr -d '[:space:]')" ]; then
    echo "scanned.pdf has a text layer" >&2; exit 1
fi

# --- not-a-pdf.pdf: a PNG image (rendered page, 40 dpi) named .pdf --------------------------
pdftoppm -f 1 -l 1 -r 40 -gray -png "$plain" "$work/thumb"
cp "$work/thumb-1.png" "$dest/not-a-pdf.pdf"

# --- empty files ----------------------------------------------------------------------------
: >"$dest/empty.txt"
: >"$dest/empty.pdf"

# --- "Convention région été 2024.pdf": valid, accents and spaces in the file name ----------
# The name is written in NFC (é = U+00E9), as typed on Linux; macOS file systems may hand
# it back decomposed (NFD).
cat >"$work/convention-region.txt" <<'EOF'
Convention région été 2024

Article 1 – Objet
La présente convention fixe les conditions du partenariat estival entre la Région et la Commune.
La Commune s'engage à transmettre un bilan annuel.
EOF
text_to_pdf "$work/convention-region.txt"
cp "$work/out/convention-region.pdf" "$dest/Convention région été 2024.pdf"

# --- checks ---------------------------------------------------------------------------------
pdftotext "$dest/Convention région été 2024.pdf" - | grep -q "La Commune s'engage à transmettre un bilan annuel\." \
    || { echo "accented-name PDF: sentence not found" >&2; exit 1; }
if pdftotext "$dest/encrypted.pdf" - >/dev/null 2>&1; then
    echo "encrypted.pdf opens without a password" >&2; exit 1
fi
pdftotext -upw secret "$dest/encrypted.pdf" - | grep -q "Article 1 – Objet" \
    || { echo "encrypted.pdf: password does not open it" >&2; exit 1; }
for f in "$dest"/*.pdf "$dest"/*.txt; do
    s="$(stat -c %s "$f")"
    [ "$s" -lt 204800 ] || { echo "$f is $s bytes (limit 200 KB)" >&2; exit 1; }
    printf '%8d  %s\n' "$s" "${f#"$root"/}"
done
