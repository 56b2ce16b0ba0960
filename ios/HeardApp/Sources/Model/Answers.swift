// Reading the core's AnswerValue back into what a field shows (Survey.kt's
// codes() and typed()).

import HeardCore

/// What a field's current answer is, in the shape its input needs.
enum Answers {
    /// The chosen option codes.
    static func codes(_ answer: AnswerValue?) -> [String] {
        switch answer {
        case let .choice(code)?:
            return [code]
        case let .choices(codes)?:
            return codes
        default:
            return []
        }
    }

    /// The answer as it was typed (numbers, dates, text).
    static func typed(_ answer: AnswerValue?) -> String {
        switch answer {
        case let .text(value)?:
            return value
        case let .integer(value)?:
            return String(value)
        case let .decimal(value)?:
            return String(value)
        case let .date(iso)?:
            return iso
        default:
            return ""
        }
    }

    /// Whether consent was given, refused, or not answered (nil).
    static func consent(_ answer: AnswerValue?) -> Bool? {
        if case let .consent(given)? = answer {
            return given
        }
        return nil
    }

    /// Attendance counts per bracket.
    static func tally(_ answer: AnswerValue?) -> [String: Int32] {
        if case let .tally(counts)? = answer {
            return counts
        }
        return [:]
    }

    /// A list's entries so far.
    static func entries(_ answer: AnswerValue?) -> [String] {
        if case let .entries(entries)? = answer {
            return entries
        }
        return []
    }

    /// The follow-up actions so far.
    static func actions(_ answer: AnswerValue?) -> [FollowUp] {
        if case let .actions(actions)? = answer {
            return actions
        }
        return []
    }

    /// Whether the answer is "prefer not to say".
    static func declined(_ answer: AnswerValue?) -> Bool {
        if case .declined? = answer {
            return true
        }
        return false
    }
}
