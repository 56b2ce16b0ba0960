// What the person is told about a PIN, and which characters a PIN field
// keeps (Lock.kt's pinMessage and pinError; the core's lock/pin.rs).

import HeardCore

/// What the person is told after a PIN was checked, or nil when it opened.
func pinMessage(_ strings: Strings, _ outcome: UnlockOutcome) -> LocalizedText? {
    switch outcome {
    case .unlocked:
        return nil
    case let .wrongPin(attemptsLeft):
        return strings.text("lock-wrong", ["count": .number(value: Double(attemptsLeft))])
    case .erased:
        return strings.text("lock-erased")
    }
}

/// What the person is told when the core refused a PIN call.
func pinError(_ strings: Strings, _ error: Error) -> LocalizedText {
    if let apiError = error as? ApiError, case .InvalidPin = apiError {
        return strings.text("lock-pin-invalid")
    }
    return strings.text("error-try-again")
}

/// The characters the core reads as PIN digits: ASCII, Arabic-Indic
/// (U+0660–0669) and Persian (U+06F0–06F9), so an Arabic or Persian number
/// pad types a PIN that opens the app from any other.
enum PinDigits {
    static func keep(_ typed: String) -> String {
        var digits = String.UnicodeScalarView()
        for scalar in typed.unicodeScalars where isDigit(scalar) {
            digits.append(scalar)
        }
        return String(digits)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x660...0x669, 0x6F0...0x6F9:
            return true
        default:
            return false
        }
    }
}
