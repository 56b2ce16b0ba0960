# Listening session facilitator guide — Dari (prs).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# This file only holds the Dari wording that differs from the Persian (fa) file
# (e.g. پولیس for پلیس, ترجمان for مترجم, تلاشی for بازرسی, مکتب for مدرسه,
# رضاکار for داوطلب, معلومات for اطلاعات, مشوره for مشاوره, مؤسسه for سازمان).
# Every message not defined here falls back to ../fa/listening-session.ftl at run time.

choice-setting-school = مکتب
choice-setting-ngo_office = دفتر یک مؤسسه
choice-setting-police_premises = اداره پولیس
choice-session_language-es = هسپانوی
choice-facilitator_role-volunteer = رضاکار از جامعه
choice-facilitator_role-ngo_staff = کارمند یک مؤسسه
choice-facilitator_role-police = مأمور پولیس

police_present = چند نفر پولیس در جلسه شرکت کردند؟

prompt_experiences = تجربه‌های شما با پولیس در این منطقه چطور بوده است؟
    .hint = بگذارید چند نفر صحبت کنند. مثال بخواهید، اما یادآوری کنید که نام هیچ کسی را نبرند.
prompt_language = وقتی لازم بود با پولیس صحبت کنید، زبان چطور کار را آسان‌تر یا سخت‌تر کرد؟
    .hint = بپرسید آیا به آن‌ها ترجمان پیشنهاد شد و چطور پیش رفت.
prompt_trust = چه چیزی باعث می‌شود وقتی با پولیس تماس می‌گیرید، احساس امنیت بیشتری داشته باشید؟
    .hint = پیشنهادهای مشخص را یادداشت کنید؛ می‌توانند به اقدامات پیگیری تبدیل شوند.
prompt_rights = مردم جامعه شما درباره حقوق خود در رابطه با پولیس چه می‌دانند، و دوست دارند چه چیزهایی بدانند؟
    .hint = مشوره حقوقی ندهید؛ سوال‌ها را برای پیگیری یادداشت کنید.

choice-theme-language_access = زبان و ترجمان
choice-theme-stops_searches = متوقف کردن و تلاشی افراد
choice-theme-rights_information = معلومات درباره حقوق
choice-theme-response = واکنش پولیس وقتی با آن تماس گرفته می‌شود

closing = از شرکت‌کنندگان تشکر کنید و توضیح دهید که نتیجه‌ها را چطور با دیگران در میان می‌گذارید. وقتی جلسه را ببندید، گزارش جلسه قفل می‌شود تا فقط مؤسسه شما بتواند آن را بخواند.
