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
report-privacy = عددهای این گزارش برای محافظت از افراد، به اندازهٔ کمی و به‌طور تصادفی تغییر داده می‌شوند؛ برای همین ممکن است جمع‌ها دقیقاً با هم جور درنیایند. تغییر معمول حدود { $typical } نفر کمتر یا بیشتر است. هر عددی که کمتر از { $k } باشد، به صورت «کمتر از { $k }» نشان داده می‌شود. داده‌های یکسان همیشه همان عددها را می‌دهند.
report-budget = بودجهٔ حریم خصوصی که گزارش‌های این داده‌ها مصرف کرده‌اند: { $spent } از { $budget }.
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
report-table-hidden = { $hidden } عدد از { $total } عدد این جدول به صورت «کمتر از { $k }» نشان داده شده است.
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
report-action-what = اقدام
report-action-who = چه کسی
report-action-due = تا کی
report-quotes = نقل‌قول‌ها
report-data-quality = کیفیت داده‌ها
report-by-group = فرم‌های رسیده در هر گروه ثبت‌نام
report-group = گروه
report-submissions = فرم‌های رسیده
report-by-link = فرم‌های رسیده از پیوندهای عمومی نظرسنجی
report-by-link-note = هر کسی که پوستر را ببیند می‌تواند از پیوند آن پاسخ دهد؛ برای همین این فرم‌ها جدا از دستگاه‌های ثبت‌نام‌شدهٔ بالا شمرده می‌شوند: ممکن است از کسانی بیرون از گروه‌هایی باشند که به آن‌ها خدمت می‌کنید، یا از یک نفر بیش از یک بار.
report-link = پیوند
report-other-links = پیوندهای دیگر
report-reason = دلیل
report-envelopes = پاکت‌ها
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
report-chart-hidden = به صورت «کمتر از { $k }» نشان داده شده

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = مردم به ما چه گفتند
easy-intro = این نسخهٔ کوتاه و ساده‌ای از گزارش ماست.
easy-made-by = { $org } این گزارش را در تاریخ { $date } تهیه کرد.
easy-made = ما این گزارش را در تاریخ { $date } تهیه کردیم.
easy-people = { $count } نفر به این نظرسنجی پاسخ دادند.
easy-people-few = کمتر از { $k } نفر به این نظرسنجی پاسخ دادند.
easy-most-said = بیشتر مردم گفتند: { $answer }
easy-top-answer = پاسخی که بیشتر از همه داده شد: { $answer }
easy-share = از هر ۱۰۰ نفر، { $percent } نفر این پاسخ را دادند.
easy-no-finding = تعداد کسانی که به این پرسش پاسخ دادند خیلی کم بود. برای همین پاسخ‌ها را اینجا نشان نمی‌دهیم.
easy-sessions = ما { $count } جلسهٔ شنیدن نظرات برگزار کردیم.
easy-top-theme = مردم بیشتر از همه دربارهٔ این موضوع حرف زدند: { $theme }
easy-safe-title = چگونه از مردم محافظت می‌کنیم
easy-safe-changed = ما عددها را کمی تغییر دادیم تا مردم در امان بمانند.
easy-safe-add-up = برای همین بعضی از جمع‌ها دقیقاً درست درنمی‌آیند.
easy-safe-few = گاهی فقط چند نفر یک پاسخ را داده‌اند. آن وقت می‌نویسیم «کمتر از { $k }».
easy-full-report = گزارش کامل همهٔ عددها و جدول‌ها را دارد.
report-withheld = پنهان

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = این سوال از آن‌ها پرسیده شد
report-not-asked = پرسیده نشد (به آن‌ها مربوط نبود)
report-asked-note = این سوال فقط از بعضی افراد پرسیده شد، بسته به پاسخی که پیش‌تر دادند. سهم‌ها از میان کسانی است که از آن‌ها پرسیده شد: { $asked }؛ پرسیده نشد: { $notasked }.
report-table-hidden-withheld = عددهای پنهان در این جدول: { $hidden } از { $total } ({ $few } به صورت «کمتر از { $k }» و { $withheld } به صورت «پنهان»).
report-withheld-explained = «پنهان» یعنی عددی که با اینکه کوچک نیست نشان داده نمی‌شود، تا نتوان عددی را که به صورت «کمتر از { $k }» آمده از روی جمع‌ها به دست آورد. ممکن است هر عددی باشد.
report-chart-hidden-withheld = پنهان برای محافظت از عددی دیگر
report-chart-hidden-either = «کمتر از { $k }» یا پنهان
report-tally-mismatch-title = شمارش شرکت‌کنندگان با هم جور درنمی‌آید.
report-tally-mismatch = تعداد جلسه‌هایی که شمارش‌های شرکت‌کنندگان در آن‌ها تعداد متفاوتی از افراد را نشان می‌دهند: { $sessions }. پس جدول‌های شرکت‌کنندگان دربارهٔ همان افراد نیستند. ثبت‌های جلسه‌ها را بررسی کنید. جمع‌ها همان‌طور که منتشر شده‌اند: { $totals }.
report-tally-difference = اختلاف جمع‌های منتشرشده: { $difference }.
easy-asked = این سوال از { $count } نفر پرسیده شد.
easy-asked-few = این سوال از کمتر از { $k } نفر پرسیده شد.
easy-not-asked = از { $count } نفر این سوال پرسیده نشد. این سوال برای آن‌ها نبود.
easy-not-asked-few = از کمتر از { $k } نفر این سوال پرسیده نشد. این سوال برای آن‌ها نبود.
easy-share-asked = از هر ۱۰۰ نفری که از آن‌ها پرسیده شد، { $percent } نفر این پاسخ را دادند.

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = تمرین: این ارقام از پاسخ‌های نمونه‌ای است که heard rehearse ساخته است، نه از پاسخ‌های افراد واقعی. این گزارش را منتشر نکنید.
