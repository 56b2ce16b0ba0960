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
tally-add-one = إضافة شخص واحد: { $bracket }
tally-remove-one = إنقاص شخص واحد: { $bracket }
tally-count = { $count }
list-new-entry = إدخال جديد
action-due-hint = اختياري: السنة-الشهر-اليوم (YYYY-MM-DD)

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
enroll-scan = امسح رمز QR
enroll-scan-hint = وجّه الكاميرا نحو رمز QR الخاص بالمنظمة.
enroll-camera-refused = لا يمكن مسح الرمز بدون الكاميرا. يمكنك لصق الرمز بدلًا من ذلك.
enroll-camera-denied = لا يُسمح لتطبيق Heard باستخدام الكاميرا. اسمح بذلك في تطبيق الإعدادات، أو الصق الرمز بدلًا من ذلك.

## Questionnaires and listening
questionnaires-title = الاستبيانات
audio-listen = استمع
submitted-sealed = إجاباتك مختومة. لا يستطيع قراءتها أحد غير المنظمة.
submitted-done = تم

## Home
home-outbox = { $count ->
    [0] صندوق الصادر
    [zero] صندوق الصادر
    [one] صندوق الصادر: استمارة واحدة بانتظار الإرسال
    [two] صندوق الصادر: استمارتان بانتظار الإرسال
    [few] صندوق الصادر: { $count } استمارات بانتظار الإرسال
    [many] صندوق الصادر: { $count } استمارةً بانتظار الإرسال
   *[other] صندوق الصادر: { $count } استمارة بانتظار الإرسال
}
notice-dismiss = حسنًا
error-try-again = لم ينجح ذلك. لم يضِع أي شيء؛ يُرجى المحاولة مرة أخرى.

## Outbox and sync
outbox-title = صندوق الصادر
outbox-sending = جارٍ الإرسال…
outbox-sent-today = { $count ->
    [0] لم يُرسَل أي شيء اليوم بعد.
    [zero] لم يُرسَل أي شيء اليوم بعد.
    [one] أُرسلت استمارة واحدة اليوم.
    [two] أُرسلت استمارتان اليوم.
    [few] أُرسلت { $count } استمارات اليوم.
    [many] أُرسلت { $count } استمارةً اليوم.
   *[other] أُرسلت { $count } استمارة اليوم.
}
outbox-never-synced = لم يُرسَل أي شيء إلى المنظمة بعد.
outbox-last-sync = آخر محاولة للإرسال: { $when }
outbox-last-success = آخر إرسال ناجح: { $when }
outbox-send-now = الإرسال الآن
outbox-rejected-title = رفضها الخادم
outbox-rejected-explain = تبقى هذه الاستمارات على هذا الجهاز وهي مختومة. أخبر المنظمة بالسبب المعروض.
outbox-rejected-reason = السبب: { $reason }
sync-outcome-done = تم إرسال كل شيء.
sync-outcome-retry-later = تعذّر الوصول إلى الخادم. لم يضِع أي شيء؛ سيحاول التطبيق مرة أخرى.
sync-outcome-revoked = أزالت المنظمة هذا الجهاز. اطلب منها رمز تسجيل جديدًا.
sync-outcome-unauthorized = الخادم لا يعرف هذا الجهاز. اطلب من المنظمة رمز تسجيل جديدًا.
sync-outcome-not-a-heard-server = العنوان الذي يُرسل إليه هذا الجهاز لا يستجيب على أنه خادم المنظمة. أخبر المنظمة بذلك.
sync-outcome-already-syncing = الإرسال جارٍ بالفعل.
sync-not-enrolled = هذا الجهاز غير مسجّل لدى أي منظمة بعد، لذلك لا توجد جهة يُرسَل إليها.
time-just-now = الآن
time-minutes-ago = { $count ->
    [zero] منذ { $count } دقيقة
    [one] منذ دقيقة واحدة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقةً
   *[other] منذ { $count } دقيقة
}
time-hours-ago = { $count ->
    [zero] منذ { $count } ساعة
    [one] منذ ساعة واحدة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعةً
   *[other] منذ { $count } ساعة
}
time-days-ago = { $count ->
    [zero] منذ { $count } يوم
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $count } أيام
    [many] منذ { $count } يومًا
   *[other] منذ { $count } يوم
}

## App lock
lock-title = يُرجى إدخال الرقم السري
lock-pin = الرقم السري
lock-unlock = فتح القفل
lock-wrong = { $count ->
    [zero] الرقم السري خاطئ. لم تبقَ أي محاولة.
    [one] الرقم السري خاطئ. إذا أُدخل رقم سري خاطئ مرة أخرى، فسيُحذف كل شيء على هذا الجهاز.
    [two] الرقم السري خاطئ. بقيت محاولتان قبل حذف كل شيء على هذا الجهاز.
    [few] الرقم السري خاطئ. بقيت { $count } محاولات قبل حذف كل شيء على هذا الجهاز.
    [many] الرقم السري خاطئ. بقيت { $count } محاولةً قبل حذف كل شيء على هذا الجهاز.
   *[other] الرقم السري خاطئ. بقيت { $count } محاولة قبل حذف كل شيء على هذا الجهاز.
}
lock-erased = أُدخل رقم سري خاطئ مرات كثيرة جدًا: حُذف كل شيء على هذا الجهاز.
lock-damaged = تعذّرت قراءة قفل التطبيق. الطريقة الوحيدة للمتابعة هي حذف كل شيء على هذا الجهاز.
lock-pin-invalid = يجب أن يتكون الرقم السري من 6 أرقام على الأقل، ويجب أن يكون الرقم السري للطوارئ مختلفًا عن الرقم السري.

## Quick delete
wipe-title = الحذف السريع
wipe-explain = يحذف كل شيء على هذا الجهاز دفعة واحدة: الاستمارات التي تنتظر الإرسال، والاستمارات غير المكتملة، والمفاتيح، والإعدادات. لا يمكن التراجع عن ذلك.
wipe-slide = اسحب حتى النهاية لحذف كل شيء
wipe-countdown = { $seconds ->
    [zero] سيُحذف كل شيء الآن
    [one] سيُحذف كل شيء بعد ثانية واحدة
    [two] سيُحذف كل شيء بعد ثانيتين
    [few] سيُحذف كل شيء بعد { $seconds } ثوانٍ
    [many] سيُحذف كل شيء بعد { $seconds } ثانيةً
   *[other] سيُحذف كل شيء بعد { $seconds } ثانية
}
wipe-cancel = إلغاء
wipe-failed = تعذّر حذف كل شيء. جرّب الحذف السريع مرة أخرى.

## Kiosk
kiosk-leave = الخروج من وضع الكشك
kiosk-leave-pin = الرقم السري للخروج من وضع الكشك
kiosk-guided-access-title = إبقاء الجهاز اللوحي في Heard
kiosk-guided-access-explain = قبل تسليم الجهاز اللوحي، شغّل الوصول الموجه: الإعدادات > تسهيلات الاستخدام > الوصول الموجه، ثم اضغط ثلاث مرات على الزر الجانبي (أو زر الشاشة الرئيسية) أثناء فتح Heard. لا يستطيع التطبيق تشغيله بنفسه.
kiosk-guided-access-on = الوصول الموجه مُفعّل.
kiosk-guided-access-off = الوصول الموجه غير مُفعّل: يمكن للشخص الذي يجيب الخروج من Heard.

## Settings and safety
settings-title = الإعدادات والأمان
settings-lock-now = قفل
settings-pin-title = قفل التطبيق
settings-pin-explain = عند تعيين رقم سري، لا يُفتح التطبيق إلا به. بعد إدخال رقم سري خاطئ 10 مرات، يُحذف كل شيء على هذا الجهاز.
settings-pin-current = الرقم السري الحالي
settings-pin-new = الرقم السري الجديد (6 أرقام على الأقل)
settings-pin-repeat = الرقم السري الجديد مرة أخرى
settings-pin-mismatch = الرقمان السريان الجديدان غير متطابقين.
settings-pin-set = تعيين الرقم السري
settings-pin-change = تغيير الرقم السري
settings-pin-saved = تم حفظ الرقم السري.
settings-needs-pin = يُرجى أولًا تعيين رقم سري لقفل التطبيق.
settings-duress-title = الرقم السري للطوارئ
settings-duress-explain = رقم سري ثانٍ تستخدمه إذا أجبرك أحد على فتح التطبيق: يحذف كل شيء ويفتح تطبيقًا فارغًا يبدو كأنه مثبّت للتو.
settings-duress-pin = الرقم السري للطوارئ
settings-duress-set = تعيين الرقم السري للطوارئ
settings-duress-clear = إزالته
settings-duress-saved = تم حفظ الرقم السري للطوارئ.
settings-duress-cleared = تمت إزالة الرقم السري للطوارئ.
settings-kiosk-title = وضع الكشك
settings-kiosk-explain = لجهاز لوحي مشترك: بعد أن يرسل كل شخص إجاباته، يبدأ استبيان جديد باللغة المختارة هنا، ولا يظهر أي شيء من إجابات الشخص السابق. الخروج من وضع الكشك يحتاج إلى الرقم السري.
settings-kiosk-none = لا يوجد أي استبيان مثبّت بعد.
settings-kiosk-questionnaire = الاستبيان
settings-kiosk-language = لغة كل استبيان جديد
settings-kiosk-start = بدء وضع الكشك
settings-camouflage = تمويه التطبيق
settings-camouflage-explain = تعرض الشاشة الرئيسية أيقونة بسيطة واسمًا محايدًا بدلًا من Heard. عند التبديل قد يُغلَق التطبيق: افتحه من جديد من الأيقونة الجديدة.
settings-language-title = لغة التطبيق
settings-language-device = لغة الجهاز
settings-holdings-title = ما الذي يحفظه هذا الجهاز
holdings-organization = مسجّل لدى: { $name }
holdings-not-enrolled = غير مسجّل لدى أي منظمة.
holdings-questionnaires = { $count ->
    [zero] لا يوجد أي استبيان
    [one] استبيان واحد
    [two] استبيانان
    [few] { $count } استبيانات
    [many] { $count } استبيانًا
   *[other] { $count } استبيان
}
holdings-drafts = { $count ->
    [0] لا توجد استمارات غير مكتملة
    [zero] لا توجد استمارات غير مكتملة
    [one] استمارة واحدة غير مكتملة (مشفّرة على هذا الجهاز)
    [two] استمارتان غير مكتملتين (مشفّرتان على هذا الجهاز)
    [few] { $count } استمارات غير مكتملة (مشفّرة على هذا الجهاز)
    [many] { $count } استمارةً غير مكتملة (مشفّرة على هذا الجهاز)
   *[other] { $count } استمارة غير مكتملة (مشفّرة على هذا الجهاز)
}
holdings-queued = { $count ->
    [0] لا توجد استمارات مختومة بانتظار الإرسال
    [zero] لا توجد استمارات مختومة بانتظار الإرسال
    [one] استمارة واحدة مختومة بانتظار الإرسال (لا يستطيع هذا الجهاز قراءتها)
    [two] استمارتان مختومتان بانتظار الإرسال (لا يستطيع هذا الجهاز قراءتهما)
    [few] { $count } استمارات مختومة بانتظار الإرسال (لا يستطيع هذا الجهاز قراءتها)
    [many] { $count } استمارةً مختومة بانتظار الإرسال (لا يستطيع هذا الجهاز قراءتها)
   *[other] { $count } استمارة مختومة بانتظار الإرسال (لا يستطيع هذا الجهاز قراءتها)
}
holdings-rejected = { $count ->
    [zero] لا توجد استمارات رفضها الخادم
    [one] استمارة واحدة رفضها الخادم
    [two] استمارتان رفضهما الخادم
    [few] { $count } استمارات رفضها الخادم
    [many] { $count } استمارةً رفضها الخادم
   *[other] { $count } استمارة رفضها الخادم
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = خروج سريع
web-loading = جارٍ التحميل…
web-cannot-open = تعذّر فتح هذا الاستبيان.
web-ask-again = اطلب رابطًا جديدًا من المنظمة التي شاركت هذا الرابط.
web-bad-link = هذا الرابط غير مكتمل.
web-cannot-keep = تعذّر حفظ إجاباتك على هذا الجهاز. لم يُرسَل أي شيء.

# Public survey links: the poster, and the page's states.
poster-invite = امسح الرمز بكاميرا هاتفك للإجابة على «{ $title }». الاستبيان مجهول الهوية: بلا اسم ولا حساب ولا رقم هاتف.
web-closed = هذا الاستبيان مغلق: لم يعد ممكناً إرسال الإجابات عبر هذا الرابط. شكراً لك.
web-closed-unsent = أُغلق هذا الاستبيان قبل أن تُرسل إجاباتك، فحُذفت من هذا الهاتف.
web-not-authentic = تعذّر التحقق من هذا الاستبيان: قد لا يكون صادراً عن المنظمة المذكورة في الملصق. لا تُجب عليه.
web-queued = إجاباتك مختومة على هذا الهاتف، وسترسل عندما تتصل بالإنترنت مرة أخرى.
web-sent = أُرسلت إجاباتك. شكراً لك.
web-stays = لا يبقى على هذا الهاتف إلا الإجابات المختومة حتى تُرسل؛ ويُحفظ الاستبيان غير المكتمل مشفّراً ثلاثة أيام على الأكثر. زر «خروج سريع» يحذفه.
