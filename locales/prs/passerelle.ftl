# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = دری

## The bar on every screen

bar-back = برگشت
bar-read-aloud = خواندن صفحه با صدای بلند
speak-choose-language = برای دری، همین حالا دوباره دکمه را فشار دهید.
bar-home = صفحه اول
bar-language = زبان
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = خروج سریع

## Welcome screen (shown in every language in turn)

welcome-greeting = سلام
welcome-tagline = حقوق صحی شما، به زبان خود شما توضیح داده شده
welcome-touch = برای شروع، صفحه را لمس کنید

## Language picker

languages-title = زبان خود را انتخاب کنید

## Home screen

home-title = چطور به شما کمک کرده می‌توانیم؟
home-intro = این خدمت رایگان و ناشناس است. ما نام شما را نمی‌پرسیم.
tile-danger = در خطر یا قربانی خشونت
tile-danger-hint = شماره‌های عاجل رایگان، روز و شب

## Emergency numbers

emergency-title = شماره‌های عاجل
emergency-intro = تماس‌های رایگان، از تیلفون ثابت یا موبایل.
emergency-15-name = SAMU: حالت عاجل صحی
emergency-15-what = بیهوشی یا حالت بد ناگهانی، زخم شدید، مشکل در نفس کشیدن.
emergency-17-name = پولیس
emergency-17-what = شما در خطر هستید. کسی به شما حمله می‌کند یا شما را لت و کوب می‌کند.
emergency-18-name = اطفائیه
emergency-18-what = آتش‌سوزی، حادثه.
emergency-112-name = شماره عاجل اروپایی
emergency-112-what = برای هر حالت عاجل. در همه کشورهای اتحادیه اروپا کار می‌کند.
emergency-114-name = کمک عاجل با پیام کوتاه
emergency-114-what = اگر گپ زده یا شنیده نمی‌توانید: یک پیام کوتاه (SMS) بفرستید.
emergency-115-name = Samu social: سرپناه عاجل
emergency-115-what = جایی برای خوابیدن ندارید. امکان ترجمان هم وجود دارد، نظر به ولایت (département).
emergency-119-name = اطفال در خطر
emergency-119-what = یک طفل در خطر است.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = خشونت علیه زنان: گوش دادن به گپ شما و مشوره. ناشناس. به عربی، دری، فارسی، ترکی و زبان‌های دیگر هم، ولی نه همیشه ۲۴ ساعته. اگر در خطر هستید: به شماره 17 یا 112 زنگ بزنید.
emergency-free = رایگان
emergency-hours-always = شب و روز، هر روز
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = ساعات کاری باید تأیید شود
emergency-by-sms = با پیام کوتاه
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = منابع: { $sources }. در تاریخ { $verified } بررسی شد.
