# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = ትግርኛ

## The bar on every screen

bar-back = ንድሕሪት
bar-read-aloud = ገጽ ብድምጺ ምንባብ
speak-choose-language = ንትግርኛ፣ ሕጂ ነቲ መጠወቒ ደጊምኩም ጠውቑ።
bar-home = መበገሲ
bar-language = ቋንቋ
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = ቅልጡፍ ምውጻእ

## Welcome screen (shown in every language in turn)

welcome-greeting = ሰላም
welcome-tagline = ናይ ጥዕና መሰላትኩም፣ ብቛንቋኹም ዝተገልጸ
welcome-touch = ንምጅማር ነቲ ስክሪን ተንከፉ

## Language picker

languages-title = ቋንቋኹም ምረጹ

## Home screen

home-title = ብኸመይ ክንሕግዘኩም ንኽእል?
home-intro = ብናጻን ብዘይ ስምን እዩ። ስምኩም ኣይንሓትትን ኢና።
tile-danger = ኣብ ሓደጋ ወይ ግዳይ ዓመጽ
tile-danger-hint = ናይ ህጹጽ ረድኤት ቁጽርታት ብናጻ፣ መዓልትን ለይትን

## Emergency numbers

emergency-title = ቁጽርታት ህጹጽ ረድኤት
emergency-intro = ጻውዒት ብናጻ እዩ፣ ካብ ናይ ገዛ ተሌፎን ወይ ሞባይል።
emergency-15-name = SAMU: ህጹጽ ሕክምና
emergency-15-what = ሃንደበታዊ ብርቱዕ ሕማም፣ ከቢድ መጉዳእቲ፣ ምስትንፋስ ምጽጋም።
emergency-17-name = ፖሊስ
emergency-17-what = ኣብ ሓደጋ ኣለኹም። ሓደ ሰብ የጥቕዓኩም ወይ ይወቕዓኩም ኣሎ።
emergency-18-name = ኣጥፋእቲ ሓዊ
emergency-18-what = ሓዊ፣ ሓደጋ።
emergency-112-name = ናይ ኤውሮጳ ቁጽሪ ህጹጽ ረድኤት
emergency-112-what = ዝኾነ ህጹጽ ኩነታት። ኣብ ኩለን ሃገራት ሕብረት ኤውሮጳ ይሰርሕ።
emergency-114-name = ህጹጽ ረድኤት ብ SMS
emergency-114-what = ክትዛረቡ ወይ ክትሰምዑ እንተ ዘይክኢልኩም፣ SMS ስደዱ።
emergency-115-name = Samu social: ህጹጽ መሕደሪ
emergency-115-what = እትድቅሱሉ ቦታ የብልኩምን። ተርጓሚ ክህሉ ይኽእል፣ ከከም ዞባ (département)።
emergency-119-name = ቆልዑ ኣብ ሓደጋ
emergency-119-what = ሓደ ቆልዓ ኣብ ሓደጋ ኣሎ።
emergency-3919-name = Violences Femmes Info
emergency-3919-what = ዓመጽ ኣብ ልዕሊ ደቂ ኣንስትዮ: ይሰምዑኹምን ይመኽሩኹምን። ብዘይ ስም። ብዓረብኛ፣ ዳሪ፣ ፋርስኛ፣ ቱርክኛ ከምኡ'ውን ብኻልኦት ቋንቋታት'ውን ይከኣል፣ ግን ኩሉ ግዜ 24 ሰዓት ኣይኮነን። ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ 17 ወይ 112 ደውሉ።
emergency-free = ብናጻ
emergency-hours-always = 24 ሰዓት፣ 7 መዓልቲ ኣብ ሰሙን
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = ሰዓታት ስራሕ ገና ክረጋገጽ ኣለዎ
emergency-by-sms = ብ SMS
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = ምንጭታት: { $sources }። ዝተረጋገጸሉ ዕለት: { $verified }።
