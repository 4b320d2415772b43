# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = العربية

## The bar on every screen

bar-back = رجوع
bar-read-aloud = قراءة الشاشة بصوت عالٍ
speak-choose-language = للعربية، اضغط على الزر مرة أخرى، الآن.
bar-home = الصفحة الرئيسية
bar-language = اللغة
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = خروج سريع

## Welcome screen (shown in every language in turn)

welcome-greeting = مرحبًا
welcome-tagline = حقوقك الصحية، مشروحة بلغتك
welcome-touch = المس الشاشة للبدء

## Language picker

languages-title = اختر لغتك

## Home screen

home-title = كيف يمكننا مساعدتك؟
home-intro = الخدمة مجانية ومن دون كشف هويتك. لا نسألك عن اسمك.
tile-danger = في خطر أو ضحية عنف
tile-danger-hint = أرقام طوارئ مجانية، ليلًا ونهارًا

## Emergency numbers

emergency-title = أرقام الطوارئ
emergency-intro = مكالمات مجانية، من هاتف ثابت أو هاتف محمول.
emergency-15-name = SAMU: طوارئ طبية
emergency-15-what = إغماء أو توعّك شديد مفاجئ، إصابة خطيرة، صعوبة في التنفس.
emergency-17-name = الشرطة
emergency-17-what = أنت في خطر. شخص يهاجمك أو يضربك.
emergency-18-name = رجال الإطفاء
emergency-18-what = حريق، حادث.
emergency-112-name = رقم الطوارئ الأوروبي
emergency-112-what = لأي حالة طارئة. يعمل في كل دول الاتحاد الأوروبي.
emergency-114-name = الطوارئ عبر رسالة نصية
emergency-114-what = إذا كنت لا تستطيع الكلام أو السمع: أرسل رسالة نصية (SMS).
emergency-115-name = Samu social: مأوى طارئ
emergency-115-what = ليس لديك مكان للنوم. يمكن توفير مترجم، حسب المقاطعة.
emergency-119-name = أطفال في خطر
emergency-119-what = طفل في خطر.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = العنف ضد النساء: استماع ونصائح. دون كشف الهوية. أيضًا بالعربية والدرية والفارسية والتركية ولغات أخرى، ليس دائمًا على مدار 24 ساعة. إذا كنتِ في خطر: اتصلي بالرقم 17 أو 112.
emergency-free = مجاني
emergency-hours-always = ليلًا ونهارًا، كل الأيام
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = مواعيد العمل تحتاج إلى تأكيد
emergency-by-sms = عبر رسالة نصية
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = المصادر: { $sources }. تم التحقق في { $verified }.
