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

## Questionnaires and listening
questionnaires-title = Опитувальники
audio-listen = Слухати
submitted-sealed = Ваші відповіді запечатані. Прочитати їх може лише організація.
