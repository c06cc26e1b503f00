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

    /// A python3 that can `import icalendar` and `dateutil`: the one on the PATH, else Debian's
    /// (`apt-get install python3-icalendar python3-dateutil`, which a pyenv or venv python
    /// first on the PATH does not see).
    static let python: URL? = {
        let candidates = [which("python3"), URL(fileURLWithPath: "/usr/bin/python3")].compactMap { $0 }
        return candidates.first { python in
            guard FileManager.default.isExecutableFile(atPath: python.path),
                  let result = try? ProcessRunner.run(python, ["-c", "import icalendar, dateutil"], timeout: 30) else { return false }
            return result.status == 0
        }
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
