// fuzz-pdf — libFuzzer target over PDF bytes → extracted and normalised text.
//
// Built by `make fuzz` with `-sanitize=fuzzer,address -D FUZZING`: main hands over to libFuzzer.
// In an ordinary build it is a replayer: `fuzz-pdf FILE…` runs each file through the same
// entry point, to reproduce a crash that libFuzzer found.

import DocumentText
import Foundation
import FuzzSupport

private let normalizer: TextNormalizer = FuzzEntry.make { try TextNormalizer() }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let document = try? DocumentReader.read(data: data, path: "fuzz.pdf", workers: 1) else { return 0 }
    _ = normalizer.normalize(document)
    return 0
}

@main
struct Main {
    static func main() {
        #if FUZZING
        FuzzEntry.runLibFuzzer(fuzzPDF)
        #else
        FuzzEntry.replay(CommandLine.arguments.dropFirst(), through: fuzzPDF)
        #endif
    }
}
