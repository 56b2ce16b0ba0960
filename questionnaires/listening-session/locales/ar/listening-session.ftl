# Listening session facilitator guide — Arabic (ar), Modern Standard Arabic.
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
#
# Translator notes for reviewers:
# - Police is translated as الشرطة (MSA), as in the post-encounter survey.
# - Instructions to the facilitator use neutral forms (يُرجى + verbal noun);
#   text read aloud to participants uses the plural (أنتم).
# - Unsure terms: community liaison (وسيط مجتمعي), facilitator (الميسّر),
#   "another gender" (غير ذلك).

questionnaire-title = جلسة استماع

## About the session
page_session = عن الجلسة
session_date = تاريخ الجلسة
    .constraint = لا يمكن أن يكون التاريخ في المستقبل.
district = الحي أو المنطقة
    .hint = منطقة عامة فقط، وليس عنوانًا أبدًا.
setting = أين عُقدت الجلسة؟
choice-setting-community_centre = مركز مجتمعي
choice-setting-place_of_worship = دار عبادة
choice-setting-school = مدرسة
choice-setting-ngo_office = مكتب منظمة
choice-setting-police_premises = مقر للشرطة
choice-setting-online = عبر الإنترنت
choice-setting-other = مكان آخر
session_languages = ما اللغات التي تم التحدث بها؟
choice-session_language-ar = العربية
choice-session_language-fa = الفارسية
choice-session_language-prs = الدارية (دري)
choice-session_language-ps = البشتو
choice-session_language-so = الصومالية
choice-session_language-ti = التغرينية
choice-session_language-uk = الأوكرانية
choice-session_language-fr = الفرنسية
choice-session_language-es = الإسبانية
choice-session_language-en = الإنجليزية
choice-session_language-other = لغة أخرى
interpretation = هل كانت هناك ترجمة شفهية خلال الجلسة؟
facilitator_role = من أدار الجلسة؟
choice-facilitator_role-liaison = وسيط مجتمعي
choice-facilitator_role-volunteer = متطوع من المجتمع
choice-facilitator_role-ngo_staff = موظف في منظمة
choice-facilitator_role-police = شرطي

ground_rules = يُقرأ بصوت عالٍ قبل البدء: كل ما يُقال هنا يبقى في هذه الغرفة. نحن لا نكتب الأسماء. لستم ملزمين بالإجابة عن أي سؤال، ويمكنكم المغادرة في أي وقت. لن نشارك ما نتعلمه إلا كنتائج عامة للمجموعة كلها.
    .hint = يُرجى التأكد من أن الجميع قد فهموا، بكل لغة من اللغات الحاضرة.

## Attendance: counts only, never names
page_attendance = الحضور
    .hint = يُسجَّل عدد الأشخاص فقط، دون كتابة أسماء.
attendance_age = المشاركون حسب العمر
choice-age_bracket-under_18 = أقل من 18
choice-age_bracket-18_24 = من 18 إلى 24
choice-age_bracket-25_34 = من 25 إلى 34
choice-age_bracket-35_49 = من 35 إلى 49
choice-age_bracket-50_64 = من 50 إلى 64
choice-age_bracket-65_plus = 65 أو أكثر
choice-age_bracket-not_recorded = لم يُسجَّل
attendance_gender = المشاركون حسب الجنس
choice-gender-women = نساء
choice-gender-men = رجال
choice-gender-another = غير ذلك
choice-gender-not_recorded = لم يُسجَّل
police_present = كم عدد أفراد الشرطة الذين شاركوا؟

## Discussion prompts (asked to the group)
prompt_experiences = كيف كانت تجاربكم مع الشرطة في هذه المنطقة؟
    .hint = يُرجى إعطاء الكلمة لعدة أشخاص. يمكن طلب أمثلة، مع تذكير الحاضرين بعدم ذكر اسم أي شخص.
prompt_language = عندما احتجتم إلى التحدث مع الشرطة، كيف جعلت اللغة الأمر أسهل أو أصعب؟
    .hint = يمكن السؤال عمّا إذا كان قد عُرض عليهم مترجمون، وكيف جرى ذلك.
prompt_trust = ما الذي يجعلكم تشعرون بأمان أكبر عند التواصل مع الشرطة؟
    .hint = تُسجَّل الاقتراحات العملية، فقد تصبح إجراءات متابعة.
prompt_rights = ماذا يعرف الناس في مجتمعكم عن حقوقهم عند التعامل مع الشرطة، وماذا يريدون أن يعرفوا؟
    .hint = يُرجى عدم تقديم نصائح قانونية، بل كتابة الأسئلة لمتابعتها لاحقًا.

## Summary
page_synthesis = الملخص
themes = ما المواضيع التي طُرحت؟
choice-theme-language_access = اللغة والمترجمون
choice-theme-respect = الاحترام والكرامة
choice-theme-stops_searches = الإيقاف والتفتيش
choice-theme-immigration_fear = الخوف المرتبط بوضع الإقامة
choice-theme-reporting_crime = الإبلاغ عن الجرائم
choice-theme-discrimination = التمييز
choice-theme-rights_information = المعلومات عن الحقوق
choice-theme-response = كيف تستجيب الشرطة عند الاتصال بها
choice-theme-youth = الشباب
choice-theme-women_safety = أمان النساء
choice-theme-housing_neighbourhood = السكن والحي
choice-theme-other = موضوع آخر
themes_other = ما هو الموضوع الآخر؟
quotes = اقتباسات
    .hint = يُكتب ما قيل دون أسماء أو تفاصيل تكشف هوية المتحدث.
actions = إجراءات المتابعة
    .hint = ما الذي سيتم، ومن المسؤول عنه (دور أو وظيفة، وليس اسمًا)، وحتى متى.
facilitator_notes = ملاحظات الميسّر
    .hint = ملاحظاتك أنت. يُرجى عدم كتابة أسماء.

closing = يُرجى شكر المشاركين وشرح كيف ستتم مشاركة النتائج. عند إغلاق الجلسة، يُقفل السجل بحيث لا يستطيع قراءته إلا منظمتك.
