# Опитування після контакту з поліцією — українська (uk).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Чернетка перекладу, зроблена з допомогою машинного перекладу: перед використанням має бути перевірена носіями мови (бажано громадськими перекладачами).
# Повідомлення пунктів: назва — це значення; `.hint` показується під нею;
# `.constraint` показується, коли відповідь не відповідає обмеженню.

questionnaire-title = Після контакту з поліцією

consent = Це коротке опитування про ваш нещодавній контакт із поліцією. Воно анонімне: ми ніколи не питаємо вашого імені, номера телефону чи адреси, а ваші відповіді захищаються на цьому пристрої так, що прочитати їх може лише { -org }. Ви можете пропустити будь-яке запитання або зупинитися будь-коли. Якщо ви не погоджуєтеся, нічого не буде збережено.
    .hint = Це займе приблизно 5 хвилин.

-org = організація, яка проводить це опитування

page_contact = Про контакт
contact_kind = Який це був контакт із поліцією?
choice-contact_kind-stopped_public = Мене зупинили на вулиці або в іншому громадському місці
choice-contact_kind-stopped_vehicle = Мене зупинили в автомобілі або іншому транспортному засобі
choice-contact_kind-stopped_transport = Мене зупинили в громадському транспорті, на вокзалі чи станції
choice-contact_kind-id_check = Поліція перевірила мою особу або документи
choice-contact_kind-at_home = Поліція прийшла до мене додому
choice-contact_kind-reported_crime = Я звернувся (звернулася) до поліції, щоб повідомити про злочин або попросити допомоги
choice-contact_kind-victim_witness = Я — жертва або свідок злочину
choice-contact_kind-other = Щось інше
contact_when = Коли це сталося?
choice-contact_when-today = Сьогодні
choice-contact_when-this_week = За останні 7 днів
choice-contact_when-this_month = За останній місяць
choice-contact_when-earlier = Понад місяць тому
officers_count = Скільки там було поліцейських?
    .hint = Можна вказати приблизно.

page_reason = Причина контакту
reason_explained = Чи сказав вам поліцейський, чому вас зупинили або чому до вас прийшли?
choice-explained-yes = Так, зрозуміло
choice-explained-partly = Частково
choice-explained-no = Ні
choice-explained-dont_know = Не знаю
reason_understood = Наскільки добре ви зрозуміли причину?
choice-understood-1 = Зовсім ні
choice-understood-2 = Трохи
choice-understood-3 = Здебільшого
choice-understood-4 = Повністю

page_language = Мова
language_needed = Чи потрібна була вам допомога з мовою, щоб розуміти поліцейського?
interpreter_offered = Чи запропонували вам перекладача або допомогу вашою мовою?
choice-language_help-interpreter_in_person = Так, з перекладачем на місці
choice-language_help-interpreter_phone = Так, з перекладачем по телефону або відеозв’язку
choice-language_help-officer_spoke_my_language = Поліцейський говорив моєю мовою
choice-language_help-written_translation = Так, письмовий переклад
choice-language_help-not_offered = Ні, нічого не запропонували
choice-language_help-dont_know = Не знаю
understood_officer = Наскільки добре ви розуміли те, що вам казав поліцейський?

page_search = Обшук або огляд
searched = Чи обшукувала або оглядала поліція вас, вашу сумку чи ваш транспортний засіб?
search_consent = Що сказав поліцейський перед обшуком або оглядом?
choice-search_consent-asked_permission = Попросили мого дозволу
choice-search_consent-said_required = Сказали, що я мушу на це погодитися
choice-search_consent-no_explanation = Нічого про це не сказали
choice-search_consent-dont_know = Не знаю
search_reason_given = Чи сказав вам поліцейський, чому вас обшукали або оглянули?

page_treatment = Як із вами поводилися
    .hint = Наскільки ви згодні з кожним твердженням?
pj_voice = Поліцейський дав мені можливість пояснити свою версію подій.
pj_neutrality = Поліцейський ухвалював рішення на основі фактів, а не того, хто я.
pj_respect = Поліцейський ставився до мене з повагою.
pj_motives = Поліцейський намагався вчинити правильно.
choice-agree5-1 = Зовсім не погоджуюся
choice-agree5-2 = Не погоджуюся
choice-agree5-3 = Ні погоджуюся, ні не погоджуюся
choice-agree5-4 = Погоджуюся
choice-agree5-5 = Повністю погоджуюся
pj_index = Показник процедурної справедливості (середнє значення чотирьох тверджень)

page_outcome = Чим усе закінчилося
outcome = Чим це закінчилося? Виберіть усі варіанти, що підходять.
    .constraint = «Нічого не сталося» не можна вибрати разом з іншим варіантом.
choice-outcome-no_action = Нічого не сталося, мене відпустили
choice-outcome-warning = Мені винесли попередження
choice-outcome-documents_checked = У мене перевірили документи
choice-outcome-fine = Мені виписали штраф
choice-outcome-taken_to_station = Мене відвезли до відділку поліції
choice-outcome-arrested = Мене затримали (заарештували)
choice-outcome-property_taken = У мене щось забрали
choice-outcome-other = Щось інше
choice-outcome-dont_know = Не знаю
force_used = Чи застосовував поліцейський силу або погрожував її застосувати?
felt_discriminated = Як ви вважаєте, чи з вами так поводилися через ваше походження, релігію, мову або зовнішність?
choice-yes_no_unsure-yes = Так
choice-yes_no_unsure-no = Ні
choice-yes_no_unsure-unsure = Не знаю напевно

page_trust = Поліція там, де ви живете
    .hint = Думайте про поліцію загалом, а не лише про цей контакт.
trust_respect = Як часто тутешня поліція ставиться з повагою до таких людей, як ви?
trust_fair = Як часто тутешня поліція ухвалює справедливі рішення, нікому не надаючи переваги?
trust_explain = Як часто тутешня поліція пояснює свої рішення, коли люди про це просять?
choice-how_often4-1 = Ніколи або майже ніколи
choice-how_often4-2 = Іноді
choice-how_often4-3 = Часто
choice-how_often4-4 = Завжди або майже завжди
contact_again = Якби вам знадобилася допомога або ви стали жертвою злочину, чи звернулися б ви до поліції?
choice-contact_again-definitely = Так, точно
choice-contact_again-probably = Мабуть, так
choice-contact_again-probably_not = Мабуть, ні
choice-contact_again-definitely_not = Точно ні
choice-contact_again-dont_know = Не знаю
knows_complaint = Чи знаєте ви, як подати скаргу на поліцію?

page_prepost = Зустрічі громади
attended_meeting = Чи були ви за останні 12 місяців на зустрічі громади, у якій брала участь поліція?
attended_kyr = Чи були ви колись на інформаційній зустрічі про ваші права у стосунках із поліцією?
kyr_when = Коли була остання така зустріч?
choice-kyr_when-within_month = За останній місяць
choice-kyr_when-one_to_six_months = Від одного до шести місяців тому
choice-kyr_when-over_six_months = Понад шість місяців тому

page_about = Про вас
    .hint = Ці відповіді використовуються лише для загальної статистики по групі.
age_group = Скільки вам років?
choice-age_group-18_24 = Від 18 до 24 років
choice-age_group-25_34 = Від 25 до 34 років
choice-age_group-35_49 = Від 35 до 49 років
choice-age_group-50_64 = Від 50 до 64 років
choice-age_group-65_plus = 65 років і більше
time_in_country = Скільки часу ви живете в цій країні?
choice-time_in_country-under_1 = Менше ніж 1 рік
choice-time_in_country-1_3 = Від 1 до 3 років
choice-time_in_country-3_10 = Від 3 до 10 років
choice-time_in_country-over_10 = Понад 10 років

anything_else = Чи хочете ви ще щось розповісти нам про цей контакт?
    .hint = Будь ласка, не пишіть імен, номерів телефонів, адрес чи будь-чого іншого, за чим можна впізнати вас або когось іншого.

thanks = Дякуємо. Коли ви натиснете «Надіслати», ваші відповіді буде захищено так, що прочитати їх зможе лише { -org }, і їх буде надіслано, щойно з’явиться зв’язок.
