# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Найти помощь рядом
tile-nearby-hint = Где вам помогут, часы работы, телефон
nearby-title = Найти помощь рядом
nearby-all = Все
# Shown when the kiosk has no local list of places.
nearby-none = В этом терминале пока нет списка мест помощи поблизости.
nearby-ask = Спросите у администратора: «Где здесь рядом помогают с правами на медицинскую помощь?»
nearby-no-match = В списке этого терминала нет мест такого типа.
nearby-national = Общенациональные телефоны и сайты
# $source: the open-data source; $date: its date.
nearby-attribution = Данные: { $source } { $date }
nearby-from-result = Кто может помочь вам рядом

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } км · { $minutes } мин пешком
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } км
# $time: closing time, such as 17:00.
place-open-until = Сейчас открыто, до { $time }
place-open = Сейчас открыто
# $day: a day name; $time: opening time.
place-opens = Закрыто. Откроется: { $day }, в { $time }
place-closed = Закрыто
place-hours-unknown = Часы работы неизвестны: позвоните, прежде чем идти.
place-address = Адрес
place-hours = Часы работы
place-phone = Телефон
place-appointment-yes = По записи
place-appointment-no = Без записи
place-free = Бесплатно
place-paid = Платно
place-for-exiled = Принимают беженцев и мигрантов
place-for-women = Принимают женщин
place-remote-too = Также дистанционно (по телефону или через интернет)
place-remote-only = Только дистанционно: лично не принимают
place-qr = Отсканируйте, чтобы получить адрес и телефон на свой телефон.
place-closed-day = закрыто
place-today = сегодня
place-tomorrow = завтра

## Days

day-mo = понедельник
day-tu = вторник
day-we = среда
day-th = четверг
day-fr = пятница
day-sa = суббота
day-su = воскресенье

## Kinds of place

kind-france-services = France Services (помощь с документами)
kind-pimms = PIMMS (помощь с документами)
kind-ccas = CCAS (социальная служба мэрии)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = Социальные службы департамента
kind-pass = PASS в больнице
kind-pmi = PMI (матери и дети)
kind-cegidd = CeGIDD (тестирование)
kind-planning = Планирование семьи
kind-association = Ассоциация
kind-mairie = Мэрия

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Ваши права на sécurité sociale, CSS, возмещение расходов.
national-3646-hours = Часто с понедельника по пятницу, 8:30–17:00, в зависимости от департамента.
national-3939-name = Allô Service Public
national-3939-what = Права иностранцев, работа, жильё, семья, правосудие. Не по вопросам медицинского страхования, и без доступа к вашему делу.
national-3939-hours = Понедельник и четверг 8:30–18:15. Вторник и среда 8:30–13:00. Пятница 13:00–17:00.
national-0800-name = Сексуальность, контрацепция, аборт (IVG)
national-0800-what = Бесплатно и анонимно.
national-0800-hours = С понедельника по субботу, 9:00–20:00.
national-116117-name = Дежурный врач
national-116117-what = Чтобы попасть к врачу вечером, ночью или в выходные, когда кабинеты врачей закрыты.
