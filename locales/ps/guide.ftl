# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = ایا روغتیايي پوښښ لرم؟ موږ لارښوونه کوو
tile-guide-hint = څو پوښتنې، ستاسو لپاره یو ځواب
tile-guides = د روغتیايي پوښښ تشریح
tile-guides-hint = sécurité sociale، CSS، mutuelle، AME، بېړنۍ درملنه

## Questions (one per screen)

guide-progress = پوښتنه { $step } له { $total } څخه (تر ټولو ډېر)
question-has-puma = ایا تاسو دمخه sécurité sociale (روغتیايي بیمه) لرئ؟
question-has-puma-hint = د بېلګې په توګه carte Vitale یا د حقونو تصدیق‌لیک.
question-status = په فرانسه کې ستاسو حالت څه دی؟
question-works = ایا تاسو په فرانسه کې کار کوئ؟
question-works-hint = د کار له قرارداد یا د معاش له پاڼو سره.
question-months = څومره وخت کېږي چې تاسو پرته له وقفې په فرانسه کې اوسېږئ؟
question-minor = ایا هغه کس چې درملنې ته اړتیا لري، له ۱۸ کلونو کم عمر لري؟
question-urgent = ایا همدا اوس درملنې ته اړتیا لرئ؟
question-pregnant = ایا تاسو امیندواره یاست؟
question-rsa = ایا تاسو RSA ترلاسه کوئ؟
question-household = ستاسو په کورنۍ کې څو کسان اوسېږي؟
question-household-hint = تاسو، ستاسو مېړه یا مېرمن، او له ۲۵ کلونو کم عمر اولادونه چې لګښت یې ستاسو پر غاړه دی.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = ایا په تېرو ۱۲ میاشتو کې ستاسو د کورنۍ عاید له { $amount } € څخه کم دی؟
question-income-participation = ایا ستاسو د کورنۍ عاید له { $amount } € څخه کم دی؟
question-income-hint = د { $household ->
        [one] { $household } کسیزې
       *[other] { $household } کسیزې
    } کورنۍ لپاره. معاشونه، مرستې، تقاعد: هر څه چې کورنۍ ترلاسه کړي دي.
question-employee = ایا تاسو د یو خصوصي شرکت کارمند یاست؟

## Answers

answer-yes = هو
answer-no = نه
answer-unknown = نه پوهېږم
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } کس
       *[other] { $value } کسان
    }
answer-months-less = له ۳ میاشتو کم
answer-months-more = ۳ میاشتې یا ډېر
status-french = د فرانسې تابعیت لرم
status-eu = د اروپايي اتحادیې له یو هېواد څخه یم
status-permit = د اوسېدو کارت یا رسید (récépissé) لرم
status-refugee = د کډوالۍ رسمي حیثیت (réfugié) یا د حمایې حیثیت لرم
status-asylum-seeker = د پناه غوښتنه کوم
status-student = محصل/محصله یم
status-no-papers = د اوسېدو اسناد نه لرم
status-unknown = نه پوهېږم

## Results

result-title = څه شی ترلاسه کولای شئ
result-intro = دا ستاسو له ځوابونو سره سمون لري. له لومړي ګام څخه پیل وکړئ.
result-next = بل ګام
result-documents = هغه اسناد چې باید یې راوړئ
result-who = څوک له تاسو سره مرسته کولای شي
result-website = رسمي وېبپاڼه
result-qr = د لینک د ساتلو لپاره یې په خپل ټیلیفون سکن کړئ.
result-show-staff = د استقبال مېز ته یې وښایاست
result-restart = بیا پیل کړئ
staff-title = د استقبال د کارکوونکو لپاره
staff-visitor-language = د مراجعه کوونکي ژبه
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = د { $household ->
        [one] { $household } کسیزې
       *[other] { $household } کسیزې
    } کورنۍ لپاره د عاید سقف: { $free } € په کال کې (وړیا)، { $participation } € په کال کې (له ونډې سره). موده له { $from } څخه تر { $to } پورې.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = پام وکړئ: دا سقفونه تر { $to } پورې د اعتبار وړ وو. کېدای شي بدل شوي وي. په complementaire-sante-solidaire.gouv.fr کې یې د حساب په رسمي وسیله وګورئ.
result-ceiling-computed = دا مبلغونه د فرانسې د سمندر هاخوا سیمو لپاره حساب شوي، باید تایید شي.
# The monthly participation per person, by age on 1 January.
result-participation = د هر کس لپاره په میاشت کې، د جنوري د ۱ نېټې د عمر له مخې: { $a29 } € تر ۲۹ کلونو پورې، { $a49 } € له ۳۰ تر ۴۹ کلونو، { $a59 } € له ۵۰ تر ۵۹ کلونو، { $a69 } € له ۶۰ تر ۶۹ کلونو، { $a70 } € له ۷۰ کلونو او پورته.

## Outcomes

outcome-puma-title = روغتیايي بیمه: sécurité sociale (PUMa)
outcome-puma-what = ستاسو د درملنې د لګښتونو لویه برخه بېرته درکوي: ډاکټر، روغتون، درمل.
outcome-puma-next = د روغتیايي بیمې په صندوق (CPAM) کې د خپل نوم لیکنې غوښتنه وکړئ. که کار کوئ، ډېری وخت ستاسو کارفرما دا کار کوي.
outcome-puma-documents = د پېژندنې سند. د اوسېدو کارت یا ستاسو د غوښتنې ثبوت. د زېږېدنې سند، که اړتیا وي ژباړل شوی. د پتې ثبوت یا اداري پته (domiciliation). RIB (د بانکي حساب معلومات).
outcome-puma-who = France Services، PIMMS، CCAS یا یو ټولنیز کارکوونکی د دوسیې په جوړولو کې له تاسو سره مرسته کوي.

outcome-puma-wait-title = sécurité sociale په فرانسه کې له ۳ میاشتو وروسته
outcome-puma-wait-what = بالغ (لوی) پناه غوښتونکي ۳ میاشتې انتظار کوي. ستاسو کم عمره ماشومان انتظار نه کوي. د انتظار په وخت کې، بېړنۍ درملنه ورکول کېږي، او د امیندوارو ښځو او نویو زېږېدلو ماشومانو ټوله درملنه هم.
outcome-puma-wait-next = د همدا اوس درملنې لپاره، د یو دولتي روغتون PASS ته ورشئ. په فرانسه کې له ۳ میاشتو وروسته، له CPAM څخه د sécurité sociale غوښتنه وکړئ.
outcome-puma-wait-documents = د پناه غوښتنې تصدیق‌لیک. د پېژندنې سند، که یې لرئ. د پتې ثبوت یا اداري پته (domiciliation).
outcome-puma-wait-who = د روغتون PASS، یو ټولنیز کارکوونکی.

outcome-ame-title = د دولت طبي مرسته (AME)
outcome-ame-what = ستاسو د درملنې لګښت د sécurité sociale په نرخ ورکوي، پرته له دې چې تاسو مخکې پیسې ورکړئ. ځینې غیر بېړنۍ درملنې په لومړیو ۹ میاشتو کې منظورۍ ته اړتیا لري.
outcome-ame-next = لومړۍ غوښتنه په خپله په CPAM کې ورکړئ. ځواب تر ډېره په ۲ میاشتو کې راځي: که ځواب رانه شي، نو دا رد دی. AME د ۱ کال لپاره ده: د پای ته رسېدو نه ۲ میاشتې مخکې یې تمدید کړئ.
outcome-ame-documents = د اسنادو لېست په مارچ ۲۰۲۶ کې بدل شو. د دوسیې له جوړولو مخکې یې له CPAM یا یو ټولنیز کارکوونکي څخه وپوښتئ.
outcome-ame-who = CCAS، د روغتون PASS، Comede، Médecins du Monde، یو ټولنیز کارکوونکی.

outcome-dsuv-title = په روغتون کې بېړنۍ درملنه
outcome-dsuv-what = پرته له AME، روغتون د بېړنیو حالتونو درملنه کوي: کله چې ستاسو ژوند یا روغتیا په خطر کې وي، او همداراز د هغه ماشوم لپاره چې لا نه دی زېږېدلی.
outcome-dsuv-next = بېړنۍ څانګې ته یا د یو دولتي روغتون PASS ته ورشئ. ووایاست چې روغتیايي پوښښ نه لرئ.
outcome-dsuv-documents = هغه اسناد چې لرئ یې، راوړئ: د پېژندنې سند، طبي اسناد.
outcome-dsuv-who = د روغتون ټولنیز کارکوونکی.

outcome-pass-title = د روغتون PASS
outcome-pass-what = په دولتي روغتونونو کې، PASS د هغو کسانو درملنه کوي چې روغتیايي پوښښ نه لري: د ډاکټر معاینه، ازموینې او که اړتیا وي درمل، وړیا.
outcome-pass-next = تر ټولو نږدې دولتي روغتون ته ورشئ او د PASS غوښتنه وکړئ. د سخت بېړني حالت په وخت کې 15 ته زنګ ووهئ.
outcome-pass-documents = هغه اسناد چې لرئ یې، راوړئ: د پېژندنې سند، طبي اسناد.
outcome-pass-who = د PASS ټولنیز کارکوونکی له تاسو سره مرسته کوي چې خپل حقونه فعال کړئ.

outcome-css-free-title = Complémentaire santé solidaire، وړیا
outcome-css-free-what = ستاسو د درملنې لپاره sécurité sociale بشپړوي. ستاسو د عاید له مخې، دا ستاسو لپاره وړیا ده.
outcome-css-free-next = په خپل ameli حساب کې (« Mes démarches ») یا د Cerfa 12504 فورمې له لارې، چې خپل صندوق ته یې لېږئ، غوښتنه یې وکړئ.
outcome-css-free-documents = په تېرو ۱۲ میاشتو کې ستاسو د کورنۍ عاید. حقونه ۱۲ میاشتې دوام کوي: د پای ته رسېدو نه ۲ تر ۴ میاشتې مخکې یې تمدید کړئ.
outcome-css-free-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-participation-title = Complémentaire santé solidaire، له لږې ونډې سره
outcome-css-participation-what = ستاسو د درملنې لپاره sécurité sociale بشپړوي. هره میاشت د هر کس لپاره یو لږ مبلغ ورکوئ.
outcome-css-participation-next = په خپل ameli حساب کې (« Mes démarches ») یا د Cerfa 12504 فورمې له لارې، چې خپل صندوق ته یې لېږئ، غوښتنه یې وکړئ.
outcome-css-participation-documents = په تېرو ۱۲ میاشتو کې ستاسو د کورنۍ عاید. حقونه ۱۲ میاشتې دوام کوي: د پای ته رسېدو نه ۲ تر ۴ میاشتې مخکې یې تمدید کړئ.
outcome-css-participation-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire، له RSA سره په اتومات ډول
outcome-css-automatic-what = له RSA سره، تاسو Complémentaire santé solidaire وړیا لرئ، پرته له دې چې غوښتنه یې وکړئ. تاسو کولای شئ رد یې کړئ.
outcome-css-automatic-next = په خپل ameli حساب کې یې وګورئ یا له خپل صندوق څخه وپوښتئ.
outcome-css-automatic-documents = هېڅ غوښتنې ته اړتیا نشته.
outcome-css-automatic-who = CPAM، France Services، PIMMS.

outcome-mutuelle-employer-title = ستاسو د کارفرما تکمیلي بیمه (mutuelle)
outcome-mutuelle-employer-what = هر خصوصي کارفرما باید د شرکت تکمیلي بیمه (mutuelle) وړاندې کړي او لږ تر لږه نیمه بیه یې ورکړي.
outcome-mutuelle-employer-next = د پرسونل له څانګې یا له خپل مسؤل څخه یې وغواړئ.
outcome-mutuelle-employer-documents = لېست د پرسونل له څانګې وغواړئ.
outcome-mutuelle-employer-who = ستاسو د شرکت د پرسونل څانګه.

outcome-mutuelle-title = تکمیلي بیمه (mutuelle)
outcome-mutuelle-what = تکمیلي بیمه د هغو لګښتونو یوه برخه ورکوي چې sécurité sociale یې بېرته نه ورکوي. بیه یې ډېری وخت په میاشت کې له ۳۰ تر ۱۰۰ € پورې ده.
outcome-mutuelle-next = له لاسلیک مخکې څو وړاندیزونه پرتله کړئ. له لومړي کال وروسته، هر وخت کولای شئ لغوه یې کړئ.
outcome-mutuelle-documents = RIB (د بانکي حساب معلومات).
outcome-mutuelle-who = France Services، PIMMS.

outcome-already-covered-title = تاسو دمخه sécurité sociale لرئ
outcome-already-covered-what = ستاسو بنسټیز پوښښ فعال دی. خپل carte Vitale یا تصدیق‌لیک تازه وساتئ.
outcome-already-covered-next = خپل حقونه په خپل ameli حساب کې یا په CPAM کې وګورئ.
outcome-already-covered-documents = ستاسو carte Vitale یا د حقونو تصدیق‌لیک.
outcome-already-covered-who = CPAM، France Services، PIMMS.

outcome-get-help-title = خپل حالت د یو کس په مرسته وګورئ
outcome-get-help-what = ځینې ځوابونه نشته، یا ستاسو حالت مرستې ته اړتیا لري: یو کس کولای شي ستاسو سره یوځای ستاسو حقونه وګوري.
outcome-get-help-next = د استقبال له مېز، یو ټولنیز کارکوونکي، France Services یا یو PIMMS څخه وپوښتئ. دا وړیا ده.
outcome-get-help-documents = ستاسو اسناد: د پېژندنې سند، د اوسېدو کارت یا رسید (récépissé)، د پتې ثبوت، عاید.
outcome-get-help-who = د استقبال مېز، یو ټولنیز کارکوونکی، France Services، PIMMS، CCAS.
