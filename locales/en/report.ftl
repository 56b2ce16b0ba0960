# Heard report strings — English (source language).
# Used by `heard report` for the HTML report's own headings and notes.
# Translators: keep { $placeholders } as they are.

report-title = Community feedback report
report-generated = Generated on { $date }.
report-org = Prepared by { $org }.
report-privacy-title = How this report protects people
report-privacy = Figures in this report are adjusted by small random amounts to protect the people in it, so totals may not add up exactly. A typical adjustment is { $typical ->
    [one] { $typical } person
   *[other] { $typical } people
} either way. Every figure below { $k } is shown as “fewer than { $k }”. The same data always gives the same figures.
report-budget = Privacy budget used by the reports of this data: { $spent } of { $budget }.
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
report-table-hidden = { $hidden ->
    [one] { $hidden } of { $total } figures in this table is shown as “fewer than { $k }”.
   *[other] { $hidden } of { $total } figures in this table are shown as “fewer than { $k }”.
}
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
report-action-what = Action
report-action-who = Who
report-action-due = By
report-quotes = Quotes
report-data-quality = Data quality
report-by-group = Submissions per enrollment group
report-group = Group
report-submissions = Submissions
report-by-link = Submissions through public survey links
report-by-link-note = Anyone who sees a poster can answer through its link, so these are counted apart from the enrolled devices above: they may come from people outside the groups you serve, or from the same person more than once.
report-link = Link
report-other-links = Other links
report-reason = Reason
report-envelopes = Envelopes
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
report-chart-hidden = Shown as “fewer than { $k }”

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = What people told us
easy-intro = This is a short and simple version of our report.
easy-made-by = { $org } made this report on { $date }.
easy-made = We made this report on { $date }.
easy-people = { $count ->
    [one] One person answered this survey.
   *[other] { $count } people answered this survey.
}
easy-people-few = Fewer than { $k } people answered this survey.
easy-most-said = Most people said: { $answer }
easy-top-answer = The answer given most often: { $answer }
easy-share = { $percent } out of every 100 people gave this answer.
easy-no-finding = Too few people answered this question. So we do not show the answers here.
easy-sessions = { $count ->
    [one] We held one listening session.
   *[other] We held { $count } listening sessions.
}
easy-top-theme = People talked most about: { $theme }
easy-safe-title = How we keep people safe
easy-safe-changed = We changed the numbers a little to keep people safe.
easy-safe-add-up = So some numbers do not add up exactly.
easy-safe-few = Sometimes very few people gave an answer. Then we write “fewer than { $k }”.
easy-full-report = The full report has all the numbers and tables.
report-withheld = withheld

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
report-asked = Asked this question
report-not-asked = Not asked (it did not apply to them)
report-asked-note = Only some people were asked this question, depending on an earlier answer. The shares are of those asked: { $asked }; not asked: { $notasked }.
report-table-hidden-withheld = Hidden in this table: { $hidden } of { $total } figures ({ $few } shown as “fewer than { $k }”, { $withheld } shown as “withheld”).
report-withheld-explained = “withheld” marks a figure that is not shown although it is not small itself, so that a figure shown as “fewer than { $k }” cannot be worked out from the totals. It may be any number.
report-chart-hidden-withheld = Withheld to protect another figure
report-chart-hidden-either = “Fewer than { $k }” or withheld
report-tally-mismatch-title = The attendance tallies do not agree.
report-tally-mismatch = { $sessions ->
    [one] In one session, the tallies count different numbers of people, so the attendance tables do not describe the same people.
   *[other] In { $sessions } sessions, the tallies count different numbers of people, so the attendance tables do not describe the same people.
} Check the session records. Totals as published: { $totals }.
report-tally-difference = The published totals differ by { $difference }.
easy-asked = { $count ->
    [one] One person was asked this question.
   *[other] { $count } people were asked this question.
}
easy-asked-few = Fewer than { $k } people were asked this question.
easy-not-asked = { $count ->
    [one] One person was not asked. The question was not for them.
   *[other] { $count } people were not asked. The question was not for them.
}
easy-not-asked-few = Fewer than { $k } people were not asked. The question was not for them.
easy-share-asked = { $percent } out of every 100 people asked gave this answer.

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = Rehearsal: these figures come from sample submissions made by heard rehearse, not from answers of real people. Do not publish this report.
