import Foundation
import Testing
import TestSupport

/// The deterministic mutation run (`Fuzz/fuzz-mutations`): damaged and hostile texts and PDFs
/// made from the corpus with a fixed seed, each read by a worker process with a 2 s hang
/// detector. None may crash or hang. The suite runs the first 2,000 cases; `FUZZ_CASES=20000`
/// (or `make fuzz-mutations`, on a release build) runs them all.
@Suite("Mutation run")
struct MutationRunTests {
    @Test("thousands of mutated inputs: no crash, no hang")
    func mutations() throws {
        let clausier = try ClausierBinary.url()
        let runner = clausier.deletingLastPathComponent().appendingPathComponent("fuzz-mutations")
        try #require(FileManager.default.isExecutableFile(atPath: runner.path), "build it: swift build --product fuzz-mutations")
        let cases = ProcessInfo.processInfo.environment["FUZZ_CASES"] ?? "2000"
        let result = try ProcessRunner.run(runner, ["--cases", cases, "--seed", "13"], timeout: 1_800)
        #expect(result.status == 0 && !result.timedOut, "\(result.stdout)\n\(result.stderr)")
        let summary = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(summary.hasPrefix("fuzz-mutations: \(cases) cases"), "\(result)")
        #expect(summary.contains(" 0 crashed, 0 hung"), "\(result.stdout)")
        // Both kinds of case were read, not all refused: the mutations leave most inputs readable.
        let read = summary.components(separatedBy: " s: ").dropFirst().first.flatMap { $0.split(separator: " ").first }.flatMap { Int($0) }
        #expect((read ?? 0) > (Int(cases) ?? 0) / 2, "\(summary)")
    }
}
