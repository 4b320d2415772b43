# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = அருகில் உதவி தேட
tile-nearby-hint = உதவும் இடங்கள், நேரங்கள், தொலைபேசி
nearby-title = அருகில் உதவி தேட
nearby-all = அனைத்தும்
# Shown when the kiosk has no local list of places.
nearby-none = அருகிலுள்ள உதவி இடங்களின் பட்டியல் இந்தத் திரையில் இன்னும் இல்லை.
nearby-ask = வரவேற்பு மேசையில் கேளுங்கள்: « என் மருத்துவ உரிமைகளுக்கு இங்கே அருகில் எங்கே உதவி கிடைக்கும்? »
nearby-no-match = இந்தத் திரையின் பட்டியலில் இந்த வகை இடம் எதுவும் இல்லை.
nearby-national = தேசிய எண்களும் இணையதளங்களும்
# $source: the open-data source; $date: its date.
nearby-attribution = தரவு: { $source } { $date }
nearby-from-result = அருகில் உங்களுக்கு யார் உதவலாம்

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } கி.மீ · நடந்தால் { $minutes } நிமிடம்
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } கி.மீ
# $time: closing time, such as 17:00.
place-open-until = இப்போது திறந்துள்ளது, { $time } வரை
place-open = இப்போது திறந்துள்ளது
# $day: a day name; $time: opening time.
place-opens = மூடியுள்ளது. { $day } { $time } மணிக்குத் திறக்கும்
place-closed = மூடியுள்ளது
place-hours-unknown = நேரங்கள் தெரியாது: போவதற்கு முன் தொலைபேசியில் அழையுங்கள்.
place-address = முகவரி
place-hours = திறந்திருக்கும் நேரம்
place-phone = தொலைபேசி
place-appointment-yes = முன்பதிவு தேவை
place-appointment-no = முன்பதிவு தேவையில்லை
place-free = இலவசம்
place-paid = கட்டணம் உண்டு
place-for-exiled = புலம்பெயர்ந்தோரை வரவேற்கிறது
place-for-women = பெண்களை வரவேற்கிறது
place-remote-too = தொலைபேசி அல்லது இணையம் வழியாகவும்
place-remote-only = தொலைபேசி அல்லது இணையம் வழியாக மட்டும்: நேரில் செல்ல முடியாது
place-qr = முகவரியையும் தொலைபேசி எண்ணையும் உங்கள் தொலைபேசியில் பெற ஸ்கேன் செய்யுங்கள்.
place-closed-day = மூடியிருக்கும்
place-today = இன்று
place-tomorrow = நாளை

## Days

day-mo = திங்கள்
day-tu = செவ்வாய்
day-we = புதன்
day-th = வியாழன்
day-fr = வெள்ளி
day-sa = சனி
day-su = ஞாயிறு

## Kinds of place

kind-france-services = France Services (ஆவண வேலைக்கு உதவி)
kind-pimms = PIMMS (ஆவண வேலைக்கு உதவி)
kind-ccas = CCAS (நகராட்சியின் சமூக சேவை)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = மாவட்ட (département) சமூக சேவைகள்
kind-pass = மருத்துவமனை PASS
kind-pmi = PMI (தாய்மார், குழந்தைகள்)
kind-cegidd = CeGIDD (பரிசோதனை)
kind-planning = குடும்பத் திட்டமிடல்
kind-association = தொண்டு அமைப்பு (association)
kind-mairie = நகராட்சி அலுவலகம் (Mairie)

## National lines

national-3646-name = Assurance Maladie
national-3646-what = உங்கள் sécurité sociale உரிமைகள், CSS, திருப்பிச் செலுத்தப்படும் பணம்.
national-3646-hours = பெரும்பாலும் திங்கள் முதல் வெள்ளி வரை, 8:30 - 17:00, மாவட்டத்தைப் (département) பொறுத்து.
national-3939-name = Allô Service Public
national-3939-what = வெளிநாட்டவர் உரிமைகள், வேலை, வீடு, குடும்பம், நீதி. மருத்துவக் காப்பீட்டுக்கு அல்ல. உங்கள் கோப்பை அவர்களால் பார்க்க முடியாது.
national-3939-hours = திங்கள், வியாழன் 8:30 - 18:15. செவ்வாய், புதன் 8:30 - 13:00. வெள்ளி 13:00 - 17:00.
national-0800-name = பாலியல், கருத்தடை, கருக்கலைப்பு (IVG)
national-0800-what = இலவசம், அநாமதேயம்.
national-0800-hours = திங்கள் முதல் சனி வரை, 9:00 - 20:00.
national-116117-name = இரவு, வார இறுதி நேர மருத்துவர் (Médecin de garde)
national-116117-what = மருத்துவர்களின் கிளினிக்குகள் மூடியிருக்கும்போது, மாலையில், இரவில் அல்லது வார இறுதியில் மருத்துவரைப் பார்க்க.
