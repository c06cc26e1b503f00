import Foundation

/// Length-prefixed messages over a pipe between the ingest and its worker processes: eight
/// bytes of length (little-endian), then the bytes. Reads wait at most until a deadline, so
/// that a worker that hangs is noticed; a worker that dies is an end of file.
///
/// `FrameChannel.write(Data("lot/a.pdf".utf8), to: fd)` sends `09 00 00 00 00 00 00 00 6c 6f 74 …`.
enum FrameChannel {
    /// What a read found.
    enum Reading: Equatable {
        case frame(Data)
        /// The other side closed its end (a worker that exited or crashed).
        case endOfFile
        /// Nothing complete before the deadline.
        case timedOut
    }

    /// A frame longer than this is refused as garbage (a document's text and graph stay far below).
    static let largest = 1 << 32

    /// Writes one frame; false when the other side is gone (broken pipe).
    static func write(_ payload: Data, to fd: Int32) -> Bool {
        var length = UInt64(payload.count).littleEndian
        var frame = Data(bytes: &length, count: 8)
        frame.append(payload)
        return frame.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Reads one frame, waiting until `deadline` at most (for ever when nil).
    static func read(from fd: Int32, deadline: DispatchTime? = nil) -> Reading {
        var header = [UInt8](repeating: 0, count: 8)
        switch fill(&header, from: fd, deadline: deadline) {
        case .endOfFile: return .endOfFile
        case .timedOut: return .timedOut
        case .frame: break
        }
        let length = header.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard length <= UInt64(largest) else { return .endOfFile }
        var payload = [UInt8](repeating: 0, count: Int(length))
        switch fill(&payload, from: fd, deadline: deadline) {
        case .endOfFile: return .endOfFile
        case .timedOut: return .timedOut
        case .frame: return .frame(Data(payload))
        }
    }

    /// Fills `buffer` entirely from `fd`.
    private static func fill(_ buffer: inout [UInt8], from fd: Int32, deadline: DispatchTime?) -> Reading {
        var offset = 0
        while offset < buffer.count {
            if let deadline {
                let now = DispatchTime.now().uptimeNanoseconds
                guard now < deadline.uptimeNanoseconds else { return .timedOut }
                let milliseconds = Int32(min((deadline.uptimeNanoseconds - now) / 1_000_000 + 1, UInt64(Int32.max)))
                var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&request, 1, milliseconds)
                if ready < 0 && errno != EINTR { return .endOfFile }
                if ready <= 0 { continue }
            }
            let count = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .endOfFile
            }
            if count == 0 { return .endOfFile }
            offset += count
        }
        return .frame(Data())
    }
}
