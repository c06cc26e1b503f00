// ocr-bench — how fast and how well scanned pages are read (Tesseract's French model), on one
// core and on two.
//
//     swift build -c release --product ocr-bench && .build/release/ocr-bench
//
// Reads the two-page scans of Tests/Fixtures/Scans at 150 dpi (grey) and 300 dpi (black and
// white), both turned by under a degree and specked, with 1 and 2 workers (one warm-up, then
// the median of 3 rounds), and prints seconds per page and the share of the source's sentences
// recovered whole (as written, then ignoring accents). Not a test.

import BenchmarkSupport
import DocumentText
import Foundation
import TestSupport

warnIfDebugBuild("ocr-bench")
let source = Fixtures.corpus.appendingPathComponent("000-metropole-pole-emploi/000_c2dadba1f96cd676.pdf").path
let original = try DocumentReader.read(path: source, ocr: false)
let normalizer = try TextNormalizer()
let reference = normalizer.normalize(ExtractedDocument(
    path: "source.pdf", format: .pdf, pages: Array(original.pages[2...3]),
    metadata: DocumentMetadata(pageCount: 2, hasTextLayer: true), sha256: "")).text

print("scan         workers  s/page   sentences  ignoring accents  mean confidence")
for dpi in [150, 300] {
    let path = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/Scans/metropole-p3-4-\(dpi)dpi.pdf").path
    for workers in [1, 2] {
        var document = try DocumentReader.read(path: path, workers: workers)
        var rounds: [Double] = []
        for _ in 0..<3 {
            rounds.append(try time { document = try DocumentReader.read(path: path, workers: workers) })
        }
        let reading = normalizer.normalize(document).text
        let exact = SentenceRecovery.measure(source: reference, reading: reading)
        let loose = SentenceRecovery.measure(source: reference, reading: reading, ignoringAccents: true)
        let confidence = document.recognizedPages.map(\.confidence).reduce(0, +) / Double(max(1, document.recognizedPages.count))
        let perPage = median(rounds) / Double(document.pages.count)
        print(String(format: "%3d dpi      %d        %.2f     %2d/%2d %.2f  %2d/%2d %.2f        %.2f",
                     dpi, workers, perPage, exact.recovered, exact.total, Double(exact.recovered) / Double(exact.total),
                     loose.recovered, loose.total, Double(loose.recovered) / Double(loose.total), confidence))
    }
}
