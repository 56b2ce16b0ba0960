# Post-encounter survey — Dari (prs).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# This file only holds the Dari wording that differs from the Persian (fa) file
# (e.g. پولیس for پلیس, ترجمان for مترجم, تلاشی for بازرسی, موتر for ماشین,
# بلی/نخیر for بله/نه, مؤسسه for سازمان). Every message not defined here falls
# back to ../fa/post-encounter.ftl at run time.
# -org is defined here because overridden messages (consent, thanks) use it.

-org = مؤسسه‌ای که این نظرسنجی را انجام می‌دهد

questionnaire-title = بعد از روبه‌رو شدن با پولیس

consent = این نظرسنجی کوتاه درباره روبه‌رو شدن اخیر شما با پولیس است. نظرسنجی ناشناس است: ما هرگز نام، شماره تیلفون یا آدرس شما را نمی‌پرسیم، و پاسخ‌های شما روی همین دستگاه قفل می‌شود تا فقط { -org } بتواند آن‌ها را بخواند. می‌توانید به هر سوالی که نخواستید پاسخ ندهید و هر وقت خواستید، نظرسنجی را نیمه‌کاره رها کنید. اگر موافق نیستید، هیچ چیزی ذخیره نمی‌شود.
    .hint = حدود پنج دقیقه وقت می‌گیرد.

contact_kind = چطور با پولیس روبه‌رو شدید؟
choice-contact_kind-stopped_public = در سرک یا یک جای عمومی دیگر، مرا متوقف کردند
choice-contact_kind-stopped_vehicle = وقتی در موتر یا واسطه نقلیه دیگر بودم، مرا متوقف کردند
choice-contact_kind-stopped_transport = در بس، ریل، مترو یا ایستگاه، مرا متوقف کردند
choice-contact_kind-id_check = هویت یا اسنادم را بررسی کردند
choice-contact_kind-at_home = پولیس به خانه‌ام آمد
choice-contact_kind-reported_crime = خودم با پولیس تماس گرفتم تا جرمی را گزارش بدهم یا کمک بخواهم
officers_count = چند نفر پولیس آنجا بودند؟
    .hint = عدد تقریبی هم کافی است.

choice-explained-yes = بلی، واضح و روشن

interpreter_offered = آیا به شما ترجمان یا کمک به زبان خودتان پیشنهاد کردند؟
choice-language_help-interpreter_in_person = بلی، یک ترجمان آمد
choice-language_help-interpreter_phone = بلی، ترجمان از راه تیلفون یا تماس ویدیویی
choice-language_help-written_translation = بلی، یک متن ترجمه‌شده به من دادند

page_search = تلاشی
searched = آیا پولیس خود شما، بکس یا موتر شما را تلاشی کرد؟
search_consent = پیش از تلاشی، مأمور چه گفت؟
search_reason_given = آیا مأمور به شما گفت چرا شما را تلاشی کرد؟

choice-outcome-documents_checked = اسنادم را بررسی کردند
choice-outcome-taken_to_station = مرا به اداره پولیس بردند
choice-yes_no_unsure-yes = بلی
choice-yes_no_unsure-no = نخیر

page_trust = پولیس در منطقه شما
    .hint = به پولیس به طور کلی فکر کنید، نه فقط به همین یک بار.
trust_respect = پولیس اینجا چقدر با مردمی مثل شما با احترام رفتار می‌کند؟
trust_fair = پولیس اینجا چقدر منصفانه تصمیم می‌گیرد، بدون اینکه طرف کسی را بگیرد؟
trust_explain = وقتی مردم دلیل را می‌پرسند، پولیس اینجا چقدر تصمیم‌هایش را توضیح می‌دهد؟
contact_again = اگر به کمک نیاز داشته باشید یا قربانی جرمی شوید، آیا با پولیس تماس می‌گیرید؟
choice-contact_again-definitely = بلی، حتماً
knows_complaint = آیا می‌دانید چطور از پولیس شکایت کنید؟

attended_meeting = آیا در دوازده ماه گذشته در جلسه‌ای محلی شرکت کرده‌اید که پولیس هم در آن بود؟
attended_kyr = آیا تا به حال در جلسه‌ای شرکت کرده‌اید که درباره حقوق شما در رابطه با پولیس بود؟

anything_else = آیا چیز دیگری هست که بخواهید درباره این اتفاق به ما بگویید؟
    .hint = لطفاً نام، شماره تیلفون، آدرس یا هر چیز دیگری را که بتوان با آن شما یا کس دیگری را شناخت، ننویسید.

thanks = از شما تشکر می‌کنیم. وقتی دکمه «ارسال» را بزنید، پاسخ‌هایتان قفل می‌شود تا فقط { -org } بتواند آن‌ها را بخواند، و هر وقت اینترنت وصل بود، فرستاده می‌شود.
