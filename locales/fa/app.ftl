# Heard app strings — Persian / Farsi (fa).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Dari (prs) falls back to this file message by message; Dari wording that differs lives in ../prs/app.ftl.
# Plurals: CLDR gives fa the categories one (which covers 0 as well as 1) and other,
# so the [one] variants use the number itself rather than the word "یک".

app-name = Heard

## Navigation
nav-next = بعدی
nav-back = قبلی
nav-review = مرور پاسخ‌ها
nav-submit = ارسال
nav-start = شروع
language-picker = زبان
progress = سوال { $n } از { $total }
answered-count = { $count ->
    [one] { $count } سوال پاسخ داده شد
   *[other] { $count } سوال پاسخ داده شد
}

## Built-in answers
answer-decline = ترجیح می‌دهم پاسخ ندهم
answer-yes = بله
answer-no = نه
consent-accept = موافقم
consent-decline = موافق نیستم
consent-declined = شما موافقت نکردید، پس هیچ چیزی ذخیره نشد. از وقتی که گذاشتید تشکر می‌کنیم.

## What each input expects
input-choose-one = یک پاسخ را انتخاب کنید.
input-choose-many = هر گزینه‌ای را که درست است انتخاب کنید.
input-scale = روی این طیف، یک گزینه را انتخاب کنید.
input-whole-number = یک عدد کامل (بدون اعشار) وارد کنید.
input-whole-number-range = یک عدد کامل (بدون اعشار) از { $min } تا { $max } وارد کنید.
input-number = یک عدد وارد کنید.
input-number-range = یک عدد از { $min } تا { $max } وارد کنید.
input-text = پاسخ خود را بنویسید.
input-date = یک تاریخ انتخاب کنید.
input-tally = برای هر گروه، تعداد افراد را وارد کنید.
input-text-list = هر بار یک مورد اضافه کنید.
input-action-list = هر اقدام را اضافه کنید: چه کاری، چه کسی (سمت او، نه نامش) و تا کی.
input-notes = یادداشت بنویسید.
sensitive-warning = نام، شماره تلفن، آدرس یا هر چیزی را که بتوان با آن کسی را شناخت، ننویسید.

## Validation
error-required = به این سوال باید پاسخ بدهید.
error-required-or-decline = به این سوال باید پاسخ بدهید. می‌توانید «ترجیح می‌دهم پاسخ ندهم» را هم انتخاب کنید.
error-not-a-number = لطفاً یک عدد وارد کنید.
error-not-whole-number = لطفاً یک عدد کامل (بدون اعشار) وارد کنید.
error-below-min = عدد باید { $min } یا بیشتر باشد.
error-above-max = عدد باید { $max } یا کمتر باشد.
error-too-long = { $max ->
    [one] پاسخ نمی‌تواند بیشتر از { $max } حرف باشد.
   *[other] پاسخ نمی‌تواند بیشتر از { $max } حرف باشد.
}
error-invalid-date = لطفاً یک تاریخ درست وارد کنید (سال-ماه-روز).
error-unknown-choice = این پاسخ جزو گزینه‌ها نیست.
error-wrong-answer-kind = این نوع پاسخ برای این سوال مناسب نیست.
error-negative-count = تعداد نمی‌تواند کمتر از صفر باشد.
error-empty-entry = هیچ موردی نمی‌تواند خالی باشد.
error-constraint = این پاسخ اینجا قابل قبول نیست.

## Review
review-title = پاسخ‌هایتان را مرور کنید
review-not-answered = پاسخ داده نشده
review-edit = تغییر
fallback-notice = هنوز به زبان شما ترجمه نشده است.

## Listening sessions
tally-total = مجموع: { $count }
list-add = افزودن
list-remove = حذف
action-what = چه کاری انجام می‌شود
action-who = چه کسی مسئول است (سمت او)
action-due = تا کی
session-close = بستن جلسه
tally-add-one = افزودن یک نفر: { $bracket }
tally-remove-one = کم کردن یک نفر: { $bracket }
tally-count = { $count }
list-new-entry = مورد جدید
action-due-hint = اختیاری: سال-ماه-روز (YYYY-MM-DD)

## After submitting
submitted = از شما تشکر می‌کنیم. پاسخ‌هایتان قفل شد و هر وقت اینترنت وصل بود، فرستاده می‌شود.
kiosk-next = شروع نظرسنجی تازه برای نفر بعدی
outbox-waiting = { $count ->
    [one] { $count } فرم پرشده منتظر ارسال است.
   *[other] { $count } فرم پرشده منتظر ارسال است.
}

## Enrollment
enroll-title = پیوستن به یک سازمان
enroll-paste = کد ثبت‌نام را اینجا بچسبانید
enroll-read = ادامه
enroll-invalid = این کد خوانده نشد. از سازمان یک کد تازه بخواهید.
enroll-check-words = بررسی کنید که این شش کلمه همان کلمه‌هایی باشند که سازمان به شما نشان می‌دهد.
enroll-accept = می‌پذیرم
enroll-refuse = نمی‌پذیرم
enroll-scan = اسکن کد QR
enroll-scan-hint = دوربین را رو به کد QR سازمان بگیرید.
enroll-camera-refused = بدون دوربین نمی‌شود کد را اسکن کرد. می‌توانید به جای آن، کد را بچسبانید.
enroll-camera-denied = برنامه Heard اجازه ندارد از دوربین استفاده کند. در برنامه تنظیمات (Settings) اجازه بدهید، یا به جای آن کد را بچسبانید.

## Questionnaires and listening
questionnaires-title = پرسش‌نامه‌ها
audio-listen = گوش دادن
submitted-sealed = پاسخ‌های شما مهر و موم شده‌اند. فقط سازمان می‌تواند آن‌ها را بخواند.
submitted-done = تمام

## Home
home-outbox = { $count ->
    [0] صندوق ارسال
    [one] صندوق ارسال: یک فرم در انتظار
   *[other] صندوق ارسال: { $count } فرم در انتظار
}
notice-dismiss = متوجه شدم
error-try-again = این کار انجام نشد. چیزی از دست نرفت؛ لطفاً دوباره امتحان کنید.

## Outbox and sync
outbox-title = صندوق ارسال
outbox-sending = در حال ارسال…
outbox-sent-today = { $count ->
    [0] امروز هنوز چیزی ارسال نشده است.
    [one] امروز یک فرم ارسال شد.
   *[other] امروز { $count } فرم ارسال شد.
}
outbox-never-synced = هنوز چیزی برای سازمان ارسال نشده است.
outbox-last-sync = آخرین تلاش برای ارسال: { $when }
outbox-last-success = آخرین ارسال موفق: { $when }
outbox-send-now = ارسال فوری
outbox-rejected-title = ردشده از طرف سرور
outbox-rejected-explain = این فرم‌ها مهر و موم شده روی این دستگاه می‌مانند. دلیلی را که نشان داده شده به سازمان بگویید.
outbox-rejected-reason = دلیل: { $reason }
sync-outcome-done = همه چیز ارسال شد.
sync-outcome-retry-later = به سرور دسترسی پیدا نشد. چیزی از دست نرفت؛ برنامه دوباره تلاش می‌کند.
sync-outcome-revoked = سازمان این دستگاه را حذف کرده است. از آن‌ها یک کد ثبت‌نام تازه بخواهید.
sync-outcome-unauthorized = سرور این دستگاه را نمی‌شناسد. از سازمان یک کد ثبت‌نام تازه بخواهید.
sync-outcome-not-a-heard-server = آدرسی که این دستگاه به آن ارسال می‌کند، مثل سرور سازمان پاسخ نمی‌دهد. این را به سازمان بگویید.
sync-outcome-already-syncing = ارسال در جریان است.
sync-not-enrolled = این دستگاه هنوز در هیچ سازمانی ثبت‌نام نشده است، پس جایی برای ارسال وجود ندارد.
time-just-now = همین حالا
time-minutes-ago = { $count ->
    [one] { $count } دقیقه پیش
   *[other] { $count } دقیقه پیش
}
time-hours-ago = { $count ->
    [one] { $count } ساعت پیش
   *[other] { $count } ساعت پیش
}
time-days-ago = { $count ->
    [one] { $count } روز پیش
   *[other] { $count } روز پیش
}

## App lock
lock-title = رمز خود را وارد کنید
lock-pin = رمز
lock-unlock = باز کردن قفل
lock-wrong = { $count ->
    [one] رمز اشتباه است. فقط { $count } فرصت دیگر باقی مانده است؛ با یک رمز اشتباه دیگر، همه چیز روی این دستگاه پاک می‌شود.
   *[other] رمز اشتباه است. تا پاک شدن همه چیز روی این دستگاه، { $count } فرصت دیگر باقی مانده است.
}
lock-erased = رمز بیش از حد اشتباه وارد شد: همه چیز روی این دستگاه پاک شد.
lock-damaged = قفل برنامه خوانده نمی‌شود. تنها راه ادامه، پاک کردن همه چیز روی این دستگاه است.
lock-pin-invalid = رمز باید دست‌کم ۶ رقم باشد و رمز اضطراری باید با رمز اصلی فرق داشته باشد.

## Quick delete
wipe-title = پاک کردن سریع
wipe-explain = همه چیز روی این دستگاه را یک‌باره پاک می‌کند: فرم‌هایی که منتظر ارسال‌اند، فرم‌های نیمه‌کاره، کلیدها و تنظیمات. این کار را نمی‌شود برگرداند.
wipe-slide = برای پاک کردن همه چیز، تا آخر بکشید
wipe-countdown = { $seconds ->
    [one] { $seconds } ثانیه دیگر همه چیز پاک می‌شود
   *[other] { $seconds } ثانیه دیگر همه چیز پاک می‌شود
}
wipe-cancel = لغو
wipe-failed = همه چیز پاک نشد. دوباره پاک کردن سریع را امتحان کنید.

## Kiosk
kiosk-leave = خروج از حالت کیوسک
kiosk-leave-pin = رمز خروج از حالت کیوسک
kiosk-guided-access-title = تبلت را در Heard نگه دارید
kiosk-guided-access-explain = پیش از سپردن تبلت به دیگری، حالت Guided Access را روشن کنید: Settings > Accessibility > Guided Access. سپس وقتی Heard باز است، دکمه کناری (یا دکمه Home) را سه بار پشت سر هم بزنید. برنامه نمی‌تواند خودش آن را روشن کند.
kiosk-guided-access-on = حالت Guided Access روشن است.
kiosk-guided-access-off = حالت Guided Access خاموش است: پاسخ‌دهنده می‌تواند از Heard بیرون برود.

## Settings and safety
settings-title = تنظیمات و امنیت
settings-lock-now = قفل کردن
settings-pin-title = قفل برنامه
settings-pin-explain = اگر رمز بگذارید، برنامه فقط با آن باز می‌شود. بعد از ۱۰ بار رمز اشتباه، همه چیز روی این دستگاه پاک می‌شود.
settings-pin-current = رمز فعلی
settings-pin-new = رمز جدید (دست‌کم ۶ رقم)
settings-pin-repeat = دوباره رمز جدید
settings-pin-mismatch = دو رمز جدید یکسان نیستند.
settings-pin-set = گذاشتن رمز
settings-pin-change = تغییر رمز
settings-pin-saved = رمز ذخیره شد.
settings-needs-pin = اول برای قفل برنامه یک رمز بگذارید.
settings-duress-title = رمز اضطراری
settings-duress-explain = رمز دوم برای وقتی که کسی شما را مجبور می‌کند برنامه را باز کنید: همه چیز را پاک می‌کند و برنامه‌ای خالی باز می‌کند که انگار تازه نصب شده است.
settings-duress-pin = رمز اضطراری
settings-duress-set = گذاشتن رمز اضطراری
settings-duress-clear = حذف آن
settings-duress-saved = رمز اضطراری ذخیره شد.
settings-duress-cleared = رمز اضطراری حذف شد.
settings-kiosk-title = حالت کیوسک
settings-kiosk-explain = برای تبلتی که چند نفر از آن استفاده می‌کنند: بعد از اینکه هر نفر پاسخ‌هایش را ارسال کرد، یک نظرسنجی تازه به زبانی که اینجا انتخاب شده شروع می‌شود و هیچ چیزی از پاسخ‌های نفر قبلی نشان داده نمی‌شود. برای خروج از حالت کیوسک رمز لازم است.
settings-kiosk-none = هنوز هیچ نظرسنجی‌ای نصب نشده است.
settings-kiosk-questionnaire = نظرسنجی
settings-kiosk-language = زبان هر نظرسنجی تازه
settings-kiosk-start = شروع حالت کیوسک
settings-camouflage = پنهان کردن نام برنامه
settings-camouflage-explain = صفحه اصلی به جای Heard یک آیکون ساده و یک نام معمولی نشان می‌دهد. هنگام تغییر ممکن است برنامه بسته شود: آن را دوباره از آیکون تازه باز کنید.
settings-language-title = زبان برنامه
settings-language-device = زبان دستگاه
settings-holdings-title = چه چیزهایی روی این دستگاه هست
holdings-organization = ثبت‌نام‌شده در: { $name }
holdings-not-enrolled = در هیچ سازمانی ثبت‌نام نشده است.
holdings-questionnaires = { $count ->
    [one] { $count } پرسش‌نامه
   *[other] { $count } پرسش‌نامه
}
holdings-drafts = { $count ->
    [0] هیچ فرم نیمه‌کاره‌ای نیست
    [one] یک فرم نیمه‌کاره (رمزگذاری‌شده روی این دستگاه)
   *[other] { $count } فرم نیمه‌کاره (رمزگذاری‌شده روی این دستگاه)
}
holdings-queued = { $count ->
    [0] هیچ فرم مهر و موم شده‌ای منتظر ارسال نیست
    [one] یک فرم مهر و موم شده منتظر ارسال (این دستگاه نمی‌تواند آن را بخواند)
   *[other] { $count } فرم مهر و موم شده منتظر ارسال (این دستگاه نمی‌تواند آن‌ها را بخواند)
}
holdings-rejected = { $count ->
    [one] { $count } فرم ردشده از طرف سرور
   *[other] { $count } فرم ردشده از طرف سرور
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = خروج سریع
web-loading = در حال بارگذاری…
web-cannot-open = این نظرسنجی باز نشد.
web-ask-again = از سازمانی که این لینک را به اشتراک گذاشته است، یک لینک تازه بخواهید.
web-bad-link = این لینک ناقص است.
web-cannot-keep = پاسخ‌های شما روی این دستگاه ذخیره نشد. هیچ چیزی ارسال نشد.

# Public survey links: the poster, and the page's states.
poster-invite = برای پاسخ دادن به «{ $title }» این کد را با دوربین تلفن خود اسکن کنید. ناشناس است: بدون نام، بدون حساب، بدون شماره تلفن.
web-closed = این نظرسنجی بسته شده است: دیگر نمی‌توان از این پیوند پاسخی فرستاد. سپاس.
web-closed-unsent = این نظرسنجی پیش از فرستادن پاسخ‌های شما بسته شد. پاسخ‌ها از این تلفن پاک شدند.
web-not-authentic = این نظرسنجی بررسی نشد: شاید از سازمانی که روی پوستر آمده نباشد. به آن پاسخ ندهید.
web-queued = پاسخ‌های شما روی این تلفن مُهر و رمز شده‌اند و وقتی دوباره آنلاین شوید فرستاده می‌شوند.
web-sent = پاسخ‌های شما فرستاده شد. سپاس.
web-stays = روی این تلفن فقط پاسخ‌های مُهرشده تا زمان فرستادن می‌مانند؛ نظرسنجی ناتمام حداکثر ۳ روز رمزگذاری‌شده نگه داشته می‌شود. «خروج سریع» آن را پاک می‌کند.
