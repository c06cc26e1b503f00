#!/usr/bin/env bash
# make-office-fixtures.sh — (re)build the Word and OpenDocument test fixtures.
#
#   Tests/Fixtures/Office/jardins-partages.{odt,docx}   from the hand-written jardins-partages.fodt
#       (lists, outline numbering, a table, a footnote, tracked changes, a header and a footer,
#       a page break), converted by LibreOffice.
#   Tests/Fixtures/Office/<corpus folder>.{docx,odt}    from the normalised text of a corpus
#       document (`clausier text`), one paragraph a line, converted by LibreOffice's text import.
#   Tests/Fixtures/BadInput/*.docx, *.odt               the bad inputs of Tests/Fixtures/BadInput/README.md.
#
# Packages (Debian 12): libreoffice-writer-nogui python3-uno python3 (python3-venv for the
# encrypted .docx: msoffcrypto-tool from PyPI in a throw-away virtual environment).
# Needs a built clausier (swift build --product clausier).
#
# Usage: Corpus/tools/make-office-fixtures.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
office="$root/Tests/Fixtures/Office"
bad="$root/Tests/Fixtures/BadInput"
clausier="$root/.build/debug/clausier"
[ -x "$clausier" ] || { echo "build clausier first: swift build --product clausier" >&2; exit 1; }
for tool in soffice /usr/bin/python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (see the header of $0)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
convert() { # $1 = format (docx|odt), then the sources; writes into $work/out
    soffice -env:UserInstallation="file://$work/profile" --headless \
        --convert-to "$1" --outdir "$work/out" "${@:2}" >/dev/null 2>&1
}
convert_text() { # the same for UTF-8 text files, one paragraph a line
    soffice -env:UserInstallation="file://$work/profile" --headless \
        --infilter="Text (encoded):UTF8,LF,,," --convert-to "$1" --outdir "$work/out" "${@:2}" >/dev/null 2>&1
}
mkdir -p "$work/out" "$work/text"

# The hand-written document.
convert odt "$office/jardins-partages.fodt"
convert docx "$office/jardins-partages.fodt"

# Corpus documents of the tuning half and the seeds, as their normalised text.
corpus=(000-metropole-pole-emploi 004-departement-13-pole-emploi 205-concession-riviere-boutonne)
for folder in "${corpus[@]}"; do
    source="$(ls "$root/Corpus/$folder"/*.txt | head -n 1)"
    "$clausier" text "$source" > "$work/text/$folder.txt"
done
convert_text docx "$work/text"/*.txt
convert_text odt "$work/text"/*.txt
cp "$work/out"/*.docx "$work/out"/*.odt "$office/"

# Bad inputs.
/usr/bin/python3 "$here/save-with-password.py" "$office/jardins-partages.odt" \
    "$work/unused.docx" "$bad/encrypted.odt" secret
python3 -m venv "$work/venv" >/dev/null
"$work/venv/bin/pip" install -q msoffcrypto-tool
"$work/venv/bin/python" - "$office/jardins-partages.docx" "$bad/encrypted.docx" <<'PY'
import sys
from msoffcrypto.format.ooxml import OOXMLFile
with open(sys.argv[1], "rb") as source, open(sys.argv[2], "wb") as out:
    OOXMLFile(source).encrypt("secret", out)
PY
size=$(stat -c %s "$office/jardins-partages.docx")
head -c $((size / 2)) "$office/jardins-partages.docx" > "$bad/truncated.docx"

python3 - "$bad" <<'PY'
import struct, sys, zipfile, zlib
bad = sys.argv[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>')
def docx(path, document, fixed=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in ((n, d) for n, d in [("[Content_Types].xml", types), ("word/document.xml", document)]):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 14, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
def paragraph(text):
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'

# A document.xml that inflates to 80 MiB of spaces (about 80 KB compressed).
docx(f"{bad}/bomb.docx", paragraph(" " * (80 << 20)))
# The same, with sizes of 1,000 bytes written in its headers: only counting the inflated bytes finds it.
docx(f"{bad}/bomb-lying-sizes.docx", paragraph(" " * (80 << 20)))
data = bytearray(open(f"{bad}/bomb-lying-sizes.docx", "rb").read())
for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
    start = 0
    while (start := data.find(signature, start)) >= 0:
        name_length = struct.unpack_from("<H", data, start + (26 if signature == b"PK\x03\x04" else 28))[0]
        name = bytes(data[start + (30 if signature == b"PK\x03\x04" else 46):][:name_length])
        if name == b"word/document.xml":
            struct.pack_into("<I", data, start + offset, 1000)
        start += 4
open(f"{bad}/bomb-lying-sizes.docx", "wb").write(data)
# An external entity that would read a local file.
docx(f"{bad}/external-entity.docx",
     f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
     f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>')
# A valid zip whose document.xml stops in the middle of an element.
docx(f"{bad}/broken-xml.docx", paragraph("La Commune s'engage à")[:-40])
PY
# A stored (uncompressed) document.xml with one letter changed after its CRC-32 was written.
python3 - "$bad/bad-checksum.docx" <<'PY'
import sys, zipfile
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
xml = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>La Commune verse la subvention.</w:t></w:r></w:p></w:body></w:document>'
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_STORED) as z:
    z.writestr(zipfile.ZipInfo("word/document.xml", date_time=(2024, 3, 14, 9, 30, 0)), xml)
data = open(sys.argv[1], "rb").read().replace(b"La Commune verse", b"La Commune versa", 1)
open(sys.argv[1], "wb").write(data)
PY
# A central directory whose entries point past the end of the file.
python3 - "$office/jardins-partages.docx" "$bad/damaged-directory.docx" <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], "rb").read())
start = 0
while (start := data.find(b"PK\x01\x02", start)) >= 0:
    struct.pack_into("<I", data, start + 42, len(data) + 4096)
    start += 4
open(sys.argv[2], "wb").write(data)
PY
echo "written: $office and the .docx/.odt files of $bad"
