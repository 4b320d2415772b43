# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = Hâlâ burada mısınız?
idle-explain = Yanıt vermezseniz, bilgilerinizi korumak için ekran başa döner ve her şeyi siler.
idle-yes = Evet, buradayım
idle-seconds = saniye

## Display choices, from the bar

display-title = Görüntü ve ses
display-large-text = Daha büyük yazı
display-contrast = Daha güçlü kontrast
display-volume = Ses düzeyi
display-quieter = Sesi azalt
display-louder = Sesi artır
display-done = Tamam
