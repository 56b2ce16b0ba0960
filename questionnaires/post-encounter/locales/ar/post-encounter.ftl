# Post-encounter survey — Arabic (ar), Modern Standard Arabic.
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
#
# Translator notes for reviewers:
# - Police is translated as الشرطة (MSA) throughout, the officer as الشرطي.
#   The glossary only had البوليس (Swedish-Radio register); MSA was preferred.
# - Written forms that read the same for women and men are used where possible
#   (يمكنك، يُرجى + verbal noun, first-person verbs instead of adjectives).
#   A few questions keep the usual masculine generic form.
# - Digits are Western (0-9), as the app shows numbers this way.
#
# Item messages: the label is the value; `.hint` is shown under it;
# `.constraint` is shown when the item's constraint fails.

questionnaire-title = بعد تعامل مع الشرطة

consent = يسأل هذا الاستبيان القصير عن تعامل حصل لك مؤخرًا مع الشرطة. هذا الاستبيان بدون أسماء: لا نسألك أبدًا عن اسمك أو رقم هاتفك أو عنوانك، وتُحفظ إجاباتك مقفلة على هذا الجهاز بحيث لا يستطيع قراءتها إلا { -org }. يمكنك تخطي أي سؤال أو التوقف في أي وقت. في حال عدم الموافقة، لن يُحفظ أي شيء.
    .hint = يستغرق نحو خمس دقائق.

-org = المنظمة التي تدير هذا الاستبيان

## About the contact
page_contact = عن التعامل مع الشرطة
contact_kind = ما نوع التعامل الذي حصل مع الشرطة؟
choice-contact_kind-stopped_public = أوقفتني الشرطة في الشارع أو في مكان عام آخر
choice-contact_kind-stopped_vehicle = أوقفتني الشرطة وأنا في سيارة أو مركبة أخرى
choice-contact_kind-stopped_transport = أوقفتني الشرطة في وسيلة نقل عام أو في محطة
choice-contact_kind-id_check = تحققت الشرطة من هويتي أو أوراقي
choice-contact_kind-at_home = جاءت الشرطة إلى بيتي
choice-contact_kind-reported_crime = تواصلت مع الشرطة للإبلاغ عن جريمة أو لطلب المساعدة
choice-contact_kind-victim_witness = كنت ضحية جريمة أو شاهدت جريمة
choice-contact_kind-other = شيء آخر
contact_when = متى حصل ذلك؟
choice-contact_when-today = اليوم
choice-contact_when-this_week = خلال آخر سبعة أيام
choice-contact_when-this_month = خلال آخر شهر
choice-contact_when-earlier = قبل أكثر من شهر
officers_count = كم عدد أفراد الشرطة الذين كانوا هناك؟
    .hint = لا بأس بالعدد التقريبي.

## The reason for the contact
page_reason = سبب التعامل
reason_explained = هل أخبرك الشرطي لماذا أوقفك أو لماذا جاء إليك؟
choice-explained-yes = نعم، بوضوح
choice-explained-partly = جزئيًا
choice-explained-no = لا
choice-explained-dont_know = لا أعرف
reason_understood = إلى أي حد فهمت السبب؟
choice-understood-1 = لم أفهم شيئًا
choice-understood-2 = فهمت قليلًا
choice-understood-3 = فهمت معظمه
choice-understood-4 = فهمت كل شيء

## Language
page_language = اللغة
language_needed = هل احتجت إلى مساعدة في اللغة لفهم كلام الشرطي؟
interpreter_offered = هل عُرض عليك مترجم أو مساعدة بلغتك؟
choice-language_help-interpreter_in_person = نعم، حضر مترجم
choice-language_help-interpreter_phone = نعم، مترجم عبر الهاتف أو الفيديو
choice-language_help-officer_spoke_my_language = كان الشرطي يتكلم لغتي
choice-language_help-written_translation = نعم، ترجمة مكتوبة
choice-language_help-not_offered = لا، لم يُعرض عليّ أي شيء
choice-language_help-dont_know = لا أعرف
understood_officer = إلى أي حد فهمت ما قاله لك الشرطي؟

## Search
page_search = التفتيش
searched = هل فتشتك الشرطة، أو فتشت حقيبتك أو سيارتك؟
search_consent = قبل التفتيش، ماذا قال الشرطي؟
choice-search_consent-asked_permission = طلب إذني
choice-search_consent-said_required = قال إن عليّ أن أقبل بالتفتيش
choice-search_consent-no_explanation = لم يقل أي شيء عن ذلك
choice-search_consent-dont_know = لا أعرف
search_reason_given = هل أخبرك الشرطي لماذا تم تفتيشك؟

## How you were treated (procedural justice)
page_treatment = كيف تمت معاملتك
    .hint = ما مدى موافقتك على كل جملة؟
pj_voice = أعطاني الشرطي فرصة لأشرح وجهة نظري.
pj_neutrality = اتخذ الشرطي قراراته بناءً على الوقائع، وليس بناءً على من أكون.
pj_respect = عاملني الشرطي باحترام.
pj_motives = كان الشرطي يحاول أن يفعل الشيء الصحيح.
choice-agree5-1 = لا أوافق أبدًا
choice-agree5-2 = لا أوافق
choice-agree5-3 = لا أوافق ولا أعارض
choice-agree5-4 = أوافق
choice-agree5-5 = أوافق تمامًا
pj_index = درجة العدالة الإجرائية (متوسط العبارات الأربع)

## What happened in the end
page_outcome = ماذا حصل في النهاية
outcome = ماذا كانت النتيجة؟ يُرجى اختيار كل ما ينطبق.
    .constraint = لا يمكن اختيار «لم يحدث شيء» مع نتيجة أخرى.
choice-outcome-no_action = لم يحدث شيء، واستطعت الذهاب
choice-outcome-warning = تلقيت إنذارًا
choice-outcome-documents_checked = تحققت الشرطة من أوراقي
choice-outcome-fine = فُرضت عليّ غرامة أو مخالفة
choice-outcome-taken_to_station = أُخذت إلى مركز الشرطة
choice-outcome-arrested = تم القبض عليّ
choice-outcome-property_taken = أخذت الشرطة شيئًا من أغراضي
choice-outcome-other = شيء آخر
choice-outcome-dont_know = لا أعرف
force_used = هل استخدم الشرطي القوة أو هدد باستخدامها؟
felt_discriminated = برأيك، هل عوملت بهذه الطريقة بسبب أصلك أو دينك أو لغتك أو مظهرك؟
choice-yes_no_unsure-yes = نعم
choice-yes_no_unsure-no = لا
choice-yes_no_unsure-unsure = لا أعرف بالتأكيد

## The police in your area
page_trust = الشرطة في منطقتك
    .hint = المقصود هنا الشرطة بشكل عام، وليس هذا التعامل فقط.
trust_respect = كم مرة تعامل الشرطة هنا الناس الذين مثلك باحترام؟
trust_fair = كم مرة تتخذ الشرطة هنا قرارات عادلة لا تفضّل فيها أحدًا؟
trust_explain = كم مرة تشرح الشرطة هنا قراراتها عندما يسألها الناس؟
choice-how_often4-1 = أبدًا أو نادرًا جدًا
choice-how_often4-2 = أحيانًا
choice-how_often4-3 = كثيرًا
choice-how_often4-4 = دائمًا أو تقريبًا دائمًا
contact_again = إذا احتجت إلى مساعدة أو وقعت ضحية جريمة، هل ستتواصل مع الشرطة؟
choice-contact_again-definitely = نعم، بالتأكيد
choice-contact_again-probably = على الأرجح نعم
choice-contact_again-probably_not = على الأرجح لا
choice-contact_again-definitely_not = بالتأكيد لا
choice-contact_again-dont_know = لا أعرف
knows_complaint = هل تعرف طريقة تقديم شكوى ضد الشرطة؟

## Community meetings
page_prepost = الاجتماعات المجتمعية
attended_meeting = خلال الاثني عشر شهرًا الماضية، هل حضرت اجتماعًا مجتمعيًا شاركت فيه الشرطة؟
attended_kyr = هل سبق أن حضرت جلسة عن حقوقك عند التعامل مع الشرطة؟
kyr_when = متى كانت آخر جلسة؟
choice-kyr_when-within_month = خلال آخر شهر
choice-kyr_when-one_to_six_months = قبل شهر إلى ستة أشهر
choice-kyr_when-over_six_months = قبل أكثر من ستة أشهر

## About you
page_about = معلومات عنك
    .hint = تُستخدم هذه الإجابات فقط في إحصاءات عامة عن مجموع المشاركين.
age_group = كم عمرك؟
choice-age_group-18_24 = من 18 إلى 24
choice-age_group-25_34 = من 25 إلى 34
choice-age_group-35_49 = من 35 إلى 49
choice-age_group-50_64 = من 50 إلى 64
choice-age_group-65_plus = 65 أو أكثر
time_in_country = منذ متى وأنت في هذا البلد؟
choice-time_in_country-under_1 = أقل من سنة
choice-time_in_country-1_3 = من سنة إلى ثلاث سنوات
choice-time_in_country-3_10 = من ثلاث إلى عشر سنوات
choice-time_in_country-over_10 = أكثر من عشر سنوات

anything_else = هل هناك أي شيء آخر عن هذا التعامل يهمك أن نعرفه؟
    .hint = يُرجى عدم كتابة أسماء أو أرقام هواتف أو عناوين أو أي شيء آخر يمكن أن يكشف هويتك أو هوية شخص آخر.

thanks = شكرًا لك. عند الضغط على «إرسال»، تُقفل إجاباتك بحيث لا يستطيع قراءتها إلا { -org }، وتُرسل عند توفر اتصال بالإنترنت.
