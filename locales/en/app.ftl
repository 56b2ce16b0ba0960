# Heard app strings — English (source language).
# Shown by the Android and iOS apps and the `heard` CLI; the core resolves them.
# A questionnaire may override any of them by defining the same message id.

app-name = Heard

## Navigation
nav-next = Next
nav-back = Back
nav-review = Review answers
nav-submit = Submit
nav-start = Start
language-picker = Language
progress = Question { $n } of { $total }
answered-count = { $count ->
    [one] One question answered
   *[other] { $count } questions answered
}

## Built-in answers
answer-decline = Prefer not to say
answer-yes = Yes
answer-no = No
consent-accept = I agree
consent-decline = I do not agree
consent-declined = You did not agree, so nothing was saved. Thank you for your time.

## What each input expects
input-choose-one = Choose one answer.
input-choose-many = Choose all that apply.
input-scale = Choose one point on the scale.
input-whole-number = Enter a whole number.
input-whole-number-range = Enter a whole number from { $min } to { $max }.
input-number = Enter a number.
input-number-range = Enter a number from { $min } to { $max }.
input-text = Write your answer.
input-date = Choose a date.
input-tally = Enter how many people, for each group.
input-text-list = Add one entry at a time.
input-action-list = Add each action: what, who (a role, not a name), and by when.
input-notes = Write notes.
sensitive-warning = Do not write names, phone numbers, addresses or anything that could identify someone.

## Validation
error-required = This question needs an answer.
error-required-or-decline = This question needs an answer. You can also choose "Prefer not to say".
error-not-a-number = Please enter a number.
error-not-whole-number = Please enter a whole number.
error-below-min = The number must be { $min } or more.
error-above-max = The number must be { $max } or less.
error-too-long = { $max ->
    [one] The answer can be at most one character long.
   *[other] The answer can be at most { $max } characters long.
}
error-invalid-date = Please enter a real date (year-month-day).
error-unknown-choice = This answer is not one of the options.
error-wrong-answer-kind = This kind of answer does not fit this question.
error-negative-count = A count cannot be negative.
error-empty-entry = An entry cannot be empty.
error-constraint = This answer is not accepted here.

## Review
review-title = Review your answers
review-not-answered = Not answered
review-edit = Change
fallback-notice = Not yet translated into your language.

## Listening sessions
tally-total = Total: { $count }
list-add = Add
list-remove = Remove
action-what = What will be done
action-who = Who is responsible (a role)
action-due = By when
session-close = Close the session

## After submitting
submitted = Thank you. Your answers are locked and will be sent when there is a connection.
kiosk-next = Start a new survey for the next person
outbox-waiting = { $count ->
    [one] One response is waiting to be sent.
   *[other] { $count } responses are waiting to be sent.
}

## Enrollment
enroll-title = Join an organization
enroll-paste = Paste the enrollment code
enroll-read = Continue
enroll-invalid = This code could not be read. Ask the organization for a new one.
enroll-check-words = Check that these six words are the same as the ones the organization shows you.
enroll-accept = Accept
enroll-refuse = Refuse

## Questionnaires and listening
questionnaires-title = Questionnaires
audio-listen = Listen
submitted-sealed = Your answers are sealed. Only the organization can read them.
