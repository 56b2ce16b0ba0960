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
tally-add-one = Ku dar hal qof: { $bracket }
tally-remove-one = Ka dhim hal qof: { $bracket }
tally-count = { $count }
list-new-entry = Qoraal cusub
action-due-hint = Ikhtiyaari: sannad-bil-maalin (YYYY-MM-DD)

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
enroll-scan = Iskaan garee koodhka QR
enroll-scan-hint = Kamaradda u qabo koodhka QR ee hay'adda.
enroll-camera-refused = Kamarad la'aanteed koodhka lama iskaan garayn karo. Halkii, waxaad dhejin kartaa koodhka.
enroll-camera-denied = Heard looma oggola inuu isticmaalo kamaradda. Ku oggolow barnaamijka Settings-ka, ama halkii ku dheji koodhka.

## Questionnaires and listening
questionnaires-title = Su'aalo-weydiinnada
audio-listen = Dhegayso
submitted-sealed = Jawaabahaagu waa xiran yihiin. Hay'adda oo keliya ayaa akhriyi karta.
submitted-done = Waa dhammaatay

## Home
home-outbox = { $count ->
    [0] Sanduuqa dirista
    [one] Sanduuqa dirista: hal jawaab ayaa sugaysa
   *[other] Sanduuqa dirista: { $count } jawaabood ayaa sugaya
}
notice-dismiss = Hagaag
error-try-again = Taasi ma shaqayn. Waxba ma lumin; fadlan mar kale isku day.

## Outbox and sync
outbox-title = Sanduuqa dirista
outbox-sending = Waa la dirayaa…
outbox-sent-today = { $count ->
    [0] Maanta weli waxba lama dirin.
    [one] Maanta hal jawaab ayaa la diray.
   *[other] Maanta { $count } jawaabood ayaa la diray.
}
outbox-never-synced = Weli waxba looma dirin hay'adda.
outbox-last-sync = Isku daygii ugu dambeeyay ee dirista: { $when }
outbox-last-success = Markii ugu dambaysay ee si guul leh loo diray: { $when }
outbox-send-now = Hadda dir
outbox-rejected-title = Server-ku wuu diiday
outbox-rejected-explain = Jawaabahan waxay ku sii jirayaan qalabkan, iyagoo xiran. U sheeg hay'adda sababta halkan ka muuqata.
outbox-rejected-reason = Sababta: { $reason }
sync-outcome-done = Wax walba waa la diray.
sync-outcome-retry-later = Server-ka lama gaari karin. Waxba ma lumin; barnaamijku mar kale ayuu isku dayi doonaa.
sync-outcome-revoked = Hay'addu qalabkan way ka saartay. Ka codso koodh diiwaangelin cusub.
sync-outcome-unauthorized = Server-ku qalabkan ma garanayo. Hay'adda ka codso koodh diiwaangelin cusub.
sync-outcome-not-a-heard-server = Cinwaanka uu qalabkani u dirayo uma jawaabo sidii server-ka hay'adda. U sheeg hay'adda.
sync-outcome-already-syncing = Horeba waa la dirayaa.
sync-not-enrolled = Qalabkan weli laguma diiwaangelin hay'ad, sidaas darteed meel loo diro ma jirto.
time-just-now = hadda
time-minutes-ago = { $count ->
    [one] hal daqiiqo ka hor
   *[other] { $count } daqiiqo ka hor
}
time-hours-ago = { $count ->
    [one] hal saac ka hor
   *[other] { $count } saacadood ka hor
}
time-days-ago = { $count ->
    [one] hal maalin ka hor
   *[other] { $count } maalmood ka hor
}

## App lock
lock-title = Geli PIN-kaaga
lock-pin = PIN
lock-unlock = Fur
lock-wrong = { $count ->
    [one] PIN-ku waa khalad. Hal PIN oo khalad ah oo kale ayaa tirtiraya wax walba oo qalabkan ku jira.
   *[other] PIN-ku waa khalad. Waxaa kuu harsan { $count } isku day ka hor inta aan la tirtirin wax walba oo qalabkan ku jira.
}
lock-erased = PIN khalad ah ayaa marar badan la geliyay: wax walba oo qalabkan ku jiray waa la tirtiray.
lock-damaged = Qufulka barnaamijka lama akhriyi karo. Sida keliya ee lagu sii wadi karo waa in la tirtiro wax walba oo qalabkan ku jira.
lock-pin-invalid = PIN-ku waa inuu lahaadaa ugu yaraan 6 lambar, PIN-ka qasabkuna waa inuu ka duwanaadaa PIN-ka.

## Quick delete
wipe-title = Tirtir degdeg ah
wipe-explain = Hal mar ayuu tirtiraa wax walba oo qalabkan ku jira: jawaabaha sugaya in la diro, kuwa aan la dhammaystirin, furayaasha iyo dejinta. Dib looma celin karo.
wipe-slide = Ilaa dhammaadka u jiid si wax walba loo tirtiro
wipe-countdown = { $seconds ->
    [one] Waxaa la tirtirayaa hal ilbiriqsi kadib
   *[other] Waxaa la tirtirayaa { $seconds } ilbiriqsi kadib
}
wipe-cancel = Jooji
wipe-failed = Wax walba lama tirtiri karin. Mar kale isku day tirtirka degdegga ah.

## Kiosk
kiosk-leave = Ka bax habka kiosk-ga
kiosk-leave-pin = PIN-ka looga baxo habka kiosk-ga
kiosk-guided-access-title = Tablet-ka ku hay Heard
kiosk-guided-access-explain = Intaadan tablet-ka u dhiibin qof kale, shid Guided Access: Settings > Accessibility > Guided Access, kadibna saddex jeer riix badhanka dhinaca (ama badhanka Home) inta Heard furan yahay. Barnaamijku keligiis ma shidi karo.
kiosk-guided-access-on = Guided Access waa shidan yahay.
kiosk-guided-access-off = Guided Access waa dansan yahay: qofka jawaabaya wuu ka bixi karaa Heard.

## Settings and safety
settings-title = Dejinta iyo badbaadada
settings-lock-now = Quful
settings-pin-title = Qufulka barnaamijka
settings-pin-explain = Haddii PIN la dhigo, barnaamijku wuxuu ku furmaa oo keliya PIN-ka. 10 PIN oo khalad ah kadib, wax walba oo qalabkan ku jira waa la tirtiraa.
settings-pin-current = PIN-ka hadda
settings-pin-new = PIN cusub (ugu yaraan 6 lambar)
settings-pin-repeat = Mar kale PIN-ka cusub
settings-pin-mismatch = Labada PIN ee cusub isku mid ma aha.
settings-pin-set = Dhig PIN-ka
settings-pin-change = Beddel PIN-ka
settings-pin-saved = PIN-ka waa la kaydiyay.
settings-needs-pin = Marka hore dhig PIN qufulka barnaamijka.
settings-duress-title = PIN-ka qasabka
settings-duress-explain = PIN labaad oo loogu talagalay marka qof kugu qasbo inaad furto barnaamijka: wax walba wuu tirtiraa, wuxuuna furaa barnaamij madhan oo u eg mid hadda la rakibay.
settings-duress-pin = PIN-ka qasabka
settings-duress-set = Dhig PIN-ka qasabka
settings-duress-clear = Ka saar
settings-duress-saved = PIN-ka qasabka waa la kaydiyay.
settings-duress-cleared = PIN-ka qasabka waa la saaray.
settings-kiosk-title = Habka kiosk-ga
settings-kiosk-explain = Loogu talagalay tablet la wadaago: marka qof kastaa diro jawaabihiisa, sahan cusub ayaa ku bilaabmaya luqadda halkan lagu doortay, iyada oo aan waxba laga muujin jawaabaha qofkii hore. Si looga baxo habka kiosk-ga waxaa loo baahan yahay PIN-ka.
settings-kiosk-none = Weli sahan lama rakibin.
settings-kiosk-questionnaire = Sahan
settings-kiosk-language = Luqadda sahan kasta oo cusub
settings-kiosk-start = Bilow habka kiosk-ga
settings-camouflage = Qari magaca barnaamijka
settings-camouflage-explain = Shaashadda hore waxay muujinaysaa calaamad fudud iyo magac caadi ah halkii Heard. Marka aad beddesho, barnaamijku wuu xirmi karaa: mar kale ka fur calaamadda cusub.
settings-language-title = Luqadda barnaamijka
settings-language-device = Luqadda qalabka
settings-holdings-title = Waxa qalabkan ku jira
holdings-organization = Waxaa lagu diiwaangeliyay: { $name }
holdings-not-enrolled = Laguma diiwaangelin hay'ad.
holdings-questionnaires = { $count ->
    [one] Hal su'aalo-weydiin
   *[other] { $count } su'aalo-weydiin
}
holdings-drafts = { $count ->
    [0] Ma jiraan jawaabo aan la dhammaystirin
    [one] Hal jawaab oo aan la dhammaystirin (qalabkan sir ahaan ugu kaydsan)
   *[other] { $count } jawaabood oo aan la dhammaystirin (qalabkan sir ahaan ugu kaydsan)
}
holdings-queued = { $count ->
    [0] Ma jiraan jawaabo xiran oo sugaya
    [one] Hal jawaab oo xiran ayaa sugaysa in la diro (qalabkani ma akhriyi karo)
   *[other] { $count } jawaabood oo xiran ayaa sugaya in la diro (qalabkani ma akhriyi karo)
}
holdings-rejected = { $count ->
    [one] Hal jawaab oo server-ku diiday
   *[other] { $count } jawaabood oo server-ku diiday
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = Si degdeg ah uga bax
web-loading = Waa la soo rarayaa…
web-cannot-open = Sahankan lama furi karin.
web-ask-again = Hay'adda xiriirkan wadaagtay ka codso mid cusub.
web-bad-link = Xiriirkan ma dhammaystirna.
web-cannot-keep = Jawaabahaaga laguma kaydin karin qalabkan. Waxba lama dirin.

# Public survey links: the poster, and the page's states.
poster-invite = Ku iskaan garee kamaradda taleefankaaga si aad uga jawaabto “{ $title }”. Waa qarsoodi: magac, akoon iyo lambar taleefan midna lama rabo.
web-closed = Sahankan waa xiran yahay: jawaabo lagama sii diri karo xiriirkan. Mahadsanid.
web-closed-unsent = Sahankan waa la xiray ka hor intaan jawaabahaaga la dirin. Waa laga tirtiray taleefankan.
web-not-authentic = Sahankan lama hubin karin: waxaa laga yaabaa inuusan ka iman hay’adda boodhka ku qoran. Ha ka jawaabin.
web-queued = Jawaabahaagu waa ku xiran yihiin taleefankan. Waa la diri doonaa marka aad mar kale internet hesho.
web-sent = Jawaabahaaga waa la diray. Mahadsanid.
web-stays = Taleefankan waxaa ku haraya oo keliya jawaabaha xiran ilaa la diro; sahan aan dhammaan waxaa loo hayaa si qarsoodi ah ugu badnaan 3 maalmood. “Si degdeg ah uga bax” ayaa tirtira.
