import Foundation
import Synchronization

/// French morphology for the clause reader: the readings of any word form, from Hunspell's
/// French dictionary (Debian's `hunspell-fr`), cached per form so that a word is analysed once
/// per process. With a cache file, the forms analysed by earlier runs are read back at the first
/// word and the dictionary (≈ 45 ms to open) is opened only for a form never seen; ``flush()``
/// appends the new ones.
///
/// ```swift
/// let morphology = Morphology.french()!
/// morphology.readings(of: "transmettra").first?.lemma   // "transmettre"
/// morphology.readings(of: "transmettra").first?.forms   // [.future]
/// ```
public final class Morphology: Sendable {
    private struct State {
        var dictionary: HunspellDictionary?
        var opened = false
        var cacheRead = false
        /// Word forms by a 64-bit hash of their exact scalars (accents and case kept).
        var cache = FormTable()
        /// Analyses made by this process and not yet written to the cache file.
        var unsaved: [(key: UInt64, analyses: [String])] = []
    }

    /// The dictionary files, `fr.aff` and `fr.dic`.
    public let affixPath: String
    public let dictionaryPath: String
    /// Where analysed forms are kept between runs (nil: in memory only).
    public let cachePath: String?
    private let state: Mutex<State>

    /// Morphology over the dictionary at `affix` / `dictionary` (opened lazily), keeping analyses
    /// in `cache` between runs when given.
    public init(affix: String, dictionary: String, cache: String? = nil) {
        affixPath = affix
        dictionaryPath = dictionary
        cachePath = cache
        state = Mutex(State())
    }

    /// `$CLAUSIER_CACHE`, else `$XDG_CACHE_HOME/clausier`, else `~/.cache/clausier`: the file of
    /// analysed forms for a dictionary (named after its size and date, so that an updated
    /// dictionary starts a new file).
    static func cacheFile(for dictionary: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let folder = environment["CLAUSIER_CACHE"]
            ?? environment["XDG_CACHE_HOME"].map { $0 + "/clausier" }
            ?? environment["HOME"].map { $0 + "/.cache/clausier" }
        guard let folder, let attributes = try? FileManager.default.attributesOfItem(atPath: dictionary),
              let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date else { return nil }
        return "\(folder)/forms-\(size)-\(Int(date.timeIntervalSince1970)).txt"
    }

    /// Folders searched for `fr.aff` / `fr_FR.aff`: `$CLAUSIER_HUNSPELL_DIR`, then the system's.
    public static let searchFolders = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell"]

    /// The installed French dictionary, or nil when none is found (install `hunspell-fr`).
    public static func french() -> Morphology? {
        var folders = searchFolders
        if let custom = ProcessInfo.processInfo.environment["CLAUSIER_HUNSPELL_DIR"] { folders.insert(custom, at: 0) }
        for folder in folders {
            for name in ["fr", "fr_FR"] {
                let affix = "\(folder)/\(name).aff", dictionary = "\(folder)/\(name).dic"
                if FileManager.default.isReadableFile(atPath: affix), FileManager.default.isReadableFile(atPath: dictionary) {
                    return Morphology(affix: affix, dictionary: dictionary, cache: cacheFile(for: dictionary))
                }
            }
        }
        return nil
    }

    /// Every reading of `word` (empty for a word the dictionary does not know).
    public func readings(of word: String) -> [WordReading] {
        form(of: Array(word.unicodeScalars)[...]).readings
    }

    /// The readings of the word whose scalars are `scalars`, analysed once per process: the
    /// text is hashed as it is, no string is built for a word already seen.
    public func form(of scalars: ArraySlice<Unicode.Scalar>) -> WordForm {
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            key = (key ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
        }
        return state.withLock { state in
            if let known = state.cache.form(key) { return known }
            if !state.cacheRead {
                state.cacheRead = true
                readCache(into: &state.cache)
                if let known = state.cache.form(key) { return known }
            }
            if !state.opened {
                state.opened = true
                state.dictionary = HunspellDictionary(affix: affixPath, dictionary: dictionaryPath)
            }
            let word = String(String.UnicodeScalarView(scalars))
            let analyses = state.dictionary?.analyze(word) ?? []
            let form = WordForm(readings: analyses.compactMap(WordReading.init(analysis:)))
            state.cache.insert(form, for: key)
            if cachePath != nil, state.dictionary != nil { state.unsaved.append((key, analyses)) }
            return form
        }
    }

    /// Appends the forms analysed since the last flush to the cache file; a file that cannot be
    /// written only costs the next run a dictionary opening.
    public func flush() {
        guard let cachePath else { return }
        let lines = state.withLock { state -> String in
            defer { state.unsaved.removeAll() }
            return state.unsaved.map { entry in "\(entry.key)\t" + entry.analyses.joined(separator: "\t") + "\n" }.joined()
        }
        guard !lines.isEmpty else { return }
        let folder = (cachePath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // One write in append mode: two processes flushing at once add whole blocks, not mixed lines.
        let descriptor = open(cachePath, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var bytes = Array(lines.utf8)
        _ = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// Reads the cache file: one form a line, its key then its analyses, tab-separated. A line
    /// that does not read (a run cut while writing) is passed over.
    private func readCache(into table: inout FormTable) {
        guard let cachePath, let data = FileManager.default.contents(atPath: cachePath) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let first = fields.first, let key = UInt64(first) else { continue }
            let readings = fields.dropFirst().compactMap { WordReading(analysis: String($0)) }
            table.insert(WordForm(readings: readings), for: key)
        }
    }
}

/// Word forms by key in an open-addressing table: the keys are already hashes, so no hasher runs
/// on the lookup every word of a parse makes.
private struct FormTable {
    private var keys: [UInt64] = Array(repeating: 0, count: 1024)
    private var forms: [WordForm?] = Array(repeating: nil, count: 1024)
    private var count = 0

    func form(_ key: UInt64) -> WordForm? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while let form = forms[slot] {
            if keys[slot] == key { return form }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(_ form: WordForm, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while forms[slot] != nil, keys[slot] != key { slot = (slot + 1) & mask }
        if forms[slot] == nil { count += 1 }
        keys[slot] = key
        forms[slot] = form
    }

    private mutating func grow() {
        let old = zip(keys, forms)
        keys = Array(repeating: 0, count: keys.count * 2)
        forms = Array(repeating: nil, count: keys.count)
        count = 0
        for (key, form) in old { if let form { insert(form, for: key) } }
    }
}
