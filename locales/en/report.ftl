# Heard report strings — English (source language).
# Used by `heard report` for the HTML report's own headings and notes.
# Translators: keep { $placeholders } as they are.

report-title = Community feedback report
report-generated = Generated on { $date }.
report-org = Prepared by { $org }.
report-privacy-title = How this report protects people
report-privacy = Every figure resting on fewer than { $k } respondents is hidden and shown as “{ report-hidden-mark }”. Enough other figures are hidden too that no hidden number can be worked out from totals or by comparing tables. Breakdowns and time periods are fixed, so the same data always gives the same tables.
report-hidden-mark = ·
report-hidden = hidden to protect a small group
report-sensitive-excluded = Free text marked sensitive is not included.
report-sensitive-included = This report includes free text marked sensitive. Share it with care.

## Sections
report-overview = Overview
report-respondents = Respondents
report-by-language = By survey language
report-by-period = By { $period ->
    [week] week
   *[month] month
}
report-comparison = Before and after { $date }
report-before = Before
report-after = From { $date }
report-all = All
report-other-languages = Other languages
report-other-groups = Other groups
report-by-group-breakdown = By enrollment group (team or district)
report-fewer-than = fewer than { $k }
report-option = Answer
report-no-answer = No answer or prefer not to say
report-share = Share
report-questions = Questions
report-free-text = Written answers
report-free-text-none = No written answers.
report-listening-sessions = Listening sessions
report-sessions-count = { $count ->
    [one] One listening session
   *[other] { $count } listening sessions
}
report-themes = Themes raised (number of sessions)
report-attendance = Attendance (people, all sessions)
report-actions = Follow-up actions
report-action-who = Who
report-action-due = By
report-quotes = Quotes
report-data-quality = Data quality
report-by-group = Submissions per enrollment group
report-group = Group
report-submissions = Submissions
report-set-aside = Envelopes set aside (not in this report)
report-set-aside-none = No envelope was set aside: every one decrypted and carried a valid enrollment-group signature.
report-undated = Submissions without a readable date (not in the tables)
report-failed-decrypt = Failed to decrypt
report-failed-verify = Failed to verify
report-reason-damaged = Damaged
report-reason-not-for-this-key = Sealed to another key
report-reason-not-a-submission = Not a Heard submission
report-reason-mismatch = Content does not match its label
report-reason-unsigned = No enrollment signature
report-reason-unknown-group = Unknown enrollment group
report-reason-bad-signature = Invalid signature
report-reason-revoked-group = Revoked enrollment group
report-reason-duplicate = Already received (a replay)
report-trend = How the answers changed over time
report-chart-alt = Bar chart of the answers to “{ $question }”
