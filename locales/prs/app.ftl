# Heard app strings — Dari (prs).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# This file only holds the Dari wording that differs from the Persian (fa) file
# (بلی/نخیر for بله/نه, تیلفون for تلفن). Every message not defined here falls
# back to ../fa/app.ftl at run time.

## Built-in answers
answer-yes = بلی
answer-no = نخیر

## What each input expects
sensitive-warning = نام، شماره تیلفون، آدرس یا هر چیزی را که بتوان با آن کسی را شناخت، ننویسید.

## Listening sessions (اضافه کردن for افزودن)
tally-add-one = اضافه کردن یک نفر: { $bracket }

## Enrollment (مؤسسه for سازمان)
enroll-title = پیوستن به یک مؤسسه
enroll-invalid = این کد خوانده نشد. از مؤسسه یک کد تازه بخواهید.
enroll-check-words = بررسی کنید که این شش کلمه همان کلمه‌هایی باشند که مؤسسه به شما نشان می‌دهد.
enroll-scan-hint = دوربین را رو به کد QR مؤسسه بگیرید.
submitted-sealed = پاسخ‌های شما مهر و موم شده‌اند. تنها مؤسسه می‌تواند آن‌ها را بخواند.

## Outbox, sync and settings (مؤسسه for سازمان)
outbox-never-synced = هنوز چیزی برای مؤسسه ارسال نشده است.
outbox-rejected-explain = این فرم‌ها مهر و موم شده روی این دستگاه می‌مانند. دلیلی را که نشان داده شده به مؤسسه بگویید.
sync-outcome-revoked = مؤسسه این دستگاه را حذف کرده است. از آن‌ها یک کد ثبت‌نام تازه بخواهید.
sync-outcome-unauthorized = سرور این دستگاه را نمی‌شناسد. از مؤسسه یک کد ثبت‌نام تازه بخواهید.
sync-outcome-not-a-heard-server = آدرسی که این دستگاه به آن ارسال می‌کند، مثل سرور مؤسسه پاسخ نمی‌دهد. این را به مؤسسه بگویید.
sync-not-enrolled = این دستگاه هنوز در هیچ مؤسسه‌ای ثبت‌نام نشده است، پس جایی برای ارسال وجود ندارد.
holdings-not-enrolled = در هیچ مؤسسه‌ای ثبت‌نام نشده است.

## Web survey (مؤسسه for سازمان)
web-ask-again = از مؤسسه‌ای که این لینک را شریک ساخته است، یک لینک تازه بخواهید.
