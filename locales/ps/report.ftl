# Heard report strings — Pashto.
# Draft translation awaiting review by a native speaker.
# Unsure terms: د ټولنې نظرونه (community feedback), ځواب ورکوونکي (respondents), فورمه (submission, as in app.ftl), د اورېدو ناسته (listening session), تعقیبي کړنې (follow-up actions), د نوم لیکنې ډله (enrollment group), لفافه (envelope), پرانیستل (decrypt, "open"), کیلي (key), لاسلیک (signature), نښه (label), ونډه (share), ډلبندۍ (breakdowns), میله‌يي ګراف (bar chart).
# Standard Pashto letters (ګ U+06AB, ک U+06A9); formal "you" (تاسو), as in app.ftl.
# Plurals use the CLDR categories for Pashto: one (n = 1), other.

report-title = د ټولنې د نظرونو راپور
report-generated = په { $date } جوړ شو.
report-org = د { $org } له خوا چمتو شوی.
report-privacy-title = دا راپور څنګه د خلکو ساتنه کوي
report-privacy = هره هغه شمېره چې له { $k } څخه لږو ځواب ورکوونکو پورې اړه ولري، پټېږي او پر ځای یې «{ report-hidden-mark }» ښودل کېږي. نورې شمېرې هم په کافي اندازه پټېږي، ترڅو هېڅ پټه شمېره د مجموعو له مخې یا د جدولونو په پرتله کولو معلومه نه شي. ډلبندۍ او د وخت مودې ثابتې دي، نو یو شان معلومات تل یو شان جدولونه جوړوي.
report-hidden-mark = ·
report-hidden = د یوې کوچنۍ ډلې د ساتنې لپاره پټ شوی
report-sensitive-excluded = هغه لیکلي ځوابونه چې د «حساس» په توګه په نښه شوي، په دې راپور کې نه دي راغلي.
report-sensitive-included = په دې راپور کې هغه لیکلي ځوابونه هم شته چې د «حساس» په توګه په نښه شوي. په احتیاط سره یې له نورو سره شریک کړئ.

## Sections
report-overview = لنډه کتنه
report-respondents = ځواب ورکوونکي
report-by-language = د سروې د ژبې له مخې
report-by-period = د { $period ->
    [week] اونۍ
   *[month] میاشتې
} له مخې
report-comparison = له { $date } مخکې او وروسته
report-before = مخکې
report-after = له { $date } راهیسې
report-all = ټول
report-other-languages = نورې ژبې
report-other-groups = نورې ډلې
report-by-group-breakdown = د نوم لیکنې د ډلې له مخې (ټیم یا سیمه)
report-fewer-than = له { $k } څخه کم
report-option = ځواب
report-no-answer = ځواب نشته یا «نه غواړم ووایم»
report-share = ونډه
report-questions = پوښتنې
report-free-text = لیکلي ځوابونه
report-free-text-none = هېڅ لیکلی ځواب نشته.
report-listening-sessions = د اورېدو ناستې
report-sessions-count = { $count ->
    [one] د اورېدو یوه ناسته
   *[other] د اورېدو { $count } ناستې
}
report-themes = راپورته شوې موضوعګانې (د ناستو شمېر)
report-attendance = ګډون (د کسانو شمېر، ټولې ناستې)
report-actions = تعقیبي کړنې
report-action-who = څوک
report-action-due = تر کومې نېټې
report-quotes = نقل قولونه
report-data-quality = د معلوماتو کیفیت
report-by-group = د نوم لیکنې په هره ډله کې رسېدلې فورمې
report-group = ډله
report-submissions = رسېدلې فورمې
report-set-aside = جلا ساتل شوې لفافې (په دې راپور کې نه دي شاملې)
report-set-aside-none = هېڅ لفافه جلا نه شوه: ټولې پرانیستل شوې او هرې یوې د نوم لیکنې د یوې ډلې سم لاسلیک درلود.
report-undated = هغه فورمې چې د لوستلو وړ نېټه نه لري (په جدولونو کې نشته)
report-failed-decrypt = پرانیستل نه شوې
report-failed-verify = تایید نه شوې
report-reason-damaged = خرابه شوې
report-reason-not-for-this-key = بلې کیلي ته تړل شوې
report-reason-not-a-submission = د Heard فورمه نه ده
report-reason-mismatch = منځپانګه یې له نښې سره سمون نه لري
report-reason-unsigned = د نوم لیکنې لاسلیک نه لري
report-reason-unknown-group = د نوم لیکنې نامعلومه ډله
report-reason-bad-signature = ناسم لاسلیک
report-reason-revoked-group = د نوم لیکنې لغوه شوې ډله
report-reason-duplicate = تکراري (مخکې ترلاسه شوې)
report-trend = ځوابونه له وخت سره څنګه بدل شول
report-chart-alt = د «{ $question }» د ځوابونو میله‌يي ګراف
