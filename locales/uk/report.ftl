# Heard report strings — Ukrainian.
# Draft translation awaiting review by a native speaker.
# Unsure terms: відгуки громади (community feedback), анкета (submission, as in app.ftl), учасники опитування (respondents), група реєстрації (enrollment group), конверт (envelope), групування (breakdowns), позначка (label), частка (share).
# Plural categories (CLDR): one, few, many, other (fractions); the [one] variants
# use the number, because "one" also covers 21, 31, …
# "Огляд" is avoided for "Overview": in police language it means an inspection.

report-title = Звіт про відгуки громади
report-generated = Створено { $date }.
report-org = Підготовлено організацією { $org }.
report-privacy-title = Як цей звіт захищає людей
report-privacy = Числа в цьому звіті змінено на невеликі випадкові величини, щоб захистити людей, тож підсумки можуть не збігатися точно. Типова зміна становить { $typical ->
    [one] { $typical } особу
    [few] { $typical } особи
    [many] { $typical } осіб
   *[other] { $typical } особи
} у більший чи менший бік. Кожне число, менше ніж { $k }, показано як «менше ніж { $k }». Ті самі дані завжди дають ті самі числа.
report-budget = Бюджет приватності, використаний звітами за цими даними: { $spent } з { $budget }.
report-sensitive-excluded = Письмові відповіді, позначені як чутливі, до звіту не включено.
report-sensitive-included = Цей звіт містить письмові відповіді, позначені як чутливі. Поширюйте його обережно.

## Sections
report-overview = Загальні відомості
report-respondents = Учасники опитування
report-by-language = За мовою опитування
report-by-period = За { $period ->
    [week] тижнями
   *[month] місяцями
}
report-comparison = До і після { $date }
report-before = До
report-after = З { $date }
report-all = Усі
report-other-languages = Інші мови
report-other-groups = Інші групи
report-by-group-breakdown = За групою реєстрації (команда або район)
report-fewer-than = менше ніж { $k }
report-table-hidden = { $hidden } з { $total } чисел у цій таблиці показано як «менше ніж { $k }».
report-option = Відповідь
report-no-answer = Немає відповіді або «Не хочу відповідати»
report-share = Частка
report-questions = Запитання
report-free-text = Письмові відповіді
report-free-text-none = Письмових відповідей немає.
report-listening-sessions = Зустрічі-обговорення
report-sessions-count = { $count ->
    [one] { $count } зустріч-обговорення
    [few] { $count } зустрічі-обговорення
    [many] { $count } зустрічей-обговорень
   *[other] { $count } зустрічі-обговорення
}
report-themes = Порушені теми (кількість зустрічей)
report-attendance = Присутність (кількість людей на всіх зустрічах)
report-actions = Подальші дії
report-action-what = Дія
report-action-who = Хто
report-action-due = До якого терміну
report-quotes = Цитати
report-data-quality = Якість даних
report-by-group = Анкети за групами реєстрації
report-group = Група
report-submissions = Анкети
report-by-link = Анкети через публічні посилання
report-by-link-note = Будь-хто, хто бачить плакат, може відповісти за його посиланням, тому ці анкети враховано окремо від зареєстрованих пристроїв вище: вони можуть надходити від людей поза групами, з якими ви працюєте, або від однієї людини кілька разів.
report-link = Посилання
report-other-links = Інші посилання
report-reason = Причина
report-envelopes = Конверти
report-set-aside = Відкладені конверти (не враховано в цьому звіті)
report-set-aside-none = Жодного конверта не відкладено: усі вдалося розшифрувати, і кожен мав дійсний підпис групи реєстрації.
report-undated = Анкети без зрозумілої дати (не входять до таблиць)
report-failed-decrypt = Не вдалося розшифрувати
report-failed-verify = Не вдалося перевірити
report-reason-damaged = Пошкоджено
report-reason-not-for-this-key = Зашифровано для іншого ключа
report-reason-not-a-submission = Не анкета Heard
report-reason-mismatch = Вміст не відповідає позначці
report-reason-unsigned = Немає підпису групи реєстрації
report-reason-unknown-group = Невідома група реєстрації
report-reason-bad-signature = Недійсний підпис
report-reason-revoked-group = Відкликана група реєстрації
report-reason-duplicate = Повтор (уже отримано)
report-trend = Як змінювалися відповіді з часом
report-chart-alt = Стовпчикова діаграма відповідей на запитання «{ $question }»
report-chart-hidden = Показано як «менше ніж { $k }»

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = Що нам розповіли люди
easy-intro = Це коротка й проста версія нашого звіту.
easy-made-by = Цей звіт підготувала організація { $org }. Дата: { $date }.
easy-made = Ми підготували цей звіт. Дата: { $date }.
easy-people = { $count ->
    [one] На це опитування відповіла { $count } особа.
    [few] На це опитування відповіли { $count } особи.
    [many] На це опитування відповіли { $count } осіб.
   *[other] На це опитування відповіли { $count } особи.
}
easy-people-few = На це опитування відповіли менше ніж { $k } осіб.
easy-most-said = Більшість людей сказали: { $answer }
easy-top-answer = Найчастіша відповідь: { $answer }
easy-share = Зі 100 людей { $percent } дали цю відповідь.
easy-no-finding = На це питання відповіло дуже мало людей. Тому ми не показуємо тут відповіді.
easy-sessions = { $count ->
    [one] Ми провели { $count } зустріч-обговорення.
    [few] Ми провели { $count } зустрічі-обговорення.
    [many] Ми провели { $count } зустрічей-обговорень.
   *[other] Ми провели { $count } зустрічі-обговорення.
}
easy-top-theme = Найбільше люди говорили про: { $theme }
easy-safe-title = Як ми захищаємо людей
easy-safe-changed = Ми трохи змінили числа, щоб захистити людей.
easy-safe-add-up = Тому деякі суми не збігаються точно.
easy-safe-few = Іноді відповідь дали дуже мало людей. Тоді ми пишемо «менше ніж { $k }».
easy-full-report = Повний звіт містить усі числа й таблиці.
report-withheld = приховано

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = Отримали це запитання
report-not-asked = Не отримали (запитання їх не стосувалося)
report-asked-note = Це запитання ставили лише деяким людям, залежно від попередньої відповіді. Частки обчислено від тих, кому його поставили: { $asked }; не ставили: { $notasked }.
report-table-hidden-withheld = Приховано в цій таблиці: { $hidden } з { $total } чисел ({ $few } показано як «менше ніж { $k }», { $withheld } — як «приховано»).
report-withheld-explained = «приховано» означає число, яке не показано, хоча саме воно не мале, щоб із сум не можна було обчислити число, показане як «менше ніж { $k }». Це може бути будь-яке число.
report-chart-hidden-withheld = Приховано, щоб захистити інше число
report-chart-hidden-either = «Менше ніж { $k }» або приховано
report-tally-mismatch-title = Підрахунки присутніх не збігаються.
report-tally-mismatch = Кількість зустрічей, у яких підрахунки присутніх дають різну кількість людей: { $sessions }. Тож таблиці присутності описують не тих самих людей. Перевірте записи зустрічей. Суми, як їх опубліковано: { $totals }.
report-tally-difference = Різниця між опублікованими сумами: { $difference }.
easy-asked = Кількість людей, яким поставили це запитання: { $count }.
easy-asked-few = Це запитання поставили менше ніж { $k } особам.
easy-not-asked = Кількість людей, яким не ставили це запитання: { $count }. Воно було не для них.
easy-not-asked-few = Менше ніж { $k } особам не ставили це запитання. Воно було не для них.
easy-share-asked = Зі 100 людей, яким поставили запитання, { $percent } дали цю відповідь.

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = Репетиція: ці цифри взято з тестових відповідей, створених heard rehearse, а не з відповідей реальних людей. Не публікуйте цей звіт.
