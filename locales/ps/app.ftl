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

## Questionnaires and listening
questionnaires-title = پوښتنلیکونه
audio-listen = واورئ
submitted-sealed = ستاسو ځوابونه مهر شوي دي. یوازې اداره یې لوستلی شي.
