# Heard app strings — Somali (so, Soomaali).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Somali and Tigrinya especially need this review: few reliable sources
# exist for UI and survey vocabulary in these two languages.
# The apostrophe is a letter in Somali (su'aal, mas'uul): keep it ASCII ', never a smart quote.
# Plural categories (CLDR): one (n = 1), other. After a number Somali uses the
# counted form of the noun (su'aalood, jawaabood), not the ordinary plural.

app-name = Heard

## Navigation
nav-next = Xiga
nav-back = Dib u noqo
nav-review = Dib u eeg jawaabaha
nav-submit = Dir
nav-start = Bilow
language-picker = Luqadda
progress = Su'aal { $n } oo ka mid ah { $total }
answered-count = { $count ->
    [one] Hal su'aal ayaa laga jawaabay
   *[other] { $count } su'aalood ayaa laga jawaabay
}

## Built-in answers
answer-decline = Ma rabo inaan sheego
answer-yes = Haa
answer-no = Maya
consent-accept = Waan ogolahay
consent-decline = Ma ogoli
consent-declined = Ma aadan ogolaan, sidaas darteed waxba lama kaydin. Waad ku mahadsan tahay waqtigaaga.

## What each input expects
input-choose-one = Dooro hal jawaab.
input-choose-many = Dooro dhammaan kuwa ku habboon.
input-scale = Dooro hal dhibic oo cabbirka ka mid ah.
input-whole-number = Geli tiro dhan (jajab la'aan).
input-whole-number-range = Geli tiro dhan, laga bilaabo { $min } ilaa { $max }.
input-number = Geli tiro.
input-number-range = Geli tiro, laga bilaabo { $min } ilaa { $max }.
input-text = Qor jawaabtaada.
input-date = Dooro taariikh.
input-tally = Koox kasta, geli inta qof ee ku jirta.
input-text-list = Ku dar hal qoraal markiiba.
input-action-list = Ku dar tallaabo kasta: maxaa la qabanayaa, yaa qabanaya (door, ma aha magac), iyo ilaa goorma.
input-notes = Qor qoraalladaada.
sensitive-warning = Ha qorin magacyo, lambarro taleefan, cinwaanno ama wax kasta oo lagu garan karo qof.

## Validation
error-required = Su'aashan waxay u baahan tahay jawaab.
error-required-or-decline = Su'aashan waxay u baahan tahay jawaab. Waxaad sidoo kale dooran kartaa "Ma rabo inaan sheego".
error-not-a-number = Fadlan geli tiro.
error-not-whole-number = Fadlan geli tiro dhan (jajab la'aan).
error-below-min = Tiradu waa inay ahaato { $min } ama ka badan.
error-above-max = Tiradu waa inay ahaato { $max } ama ka yar.
error-too-long = { $max ->
    [one] Jawaabtu kama badnaan karto hal xaraf.
   *[other] Jawaabtu kama badnaan karto { $max } xaraf.
}
error-invalid-date = Fadlan geli taariikh dhab ah (sanad-bil-maalin).
error-unknown-choice = Jawaabtan kama mid aha doorashooyinka.
error-wrong-answer-kind = Jawaab noocan ah kuma habboona su'aashan.
error-negative-count = Tiradu ma noqon karto mid ka yar eber.
error-empty-entry = Qoraal madhan lama gelin karo.
error-constraint = Jawaabtan halkan lagama aqbalo.

## Review
review-title = Dib u eeg jawaabahaaga
review-not-answered = Lagama jawaabin
review-edit = Beddel
fallback-notice = Weli looma turjumin luqaddaada.

## Listening sessions
tally-total = Wadarta: { $count }
list-add = Ku dar
list-remove = Ka saar
action-what = Maxaa la qaban doonaa
action-who = Yaa mas'uul ka ah (door)
action-due = Ilaa goorma
session-close = Xir kulanka

## After submitting
submitted = Mahadsanid. Jawaabahaaga sir ayaa laga dhigay, waxaana la diri doonaa marka internet la helo.
kiosk-next = Bilow sahan cusub oo loogu talagalay qofka xiga
outbox-waiting = { $count ->
    [one] Hal jawaab ayaa sugaysa in la diro.
   *[other] { $count } jawaabood ayaa sugaya in la diro.
}

## Enrollment
enroll-title = Ku biir hay'ad
enroll-paste = Halkan ku dheji koodhka diiwaangelinta
enroll-read = Sii wad
enroll-invalid = Koodhkan lama akhriyi karin. Hay'adda ka codso mid cusub.
enroll-check-words = Hubi in lixdan eray ay la mid yihiin kuwa hay'addu ku tusayso.
enroll-accept = Aqbal
enroll-refuse = Diid

## Questionnaires and listening
questionnaires-title = Su'aalo-weydiinnada
audio-listen = Dhegayso
submitted-sealed = Jawaabahaagu waa xiran yihiin. Hay'adda oo keliya ayaa akhriyi karta.
