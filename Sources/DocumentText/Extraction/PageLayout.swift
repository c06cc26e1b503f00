/// One character of a PDF page and its box, in points from the top-left corner of the page, as
/// poppler's text layout reports it (`poppler_page_get_text_layout`).
struct PageGlyph: Sendable, Equatable {
    var scalar: Unicode.Scalar
    var x1: Float
    var y1: Float
    var x2: Float
    var y2: Float

    init(_ scalar: Unicode.Scalar, x1: Float, y1: Float, x2: Float, y2: Float) {
        self.scalar = scalar
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
    }

    var height: Float { y2 - y1 }
    var centerY: Float { (y1 + y2) / 2 }
    var isBlank: Bool { scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\u{A0}" }
}

/// Rebuilds the text of a PDF page from the position of its characters, where poppler's own
/// reading order goes wrong.
///
/// Poppler's text of a page is right for a single column of text, but it glues cells that share
/// a baseline (`Le Maire,La Présidente,`), moves the value of a tab-aligned line away from its
/// label (`Présents` … `: 43`), and reads a two-column page line by line across both columns
/// (`Article 2 – Public concernément.`). This layout takes poppler's characters (and its spaces
/// between words) with their boxes and:
/// - cuts them into *pieces* — runs of characters on one baseline without a wide horizontal gap;
/// - groups the pieces into *rows* by baseline, top to bottom, each row read left to right, its
///   pieces separated by one space, or by three when the gap is as wide as a table's column gap
///   (`Total   81 500 €   244 500 €`);
/// - finds runs of rows set in columns (vertical gutters kept free over several rows, text of
///   paragraph width on each side) and reads them column by column;
/// - writes an empty line where the vertical space between two rows is clearly larger than the
///   page's line spacing (a paragraph break that poppler does not report).
///
/// A signature block or a table (a few rows, or narrow cells) is not a pair of columns: it is
/// read row by row, as its source text is. Lines of rotated text (a stamp in the margin) are
/// set apart at the end of the page; a page turned as a whole is left to poppler (``text(_:)``
/// returns nil).
///
/// ```
/// poppler:  "Pour la Commune de Saint-Aubin-sur-Loire,Pour l'association …,\nLe Maire,La Présidente,"
/// layout:   "Pour la Commune de Saint-Aubin-sur-Loire,   Pour l'association …,\nLe Maire,   La Présidente,"
/// ```
enum PageLayout {
    /// The text of the page, or nil when the glyph boxes cannot be trusted (boxes missing, most
    /// of the text rotated): the caller then keeps poppler's text.
    static func text(_ glyphs: [PageGlyph]) -> String? {
        var heights: [Float] = []
        heights.reserveCapacity(glyphs.count)
        var visible = 0
        for glyph in glyphs where !glyph.isBlank {
            visible += 1
            if glyph.height > 0 && glyph.x2 >= glyph.x1 { heights.append(glyph.height) }
        }
        if visible == 0 { return "" }
        // Boxes missing for many glyphs: nothing reliable to lay out.
        guard heights.count * 10 >= visible * 9 else { return nil }
        let unit = median(&heights)
        guard unit > 0 else { return nil }

        let (pieces, rotated, rotatedGlyphs) = cutPieces(glyphs, unit: unit)
        // A page turned as a whole (a landscape page) is left to poppler.
        guard rotatedGlyphs * 2 <= visible else { return nil }
        let rows = groupRows(pieces)
        let lines = order(rows, pieces: pieces, unit: unit)
        var text = render(lines, pieces: pieces, glyphs: glyphs, unit: unit)
        // Rotated lines (a stamp in the margin) come last, each on its line, after an empty line.
        for line in rotated {
            let scalars = line.map { glyphs[$0].scalar }.drop { $0 == " " }
            guard !scalars.isEmpty else { continue }
            text += (text.isEmpty ? "" : "\n\n") + String(scalars: scalars)
        }
        return text
    }

    // MARK: - Pieces

    /// A run of glyphs on one baseline without a wide gap, in poppler's order: `first...last`
    /// (inclusive; spaces inside are kept, none at either end).
    struct Piece {
        var first: Int
        var last: Int
        var x1: Float
        var x2: Float
        var top: Float
        var bottom: Float
        var centerSum: Float
        var heightSum: Float
        var count: Float

        var centerY: Float { centerSum / count }
        var height: Float { heightSum / count }
    }

    /// A wider gap than this (in multiples of the glyph height) starts a new piece.
    static let pieceGap: Float = 0.8

    /// The pieces of the page, and poppler's lines of rotated or vertical text (a stamp in the
    /// margin: `Accusé de réception en préfecture`), which are kept whole and set apart.
    private static func cutPieces(_ glyphs: [PageGlyph], unit: Float)
        -> (pieces: [Piece], rotated: [Range<Int>], rotatedGlyphs: Int) {
        var pieces: [Piece] = []
        var rotated: [Range<Int>] = []
        var rotatedGlyphs = 0
        var start = 0
        while start < glyphs.count {
            var end = start
            while end < glyphs.count, glyphs[end].scalar != "\n" { end += 1 }
            let line = start..<end
            start = end + 1
            if let count = rotatedCount(glyphs, line) {
                rotated.append(line)
                rotatedGlyphs += count
                continue
            }
            var current: Piece?
            var previous: PageGlyph?
            for index in line {
                let glyph = glyphs[index]
                if glyph.isBlank { continue }
                if let last = previous, var piece = current {
                    let sameBaseline = abs(glyph.centerY - last.centerY) <= 0.5 * max(glyph.height, last.height)
                    let backwards = glyph.x1 < last.x1 - 0.5 * unit
                    let wideGap = glyph.x1 - last.x2 > pieceGap * unit
                    if sameBaseline && !backwards && !wideGap {
                        piece.last = index
                        piece.x1 = min(piece.x1, glyph.x1)
                        piece.x2 = max(piece.x2, glyph.x2)
                        piece.top = min(piece.top, glyph.y1)
                        piece.bottom = max(piece.bottom, glyph.y2)
                        piece.centerSum += glyph.centerY
                        piece.heightSum += glyph.height
                        piece.count += 1
                        current = piece
                        previous = glyph
                        continue
                    }
                    pieces.append(piece)
                }
                current = Piece(first: index, last: index, x1: glyph.x1, x2: glyph.x2, top: glyph.y1, bottom: glyph.y2,
                                centerSum: glyph.centerY, heightSum: glyph.height, count: 1)
                previous = glyph
            }
            if let piece = current { pieces.append(piece) }
        }
        return (pieces, rotated, rotatedGlyphs)
    }

    /// The number of visible glyphs of a poppler line of rotated text, or nil for a line
    /// written across the page: in rotated text each glyph sits above or below the previous
    /// one rather than beside it.
    private static func rotatedCount(_ glyphs: [PageGlyph], _ line: Range<Int>) -> Int? {
        var steps = 0, stacked = 0, visible = 0
        var previous: PageGlyph?
        for index in line where !glyphs[index].isBlank {
            let glyph = glyphs[index]
            visible += 1
            if let last = previous {
                steps += 1
                let sameBaseline = abs(glyph.centerY - last.centerY) <= 0.5 * max(glyph.height, last.height)
                if !sameBaseline && glyph.x1 < last.x2 && glyph.x2 > last.x1 { stacked += 1 }
            }
            previous = glyph
        }
        return stacked >= 2 && stacked * 3 >= steps ? visible : nil
    }

    // MARK: - Rows

    /// Pieces that share a baseline, left to right.
    struct Row {
        var pieces: [Int]
        var centerY: Float
        var height: Float
        var top: Float
        var bottom: Float
    }

    private static func groupRows(_ pieces: [Piece]) -> [Row] {
        let sorted = pieces.indices.sorted { a, b in
            let ca = pieces[a].centerY, cb = pieces[b].centerY
            return ca != cb ? ca < cb : pieces[a].x1 < pieces[b].x1
        }
        var rows: [Row] = []
        for index in sorted {
            let piece = pieces[index]
            if var row = rows.last, abs(piece.centerY - row.centerY) <= 0.4 * max(row.height, piece.height) {
                row.pieces.append(index)
                row.top = min(row.top, piece.top)
                row.bottom = max(row.bottom, piece.bottom)
                rows[rows.count - 1] = row
            } else {
                rows.append(Row(pieces: [index], centerY: piece.centerY, height: piece.height,
                                top: piece.top, bottom: piece.bottom))
            }
        }
        for r in rows.indices where rows[r].pieces.count > 1 {
            rows[r].pieces.sort { pieces[$0].x1 < pieces[$1].x1 }
        }
        return rows
    }

    // MARK: - Columns

    /// One output line: pieces of one row (or of one column of a row).
    struct Line {
        var pieces: [Int]
        var top: Float
        var bottom: Float
        /// Read inside a column: its pieces are words of one line, joined by single spaces.
        var inColumn: Bool
        /// First line of a column after the first: no paragraph break is inferred before it.
        var startsColumn: Bool
    }

    /// Least number of rows, and of rows with text in two columns or more, for a run of columns.
    static let minimumColumnRows = 5
    static let minimumTwoSidedRows = 3

    private static func order(_ rows: [Row], pieces: [Piece], unit: Float) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(rows.count)
        func full(_ row: Row) -> Line {
            Line(pieces: row.pieces, top: row.top, bottom: row.bottom, inColumn: false, startsColumn: false)
        }
        let multiPieceRows = rows.lazy.filter { $0.pieces.count > 1 }.count
        guard multiPieceRows >= minimumTwoSidedRows && rows.count >= minimumColumnRows else {
            return rows.map(full)
        }
        var left = Float.greatestFiniteMagnitude, right = -Float.greatestFiniteMagnitude
        for piece in pieces {
            left = min(left, piece.x1)
            right = max(right, piece.x2)
        }
        let minimumGutter = pieceGap * unit

        var index = 0
        while index < rows.count {
            if let run = columnRun(startingAt: index, rows: rows, pieces: pieces, width: right - left,
                                   minimumGutter: minimumGutter) {
                for column in 0...run.gutters.count {
                    var first = true
                    for r in run.rows {
                        let mine = rows[r].pieces.filter { Self.column(of: pieces[$0], gutters: run.gutters) == column }
                        guard !mine.isEmpty else { continue }
                        let top = mine.map { pieces[$0].top }.min()!
                        let bottom = mine.map { pieces[$0].bottom }.max()!
                        lines.append(Line(pieces: mine, top: top, bottom: bottom, inColumn: true,
                                          startsColumn: first && column > 0))
                        first = false
                    }
                }
                index = run.rows.upperBound
            } else {
                lines.append(full(rows[index]))
                index += 1
            }
        }
        return lines
    }

    /// An empty band taller than this (in glyph heights) ends a run of columns.
    static let columnBreak: Float = 2.5

    /// The column of a piece: the number of gutters to its left.
    private static func column(of piece: Piece, gutters: [ClosedRange<Float>]) -> Int {
        gutters.lazy.filter { $0.upperBound <= piece.x1 }.count
    }

    /// A run of rows set in columns, found from its first row with a gutter-wide gap: all the
    /// gaps of that row that stay free together below it (three columns), else one of them.
    private static func columnRun(startingAt start: Int, rows: [Row], pieces: [Piece], width: Float,
                                  minimumGutter: Float) -> (rows: Range<Int>, gutters: [ClosedRange<Float>])? {
        let row = rows[start]
        guard row.pieces.count > 1 else { return nil }
        // Pieces that overlap (a date printed over the blank line of `Fait à …, le ______`) leave
        // no gap: a range is built only from ordered bounds.
        let gaps = (1..<row.pieces.count).compactMap { k -> ClosedRange<Float>? in
            let left = pieces[row.pieces[k - 1]].x2, right = pieces[row.pieces[k]].x1
            return right - left >= minimumGutter ? left...right : nil
        }
        guard !gaps.isEmpty else { return nil }
        var candidates: [[ClosedRange<Float>]] = gaps.map { [$0] }
        if gaps.count > 1 { candidates.insert(gaps, at: 0) }
        for var gutters in candidates {
            // Extend down while no piece crosses a gutter, narrowing each to the free space, and
            // no wide empty band (a footnote, a page number below the columns) comes between.
            var end = start + 1
            extending: while end < rows.count, rows[end].top - rows[end - 1].bottom <= columnBreak * minimumGutter / pieceGap {
                var narrowed: [ClosedRange<Float>] = []
                for gutter in gutters {
                    guard let free = narrow(gutter, by: rows[end], pieces: pieces, minimum: minimumGutter) else { break extending }
                    narrowed.append(free)
                }
                gutters = narrowed
                end += 1
            }
            let run = start..<end
            guard run.count >= minimumColumnRows else { continue }
            if isColumnText(run, gutters: gutters, rows: rows, pieces: pieces, width: width) {
                return (run, gutters)
            }
        }
        return nil
    }

    /// The gutter left free by `row`, or nil when a piece of the row crosses it.
    private static func narrow(_ gutter: ClosedRange<Float>, by row: Row, pieces: [Piece],
                               minimum: Float) -> ClosedRange<Float>? {
        var low = gutter.lowerBound, high = gutter.upperBound
        for index in row.pieces {
            let piece = pieces[index]
            if piece.x2 <= low || piece.x1 >= high { continue }
            // A piece reaching into the gutter from one side narrows it.
            if piece.x1 <= low { low = piece.x2 } else if piece.x2 >= high { high = piece.x1 } else { return nil }
            // Also false for a NaN bound, which must not reach the range below.
            guard high - low >= minimum else { return nil }
        }
        return low...high
    }

    /// Every column holds paragraph text: wide enough, most of its lines filling its width,
    /// few of them cut into cells (a table's or a signature block's columns do not qualify).
    private static func isColumnText(_ run: Range<Int>, gutters: [ClosedRange<Float>], rows: [Row],
                                     pieces: [Piece], width: Float) -> Bool {
        let columns = gutters.count + 1
        var multiColumnRows = 0
        var extents = Array(repeating: (x1: Float.greatestFiniteMagnitude, x2: -Float.greatestFiniteMagnitude), count: columns)
        var spans = Array(repeating: [Float](), count: columns)
        var split = Array(repeating: 0, count: columns)
        for r in run {
            var cells = Array(repeating: (x1: Float.greatestFiniteMagnitude, x2: -Float.greatestFiniteMagnitude, pieces: 0),
                              count: columns)
            for index in rows[r].pieces {
                let piece = pieces[index]
                let c = column(of: piece, gutters: gutters)
                cells[c].x1 = min(cells[c].x1, piece.x1)
                cells[c].x2 = max(cells[c].x2, piece.x2)
                cells[c].pieces += 1
            }
            var filled = 0
            for c in 0..<columns where cells[c].pieces > 0 {
                filled += 1
                extents[c].x1 = min(extents[c].x1, cells[c].x1)
                extents[c].x2 = max(extents[c].x2, cells[c].x2)
                spans[c].append(cells[c].x2 - cells[c].x1)
                if cells[c].pieces > 1 { split[c] += 1 }
            }
            if filled >= 2 { multiColumnRows += 1 }
        }
        guard multiColumnRows >= minimumTwoSidedRows else { return false }
        let minimumWidth = (columns == 2 ? 0.22 : 0.6 / Float(columns)) * width
        for c in 0..<columns {
            let columnWidth = extents[c].x2 - extents[c].x1
            guard columnWidth >= minimumWidth, spans[c].count >= 3 else { return false }
            let full = spans[c].filter { $0 >= 0.75 * columnWidth }.count
            guard full * 2 >= spans[c].count, split[c] * 3 < spans[c].count else { return false }
        }
        return true
    }

    // MARK: - Text

    /// A gap between two pieces of a row at least this wide (in glyph heights) separates table
    /// cells: it is written as three spaces.
    static let cellGap: Float = 2.0

    private static func render(_ lines: [Line], pieces: [Piece], glyphs: [PageGlyph], unit: Float) -> String {
        // The usual space between two consecutive lines; clearly more is a paragraph break.
        var gaps: [Float] = []
        gaps.reserveCapacity(lines.count)
        for k in lines.indices.dropFirst() where !lines[k].startsColumn {
            let gap = lines[k].top - lines[k - 1].bottom
            if lines[k].top > lines[k - 1].top { gaps.append(gap) }
        }
        // A low percentile rather than the median: on a page of short table cells most gaps are
        // paragraph breaks.
        let usualGap = gaps.isEmpty ? 0 : percentile(&gaps, 0.2)

        var out: [Unicode.Scalar] = []
        out.reserveCapacity(glyphs.count + lines.count)
        for (k, line) in lines.enumerated() {
            if k > 0 {
                out.append("\n")
                let previous = lines[k - 1]
                if !line.startsColumn && line.top > previous.top
                    && line.top - previous.bottom > usualGap + 0.5 * unit {
                    out.append("\n")
                }
            }
            for (n, index) in line.pieces.enumerated() {
                let piece = pieces[index]
                if n > 0 {
                    let gap = piece.x1 - pieces[line.pieces[n - 1]].x2
                    if gap >= cellGap * unit && !line.inColumn {
                        out.append(contentsOf: ["\u{20}", "\u{20}", "\u{20}"])
                    } else if gap > 0.05 * unit {
                        out.append(" ")
                    }
                    // Touching pieces (a word that poppler broke over two lines) stay glued.
                }
                for g in piece.first...piece.last {
                    let scalar = glyphs[g].scalar
                    out.append(scalar == "\n" ? " " : scalar)
                }
            }
        }
        return String(scalars: out)
    }

    private static func median(_ values: inout [Float]) -> Float {
        percentile(&values, 0.5)
    }

    private static func percentile(_ values: inout [Float], _ fraction: Float) -> Float {
        guard !values.isEmpty else { return 0 }
        // Partial selection would do; pages are small enough for a sort.
        values.sort()
        return values[min(values.count - 1, Int(Float(values.count) * fraction))]
    }
}
