import Foundation

/// Where the store is: `--store PATH` when given, else `$CLAUSIER_STORE`, else
/// `./.clausier/store.sqlite` in the current folder.
///
/// ```swift
/// StoreLocation.resolve(option: nil, environment: ["CLAUSIER_STORE": "/srv/conventions.sqlite"]).path
/// // "/srv/conventions.sqlite"
/// StoreLocation.resolve(option: nil, environment: [:]).path   // ".clausier/store.sqlite"
/// ```
public struct StoreLocation: Sendable, Hashable {
    /// How the path was chosen, for messages.
    public enum Origin: String, Sendable {
        case option = "--store"
        case environment = "CLAUSIER_STORE"
        case defaultPath = "default"
    }

    /// The environment variable that names the store when `--store` is not given.
    public static let environmentVariable = "CLAUSIER_STORE"
    /// The store used when neither `--store` nor `$CLAUSIER_STORE` names one.
    public static let defaultPath = ".clausier/store.sqlite"

    public let path: String
    public let origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// The store named by `option` (`--store`), else by the environment, else the default.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(path: option, origin: .option) }
        if let value = environment[environmentVariable], !value.isEmpty { return StoreLocation(path: value, origin: .environment) }
        return StoreLocation(path: defaultPath, origin: .defaultPath)
    }
}
