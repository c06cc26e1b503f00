import Dispatch
import Foundation

/// Seconds taken by `body`, from the monotonic clock.
public func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The median of `values` (the mean of the two middle ones for an even count).
public func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Warns on standard error when the benchmark was built without optimisation.
public func warnIfDebugBuild(_ tool: String) {
    #if DEBUG
    FileHandle.standardError.write(Data("\(tool): warning: this is a debug build; measure with swift build -c release\n".utf8))
    #endif
}
