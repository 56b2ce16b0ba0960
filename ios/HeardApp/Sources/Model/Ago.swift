// "5 minutes ago", "yesterday"… for the outbox (Outbox.kt's ago).

/// How long ago `then` was at `now` (Unix seconds), in the person's
/// language.
func ago(_ strings: Strings, _ then: Int64, _ now: Int64) -> String {
    let seconds = max(now - then, 0)
    if seconds < 60 {
        return strings["time-just-now"]
    }
    if seconds < 3_600 {
        return strings.count("time-minutes-ago", seconds / 60)
    }
    if seconds < 86_400 {
        return strings.count("time-hours-ago", seconds / 3_600)
    }
    return strings.count("time-days-ago", seconds / 86_400)
}
