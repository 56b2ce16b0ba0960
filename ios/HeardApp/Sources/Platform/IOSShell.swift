// What the screens ask of iOS (Shell in Model/Shell.swift): the sound, the
// device's languages, and the chosen app language.

import Foundation

/// The iOS shell. The app language is kept in a small file beside the
/// store, as the desktop shell keeps it: the lock screen must speak the
/// person's language before the store opens, and a file in the data
/// directory has its protection and stays out of backups.
@MainActor
final class IOSShell: Shell {
    /// The file's name in the data directory (the desktop's too).
    static let languageFileName = "app-language"

    let audio: any AudioPlaying = AudioClipPlayer()
    private let languageFile: URL

    init(dataDir: URL) {
        languageFile = dataDir.appendingPathComponent(Self.languageFileName, isDirectory: false)
    }

    /// The device's languages, most preferred first (BCP 47 tags).
    var systemLanguages: [String] {
        let tags = Locale.preferredLanguages.filter(LanguageTag.isTag)
        return tags.isEmpty ? ["en"] : tags
    }

    var appLanguage: String? {
        get {
            guard let data = try? Data(contentsOf: languageFile),
                  let text = String(data: data, encoding: .utf8) else { return nil }
            let tag = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return LanguageTag.isTag(tag) ? tag : nil
        }
        set {
            // A choice that cannot be kept still applies to this run (the
            // RootModel holds it).
            if let tag = newValue, LanguageTag.isTag(tag) {
                try? Data((tag + "\n").utf8).write(to: languageFile, options: [.atomic, .completeFileProtection])
            } else {
                try? FileManager.default.removeItem(at: languageFile)
            }
        }
    }
}

/// Language tags as the desktop shell accepts them: a 2–8 letter language,
/// then 1–8 letter-or-digit subtags; never `und`.
enum LanguageTag {
    static func isTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first,
              (2...8).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count),
                  part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        }
        return text.lowercased() != "und"
    }
}
