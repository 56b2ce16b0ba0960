# Heard app strings — Arabic (ar), Modern Standard Arabic.
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Shown by the Android and iOS apps and the `heard` CLI; the core resolves them.
# A questionnaire may override any of them by defining the same message id.
#
# Translator notes for reviewers:
# - Plurals use all six CLDR categories for Arabic: zero, one, two, few, many, other.
# - Buttons use verbal nouns (إرسال، البدء) rather than imperatives, so they
#   read the same for women and men. UI words follow ODK Collect (ar) where
#   the glossary gives them: التالي، رجوع، إرسال، اللغة.
# - The app name "Heard" is kept in Latin letters (brand name); reviewers may
#   prefer a transliteration.

app-name = Heard

## Navigation
nav-next = التالي
nav-back = رجوع
nav-review = مراجعة الإجابات
nav-submit = إرسال
nav-start = البدء
language-picker = اللغة
progress = السؤال { $n } من { $total }
answered-count = { $count ->
    [zero] لم تتم الإجابة عن أي سؤال
    [one] تمت الإجابة عن سؤال واحد
    [two] تمت الإجابة عن سؤالين
    [few] تمت الإجابة عن { $count } أسئلة
    [many] تمت الإجابة عن { $count } سؤالًا
   *[other] تمت الإجابة عن { $count } سؤال
}

## Built-in answers
answer-decline = أفضّل عدم الإجابة
answer-yes = نعم
answer-no = لا
consent-accept = أوافق
consent-decline = لا أوافق
consent-declined = لم تتم الموافقة، لذلك لم يُحفظ أي شيء. شكرًا لك على وقتك.

## What each input expects
input-choose-one = يُرجى اختيار إجابة واحدة.
input-choose-many = يُرجى اختيار كل ما ينطبق.
input-scale = يُرجى اختيار درجة واحدة على المقياس.
input-whole-number = يُرجى كتابة عدد صحيح (بدون كسور).
input-whole-number-range = يُرجى كتابة عدد صحيح من { $min } إلى { $max }.
input-number = يُرجى كتابة رقم.
input-number-range = يُرجى كتابة رقم من { $min } إلى { $max }.
input-text = يُرجى كتابة إجابتك.
input-date = يُرجى اختيار تاريخ.
input-tally = يُرجى كتابة عدد الأشخاص في كل مجموعة.
input-text-list = يُرجى إضافة عنصر واحد في كل مرة.
input-action-list = يُرجى إضافة كل إجراء: ما الذي سيتم، ومن المسؤول (دور، وليس اسمًا)، وحتى متى.
input-notes = يُرجى كتابة الملاحظات.
sensitive-warning = يُرجى عدم كتابة أسماء أو أرقام هواتف أو عناوين أو أي شيء يمكن أن يكشف هوية أي شخص.

## Validation
error-required = هذا السؤال يحتاج إلى إجابة.
error-required-or-decline = هذا السؤال يحتاج إلى إجابة. يمكنك أيضًا اختيار «أفضّل عدم الإجابة».
error-not-a-number = يُرجى كتابة رقم.
error-not-whole-number = يُرجى كتابة عدد صحيح (بدون كسور).
error-below-min = يجب أن يكون الرقم { $min } أو أكثر.
error-above-max = يجب أن يكون الرقم { $max } أو أقل.
error-too-long = { $max ->
    [zero] لا يمكن أن تحتوي الإجابة على أي حرف.
    [one] يمكن أن تتكون الإجابة من حرف واحد على الأكثر.
    [two] يمكن أن تتكون الإجابة من حرفين على الأكثر.
    [few] يمكن أن تتكون الإجابة من { $max } أحرف على الأكثر.
    [many] يمكن أن تتكون الإجابة من { $max } حرفًا على الأكثر.
   *[other] يمكن أن تتكون الإجابة من { $max } حرف على الأكثر.
}
error-invalid-date = يُرجى كتابة تاريخ صحيح (السنة-الشهر-اليوم).
error-unknown-choice = هذه الإجابة ليست من الخيارات المتاحة.
error-wrong-answer-kind = هذا النوع من الإجابة لا يناسب هذا السؤال.
error-negative-count = لا يمكن أن يكون العدد أقل من صفر.
error-empty-entry = لا يمكن ترك العنصر فارغًا.
error-constraint = هذه الإجابة غير مقبولة هنا.

## Review
review-title = مراجعة إجاباتك
review-not-answered = بدون إجابة
review-edit = تعديل
fallback-notice = هذا النص لم يُترجم إلى لغتك بعد.

## Listening sessions
tally-total = المجموع: { $count }
list-add = إضافة
list-remove = حذف
action-what = ما الذي سيتم فعله
action-who = من المسؤول (الدور)
action-due = حتى متى
session-close = إغلاق الجلسة

## After submitting
submitted = شكرًا لك. إجاباتك مقفلة، وسيتم إرسالها عند توفر اتصال بالإنترنت.
kiosk-next = بدء استبيان جديد للشخص التالي
outbox-waiting = { $count ->
    [zero] لا توجد أي استمارة بانتظار الإرسال.
    [one] توجد استمارة واحدة بانتظار الإرسال.
    [two] توجد استمارتان بانتظار الإرسال.
    [few] توجد { $count } استمارات بانتظار الإرسال.
    [many] توجد { $count } استمارةً بانتظار الإرسال.
   *[other] توجد { $count } استمارة بانتظار الإرسال.
}

## Enrollment
enroll-title = الانضمام إلى منظمة
enroll-paste = الصق رمز التسجيل
enroll-read = متابعة
enroll-invalid = تعذّرت قراءة هذا الرمز. اطلب رمزًا جديدًا من المنظمة.
enroll-check-words = تأكّد من أن هذه الكلمات الست هي نفسها الكلمات التي تعرضها عليك المنظمة.
enroll-accept = قبول
enroll-refuse = رفض

## Questionnaires and listening
questionnaires-title = الاستبيانات
audio-listen = استمع
submitted-sealed = إجاباتك مختومة. لا يستطيع قراءتها أحد غير المنظمة.
