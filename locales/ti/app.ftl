# Heard app strings — Tigrinya (ti, ትግርኛ).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Somali and Tigrinya especially need this review: few reliable sources
# exist for UI and survey vocabulary in these two languages.
# Eritrean usage and spelling preferred; polite plural (-ኩም) in sentences,
# short glossary forms on buttons (ዝቕጽል, ተመለስ, ኣረክብ).
# Plural categories (CLDR): one (n = 0..1), other. "one" also covers 0, so
# the "one" variants show the number instead of the word "one".
# Needs an Ethiopic font (e.g. Noto Sans Ethiopic) on the device.

app-name = Heard

## Navigation
nav-next = ዝቕጽል
nav-back = ተመለስ
nav-review = መልስታት ምርኣይ
nav-submit = ኣረክብ
nav-start = ጀምር
language-picker = ቋንቋ
progress = ሕቶ { $n } ካብ { $total }
answered-count = { $count ->
    [one] { $count } ሕቶ ተመሊሱ
   *[other] { $count } ሕቶታት ተመሊሶም
}

## Built-in answers
answer-decline = ክገልጽ ኣይደልን
answer-yes = እወ
answer-no = ኣይፋል
consent-accept = ይሰማማዕ እየ
consent-decline = ኣይሰማማዕን
consent-declined = ስለ ዘይተሰማማዕኩም፣ ዋላ ሓንቲ ኣይተቐመጠን። ስለ ግዜኹም የቐንየልና።

## What each input expects
input-choose-one = ሓደ መልሲ ምረጹ።
input-choose-many = ዝምልከት ኩሉ ምረጹ።
input-scale = ኣብቲ መለክዒ ሓንቲ ነጥቢ ምረጹ።
input-whole-number = ምሉእ ቁጽሪ ኣእትዉ።
input-whole-number-range = ካብ { $min } ክሳብ { $max } ዘሎ ምሉእ ቁጽሪ ኣእትዉ።
input-number = ቁጽሪ ኣእትዉ።
input-number-range = ካብ { $min } ክሳብ { $max } ዘሎ ቁጽሪ ኣእትዉ።
input-text = መልስኹም ጽሓፉ።
input-date = ዕለት ምረጹ።
input-tally = ንነፍሲ ወከፍ ጉጅለ፣ ክንደይ ሰባት ከም ዝነበሩ ኣእትዉ።
input-text-list = ሓደ ብሓደ ወስኹ።
input-action-list = ነፍሲ ወከፍ ስጉምቲ ወስኹ፦ እንታይ፣ መን (ተራ እምበር ስም ኣይኮነን)፣ ክሳብ መዓስ።
input-notes = መዘኻኸሪ ጽሓፉ።
sensitive-warning = ኣስማት፣ ቁጽሪ ተሌፎን፣ ኣድራሻ፣ ወይ ንሓደ ሰብ ከለሊ ዝኽእል ዝኾነ ነገር ኣይትጽሓፉ።

## Validation
error-required = እዚ ሕቶ መልሲ የድልዮ።
error-required-or-decline = እዚ ሕቶ መልሲ የድልዮ። "ክገልጽ ኣይደልን" እውን ክትመርጹ ትኽእሉ ኢኹም።
error-not-a-number = በጃኹም ቁጽሪ ኣእትዉ።
error-not-whole-number = በጃኹም ምሉእ ቁጽሪ ኣእትዉ።
error-below-min = እቲ ቁጽሪ { $min } ወይ ልዕሊኡ ክኸውን ኣለዎ።
error-above-max = እቲ ቁጽሪ { $max } ወይ ትሕቲኡ ክኸውን ኣለዎ።
error-too-long = { $max ->
    [one] እቲ መልሲ ካብ { $max } ፊደል ክበዝሕ የብሉን።
   *[other] እቲ መልሲ ካብ { $max } ፊደላት ክበዝሕ የብሉን።
}
error-invalid-date = በጃኹም ሓቀኛ ዕለት ኣእትዉ (ዓመት-ወርሒ-መዓልቲ)።
error-unknown-choice = እዚ መልሲ ካብቶም ምርጫታት ሓደ ኣይኮነን።
error-wrong-answer-kind = ከምዚ ዓይነት መልሲ ነዚ ሕቶ ኣይገጥምን።
error-negative-count = ቁጽሪ ትሕቲ ዜሮ ክኸውን ኣይክእልን።
error-empty-entry = ባዶ ጽሑፍ ክኣቱ ኣይክእልን።
error-constraint = እዚ መልሲ ኣብዚ ተቐባልነት የብሉን።

## Review
review-title = መልስታትኩም ደጊምኩም ርኣዩ
review-not-answered = ኣይተመለሰን
review-edit = ቀይር
fallback-notice = ገና ናብ ቋንቋኹም ኣይተተርጎመን።

## Listening sessions
tally-total = ድምር፦ { $count }
list-add = ወስኽ
list-remove = ኣልግስ
action-what = እንታይ ክግበር እዩ
action-who = መን እዩ ሓላፊ (ተራ)
action-due = ክሳብ መዓስ
session-close = ኣኼባ ዕጾ
tally-add-one = ሓደ ሰብ ወስኽ፦ { $bracket }
tally-remove-one = ሓደ ሰብ ቀንስ፦ { $bracket }
tally-count = { $count }
list-new-entry = ሓድሽ ምዝገባ
action-due-hint = ኣማራጺ፦ ዓመት-ወርሒ-መዓልቲ (YYYY-MM-DD)

## After submitting
submitted = የቐንየልና። መልስታትኩም ብምስጢር ተዓጽዮም ኣለዉ፣ ኢንተርነት ምስ ዝህሉ ድማ ክለኣኹ እዮም።
kiosk-next = ንዝቕጽል ሰብ ሓድሽ መጠይቕ ጀምር
outbox-waiting = { $count ->
    [one] { $count } መልሲ ክለኣኽ ይጽበ ኣሎ።
   *[other] { $count } መልስታት ክለኣኹ ይጽበዩ ኣለዉ።
}

## Enrollment
enroll-title = ናብ ትካል ምጽንባር
enroll-paste = ናይ ምዝገባ ኮድ ኣብዚ ለጥፉ
enroll-read = ቀጽል
enroll-invalid = እዚ ኮድ ክንበብ ኣይከኣለን። ካብቲ ትካል ሓድሽ ኮድ ሕተቱ።
enroll-check-words = እዘን ሽዱሽተ ቃላት ምስቲ እቲ ትካል ዘርእየኩም ቃላት ሓደ ምዃነን ኣረጋግጹ።
enroll-accept = ተቐበል
enroll-refuse = ኣይትቐበል
enroll-scan = QR ኮድ ስካን ግበሩ
enroll-scan-hint = ካሜራ ናብቲ ናይቲ ትካል QR ኮድ ኣቕንዕዎ።
enroll-camera-refused = ብዘይ ካሜራ እቲ ኮድ ስካን ክግበር ኣይክእልን። ኣብ ክንድኡ ነቲ ኮድ ክትለጥፍዎ ትኽእሉ ኢኹም።
enroll-camera-denied = Heard ካሜራ ክጥቀም ኣይተፈቕደሉን። ኣብ Settings ፍቐዱሉ፣ ወይ ኣብ ክንድኡ ነቲ ኮድ ለጥፉ።

## Questionnaires and listening
questionnaires-title = መጠይቓት
audio-listen = ስምዑ
submitted-sealed = መልስታትኩም ተሓቲሞም ኣለዉ። ከንብቦም ዝኽእል እቲ ትካል ጥራይ እዩ።
submitted-done = ተወዲኡ

## Home
home-outbox = { $count ->
    [0] ናይ ምልኣኽ ሳጹን
    [one] ናይ ምልኣኽ ሳጹን፦ ሓደ ይጽበ ኣሎ
   *[other] ናይ ምልኣኽ ሳጹን፦ { $count } ይጽበዩ ኣለዉ
}
notice-dismiss = ሕራይ
error-try-again = እዚ ኣይሰርሐን። ዋላ ሓንቲ ኣይጠፍአን፤ በጃኹም ደጊምኩም ፈትኑ።

## Outbox and sync
outbox-title = ናይ ምልኣኽ ሳጹን
outbox-sending = ይለኣኽ ኣሎ…
outbox-sent-today = { $count ->
    [0] ሎሚ ክሳብ ሕጂ ዋላ ሓንቲ ኣይተለኣኸን።
    [one] ሎሚ ሓደ መልሲ ተለኣኺ።
   *[other] ሎሚ { $count } መልስታት ተለኣኺም።
}
outbox-never-synced = ክሳብ ሕጂ ናብቲ ትካል ዝተለኣኸ የለን።
outbox-last-sync = ናይ መወዳእታ ፈተነ ምልኣኽ፦ { $when }
outbox-last-success = ናይ መወዳእታ ዕዉት ምልኣኽ፦ { $when }
outbox-send-now = ሕጂ ለኣኽ
outbox-rejected-title = ብሰርቨር ዝተነጸጉ
outbox-rejected-explain = እዞም መልስታት ተሓቲሞም ኣብዚ መሳርሒ ይተርፉ። ነቲ ዝተራእየ ምኽንያት ነቲ ትካል ንገርዎ።
outbox-rejected-reason = ምኽንያት፦ { $reason }
sync-outcome-done = ኩሉ ተለኣኺ።
sync-outcome-retry-later = ናብቲ ሰርቨር ክበጽሕ ኣይከኣለን። ዋላ ሓንቲ ኣይጠፍአን፤ እቲ ኣፕ ደጊሙ ክፍትን እዩ።
sync-outcome-revoked = እቲ ትካል ነዚ መሳርሒ ኣውጺእዎ። ሓድሽ ናይ ምዝገባ ኮድ ሕተትዎም።
sync-outcome-unauthorized = እቲ ሰርቨር ነዚ መሳርሒ ኣይፈልጦን። ካብቲ ትካል ሓድሽ ናይ ምዝገባ ኮድ ሕተቱ።
sync-outcome-not-a-heard-server = እዚ መሳርሒ ዝልእከሉ ኣድራሻ ከም ሰርቨር እቲ ትካል ኣይምልስን። ነቲ ትካል ንገርዎ።
sync-outcome-already-syncing = ድሮ ይለኣኽ ኣሎ።
sync-not-enrolled = እዚ መሳርሒ ገና ምስ ዝኾነ ትካል ኣይተመዝገበን፣ ስለዚ ዝለኣኸሉ ቦታ የለን።
time-just-now = ሕጂ
time-minutes-ago = { $count ->
    [one] ቅድሚ { $count } ደቒቕ
   *[other] ቅድሚ { $count } ደቓይቕ
}
time-hours-ago = { $count ->
    [one] ቅድሚ { $count } ሰዓት
   *[other] ቅድሚ { $count } ሰዓታት
}
time-days-ago = { $count ->
    [one] ቅድሚ { $count } መዓልቲ
   *[other] ቅድሚ { $count } መዓልታት
}

## App lock
lock-title = ምስጢራዊ ቁጽሪኹም ኣእትዉ
lock-pin = ምስጢራዊ ቁጽሪ (PIN)
lock-unlock = ክፈት
lock-wrong = { $count ->
    [one] ጌጋ ምስጢራዊ ቁጽሪ። { $count } ፈተነ ጥራይ ተሪፉ፤ ካልእ ጌጋ እንተ ኣእቲኹም፣ ኣብዚ መሳርሒ ዘሎ ኩሉ ክድምሰስ እዩ።
   *[other] ጌጋ ምስጢራዊ ቁጽሪ። ኣብዚ መሳርሒ ዘሎ ኩሉ ቅድሚ ምድምሳሱ { $count } ፈተነታት ተሪፉ።
}
lock-erased = ብዙሕ ጌጋ ምስጢራዊ ቁጽሪ ኣትዩ፦ ኣብዚ መሳርሒ ዝነበረ ኩሉ ተደምሲሱ።
lock-damaged = መዕጸዊ ናይቲ ኣፕ ክንበብ ኣይከኣለን። ንቕድሚት ዝኸደሉ እንኮ መገዲ፣ ኣብዚ መሳርሒ ዘሎ ኩሉ ምድምሳስ እዩ።
lock-pin-invalid = ምስጢራዊ ቁጽሪ እንተወሓደ 6 ኣሃዛት ክህልዎ ኣለዎ፣ ናይ ሓደጋ ምስጢራዊ ቁጽሪ ድማ ካብቲ ምስጢራዊ ቁጽሪ ክፈላለ ኣለዎ።

## Quick delete
wipe-title = ቅልጡፍ ምድምሳስ
wipe-explain = ኣብዚ መሳርሒ ዘሎ ኩሉ ብሓንሳብ ይድምስስ፦ ክለኣኹ ዝጽበዩ መልስታት፣ ዘይተወድኡ መልስታት፣ መፍትሕታትን ምርጫታትን። ናብ ዝነበሮ ክምለስ ኣይክእልን።
wipe-slide = ኩሉ ንምድምሳስ ክሳብ መወዳእታ ስሓቡ
wipe-countdown = { $seconds ->
    [one] ድሕሪ { $seconds } ካልኢት ኩሉ ይድምሰስ
   *[other] ድሕሪ { $seconds } ካልኢታት ኩሉ ይድምሰስ
}
wipe-cancel = ኣትርፍ
wipe-failed = ኩሉ ክድምሰስ ኣይከኣለን። ቅልጡፍ ምድምሳስ ደጊምኩም ፈትኑ።

## Kiosk
kiosk-leave = ካብ ኣገባብ ኪዮስክ ውጻእ
kiosk-leave-pin = ካብ ኣገባብ ኪዮስክ ንምውጻእ ምስጢራዊ ቁጽሪ
kiosk-guided-access-title = ነቲ ታብሌት ኣብ Heard ሓዝዎ
kiosk-guided-access-explain = ነቲ ታብሌት ቅድሚ ምሃብኩም Guided Access ኣብርሁ፦ Settings > Accessibility > Guided Access። ድሕሪኡ Heard ክፉት ከሎ፣ ናይ ጎኒ መጠወቒ (ወይ Home መጠወቒ) ሰለስተ ግዜ ጠውቑ። እቲ ኣፕ ባዕሉ ከብርሆ ኣይክእልን።
kiosk-guided-access-on = Guided Access በሪሁ ኣሎ።
kiosk-guided-access-off = Guided Access ጠፊኡ ኣሎ፦ መላሲ ካብ Heard ክወጽእ ይኽእል እዩ።

## Settings and safety
settings-title = ምርጫታትን ድሕንነትን
settings-lock-now = ዕጾ
settings-pin-title = መዕጸዊ ኣፕ
settings-pin-explain = ምስጢራዊ ቁጽሪ እንተ ኣቐሚጥኩም፣ እቲ ኣፕ ብእኡ ጥራይ ይኽፈት። ድሕሪ 10 ጌጋ ምስጢራዊ ቁጽርታት፣ ኣብዚ መሳርሒ ዘሎ ኩሉ ይድምሰስ።
settings-pin-current = ናይ ሕጂ ምስጢራዊ ቁጽሪ
settings-pin-new = ሓድሽ ምስጢራዊ ቁጽሪ (እንተወሓደ 6 ኣሃዛት)
settings-pin-repeat = ሓድሽ ምስጢራዊ ቁጽሪ ደጊምኩም
settings-pin-mismatch = እቶም ክልተ ሓደስቲ ምስጢራዊ ቁጽርታት ሓደ ኣይኮኑን።
settings-pin-set = ምስጢራዊ ቁጽሪ ኣቐምጥ
settings-pin-change = ምስጢራዊ ቁጽሪ ቀይር
settings-pin-saved = ምስጢራዊ ቁጽሪ ተቐሚጡ።
settings-needs-pin = ቅድም ንመዕጸዊ ኣፕ ምስጢራዊ ቁጽሪ ኣቐምጡ።
settings-duress-title = ናይ ሓደጋ ምስጢራዊ ቁጽሪ
settings-duress-explain = ሓደ ሰብ ነቲ ኣፕ ክትከፍትዎ እንተ ኣገዲዱኩም እትጥቀምሉ ካልኣይ ምስጢራዊ ቁጽሪ፦ ኩሉ ይድምስስ፣ ሓድሽ ዝተጻዕነ ዝመስል ባዶ ኣፕ ድማ ይኸፍት።
settings-duress-pin = ናይ ሓደጋ ምስጢራዊ ቁጽሪ
settings-duress-set = ናይ ሓደጋ ምስጢራዊ ቁጽሪ ኣቐምጥ
settings-duress-clear = ኣልግሶ
settings-duress-saved = ናይ ሓደጋ ምስጢራዊ ቁጽሪ ተቐሚጡ።
settings-duress-cleared = ናይ ሓደጋ ምስጢራዊ ቁጽሪ ተላጊሱ።
settings-kiosk-title = ኣገባብ ኪዮስክ
settings-kiosk-explain = ንሓባራዊ ታብሌት፦ ነፍሲ ወከፍ ሰብ ምስ ኣረከበ፣ ኣብዚ ብዝተመርጸ ቋንቋ ሓድሽ መጠይቕ ይጅምር፣ ካብ መልስታት እቲ ዝሓለፈ ሰብ ድማ ዋላ ሓንቲ ኣየርእን። ካብ ኣገባብ ኪዮስክ ንምውጻእ ምስጢራዊ ቁጽሪ የድሊ።
settings-kiosk-none = ገና ዝተጻዕነ መጠይቕ የለን።
settings-kiosk-questionnaire = መጠይቕ
settings-kiosk-language = ቋንቋ ነፍሲ ወከፍ ሓድሽ መጠይቕ
settings-kiosk-start = ኣገባብ ኪዮስክ ጀምር
settings-camouflage = ስም ኣፕ ሕብኡ
settings-camouflage-explain = ኣብ ቀንዲ ስክሪን ኣብ ክንዲ Heard ቀሊል ምልክትን ልሙድ ስምን ይርአ። ምስ ቀየርኩም እቲ ኣፕ ክዕጾ ይኽእል እዩ፦ ካብቲ ሓድሽ ምልክት ደጊምኩም ክፈትዎ።
settings-language-title = ቋንቋ ኣፕ
settings-language-device = ቋንቋ መሳርሒ
settings-holdings-title = ኣብዚ መሳርሒ ዘሎ
holdings-organization = ዝተመዝገበሉ ትካል፦ { $name }
holdings-not-enrolled = ምስ ዝኾነ ትካል ኣይተመዝገበን።
holdings-questionnaires = { $count ->
    [one] { $count } መጠይቕ
   *[other] { $count } መጠይቓት
}
holdings-drafts = { $count ->
    [0] ዘይተወድአ መልሲ የለን
    [one] ሓደ ዘይተወድአ መልሲ (ኣብዚ መሳርሒ ብምስጢር ዝተዓጸወ)
   *[other] { $count } ዘይተወድኡ መልስታት (ኣብዚ መሳርሒ ብምስጢር ዝተዓጸዉ)
}
holdings-queued = { $count ->
    [0] ክለኣኽ ዝጽበ ዝተሓትመ መልሲ የለን
    [one] ክለኣኽ ዝጽበ ሓደ ዝተሓትመ መልሲ (እዚ መሳርሒ ከንብቦ ኣይክእልን)
   *[other] ክለኣኹ ዝጽበዩ { $count } ዝተሓተሙ መልስታት (እዚ መሳርሒ ከንብቦም ኣይክእልን)
}
holdings-rejected = { $count ->
    [one] ብሰርቨር ዝተነጸገ { $count } መልሲ
   *[other] ብሰርቨር ዝተነጸጉ { $count } መልስታት
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = ብቕልጡፍ ውጻእ
web-loading = ይጽዓን ኣሎ…
web-cannot-open = እዚ መጠይቕ ክኽፈት ኣይከኣለን።
web-ask-again = ካብቲ ነዚ ሊንክ ዘካፈለ ትካል ሓድሽ ሊንክ ሕተቱ።
web-bad-link = እዚ ሊንክ ምሉእ ኣይኮነን።
web-cannot-keep = መልስታትኩም ኣብዚ መሳርሒ ክቕመጡ ኣይከኣሉን። ዋላ ሓንቲ ኣይተለኣኸን።

# Public survey links: the poster, and the page's states.
poster-invite = ን«{ $title }» ንምምላስ ብካሜራ ተሌፎንኩም ስካን ግበሩ። ስም ዘይብሉ እዩ፡ ስም፡ ሕሳብ ወይ ቁጽሪ ተሌፎን ኣይሕተትን።
web-closed = እዚ መጠይቕ ተዓጽዩ እዩ፡ ብዚ መላግቦ ደጊም መልስታት ክለኣኽ ኣይከኣልን። የቐንየልና።
web-closed-unsent = መልስታትኩም ቅድሚ ምልኣኾም እዚ መጠይቕ ተዓጽዩ። ካብዚ ተሌፎን ተደምሲሶም እዮም።
web-not-authentic = እዚ መጠይቕ ክረጋገጽ ኣይከኣለን፡ ካብቲ ኣብ ፖስተር ዘሎ ትካል ዘይመጸ ክኸውን ይኽእል። ኣይትመልስዎ።
web-queued = መልስታትኩም ኣብዚ ተሌፎን ተሓቲሞም ኣለዉ። ኢንተርነት ምስ ረኸብኩም ክለኣኹ እዮም።
web-sent = መልስታትኩም ተላኢኾም። የቐንየልና።
web-stays = ኣብዚ ተሌፎን ክሳብ ዝለኣኹ ዝጸንሑ ዝተሓተሙ መልስታት ጥራይ እዮም፤ ዘይተወድአ መጠይቕ ተመስጢሩ ቢዝሒ 3 መዓልቲ ይዕቀብ። «ብቕልጡፍ ውጻእ» ይድምስሶ።
