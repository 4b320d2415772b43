# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = தமிழ்

## The bar on every screen

bar-back = பின்செல்ல
bar-read-aloud = திரையை உரக்க வாசிக்க
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = தமிழுக்கு, இப்போதே பொத்தானை மீண்டும் அழுத்துங்கள்.
bar-home = முகப்பு
bar-language = மொழி
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = உடனே வெளியேற

## Welcome screen (shown in every language in turn)

welcome-greeting = வணக்கம்
welcome-tagline = உங்கள் மருத்துவ உரிமைகள், உங்கள் மொழியில் விளக்கம்
welcome-touch = தொடங்கத் திரையைத் தொடுங்கள்

## Language picker

languages-title = உங்கள் மொழியைத் தேர்ந்தெடுங்கள்

## Home screen

home-title = நாங்கள் உங்களுக்கு எப்படி உதவலாம்?
home-intro = இது இலவசம், அநாமதேயம். உங்கள் பெயரை நாங்கள் கேட்பதில்லை.
tile-danger = ஆபத்தில் உள்ளவர் அல்லது வன்முறைக்கு ஆளானவர்
tile-danger-hint = இலவச அவசர எண்கள், இரவும் பகலும்

## Emergency numbers

emergency-title = அவசர எண்கள்
emergency-intro = இலவச அழைப்புகள், வீட்டுத் தொலைபேசி அல்லது கைபேசியிலிருந்து.
emergency-15-name = SAMU: மருத்துவ அவசரம்
emergency-15-what = மயக்கம் அல்லது திடீரென்று மிகவும் உடல்நலக் குறைவு, கடுமையான காயம், மூச்சு விடுவதில் சிரமம்.
emergency-17-name = காவல்துறை (Police)
emergency-17-what = நீங்கள் ஆபத்தில் இருக்கிறீர்கள். யாரோ உங்களைத் தாக்குகிறார்கள் அல்லது அடிக்கிறார்கள்.
emergency-18-name = தீயணைப்புப் படை (Pompiers)
emergency-18-what = தீ, விபத்து.
emergency-112-name = ஐரோப்பிய அவசர எண்
emergency-112-what = எந்த அவசரத்துக்கும். ஐரோப்பிய ஒன்றியத்தின் எல்லா நாடுகளிலும் செயல்படும்.
emergency-114-name = SMS மூலம் அவசர உதவி
emergency-114-what = உங்களால் பேசவோ கேட்கவோ முடியாவிட்டால்: SMS அனுப்புங்கள்.
emergency-115-name = Samu social: அவசரத் தங்குமிடம்
emergency-115-what = உங்களுக்குத் தூங்க இடம் இல்லை. மாவட்டத்தைப் (département) பொறுத்து, மொழிபெயர்ப்பாளர் கிடைக்கலாம்.
emergency-119-name = ஆபத்தில் உள்ள குழந்தைகள்
emergency-119-what = ஒரு குழந்தை ஆபத்தில் உள்ளது.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = பெண்களுக்கு எதிரான வன்முறை: உங்கள் பேச்சைக் கேட்டு ஆலோசனை சொல்வார்கள். அநாமதேயம். அரபு, டாரி, பாரசீகம், துருக்கி மற்றும் பிற மொழிகளிலும் பேசலாம், ஆனால் எப்போதும் 24 மணி நேரமும் அல்ல. ஆபத்தில் இருந்தால்: 17 அல்லது 112 என்ற எண்ணை அழையுங்கள்.
emergency-free = இலவசம்
emergency-hours-always = 24 மணி நேரம், 7 நாளும்
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = நேரங்கள் உறுதிப்படுத்தப்பட வேண்டும்
emergency-by-sms = SMS மூலம்
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = ஆதாரங்கள்: { $sources }. { $verified } அன்று சரிபார்க்கப்பட்டது.
