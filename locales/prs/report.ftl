# Heard report strings — Dari.
# Draft translation awaiting review by a native speaker.
# Unsure terms: نظریات (feedback, views), معلومات (data).
# This file only holds the Dari wording that differs from the Persian (fa) file
# (نظریات for نظرات, معلومات for داده‌ها). Every message not defined here falls
# back to ../fa/report.ftl at run time.

report-title = گزارش نظریات جامعه

## Sections
report-data-quality = کیفیت معلومات
