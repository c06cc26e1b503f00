/// A page read by OCR (a scan, or a scanned page in a PDF with text): how sure the reading is
/// and where each word stands on the page.
///
/// ```swift
/// let doc = try DocumentReader.read(path: "convention scannée.pdf")
/// doc.recognizedPages.first?.confidence      // 0.91
/// doc.box(atRawOffset: 120)?.box              // OCRBox(x: 72.4, y: 101.2, width: 48.0, height: 11.5)
/// ```
public struct RecognizedPage: Sendable, Hashable {
    /// The 1-based page number.
    public var page: Int
    /// The mean confidence of its words, from 0 to 1.
    public var confidence: Double
    /// The words in the order of the page's text.
    public var words: [OCRWord]

    public init(page: Int, confidence: Double, words: [OCRWord]) {
        self.page = page
        self.confidence = confidence
        self.words = words
    }

    /// Below this mean confidence a page is reported as a finding.
    public static let lowConfidence = 0.75
}

/// A word read by OCR: where it is in its page's text (Unicode scalars) and on the page.
public struct OCRWord: Sendable, Hashable {
    /// Offset of the word's first scalar in the page's text.
    public var offset: Int
    public var length: Int
    public var box: OCRBox
    /// From 0 to 1.
    public var confidence: Double

    public init(offset: Int, length: Int, box: OCRBox, confidence: Double) {
        self.offset = offset
        self.length = length
        self.box = box
        self.confidence = confidence
    }
}

/// A rectangle on the page in PDF points (1/72 inch) from the top-left corner.
public struct OCRBox: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// What OCR gives for one page before it joins the document.
struct OCRPage: Sendable {
    var text: String
    var words: [OCRWord]
    var confidence: Double
}

extension ExtractedDocument {
    /// The OCR word under the raw text's scalar `offset` (the raw text is the pages joined by
    /// form feeds; ``NormalizedText/rawOffset(at:)`` leads there from the normalised text), with
    /// its page; nil when that page was not read by OCR or the offset falls between words.
    public func box(atRawOffset offset: Int) -> (page: Int, word: OCRWord)? {
        var start = 0
        for (index, page) in pages.enumerated() {
            let length = page.unicodeScalars.count
            if offset < start + length {
                guard let recognized = recognizedPages.first(where: { $0.page == index + 1 }) else { return nil }
                let local = offset - start
                var low = 0, high = recognized.words.count - 1
                while low <= high {
                    let mid = (low + high) / 2
                    let word = recognized.words[mid]
                    if local < word.offset { high = mid - 1 } else if local >= word.offset + word.length { low = mid + 1 } else {
                        return (index + 1, word)
                    }
                }
                return nil
            }
            start += length + 1
        }
        return nil
    }
}
