# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = ገና ኣብዚ ኣለኹም ዶ?
idle-explain = መልሲ እንተ ዘይሂብኩም፣ እቲ ስክሪን ናብ መጀመርታ ይምለስ፣ ኩሉ ድማ ይድምሰስ። እዚ ሓበሬታኹም ንምሕላው እዩ።
idle-yes = እወ፣ ኣብዚ ኣለኹ
idle-seconds = ካልኢት

## Display choices, from the bar

display-title = ምርኣይን ድምጽን
display-large-text = ዝዓበየ ጽሑፍ
display-contrast = ዝበርኸ ፍልልይ ሕብሪ
display-volume = ዓቐን ድምጺ
display-quieter = ድምጺ ምንካይ
display-louder = ድምጺ ምውሳኽ
display-done = ሕራይ
