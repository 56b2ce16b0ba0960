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
