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
report-privacy = كل رقم يستند إلى أقل من { $k } من المشاركين يُخفى ويظهر مكانه الرمز «{ report-hidden-mark }». وتُخفى أيضًا أرقام أخرى بقدر كافٍ حتى لا يمكن معرفة أي رقم مخفي من المجاميع أو بمقارنة الجداول. التقسيمات والفترات الزمنية ثابتة، لذلك تعطي البيانات نفسها دائمًا الجداول نفسها.
report-hidden-mark = ·
report-hidden = مخفي لحماية مجموعة صغيرة
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
report-action-who = المسؤول
report-action-due = حتى متى
report-quotes = اقتباسات
report-data-quality = جودة البيانات
report-by-group = الاستمارات حسب مجموعة التسجيل
report-group = المجموعة
report-submissions = الاستمارات
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
