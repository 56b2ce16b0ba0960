// The app's own words, always from the core (appText over
// locales/<tag>/app.ftl), never from iOS resources: every platform says the
// same thing in the same language.

import HeardCore

/// The app's strings in the person's preferred languages, resolved by the
/// core (Common.kt's Strings).
struct Strings {
    let preferred: [String]

    /// Message `id` with `args` filled in. An id the core does not ship
    /// comes back as the id itself, marked as a fallback (as the core does
    /// for a questionnaire's missing messages): never a crash.
    func text(_ id: String, _ args: [String: TextArg] = [:]) -> LocalizedText {
        do {
            return try appText(preferred: preferred, id: id, args: args)
        } catch {
            return LocalizedText(text: id, locale: preferred.first ?? "en", rtl: false, fallback: true)
        }
    }

    subscript(_ id: String) -> String {
        text(id).text
    }

    /// Message `id` with its `$count` (the plural and the locale's digits
    /// are the core's).
    func count(_ id: String, _ n: Int64) -> String {
        text(id, ["count": .number(value: Double(n))]).text
    }

    /// Whether the strings come out right to left: the direction the core
    /// declares for the language it chose, never a guess from the text.
    var rtl: Bool {
        text("nav-next").rtl
    }
}
