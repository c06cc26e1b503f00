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
        var cache: [String: [WordReading]] = [:]
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
        state.withLock { state in
            if let known = state.cache[word] { return known }
            if !state.opened {
                state.opened = true
                state.dictionary = HunspellDictionary(affix: affixPath, dictionary: dictionaryPath)
            }
            let readings = state.dictionary?.analyze(word).compactMap(WordReading.init(analysis:)) ?? []
            state.cache[word] = readings
            return readings
        }
    }
}
