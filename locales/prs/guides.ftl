# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = توضیح پوشش صحی
guide-section-what = این چیست
guide-section-who = کی می‌تواند آن را بگیرد
guide-section-how = چطور درخواست کنید
guide-section-documents = اسناد
guide-section-problems = مشکلات معمول، و چه باید کرد
guide-section-help = کی به شما کمک کرده می‌تواند
# $date: the date the page was checked against its sources.
guide-verified = در تاریخ { $date } بررسی شد
# $sources: the sources, with their dates.
guide-sources = منابع: { $sources }
guide-to-confirm = باید تأیید شود

## Sécurité sociale (PUMa)

guide-puma-title = بیمه صحی: sécurité sociale (PUMa)
guide-puma-what = پوشش همگانی صحی (PUMa) بخش بزرگ مصارف تداوی شما را پس می‌دهد: داکتر، شفاخانه، دوا. مردم اکثراً آن را « sécurité sociale » می‌گویند.
guide-puma-who = هر کسی که در فرانسه کار می‌کند. هر کسی که بیشتر از ۳ ماه بدون وقفه در فرانسه زندگی می‌کند، با کارت اقامت یا ثبوت یک درخواست جاری. بدون انتظار ۳ ماه: پناهندگان و افراد تحت حمایت، فامیلی که به یک بیمه‌شده می‌پیوندد، محصلان، کسانی که کمک مالی خانواده یا کمک کرایه خانه می‌گیرند. پناهجویان بزرگسال ۳ ماه انتظار می‌کشند؛ اطفال شان انتظار نمی‌کشند.
guide-puma-how = اکثراً کارفرما این کار را می‌کند. در غیر آن، یک فورم به صندوق بیمه صحی (CPAM) ولایت (département) خود بفرستید.
guide-puma-documents = سند هویت. کارت اقامت یا ثبوت درخواست شما (رسید، احضاریه، وقت ملاقات). سند تولد، در صورت ضرورت ترجمه شده. ثبوت آدرس، یا آدرس اداری (domiciliation). RIB.
guide-puma-problems = اگر آدرس ثابت ندارید، از CCAS یا یک موسسه مجاز آدرس اداری (domiciliation) بخواهید: این آدرس برای دوسیه شما استفاده می‌شود. دستگاه‌های خودکار CPAM، carte Vitale و کود ameli می‌خواهند: در آغاز، به کلکین یا به France Services بروید.
guide-puma-help = France Services، PIMMS، CCAS، یک کارمند اجتماعی (مددکار اجتماعی). تیلفون Assurance Maladie (بیمه صحی): 3646.
guide-puma-form = شماره و نسخه فورم درخواست باید تأیید شود.

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire (CSS)
guide-css-what = برای پرداخت مصارف تداوی شما، sécurité sociale را تکمیل می‌کند. نظر به عاید خانواده، رایگان است یا هر ماه یک مبلغ کوچک قیمت دارد.
guide-css-who = کسانی که sécurité sociale دارند و عاید شان کم است. خانواده: خود شما، همسر شما، و فرزندان زیر ۲۵ سال که خرج شان به دوش شماست. عاید ۱۲ ماه گذشته حساب می‌شود. با RSA، رایگان و خودکار است.
guide-css-how = در حساب ameli خود (« Mes démarches »)، یا با فورم Cerfa 12504 که به صندوق بیمه خود می‌فرستید.
guide-css-documents = عاید خانواده شما در ۱۲ ماه گذشته.
guide-css-problems = حقوق برای ۱۲ ماه اعتبار دارد: ۲ تا ۴ ماه پیش از ختم، آن را تمدید کنید، ورنه قطع می‌شود. سقف‌های عاید هر سال در ۱ اپریل تغییر می‌کنند.
guide-css-help = CPAM، France Services، PIMMS، CCAS.

## Mutuelle

guide-mutuelle-title = بیمه تکمیلی (mutuelle)
guide-mutuelle-what = یک بیمه صحی خصوصی که بخشی از مصارفی را می‌پردازد که sécurité sociale پس نمی‌دهد.
guide-mutuelle-who = هر کسی که sécurité sociale دارد. کارمندان بخش خصوصی: کارفرما باید یک بیمه تکمیلی (mutuelle) شرکت پیشنهاد کند و حداقل نصف قیمت آن را بپردازد.
guide-mutuelle-how = اگر کارمند هستید: از بخش منابع بشری بپرسید. در غیر آن: چند پیشنهاد را مقایسه کنید، اکثراً ۳۰ تا ۱۰۰ € در ماه. بعد از سال اول، هر وقت بخواهید می‌توانید آن را لغو کنید.
guide-mutuelle-documents = RIB (معلومات حساب بانکی).
guide-mutuelle-problems = وقتی بیمه تکمیلی به دوسیه شما وصل شد، صندوق بیمه معلومات پول‌های پس‌داده‌شده شما را خودش به آن می‌فرستد (ارسال الکترونیکی): شما هیچ کاغذی نمی‌فرستید. این را می‌توانید در حساب ameli خود بررسی کنید.
guide-mutuelle-help = France Services، PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = کمک صحی دولت (AME)
guide-ame-what = برای کسانی که کارت اقامت ندارند، مصارف تداوی را ۱۰۰ ٪ به نرخ sécurité sociale می‌پردازد، بدون اینکه پول پیش بدهند.
guide-ame-who = کسانی که بیشتر از ۳ ماه بدون وقفه در فرانسه زندگی می‌کنند، بیشتر از ۳ ماه است که کارت اقامت معتبر ندارند، و عاید شان کمتر از سقف است. در مایوت (Mayotte) نیست. اطفال والدینی که اسناد ندارند، بدون این شرط‌ها آن را می‌گیرند.
guide-ame-how = درخواست اول به صورت حضوری در CPAM داده می‌شود. جواب حداکثر در ۲ ماه می‌رسد. AME برای ۱ سال است: ۲ ماه پیش از ختم، آن را تمدید کنید.
guide-ame-documents = فهرست اسناد در مارچ ۲۰۲۶ تغییر کرد. پیش از آماده کردن دوسیه، آن را از CPAM یا یک مددکار اجتماعی بپرسید.
guide-ame-problems = اگر بعد از ۲ ماه جواب نیاید، یعنی رد شده است: یک مددکار اجتماعی می‌تواند در اعتراض به شما کمک کند. بعضی تداوی‌های غیر عاجل در ۹ ماه اول به موافقه ضرورت دارند.
guide-ame-help = CCAS، PASS شفاخانه، Comede، Médecins du Monde، یک مددکار اجتماعی.
guide-ame-form = شماره و نسخه فورم درخواست (Cerfa 11573) باید تأیید شود.

## Urgent care and the hospital PASS

guide-urgent-title = تداوی عاجل و PASS شفاخانه
guide-urgent-what = PASS یک بخش خدمات در شفاخانه‌های دولتی برای کسانی است که پوشش صحی ندارند. بدون AME، شفاخانه حالت‌های عاجل را هم تداوی می‌کند: « تداوی عاجل و حیاتی ».
guide-urgent-who = PASS: هر کسی که پوشش ندارد، وضعیتش هر چه باشد. تداوی عاجل: کسانی که اسناد ندارند و کمتر از ۳ ماه است در فرانسه هستند، یا فعلاً AME ندارند، وقتی زندگی یا صحت در خطر است، و همچنین برای طفلی که هنوز به دنیا نیامده. برای پناهجویانی که ۳ ماه انتظار می‌کشند: همچنین همه تداوی زنان حامله و نوزادان، سقط جنین (IVG)، و تداوی‌هایی که از انتقال یک مریضی جلوگیری می‌کند.
guide-urgent-how = به شفاخانه دولتی بروید و PASS را بخواهید. در حالت عاجل شدید، به 15 زنگ بزنید.
guide-urgent-documents = اسنادی را که دارید بیاورید: سند هویت، اسناد طبی.
guide-urgent-problems = در PASS، یک مددکار اجتماعی به شما کمک می‌کند تا حقوق خود را فعال کنید: بخواهید که او را ببینید.
guide-urgent-help = مددکار اجتماعی PASS یا شفاخانه.

## Care open without cover

guide-free-care-title = تداوی بدون پوشش صحی
guide-free-care-what = بعضی جاها بدون شرط پوشش صحی تداوی می‌کنند.
guide-free-care-who = PMI: زنان حامله و اطفال زیر ۶ سال. CeGIDD: تست و تداوی اچ‌آی‌وی (VIH)، هپاتیت و مریضی‌های جنسی، رایگان، و اگر بخواهید بدون نام. مراکز تنظیم خانواده. Comede: صحت و حقوق مهاجران. Médecins du Monde (CASO): تداوی رایگان و بدون شرط، و کمک برای گرفتن پوشش صحی.
guide-free-care-how = نزدیک‌ترین آدرس را از میز پذیرش یا یک مددکار اجتماعی بپرسید.
guide-free-care-documents = هیچ پوشش صحی خواسته نمی‌شود.
guide-free-care-problems = این جاها جای پوشش صحی را نمی‌گیرند: در آنجا برای فعال کردن حقوق خود هم کمک بخواهید.
guide-free-care-help = یک مددکار اجتماعی، Comede، Médecins du Monde.
