# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = هل ما زلت هنا؟
idle-explain = إذا لم تُجب، تعود الشاشة إلى البداية وتمسح كل شيء، لحماية معلوماتك.
idle-yes = نعم، أنا هنا
idle-seconds = ثانية

## Display choices, from the bar

display-title = العرض والصوت
display-large-text = نص أكبر
display-contrast = تباين أقوى
display-volume = مستوى الصوت
display-quieter = أخفض
display-louder = أعلى
display-done = تم
