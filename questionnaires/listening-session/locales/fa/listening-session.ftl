# Listening session facilitator guide — Persian / Farsi (fa).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Dari (prs) falls back to this file message by message; Dari wording that differs lives in ../prs/listening-session.ftl.

questionnaire-title = جلسه شنیدن نظرات

page_session = درباره جلسه
session_date = تاریخ جلسه
    .constraint = تاریخ نمی‌تواند در آینده باشد.
district = محله یا منطقه
    .hint = فقط یک محدوده کلی؛ هرگز آدرس ننویسید.
setting = جلسه کجا برگزار شد؟
choice-setting-community_centre = مرکز اجتماعی محله
choice-setting-place_of_worship = محل عبادت
choice-setting-school = مدرسه
choice-setting-ngo_office = دفتر یک سازمان
choice-setting-police_premises = اداره پلیس
choice-setting-online = آنلاین
choice-setting-other = جای دیگر
session_languages = به چه زبان‌هایی صحبت شد؟
choice-session_language-ar = عربی
choice-session_language-fa = فارسی
choice-session_language-prs = دری
choice-session_language-ps = پشتو
choice-session_language-so = سومالیایی
choice-session_language-ti = تیگرینیایی
choice-session_language-uk = اوکراینی
choice-session_language-fr = فرانسوی
choice-session_language-es = اسپانیایی
choice-session_language-en = انگلیسی
choice-session_language-other = زبان دیگر
interpretation = آیا در طول جلسه کسی ترجمه می‌کرد؟
facilitator_role = چه کسی جلسه را اداره کرد؟
choice-facilitator_role-liaison = رابط جامعه
choice-facilitator_role-volunteer = داوطلب از جامعه
choice-facilitator_role-ngo_staff = کارمند یک سازمان
choice-facilitator_role-police = مأمور پلیس

ground_rules = پیش از شروع، با صدای بلند بخوانید: هر چه اینجا گفته می‌شود، در همین اتاق می‌ماند. ما نام کسی را نمی‌نویسیم. لازم نیست به هیچ سوالی پاسخ بدهید و هر وقت خواستید می‌توانید بروید. آنچه را یاد می‌گیریم فقط به صورت نتیجه گروهی با دیگران در میان می‌گذاریم.
    .hint = مطمئن شوید که همه متوجه شده‌اند، به هر زبانی که در جلسه هست.

page_attendance = حاضران
    .hint = تعداد افراد را بشمارید؛ نام کسی را ننویسید.
attendance_age = شرکت‌کنندگان بر اساس سن
choice-age_bracket-under_18 = زیر ۱۸ سال
choice-age_bracket-18_24 = ۱۸ تا ۲۴ سال
choice-age_bracket-25_34 = ۲۵ تا ۳۴ سال
choice-age_bracket-35_49 = ۳۵ تا ۴۹ سال
choice-age_bracket-50_64 = ۵۰ تا ۶۴ سال
choice-age_bracket-65_plus = ۶۵ سال یا بیشتر
choice-age_bracket-not_recorded = ثبت نشده
attendance_gender = شرکت‌کنندگان بر اساس جنسیت
choice-gender-women = زنان
choice-gender-men = مردان
choice-gender-another = جنسیت دیگر
choice-gender-not_recorded = ثبت نشده
police_present = چند مأمور پلیس در جلسه شرکت کردند؟

prompt_experiences = تجربه‌های شما با پلیس در این منطقه چطور بوده است؟
    .hint = بگذارید چند نفر صحبت کنند. مثال بخواهید، اما یادآوری کنید که نام هیچ کسی را نبرند.
prompt_language = وقتی لازم بود با پلیس صحبت کنید، زبان چطور کار را آسان‌تر یا سخت‌تر کرد؟
    .hint = بپرسید آیا به آن‌ها مترجم پیشنهاد شد و چطور پیش رفت.
prompt_trust = چه چیزی باعث می‌شود وقتی با پلیس تماس می‌گیرید، احساس امنیت بیشتری داشته باشید؟
    .hint = پیشنهادهای مشخص را یادداشت کنید؛ می‌توانند به اقدامات پیگیری تبدیل شوند.
prompt_rights = مردم جامعه شما درباره حقوق خود در رابطه با پلیس چه می‌دانند، و دوست دارند چه چیزهایی بدانند؟
    .hint = مشاوره حقوقی ندهید؛ سوال‌ها را برای پیگیری یادداشت کنید.

page_synthesis = جمع‌بندی
themes = چه موضوع‌هایی مطرح شد؟
choice-theme-language_access = زبان و مترجم
choice-theme-respect = احترام و کرامت
choice-theme-stops_searches = متوقف کردن و بازرسی افراد
choice-theme-immigration_fear = ترس مربوط به وضعیت اقامت
choice-theme-reporting_crime = گزارش دادن جرم
choice-theme-discrimination = تبعیض
choice-theme-rights_information = اطلاعات درباره حقوق
choice-theme-response = واکنش پلیس وقتی با آن تماس گرفته می‌شود
choice-theme-youth = جوانان
choice-theme-women_safety = امنیت زنان
choice-theme-housing_neighbourhood = مسکن و محله
choice-theme-other = موضوع دیگر
themes_other = چه موضوع دیگری؟
quotes = نقل‌قول‌ها
    .hint = آنچه را گفته شد بنویسید، بدون نام یا جزئیاتی که نشان دهد گوینده چه کسی است.
actions = اقدامات پیگیری
    .hint = چه کاری انجام می‌شود، چه کسی مسئول است (سمت او، نه نامش) و تا کی.
facilitator_notes = یادداشت‌های گرداننده جلسه
    .hint = مشاهدات خودتان. نام کسی را ننویسید.

closing = از شرکت‌کنندگان تشکر کنید و توضیح دهید که نتیجه‌ها را چطور با دیگران در میان می‌گذارید. وقتی جلسه را ببندید، گزارش جلسه قفل می‌شود تا فقط سازمان شما بتواند آن را بخواند.
