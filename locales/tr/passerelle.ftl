# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = Türkçe

## The bar on every screen

bar-back = Geri
bar-read-aloud = Ekranı sesli oku
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = Türkçe için, şimdi düğmeye tekrar basın.
bar-home = Ana sayfa
bar-language = Dil
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Hızlı çıkış

## Welcome screen (shown in every language in turn)

welcome-greeting = Merhaba
welcome-tagline = Sağlık haklarınız, kendi dilinizde anlatılıyor
welcome-touch = Başlamak için ekrana dokunun

## Language picker

languages-title = Dilinizi seçin

## Home screen

home-title = Size nasıl yardımcı olabiliriz?
home-intro = Ücretsiz ve anonimdir. Adınızı sormuyoruz.
tile-danger = Tehlikedeyseniz ya da şiddet görüyorsanız
tile-danger-hint = Ücretsiz acil numaralar, gece gündüz

## Emergency numbers

emergency-title = Acil numaralar
emergency-intro = Aramalar ücretsizdir: sabit telefondan ya da cep telefonundan.
emergency-15-name = SAMU: acil sağlık yardımı
emergency-15-what = Bayılma ya da aniden çok kötü hissetme, ağır yaralanma, nefes almada zorluk.
emergency-17-name = Polis
emergency-17-what = Tehlikedesiniz. Biri size saldırıyor ya da sizi dövüyor.
emergency-18-name = İtfaiye
emergency-18-what = Yangın, kaza.
emergency-112-name = Avrupa acil çağrı numarası
emergency-112-what = Her türlü acil durum. Avrupa Birliği'nin bütün ülkelerinde çalışır.
emergency-114-name = SMS ile acil yardım
emergency-114-what = Konuşamıyor ya da duyamıyorsanız: SMS gönderin.
emergency-115-name = Samu social: acil barınma
emergency-115-what = Uyuyacak bir yeriniz yok. Bölgeye (département) göre tercüman olabilir.
emergency-119-name = Tehlikedeki çocuklar
emergency-119-what = Bir çocuk tehlikede.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Kadına yönelik şiddet: sizi dinler ve size yol gösterir. Anonimdir. Arapça, Darice, Farsça, Türkçe ve başka dillerde de hizmet verir, ama her zaman 24 saat değil. Tehlikedeyseniz: 17'yi ya da 112'yi arayın.
emergency-free = Ücretsiz
emergency-hours-always = 7/24
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Saatler kesin değil
emergency-by-sms = SMS ile
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Kaynaklar: { $sources }. Kontrol tarihi: { $verified }.
