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
question-has-puma-hint = د بېلګې په توګه carte Vitale یا د حقونو تصدیق‌لیک. AME او sécurité sociale یو شی نه دي.
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
question-income-free = ایا په ۱۲ میاشتو کې ستاسو د کورنۍ عاید له { $amount } € څخه کم دی؟
question-income-participation = ایا ستاسو د کورنۍ عاید له { $amount } € څخه کم دی؟
question-income-hint = د { $household ->
        [one] { $household } کسیزې
       *[other] { $household } کسیزې
    } کورنۍ لپاره. هغه ۱۲ میاشتې چې د غوښتنې نه ۲ میاشتې مخکې پای ته رسېږي. معاشونه، مرستې، تقاعد: هر څه چې کورنۍ ترلاسه کړي دي.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = ایا د ژوند لپاره کافي پیسې او روغتیايي بیمه لرئ؟
question-eu-resources-hint = د بېلګې په توګه تقاعد یا منظم عاید، او ستاسو د هېواد د روغتیايي بیمې اروپايي کارت یا خصوصي بیمه.
question-irregular-months = څومره وخت کېږي چې د اعتبار وړ د اوسېدو کارت یا ویزه نه لرئ؟
question-irregular-months-hint = له هغې ورځې چې ستاسو ویزه یا د اوسېدو کارت پای ته ورسېد، یا له هغې ورځې چې پرته له اسنادو فرانسې ته راغلئ.
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
answer-months-less = ۳ میاشتې یا له ۳ میاشتو کم
answer-months-more = له ۳ میاشتو ډېر
answer-irregular-0 = له ۱ میاشتې کم
answer-irregular-1 = د ۱ او ۲ میاشتو ترمنځ
answer-irregular-2 = د ۲ او ۳ میاشتو ترمنځ
status-french = د فرانسې تابعیت لرم
status-eu = د اروپايي اتحادیې د یو هېواد تابعیت لرم
status-permit = د اوسېدو کارت یا رسید (récépissé) لرم
status-refugee = د کډوالۍ رسمي حیثیت (réfugié) یا د حمایې حیثیت لرم
status-asylum-seeker = د پناه غوښتنه کوم
status-temporary-protection = د اوکراین د بې ځایه شویو کسانو موقتي حمایت (protection temporaire) لرم
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
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = که په آلزاس-موزل (Alsace-Moselle) کې کار کوئ یا متقاعد یاست، یعنې په محلي نظام (régime local) کې، ونډه لږه ده: { $a29 } € تر ۲۹ کلونو پورې، { $a49 } € له ۳۰ تر ۴۹ کلونو، { $a59 } € له ۵۰ تر ۵۹ کلونو، { $a69 } € له ۶۰ تر ۶۹ کلونو، { $a70 } € له ۷۰ کلونو او پورته.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = تر ډېره له { $months ->
        [one] { $months } میاشتې
       *[other] { $months } میاشتو
    } وروسته به وکولای شئ د AME غوښتنه وکړئ.

## Outcomes

outcome-puma-title = روغتیايي بیمه: sécurité sociale (PUMa)
outcome-puma-what = ستاسو د درملنې د لګښتونو لویه برخه بېرته درکوي: ډاکټر، روغتون، درمل.
outcome-puma-next = د روغتیايي بیمې په صندوق (CPAM) کې د خپل نوم لیکنې غوښتنه وکړئ. که کار کوئ، ډېری وخت ستاسو کارفرما دا کار کوي.
outcome-puma-documents = د پېژندنې سند. د اوسېدو کارت یا ستاسو د غوښتنې ثبوت. د زېږېدنې سند، که اړتیا وي ژباړل شوی. د پتې ثبوت یا اداري پته (domiciliation). RIB (د بانکي حساب معلومات).
outcome-puma-who = France Services، PIMMS، CCAS یا یو ټولنیز کارکوونکی د دوسیې په جوړولو کې له تاسو سره مرسته کوي.

outcome-puma-wait-title = sécurité sociale په فرانسه کې له ۳ میاشتو وروسته
outcome-puma-wait-what = بالغ (لوی) پناه غوښتونکي ۳ میاشتې انتظار کوي. ستاسو کم عمره ماشومان انتظار نه کوي. د انتظار په وخت کې، روغتون د دې لګښت ورکوي: بېړنۍ درملنه، د امیندوارو ښځو او نویو زېږېدلو ماشومانو ټوله درملنه، د حمل سقط (IVG)، او هغه درملنه چې د ناروغۍ د لېږد مخه نیسي.
outcome-puma-wait-next = د همدا اوس درملنې لپاره، د یو دولتي روغتون PASS ته ورشئ. په فرانسه کې له ۳ میاشتو وروسته، له CPAM څخه د sécurité sociale غوښتنه وکړئ.
outcome-puma-wait-documents = د پناه غوښتنې تصدیق‌لیک. د پېژندنې سند، که یې لرئ. د پتې ثبوت یا اداري پته (domiciliation).
outcome-puma-wait-who = د روغتون PASS، یو ټولنیز کارکوونکی.

outcome-ame-title = د دولت طبي مرسته (AME)
outcome-ame-what = ستاسو د درملنې لګښت د sécurité sociale په نرخ ورکوي، پرته له دې چې تاسو مخکې پیسې ورکړئ. ځینې غیر بېړنۍ درملنې په لومړیو ۹ میاشتو کې منظورۍ ته اړتیا لري.
outcome-ame-next = لومړۍ غوښتنه په خپله په CPAM کې، یا په یو منل شوي روغتیايي مرکز یا یوې منل شوې مؤسسې کې ورکړئ. ځواب تر ډېره په ۲ میاشتو کې راځي: که ځواب رانه شي، نو دا رد دی. AME د ۱ کال لپاره ده: د پای ته رسېدو نه ۲ میاشتې مخکې یې تمدید کړئ.
outcome-ame-documents = د اسنادو لېست په فبروري ۲۰۲۶ کې بدل شو (د ۲۰۲۶ کال د فبروري د ۶ نېټې فرمان). د دوسیې له جوړولو مخکې یې له CPAM یا یو ټولنیز کارکوونکي څخه وپوښتئ.
outcome-ame-who = CCAS، د روغتون PASS، Comede، Médecins du Monde، یو ټولنیز کارکوونکی.

outcome-dsuv-title = په روغتون کې بېړنۍ درملنه
outcome-dsuv-what = پرته له AME، روغتون د بېړنیو حالتونو درملنه کوي: کله چې ستاسو ژوند یا روغتیا په خطر کې وي، او همداراز د هغه ماشوم لپاره چې لا نه دی زېږېدلی. د ټولو لپاره، روغتون د دې لګښت هم ورکوي: د امیندوارۍ څارنه، زېږون، د نوي زېږېدلي ماشوم درملنه، د حمل سقط (IVG)، او هغه درملنه چې د ناروغۍ د لېږد مخه نیسي.
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
outcome-css-free-documents = د معاش پاڼو ته اړتیا نشته: صندوق پخپله معاشونه، مرستې او تقاعدونه پیدا کوي. هغه ۱۲ میاشتې حسابېږي چې د غوښتنې نه ۲ میاشتې مخکې پای ته رسېږي. حقونه ۱۲ میاشتې دوام کوي: د پای ته رسېدو نه ۲ تر ۴ میاشتې مخکې یې تمدید کړئ.
outcome-css-free-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-participation-title = Complémentaire santé solidaire، له لږې ونډې سره
outcome-css-participation-what = ستاسو د درملنې لپاره sécurité sociale بشپړوي. هره میاشت د هر کس لپاره یو لږ مبلغ ورکوئ.
outcome-css-participation-next = په خپل ameli حساب کې (« Mes démarches ») یا د Cerfa 12504 فورمې له لارې، چې خپل صندوق ته یې لېږئ، غوښتنه یې وکړئ.
outcome-css-participation-documents = د معاش پاڼو ته اړتیا نشته: صندوق پخپله معاشونه، مرستې او تقاعدونه پیدا کوي. هغه ۱۲ میاشتې حسابېږي چې د غوښتنې نه ۲ میاشتې مخکې پای ته رسېږي. حقونه ۱۲ میاشتې دوام کوي: د پای ته رسېدو نه ۲ تر ۴ میاشتې مخکې یې تمدید کړئ.
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

outcome-ame-later-title = د دولت طبي مرسته (AME)، وروسته
outcome-ame-later-what = AME هغه وخت ستاسو لپاره پرانیستل کېږي چې له ۳ میاشتو ډېر وخت تېر شي چې د اعتبار وړ د اوسېدو کارت یا ویزه نه لرئ. تر هغه وخته، روغتون د بېړنیو حالتونو درملنه کوي، او PASS ته ورتلای شئ.
outcome-ame-later-next = په فرانسه کې د خپل اوسېدو ثبوتونه وساتئ: بلونه، لیکونه، تصدیق‌لیکونه. کله چې دا موده تېره شي، غوښتنه په CPAM کې، یا په یو منل شوي روغتیايي مرکز یا یوې منل شوې مؤسسې کې ورکړئ.
outcome-ame-later-documents = د اسنادو لېست په فبروري ۲۰۲۶ کې بدل شو (د ۲۰۲۶ کال د فبروري د ۶ نېټې فرمان). له CPAM یا یو ټولنیز کارکوونکي څخه یې وپوښتئ.
outcome-ame-later-who = CCAS، د روغتون PASS، Comede، Médecins du Monde، یو ټولنیز کارکوونکی.

outcome-css-later-title = Complémentaire santé solidaire، وروسته
outcome-css-later-what = ستاسو د درملنې لپاره sécurité sociale بشپړوي. د ترلاسه کولو لپاره یې، باید له ۳ میاشتو ډېر مو کار کړی وي، یا له ۳ میاشتو ډېر په فرانسه کې اوسېدلي یاست.
outcome-css-later-next = کله چې مو له ۳ میاشتو ډېر کار کړی وي، یا له ۳ میاشتو ډېر په فرانسه کې اوسېدلي یاست، په خپل ameli حساب کې (« Mes démarches ») یا د Cerfa 12504 فورمې له لارې یې غوښتنه وکړئ.
outcome-css-later-documents = اوس هېڅ نه. صندوق به پخپله ستاسو معاشونه او مرستې پیدا کړي.
outcome-css-later-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-protection-title = Complémentaire santé solidaire، د ۱۲ میاشتو لپاره وړیا
outcome-css-protection-what = له موقتي حمایې سره، تاسو له رارسېدو سمدستي sécurité sociale لرئ، او Complémentaire santé solidaire هم د ۱۲ میاشتو لپاره وړیا لرئ، د عاید له شرط پرته.
outcome-css-protection-next = خپل د اوسېدو موقتي اجازه‌لیک (APS) CPAM ته وښایاست. اړتیا نشته چې خپل عاید اعلان کړئ. له ۱۲ میاشتو وروسته، له CPAM څخه وپوښتئ چې څنګه یې تمدید کړئ.
outcome-css-protection-documents = ستاسو APS چې پرې « bénéficiaire de la protection temporaire » لیکل شوي وي. د پېژندنې سند. د پتې ثبوت یا اداري پته (domiciliation). RIB (د بانکي حساب معلومات).
outcome-css-protection-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire په مایوټ (Mayotte) کې
outcome-css-mayotte-what = له ۲۰۲۴ کال راهیسې په مایوټ کې شته. ستاسو د درملنې لپاره sécurité sociale بشپړوي.
outcome-css-mayotte-next = د مایوټ د بیمې له صندوق څخه یې وغواړئ: Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = د اسنادو لېست له CSSM څخه وغواړئ. د هغې د عاید سقفونه باید تایید شي: له CSSM څخه یې وپوښتئ.
outcome-css-mayotte-who = CSSM، France Services، CCAS.
