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

## Questionnaires and listening
questionnaires-title = پرسش‌نامه‌ها
audio-listen = گوش دادن
submitted-sealed = پاسخ‌های شما مهر و موم شده‌اند. فقط سازمان می‌تواند آن‌ها را بخواند.
