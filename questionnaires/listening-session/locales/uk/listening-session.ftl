# Посібник для ведучого зустрічі-обговорення — українська (uk).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Чернетка перекладу, зроблена з допомогою машинного перекладу: перед використанням має бути перевірена носіями мови (бажано громадськими перекладачами).

questionnaire-title = Зустріч-обговорення

page_session = Про зустріч
session_date = Дата зустрічі
    .constraint = Дата не може бути в майбутньому.
district = Район або частина міста
    .hint = Лише загальна місцевість, ніколи не адреса.
setting = Де відбулася зустріч?
choice-setting-community_centre = Громадський центр
choice-setting-place_of_worship = Місце богослужіння
choice-setting-school = Школа
choice-setting-ngo_office = Офіс організації
choice-setting-police_premises = Приміщення поліції
choice-setting-online = Онлайн
choice-setting-other = В іншому місці
session_languages = Якими мовами говорили?
choice-session_language-ar = Арабська
choice-session_language-fa = Перська (фарсі)
choice-session_language-prs = Дарі
choice-session_language-ps = Пушту
choice-session_language-so = Сомалі
choice-session_language-ti = Тигринья
choice-session_language-uk = Українська
choice-session_language-fr = Французька
choice-session_language-es = Іспанська
choice-session_language-en = Англійська
choice-session_language-other = Інша мова
interpretation = Чи був усний переклад під час зустрічі?
facilitator_role = Хто вів зустріч?
choice-facilitator_role-liaison = Посередник між громадою та організацією
choice-facilitator_role-volunteer = Волонтер із громади
choice-facilitator_role-ngo_staff = Працівник організації
choice-facilitator_role-police = Поліцейський

ground_rules = Прочитайте вголос перед початком: Усе, що тут говориться, залишається в цій кімнаті. Ми не записуємо імен. Ви не зобов’язані відповідати на жодне запитання і можете піти будь-коли. Те, що ми дізнаємося, ми поширимо лише як загальні результати групи.
    .hint = Переконайтеся, що всі зрозуміли, кожною мовою, якою говорять присутні.

page_attendance = Присутні
    .hint = Рахуйте людей, не записуйте імен.
attendance_age = Учасники за віком
choice-age_bracket-under_18 = До 18 років
choice-age_bracket-18_24 = Від 18 до 24 років
choice-age_bracket-25_34 = Від 25 до 34 років
choice-age_bracket-35_49 = Від 35 до 49 років
choice-age_bracket-50_64 = Від 50 до 64 років
choice-age_bracket-65_plus = 65 років і більше
choice-age_bracket-not_recorded = Не зазначено
attendance_gender = Учасники за гендером
choice-gender-women = Жінки
choice-gender-men = Чоловіки
choice-gender-another = Інший гендер
choice-gender-not_recorded = Не зазначено
police_present = Скільки поліцейських брали участь?

prompt_experiences = Який у вас досвід спілкування з поліцією в цьому районі?
    .hint = Дайте висловитися кільком людям. Просіть навести приклади, але нагадуйте, що не можна називати нічиїх імен.
prompt_language = Коли вам потрібно було говорити з поліцією, як мова це полегшувала чи ускладнювала?
    .hint = Запитайте, чи пропонували перекладачів і як це відбувалося.
prompt_trust = Що допомогло б вам почуватися безпечніше, коли ви звертаєтеся до поліції?
    .hint = Записуйте конкретні пропозиції; з них можуть вирости подальші дії.
prompt_rights = Що люди у вашій громаді знають про свої права у стосунках із поліцією і що вони хотіли б дізнатися?
    .hint = Не давайте юридичних порад; записуйте запитання, щоб опрацювати їх пізніше.

page_synthesis = Підсумок
themes = Які теми обговорювали?
choice-theme-language_access = Мова та перекладачі
choice-theme-respect = Повага та гідність
choice-theme-stops_searches = Зупинки, перевірки та обшуки
choice-theme-immigration_fear = Страх через свій статус перебування в країні
choice-theme-reporting_crime = Повідомлення про злочини
choice-theme-discrimination = Дискримінація
choice-theme-rights_information = Інформація про права
choice-theme-response = Як поліція реагує на виклики
choice-theme-youth = Молодь
choice-theme-women_safety = Безпека жінок
choice-theme-housing_neighbourhood = Житло та район
choice-theme-other = Інша тема
themes_other = Яка інша тема?
quotes = Цитати
    .hint = Записуйте сказане без імен і деталей, за якими можна впізнати того, хто говорив.
actions = Подальші дії
    .hint = Що буде зроблено, хто відповідає (роль, а не ім’я) і до якого терміну.
facilitator_notes = Нотатки ведучого
    .hint = Ваші власні спостереження. Не записуйте імен.

closing = Подякуйте учасникам і поясніть, як буде поширено результати. Коли ви закриєте зустріч, запис буде захищено так, що прочитати його зможе лише ваша організація.
