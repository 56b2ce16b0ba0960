# Post-encounter survey — Pashto (ps).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
#
# Translator notes for reviewers:
# - Standard Pashto letters (ګ U+06AB, ک U+06A9; ی for final -ay, ي for
#   final -i, ې, ۍ, ئ). Numbers are written as words in sentences; the age and
#   year ranges use Pashto digits (۰-۹).
# - "The officer" is translated as پولیسو ("the police", agent form), which
#   avoids a male-only word; پولیس (police) as in the glossary.
# - Formal "you" (تاسو) throughout.
# - Unsure terms: سروې (survey), اړیکه (contact), تلاشي (search),
#   ترجمان (interpreter), بې نومه (anonymous).
#
# Item messages: the label is the value; `.hint` is shown under it;
# `.constraint` is shown when the item's constraint fails.

questionnaire-title = له پولیسو سره تر اړیکې وروسته

consent = دا لنډه سروې د هغې اړیکې په اړه پوښتنې کوي چې تاسو په دې وروستیو کې له پولیسو سره درلوده. دا سروې بې نومه ده: موږ هېڅکله ستاسو نوم، د تلیفون شمېره یا پته نه غواړو، او ستاسو ځوابونه په همدې وسیله کې داسې قلف کېږي چې یوازې { -org } یې لوستلی شي. تاسو کولی شئ هره پوښتنه پرېږدئ، یا هر وخت سروې بنده کړئ. که تاسو موافقه ونه کړئ، هېڅ شی نه خوندي کېږي.
    .hint = نږدې پنځه دقیقې وخت نیسي.

-org = د دې سروې چلوونکې اداره

## About the contact
page_contact = د اړیکې په اړه
contact_kind = له پولیسو سره څه ډول اړیکه وه؟
choice-contact_kind-stopped_public = پولیسو زه په سړک یا بل عام ځای کې ودرولم
choice-contact_kind-stopped_vehicle = پولیسو زه په موټر یا بل ګاډي کې ودرولم
choice-contact_kind-stopped_transport = پولیسو زه په بس، ریل ګاډي یا بل عامه ټرانسپورټ کې، یا په سټېشن کې ودرولم
choice-contact_kind-id_check = پولیسو زما هویت یا اسناد وکتل
choice-contact_kind-at_home = پولیس زما کور ته راغلل
choice-contact_kind-reported_crime = ما له پولیسو سره اړیکه ونیوله ترڅو د یوه جرم راپور ورکړم یا مرسته وغواړم
choice-contact_kind-victim_witness = زه د یوه جرم قرباني یا شاهد وم
choice-contact_kind-other = بل څه
contact_when = دا کله وشو؟
choice-contact_when-today = نن
choice-contact_when-this_week = په تېرو اوو ورځو کې
choice-contact_when-this_month = په وروستۍ یوه میاشت کې
choice-contact_when-earlier = له یوې میاشتې ډېر مخکې
officers_count = هلته څو پولیس وو؟
    .hint = ستاسو اټکل هم کافي دی.

## The reason for the contact
page_reason = د اړیکې لامل
reason_explained = ایا پولیسو تاسو ته وویل چې ولې یې تاسو ودرولئ، یا ولې تاسو ته راغلل؟
choice-explained-yes = هو، په روښانه ډول
choice-explained-partly = تر یوه حده
choice-explained-no = نه
choice-explained-dont_know = نه پوهېږم
reason_understood = تاسو په لامل څومره ښه پوه شوئ؟
choice-understood-1 = هېڅ پوه نه شوم
choice-understood-2 = لږ پوه شوم
choice-understood-3 = زیاتره پوه شوم
choice-understood-4 = بشپړ پوه شوم

## Language
page_language = ژبه
language_needed = ایا تاسو د پولیسو په خبرو پوهېدو لپاره د ژبې مرستې ته اړتیا درلوده؟
interpreter_offered = ایا تاسو ته ترجمان یا ستاسو په ژبه مرسته وړاندې شوه؟
choice-language_help-interpreter_in_person = هو، ترجمان راغی
choice-language_help-interpreter_phone = هو، ترجمان د تلیفون یا ویډیو له لارې
choice-language_help-officer_spoke_my_language = پولیسو زما په ژبه خبرې کولې
choice-language_help-written_translation = هو، لیکلې ژباړه
choice-language_help-not_offered = نه، هېڅ شی وړاندې نه شو
choice-language_help-dont_know = نه پوهېږم
understood_officer = پولیسو چې تاسو ته څه وویل، تاسو پرې څومره ښه پوه شوئ؟

## Search
page_search = تلاشي
searched = ایا پولیسو ستاسو، ستاسو د بکس یا ستاسو د موټر تلاشي وکړه؟
search_consent = تر تلاشۍ مخکې، پولیسو څه وویل؟
choice-search_consent-asked_permission = له ما یې اجازه وغوښته
choice-search_consent-said_required = ویې ویل چې زه باید تلاشي ومنم
choice-search_consent-no_explanation = په دې اړه یې هېڅ ونه ویل
choice-search_consent-dont_know = نه پوهېږم
search_reason_given = ایا پولیسو تاسو ته وویل چې ستاسو تلاشي ولې وشوه؟

## How you were treated (procedural justice)
page_treatment = له تاسو سره څنګه چلند وشو
    .hint = تاسو له هرې جملې سره تر کومه حده موافقه کوئ؟
pj_voice = پولیسو ما ته فرصت راکړ چې خپله خبره بیان کړم.
pj_neutrality = پولیسو د واقعیتونو پر بنسټ پرېکړې وکړې، نه د دې پر بنسټ چې زه څوک یم.
pj_respect = پولیسو له ما سره په درناوي چلند وکړ.
pj_motives = پولیسو هڅه کوله چې سم کار وکړي.
choice-agree5-1 = په کلکه مخالفت کوم
choice-agree5-2 = مخالفت کوم
choice-agree5-3 = نه موافقه کوم، نه مخالفت
choice-agree5-4 = موافقه کوم
choice-agree5-5 = په کلکه موافقه کوم
pj_index = د طرزالعمل د عدالت نمره (د څلورو جملو اوسط)

## What happened in the end
page_outcome = په پای کې څه وشول
outcome = پایله څه وه؟ ټول هغه ځوابونه وټاکئ چې سم دي.
    .constraint = «هېڅ ونه شول» له بلې پایلې سره یوځای نه شي ټاکل کېدای.
choice-outcome-no_action = هېڅ ونه شول، زه یې پرېښودم چې لاړ شم
choice-outcome-warning = ما ته اخطار راکړل شو
choice-outcome-documents_checked = زما اسناد وکتل شول
choice-outcome-fine = جریمه شوم، یا د جریمې پاڼه راکړل شوه
choice-outcome-taken_to_station = د پولیسو مرکز ته بوتلل شوم
choice-outcome-arrested = ونیول شوم
choice-outcome-property_taken = زما یو شی واخیستل شو
choice-outcome-other = بل څه
choice-outcome-dont_know = نه پوهېږم
force_used = ایا پولیسو زور وکاراوه، یا یې د زور کارولو ګواښ وکړ؟
felt_discriminated = ایا تاسو فکر کوئ چې له تاسو سره دا چلند ستاسو د اصل، دین، ژبې یا ظاهري بڼې له امله وشو؟
choice-yes_no_unsure-yes = هو
choice-yes_no_unsure-no = نه
choice-yes_no_unsure-unsure = ډاډه نه یم

## The police in your area
page_trust = ستاسو په سیمه کې پولیس
    .hint = په عمومي توګه د پولیسو په اړه فکر وکړئ، نه یوازې د دې اړیکې په اړه.
trust_respect = دلته پولیس څو ځله له تاسو په څېر خلکو سره په درناوي چلند کوي؟
trust_fair = دلته پولیس څو ځله داسې عادلانه پرېکړې کوي چې د هېچا طرفداري پکې نه وي؟
trust_explain = کله چې خلک پوښتنه وکړي، دلته پولیس څو ځله خپلې پرېکړې روښانه کوي؟
choice-how_often4-1 = هېڅکله یا نږدې هېڅکله
choice-how_often4-2 = کله کله
choice-how_often4-3 = ډېر ځله
choice-how_often4-4 = تل یا نږدې تل
contact_again = که تاسو مرستې ته اړتیا ولرئ یا د جرم قرباني شئ، ایا له پولیسو سره به اړیکه ونیسئ؟
choice-contact_again-definitely = هو، هرومرو
choice-contact_again-probably = احتمالاً هو
choice-contact_again-probably_not = احتمالاً نه
choice-contact_again-definitely_not = په هېڅ ډول نه
choice-contact_again-dont_know = نه پوهېږم
knows_complaint = ایا پوهېږئ چې د پولیسو په اړه څنګه شکایت وکړئ؟

## Community meetings
page_prepost = ټولنیزې غونډې
attended_meeting = ایا تاسو په تېرو دولسو میاشتو کې په داسې ټولنیزه غونډه کې ګډون کړی، چې پولیس هم پکې وو؟
attended_kyr = ایا تاسو کله هم په داسې ناسته کې ګډون کړی چې پکې د پولیسو په وړاندې ستاسو د حقونو په اړه خبرې شوې وې؟
kyr_when = وروستۍ ناسته کله وه؟
choice-kyr_when-within_month = په وروستۍ یوه میاشت کې
choice-kyr_when-one_to_six_months = له یوې تر شپږو میاشتو مخکې
choice-kyr_when-over_six_months = له شپږو میاشتو ډېر مخکې

## About you
page_about = ستاسو په اړه
    .hint = دا ځوابونه یوازې د ټولې ډلې د عمومي شمېرو لپاره کارول کېږي.
age_group = ستاسو عمر څومره دی؟
choice-age_group-18_24 = ۱۸ تر ۲۴ کاله
choice-age_group-25_34 = ۲۵ تر ۳۴ کاله
choice-age_group-35_49 = ۳۵ تر ۴۹ کاله
choice-age_group-50_64 = ۵۰ تر ۶۴ کاله
choice-age_group-65_plus = ۶۵ کاله یا ډېر
time_in_country = څومره موده کېږي چې تاسو په دې هېواد کې اوسېږئ؟
choice-time_in_country-under_1 = تر یو کال کم
choice-time_in_country-1_3 = له یو تر درې کاله
choice-time_in_country-3_10 = له درې تر لس کاله
choice-time_in_country-over_10 = تر لسو کلونو ډېر

anything_else = ایا د دې اړیکې په اړه نور څه شته چې غواړئ موږ ته یې ووایاست؟
    .hint = مهرباني وکړئ نومونه، د تلیفون شمېرې، پتې یا بل داسې څه مه لیکئ چې تاسو یا بل څوک پرې وپېژندل شي.

thanks = مننه. کله چې د «ولېږئ» تڼۍ کېکاږئ، ستاسو ځوابونه داسې قلف کېږي چې یوازې { -org } یې لوستلی شي، او کله چې انټرنېټ وي، لېږل کېږي.
