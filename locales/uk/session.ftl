# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = Ви ще тут?
idle-explain = Якщо ви не відповісте, екран повернеться на початок і все видалить, щоб захистити ваші дані.
idle-yes = Так, я тут
idle-seconds = сек.

## Display choices, from the bar

display-title = Екран і звук
display-large-text = Більший текст
display-contrast = Підвищений контраст
display-volume = Гучність
display-quieter = Тихіше
display-louder = Гучніше
display-done = Готово
