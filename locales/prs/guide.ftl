# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = آیا پوشش صحی دارم؟ ما شما را رهنمایی می‌کنیم
tile-guide-hint = چند سوال، یک جواب برای شما
tile-guides = توضیح پوشش صحی
tile-guides-hint = sécurité sociale، CSS، mutuelle، AME، حالت‌های عاجل

## Questions (one per screen)

guide-progress = سوال { $step } از { $total } (حداکثر)
question-has-puma = آیا از قبل sécurité sociale (بیمه صحی) دارید؟
question-has-puma-hint = مثلاً carte Vitale یا تصدیق‌نامه حقوق. AME همان sécurité sociale نیست.
question-status = وضعیت شما در فرانسه چیست؟
question-works = آیا در فرانسه کار می‌کنید؟
question-works-hint = با قرارداد کار یا ورق‌های معاش.
question-months = چه مدت است که بدون وقفه در فرانسه زندگی می‌کنید؟
question-minor = آیا کسی که به تداوی ضرورت دارد، کمتر از ۱۸ سال عمر دارد؟
question-urgent = آیا همین حالا به تداوی ضرورت دارید؟
question-pregnant = آیا حامله هستید؟
question-rsa = آیا RSA می‌گیرید؟
question-household = چند نفر در خانواده شما زندگی می‌کنند؟
question-household-hint = خود شما، همسر شما، و فرزندان زیر ۲۵ سال که خرج شان به دوش شماست.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = آیا عاید خانواده شما در ۱۲ ماه کمتر از { $amount } € است؟
question-income-participation = آیا عاید خانواده شما کمتر از { $amount } € است؟
question-income-hint = برای خانواده { $household ->
        [one] { $household } نفره
       *[other] { $household } نفره
    }. ۱۲ ماهی که ۲ ماه پیش از درخواست ختم می‌شود. معاش، کمک‌های مالی، تقاعد: هر چیزی که خانواده گرفته است.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = آیا پول کافی برای زندگی، و یک بیمه صحی دارید؟
question-eu-resources-hint = مثلاً یک تقاعد یا عاید منظم، و کارت اروپایی بیمه صحی کشور شما یا یک بیمه خصوصی.
question-irregular-months = چه مدت است که کارت اقامت یا ویزه معتبر ندارید؟
question-irregular-months-hint = از روزی که ویزه یا کارت اقامت شما ختم شد، یا از روزی که بدون اسناد به فرانسه رسیدید.
question-employee = آیا کارمند یک شرکت خصوصی هستید؟

## Answers

answer-yes = بلی
answer-no = نخیر
answer-unknown = نمی‌دانم
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } نفر
       *[other] { $value } نفر
    }
answer-months-less = ۳ ماه یا کمتر
answer-months-more = بیشتر از ۳ ماه
answer-irregular-0 = کمتر از ۱ ماه
answer-irregular-1 = بین ۱ و ۲ ماه
answer-irregular-2 = بین ۲ و ۳ ماه
status-french = تابعیت فرانسه را دارم
status-eu = تابعیت یک کشور اتحادیه اروپا را دارم
status-permit = کارت اقامت یا رسید (récépissé) دارم
status-refugee = پناهندگی‌ام قبول شده یا تحت حمایت هستم
status-asylum-seeker = درخواست پناهندگی کرده‌ام
status-temporary-protection = حمایت موقت (protection temporaire) برای بیجاشدگان از اوکراین را دارم
status-student = محصل هستم
status-no-papers = اسناد اقامت ندارم
status-unknown = نمی‌دانم

## Results

result-title = آنچه گرفته می‌توانید
result-intro = این نتیجه با جواب‌های شما مطابقت دارد. از قدم اول شروع کنید.
result-next = قدم بعدی
result-documents = اسنادی که باید با خود بیاورید
result-who = کی به شما کمک کرده می‌تواند
result-website = ویب‌سایت رسمی
result-qr = با تیلفون خود اسکن کنید تا لینک را نگه دارید.
result-show-staff = به میز پذیرش نشان بدهید
result-restart = دوباره شروع کنید
staff-title = برای کارمندان میز پذیرش
staff-visitor-language = زبان مراجعه‌کننده
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = سقف عاید برای خانواده { $household ->
        [one] { $household } نفره
       *[other] { $household } نفره
    }: { $free } € در سال (رایگان)، { $participation } € در سال (با پرداخت سهم). دوره از { $from } تا { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = توجه: این سقف‌ها تا { $to } اعتبار داشتند. شاید تغییر کرده باشند. با ابزار محاسبه رسمی در complementaire-sante-solidaire.gouv.fr بررسی کنید.
result-ceiling-computed = مبالغ برای مناطق ماورای بحار فرانسه حساب شده، باید تأیید شود.
# The monthly participation per person, by age on 1 January.
result-participation = برای هر نفر در هر ماه، نظر به سن در ۱ جنوری: { $a29 } € تا ۲۹ سال، { $a49 } € از ۳۰ تا ۴۹ سال، { $a59 } € از ۵۰ تا ۵۹ سال، { $a69 } € از ۶۰ تا ۶۹ سال، { $a70 } € از ۷۰ سال به بالا.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = اگر در آلزاس-موزل (Alsace-Moselle) کار می‌کنید یا متقاعد هستید، یعنی در نظام محلی (régime local)، سهم کمتر است: { $a29 } € تا ۲۹ سال، { $a49 } € از ۳۰ تا ۴۹ سال، { $a59 } € از ۵۰ تا ۵۹ سال، { $a69 } € از ۶۰ تا ۶۹ سال، { $a70 } € از ۷۰ سال به بالا.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = حداکثر بعد از { $months } ماه، می‌توانید AME را درخواست کنید.

## Outcomes

outcome-puma-title = بیمه صحی: sécurité sociale (PUMa)
outcome-puma-what = بخش بزرگ مصارف تداوی شما را پس می‌دهد: داکتر، شفاخانه، دوا.
outcome-puma-next = برای ثبت نام به صندوق بیمه صحی (CPAM) درخواست بدهید. اگر کار می‌کنید، اکثراً کارفرمای شما این کار را می‌کند.
outcome-puma-documents = سند هویت. کارت اقامت یا ثبوت درخواست شما. سند تولد، در صورت ضرورت ترجمه شده. ثبوت آدرس یا آدرس اداری (domiciliation). RIB (معلومات حساب بانکی).
outcome-puma-who = France Services، PIMMS، CCAS یا یک کارمند اجتماعی (مددکار اجتماعی) در آماده کردن دوسیه به شما کمک می‌کنند.

outcome-puma-wait-title = sécurité sociale بعد از ۳ ماه در فرانسه
outcome-puma-wait-what = پناهجویان بزرگسال ۳ ماه انتظار می‌کشند. اطفال زیر سن شما انتظار نمی‌کشند. در وقت انتظار، شفاخانه مصارف این‌ها را می‌پردازد: تداوی عاجل، همه تداوی زنان حامله و نوزادان، سقط جنین (IVG)، و تداوی‌هایی که از انتقال یک مریضی جلوگیری می‌کند.
outcome-puma-wait-next = برای تداوی همین حالا، به PASS یک شفاخانه دولتی بروید. بعد از ۳ ماه در فرانسه، از CPAM درخواست sécurité sociale کنید.
outcome-puma-wait-documents = تصدیق‌نامه درخواست پناهندگی. سند هویت، اگر دارید. ثبوت آدرس یا آدرس اداری (domiciliation).
outcome-puma-wait-who = PASS شفاخانه، یک مددکار اجتماعی.

outcome-ame-title = کمک صحی دولت (AME)
outcome-ame-what = مصارف تداوی شما را به نرخ sécurité sociale می‌پردازد، بدون اینکه پول پیش بدهید. بعضی تداوی‌های غیر عاجل در ۹ ماه اول به موافقه ضرورت دارند.
outcome-ame-next = درخواست اول را به صورت حضوری در CPAM، یا در یک مرکز صحی مجاز یا یک موسسه مجاز بدهید. جواب حداکثر در ۲ ماه می‌رسد: اگر جواب نیاید، یعنی رد شده است. AME برای ۱ سال است: ۲ ماه پیش از ختم، آن را تمدید کنید.
outcome-ame-documents = فهرست اسناد در فبروری ۲۰۲۶ تغییر کرد (فرمان ۶ فبروری ۲۰۲۶). پیش از آماده کردن دوسیه، آن را از CPAM یا یک مددکار اجتماعی بپرسید.
outcome-ame-who = CCAS، PASS شفاخانه، Comede، Médecins du Monde، یک مددکار اجتماعی.

outcome-dsuv-title = تداوی عاجل در شفاخانه
outcome-dsuv-what = بدون AME، شفاخانه حالت‌های عاجل را تداوی می‌کند: وقتی زندگی یا صحت شما در خطر است، و همچنین برای طفلی که هنوز به دنیا نیامده. برای همه، شفاخانه مصارف این‌ها را هم می‌پردازد: مراقبت دوران حاملگی، ولادت، تداوی نوزاد، سقط جنین (IVG)، و تداوی‌هایی که از انتقال یک مریضی جلوگیری می‌کند.
outcome-dsuv-next = به بخش عاجل یا به PASS یک شفاخانه دولتی بروید. بگویید که پوشش صحی ندارید.
outcome-dsuv-documents = اسنادی را که دارید بیاورید: سند هویت، اسناد طبی.
outcome-dsuv-who = مددکار اجتماعی شفاخانه.

outcome-pass-title = PASS شفاخانه
outcome-pass-what = در شفاخانه‌های دولتی، PASS کسانی را که پوشش صحی ندارند تداوی می‌کند: معاینه داکتر، آزمایش‌ها و دوا در صورت ضرورت، رایگان.
outcome-pass-next = به نزدیک‌ترین شفاخانه دولتی بروید و PASS را بخواهید. در حالت عاجل شدید، به 15 زنگ بزنید.
outcome-pass-documents = اسنادی را که دارید بیاورید: سند هویت، اسناد طبی.
outcome-pass-who = مددکار اجتماعی PASS به شما کمک می‌کند تا حقوق خود را فعال کنید.

outcome-css-free-title = Complémentaire santé solidaire، رایگان
outcome-css-free-what = برای تداوی شما، sécurité sociale را تکمیل می‌کند. نظر به عاید شما، برای شما رایگان است.
outcome-css-free-next = آن را در حساب ameli خود (« Mes démarches ») یا با فورم Cerfa 12504 که به صندوق بیمه خود می‌فرستید، درخواست کنید.
outcome-css-free-documents = به ورق‌های معاش ضرورت نیست: صندوق بیمه خودش معاش‌ها، کمک‌های مالی و تقاعدها را پیدا می‌کند. ۱۲ ماهی حساب می‌شود که ۲ ماه پیش از درخواست ختم می‌شود. حقوق برای ۱۲ ماه اعتبار دارد: ۲ تا ۴ ماه پیش از ختم، آن را تمدید کنید.
outcome-css-free-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-participation-title = Complémentaire santé solidaire، با پرداخت سهم کوچک
outcome-css-participation-what = برای تداوی شما، sécurité sociale را تکمیل می‌کند. هر ماه برای هر نفر یک مبلغ کوچک می‌پردازید.
outcome-css-participation-next = آن را در حساب ameli خود (« Mes démarches ») یا با فورم Cerfa 12504 که به صندوق بیمه خود می‌فرستید، درخواست کنید.
outcome-css-participation-documents = به ورق‌های معاش ضرورت نیست: صندوق بیمه خودش معاش‌ها، کمک‌های مالی و تقاعدها را پیدا می‌کند. ۱۲ ماهی حساب می‌شود که ۲ ماه پیش از درخواست ختم می‌شود. حقوق برای ۱۲ ماه اعتبار دارد: ۲ تا ۴ ماه پیش از ختم، آن را تمدید کنید.
outcome-css-participation-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire، خودکار با RSA
outcome-css-automatic-what = با RSA، شما Complémentaire santé solidaire را رایگان و بدون درخواست دارید. می‌توانید آن را رد کنید.
outcome-css-automatic-next = آن را در حساب ameli خود بررسی کنید یا از صندوق بیمه خود بپرسید.
outcome-css-automatic-documents = هیچ درخواستی لازم نیست.
outcome-css-automatic-who = CPAM، France Services، PIMMS.

outcome-mutuelle-employer-title = بیمه تکمیلی (mutuelle) کارفرمای شما
outcome-mutuelle-employer-what = هر کارفرمای خصوصی باید یک بیمه تکمیلی (mutuelle) شرکت پیشنهاد کند و حداقل نصف قیمت آن را بپردازد.
outcome-mutuelle-employer-next = آن را از بخش منابع بشری یا از مسئول خود بخواهید.
outcome-mutuelle-employer-documents = فهرست را از بخش منابع بشری بخواهید.
outcome-mutuelle-employer-who = بخش منابع بشری شرکت شما.

outcome-mutuelle-title = بیمه تکمیلی (mutuelle)
outcome-mutuelle-what = بیمه تکمیلی بخشی از مصارفی را می‌پردازد که sécurité sociale پس نمی‌دهد. قیمت آن اکثراً ۳۰ تا ۱۰۰ € در ماه است.
outcome-mutuelle-next = پیش از امضا، چند پیشنهاد را مقایسه کنید. بعد از سال اول، هر وقت بخواهید می‌توانید آن را لغو کنید.
outcome-mutuelle-documents = RIB (معلومات حساب بانکی).
outcome-mutuelle-who = France Services، PIMMS.

outcome-already-covered-title = شما از قبل sécurité sociale دارید
outcome-already-covered-what = پوشش اساسی شما فعال است. carte Vitale یا تصدیق‌نامه خود را تازه (معتبر) نگه دارید.
outcome-already-covered-next = حقوق خود را در حساب ameli خود یا در CPAM بررسی کنید.
outcome-already-covered-documents = carte Vitale یا تصدیق‌نامه حقوق شما.
outcome-already-covered-who = CPAM، France Services، PIMMS.

outcome-get-help-title = وضعیت خود را با کمک یک نفر بررسی کنید
outcome-get-help-what = بعضی جواب‌ها کم است، یا وضعیت شما به کمک ضرورت دارد: یک نفر می‌تواند حقوق شما را همراه شما بررسی کند.
outcome-get-help-next = از میز پذیرش، یک مددکار اجتماعی، France Services یا یک PIMMS بپرسید. رایگان است.
outcome-get-help-documents = اسناد شما: سند هویت، کارت اقامت یا رسید (récépissé)، ثبوت آدرس، عاید.
outcome-get-help-who = میز پذیرش، یک مددکار اجتماعی، France Services، PIMMS، CCAS.

outcome-ame-later-title = کمک صحی دولت (AME)، بعداً
outcome-ame-later-what = AME وقتی برای شما باز می‌شود که بیشتر از ۳ ماه است کارت اقامت یا ویزه معتبر ندارید. تا آن وقت، شفاخانه حالت‌های عاجل را تداوی می‌کند، و می‌توانید به PASS بروید.
outcome-ame-later-next = ثبوت‌های حضور خود در فرانسه را نگه دارید: بل‌ها، نامه‌ها، تصدیق‌نامه‌ها. وقتی این مدت گذشت، درخواست را در CPAM، یا در یک مرکز صحی مجاز یا یک موسسه مجاز بدهید.
outcome-ame-later-documents = فهرست اسناد در فبروری ۲۰۲۶ تغییر کرد (فرمان ۶ فبروری ۲۰۲۶). آن را از CPAM یا یک مددکار اجتماعی بپرسید.
outcome-ame-later-who = CCAS، PASS شفاخانه، Comede، Médecins du Monde، یک مددکار اجتماعی.

outcome-css-later-title = Complémentaire santé solidaire، بعداً
outcome-css-later-what = برای تداوی شما، sécurité sociale را تکمیل می‌کند. برای گرفتن آن، باید بیشتر از ۳ ماه کار کرده باشید، یا بیشتر از ۳ ماه در فرانسه زندگی کرده باشید.
outcome-css-later-next = وقتی بیشتر از ۳ ماه کار کرده باشید، یا بیشتر از ۳ ماه در فرانسه زندگی کرده باشید، آن را در حساب ameli خود (« Mes démarches ») یا با فورم Cerfa 12504 درخواست کنید.
outcome-css-later-documents = فعلاً هیچ چیز. صندوق بیمه خودش معاش‌ها و کمک‌های مالی شما را پیدا خواهد کرد.
outcome-css-later-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-protection-title = Complémentaire santé solidaire، رایگان برای ۱۲ ماه
outcome-css-protection-what = با حمایت موقت، از روز رسیدن خود sécurité sociale دارید، و Complémentaire santé solidaire را هم برای ۱۲ ماه رایگان دارید، بدون شرط عاید.
outcome-css-protection-next = اجازه‌نامه اقامت موقت (APS) خود را به CPAM نشان بدهید. لازم نیست عاید خود را اعلام کنید. بعد از ۱۲ ماه، از CPAM بپرسید که چطور آن را تمدید کنید.
outcome-css-protection-documents = APS شما که روی آن « bénéficiaire de la protection temporaire » نوشته شده است. سند هویت. ثبوت آدرس یا آدرس اداری (domiciliation). RIB (معلومات حساب بانکی).
outcome-css-protection-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire در مایوت (Mayotte)
outcome-css-mayotte-what = از سال ۲۰۲۴ در مایوت وجود دارد. برای تداوی شما، sécurité sociale را تکمیل می‌کند.
outcome-css-mayotte-next = آن را از صندوق بیمه مایوت درخواست کنید: Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = فهرست اسناد را از CSSM بخواهید. سقف‌های عاید آن باید تأیید شود: از CSSM بپرسید.
outcome-css-mayotte-who = CSSM، France Services، CCAS.
