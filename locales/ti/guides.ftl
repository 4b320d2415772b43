# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = ብዛዕባ ሽፋን ጥዕና መብርሂ
guide-section-what = እንታይ እዩ
guide-section-who = መን ክረኽቦ ይኽእል
guide-section-how = ብኸመይ ከም እትሓትዎ
guide-section-documents = ሰነዳት
guide-section-problems = ብዙሕ ግዜ ዘጋጥሙ ጸገማትን እንታይ ከም እትገብሩን
guide-section-help = መን ክሕግዘኩም ይኽእል
# $date: the date the page was checked against its sources.
guide-verified = ዝተረጋገጸሉ ዕለት: { $date }
# $sources: the sources, with their dates.
guide-sources = ምንጭታት: { $sources }
guide-to-confirm = ገና ክረጋገጽ ኣለዎ

## Sécurité sociale (PUMa)

guide-puma-title = Sécurité sociale (PUMa): መሰረታዊ መድሕን ጥዕና
guide-puma-what = ንኹሉ ሰብ ዝኸውን ሓለዋ ጥዕና (PUMa) ብዙሕ ክፋል ወጻኢታት ሕክምናኹም ይመልሰልኩም: ሓኪም፣ ሆስፒታል፣ መድሃኒት። ብዙሕ ግዜ « la sécurité sociale » ይበሃል።
guide-puma-who = ኣብ ፈረንሳ ዝሰርሕ ዝኾነ ሰብ፣ ካብ ቀዳመይቲ መዓልቲ ስራሕ። ብዘይ ምቁራጽ ካብ 3 ወርሒ ንላዕሊ ኣብ ፈረንሳ ዝነበረ፣ ፍቓድ መንበሪ ወይ መረጋገጺ ቀጻሊ ሕቶ ዘለዎ ዝኾነ ሰብ። 3 ወርሒ ከይተጸበዩ: ዑቕባ ወይ ሓለዋ ዝረኸቡ ሰባት፣ ኣብ ትሕቲ ግዝያዊ ሓለዋ ዘለዉ ሰባት (ካብ ዩክሬን ዝተፈናቐሉ)፣ ምስ መድሕን ዘለዎ ሰብ ክሓብር ዝመጽእ ስድራ፣ ተምሃሮ፣ ናይ ስድራ ወይ ናይ ገዛ ሓገዝ ገንዘብ ዝቕበሉ ሰባት። ዓበይቲ ሓተትቲ ዑቕባ 3 ወርሒ ይጽበዩ፤ ደቆም ግን ኣይጽበዩን። ዘይሰርሑ ዜጋታት ሕብረት ኤውሮጳ ንምንባር እኹል ገንዘብን መድሕን ጥዕናን ክህልዎም ኣለዎ: እንተ ዘይብሎም፣ ኩነታትኩም ከረጋግጹልኩም ሕተቱ። AME፣ sécurité sociale ኣይኮነን።
guide-puma-how = ብዙሕ ግዜ ኣስራሒ እዩ ዝገብሮ። እንተ ዘይኮይኑ፣ ናብ ትካል መድሕን ሕማም (CPAM) ናይ ዞባኹም (département) ቅጥዒ ስደዱ።
guide-puma-documents = ወረቐት መንነት። ፍቓድ መንበሪ ወይ መረጋገጺ ሕቶኹም (récépissé፣ መጸውዒ ደብዳቤ፣ ቆጸራ)። ምስክር ወረቐት ልደት፣ እንተ ኣድልዩ ዝተተርጎመ። መረጋገጺ ኣድራሻ፣ ወይ domiciliation። RIB (ሓበሬታ ሕሳብ ባንኪ)።
guide-puma-problems = ርጉእ ኣድራሻ እንተ ዘይብልኩም፣ ኣብ CCAS ወይ ኣብ ፍቓድ ዘለዋ ማሕበር domiciliation ሕተቱ: ንፋይልኩም ከም ኣድራሻ የገልግል። ናይ CPAM ኣውቶማቲክ ማሽናት carte Vitaleን ናይ ameli ኮድን ይሓቱ: ኣብ መጀመርታ፣ ናብ ሰራሕተኛ ኣብ መሳኹቲ (guichet) ወይ ናብ France Services ኪዱ።
guide-puma-help = France Services፣ PIMMS፣ CCAS፣ ማሕበራዊ ሰራሕተኛ። ተሌፎን መድሕን ሕማም (Assurance Maladie): 36 46።
guide-puma-form = ቁጽርን ሕታምን ናይቲ ቅጥዒ ሕቶ ገና ክረጋገጽ ኣለዎ።

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire (CSS)
guide-css-what = ሕክምናኹም ንምኽፋል፣ ኣብ ርእሲ sécurité sociale ተወሳኺ ሽፋን እዩ። ከም ኣታዊ ስድራቤትኩም፣ ብናጻ እዩ ወይ ኣብ ወርሒ ንእሽቶ ገንዘብ የኽፍል።
guide-css-who = Sécurité sociale ዘለዎምን ትሑት ኣታዊ ዘለዎምን ሰባት። ስድራቤት: ንስኻትኩም፣ መጻምድትኹም፣ ከምኡ'ውን ኣብ ሓላፍነትኩም ዘለዉ ትሕቲ 25 ዓመት ዝዕድሚኦም ደቅኹም። ካብ 3 ወርሒ ንላዕሊ ስራሕ፣ ወይ ካብ 3 ወርሒ ንላዕሊ ኣብ ፈረንሳ ምንባር የድሊ። ምስ RSA፣ ብናጻን ብቐጥታን እዩ። ምስ ASPA፣ ASI ወይ AAH፣ ብዙሕ ግዜ ብቕድመ ኩነታት፣ ምስ ክፍሊት ይወሃብ። ምስ ግዝያዊ ሓለዋ: APS ብምርኣይ፣ ን12 ወርሒ ብናጻ። ኣብ Mayotte ካብ 2024 ጀሚሩ ኣሎ: ንCSSM ሕተቱ።
guide-css-how = ኣብ ናይ ameli ኣካውንትኩም (« Mes démarches »)፣ ወይ ብቕጥዒ Cerfa 12504 ናብ ትካል መድሕንኩም ብምልኣኽ።
guide-css-documents = ወረቐት ደሞዝ ኣየድልን: ትካል መድሕን ደሞዝ፣ ሓገዝ ገንዘብ ከምኡ'ውን ጡረታ ባዕሉ ይረኽቦ። ኣታዊ ናይቶም ሕቶ ቅድሚ ምቕራብኩም 2 ወርሒ ዝውድኡ 12 ወርሒ ይቑጸር። ገለ ሓገዛት ኣይቑጸሩን፣ ንኣብነት AEEH፣ ሓገዝ ምጅማር ዓመተ ትምህርቲ (allocation de rentrée scolaire)፣ PCH ከምኡ'ውን APA። ብናጻ እንተ ትነብሩ፣ ወነን ገዛ እንተ ኴንኩም፣ ወይ ሓገዝ ገዛ እንተ ትቕበሉ፣ ሓደ ዝተወሰነ መጠን ኣብቲ ዝቑጸር ኣታዊ ይውሰኽ።
guide-css-problems = መሰላት ን12 ወርሒ ይጸንሑ: 2 ክሳዕ 4 ወርሒ ቅድሚ ምውዳኦም ምሕዳስ ሕተቱ፣ እንተ ዘይኮይኑ ይቋረጹ። ደረታት ኣታዊ ኩሉ ዓመት ኣብ 1 ሚያዝያ ይቕየሩ። ኣብ Alsace-Moselle፣ እቲ ክፍሊት ንrégime local ጥራይ እዩ ዝወሓደ: ኣብኡ እንተ ትሰርሑ ወይ ኣብኡ ጡረታ እንተ ወጺኹም።
guide-css-help = CPAM፣ France Services፣ PIMMS፣ CCAS።

## Mutuelle

guide-mutuelle-title = Mutuelle (ተወሳኺ መድሕን ጥዕና)
guide-mutuelle-what = Sécurité sociale ዘይመልሶ ገለ ክፋል ዝኸፍል ናይ ብሕቲ መድሕን ጥዕና።
guide-mutuelle-who = Sécurité sociale ዘለዎ ዝኾነ ሰብ። ኣብ ናይ ብሕቲ ትካል ብደሞዝ ዝሰርሑ: ኣስራሒ ናይ ትካል mutuelle ከቕርብን እንተ ወሓደ ፍርቂ ዋግኡ ክኸፍልን ኣለዎ።
guide-mutuelle-how = ብደሞዝ እንተ ትሰርሑ: ንክፍሊ ሰራሕተኛታት ሕተቱ። እንተ ዘይኮይኑ: ብዙሓት ምርጫታት ኣወዳድሩ፣ መብዛሕትኡ ግዜ ኣብ ወርሒ ካብ 30 ክሳዕ 100 €። ድሕሪ ቀዳማይ ዓመት፣ ኣብ ዝኾነ ግዜ ከተቋርጽዎ ትኽእሉ ኢኹም።
guide-mutuelle-documents = RIB (ሓበሬታ ሕሳብ ባንኪ)።
guide-mutuelle-problems = Mutuelle ምስ ፋይልኩም ምስ ተኣሳሰረ፣ ትካል መድሕን ሓበሬታ ምምላስ ገንዘብኩም ባዕሉ ናብ mutuelle ይሰድድ (télétransmission): ዝኾነ ወረቐት ኣይትሰዱን። ኣብ ናይ ameli ኣካውንትኩም ከተረጋግጽዎ ትኽእሉ ኢኹም።
guide-mutuelle-help = France Services፣ PIMMS።

## Aide médicale de l'État (AME)

guide-ame-title = ናይ መንግስቲ ሓገዝ ሕክምና (AME)
guide-ame-what = ፍቓድ መንበሪ ንዘይብሎም ሰባት፣ ሕክምናኹም ብ100 % ናይ sécurité sociale ዋጋ ይኸፍል፣ ገንዘብ ኣቐዲምኩም ከይከፈልኩም።
guide-ame-who = ብዘይ ምቁራጽ ካብ 3 ወርሒ ንላዕሊ ኣብ ፈረንሳ ዝነበሩ፣ ካብ 3 ወርሒ ንላዕሊ ሕጋዊ ፍቓድ መንበሪ ዘይብሎም፣ ኣታዊኦም ትሕቲ እቲ ደረት ዝኾነ ሰባት። ኣብ Mayotte ኣይሰርሕን። ደቂ ወረቐት ዘይብሎም ወለዲ ብዘይ እዚ ቅድመ ኩነታት ይረኽብዎ።
guide-ame-how = ቀዳማይ ሕቶ ባዕልኹም ቀሪብኩም ኣብ CPAM፣ ወይ ኣብ ፍቓድ ዘለዎ ማእከል ጥዕና (centre de santé) ወይ ኣብ ፍቓድ ዘለዋ ማሕበር ይቐርብ። መልሲ ኣብ ውሽጢ 2 ወርሒ ይመጽእ። AME ን1 ዓመት ይጸንሕ: 2 ወርሒ ቅድሚ ምውዳኡ ምሕዳስ ሕተቱ።
guide-ame-documents = ዝርዝር ሰነዳት ኣብ ለካቲት 2026 ተቐይሩ (ብድንጋጌ 6 ለካቲት 2026)። ቅድሚ ፋይል ምድላውኩም፣ ኣብ CPAM ወይ ካብ ማሕበራዊ ሰራሕተኛ ሕተትዎ።
guide-ame-problems = ድሕሪ 2 ወርሒ መልሲ እንተ ዘይመጺኡ፣ ተነጺጉ ማለት እዩ: ማሕበራዊ ሰራሕተኛ ስጉምቲ ክትወስዱ ክሕግዘኩም ይኽእል። ገለ ዘይህጹጽ ሕክምናታት ኣብ ቀዳሞት 9 ወርሒ ፍቓድ የድልዮም።
guide-ame-help = CCAS፣ PASS ናይ ሆስፒታል፣ Comede፣ Médecins du Monde፣ ማሕበራዊ ሰራሕተኛ።
guide-ame-form = ቁጽርን ሕታምን ናይቲ ቅጥዒ ሕቶ (Cerfa 11573) ገና ክረጋገጽ ኣለዎ።

## Urgent care and the hospital PASS

guide-urgent-title = ህጹጽ ሕክምናን PASS ናይ ሆስፒታልን
guide-urgent-what = PASS ኣብ ናይ መንግስቲ ሆስፒታላት፣ ሽፋን ጥዕና ንዘይብሎም ሰባት ዝኸውን ኣገልግሎት እዩ። AME እንተ ዘይብልኩም፣ ሆስፒታል ህጹጽ ዝኾነ'ውን ይሕክም: « ህጹጽን ንህይወት ኣድላይን ሕክምና » (soins urgents et vitaux)።
guide-urgent-who = PASS: ሽፋን ዘይብሉ ዝኾነ ሰብ፣ ኩነታቱ ብዘየገድስ። ህጹጽ ሕክምና: ካብ 3 ወርሒ ንታሕቲ ኣብ ፈረንሳ ዝነበሩ ወረቐት ዘይብሎም ሰባት፣ ወይ ሕጂ AME ዘይብሎም፣ ከምኡ'ውን ን3 ወርሒ ዝጽበዩ ሓተትቲ ዑቕባ፣ ህይወት ወይ ጥዕና ኣብ ሓደጋ ምስ ዝኸውን፣ ንዘይተወልደ ህጻን'ውን። ነዞም ኩሎም ሰባት ብተወሳኺ: ክትትል ጥንሲ፣ ሕርሲ፣ ሕክምና ሓድሽ ዝተወልደ ህጻን፣ ብፍቓድ ምቁራጽ ጥንሲ (IVG)፣ ከምኡ'ውን ምምሕልላፍ ሕማም ዝከላኸል ሕክምና።
guide-urgent-how = ናብ ናይ መንግስቲ ሆስፒታል ኪዱ፣ PASS ሕተቱ። ከቢድ ህጹጽ ኩነታት እንተ ኣጋጢሙ፣ ናብ 15 ደውሉ።
guide-urgent-documents = ዘለኩም ወረቓቕቲ ሒዝኩም ምጹ: መንነት፣ ናይ ሕክምና ሰነዳት።
guide-urgent-problems = ኣብ PASS፣ ማሕበራዊ ሰራሕተኛ መሰላትኩም ንምርካብ ይሕግዘኩም: ምስኡ ክትራኸቡ ሕተቱ።
guide-urgent-help = ማሕበራዊ ሰራሕተኛ ናይ PASS ወይ ናይ ሆስፒታል።

## Care open without cover

guide-free-care-title = ሽፋን ጥዕና ዘየድልዮ ሕክምና
guide-free-care-what = ገለ ቦታታት ሽፋን ጥዕና ከይሓተቱ ይሕክሙ።
guide-free-care-who = PMI: ነፍሰ ጾራትን ትሕቲ 6 ዓመት ዝዕድሚኦም ቆልዑን። CeGIDD: መርመራን ሕክምናን HIV፣ ሄፓታይቲስ ከምኡ'ውን ብጾታዊ ርክብ ዝመሓላለፉ ረኽሲታት፣ ብናጻ፣ እንተ ደሊኹም ብዘይ ስም። ማእከላት ጾታዊ ጥዕና (ቀደም ማእከላት ምውዳብ ስድራቤት ዝበሃሉ)። Comede: ጥዕናን መሰላትን ስደተኛታት። Médecins du Monde (CASO): ብናጻን ብዘይ ቅድመ ኩነትን ሕክምና፣ ከምኡ'ውን ሽፋን ንምርካብ ሓገዝ።
guide-free-care-how = ዝቐረበ ኣድራሻ ኣብ መቐበሊ ወይ ካብ ማሕበራዊ ሰራሕተኛ ሕተቱ።
guide-free-care-documents = ዝኾነ ሽፋን ጥዕና ኣይሕተትን።
guide-free-care-problems = እዞም ቦታታት ንሽፋን ጥዕና ኣይትክኡን: ኣብኡ'ውን መሰላትኩም ንምርካብ ሓገዝ ሕተቱ።
guide-free-care-help = ማሕበራዊ ሰራሕተኛ፣ Comede፣ Médecins du Monde።
