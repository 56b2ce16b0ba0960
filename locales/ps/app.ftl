# Heard app strings — Pashto (ps).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Shown by the Android and iOS apps and the `heard` CLI; the core resolves them.
# A questionnaire may override any of them by defining the same message id.
#
# Translator notes for reviewers:
# - Plurals use the CLDR categories for Pashto: one, other.
# - Standard Pashto letters (ګ U+06AB, ک U+06A9); formal "you" (تاسو).
# - Glossary terms used: ژبه (language), هو / نه (yes / no).
#   Unsure UI words (no source found): بل (next), شاته (back),
#   ولېږئ (submit), فورمه (a filled-in response waiting to be sent).
# - The app name "Heard" is kept in Latin letters (brand name).

app-name = Heard

## Navigation
nav-next = بل
nav-back = شاته
nav-review = ځوابونه وګورئ
nav-submit = ولېږئ
nav-start = پیل کړئ
language-picker = ژبه
progress = پوښتنه { $n } له { $total } څخه
answered-count = { $count ->
    [one] یوې پوښتنې ته ځواب ورکړل شوی
   *[other] { $count } پوښتنو ته ځواب ورکړل شوی
}

## Built-in answers
answer-decline = نه غواړم ووایم
answer-yes = هو
answer-no = نه
consent-accept = موافقه کوم
consent-decline = موافقه نه کوم
consent-declined = تاسو موافقه ونه کړه، نو هېڅ شی خوندي نه شو. ستاسو د وخت مننه.

## What each input expects
input-choose-one = یو ځواب وټاکئ.
input-choose-many = ټول هغه ځوابونه وټاکئ چې سم دي.
input-scale = په کچه کې یوه درجه وټاکئ.
input-whole-number = یو بشپړ عدد ولیکئ (پرته له کسر).
input-whole-number-range = له { $min } څخه تر { $max } پورې یو بشپړ عدد ولیکئ.
input-number = یو عدد ولیکئ.
input-number-range = له { $min } څخه تر { $max } پورې یو عدد ولیکئ.
input-text = خپل ځواب ولیکئ.
input-date = یوه نېټه وټاکئ.
input-tally = د هرې ډلې لپاره ولیکئ چې څو کسان وو.
input-text-list = په یو وار یوازې یو توکی ورزیات کړئ.
input-action-list = هره کړنه ورزیاته کړئ: څه به وشي، څوک (دنده، نه نوم)، او تر کومې نېټې.
input-notes = یادښتونه ولیکئ.
sensitive-warning = نومونه، د تلیفون شمېرې، پتې یا هر هغه څه مه لیکئ چې یو څوک پرې وپېژندل شي.

## Validation
error-required = دې پوښتنې ته ځواب اړین دی.
error-required-or-decline = دې پوښتنې ته ځواب اړین دی. تاسو کولی شئ «نه غواړم ووایم» هم وټاکئ.
error-not-a-number = مهرباني وکړئ یو عدد ولیکئ.
error-not-whole-number = مهرباني وکړئ یو بشپړ عدد ولیکئ.
error-below-min = عدد باید { $min } یا تر دې ډېر وي.
error-above-max = عدد باید { $max } یا تر دې کم وي.
error-too-long = { $max ->
    [one] ځواب تر ټولو ډېر یو توری کېدای شي.
   *[other] ځواب تر ټولو ډېر { $max } توري کېدای شي.
}
error-invalid-date = مهرباني وکړئ یوه سمه نېټه ولیکئ (کال-میاشت-ورځ).
error-unknown-choice = دا ځواب په شته انتخابونو کې نشته.
error-wrong-answer-kind = دا ډول ځواب له دې پوښتنې سره سمون نه لري.
error-negative-count = شمېر له صفر څخه کم نه شي کېدای.
error-empty-entry = توکی باید تش نه وي.
error-constraint = دا ځواب دلته نه منل کېږي.

## Review
review-title = خپل ځوابونه وګورئ
review-not-answered = ځواب نه دی ورکړل شوی
review-edit = بدلول
fallback-notice = دا لا تر اوسه ستاسو ژبې ته نه دی ژباړل شوی.

## Listening sessions
tally-total = ټول: { $count }
list-add = زیاتول
list-remove = لرې کول
action-what = څه به وشي
action-who = څوک یې مسؤل دی (دنده)
action-due = تر کومې نېټې
session-close = ناسته بنده کړئ
tally-add-one = یو کس زیاتول: { $bracket }
tally-remove-one = یو کس کمول: { $bracket }
tally-count = { $count }
list-new-entry = نوې لیکنه
action-due-hint = اختیاري: کال-میاشت-ورځ (YYYY-MM-DD)

## After submitting
submitted = مننه. ستاسو ځوابونه قلف شول، او کله چې انټرنېټ وي، لېږل کېږي.
kiosk-next = د بل کس لپاره نوې سروې پیل کړئ
outbox-waiting = { $count ->
    [one] یوه فورمه د لېږلو په تمه ده.
   *[other] { $count } فورمې د لېږلو په تمه دي.
}

## Enrollment
enroll-title = له یوې ادارې سره یوځای کېدل
enroll-paste = د نوم لیکنې کوډ دلته ولګوئ
enroll-read = دوام ورکړئ
enroll-invalid = دا کوډ ونه لوستل شو. له ادارې څخه نوی کوډ وغواړئ.
enroll-check-words = وګورئ چې دا شپږ کلمې هماغه کلمې دي چې اداره یې تاسو ته ښيي.
enroll-accept = منم
enroll-refuse = نه یې منم
enroll-scan = د QR کوډ سکن کړئ
enroll-scan-hint = کمره د ادارې QR کوډ ته ونیسئ.
enroll-camera-refused = له کمرې پرته کوډ نه شي سکن کېدای. د دې پر ځای کوډ دلته ولګوئ.
enroll-camera-denied = اپلیکېشن Heard ته د کمرې د کارولو اجازه نشته. د تنظیماتو (Settings) په اپلیکېشن کې اجازه ورکړئ، یا د دې پر ځای کوډ ولګوئ.

## Questionnaires and listening
questionnaires-title = پوښتنلیکونه
audio-listen = واورئ
submitted-sealed = ستاسو ځوابونه مهر شوي دي. یوازې اداره یې لوستلی شي.
submitted-done = بشپړ

## Home
home-outbox = { $count ->
    [0] د لېږلو صندوق
    [one] د لېږلو صندوق: یوه فورمه په تمه ده
   *[other] د لېږلو صندوق: { $count } فورمې په تمه دي
}
notice-dismiss = سمه ده
error-try-again = دا کار ونه شو. هېڅ شی له منځه نه دی تللی؛ مهرباني وکړئ بیا هڅه وکړئ.

## Outbox and sync
outbox-title = د لېږلو صندوق
outbox-sending = لېږل کېږي…
outbox-sent-today = { $count ->
    [0] نن لا تر اوسه هېڅ شی نه دی لېږل شوی.
    [one] نن یوه فورمه لېږل شوې ده.
   *[other] نن { $count } فورمې لېږل شوې دي.
}
outbox-never-synced = لا تر اوسه ادارې ته هېڅ شی نه دی لېږل شوی.
outbox-last-sync = د لېږلو وروستۍ هڅه: { $when }
outbox-last-success = وروستی بریالی لېږل: { $when }
outbox-send-now = اوس یې ولېږئ
outbox-rejected-title = سرور رد کړې
outbox-rejected-explain = دا فورمې په همدې وسیله کې مهر شوې پاتې کېږي. ښودل شوی لامل ادارې ته ووایئ.
outbox-rejected-reason = لامل: { $reason }
sync-outcome-done = هر څه ولېږل شول.
sync-outcome-retry-later = سرور ته لاسرسی ونه شو. هېڅ شی له منځه نه دی تللی؛ اپلیکېشن به بیا هڅه وکړي.
sync-outcome-revoked = ادارې دا وسیله لرې کړې ده. له هغوی څخه د نوم لیکنې نوی کوډ وغواړئ.
sync-outcome-unauthorized = سرور دا وسیله نه پېژني. له ادارې څخه د نوم لیکنې نوی کوډ وغواړئ.
sync-outcome-not-a-heard-server = هغه پته چې دا وسیله ورته لېږي، د ادارې د سرور په څېر ځواب نه ورکوي. ادارې ته ووایئ.
sync-outcome-already-syncing = لېږل روان دي.
sync-not-enrolled = دا وسیله لا تر اوسه له هېڅ ادارې سره نوم لیکنه نه لري، نو د لېږلو لپاره هېڅ ځای نشته.
time-just-now = همدا اوس
time-minutes-ago = { $count ->
    [one] یوه دقیقه مخکې
   *[other] { $count } دقیقې مخکې
}
time-hours-ago = { $count ->
    [one] یو ساعت مخکې
   *[other] { $count } ساعته مخکې
}
time-days-ago = { $count ->
    [one] یوه ورځ مخکې
   *[other] { $count } ورځې مخکې
}

## App lock
lock-title = خپل پن کوډ ولیکئ
lock-pin = پن کوډ
lock-unlock = قلف خلاصول
lock-wrong = { $count ->
    [one] پن کوډ غلط دی. که یو ځل بیا غلط پن کوډ ولیکئ، په دې وسیله کې به هر څه پاک شي.
   *[other] پن کوډ غلط دی. مخکې له دې چې په دې وسیله کې هر څه پاک شي، { $count } نورې هڅې پاتې دي.
}
lock-erased = ډېر ځله غلط پن کوډ ولیکل شو: په دې وسیله کې هر څه پاک شول.
lock-damaged = د اپلیکېشن قلف نه لوستل کېږي. د دوام یوازینۍ لار دا ده چې په دې وسیله کې هر څه پاک کړئ.
lock-pin-invalid = پن کوډ باید لږ تر لږه ۶ عدده ولري، او د خطر پن کوډ باید له اصلي پن کوډ سره توپیر ولري.

## Quick delete
wipe-title = چټک پاکول
wipe-explain = په دې وسیله کې هر څه په یو ځل پاکوي: هغه فورمې چې د لېږلو په تمه دي، نیمګړې فورمې، کیلي او غوره‌توبونه. بېرته نه شي راګرځول کېدای.
wipe-slide = د هر څه پاکولو لپاره تر پایه پورې کش کړئ
wipe-countdown = { $seconds ->
    [one] په یوه ثانیه کې هر څه پاکېږي
   *[other] په { $seconds } ثانیو کې هر څه پاکېږي
}
wipe-cancel = فسخ کول
wipe-failed = هر څه پاک نه شول. بیا چټک پاکول وازمویئ.

## Kiosk
kiosk-leave = له کیوسک حالت څخه وتل
kiosk-leave-pin = له کیوسک حالت څخه د وتلو پن کوډ
kiosk-guided-access-title = ټابلیټ په Heard کې وساتئ
kiosk-guided-access-explain = مخکې له دې چې ټابلیټ بل چا ته ورکړئ، د Guided Access حالت فعال کړئ: Settings > Accessibility > Guided Access. بیا، کله چې Heard خلاص وي، د څنګ تڼۍ (یا د Home تڼۍ) درې ځله کېکاږئ. اپلیکېشن یې پخپله نه شي فعالولای.
kiosk-guided-access-on = د Guided Access حالت فعال دی.
kiosk-guided-access-off = د Guided Access حالت فعال نه دی: ځواب ورکوونکی کولای شي له Heard څخه ووځي.

## Settings and safety
settings-title = غوره‌توبونه او خوندیتوب
settings-lock-now = قلف کول
settings-pin-title = د اپلیکېشن قلف
settings-pin-explain = که پن کوډ وټاکئ، اپلیکېشن یوازې په هغه خلاصېږي. له ۱۰ غلطو پن کوډونو وروسته، په دې وسیله کې هر څه پاکېږي.
settings-pin-current = اوسنی پن کوډ
settings-pin-new = نوی پن کوډ (لږ تر لږه ۶ عدده)
settings-pin-repeat = نوی پن کوډ بیا
settings-pin-mismatch = دواړه نوي پن کوډونه یو شان نه دي.
settings-pin-set = پن کوډ ټاکل
settings-pin-change = پن کوډ بدلول
settings-pin-saved = پن کوډ خوندي شو.
settings-needs-pin = لومړی د اپلیکېشن د قلف لپاره پن کوډ وټاکئ.
settings-duress-title = د خطر پن کوډ
settings-duress-explain = دویم پن کوډ د هغه وخت لپاره چې څوک تاسو اپلیکېشن خلاصولو ته اړ کړي: هر څه پاکوي او یو تش اپلیکېشن خلاصوي چې داسې ښکاري لکه نوی چې نصب شوی وي.
settings-duress-pin = د خطر پن کوډ
settings-duress-set = د خطر پن کوډ ټاکل
settings-duress-clear = لرې کول
settings-duress-saved = د خطر پن کوډ خوندي شو.
settings-duress-cleared = د خطر پن کوډ لرې شو.
settings-kiosk-title = کیوسک حالت
settings-kiosk-explain = د ګډ ټابلیټ لپاره: وروسته له دې چې هر کس خپل ځوابونه ولېږي، په هغه ژبه چې دلته ټاکل شوې، یوه نوې سروې پیلېږي او د مخکیني کس له ځوابونو څخه هېڅ نه ښيي. له کیوسک حالت څخه وتلو ته پن کوډ اړین دی.
settings-kiosk-none = لا تر اوسه هېڅ سروې نه ده نصب شوې.
settings-kiosk-questionnaire = سروې
settings-kiosk-language = د هرې نوې سروې ژبه
settings-kiosk-start = کیوسک حالت پیلول
settings-camouflage = د اپلیکېشن نوم پټول
settings-camouflage-explain = په اصلي پرده د Heard پر ځای یو ساده آیکون او یو عادي نوم ښکاري. کله چې یې بدل کړئ، ښايي اپلیکېشن بند شي: بیا یې له نوي آیکون څخه خلاص کړئ.
settings-language-title = د اپلیکېشن ژبه
settings-language-device = د وسیلې ژبه
settings-holdings-title = په دې وسیله کې څه دي
holdings-organization = نوم لیکنه له دې ادارې سره: { $name }
holdings-not-enrolled = له هېڅ ادارې سره نوم لیکنه نه ده شوې.
holdings-questionnaires = { $count ->
    [one] یو پوښتنلیک
   *[other] { $count } پوښتنلیکونه
}
holdings-drafts = { $count ->
    [0] هېڅ نیمګړې فورمه نشته
    [one] یوه نیمګړې فورمه (په دې وسیله کې کوډ شوې)
   *[other] { $count } نیمګړې فورمې (په دې وسیله کې کوډ شوې)
}
holdings-queued = { $count ->
    [0] هېڅ مهر شوې فورمه د لېږلو په تمه نه ده
    [one] یوه مهر شوې فورمه د لېږلو په تمه ده (دا وسیله یې نه شي لوستلی)
   *[other] { $count } مهر شوې فورمې د لېږلو په تمه دي (دا وسیله یې نه شي لوستلی)
}
holdings-rejected = { $count ->
    [one] یوه فورمه چې سرور رد کړې
   *[other] { $count } فورمې چې سرور رد کړې
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = چټک وتل
web-loading = بارېږي…
web-cannot-open = دا سروې خلاصه نه شوه.
web-ask-again = له هغې ادارې څخه چې دا لینک یې شریک کړی، نوی لینک وغواړئ.
web-bad-link = دا لینک نیمګړی دی.
web-cannot-keep = ستاسو ځوابونه په دې وسیله کې خوندي نه شول. هېڅ شی نه دی لېږل شوی.

# Public survey links: the poster, and the page's states.
poster-invite = د «{ $title }» د ځوابولو لپاره دا کوډ د خپل تلیفون په کمرې سکن کړئ. بې نومه دی: نه نوم، نه حساب، نه د تلیفون شمېره.
web-closed = دا سروې تړل شوې ده: نور د دې لینک له لارې ځوابونه نه شي لېږل کېدای. مننه.
web-closed-unsent = دا سروې مخکې له دې چې ستاسو ځوابونه ولېږل شي تړل شوه. ځوابونه له دې تلیفون څخه پاک شول.
web-not-authentic = دا سروې تایید نه شوه: کېدای شي د هغې ادارې نه وي چې په پوسټر کې ده. ځواب یې مه ورکوئ.
web-queued = ستاسو ځوابونه په دې تلیفون کې مهر شوي دي. کله چې بیا انټرنېټ ته وصل شئ، لېږل کېږي.
web-sent = ستاسو ځوابونه ولېږل شول. مننه.
web-stays = په دې تلیفون کې یوازې مهر شوي ځوابونه تر لېږلو پورې پاتې کېږي؛ نیمګړې سروې تر ۳ ورځو پورې کوډ شوې ساتل کېږي. «چټک وتل» یې پاکوي.
