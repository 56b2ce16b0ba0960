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

## Questionnaires and listening
questionnaires-title = መጠይቓት
audio-listen = ስምዑ
submitted-sealed = መልስታትኩም ተሓቲሞም ኣለዉ። ከንብቦም ዝኽእል እቲ ትካል ጥራይ እዩ።
