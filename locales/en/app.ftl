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
tally-add-one = Add one person: { $bracket }
tally-remove-one = Remove one person: { $bracket }
tally-count = { $count }
list-new-entry = New entry
action-due-hint = Optional: year-month-day (YYYY-MM-DD)

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
enroll-scan = Scan the QR code
enroll-scan-hint = Point the camera at the organization's QR code.
enroll-camera-refused = Without the camera, the code cannot be scanned. You can paste it instead.
enroll-camera-denied = Heard may not use the camera. Allow it in the Settings app, or paste the code instead.

## Questionnaires and listening
questionnaires-title = Questionnaires
audio-listen = Listen
submitted-sealed = Your answers are sealed. Only the organization can read them.
submitted-done = Done

## Home
home-outbox = { $count ->
    [0] Outbox
    [one] Outbox: one waiting
   *[other] Outbox: { $count } waiting
}
notice-dismiss = OK
error-try-again = That did not work. Nothing was lost; please try again.

## Outbox and sync
outbox-title = Outbox
outbox-sending = Sending…
outbox-sent-today = { $count ->
    [0] Nothing sent yet today.
    [one] One response sent today.
   *[other] { $count } responses sent today.
}
outbox-never-synced = Not sent to the organization yet.
outbox-last-sync = Last attempt to send: { $when }
outbox-last-success = Last sent successfully: { $when }
outbox-send-now = Send now
outbox-rejected-title = Refused by the server
outbox-rejected-explain = These responses stay on this device, sealed. Tell the organization the reason shown.
outbox-rejected-reason = Reason: { $reason }
sync-outcome-done = Everything was sent.
sync-outcome-retry-later = The server could not be reached. Nothing was lost; the app will try again.
sync-outcome-revoked = The organization removed this device. Ask them for a new enrollment code.
sync-outcome-unauthorized = The server does not know this device. Ask the organization for a new enrollment code.
sync-outcome-not-a-heard-server = The address this device sends to does not answer as the organization's server. Tell the organization.
sync-outcome-already-syncing = Already sending.
sync-not-enrolled = This device is not enrolled with an organization yet, so there is nowhere to send to.
time-just-now = just now
time-minutes-ago = { $count ->
    [one] one minute ago
   *[other] { $count } minutes ago
}
time-hours-ago = { $count ->
    [one] one hour ago
   *[other] { $count } hours ago
}
time-days-ago = { $count ->
    [one] one day ago
   *[other] { $count } days ago
}

## App lock
lock-title = Enter your PIN
lock-pin = PIN
lock-unlock = Unlock
lock-wrong = { $count ->
    [one] Wrong PIN. One more wrong PIN erases everything on this device.
   *[other] Wrong PIN. { $count } tries left before everything on this device is erased.
}
lock-erased = Too many wrong PINs: everything on this device was erased.
lock-damaged = The app lock cannot be read. The only way on is to erase everything on this device.
lock-pin-invalid = A PIN needs at least 6 digits, and the duress PIN must differ from the PIN.

## Quick delete
wipe-title = Quick delete
wipe-explain = Erases everything on this device at once: responses waiting to be sent, unfinished ones, keys and settings. It cannot be undone.
wipe-slide = Slide all the way to erase everything
wipe-countdown = { $seconds ->
    [one] Erasing in one second
   *[other] Erasing in { $seconds } seconds
}
wipe-cancel = Cancel
wipe-failed = Not everything could be erased. Try quick delete again.

## Kiosk
kiosk-leave = Leave kiosk mode
kiosk-leave-pin = PIN to leave kiosk mode
kiosk-guided-access-title = Keep the tablet in Heard
kiosk-guided-access-explain = Before handing the tablet over, turn on Guided Access: Settings > Accessibility > Guided Access, then triple-click the side (or Home) button while Heard is open. The app cannot turn it on by itself.
kiosk-guided-access-on = Guided Access is on.
kiosk-guided-access-off = Guided Access is off: a respondent could leave Heard.

## Settings and safety
settings-title = Settings and safety
settings-lock-now = Lock
settings-pin-title = App lock
settings-pin-explain = With a PIN, the app opens only with it. After 10 wrong PINs everything on this device is erased.
settings-pin-current = Current PIN
settings-pin-new = New PIN (at least 6 digits)
settings-pin-repeat = New PIN again
settings-pin-mismatch = The two new PINs are not the same.
settings-pin-set = Set the PIN
settings-pin-change = Change the PIN
settings-pin-saved = The PIN is saved.
settings-needs-pin = Set an app lock PIN first.
settings-duress-title = Duress PIN
settings-duress-explain = A second PIN for when someone forces you to open the app: it erases everything and opens an empty app that looks newly installed.
settings-duress-pin = Duress PIN
settings-duress-set = Set the duress PIN
settings-duress-clear = Remove it
settings-duress-saved = The duress PIN is saved.
settings-duress-cleared = The duress PIN is removed.
settings-kiosk-title = Kiosk mode
settings-kiosk-explain = For a shared tablet: after each person submits, a fresh survey starts in the language chosen here, showing nothing of the last person's answers. Leaving kiosk mode needs the PIN.
settings-kiosk-none = No survey is installed yet.
settings-kiosk-questionnaire = Survey
settings-kiosk-language = Language of each new survey
settings-kiosk-start = Start kiosk mode
settings-camouflage = Disguise the app
settings-camouflage-explain = The home screen shows a plain icon and a neutral name instead of Heard. When you switch, the app may close: open it again from the new icon.
settings-language-title = App language
settings-language-device = The device's language
settings-holdings-title = What this device holds
holdings-organization = Enrolled with: { $name }
holdings-not-enrolled = Not enrolled with an organization.
holdings-questionnaires = { $count ->
    [one] One questionnaire
   *[other] { $count } questionnaires
}
holdings-drafts = { $count ->
    [0] No unfinished responses
    [one] One unfinished response (encrypted on this device)
   *[other] { $count } unfinished responses (encrypted on this device)
}
holdings-queued = { $count ->
    [0] No sealed responses waiting
    [one] One sealed response waiting to be sent (this device cannot read it)
   *[other] { $count } sealed responses waiting to be sent (this device cannot read them)
}
holdings-rejected = { $count ->
    [one] One response refused by the server
   *[other] { $count } responses refused by the server
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = Leave quickly
web-loading = Loading…
web-cannot-open = This survey could not be opened.
web-ask-again = Ask the organization that shared this link for a new one.
web-bad-link = This link is incomplete.
web-cannot-keep = Your answers could not be kept on this device. Nothing was sent.

# Public survey links: the poster, and the page's states.
poster-invite = Scan with your phone’s camera to answer “{ $title }”. It is anonymous: no name, no account, no phone number.
web-closed = This survey is closed: answers can no longer be sent through this link. Thank you.
web-closed-unsent = This survey closed before your answers could be sent. They have been deleted from this phone.
web-not-authentic = This survey could not be checked: it may not come from the organization on the poster. Do not answer it.
web-queued = Your answers are sealed on this phone. They will be sent when you are online again.
web-sent = Your answers were sent. Thank you.
web-stays = Only sealed answers stay on this phone until they are sent; an unfinished survey is kept encrypted for 3 days at most. “Leave quickly” removes it.
