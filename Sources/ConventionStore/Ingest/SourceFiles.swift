import Foundation

/// The files a batch reads: each FILE argument as given, each folder searched recursively for
/// `.pdf`, `.docx`, `.odt`, `.txt` and `.md` files (hidden files and folders skipped), in path order.
///
/// `["Conventions 2024", "avenant.pdf"]` → `["Conventions 2024/CD13/convention.pdf", "Conventions 2024/ville.txt", "avenant.pdf"]`
enum SourceFiles {
    static let extensions: Set<String> = ["pdf", "docx", "odt", "txt", "md"]

    /// The files, and the folders that held none.
    static func expand(_ arguments: [String]) -> (files: [String], emptyFolders: [String]) {
        var files: [String] = []
        var empty: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            let found = documents(in: argument)
            if found.isEmpty { empty.append(argument) }
            files += found
        }
        return (files, empty)
    }

    private static func documents(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if name.hasPrefix(".") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            guard type == .typeRegular, extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            found.append((folder as NSString).appendingPathComponent(relative))
        }
        return found.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }
}
