# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = ¿Sigue ahí?
idle-explain = Si no responde, la pantalla vuelve al inicio y borra todo, para proteger su información.
idle-yes = Sí, estoy aquí
idle-seconds = segundos

## Display choices, from the bar

display-title = Pantalla y sonido
display-large-text = Texto más grande
display-contrast = Más contraste
display-volume = Volumen
display-quieter = Más bajo
display-louder = Más alto
display-done = Listo
