/// The list numbering of a Word document (`word/numbering.xml`), counted paragraph by
/// paragraph as Word displays it: each `w:num` is a list with its own counters, a level's text
/// (`%1.%2.`) shows the current numbers of its levels, and a level restarts when a higher one
/// moves on.
///
/// ```swift
/// var numbering = WordNumbering(numberingXML)
/// numbering.label(numId: "2", level: 0)   // "1."
/// numbering.label(numId: "2", level: 1)   // "a)"
/// numbering.label(numId: "2", level: 0)   // "2."
/// ```
struct WordNumbering {
    struct Level {
        var start = 1
        var format = NumberFormat.decimal
        var text = ""
        /// `w:isLgl`: every number of the label in decimal.
        var legal = false
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    /// `w:num` → its `w:abstractNum` and the levels it overrides.
    private var lists: [String: (abstract: String, overrides: [Int: Level], startOverrides: [Int: Int])] = [:]
    private var counters: [String: ListCounters] = [:]

    init(_ root: MarkupElement?) {
        for element in root?.elements ?? [] {
            switch element.name {
            case "w:abstractNum":
                guard let id = element["w:abstractNumId"] else { continue }
                abstractLevels[id] = Self.levels(of: element)
            case "w:num":
                guard let id = element["w:numId"], let abstract = element.child("w:abstractNumId")?["w:val"] else { continue }
                var overrides: [Int: Level] = [:], starts: [Int: Int] = [:]
                for override in element.elements where override.name == "w:lvlOverride" {
                    guard let level = override["w:ilvl"].flatMap(Int.init) else { continue }
                    if let start = override.child("w:startOverride")?["w:val"].flatMap(Int.init) { starts[level] = start }
                    if let lvl = override.child("w:lvl") { overrides[level] = Self.level(lvl) }
                }
                lists[id] = (abstract, overrides, starts)
            default: break
            }
        }
    }

    private static func levels(of abstract: MarkupElement) -> [Int: Level] {
        var levels: [Int: Level] = [:]
        for lvl in abstract.elements where lvl.name == "w:lvl" {
            if let index = lvl["w:ilvl"].flatMap(Int.init) { levels[index] = level(lvl) }
        }
        return levels
    }

    private static func level(_ lvl: MarkupElement) -> Level {
        var level = Level()
        if let start = lvl.child("w:start")?["w:val"].flatMap(Int.init) { level.start = start }
        level.format = format(lvl.child("w:numFmt")?["w:val"])
        level.text = lvl.child("w:lvlText")?["w:val"] ?? ""
        level.legal = lvl.child("w:isLgl").map(WordDocumentReader.isOn) ?? false
        return level
    }

    private static func format(_ value: String?) -> NumberFormat {
        switch value {
        case "lowerLetter": .lowerLetter
        case "upperLetter": .upperLetter
        case "lowerRoman": .lowerRoman
        case "upperRoman": .upperRoman
        case "decimalZero": .decimalZero
        case "bullet": .bullet
        case "none": .none
        default: .decimal
        }
    }

    /// The label of the next paragraph of list `numId` at `level` (`1.`, `a)`, `2.1`, `•`), or
    /// nil when the list is unknown or `numId` is `0` (numbering removed).
    mutating func label(numId: String, level: Int) -> String? {
        guard numId != "0", let list = lists[numId], let levels = abstractLevels[list.abstract], level >= 0, level < 10 else {
            return nil
        }
        func definition(_ index: Int) -> Level { list.overrides[index] ?? levels[index] ?? Level() }
        let numbers = counters[numId, default: ListCounters()].advance(
            level: level, start: { list.startOverrides[$0] ?? definition($0).start })
        let current = definition(level)
        switch current.format {
        case .bullet: return "•"
        case .none where !current.text.contains("%"): return current.text
        default: break
        }
        // `%1.%2.`: each placeholder is the current number of that level in its own format.
        var label = ""
        var scalars = current.text.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            guard c == "%" else { label.unicodeScalars.append(c); continue }
            guard let digit = scalars.next() else { break }
            guard let index = Int(String(digit)).map({ $0 - 1 }), index >= 0, index < numbers.count else { continue }
            let format = current.legal ? NumberFormat.decimal : definition(index).format
            label += format.format(numbers[index])
        }
        return label
    }
}
