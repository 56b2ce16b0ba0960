# Тексти застосунку Heard — українська (uk).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Чернетка перекладу, зроблена з допомогою машинного перекладу: перед використанням має бути перевірена носіями мови (бажано громадськими перекладачами).
# Показуються в застосунках для Android та iOS і в інструменті командного рядка `heard`.
# Опитування може замінити будь-яке з цих повідомлень, визначивши такий самий ідентифікатор.

app-name = Heard

## Навігація
nav-next = Далі
nav-back = Повернутись
nav-review = Переглянути відповіді
nav-submit = Надіслати
nav-start = Почати
language-picker = Мова
progress = Запитання { $n } з { $total }
answered-count = { $count ->
    [one] Ви відповіли на { $count } запитання
    [few] Ви відповіли на { $count } запитання
    [many] Ви відповіли на { $count } запитань
   *[other] Ви відповіли на { $count } запитання
}

## Вбудовані відповіді
answer-decline = Не хочу відповідати
answer-yes = Так
answer-no = Ні
consent-accept = Я погоджуюся
consent-decline = Я не погоджуюся
consent-declined = Ви не погодилися, тому нічого не збережено. Дякуємо за ваш час.

## Що очікує кожне поле
input-choose-one = Виберіть одну відповідь.
input-choose-many = Виберіть усі варіанти, що підходять.
input-scale = Виберіть одну позначку на шкалі.
input-whole-number = Введіть ціле число.
input-whole-number-range = Введіть ціле число від { $min } до { $max }.
input-number = Введіть число.
input-number-range = Введіть число від { $min } до { $max }.
input-text = Напишіть свою відповідь.
input-date = Виберіть дату.
input-tally = Введіть кількість людей для кожної групи.
input-text-list = Додавайте записи по одному.
input-action-list = Додайте кожну дію: що, хто (роль, а не ім’я) і до якого терміну.
input-notes = Напишіть нотатки.
sensitive-warning = Не пишіть імен, номерів телефонів, адрес чи будь-чого, за чим можна впізнати людину.

## Перевірка
error-required = На це запитання потрібно відповісти.
error-required-or-decline = На це запитання потрібно відповісти. Ви також можете вибрати «Не хочу відповідати».
error-not-a-number = Будь ласка, введіть число.
error-not-whole-number = Будь ласка, введіть ціле число.
error-below-min = Число має бути { $min } або більше.
error-above-max = Число має бути { $max } або менше.
error-too-long = { $max ->
    [one] Відповідь може містити щонайбільше { $max } символ.
    [few] Відповідь може містити щонайбільше { $max } символи.
    [many] Відповідь може містити щонайбільше { $max } символів.
   *[other] Відповідь може містити щонайбільше { $max } символу.
}
error-invalid-date = Будь ласка, введіть справжню дату (рік-місяць-день).
error-unknown-choice = Цієї відповіді немає серед варіантів.
error-wrong-answer-kind = Такий тип відповіді не підходить до цього запитання.
error-negative-count = Кількість не може бути від’ємною.
error-empty-entry = Запис не може бути порожнім.
error-constraint = Таку відповідь тут дати не можна.

## Перегляд
review-title = Перевірте свої відповіді
review-not-answered = Без відповіді
review-edit = Змінити
fallback-notice = Ще не перекладено вашою мовою.

## Зустрічі-обговорення
tally-total = Усього: { $count }
list-add = Додати
list-remove = Видалити
action-what = Що буде зроблено
action-who = Хто відповідає (роль)
action-due = До якого терміну
session-close = Закрити зустріч
tally-add-one = Додати одну особу: { $bracket }
tally-remove-one = Відняти одну особу: { $bracket }
tally-count = { $count }
list-new-entry = Новий запис
action-due-hint = Необов’язково: рік-місяць-день (РРРР-ММ-ДД)

## Після надсилання
submitted = Дякуємо. Ваші відповіді захищено, і їх буде надіслано, щойно з’явиться зв’язок.
kiosk-next = Почати нове опитування для наступної людини
outbox-waiting = { $count ->
    [one] { $count } анкета чекає на надсилання.
    [few] { $count } анкети чекають на надсилання.
    [many] { $count } анкет чекають на надсилання.
   *[other] { $count } анкети чекає на надсилання.
}

## Enrollment
enroll-title = Приєднатися до організації
enroll-paste = Вставте код реєстрації
enroll-read = Продовжити
enroll-invalid = Не вдалося прочитати цей код. Попросіть в організації новий.
enroll-check-words = Перевірте, що ці шість слів збігаються з тими, які показує вам організація.
enroll-accept = Прийняти
enroll-refuse = Відмовитися
enroll-scan = Сканувати QR-код
enroll-scan-hint = Наведіть камеру на QR-код організації.
enroll-camera-refused = Без камери код не відсканувати. Натомість його можна вставити.
enroll-camera-denied = Heard не має дозволу на камеру. Дозвольте її в застосунку «Параметри» або вставте код натомість.

## Questionnaires and listening
questionnaires-title = Опитувальники
audio-listen = Слухати
submitted-sealed = Ваші відповіді запечатані. Прочитати їх може лише організація.
submitted-done = Готово

## Home
home-outbox = { $count ->
    [0] Черга надсилання
    [one] Черга надсилання: { $count } анкета чекає
    [few] Черга надсилання: { $count } анкети чекають
    [many] Черга надсилання: { $count } анкет чекають
   *[other] Черга надсилання: { $count } анкети чекає
}
notice-dismiss = Зрозуміло
error-try-again = Не вдалося. Нічого не втрачено; спробуйте ще раз.

## Outbox and sync
outbox-title = Черга надсилання
outbox-sending = Надсилання…
outbox-sent-today = { $count ->
    [0] Сьогодні ще нічого не надіслано.
    [one] Сьогодні надіслано { $count } анкету.
    [few] Сьогодні надіслано { $count } анкети.
    [many] Сьогодні надіслано { $count } анкет.
   *[other] Сьогодні надіслано { $count } анкети.
}
outbox-never-synced = До організації ще нічого не надіслано.
outbox-last-sync = Остання спроба надіслати: { $when }
outbox-last-success = Останнє успішне надсилання: { $when }
outbox-send-now = Надіслати зараз
outbox-rejected-title = Відхилено сервером
outbox-rejected-explain = Ці анкети залишаються на цьому пристрої запечатаними. Повідомте організації причину, яку тут показано.
outbox-rejected-reason = Причина: { $reason }
sync-outcome-done = Усе надіслано.
sync-outcome-retry-later = Не вдалося зв’язатися із сервером. Нічого не втрачено; застосунок спробує ще раз.
sync-outcome-revoked = Організація вилучила цей пристрій. Попросіть у неї новий код реєстрації.
sync-outcome-unauthorized = Сервер не знає цього пристрою. Попросіть в організації новий код реєстрації.
sync-outcome-not-a-heard-server = Адреса, на яку надсилає цей пристрій, не відповідає як сервер організації. Повідомте про це організацію.
sync-outcome-already-syncing = Надсилання вже триває.
sync-not-enrolled = Цей пристрій ще не зареєстровано в жодній організації, тому надсилати нікуди.
time-just-now = щойно
time-minutes-ago = { $count ->
    [one] { $count } хвилину тому
    [few] { $count } хвилини тому
    [many] { $count } хвилин тому
   *[other] { $count } хвилини тому
}
time-hours-ago = { $count ->
    [one] { $count } годину тому
    [few] { $count } години тому
    [many] { $count } годин тому
   *[other] { $count } години тому
}
time-days-ago = { $count ->
    [one] { $count } день тому
    [few] { $count } дні тому
    [many] { $count } днів тому
   *[other] { $count } дня тому
}

## App lock
lock-title = Введіть PIN-код
lock-pin = PIN-код
lock-unlock = Розблокувати
lock-wrong = { $count ->
    [one] Неправильний PIN-код. Залишилася { $count } спроба, перш ніж усе на цьому пристрої буде стерто.
    [few] Неправильний PIN-код. Залишилося { $count } спроби, перш ніж усе на цьому пристрої буде стерто.
    [many] Неправильний PIN-код. Залишилося { $count } спроб, перш ніж усе на цьому пристрої буде стерто.
   *[other] Неправильний PIN-код. Залишилося { $count } спроби, перш ніж усе на цьому пристрої буде стерто.
}
lock-erased = Забагато неправильних PIN-кодів: усе на цьому пристрої стерто.
lock-damaged = Не вдається прочитати блокування застосунку. Єдиний спосіб продовжити — стерти все на цьому пристрої.
lock-pin-invalid = PIN-код має містити щонайменше 6 цифр, а PIN-код на випадок примусу має відрізнятися від PIN-коду.

## Quick delete
wipe-title = Швидке стирання
wipe-explain = Одразу стирає все на цьому пристрої: анкети, що чекають на надсилання, незавершені анкети, ключі та налаштування. Цього не можна скасувати.
wipe-slide = Проведіть до кінця, щоб стерти все
wipe-countdown = { $seconds ->
    [one] Стирання через { $seconds } секунду
    [few] Стирання через { $seconds } секунди
    [many] Стирання через { $seconds } секунд
   *[other] Стирання через { $seconds } секунди
}
wipe-cancel = Скасувати
wipe-failed = Не все вдалося стерти. Спробуйте швидке стирання ще раз.

## Kiosk
kiosk-leave = Вийти з режиму кіоску
kiosk-leave-pin = PIN-код для виходу з режиму кіоску
kiosk-guided-access-title = Тримати планшет у Heard
kiosk-guided-access-explain = Перш ніж передати планшет, увімкніть Гід-доступ: Параметри > Доступність > Гід-доступ, а тоді тричі натисніть бічну кнопку (або кнопку «Додому»), коли Heard відкрито. Застосунок не може ввімкнути його сам.
kiosk-guided-access-on = Гід-доступ увімкнено.
kiosk-guided-access-off = Гід-доступ вимкнено: людина, яка відповідає, може вийти з Heard.

## Settings and safety
settings-title = Налаштування і безпека
settings-lock-now = Заблокувати
settings-pin-title = Блокування застосунку
settings-pin-explain = Якщо встановити PIN-код, застосунок відкриватиметься тільки з ним. Після 10 неправильних PIN-кодів усе на цьому пристрої буде стерто.
settings-pin-current = Поточний PIN-код
settings-pin-new = Новий PIN-код (щонайменше 6 цифр)
settings-pin-repeat = Новий PIN-код ще раз
settings-pin-mismatch = Два нові PIN-коди не збігаються.
settings-pin-set = Встановити PIN-код
settings-pin-change = Змінити PIN-код
settings-pin-saved = PIN-код збережено.
settings-needs-pin = Спочатку встановіть PIN-код для блокування застосунку.
settings-duress-title = PIN-код на випадок примусу
settings-duress-explain = Другий PIN-код на випадок, коли вас змушують відкрити застосунок: він стирає все й відкриває порожній застосунок, який виглядає щойно встановленим.
settings-duress-pin = PIN-код на випадок примусу
settings-duress-set = Встановити PIN-код на випадок примусу
settings-duress-clear = Вилучити його
settings-duress-saved = PIN-код на випадок примусу збережено.
settings-duress-cleared = PIN-код на випадок примусу вилучено.
settings-kiosk-title = Режим кіоску
settings-kiosk-explain = Для спільного планшета: щойно людина надішле відповіді, починається нове опитування мовою, вибраною тут, і нічого з відповідей попередньої людини не видно. Щоб вийти з режиму кіоску, потрібен PIN-код.
settings-kiosk-none = Ще не встановлено жодного опитування.
settings-kiosk-questionnaire = Опитування
settings-kiosk-language = Мова кожного нового опитування
settings-kiosk-start = Увімкнути режим кіоску
settings-camouflage = Маскування застосунку
settings-camouflage-explain = На головному екрані замість Heard буде проста іконка й нейтральна назва. Під час перемикання застосунок може закритися: відкрийте його знову з нової іконки.
settings-language-title = Мова застосунку
settings-language-device = Мова пристрою
settings-holdings-title = Що зберігається на цьому пристрої
holdings-organization = Зареєстровано в: { $name }
holdings-not-enrolled = Не зареєстровано в жодній організації.
holdings-questionnaires = { $count ->
    [one] { $count } опитувальник
    [few] { $count } опитувальники
    [many] { $count } опитувальників
   *[other] { $count } опитувальника
}
holdings-drafts = { $count ->
    [0] Немає незавершених анкет
    [one] { $count } незавершена анкета (зашифрована на цьому пристрої)
    [few] { $count } незавершені анкети (зашифровані на цьому пристрої)
    [many] { $count } незавершених анкет (зашифровані на цьому пристрої)
   *[other] { $count } незавершеної анкети (зашифровані на цьому пристрої)
}
holdings-queued = { $count ->
    [0] Немає запечатаних анкет, що чекають на надсилання
    [one] { $count } запечатана анкета чекає на надсилання (цей пристрій не може її прочитати)
    [few] { $count } запечатані анкети чекають на надсилання (цей пристрій не може їх прочитати)
    [many] { $count } запечатаних анкет чекають на надсилання (цей пристрій не може їх прочитати)
   *[other] { $count } запечатаної анкети чекає на надсилання (цей пристрій не може її прочитати)
}
holdings-rejected = { $count ->
    [one] { $count } анкету відхилив сервер
    [few] { $count } анкети відхилив сервер
    [many] { $count } анкет відхилив сервер
   *[other] { $count } анкети відхилив сервер
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = Швидкий вихід
web-loading = Завантаження…
web-cannot-open = Не вдалося відкрити це опитування.
web-ask-again = Попросіть нове посилання в організації, яка поділилася цим посиланням.
web-bad-link = Це посилання неповне.
web-cannot-keep = Не вдалося зберегти ваші відповіді на цьому пристрої. Нічого не надіслано.

# Public survey links: the poster, and the page's states.
poster-invite = Скануйте камерою телефона, щоб відповісти на «{ $title }». Це анонімно: без імені, без облікового запису, без номера телефону.
web-closed = Це опитування закрите: через це посилання більше не можна надіслати відповіді. Дякуємо.
web-closed-unsent = Це опитування закрилося, перш ніж ваші відповіді вдалося надіслати. Їх видалено з цього телефона.
web-not-authentic = Це опитування не вдалося перевірити: можливо, воно не від організації з плаката. Не відповідайте на нього.
web-queued = Ваші відповіді запечатані на цьому телефоні. Їх буде надіслано, щойно ви знову будете в мережі.
web-sent = Ваші відповіді надіслано. Дякуємо.
web-stays = На цьому телефоні до надсилання лишаються тільки запечатані відповіді; незавершене опитування зберігається зашифрованим щонайбільше 3 дні. «Швидкий вихід» видаляє його.
