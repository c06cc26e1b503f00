extension IngestResult {
    /// The line `clausier ingest` prints for a file that was stored or already present (a
    /// failure is a message on standard error instead).
    ///
    /// `#7 stored: v2.pdf — CONVENTION DE COOPERATION … (30 pages, 38 obligations); supersedes #3 (same parties, …)`
    /// `004.pdf: already stored as #3`
    public var lineDescription: String {
        switch status {
        case .failed(let message):
            return message
        case .alreadyStored(let id):
            return "\(path): already stored as #\(id)"
        case .stored(let id, let link, let note):
            var line = "#\(id) stored: \(path)"
            if let title { line += " — \(title)" }
            line += " (\(pages) page\(pages == 1 ? "" : "s"), \(obligations) obligation\(obligations == 1 ? "" : "s"))"
            if let link {
                if let earlier = link.supersedes { line += "; supersedes #\(earlier)" }
                if let later = link.supersededBy { line += "; superseded by #\(later)" }
                line += " (\(link.reason))"
            }
            if let note { line += "; \(note)" }
            return line
        }
    }
}
