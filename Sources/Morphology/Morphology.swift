import Foundation
import Synchronization

/// French morphology for the clause reader: the readings of any word form, from Hunspell's
/// French dictionary (Debian's `hunspell-fr`), cached per form so that a word is analysed once
/// per process. The dictionary is opened on the first word not yet known.
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
        /// Word forms by a 64-bit hash of their exact scalars (accents and case kept).
        var cache = FormTable()
    }

    /// The dictionary files, `fr.aff` and `fr.dic`.
    public let affixPath: String
    public let dictionaryPath: String
    private let state: Mutex<State>

    /// Morphology over the dictionary at `affix` / `dictionary` (opened lazily).
    public init(affix: String, dictionary: String) {
        affixPath = affix
        dictionaryPath = dictionary
        state = Mutex(State())
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
                    return Morphology(affix: affix, dictionary: dictionary)
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
            if !state.opened {
                state.opened = true
                state.dictionary = HunspellDictionary(affix: affixPath, dictionary: dictionaryPath)
            }
            let word = String(String.UnicodeScalarView(scalars))
            let form = WordForm(readings: state.dictionary?.analyze(word).compactMap(WordReading.init(analysis:)) ?? [])
            state.cache.insert(form, for: key)
            return form
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
