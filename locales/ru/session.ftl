# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = Вы ещё здесь?
idle-explain = Если вы не ответите, экран вернётся в начало и всё удалит, чтобы защитить ваши данные.
idle-yes = Да, я здесь
idle-seconds = сек.

## Display choices, from the bar

display-title = Экран и звук
display-large-text = Крупный текст
display-contrast = Повышенный контраст
display-volume = Громкость
display-quieter = Тише
display-louder = Громче
display-done = Готово
