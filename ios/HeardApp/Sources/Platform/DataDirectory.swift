// Where the core keeps its store, and how that folder is protected.

import Foundation

/// The core's data directory: Application Support/Heard, with complete
/// file protection (unreadable while the device is locked) and out of
/// iCloud and computer backups (a backup would carry the sealed outbox and
/// the encrypted drafts off the device; the Keychain items that decrypt
/// the drafts are never in one anyway).
enum DataDirectory {
    /// The folder's name inside Application Support.
    static let folderName = "Heard"

    /// Where the folder is (or will be).
    static func location(fileManager: FileManager = .default) throws -> URL {
        let support = try fileManager.url(
            for: .applicationSupportDirectory,
            in: .userDomainMask,
            appropriateFor: nil,
            create: true
        )
        return support.appendingPathComponent(folderName, isDirectory: true)
    }

    /// Whether the folder exists: it does not on a new install.
    static func exists(_ url: URL, fileManager: FileManager = .default) -> Bool {
        fileManager.fileExists(atPath: url.path)
    }

    /// Creates the folder protected from the start, or protects an existing
    /// one and what is in it, and keeps it out of backups.
    static func prepare(_ url: URL, fileManager: FileManager = .default) throws {
        let protection: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        if !exists(url, fileManager: fileManager) {
            try fileManager.createDirectory(at: url, withIntermediateDirectories: true, attributes: protection)
        }
        try protect(url, fileManager: fileManager)
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        var folder = url
        try folder.setResourceValues(values)
    }

    /// Sets complete protection on the folder and on every file in it. New
    /// files take the folder's class (and the entitlement's default); files
    /// made by an earlier build without either would otherwise keep theirs.
    static func protect(_ url: URL, fileManager: FileManager = .default) throws {
        let protection: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        try fileManager.setAttributes(protection, ofItemAtPath: url.path)
        guard let items = fileManager.enumerator(at: url, includingPropertiesForKeys: nil) else { return }
        for case let item as URL in items {
            try fileManager.setAttributes(protection, ofItemAtPath: item.path)
        }
    }
}
