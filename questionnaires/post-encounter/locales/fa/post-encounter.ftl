# Post-encounter survey — Persian / Farsi (fa).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Dari (prs) falls back to this file message by message; Dari wording that differs lives in ../prs/post-encounter.ftl.
# Item messages: the label is the value; `.hint` is shown under it;
# `.constraint` is shown when the item's constraint fails.

questionnaire-title = بعد از روبه‌رو شدن با پلیس

consent = این نظرسنجی کوتاه درباره روبه‌رو شدن اخیر شما با پلیس است. نظرسنجی ناشناس است: ما هرگز نام، شماره تلفن یا آدرس شما را نمی‌پرسیم، و پاسخ‌های شما روی همین دستگاه قفل می‌شود تا فقط { -org } بتواند آن‌ها را بخواند. می‌توانید به هر سوالی که نخواستید پاسخ ندهید و هر وقت خواستید، نظرسنجی را نیمه‌کاره رها کنید. اگر موافق نیستید، هیچ چیزی ذخیره نمی‌شود.
    .hint = حدود پنج دقیقه وقت می‌گیرد.

-org = سازمانی که این نظرسنجی را انجام می‌دهد

page_contact = درباره این اتفاق
contact_kind = چطور با پلیس روبه‌رو شدید؟
choice-contact_kind-stopped_public = در خیابان یا جای عمومی دیگری، مرا متوقف کردند
choice-contact_kind-stopped_vehicle = وقتی در ماشین یا وسیله نقلیه دیگری بودم، مرا متوقف کردند
choice-contact_kind-stopped_transport = در اتوبوس، قطار، مترو یا ایستگاه، مرا متوقف کردند
choice-contact_kind-id_check = هویت یا مدارکم را بررسی کردند
choice-contact_kind-at_home = پلیس به خانه‌ام آمد
choice-contact_kind-reported_crime = خودم با پلیس تماس گرفتم تا جرمی را گزارش کنم یا کمک بخواهم
choice-contact_kind-victim_witness = قربانی یا شاهد یک جرم بودم
choice-contact_kind-other = چیز دیگری
contact_when = این اتفاق کی افتاد؟
choice-contact_when-today = امروز
choice-contact_when-this_week = در هفت روز گذشته
choice-contact_when-this_month = در یک ماه گذشته
choice-contact_when-earlier = بیش از یک ماه پیش
officers_count = چند مأمور پلیس آنجا بودند؟
    .hint = عدد تقریبی هم کافی است.

page_reason = دلیل این اتفاق
reason_explained = آیا مأمور به شما گفت چرا شما را متوقف کرد یا پیش شما آمد؟
choice-explained-yes = بله، واضح و روشن
choice-explained-partly = تا حدی
choice-explained-no = نه
choice-explained-dont_know = نمی‌دانم
reason_understood = دلیل را چقدر فهمیدید؟
choice-understood-1 = اصلاً نفهمیدم
choice-understood-2 = کمی فهمیدم
choice-understood-3 = بیشترش را فهمیدم
choice-understood-4 = کاملاً فهمیدم

page_language = زبان
language_needed = آیا برای فهمیدن حرف‌های مأمور به کمک زبانی نیاز داشتید؟
interpreter_offered = آیا به شما مترجم یا کمک به زبان خودتان پیشنهاد کردند؟
choice-language_help-interpreter_in_person = بله، یک مترجم آمد
choice-language_help-interpreter_phone = بله، مترجم از راه تلفن یا تماس تصویری
choice-language_help-officer_spoke_my_language = مأمور به زبان من صحبت می‌کرد
choice-language_help-written_translation = بله، یک متن ترجمه‌شده به من دادند
choice-language_help-not_offered = نه، هیچ کمکی پیشنهاد نکردند
choice-language_help-dont_know = نمی‌دانم
understood_officer = چقدر می‌توانستید حرف‌هایی را که مأمور به شما می‌زد بفهمید؟

page_search = بازرسی
searched = آیا پلیس خود شما، کیف یا ماشین شما را بازرسی کرد؟
search_consent = پیش از بازرسی، مأمور چه گفت؟
choice-search_consent-asked_permission = از من اجازه خواست
choice-search_consent-said_required = گفت که باید قبول کنم
choice-search_consent-no_explanation = چیزی در این باره نگفت
choice-search_consent-dont_know = نمی‌دانم
search_reason_given = آیا مأمور به شما گفت چرا شما را بازرسی کرد؟

page_treatment = رفتاری که با شما شد
    .hint = با هر جمله چقدر موافقید؟
pj_voice = مأمور به من فرصت داد که ماجرا را از طرف خودم تعریف کنم.
pj_neutrality = مأمور بر اساس واقعیت‌ها تصمیم گرفت، نه بر اساس اینکه من چه کسی هستم.
pj_respect = مأمور با من با احترام رفتار کرد.
pj_motives = مأمور سعی داشت کار درست را انجام دهد.
choice-agree5-1 = کاملاً مخالفم
choice-agree5-2 = مخالفم
choice-agree5-3 = نه موافقم، نه مخالف
choice-agree5-4 = موافقم
choice-agree5-5 = کاملاً موافقم
pj_index = امتیاز عدالت رویه‌ای (میانگین چهار جمله بالا)

page_outcome = در آخر چه شد
outcome = نتیجه چه بود؟ هر گزینه‌ای را که درست است انتخاب کنید.
    .constraint = «هیچ اتفاقی نیفتاد» را نمی‌توانید همراه با نتیجه دیگری انتخاب کنید.
choice-outcome-no_action = هیچ اتفاقی نیفتاد، توانستم بروم
choice-outcome-warning = به من اخطار دادند
choice-outcome-documents_checked = مدارکم را بررسی کردند
choice-outcome-fine = جریمه شدم یا برگه جریمه گرفتم
choice-outcome-taken_to_station = مرا به اداره پلیس بردند
choice-outcome-arrested = بازداشت شدم
choice-outcome-property_taken = چیزی از وسایلم را گرفتند
choice-outcome-other = چیز دیگری
choice-outcome-dont_know = نمی‌دانم
force_used = آیا مأمور از زور استفاده کرد یا تهدید کرد که از زور استفاده می‌کند؟
felt_discriminated = آیا فکر می‌کنید به خاطر ملیت یا قومیت، دین، زبان یا ظاهرتان با شما این‌طور رفتار شد؟
choice-yes_no_unsure-yes = بله
choice-yes_no_unsure-no = نه
choice-yes_no_unsure-unsure = مطمئن نیستم

page_trust = پلیس در منطقه شما
    .hint = به پلیس به طور کلی فکر کنید، نه فقط به همین یک بار.
trust_respect = پلیس اینجا چقدر با آدم‌هایی مثل شما با احترام رفتار می‌کند؟
trust_fair = پلیس اینجا چقدر منصفانه تصمیم می‌گیرد، بدون اینکه طرف کسی را بگیرد؟
trust_explain = وقتی مردم دلیل را می‌پرسند، پلیس اینجا چقدر تصمیم‌هایش را توضیح می‌دهد؟
choice-how_often4-1 = هرگز یا تقریباً هرگز
choice-how_often4-2 = گاهی
choice-how_often4-3 = اغلب
choice-how_often4-4 = همیشه یا تقریباً همیشه
contact_again = اگر به کمک نیاز داشته باشید یا قربانی جرمی شوید، آیا با پلیس تماس می‌گیرید؟
choice-contact_again-definitely = بله، حتماً
choice-contact_again-probably = احتمالاً بله
choice-contact_again-probably_not = احتمالاً نه
choice-contact_again-definitely_not = به هیچ وجه
choice-contact_again-dont_know = نمی‌دانم
knows_complaint = آیا می‌دانید چطور از پلیس شکایت کنید؟

page_prepost = جلسه‌های محلی
attended_meeting = آیا در دوازده ماه گذشته در جلسه‌ای محلی شرکت کرده‌اید که پلیس هم در آن بود؟
attended_kyr = آیا تا به حال در جلسه‌ای شرکت کرده‌اید که درباره حقوق شما در رابطه با پلیس بود؟
kyr_when = آخرین بار کی بود؟
choice-kyr_when-within_month = در یک ماه گذشته
choice-kyr_when-one_to_six_months = بین یک تا شش ماه پیش
choice-kyr_when-over_six_months = بیش از شش ماه پیش

page_about = درباره شما
    .hint = این پاسخ‌ها فقط برای آمار گروهی استفاده می‌شود.
age_group = چند سال دارید؟
choice-age_group-18_24 = ۱۸ تا ۲۴ سال
choice-age_group-25_34 = ۲۵ تا ۳۴ سال
choice-age_group-35_49 = ۳۵ تا ۴۹ سال
choice-age_group-50_64 = ۵۰ تا ۶۴ سال
choice-age_group-65_plus = ۶۵ سال یا بیشتر
time_in_country = چه مدت است که در این کشور زندگی می‌کنید؟
choice-time_in_country-under_1 = کمتر از یک سال
choice-time_in_country-1_3 = یک تا سه سال
choice-time_in_country-3_10 = سه تا ده سال
choice-time_in_country-over_10 = بیش از ده سال

anything_else = آیا چیز دیگری هست که بخواهید درباره این اتفاق به ما بگویید؟
    .hint = لطفاً نام، شماره تلفن، آدرس یا هر چیز دیگری را که بتوان با آن شما یا کس دیگری را شناخت، ننویسید.

thanks = از شما تشکر می‌کنیم. وقتی دکمه «ارسال» را بزنید، پاسخ‌هایتان قفل می‌شود تا فقط { -org } بتواند آن‌ها را بخواند، و هر وقت اینترنت وصل بود، فرستاده می‌شود.
