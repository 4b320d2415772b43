# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = Русский

## The bar on every screen

bar-back = Назад
bar-read-aloud = Прочитать экран вслух
speak-choose-language = Для русского языка нажмите кнопку ещё раз, сейчас.
bar-home = Главная
bar-language = Язык
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Быстрый выход

## Welcome screen (shown in every language in turn)

welcome-greeting = Здравствуйте
welcome-tagline = Ваши права на медицинскую помощь, объяснённые на вашем языке
welcome-touch = Коснитесь экрана, чтобы начать

## Language picker

languages-title = Выберите язык

## Home screen

home-title = Чем мы можем вам помочь?
home-intro = Это бесплатно и анонимно. Мы не спрашиваем ваше имя.
tile-danger = Вы в опасности или пострадали от насилия
tile-danger-hint = Бесплатные экстренные номера, днём и ночью

## Emergency numbers

emergency-title = Экстренные номера
emergency-intro = Звонки бесплатные, со стационарного или мобильного телефона.
emergency-15-name = SAMU: скорая помощь
emergency-15-what = Сильное недомогание, тяжёлая травма, трудно дышать.
emergency-17-name = Полиция
emergency-17-what = Вы в опасности. Кто-то нападает на вас или бьёт вас.
emergency-18-name = Пожарные
emergency-18-what = Пожар, авария, несчастный случай.
emergency-112-name = Европейский экстренный номер
emergency-112-what = Любая экстренная ситуация. Работает во всех странах Европейского союза.
emergency-114-name = Экстренная помощь по SMS
emergency-114-what = Вы не можете говорить или слышать: отправьте SMS.
emergency-115-name = Samu social: срочный ночлег
emergency-115-what = Вам негде спать. Возможна помощь переводчика, в зависимости от департамента.
emergency-119-name = Дети в опасности
emergency-119-what = Ребёнок в опасности.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Насилие в отношении женщин: выслушают и дадут совет. Анонимно. Также на арабском, дари, персидском, турецком и других языках, не всегда круглосуточно. Если вы в опасности, звоните 17 или 112.
emergency-free = Бесплатно
emergency-hours-always = Круглосуточно, без выходных
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Часы работы нужно уточнить
emergency-by-sms = По SMS
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Источники: { $sources }. Проверено { $verified }.
