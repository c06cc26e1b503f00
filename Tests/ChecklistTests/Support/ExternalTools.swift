import Foundation
import TestSupport

/// Programs some tests use when the machine has them: python3 with icalendar, LibreOffice.
enum ExternalTools {
    /// The first executable called `name` on the PATH.
    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// python3 that can `import icalendar` (pip install icalendar).
    static let python: URL? = {
        guard let python = which("python3"),
              let result = try? ProcessRunner.run(python, ["-c", "import icalendar, dateutil"], timeout: 30),
              result.status == 0 else { return nil }
        return python
    }()

    /// LibreOffice's `soffice`, with Calc (apt-get install libreoffice-calc-nogui).
    static let soffice: URL? = {
        guard let soffice = which("soffice") else { return nil }
        let calc = ["/usr/lib/libreoffice/program/libsclo.so", "/opt/libreoffice/program/libsclo.so"]
        return calc.contains(where: FileManager.default.fileExists(atPath:)) ? soffice : nil
    }()

    /// A script of `Tests/ChecklistTests/scripts`.
    static func script(_ name: String) -> String {
        Fixtures.repositoryRoot.appendingPathComponent("Tests/ChecklistTests/scripts").appendingPathComponent(name).path
    }

    /// A fresh temporary directory.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
