# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = நீங்கள் இன்னும் இங்கே இருக்கிறீர்களா?
idle-explain = பதில் இல்லையென்றால், உங்கள் தகவலைப் பாதுகாக்க, திரை முகப்புக்குத் திரும்பி எல்லாவற்றையும் அழித்துவிடும்.
idle-yes = ஆம், இருக்கிறேன்
idle-seconds = வினாடிகள்

## Display choices, from the bar

display-title = திரையும் ஒலியும்
display-large-text = பெரிய எழுத்து
display-contrast = அதிக மாறுபாடு
display-volume = ஒலி அளவு
display-quieter = ஒலி குறைவு
display-louder = ஒலி அதிகம்
display-done = முடிந்தது
