# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = எனக்கு மருத்துவக் காப்பீடு உண்டா? நாங்கள் வழிகாட்டுகிறோம்
tile-guide-hint = சில கேள்விகள், உங்களுக்கு ஒரு பதில்
tile-guides = மருத்துவக் காப்பீடு: விளக்கம்
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, அவசர சிகிச்சை

## Questions (one per screen)

guide-progress = கேள்வி { $step } / அதிகபட்சம் { $total }
question-has-puma = உங்களிடம் ஏற்கனவே sécurité sociale (அடிப்படை மருத்துவக் காப்பீடு) உள்ளதா?
question-has-puma-hint = உதாரணமாக carte Vitale அட்டை அல்லது உரிமைச் சான்றிதழ் (attestation de droits). AME என்பது sécurité sociale அல்ல.
question-status = பிரான்சில் உங்கள் நிலை என்ன?
question-works = நீங்கள் பிரான்சில் வேலை செய்கிறீர்களா?
question-works-hint = வேலை ஒப்பந்தம் அல்லது சம்பளச் சீட்டுகளுடன் (fiches de paie).
question-months = இடைவெளி இல்லாமல், எவ்வளவு காலமாகப் பிரான்சில் வசிக்கிறீர்கள்?
question-minor = சிகிச்சை தேவைப்படும் நபர் 18 வயதுக்குக் குறைந்தவரா?
question-urgent = உங்களுக்கு இப்போதே சிகிச்சை தேவையா?
question-pregnant = நீங்கள் கர்ப்பமாக இருக்கிறீர்களா?
question-rsa = உங்களுக்கு RSA (அரசு வருமான உதவி) கிடைக்கிறதா?
question-household = உங்கள் குடும்பத்தில் (foyer) எத்தனை பேர் வசிக்கிறார்கள்?
question-household-hint = நீங்கள், உங்கள் வாழ்க்கைத் துணை, உங்கள் பொறுப்பில் உள்ள 25 வயதுக்குட்பட்ட பிள்ளைகள்.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = 12 மாதங்களில் உங்கள் குடும்ப வருமானம் { $amount } €-க்குக் குறைவாக உள்ளதா?
question-income-participation = உங்கள் குடும்ப வருமானம் { $amount } €-க்குக் குறைவாக உள்ளதா?
question-income-hint = { $household ->
        [one] { $household } நபர்
       *[other] { $household } பேர்
    } உள்ள குடும்பத்துக்கு. விண்ணப்பத்துக்கு 2 மாதங்களுக்கு முன் முடியும் 12 மாதங்கள். சம்பளம், உதவித்தொகைகள், ஓய்வூதியம்: குடும்பம் பெற்ற எல்லாப் பணமும்.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = வாழ்வதற்குப் போதுமான பணமும் மருத்துவக் காப்பீடும் உங்களிடம் உள்ளதா?
question-eu-resources-hint = உதாரணமாக ஓய்வூதியம் அல்லது வழக்கமான வருமானம், மற்றும் உங்கள் நாட்டின் ஐரோப்பிய மருத்துவக் காப்பீட்டு அட்டை அல்லது தனியார் காப்பீடு.
question-irregular-months = செல்லுபடியாகும் வதிவிட அனுமதி (titre de séjour) அல்லது விசா இல்லாமல் எவ்வளவு காலமாக இருக்கிறீர்கள்?
question-irregular-months-hint = உங்கள் விசா அல்லது வதிவிட அனுமதி முடிந்த நாளிலிருந்து, அல்லது வதிவிட ஆவணங்கள் இல்லாமல் பிரான்சுக்கு வந்த நாளிலிருந்து.
question-employee = நீங்கள் ஒரு தனியார் நிறுவனத்தில் சம்பள ஊழியரா?

## Answers

answer-yes = ஆம்
answer-no = இல்லை
answer-unknown = எனக்குத் தெரியாது
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } நபர்
       *[other] { $value } பேர்
    }
answer-months-less = 3 மாதங்கள் அல்லது குறைவு
answer-months-more = 3 மாதங்களுக்கு மேல்
answer-irregular-0 = 1 மாதத்துக்குக் குறைவு
answer-irregular-1 = 1 முதல் 2 மாதங்கள் வரை
answer-irregular-2 = 2 முதல் 3 மாதங்கள் வரை
status-french = எனக்குப் பிரெஞ்சுக் குடியுரிமை உள்ளது
status-eu = எனக்கு ஐரோப்பிய ஒன்றிய நாடு ஒன்றின் குடியுரிமை உள்ளது
status-permit = எனக்கு வதிவிட அனுமதி (titre de séjour) அல்லது récépissé உள்ளது
status-refugee = எனக்கு அகதி அந்தஸ்து அல்லது துணைப் பாதுகாப்பு கிடைத்துள்ளது
status-asylum-seeker = நான் புகலிடம் கோருகிறேன்
status-temporary-protection = எனக்குத் தற்காலிகப் பாதுகாப்பு உள்ளது (உக்ரைனிலிருந்து இடம்பெயர்ந்தோர்)
status-student = நான் மாணவர்
status-no-papers = என்னிடம் வதிவிட ஆவணங்கள் இல்லை (sans papiers)
status-unknown = எனக்குத் தெரியாது

## Results

result-title = நீங்கள் பெறக்கூடியவை
result-intro = உங்கள் பதில்களுக்குப் பொருந்துவது இது. முதல் படியிலிருந்து தொடங்குங்கள்.
result-next = அடுத்த படி
result-documents = கொண்டு வர வேண்டிய ஆவணங்கள்
result-who = உங்களுக்கு யார் உதவலாம்
result-website = அதிகாரபூர்வ இணையதளம்
result-qr = இணைப்பைச் சேமிக்க உங்கள் தொலைபேசியால் ஸ்கேன் செய்யுங்கள்.
result-show-staff = வரவேற்பு மேசையில் காட்ட
result-restart = மீண்டும் தொடங்க
staff-title = வரவேற்புப் பணியாளர்களுக்கு
staff-visitor-language = வருகையாளரின் மொழி
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = { $household ->
        [one] { $household } நபர்
       *[other] { $household } பேர்
    } உள்ள குடும்பத்துக்கான வருமான வரம்புகள்: ஆண்டுக்கு { $free } € (இலவசம்), ஆண்டுக்கு { $participation } € (சிறு கட்டணத்துடன்). காலம்: { $from } முதல் { $to } வரை.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = கவனம்: இந்த வரம்புகள் { $to } வரை செல்லுபடியாக இருந்தன. அவை மாறியிருக்கலாம். complementaire-sante-solidaire.gouv.fr தளத்தில் உள்ள அதிகாரபூர்வ கணக்கீட்டுக் கருவியில் (simulateur) சரிபாருங்கள்.
result-ceiling-computed = கடல்கடந்த பிரெஞ்சுப் பகுதிகளுக்காக (outre-mer) கணக்கிடப்பட்ட தொகைகள், உறுதிப்படுத்தப்பட வேண்டும்.
# The monthly participation per person, by age on 1 January.
result-participation = ஒருவருக்கு, மாதத்துக்கு, ஜனவரி 1 அன்று உள்ள வயதைப் பொறுத்து: 29 வயது வரை { $a29 } €, 30 முதல் 49 வயது வரை { $a49 } €, 50 முதல் 59 வயது வரை { $a59 } €, 60 முதல் 69 வயது வரை { $a69 } €, 70 வயது முதல் { $a70 } €.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = நீங்கள் Alsace-Moselle பகுதியில் வேலை செய்தால் அல்லது அங்கே ஓய்வு பெற்றிருந்தால் (régime local), கட்டணம் குறைவு: 29 வயது வரை { $a29 } €, 30 முதல் 49 வயது வரை { $a49 } €, 50 முதல் 59 வயது வரை { $a59 } €, 60 முதல் 69 வயது வரை { $a69 } €, 70 வயது முதல் { $a70 } €.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = அதிகபட்சம் இன்னும் { $months ->
        [one] { $months } மாதத்துக்குப் பிறகு
       *[other] { $months } மாதங்களுக்குப் பிறகு
    }, நீங்கள் AME உதவியைக் கேட்கலாம்.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = இது உங்கள் சிகிச்சைச் செலவின் பெரும் பகுதியைத் திருப்பித் தரும்: மருத்துவர், மருத்துவமனை, மருந்துகள்.
outcome-puma-next = மருத்துவக் காப்பீட்டு அலுவலகத்தில் (CPAM) பதிவு செய்யக் கேளுங்கள். நீங்கள் வேலை செய்தால், பெரும்பாலும் உங்கள் முதலாளி இதைச் செய்வார்.
outcome-puma-documents = அடையாள ஆவணம். வதிவிட அனுமதி (titre de séjour) அல்லது உங்கள் விண்ணப்பத்தின் சான்று. பிறப்புச் சான்றிதழ், தேவைப்பட்டால் மொழிபெயர்ப்புடன். முகவரிச் சான்று அல்லது domiciliation (தபால் முகவரி). RIB (வங்கி விவரங்கள்).
outcome-puma-who = France Services, PIMMS, CCAS அல்லது ஒரு சமூகப் பணியாளர் (assistante sociale) விண்ணப்பத்தைத் தயாரிக்க உதவுவார்கள்.

outcome-puma-wait-title = பிரான்சில் 3 மாதங்களுக்குப் பிறகு sécurité sociale
outcome-puma-wait-what = வயது வந்த புகலிடக் கோரிக்கையாளர்கள் 3 மாதங்கள் காத்திருக்க வேண்டும். 18 வயதுக்குட்பட்ட உங்கள் பிள்ளைகள் காத்திருக்கத் தேவையில்லை. காத்திருக்கும்போது, மருத்துவமனை இவற்றுக்குச் செலவை ஏற்கும்: அவசர சிகிச்சை, கர்ப்பிணிப் பெண்களுக்கும் பிறந்த குழந்தைகளுக்கும் எல்லாச் சிகிச்சையும், கருக்கலைப்பு (IVG), நோய் பரவாமல் தடுக்கும் சிகிச்சை.
outcome-puma-wait-next = இப்போது சிகிச்சை தேவையென்றால், அரசு மருத்துவமனையின் PASS பிரிவுக்குச் செல்லுங்கள். பிரான்சில் 3 மாதங்கள் ஆன பிறகு, CPAM அலுவலகத்தில் sécurité sociale கேளுங்கள்.
outcome-puma-wait-documents = புகலிட விண்ணப்பச் சான்றிதழ் (attestation de demande d'asile). அடையாள ஆவணம், இருந்தால். முகவரிச் சான்று அல்லது domiciliation (தபால் முகவரி).
outcome-puma-wait-who = மருத்துவமனையின் PASS பிரிவு, ஒரு சமூகப் பணியாளர்.

outcome-ame-title = அரசு மருத்துவ உதவி (AME)
outcome-ame-what = Sécurité sociale கட்டண விகிதத்தில் இது உங்கள் சிகிச்சைக்குப் பணம் செலுத்தும். நீங்கள் முன்பணம் கட்டத் தேவையில்லை. அவசரமில்லாத சில சிகிச்சைகளுக்கு, முதல் 9 மாதங்களில் முன் அனுமதி தேவை.
outcome-ame-next = முதல் விண்ணப்பத்தை நேரில் செய்யுங்கள்: CPAM அலுவலகத்தில், அல்லது அங்கீகரிக்கப்பட்ட சுகாதார நிலையம் அல்லது தொண்டு அமைப்பில். பதில் அதிகபட்சம் 2 மாதங்களில் வரும்: பதில் வராவிட்டால், அது மறுப்பு. AME 1 ஆண்டு செல்லும்: முடிவதற்கு 2 மாதங்களுக்கு முன் புதுப்பியுங்கள்.
outcome-ame-documents = ஆவணப் பட்டியல் பெப்ரவரி 2026-இல் மாறியது (6 பெப்ரவரி 2026 அரசாணை, décret). விண்ணப்பம் தயாரிக்கும் முன், அந்தப் பட்டியலை CPAM அலுவலகத்திலோ ஒரு சமூகப் பணியாளரிடமோ கேளுங்கள்.
outcome-ame-who = CCAS, மருத்துவமனை PASS, Comede, Médecins du Monde, ஒரு சமூகப் பணியாளர்.

outcome-dsuv-title = மருத்துவமனையில் அவசர சிகிச்சை
outcome-dsuv-what = AME இல்லாதவர்களுக்கும், அவசரமானவற்றுக்கு மருத்துவமனை சிகிச்சை அளிக்கும்: உங்கள் உயிருக்கோ உடல்நலத்துக்கோ ஆபத்து இருக்கும்போது, பிறக்கவிருக்கும் குழந்தைக்கும். இவர்கள் அனைவருக்கும், கர்ப்பக் காலப் பரிசோதனைகள், பிரசவம், பிறந்த குழந்தையின் சிகிச்சை, கருக்கலைப்பு (IVG), நோய் பரவாமல் தடுக்கும் சிகிச்சை ஆகியவற்றின் செலவையும் மருத்துவமனை ஏற்கும்.
outcome-dsuv-next = அரசு மருத்துவமனையின் அவசரப் பிரிவுக்கு (urgences) அல்லது PASS பிரிவுக்குச் செல்லுங்கள். உங்களுக்கு மருத்துவக் காப்பீடு இல்லை என்று சொல்லுங்கள்.
outcome-dsuv-documents = உங்களிடம் உள்ள ஆவணங்களைக் கொண்டு வாருங்கள்: அடையாள ஆவணம், மருத்துவ ஆவணங்கள்.
outcome-dsuv-who = மருத்துவமனையின் சமூகப் பணியாளர்.

outcome-pass-title = மருத்துவமனையின் PASS
outcome-pass-what = அரசு மருத்துவமனைகளில், மருத்துவக் காப்பீடு இல்லாதவர்களுக்கு PASS சிகிச்சை அளிக்கும்: மருத்துவர் பார்வை, பரிசோதனைகள், தேவைப்பட்டால் மருந்துகள், இலவசமாக.
outcome-pass-next = அருகிலுள்ள அரசு மருத்துவமனைக்குச் சென்று PASS பிரிவைக் கேளுங்கள். கடுமையான அவசரம் என்றால், 15 என்ற எண்ணை அழையுங்கள்.
outcome-pass-documents = உங்களிடம் உள்ள ஆவணங்களைக் கொண்டு வாருங்கள்: அடையாள ஆவணம், மருத்துவ ஆவணங்கள்.
outcome-pass-who = PASS பிரிவின் சமூகப் பணியாளர், மருத்துவக் காப்பீட்டு உரிமைகளைப் பெற உங்களுக்கு உதவுவார்.

outcome-css-free-title = Complémentaire santé solidaire, இலவசம்
outcome-css-free-what = Sécurité sociale காப்பீட்டுக்குக் கூடுதலாக, இது உங்கள் சிகிச்சைச் செலவை ஏற்கும். உங்கள் வருமான அளவுக்கு, இது இலவசம்.
outcome-css-free-next = உங்கள் ameli கணக்கில் (« Mes démarches ») விண்ணப்பியுங்கள், அல்லது Cerfa 12504 படிவத்தை உங்கள் காப்பீட்டு அலுவலகத்துக்கு (caisse) அனுப்புங்கள்.
outcome-css-free-documents = சம்பளச் சீட்டுகள் தேவையில்லை: சம்பளம், உதவித்தொகைகள், ஓய்வூதியங்களைக் காப்பீட்டு அலுவலகமே கண்டுபிடிக்கும். விண்ணப்பத்துக்கு 2 மாதங்களுக்கு முன் முடியும் 12 மாதங்கள் கணக்கில் எடுக்கப்படும். உரிமைகள் 12 மாதங்கள் செல்லும்: முடிவதற்கு 2 முதல் 4 மாதங்களுக்கு முன் புதுப்பியுங்கள்.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire, சிறு கட்டணத்துடன்
outcome-css-participation-what = Sécurité sociale காப்பீட்டுக்குக் கூடுதலாக, இது உங்கள் சிகிச்சைச் செலவை ஏற்கும். ஒவ்வொரு மாதமும், ஒருவருக்கு ஒரு சிறிய தொகை செலுத்துவீர்கள்.
outcome-css-participation-next = உங்கள் ameli கணக்கில் (« Mes démarches ») விண்ணப்பியுங்கள், அல்லது Cerfa 12504 படிவத்தை உங்கள் காப்பீட்டு அலுவலகத்துக்கு (caisse) அனுப்புங்கள்.
outcome-css-participation-documents = சம்பளச் சீட்டுகள் தேவையில்லை: சம்பளம், உதவித்தொகைகள், ஓய்வூதியங்களைக் காப்பீட்டு அலுவலகமே கண்டுபிடிக்கும். விண்ணப்பத்துக்கு 2 மாதங்களுக்கு முன் முடியும் 12 மாதங்கள் கணக்கில் எடுக்கப்படும். உரிமைகள் 12 மாதங்கள் செல்லும்: முடிவதற்கு 2 முதல் 4 மாதங்களுக்கு முன் புதுப்பியுங்கள்.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire, RSA உடன் தானாகவே
outcome-css-automatic-what = RSA பெற்றால், விண்ணப்பிக்காமலேயே இலவச Complémentaire santé solidaire காப்பீடு கிடைக்கும். நீங்கள் அதை மறுக்கலாம்.
outcome-css-automatic-next = உங்கள் ameli கணக்கில் சரிபாருங்கள், அல்லது உங்கள் காப்பீட்டு அலுவலகத்தில் (caisse) கேளுங்கள்.
outcome-css-automatic-documents = விண்ணப்பம் எதுவும் தேவையில்லை.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = உங்கள் முதலாளி தரும் mutuelle
outcome-mutuelle-employer-what = ஒவ்வொரு தனியார் முதலாளியும் ஒரு நிறுவன mutuelle காப்பீட்டை வழங்கி, அதன் கட்டணத்தில் குறைந்தது பாதியைச் செலுத்த வேண்டும்.
outcome-mutuelle-employer-next = பணியாளர் பிரிவிடமோ (service du personnel) உங்கள் மேலாளரிடமோ கேளுங்கள்.
outcome-mutuelle-employer-documents = பட்டியலைப் பணியாளர் பிரிவிடம் கேளுங்கள்.
outcome-mutuelle-employer-who = உங்கள் நிறுவனத்தின் பணியாளர் பிரிவு.

outcome-mutuelle-title = Mutuelle (கூடுதல் மருத்துவக் காப்பீடு)
outcome-mutuelle-what = Sécurité sociale திருப்பித் தராத செலவில் ஒரு பகுதியை mutuelle செலுத்தும். அதன் விலை பெரும்பாலும் மாதம் 30 முதல் 100 € வரை.
outcome-mutuelle-next = கையெழுத்திடும் முன், பல நிறுவனங்களின் திட்டங்களை ஒப்பிடுங்கள். முதல் ஆண்டுக்குப் பிறகு, எப்போது வேண்டுமானாலும் அதை ரத்து செய்யலாம்.
outcome-mutuelle-documents = RIB (வங்கி விவரங்கள்).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = உங்களிடம் ஏற்கனவே sécurité sociale உள்ளது
outcome-already-covered-what = உங்கள் அடிப்படைக் காப்பீடு நடைமுறையில் உள்ளது. உங்கள் carte Vitale அட்டையையோ உரிமைச் சான்றிதழையோ புதுப்பித்த நிலையில் வைத்திருங்கள்.
outcome-already-covered-next = உங்கள் ameli கணக்கிலோ CPAM அலுவலகத்திலோ உங்கள் உரிமைகளைச் சரிபாருங்கள்.
outcome-already-covered-documents = உங்கள் carte Vitale அட்டை அல்லது உரிமைச் சான்றிதழ் (attestation de droits).
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = உங்கள் நிலையைச் சரிபார்க்க உதவி பெறுங்கள்
outcome-get-help-what = சில பதில்கள் இல்லை, அல்லது உங்கள் நிலைக்கு உதவி தேவை: ஒருவர் உங்களுடன் சேர்ந்து உங்கள் உரிமைகளைச் சரிபார்க்கலாம்.
outcome-get-help-next = வரவேற்பு மேசையில், ஒரு சமூகப் பணியாளரிடம் (assistante sociale), France Services அல்லது PIMMS அலுவலகத்தில் கேளுங்கள். இது இலவசம்.
outcome-get-help-documents = உங்கள் ஆவணங்கள்: அடையாள ஆவணம், வதிவிட அனுமதி (titre de séjour) அல்லது récépissé, முகவரிச் சான்று, வருமான விவரங்கள்.
outcome-get-help-who = வரவேற்பு மேசை, ஒரு சமூகப் பணியாளர், France Services, PIMMS, CCAS.

outcome-ame-later-title = அரசு மருத்துவ உதவி (AME), பின்னர்
outcome-ame-later-what = செல்லுபடியாகும் வதிவிட அனுமதியோ விசாவோ இல்லாமல் 3 மாதங்களுக்கு மேல் ஆன பிறகுதான் AME கேட்க முடியும். அதுவரை, அவசரமானவற்றுக்கு மருத்துவமனை சிகிச்சை அளிக்கும், PASS பிரிவும் உங்களைப் பார்க்கும்.
outcome-ame-later-next = நீங்கள் பிரான்சில் இருப்பதற்கான சான்றுகளை வைத்திருங்கள்: பில்கள் (factures), கடிதங்கள், சான்றிதழ்கள். காத்திருப்புக் காலம் முடிந்ததும், CPAM அலுவலகத்தில், அல்லது அங்கீகரிக்கப்பட்ட சுகாதார நிலையம் அல்லது தொண்டு அமைப்பில் விண்ணப்பியுங்கள்.
outcome-ame-later-documents = ஆவணப் பட்டியல் பெப்ரவரி 2026-இல் மாறியது (6 பெப்ரவரி 2026 அரசாணை, décret). அந்தப் பட்டியலை CPAM அலுவலகத்திலோ ஒரு சமூகப் பணியாளரிடமோ கேளுங்கள்.
outcome-ame-later-who = CCAS, மருத்துவமனை PASS, Comede, Médecins du Monde, ஒரு சமூகப் பணியாளர்.

outcome-css-later-title = Complémentaire santé solidaire, பின்னர்
outcome-css-later-what = Sécurité sociale காப்பீட்டுக்குக் கூடுதலாக, இது உங்கள் சிகிச்சைச் செலவை ஏற்கும். இதற்கு 3 மாதங்களுக்கு மேல் வேலை, அல்லது பிரான்சில் 3 மாதங்களுக்கு மேல் வசிப்பு தேவை.
outcome-css-later-next = பிரான்சில் 3 மாதங்களுக்கு மேல் வேலை செய்த பிறகு அல்லது வசித்த பிறகு, உங்கள் ameli கணக்கில் (« Mes démarches ») அல்லது Cerfa 12504 படிவம் மூலம் விண்ணப்பியுங்கள்.
outcome-css-later-documents = இப்போதைக்கு எதுவும் தேவையில்லை. உங்கள் சம்பளம், உதவித்தொகைகளைக் காப்பீட்டு அலுவலகமே கண்டுபிடிக்கும்.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire, 12 மாதங்களுக்கு இலவசம்
outcome-css-protection-what = தற்காலிகப் பாதுகாப்பு (protection temporaire) இருந்தால், நீங்கள் வந்த நாளிலிருந்தே sécurité sociale கிடைக்கும். 12 மாதங்களுக்கு இலவச Complémentaire santé solidaire காப்பீடும் கிடைக்கும், வருமான நிபந்தனை இல்லாமல்.
outcome-css-protection-next = உங்கள் தற்காலிகத் தங்கும் அனுமதியை (autorisation provisoire de séjour, APS) CPAM அலுவலகத்தில் காட்டுங்கள். உங்கள் வருமானத்தைத் தெரிவிக்கத் தேவையில்லை. 12 மாதங்களுக்குப் பிறகு, அதை எப்படிப் புதுப்பிப்பது என்று CPAM அலுவலகத்தில் கேளுங்கள்.
outcome-css-protection-documents = « bénéficiaire de la protection temporaire » என்று குறிக்கப்பட்ட உங்கள் APS. அடையாள ஆவணம். முகவரிச் சான்று அல்லது domiciliation (தபால் முகவரி). RIB (வங்கி விவரங்கள்).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Mayotte தீவில் Complémentaire santé solidaire
outcome-css-mayotte-what = இது 2024 முதல் Mayotte தீவில் உள்ளது. Sécurité sociale காப்பீட்டுக்குக் கூடுதலாக, இது உங்கள் சிகிச்சைச் செலவை ஏற்கும்.
outcome-css-mayotte-next = Caisse de sécurité sociale de Mayotte (CSSM) அலுவலகத்தில் விண்ணப்பியுங்கள்.
outcome-css-mayotte-documents = பட்டியலை CSSM அலுவலகத்தில் கேளுங்கள். அதன் வருமான வரம்புகளை அங்கேயே உறுதிப்படுத்திக்கொள்ள வேண்டும்.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
