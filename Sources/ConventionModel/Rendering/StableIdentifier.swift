import Foundation

/// Identifiers that survive re-parsing and small edits, for exports that other systems keep
/// (the Akoma Ntoso `eId`s): built from what the text says, never from the order of discovery
/// that gives `O7` or `P2`.
///
/// ```swift
/// StableIdentifier.fold("  Partager l'Information, chaque année ")   // "partager l information chaque annee"
/// StableIdentifier.slug("Métropole Aix-Marseille-Provence")          // "metropole-aix-marseille-provence"
/// StableIdentifier.hash("partager l information")                     // "9c1e5b07" (FNV-1a, 32 bits)
/// ```
enum StableIdentifier {
    /// Lowercased, accents removed, every run of characters other than letters and digits one space.
    static func fold(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for scalar in plain.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !out.isEmpty { out += " " }
                out.unicodeScalars.append(scalar)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The folded text with hyphens for spaces, cut at 48 characters: a readable identifier.
    static func slug(_ text: String) -> String {
        let folded = fold(text).replacingSpaces(with: "-")
        let cut = String(folded.prefix(48))
        return cut.hasSuffix("-") ? String(cut.dropLast()) : (cut.isEmpty ? "x" : cut)
    }

    /// The 32-bit FNV-1a hash of the UTF-8 bytes of `text`, in eight hexadecimal digits: the same
    /// on every machine and every run (unlike `Hasher`).
    static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Makes identifiers unique in order of use: the second `x` becomes `x-2`, the third `x-3`.
    struct Registry {
        private var used: Set<String> = []

        mutating func unique(_ base: String) -> String {
            guard used.contains(base) else { used.insert(base); return base }
            var n = 2
            while used.contains("\(base)-\(n)") { n += 1 }
            used.insert("\(base)-\(n)")
            return "\(base)-\(n)"
        }
    }
}

extension String {
    fileprivate func replacingSpaces(with separator: String) -> String {
        split(separator: " ").joined(separator: separator)
    }
}
