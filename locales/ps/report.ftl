# Heard report strings — Pashto.
# Draft translation awaiting review by a native speaker.
# Unsure terms: د ټولنې نظرونه (community feedback), ځواب ورکوونکي (respondents), فورمه (submission, as in app.ftl), د اورېدو ناسته (listening session), تعقیبي کړنې (follow-up actions), د نوم لیکنې ډله (enrollment group), لفافه (envelope), پرانیستل (decrypt, "open"), کیلي (key), لاسلیک (signature), نښه (label), ونډه (share), ډلبندۍ (breakdowns), میله‌يي ګراف (bar chart).
# Standard Pashto letters (ګ U+06AB, ک U+06A9); formal "you" (تاسو), as in app.ftl.
# Plurals use the CLDR categories for Pashto: one (n = 1), other.

report-title = د ټولنې د نظرونو راپور
report-generated = په { $date } جوړ شو.
report-org = د { $org } له خوا چمتو شوی.
report-privacy-title = دا راپور څنګه د خلکو ساتنه کوي
report-privacy = په دې راپور کې شمېرې د خلکو د ساتنې لپاره په کوچنیو تصادفي اندازو بدلېږي، نو ښايي مجموعې سمې برابرې نه شي. یو عادي بدلون شاوخوا { $typical } کسان کم یا زیات دی. هره شمېره چې له { $k } څخه کمه وي، د «له { $k } څخه کم» په بڼه ښودل کېږي. یو شان معلومات تل یو شان شمېرې ورکوي.
report-budget = د محرمیت هغه بودیجه چې د دې معلوماتو راپورونو کارولې ده: { $spent } له { $budget } څخه.
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
report-table-hidden = په دې جدول کې له { $total } شمېرو څخه { $hidden } د «له { $k } څخه کم» په بڼه ښودل شوې دي.
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
report-action-what = کړنه
report-action-who = څوک
report-action-due = تر کومې نېټې
report-quotes = نقل قولونه
report-data-quality = د معلوماتو کیفیت
report-by-group = د نوم لیکنې په هره ډله کې رسېدلې فورمې
report-group = ډله
report-submissions = رسېدلې فورمې
report-by-link = د عامه سروې له لینکونو رسېدلې فورمې
report-by-link-note = هر څوک چې پوستر وویني د هغه له لینک ځواب ورکولی شي، نو دا فورمې له پورته نوم لیکل شویو وسیلو جلا شمېرل کېږي: کېدای شي له هغو خلکو وي چې ستاسو د ډلو برخه نه دي، یا له یو کس څخه له یو ځل زیات.
report-link = لینک
report-other-links = نور لینکونه
report-reason = لامل
report-envelopes = لفافې
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
report-chart-hidden = د «له { $k } څخه کم» په بڼه ښودل شوی

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = خلکو موږ ته څه وویل
easy-intro = دا زموږ د راپور یوه لنډه او ساده بڼه ده.
easy-made-by = { $org } دا راپور په { $date } جوړ کړ.
easy-made = موږ دا راپور په { $date } جوړ کړ.
easy-people = { $count ->
    [one] یوه کس دې سروې ته ځواب ورکړ.
   *[other] { $count } کسانو دې سروې ته ځواب ورکړ.
}
easy-people-few = له { $k } څخه لږو کسانو دې سروې ته ځواب ورکړ.
easy-most-said = ډېرو خلکو وویل: { $answer }
easy-top-answer = هغه ځواب چې تر ټولو ډېر ورکړل شو: { $answer }
easy-share = له هرو ۱۰۰ کسانو څخه { $percent } کسانو دا ځواب ورکړ.
easy-no-finding = دې پوښتنې ته ډېرو لږو خلکو ځواب ورکړ. نو موږ دلته ځوابونه نه ښیو.
easy-sessions = { $count ->
    [one] موږ د اورېدو یوه ناسته جوړه کړه.
   *[other] موږ د اورېدو { $count } ناستې جوړې کړې.
}
easy-top-theme = خلکو تر ټولو ډېرې خبرې په دې اړه وکړې: { $theme }
easy-safe-title = موږ څنګه خلک خوندي ساتو
easy-safe-changed = موږ شمېرې لږې بدلې کړې ترڅو خلک خوندي وي.
easy-safe-add-up = نو ځینې مجموعې سمې برابرې نه دي.
easy-safe-few = کله کله ډېرو لږو خلکو یو ځواب ورکړی وي. بیا موږ لیکو «له { $k } څخه کم».
easy-full-report = بشپړ راپور ټولې شمېرې او جدولونه لري.
report-withheld = پټ

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = دا پوښتنه ترې وشوه
report-not-asked = ترې و نه پوښتل شول (دوی ته اړونده نه وه)
report-asked-note = دا پوښتنه یوازې له ځینو کسانو څخه وشوه، د یوه پخواني ځواب له مخې. ونډې د هغو کسانو له منځه دي چې ترې وپوښتل شول: { $asked }؛ چې ترې و نه پوښتل شول: { $notasked }.
report-table-hidden-withheld = په دې جدول کې پټې شمېرې: له { $total } څخه { $hidden } ({ $few } د «له { $k } څخه کم» په بڼه، { $withheld } د «پټ» په بڼه).
report-withheld-explained = «پټ» هغه شمېره ده چې که څه هم کوچنۍ نه ده، نه ښودل کېږي، څو هغه شمېره چې د «له { $k } څخه کم» په بڼه ښودل شوې له مجموعو څخه معلومه نه شي. هره شمېره کېدای شي.
report-chart-hidden-withheld = د بلې شمېرې د ساتنې لپاره پټ
report-chart-hidden-either = «له { $k } څخه کم» یا پټ
report-tally-mismatch-title = د ګډون شمېرنې سره سمې نه دي.
report-tally-mismatch = د هغو ناستو شمېر چې پکې د ګډون شمېرنې د کسانو بېلابېل شمېر ښيي: { $sessions }. نو د ګډون جدولونه د همغو کسانو په اړه نه دي. د ناستو ثبتونه وګورئ. مجموعې لکه څنګه چې خپرې شوې: { $totals }.
report-tally-difference = د خپرو شویو مجموعو توپیر: { $difference }.
easy-asked = { $count ->
    [one] دا پوښتنه له یوه کس څخه وشوه.
   *[other] دا پوښتنه له { $count } کسانو څخه وشوه.
}
easy-asked-few = دا پوښتنه له { $k } څخه لږو کسانو څخه وشوه.
easy-not-asked = { $count ->
    [one] له یوه کس څخه دا پوښتنه و نه شوه. دا پوښتنه د هغه لپاره نه وه.
   *[other] له { $count } کسانو څخه دا پوښتنه و نه شوه. دا پوښتنه د دوی لپاره نه وه.
}
easy-not-asked-few = له { $k } څخه لږو کسانو څخه دا پوښتنه و نه شوه. دا پوښتنه د دوی لپاره نه وه.
easy-share-asked = له هرو ۱۰۰ کسانو څخه چې ترې وپوښتل شول، { $percent } کسانو دا ځواب ورکړ.

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = تمرین: دا شمېرې د heard rehearse لخوا جوړو شویو نمونه ځوابونو څخه دي، نه د ریښتینو خلکو له ځوابونو. دا راپور مه خپروئ.
