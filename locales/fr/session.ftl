# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = Êtes-vous toujours là ?
idle-explain = Sans réponse, l'écran revient à l'accueil et efface tout, pour protéger vos informations.
idle-yes = Oui, je suis là
idle-seconds = secondes

## Display choices, from the bar

display-title = Affichage et son
display-large-text = Texte plus grand
display-contrast = Contraste renforcé
display-volume = Volume
display-quieter = Moins fort
display-louder = Plus fort
display-done = Terminé
