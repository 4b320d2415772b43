# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = Українська

## The bar on every screen

bar-back = Назад
bar-read-aloud = Прочитати екран уголос
speak-choose-language = Для української мови натисніть кнопку ще раз, зараз.
bar-home = Головна
bar-language = Мова
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Швидкий вихід

## Welcome screen (shown in every language in turn)

welcome-greeting = Добрий день
welcome-tagline = Ваші права на медичну допомогу, пояснені вашою мовою
welcome-touch = Торкніться екрана, щоб почати

## Language picker

languages-title = Оберіть мову

## Home screen

home-title = Як ми можемо вам допомогти?
home-intro = Це безкоштовно й анонімно. Ми не питаємо вашого імені.
tile-danger = Ви в небезпеці або постраждали від насильства
tile-danger-hint = Безкоштовні екстрені номери, вдень і вночі

## Emergency numbers

emergency-title = Екстрені номери
emergency-intro = Дзвінки безкоштовні, зі стаціонарного або мобільного телефона.
emergency-15-name = SAMU: швидка допомога
emergency-15-what = Сильне нездужання, тяжка травма, важко дихати.
emergency-17-name = Поліція
emergency-17-what = Ви в небезпеці. Хтось нападає на вас або б'є вас.
emergency-18-name = Пожежники
emergency-18-what = Пожежа, аварія, нещасний випадок.
emergency-112-name = Європейський екстрений номер
emergency-112-what = Будь-яка екстрена ситуація. Працює в усіх країнах Європейського Союзу.
emergency-114-name = Екстрена допомога через SMS
emergency-114-what = Ви не можете говорити або чути: надішліть SMS.
emergency-115-name = Samu social: терміновий нічліг
emergency-115-what = Вам ніде спати. Можлива допомога перекладача, залежно від департаменту.
emergency-119-name = Діти в небезпеці
emergency-119-what = Дитина в небезпеці.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Насильство щодо жінок: вислухають і порадять. Анонімно. Також арабською, дарі, перською, турецькою та іншими мовами, не завжди цілодобово. Якщо ви в небезпеці, дзвоніть 17 або 112.
emergency-free = Безкоштовно
emergency-hours-always = Цілодобово, без вихідних
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Години роботи потрібно уточнити
emergency-by-sms = Через SMS
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Джерела: { $sources }. Перевірено { $verified }.
