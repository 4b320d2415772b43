# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = Mai sunteți aici?
idle-explain = Dacă nu răspundeți, ecranul revine la început și șterge tot, ca să vă protejeze datele.
idle-yes = Da, sunt aici
idle-seconds = secunde

## Display choices, from the bar

display-title = Afișare și sunet
display-large-text = Text mai mare
display-contrast = Contrast mărit
display-volume = Volum
display-quieter = Mai încet
display-louder = Mai tare
display-done = Gata
