# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = ایا تاسو لا هم دلته یاست؟
idle-explain = که ځواب ورنه کړئ، سکرین بېرته پیل ته ګرځي او هر څه پاکوي، ترڅو ستاسو معلومات خوندي پاتې شي.
idle-yes = هو، زه دلته یم
idle-seconds = ثانیې

## Display choices, from the bar

display-title = ښکارونه او غږ
display-large-text = لوی متن
display-contrast = د رنګونو ډېر توپیر
display-volume = د غږ کچه
display-quieter = ورو
display-louder = لوړ
display-done = سمه ده
