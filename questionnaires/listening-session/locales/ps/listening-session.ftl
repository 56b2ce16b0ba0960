# Listening session facilitator guide — Pashto (ps).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
#
# Translator notes for reviewers:
# - Standard Pashto letters (ګ U+06AB, ک U+06A9); age ranges use Pashto digits (۰-۹).
# - Text read aloud to participants and the discussion prompts use formal
#   "you" (تاسو). Language names follow CLDR (ps), spelled with ی inside words.
# - Unsure terms: community liaison (ټولنیز همغږی کوونکی), facilitator
#   (د ناستې پرمخ وړونکی), "another gender" (نور), follow-up actions (د تعقیب کړنې).

questionnaire-title = د اورېدو ناسته

## About the session
page_session = د ناستې په اړه
session_date = د ناستې نېټه
    .constraint = نېټه باید په راتلونکي کې نه وي.
district = ګاونډ یا ناحیه
    .hint = یوازې عمومي سیمه ولیکئ، هېڅکله پته مه لیکئ.
setting = ناسته چېرته جوړه شوه؟
choice-setting-community_centre = ټولنیز مرکز
choice-setting-place_of_worship = د عبادت ځای
choice-setting-school = ښوونځی
choice-setting-ngo_office = د یوې ادارې دفتر
choice-setting-police_premises = د پولیسو ودانۍ
choice-setting-online = آنلاین
choice-setting-other = بل ځای
session_languages = په کومو ژبو خبرې وشوې؟
choice-session_language-ar = عربي
choice-session_language-fa = فارسي
choice-session_language-prs = دري
choice-session_language-ps = پښتو
choice-session_language-so = سومالي
choice-session_language-ti = تیګریني
choice-session_language-uk = اوکرایني
choice-session_language-fr = فرانسوي
choice-session_language-es = هسپانوي
choice-session_language-en = انګلیسي
choice-session_language-other = بله ژبه
interpretation = ایا د ناستې پر مهال شفاهي ژباړه (ترجماني) وشوه؟
facilitator_role = ناسته چا پرمخ وړه؟
choice-facilitator_role-liaison = ټولنیز همغږی کوونکی
choice-facilitator_role-volunteer = ټولنیز رضاکار
choice-facilitator_role-ngo_staff = د یوې ادارې کارکوونکی
choice-facilitator_role-police = پولیس

ground_rules = تر پیل مخکې دا په لوړ غږ ولولئ: هر څه چې دلته ویل کېږي، په همدې کوټه کې پاتې کېږي. موږ نومونه نه لیکو. تاسو مجبور نه یاست چې هرې پوښتنې ته ځواب ورکړئ، او هر وخت چې وغواړئ تللی شئ. موږ به هغه څه چې زده کوو، یوازې د ټولې ډلې د پایلو په توګه شریکوو.
    .hint = په هره هغه ژبه چې په ناسته کې ویل کېږي، ډاډه شئ چې ټول پوه شوي دي.

## Attendance: counts only, never names
page_attendance = حاضري
    .hint = خلک وشمېرئ، نومونه مه لیکئ.
attendance_age = ګډونوال د عمر له مخې
choice-age_bracket-under_18 = تر ۱۸ کلونو کم
choice-age_bracket-18_24 = ۱۸ تر ۲۴ کاله
choice-age_bracket-25_34 = ۲۵ تر ۳۴ کاله
choice-age_bracket-35_49 = ۳۵ تر ۴۹ کاله
choice-age_bracket-50_64 = ۵۰ تر ۶۴ کاله
choice-age_bracket-65_plus = ۶۵ کاله یا ډېر
choice-age_bracket-not_recorded = نه دی ثبت شوی
attendance_gender = ګډونوال د جنسیت له مخې
choice-gender-women = ښځې
choice-gender-men = نارینه
choice-gender-another = نور
choice-gender-not_recorded = نه دی ثبت شوی
police_present = په ناسته کې څو پولیسو ګډون وکړ؟

## Discussion prompts (asked to the group)
prompt_experiences = په دې سیمه کې له پولیسو سره ستاسو تجربې څنګه وې؟
    .hint = پرېږدئ چې څو کسان خبرې وکړي. د بېلګو غوښتنه وکړئ، خو خلکو ته یادونه وکړئ چې د هېچا نوم وانه خلي.
prompt_language = کله چې تاسو له پولیسو سره خبرو ته اړتیا درلوده، ژبې کار څنګه اسانه یا ګران کړ؟
    .hint = وپوښتئ چې ایا ترجمانان وړاندې شوي وو، او دا کار څنګه تېر شو.
prompt_trust = څه شی به له پولیسو سره د اړیکې نیولو پر مهال تاسو ته د ډېر خوندیتوب احساس درکړي؟
    .hint = مشخص وړاندیزونه ولیکئ؛ دا کېدای شي د تعقیب کړنې شي.
prompt_rights = ستاسو په ټولنه کې خلک د پولیسو په وړاندې د خپلو حقونو په اړه څه معلومات لري، او نور څه غواړي چې پرې پوه شي؟
    .hint = حقوقي مشوره مه ورکوئ؛ هغه پوښتنې ولیکئ چې وروسته یې تعقیب کړئ.

## Summary
page_synthesis = لنډیز
themes = په کومو موضوعګانو خبرې وشوې؟
choice-theme-language_access = ژبه او ترجمانان
choice-theme-respect = درناوی او عزت
choice-theme-stops_searches = د پولیسو له خوا درول او تلاشي
choice-theme-immigration_fear = د اقامت د وضعیت له امله وېره
choice-theme-reporting_crime = د جرمونو راپور ورکول
choice-theme-discrimination = تبعیض
choice-theme-rights_information = د حقونو په اړه معلومات
choice-theme-response = کله چې پولیس راوغوښتل شي، څنګه غبرګون ښیي
choice-theme-youth = ځوانان
choice-theme-women_safety = د ښځو خوندیتوب
choice-theme-housing_neighbourhood = استوګنځای او ګاونډ
choice-theme-other = بله موضوع
themes_other = بله کومه موضوع؟
quotes = نقل قولونه
    .hint = هغه څه ولیکئ چې ویل شوي، خو پرته له نومونو یا داسې جزئیاتو چې ویونکی پرې وپېژندل شي.
actions = د تعقیب کړنې
    .hint = څه به وشي، څوک یې مسؤل دی (دنده، نه نوم)، او تر کومې نېټې.
facilitator_notes = د ناستې د پرمخ وړونکي یادښتونه
    .hint = ستاسو خپلې کتنې. نومونه مه لیکئ.

closing = له ګډونوالو مننه وکړئ او ورته ووایاست چې پایلې به څنګه شریکې شي. کله چې ناسته بنده کړئ، د ناستې ریکارډ داسې قلف کېږي چې یوازې ستاسو اداره یې لوستلی شي.
