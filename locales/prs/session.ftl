# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = آیا هنوز اینجا هستید؟
idle-explain = اگر جواب ندهید، صفحه به شروع برمی‌گردد و همه چیز پاک می‌شود، تا معلومات شما محفوظ بماند.
idle-yes = بلی، اینجا هستم
idle-seconds = ثانیه

## Display choices, from the bar

display-title = نمایش و صدا
display-large-text = متن بزرگتر
display-contrast = کنتراست بیشتر
display-volume = بلندی صدا
display-quieter = آهسته‌تر
display-louder = بلندتر
display-done = تمام شد
