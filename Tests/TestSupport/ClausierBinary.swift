import Foundation

/// The `clausier` executable that the end-to-end tests run.
public enum ClausierBinary {
    public struct Missing: Error, CustomStringConvertible {
        public let searched: [String]
        public var description: String {
            "the clausier binary was not found (looked in \(searched.joined(separator: ", "))); run `swift build` first, or set CLAUSIER_BINARY"
        }
    }

    /// `$CLAUSIER_BINARY` when set; else the `clausier` built beside the test bundle (the
    /// bundle's build directory, `.build/<triple>/debug/`; on macOS the `.xctest` bundle sits
    /// there too, three levels above its executable).
    public static func url() throws -> URL {
        let fm = FileManager.default
        if let path = ProcessInfo.processInfo.environment["CLAUSIER_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var starts: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ""))
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") { starts.append(bundle.bundleURL) }
        var searched: [String] = []
        for start in starts {
            var dir = start.resolvingSymlinksInPath()
            for level in 0..<5 {
                if level > 0 { dir = dir.deletingLastPathComponent() }
                let candidate = dir.appendingPathComponent("clausier")
                if !searched.contains(dir.path) { searched.append(dir.path) }
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   fm.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
            }
        }
        throw Missing(searched: searched)
    }

    /// Runs `clausier ARGUMENTS` with a time limit (a hang fails the test instead of blocking it).
    public static func run(_ arguments: [String], stdin: Data? = nil, timeout: TimeInterval = 60) throws -> ProcessResult {
        try ProcessRunner.run(url(), arguments, stdin: stdin, timeout: timeout)
    }
}
