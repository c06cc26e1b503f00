import DocumentText
import Foundation
import Testing
import TestSupport

/// Every scalar of the normalised text maps back to its page and its offset in the raw text.
@Suite("Provenance")
struct ProvenanceTests {
    /// The scalar offset of the first `needle` in `text` at or after `from`.
    private func offset(of needle: String, in text: String, from: Int = 0) -> Int? {
        let hay = Array(text.unicodeScalars), pin = Array(needle.unicodeScalars)
        guard pin.count <= hay.count, from <= hay.count - pin.count else { return nil }
        for i in from...(hay.count - pin.count) where hay[i..<(i + pin.count)].elementsEqual(pin) { return i }
        return nil
    }

    @Test("marked places keep their raw offset and page through cleanup, joining and page breaks")
    func markedExample() throws {
        let raw = MarkedText("Article 1 – Objet\n1️⃣L’État s’engage à trans-\n2️⃣mettre le bilan\u{0C}- 2 -\nannuel 3️⃣avant le 31 mars.\n\u{F0B7} 4️⃣réunir le comité ;\n5️⃣Article 2 – Durée")
        let pages = raw.text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        let normalized = try Normalize.normalized(pages: pages)
        #expect(normalized.text == "Article 1 – Objet\nL'État s'engage à transmettre le bilan annuel avant le 31 mars.\n- réunir le comité ;\nArticle 2 – Durée")

        let etat = try #require(offset(of: "L'État", in: normalized.text))
        #expect(normalized.rawOffset(at: etat) == raw[1])
        #expect(normalized.page(at: etat) == 1)
        let apostrophe = try #require(offset(of: "'engage", in: normalized.text))
        #expect(Array(raw.text.unicodeScalars)[normalized.rawOffset(at: apostrophe)] == "’")

        let mettre = try #require(offset(of: "mettre", in: normalized.text))
        #expect(normalized.rawOffset(at: mettre) == raw[2])
        let avant = try #require(offset(of: "avant", in: normalized.text))
        #expect(normalized.rawOffset(at: avant) == raw[3])
        #expect(normalized.page(at: avant) == 2)
        let reunir = try #require(offset(of: "réunir", in: normalized.text))
        #expect(normalized.rawOffset(at: reunir) == raw[4])
        let article2 = try #require(offset(of: "Article 2", in: normalized.text))
        #expect(normalized.rawOffset(at: article2) == raw[5])
        #expect(normalized.page(at: article2) == 2)
        #expect(normalized.slice(article2, article2 + 9) == "Article 2")
    }

    @Test("an expanded ligature maps every letter to the ligature")
    func ligature() throws {
        let raw = MarkedText("le 1️⃣ﬁnancement")
        let normalized = try Normalize.normalized(pages: [raw.text])
        #expect(normalized.text == "le financement")
        #expect(normalized.rawOffset(at: 3) == raw[1])
        #expect(normalized.rawOffset(at: 4) == raw[1])
        #expect(normalized.rawOffset(at: 5) == raw[1] + 1)
    }

    @Test("--pages marks each page where it starts")
    func pageMarks() throws {
        let normalized = try Normalize.normalized(pages: ["Article 1 – Objet\nLa convention définit la coopération.", "Article 2 – Durée\nElle est conclue pour un an."])
        #expect(normalized.withPageMarks() == """
        --- page 1 ---
        Article 1 – Objet
        La convention définit la coopération.
        --- page 2 ---
        Article 2 – Durée
        Elle est conclue pour un an.

        """)
    }

    @Test("the map of every corpus document is consistent", arguments: Fixtures.corpusDocuments().flatMap { [$0.text, $0.pdf] })
    func corpusMap(_ path: String) throws {
        let document = try DocumentReader.read(path: path)
        let normalized = try TextNormalizer().normalize(document)
        let problems = try Self.provenanceProblems(normalized, document: document)
        #expect(problems.isEmpty, "\((path as NSString).lastPathComponent): \(problems.count) problem(s), first: \(problems.prefix(5).joined(separator: "; "))")
    }

    /// Where the map is wrong: an origin out of range or going back, a scalar that is neither
    /// its source character nor a normalisation of it, a page that disagrees with the form
    /// feeds of the raw text.
    static func provenanceProblems(_ normalized: NormalizedText, document: ExtractedDocument) throws -> [String] {
        let raw = Array(document.rawText.unicodeScalars)
        let list = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Lexicons/lists/bullets.txt"), encoding: .utf8)
        let bullets = Set(list.split(separator: "\n").compactMap { line -> Unicode.Scalar? in
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.hasPrefix("U+"), let value = UInt32(entry.dropFirst(2), radix: 16) { return Unicode.Scalar(value) }
            return entry.unicodeScalars.count == 1 ? entry.unicodeScalars.first : nil
        })
        let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "`", "\u{00B4}", "'"]
        let ligatures: [Unicode.Scalar: String] = ["\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi",
                                                   "\u{FB04}": "ffl", "\u{FB05}": "st", "\u{FB06}": "st"]
        // Page of each raw offset, from the form feeds.
        var pageOfRaw: [Int] = []
        pageOfRaw.reserveCapacity(raw.count)
        var page = 1
        for scalar in raw {
            pageOfRaw.append(page)
            if scalar == "\u{0C}" { page += 1 }
        }

        var problems: [String] = []
        var previous = -1
        var previousContent = -1
        for (i, n) in normalized.scalars.enumerated() {
            let origin = Int(normalized.origins[i])
            guard origin >= 0 && origin < raw.count else {
                problems.append("scalar \(i) '\(n)': origin \(origin) outside the raw text (\(raw.count))")
                continue
            }
            if origin < previous { problems.append("scalar \(i) '\(n)': origin \(origin) goes back before \(previous)") }
            previous = origin
            let r = raw[origin]
            // A tab stands for a wide gap between two cells.
            let separator = n == " " || n == "\n" || n == "\t"
            let explained = n == r || separator
                || n == "'" && apostrophes.contains(r)
                || n == "-" && bullets.contains(r)
                || ligatures[r]?.unicodeScalars.contains(n) == true
            if !explained { problems.append("scalar \(i) '\(n)' comes from raw \(origin) '\(r)'") }
            if !separator && n != "-" && ligatures[r] == nil {
                if origin <= previousContent { problems.append("scalar \(i) '\(n)': raw \(origin) used twice") }
                previousContent = origin
            }
            if !separator && normalized.page(at: i) != pageOfRaw[origin] {
                problems.append("scalar \(i) '\(n)': page \(normalized.page(at: i)) but raw \(origin) is on page \(pageOfRaw[origin])")
            }
        }
        return problems
    }
}
