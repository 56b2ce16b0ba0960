# Heard report strings — Dari.
# Draft translation awaiting review by a native speaker.
# Unsure terms: نظریات (feedback, views), معلومات (data).
# This file only holds the Dari wording that differs from the Persian (fa) file
# (نظریات for نظرات, معلومات for داده‌ها). Every message not defined here falls
# back to ../fa/report.ftl at run time.

report-title = گزارش نظریات جامعه
report-privacy = عددهای این گزارش برای محافظت از افراد، به اندازهٔ کمی و به‌طور تصادفی تغییر داده می‌شوند؛ برای همین ممکن است جمع‌ها دقیقاً با هم جور درنیایند. تغییر معمول حدود { $typical } نفر کمتر یا بیشتر است. هر عددی که کمتر از { $k } باشد، به صورت «کمتر از { $k }» نشان داده می‌شود. معلومات یکسان همیشه همان عددها را می‌دهند.
report-budget = بودجهٔ حریم خصوصی که گزارش‌های این معلومات مصرف کرده‌اند: { $spent } از { $budget }.

## Sections
report-data-quality = کیفیت معلومات
