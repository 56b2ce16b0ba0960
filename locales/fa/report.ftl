# Heard report strings — Persian.
# Draft translation awaiting review by a native speaker.
# Unsure terms: نظرات جامعه (community feedback), جلسهٔ شنیدن نظرات (listening session), فرم پرشده (submission, as in app.ftl), پاسخ‌دهنده (respondent), گروه ثبت‌نام (enrollment group), پاکت (envelope), رمزگشایی (decrypt), برچسب (label), سهم (share).
# Dari (prs) falls back to this file message by message; Dari wording that differs lives in ../prs/report.ftl.
# Plurals: CLDR gives fa the categories one (which covers 0 as well as 1) and other,
# so the [one] variants use the number itself rather than the word "یک".

report-title = گزارش نظرات جامعه
report-generated = در تاریخ { $date } تهیه شد.
report-org = تهیه‌کننده: { $org }.
report-privacy-title = این گزارش چگونه از افراد محافظت می‌کند
report-privacy = هر عددی که بر پایهٔ پاسخ کمتر از { $k } پاسخ‌دهنده باشد، پنهان می‌شود و به جای آن «{ report-hidden-mark }» نشان داده می‌شود. به اندازهٔ کافی از عددهای دیگر هم پنهان می‌شود تا هیچ عدد پنهانی را نتوان از روی جمع‌ها یا با مقایسهٔ جدول‌ها به دست آورد. دسته‌بندی‌ها و دوره‌های زمانی ثابت‌اند، پس داده‌های یکسان همیشه همان جدول‌ها را می‌دهند.
report-hidden-mark = ·
report-hidden = برای محافظت از یک گروه کوچک پنهان شده است
report-sensitive-excluded = پاسخ‌های نوشتاری که «حساس» علامت خورده‌اند، در این گزارش نیامده‌اند.
report-sensitive-included = این گزارش پاسخ‌های نوشتاری‌ای را دارد که «حساس» علامت خورده‌اند. آن را با احتیاط با دیگران در میان بگذارید.

## Sections
report-overview = نگاه کلی
report-respondents = پاسخ‌دهندگان
report-by-language = بر اساس زبان نظرسنجی
report-by-period = بر اساس { $period ->
    [week] هفته
   *[month] ماه
}
report-comparison = قبل و بعد از { $date }
report-before = قبل
report-after = از { $date } به بعد
report-all = همه
report-other-languages = زبان‌های دیگر
report-other-groups = گروه‌های دیگر
report-by-group-breakdown = بر اساس گروه ثبت‌نام (تیم یا منطقه)
report-fewer-than = کمتر از { $k }
report-option = پاسخ
report-no-answer = بدون پاسخ یا «ترجیح می‌دهم پاسخ ندهم»
report-share = سهم
report-questions = سوال‌ها
report-free-text = پاسخ‌های نوشتاری
report-free-text-none = هیچ پاسخ نوشتاری وجود ندارد.
report-listening-sessions = جلسه‌های شنیدن نظرات
report-sessions-count = { $count ->
    [one] { $count } جلسهٔ شنیدن نظرات
   *[other] { $count } جلسهٔ شنیدن نظرات
}
report-themes = موضوع‌های مطرح‌شده (تعداد جلسه‌ها)
report-attendance = شرکت‌کنندگان (تعداد افراد در همهٔ جلسه‌ها)
report-actions = اقدام‌های پیگیری
report-action-who = چه کسی
report-action-due = تا کی
report-quotes = نقل‌قول‌ها
report-data-quality = کیفیت داده‌ها
report-by-group = فرم‌های رسیده در هر گروه ثبت‌نام
report-group = گروه
report-submissions = فرم‌های رسیده
report-set-aside = پاکت‌های کنارگذاشته‌شده (در این گزارش نیستند)
report-set-aside-none = هیچ پاکتی کنار گذاشته نشد: همهٔ پاکت‌ها رمزگشایی شدند و امضای معتبر یک گروه ثبت‌نام را داشتند.
report-undated = فرم‌های پرشده بدون تاریخ خوانا (در جدول‌ها نیامده‌اند)
report-failed-decrypt = رمزگشایی نشد
report-failed-verify = تأیید نشد
report-reason-damaged = آسیب‌دیده
report-reason-not-for-this-key = برای کلید دیگری قفل شده است
report-reason-not-a-submission = فرم Heard نیست
report-reason-mismatch = محتوا با برچسبش جور نیست
report-reason-unsigned = امضای گروه ثبت‌نام ندارد
report-reason-unknown-group = گروه ثبت‌نام ناشناخته
report-reason-bad-signature = امضای نامعتبر
report-reason-revoked-group = گروه ثبت‌نامِ لغوشده
report-reason-duplicate = تکراری (قبلاً دریافت شده)
report-trend = تغییر پاسخ‌ها در طول زمان
report-chart-alt = نمودار میله‌ای پاسخ‌ها به «{ $question }»
