// fuzz-text — libFuzzer target over text decoding, normalisation and parsing.
//
// Built by `make fuzz` with `-sanitize=fuzzer,address -D FUZZING`: main hands over to libFuzzer.
// In an ordinary build it is a replayer: `fuzz-text FILE…` runs each file through the same
// entry point, to reproduce a crash that libFuzzer found.

import ClauseParser
import DocumentText
import Foundation
import FuzzSupport

private let parser: ConventionParser = FuzzEntry.make { try ConventionParser() }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let document = try? DocumentReader.read(data: data, path: "fuzz.txt", workers: 1) else { return 0 }
    _ = parser.parse(document)
    return 0
}

@main
struct Main {
    static func main() {
        #if FUZZING
        FuzzEntry.runLibFuzzer(fuzzText)
        #else
        FuzzEntry.replay(CommandLine.arguments.dropFirst(), through: fuzzText)
        #endif
    }
}
