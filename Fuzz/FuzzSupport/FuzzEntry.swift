import Foundation

/// What the libFuzzer targets share: setting up once, and replaying files in an ordinary build.
///
/// `fuzz-pdf crash-3f2a…` → `crash-3f2a…: read without a crash`
public enum FuzzEntry {
    /// Builds what a target needs once; a set-up failure (no word lists…) stops the run with its reason.
    public static func make<T>(_ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            FileHandle.standardError.write(Data("fuzz target set-up failed: \(error)\n".utf8))
            exit(2)
        }
    }

    #if FUZZING
    /// Hands the command line over to libFuzzer (a build with `-sanitize=fuzzer`), which calls
    /// `entry` with each input it makes.
    public static func runLibFuzzer(_ entry: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
    }
    #endif

    /// Runs each file through `entry`, as libFuzzer would.
    public static func replay(_ paths: some Sequence<String>, through entry: (UnsafePointer<UInt8>, Int) -> CInt) {
        var count = 0
        for path in paths {
            count += 1
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                exit(1)
            }
            let bytes = [UInt8](data) + [0]
            _ = bytes.withUnsafeBufferPointer { entry($0.baseAddress!, data.count) }
            print("\(path): read without a crash")
        }
        if count == 0 { print("usage: \(CommandLine.arguments[0]) FILE… (replays inputs; make fuzz builds the libFuzzer target)") }
    }
}

#if FUZZING
/// libFuzzer's entry for a program that has its own main (linked in by `-sanitize=fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
#endif
