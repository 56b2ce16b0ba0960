# Heard report strings — Arabic.
# Draft translation awaiting review by a native speaker.
# Unsure terms: جلسة استماع (listening session; can also mean a formal or court "hearing"), المشاركون (respondents), استمارة (submission, as in app.ftl), مجموعة التسجيل (enrollment group), مظاريف مستبعدة (envelopes set aside), فك التشفير (decrypt), التسمية (label), مقفل بمفتاح آخر (sealed to another key), النسبة (share).
# Modern Standard Arabic, as in app.ftl. Plurals use all six CLDR categories:
# zero, one, two, few, many, other.
# Used by `heard report` for the HTML report's own headings and notes.

report-title = تقرير آراء المجتمع
report-generated = أُعِدّ في { $date }.
report-org = من إعداد { $org }.
report-privacy-title = كيف يحمي هذا التقرير الناس
report-privacy = تُعدَّل الأرقام في هذا التقرير بمقادير عشوائية صغيرة لحماية الناس، لذلك قد لا تتطابق المجاميع تمامًا. يبلغ التعديل المعتاد { $typical ->
    [zero] { $typical } شخص
    [one] شخصًا واحدًا
    [two] شخصين
    [few] { $typical } أشخاص
    [many] { $typical } شخصًا
   *[other] { $typical } شخص
} زيادةً أو نقصانًا. كل رقم أقل من { $k } يظهر بعبارة «أقل من { $k }». والبيانات نفسها تعطي دائمًا الأرقام نفسها.
report-budget = ميزانية الخصوصية التي استهلكتها تقارير هذه البيانات: { $spent } من { $budget }.
report-sensitive-excluded = لا يتضمن هذا التقرير الإجابات المكتوبة المصنّفة على أنها حساسة.
report-sensitive-included = يتضمن هذا التقرير إجابات مكتوبة مصنّفة على أنها حساسة. يُرجى مشاركته بحذر.

## Sections
report-overview = نظرة عامة
report-respondents = المشاركون
report-by-language = حسب لغة الاستبيان
report-by-period = حسب { $period ->
    [week] الأسبوع
   *[month] الشهر
}
report-comparison = قبل { $date } وبعده
report-before = قبل
report-after = من { $date }
report-all = الكل
report-other-languages = لغات أخرى
report-other-groups = مجموعات أخرى
report-by-group-breakdown = حسب مجموعة التسجيل (فريق أو منطقة)
report-fewer-than = أقل من { $k }
report-table-hidden = { $hidden ->
    [zero] لا يظهر أي رقم في هذا الجدول بعبارة «أقل من { $k }».
    [one] رقم واحد من أصل { $total } في هذا الجدول يظهر بعبارة «أقل من { $k }».
    [two] رقمان من أصل { $total } في هذا الجدول يظهران بعبارة «أقل من { $k }».
    [few] { $hidden } أرقام من أصل { $total } في هذا الجدول تظهر بعبارة «أقل من { $k }».
    [many] { $hidden } رقمًا من أصل { $total } في هذا الجدول تظهر بعبارة «أقل من { $k }».
   *[other] { $hidden } رقم من أصل { $total } في هذا الجدول تظهر بعبارة «أقل من { $k }».
}
report-option = الإجابة
report-no-answer = لا توجد إجابة أو «أفضّل عدم الإجابة»
report-share = النسبة
report-questions = الأسئلة
report-free-text = الإجابات المكتوبة
report-free-text-none = لا توجد إجابات مكتوبة.
report-listening-sessions = جلسات الاستماع
report-sessions-count = { $count ->
    [zero] لا توجد أي جلسة استماع
    [one] جلسة استماع واحدة
    [two] جلستا استماع
    [few] { $count } جلسات استماع
    [many] { $count } جلسة استماع
   *[other] { $count } جلسة استماع
}
report-themes = المواضيع المطروحة (عدد الجلسات)
report-attendance = الحضور (عدد الأشخاص في كل الجلسات)
report-actions = إجراءات المتابعة
report-action-what = الإجراء
report-action-who = المسؤول
report-action-due = حتى متى
report-quotes = اقتباسات
report-data-quality = جودة البيانات
report-by-group = الاستمارات حسب مجموعة التسجيل
report-group = المجموعة
report-submissions = الاستمارات
report-by-link = الاستمارات عبر روابط الاستبيان العامة
report-by-link-note = يمكن لأي شخص يرى الملصق أن يجيب عبر رابطه، لذلك تُحسب هذه الاستمارات منفصلة عن الأجهزة المسجلة أعلاه: قد تأتي من أشخاص من خارج المجموعات التي تخدمونها، أو من الشخص نفسه أكثر من مرة.
report-link = الرابط
report-other-links = روابط أخرى
report-reason = السبب
report-envelopes = المظاريف
report-set-aside = مظاريف مستبعدة (غير مشمولة في هذا التقرير)
report-set-aside-none = لم يُستبعد أي مظروف: فُكّ تشفير كل المظاريف، وكان على كل منها توقيع صالح لمجموعة تسجيل.
report-undated = استمارات بلا تاريخ مقروء (غير مشمولة في الجداول)
report-failed-decrypt = تعذّر فك التشفير
report-failed-verify = تعذّر التحقق
report-reason-damaged = تالف
report-reason-not-for-this-key = مقفل بمفتاح آخر
report-reason-not-a-submission = ليس استمارة من Heard
report-reason-mismatch = المحتوى لا يطابق التسمية المرفقة به
report-reason-unsigned = لا يحمل توقيع مجموعة تسجيل
report-reason-unknown-group = مجموعة تسجيل غير معروفة
report-reason-bad-signature = توقيع غير صالح
report-reason-revoked-group = مجموعة تسجيل ملغاة
report-reason-duplicate = مكرّرة (وصلت من قبل)
report-trend = كيف تغيّرت الإجابات مع الوقت
report-chart-alt = رسم بياني بالأعمدة لإجابات «{ $question }»
report-chart-hidden = يظهر بعبارة «أقل من { $k }»

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = ماذا قال لنا الناس
easy-intro = هذه نسخة قصيرة وبسيطة من تقريرنا.
easy-made-by = أعدّت { $org } هذا التقرير في { $date }.
easy-made = أعددنا هذا التقرير في { $date }.
easy-people = { $count ->
    [zero] لم يُجب أحد عن هذا الاستبيان.
    [one] أجاب شخص واحد عن هذا الاستبيان.
    [two] أجاب شخصان عن هذا الاستبيان.
    [few] أجاب { $count } أشخاص عن هذا الاستبيان.
    [many] أجاب { $count } شخصًا عن هذا الاستبيان.
   *[other] أجاب { $count } شخص عن هذا الاستبيان.
}
easy-people-few = أجاب عن هذا الاستبيان أقل من { $k } أشخاص.
easy-most-said = قال معظم الناس: { $answer }
easy-top-answer = الإجابة الأكثر تكرارًا: { $answer }
easy-share = من كل 100 شخص، أعطى { $percent } هذه الإجابة.
easy-no-finding = أجاب عدد قليل جدًا من الناس عن هذا السؤال. لذلك لا نعرض الإجابات هنا.
easy-sessions = { $count ->
    [zero] لم نعقد أي جلسة استماع.
    [one] عقدنا جلسة استماع واحدة.
    [two] عقدنا جلستي استماع.
    [few] عقدنا { $count } جلسات استماع.
    [many] عقدنا { $count } جلسة استماع.
   *[other] عقدنا { $count } جلسة استماع.
}
easy-top-theme = أكثر ما تحدث عنه الناس: { $theme }
easy-safe-title = كيف نحافظ على سلامة الناس
easy-safe-changed = غيّرنا الأرقام قليلًا للحفاظ على سلامة الناس.
easy-safe-add-up = لذلك قد لا تتطابق بعض المجاميع تمامًا.
easy-safe-few = أحيانًا يعطي عدد قليل جدًا من الناس إجابةً ما. عندها نكتب «أقل من { $k }».
easy-full-report = في التقرير الكامل كل الأرقام والجداول.
report-withheld = محجوب

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = سُئلوا هذا السؤال
report-not-asked = لم يُسألوا (السؤال لا يخصّهم)
report-asked-note = طُرح هذا السؤال على بعض الناس فقط، بحسب إجابة سابقة. النسب محسوبة من الذين سُئلوا: { $asked }؛ ولم يُسأل: { $notasked }.
report-table-hidden-withheld = الأرقام المخفية في هذا الجدول: { $hidden } من أصل { $total } (منها { $few } بعبارة «أقل من { $k }» و{ $withheld } بعبارة «محجوب»).
report-withheld-explained = كلمة «محجوب» تعني رقمًا لا يظهر مع أنه ليس صغيرًا، حتى لا يمكن استنتاج رقم يظهر بعبارة «أقل من { $k }» من المجاميع. وقد يكون أي رقم.
report-chart-hidden-withheld = محجوب لحماية رقم آخر
report-chart-hidden-either = «أقل من { $k }» أو محجوب
report-tally-mismatch-title = أعداد الحضور غير متطابقة.
report-tally-mismatch = عدد الجلسات التي تَعُدّ فيها جداول الحضور أعدادًا مختلفة من الناس: { $sessions }. لذلك لا تصف جداول الحضور الأشخاص أنفسهم. يُرجى مراجعة سجلات الجلسات. المجاميع كما نُشرت: { $totals }.
report-tally-difference = الفرق بين المجاميع المنشورة: { $difference }.
easy-asked = عدد الذين سُئلوا هذا السؤال: { $count }.
easy-asked-few = سُئل هذا السؤال أقل من { $k } أشخاص.
easy-not-asked = عدد الذين لم يُسألوا: { $count }. السؤال لا يخصّهم.
easy-not-asked-few = لم يُسأل أقل من { $k } أشخاص. السؤال لا يخصّهم.
easy-share-asked = من كل 100 شخص سُئلوا، أعطى { $percent } هذه الإجابة.

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = تجربة: هذه الأرقام مأخوذة من إجابات تجريبية أنشأها heard rehearse، وليست من إجابات أشخاص حقيقيين. لا تنشر هذا التقرير.
