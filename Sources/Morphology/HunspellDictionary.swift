import CHunspell

/// A Hunspell dictionary opened for morphological analysis. The only file that touches
/// Hunspell's C API: every list it returns is freed here, the handle in `deinit`.
///
/// ```swift
/// let french = try HunspellDictionary(affix: "/usr/share/hunspell/fr.aff", dictionary: "/usr/share/hunspell/fr.dic")
/// french.analyze("versera")   // [" st:verser po:v1_it_q_zz po:ifut po:3sg"]
/// ```
/// Not thread-safe: ``Morphology`` serialises its calls.
final class HunspellDictionary {
    private let handle: OpaquePointer

    init?(affix: String, dictionary: String) {
        guard let handle = Hunspell_create(affix, dictionary) else { return nil }
        self.handle = handle
    }

    deinit { Hunspell_destroy(handle) }

    /// The raw analyses of a word form, one string per reading (`st:` lemma, `po:` tags).
    func analyze(_ word: String) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_analyze(handle, &list, word)
        defer { Hunspell_free_list(handle, &list, count) }
        guard count > 0, let list else { return [] }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
    }
}
