# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = ابحث عن مساعدة قريبة من هنا
tile-nearby-hint = أماكن تساعدك، مواعيد العمل، الهاتف
nearby-title = ابحث عن مساعدة قريبة من هنا
nearby-all = الكل
# Shown when the kiosk has no local list of places.
nearby-none = هذا الجهاز ليست فيه بعدُ قائمة بأماكن المساعدة القريبة من هنا.
nearby-ask = اسأل في الاستقبال: « أين أجد مساعدة لحقوقي الصحية قريبًا من هنا؟ »
nearby-no-match = لا يوجد مكان من هذا النوع في قائمة هذا الجهاز.
nearby-national = أرقام ومواقع وطنية
# $source: the open-data source; $date: its date.
nearby-attribution = البيانات: { $source } { $date }
nearby-from-result = من يمكنه مساعدتك قريبًا من هنا

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } كم · { $minutes } دقيقة مشيًا
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } كم
# $time: closing time, such as 17:00.
place-open-until = مفتوح الآن، حتى الساعة { $time }
place-open = مفتوح الآن
# $day: a day name; $time: opening time.
place-opens = مغلق. يفتح { $day } الساعة { $time }
place-closed = مغلق
place-hours-unknown = مواعيد العمل غير معروفة: اتصل قبل الذهاب.
place-address = العنوان
place-hours = مواعيد العمل
place-phone = الهاتف
place-appointment-yes = بموعد مسبق
place-appointment-no = بدون موعد
place-free = مجاني
place-paid = غير مجاني
place-for-exiled = يستقبل المهاجرين واللاجئين
place-for-women = يستقبل النساء
place-remote-too = أيضًا عن بُعد (بالهاتف أو الإنترنت)
place-remote-only = عن بُعد فقط: لا يوجد استقبال في المكان
place-qr = امسح الرمز لتحصل على العنوان والهاتف في هاتفك.
place-closed-day = مغلق
place-today = اليوم
place-tomorrow = غدًا

## Days

day-mo = الاثنين
day-tu = الثلاثاء
day-we = الأربعاء
day-th = الخميس
day-fr = الجمعة
day-sa = السبت
day-su = الأحد

## Kinds of place

kind-france-services = France Services (مساعدة في المعاملات)
kind-pimms = PIMMS (مساعدة في المعاملات)
kind-ccas = CCAS (الخدمات الاجتماعية في البلدية)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF (المنح العائلية)
kind-social-services = الخدمات الاجتماعية للمقاطعة
kind-pass = PASS في المستشفى
kind-pmi = PMI (الأمهات والأطفال)
kind-cegidd = CeGIDD (الفحص والكشف)
kind-planning = تنظيم الأسرة
kind-association = جمعية
kind-mairie = البلدية

## National lines

national-3646-name = Assurance Maladie (التأمين الصحي)
national-3646-what = حقوقك في sécurité sociale، وCSS، واسترداد تكاليف علاجك.
national-3646-hours = غالبًا من الاثنين إلى الجمعة، من 8:30 إلى 17:00، حسب المقاطعة.
national-3939-name = Allô Service Public
national-3939-what = حقوق الأجانب، العمل، السكن، الأسرة، القضاء. ليس لأسئلة التأمين الصحي، ولا يمكنهم الاطلاع على ملفك.
national-3939-hours = الاثنين والخميس من 8:30 إلى 18:15. الثلاثاء والأربعاء من 8:30 إلى 13:00. الجمعة من 13:00 إلى 17:00.
national-0800-name = الحياة الجنسية، منع الحمل، IVG (إنهاء الحمل)
national-0800-what = مجاني ومن دون كشف هويتك.
national-0800-hours = من الاثنين إلى السبت، من 9:00 إلى 20:00.
national-116117-name = الطبيب المناوب
national-116117-what = لرؤية طبيب في المساء أو في الليل أو في عطلة نهاية الأسبوع، عندما تكون العيادات مغلقة.
