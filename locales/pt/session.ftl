# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = Ainda está aí?
idle-explain = Se não responder, tudo volta ao início e é apagado, para proteger as suas informações.
idle-yes = Sim, estou aqui
idle-seconds = segundos

## Display choices, from the bar

display-title = Imagem e som
display-large-text = Texto maior
display-contrast = Mais contraste
display-volume = Volume
display-quieter = Mais baixo
display-louder = Mais alto
display-done = Concluído
