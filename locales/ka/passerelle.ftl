# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = ქართული

## The bar on every screen

bar-back = უკან
bar-read-aloud = ეკრანის ხმამაღლა წაკითხვა
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = ქართულისთვის ახლავე ისევ დააჭირეთ ღილაკს.
bar-home = მთავარი
bar-language = ენა
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = სწრაფი გასვლა

## Welcome screen (shown in every language in turn)

welcome-greeting = გამარჯობა
welcome-tagline = თქვენი ჯანმრთელობის უფლებები, ახსნილი თქვენს ენაზე
welcome-touch = შეეხეთ ეკრანს, რომ დაიწყოთ

## Language picker

languages-title = აირჩიეთ ენა

## Home screen

home-title = როგორ შეგვიძლია დაგეხმაროთ?
home-intro = ეს უფასო და ანონიმურია. თქვენს სახელს არ გკითხავთ.
tile-danger = საფრთხეში ან ძალადობის მსხვერპლი
tile-danger-hint = უფასო საგანგებო ნომრები, დღე და ღამე

## Emergency numbers

emergency-title = საგანგებო ნომრები
emergency-intro = ზარები უფასოა, სახლის ან მობილური ტელეფონიდან.
emergency-15-name = SAMU: სასწრაფო სამედიცინო დახმარება
emergency-15-what = გულის წასვლა ან უეცრად ძალიან ცუდად გახდომა, მძიმე ტრავმა, სუნთქვის გაძნელება.
emergency-17-name = პოლიცია
emergency-17-what = საფრთხეში ხართ. ვიღაც თავს გესხმით ან გცემთ.
emergency-18-name = მეხანძრეები
emergency-18-what = ხანძარი, უბედური შემთხვევა.
emergency-112-name = ევროპული საგანგებო ნომერი
emergency-112-what = ნებისმიერი საგანგებო შემთხვევა. მუშაობს ევროკავშირის ყველა ქვეყანაში.
emergency-114-name = საგანგებო დახმარება SMS-ით
emergency-114-what = ვერ ლაპარაკობთ ან ვერ გესმით: გაგზავნეთ SMS.
emergency-115-name = Samu social: გადაუდებელი ღამის გასათევი
emergency-115-what = დასაძინებელი ადგილი არ გაქვთ. თარჯიმნის მომსახურება შესაძლებელია, დეპარტამენტის მიხედვით.
emergency-119-name = ბავშვები საფრთხეში
emergency-119-what = ბავშვი საფრთხეშია.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = ქალებზე ძალადობა: მოგისმენენ და რჩევას მოგცემენ. ანონიმურად. ასევე ენებზე: არაბული, დარი, სპარსული, თურქული და სხვა, მაგრამ არა ყოველთვის 24 საათის განმავლობაში. საფრთხის დროს დარეკეთ 17-ზე ან 112-ზე.
emergency-free = უფასო
emergency-hours-always = 24/7
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = საათები დასაზუსტებელია
emergency-by-sms = SMS-ით
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = წყაროები: { $sources }. შემოწმდა: { $verified }.
