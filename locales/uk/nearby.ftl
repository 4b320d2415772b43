# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Знайти допомогу поруч
tile-nearby-hint = Де вам допоможуть, години роботи, телефон
nearby-title = Знайти допомогу поруч
nearby-all = Усі
# Shown when the kiosk has no local list of places.
nearby-none = У цьому терміналі ще немає списку місць допомоги поблизу.
nearby-ask = Запитайте в адміністратора: «Де тут поблизу допомагають із правами на медичну допомогу?»
nearby-no-match = У списку цього термінала немає місць такого типу.
nearby-national = Загальнонаціональні телефони й сайти
# $source: the open-data source; $date: its date.
nearby-attribution = Дані: { $source } { $date }
nearby-from-result = Хто може допомогти вам поблизу

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } км · { $minutes } хв пішки
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } км
# $time: closing time, such as 17:00.
place-open-until = Зараз відчинено, до { $time }
place-open = Зараз відчинено
# $day: a day name; $time: opening time.
place-opens = Зачинено. Відчиниться: { $day }, о { $time }
place-closed = Зачинено
place-hours-unknown = Години роботи невідомі: зателефонуйте, перш ніж іти.
place-address = Адреса
place-hours = Години роботи
place-phone = Телефон
place-appointment-yes = За записом
place-appointment-no = Без запису
place-free = Безкоштовно
place-paid = Платно
place-for-exiled = Приймають біженців і мігрантів
place-for-women = Приймають жінок
place-remote-too = Також дистанційно (телефоном або через інтернет)
place-remote-only = Лише дистанційно: особисто не приймають
place-qr = Відскануйте, щоб отримати адресу й телефон на свій телефон.
place-closed-day = зачинено
place-today = сьогодні
place-tomorrow = завтра

## Days

day-mo = понеділок
day-tu = вівторок
day-we = середа
day-th = четвер
day-fr = п'ятниця
day-sa = субота
day-su = неділя

## Kinds of place

kind-france-services = France Services (допомога з документами)
kind-pimms = PIMMS (допомога з документами)
kind-ccas = CCAS (соціальна служба мерії)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = Соціальні служби департаменту
kind-pass = PASS у лікарні
kind-pmi = PMI (матері й діти)
kind-cegidd = CeGIDD (тестування)
kind-planning = Планування сім'ї
kind-association = Асоціація
kind-mairie = Мерія

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Ваші права на sécurité sociale, CSS, відшкодування витрат.
national-3646-hours = Часто з понеділка по п'ятницю, 8:30–17:00, залежно від департаменту.
national-3939-name = Allô Service Public
national-3939-what = Права іноземців, робота, житло, родина, правосуддя. Не з питань медичного страхування, і без доступу до вашої справи.
national-3939-hours = Понеділок і четвер 8:30–18:15. Вівторок і середа 8:30–13:00. П'ятниця 13:00–17:00.
national-0800-name = Сексуальність, контрацепція, аборт (IVG)
national-0800-what = Безкоштовно й анонімно.
national-0800-hours = З понеділка по суботу, 9:00–20:00.
national-116117-name = Черговий лікар
national-116117-what = Щоб потрапити до лікаря ввечері, вночі або у вихідні, коли кабінети лікарів зачинені.
