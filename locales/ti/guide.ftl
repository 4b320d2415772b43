# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = ሽፋን ጥዕና ኣሎኒ ዶ? ንሕና ክንመርሓኩም
tile-guide-hint = ውሑዳት ሕቶታት፣ ንዓኹም ዝኸውን መልሲ
tile-guides = ብዛዕባ ሽፋን ጥዕና መብርሂ
tile-guides-hint = Sécurité sociale፣ CSS፣ mutuelle፣ AME፣ ህጹጽ ሕክምና

## Questions (one per screen)

guide-progress = ሕቶ { $step }፣ ብዝበዝሐ { $total } ሕቶታት
question-has-puma = ድሮ sécurité sociale ኣለኩም ዶ?
question-has-puma-hint = ንኣብነት carte Vitale ወይ መረጋገጺ መሰል (attestation de droits)። AME፣ sécurité sociale ኣይኮነን።
question-status = ኣብ ፈረንሳ ዘለኩም ኩነታት እንታይ እዩ?
question-works = ኣብ ፈረንሳ ትሰርሑ ዶ?
question-works-hint = ብውዕል ስራሕ ወይ ብወረቐት ደሞዝ።
question-months = ብዘይ ምቁራጽ ኣብ ፈረንሳ ንኽንደይ ግዜ ነቢርኩም?
question-minor = እቲ ሕክምና ዘድልዮ ሰብ ዕድሚኡ ትሕቲ 18 ዓመት ዶ እዩ?
question-urgent = ሕጂ ሕክምና የድልየኩም ዶ?
question-pregnant = ነፍሰ ጾር ዲኽን?
question-rsa = RSA ትቕበሉ ዶ?
question-household = ኣብ ስድራቤትኩም ክንደይ ሰባት ይነብሩ?
question-household-hint = ንስኻትኩም፣ መጻምድትኹም፣ ከምኡ'ውን ኣብ ሓላፍነትኩም ዘለዉ ትሕቲ 25 ዓመት ዝዕድሚኦም ደቅኹም።
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = ኣብ 12 ወርሒ ዝረኸቦ ኣታዊ ስድራቤትኩም ካብ { $amount } € ዝወሓደ ድዩ?
question-income-participation = ኣታዊ ስድራቤትኩም ካብ { $amount } € ዝወሓደ ድዩ?
question-income-hint = ንስድራቤት ናይ { $household ->
        [one] { $household } ሰብ
       *[other] { $household } ሰባት
    }። ዝቑጸሩ 12 ወርሒ፣ ሕቶ ቅድሚ ምቕራብኩም 2 ወርሒ ዝውድኡ እዮም። ደሞዝ፣ ሓገዝ ገንዘብ፣ ጡረታ: ስድራቤት ዝተቐበሎ ኩሉ።
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = ንምንባር እኹል ገንዘብን መድሕን ጥዕናን ኣለኩም ዶ?
question-eu-resources-hint = ንኣብነት ጡረታ ወይ ስሩዕ ኣታዊ፣ ከምኡ'ውን ካብ ሃገርኩም ዝተዋህበ ናይ ኤውሮጳ ካርድ መድሕን ሕማም (carte européenne d'assurance maladie) ወይ ናይ ብሕቲ መድሕን።
question-irregular-months = ግዜኡ ዘይሓለፈ ፍቓድ መንበሪ ወይ ቪዛ ካብ ዘይብልኩም ክንደይ ግዜ ኮይኑ?
question-irregular-months-hint = ቪዛኹም ወይ ፍቓድ መንበሪኹም ካብ ዝወድኣሉ፣ ወይ ብዘይ ወረቐት ካብ ዝመጻእኩምሉ።
question-employee = ኣብ ናይ ብሕቲ ትካል ብደሞዝ ትሰርሑ ዶ?

## Answers

answer-yes = እወ
answer-no = ኣይፋል
answer-unknown = ኣይፈልጥን
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } ሰብ
       *[other] { $value } ሰባት
    }
answer-months-less = 3 ወርሒ ወይ ትሕቲኡ
answer-months-more = ልዕሊ 3 ወርሒ
answer-irregular-0 = ትሕቲ 1 ወርሒ
answer-irregular-1 = ካብ 1 ክሳዕ 2 ወርሒ
answer-irregular-2 = ካብ 2 ክሳዕ 3 ወርሒ
status-french = ዜግነት ፈረንሳ ኣሎኒ
status-eu = ዜግነት ናይ ሓንቲ ሃገር ሕብረት ኤውሮጳ ኣሎኒ
status-permit = ፍቓድ መንበሪ ወይ ግዝያዊ ወረቐት (récépissé) ኣሎኒ
status-refugee = ዑቕባ ወይ ሓለዋ ረኺበ ኣለኹ
status-asylum-seeker = ሓታቲ ዑቕባ እየ
status-temporary-protection = ግዝያዊ ሓለዋ ኣሎኒ (protection temporaire፣ ካብ ዩክሬን ንዝተፈናቐሉ ሰባት)
status-student = ተምሃራይ እየ
status-no-papers = ሕጋዊ ወረቐት የብለይን
status-unknown = ኣይፈልጥን

## Results

result-title = ክትረኽብዎ እትኽእሉ
result-intro = እዚ ምስ መልስታትኩም ዝሰማማዕ እዩ። ካብቲ ቀዳማይ ስጉምቲ ጀምሩ።
result-next = ዝቕጽል ስጉምቲ
result-documents = ክትሕዝዎ ዘለኩም ሰነዳት
result-who = መን ክሕግዘኩም ይኽእል
result-website = ወግዓዊ መርበብ ሓበሬታ
result-qr = ነቲ ሊንክ ክትዕቅቡ ብተሌፎንኩም ስካን ግበሩ።
result-show-staff = ኣብ መቐበሊ ኣርእዩ
result-restart = እንደገና ጀምሩ
staff-title = ንሰራሕተኛታት መቐበሊ
staff-visitor-language = ቋንቋ በጻሒ
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = ደረታት ኣታዊ ንስድራቤት ናይ { $household ->
        [one] { $household } ሰብ
       *[other] { $household } ሰባት
    }: { $free } € ኣብ ዓመት (ብናጻ)፣ { $participation } € ኣብ ዓመት (ምስ ክፍሊት)። ግዜ: ካብ { $from } ክሳዕ { $to }።
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = ተጠንቀቑ: እዚ ደረታት ክሳዕ { $to } ጥራይ ይሰርሕ ነይሩ። ተቐይሩ ክኸውን ይኽእል። ኣብ complementaire-sante-solidaire.gouv.fr ብወግዓዊ መቕመሪ (simulateur) ኣረጋግጹ።
result-ceiling-computed = ንግዝኣታት ፈረንሳ ኣብ ማዕዶ ባሕሪ (outre-mer) ዝተቐመረ መጠናት፣ ገና ክረጋገጽ ኣለዎ።
# The monthly participation per person, by age on 1 January.
result-participation = ንነፍሲ ወከፍ ሰብ ኣብ ወርሒ፣ ከም ዕድመ ኣብ 1 ጥሪ: { $a29 } € ክሳዕ 29 ዓመት፣ { $a49 } € ካብ 30 ክሳዕ 49 ዓመት፣ { $a59 } € ካብ 50 ክሳዕ 59 ዓመት፣ { $a69 } € ካብ 60 ክሳዕ 69 ዓመት፣ { $a70 } € ካብ 70 ዓመት ንላዕሊ።
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = ኣብ Alsace-Moselle (régime local) እንተ ትሰርሑ ወይ ጡረታ እንተ ወጺኹም፣ ዝወሓደ እዩ: { $a29 } € ክሳዕ 29 ዓመት፣ { $a49 } € ካብ 30 ክሳዕ 49 ዓመት፣ { $a59 } € ካብ 50 ክሳዕ 59 ዓመት፣ { $a69 } € ካብ 60 ክሳዕ 69 ዓመት፣ { $a70 } € ካብ 70 ዓመት ንላዕሊ።
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = ብዝበዝሐ ድሕሪ { $months } ወርሒ AME ክትሓቱ ክትክእሉ ኢኹም።

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa): መሰረታዊ መድሕን ጥዕና
outcome-puma-what = ብዙሕ ክፋል ወጻኢታት ሕክምናኹም ይመልሰልኩም: ሓኪም፣ ሆስፒታል፣ መድሃኒት።
outcome-puma-next = ኣብ ትካል መድሕን ሕማም (CPAM) ክትምዝገቡ ሕተቱ። እንተ ትሰርሑ፣ መብዛሕትኡ ግዜ ኣስራሒኹም እዩ ዝገብሮ።
outcome-puma-documents = ወረቐት መንነት። ፍቓድ መንበሪ ወይ መረጋገጺ ሕቶኹም። ምስክር ወረቐት ልደት፣ እንተ ኣድልዩ ዝተተርጎመ። መረጋገጺ ኣድራሻ ወይ domiciliation። RIB (ሓበሬታ ሕሳብ ባንኪ)።
outcome-puma-who = France Services፣ PIMMS፣ CCAS ወይ ማሕበራዊ ሰራሕተኛ ነቲ ፋይል ንምድላው ይሕግዙኹም።

outcome-puma-wait-title = Sécurité sociale ድሕሪ 3 ወርሒ ኣብ ፈረንሳ
outcome-puma-wait-what = ዓበይቲ ሓተትቲ ዑቕባ 3 ወርሒ ይጽበዩ። ዕድመ ዘይበጽሑ ደቅኹም ኣይጽበዩን። ኣብ ግዜ ምጽባይ፣ ሆስፒታል ህጹጽ ሕክምና፣ ኩሉ ሕክምና ነፍሰ ጾራትን ሓደስቲ ዝተወልዱ ህጻናትን፣ ብፍቓድ ምቁራጽ ጥንሲ (IVG)፣ ከምኡ'ውን ምምሕልላፍ ሕማም ዝከላኸል ሕክምና ይሽፍን።
outcome-puma-wait-next = ሕጂ ሕክምና እንተ ኣድልዩኩም፣ ናብ PASS ናይ መንግስቲ ሆስፒታል ኪዱ። ድሕሪ 3 ወርሒ ኣብ ፈረንሳ፣ ኣብ CPAM sécurité sociale ሕተቱ።
outcome-puma-wait-documents = መረጋገጺ ሕቶ ዑቕባ። ወረቐት መንነት፣ እንተ ኣለኩም። መረጋገጺ ኣድራሻ ወይ domiciliation።
outcome-puma-wait-who = PASS ናይ ሆስፒታል፣ ማሕበራዊ ሰራሕተኛ።

outcome-ame-title = ናይ መንግስቲ ሓገዝ ሕክምና (AME)
outcome-ame-what = ሕክምናኹም ብዋጋ sécurité sociale ይኸፍል፣ ገንዘብ ኣቐዲምኩም ከይከፈልኩም። ገለ ዘይህጹጽ ሕክምናታት ኣብ ቀዳሞት 9 ወርሒ ፍቓድ የድልዮም።
outcome-ame-next = ቀዳማይ ሕቶ ባዕልኹም ቀሪብኩም ኣብ CPAM፣ ወይ ኣብ ፍቓድ ዘለዎ ማእከል ጥዕና (centre de santé) ወይ ኣብ ፍቓድ ዘለዋ ማሕበር ኣቕርቡ። መልሲ ኣብ ውሽጢ 2 ወርሒ ይመጽእ: መልሲ እንተ ዘይመጺኡ፣ ተነጺጉ ማለት እዩ። AME ን1 ዓመት ይጸንሕ: 2 ወርሒ ቅድሚ ምውዳኡ ምሕዳስ ሕተቱ።
outcome-ame-documents = ዝርዝር ሰነዳት ኣብ ለካቲት 2026 ተቐይሩ (ብድንጋጌ 6 ለካቲት 2026)። ቅድሚ ፋይል ምድላውኩም፣ ኣብ CPAM ወይ ካብ ማሕበራዊ ሰራሕተኛ ሕተትዎ።
outcome-ame-who = CCAS፣ PASS ናይ ሆስፒታል፣ Comede፣ Médecins du Monde፣ ማሕበራዊ ሰራሕተኛ።

outcome-dsuv-title = ኣብ ሆስፒታል ህጹጽ ሕክምና
outcome-dsuv-what = AME እንተ ዘይብልኩም፣ ሆስፒታል ህጹጽ ዝኾነ ይሕክም: ህይወትኩም ወይ ጥዕናኹም ኣብ ሓደጋ ምስ ዝኸውን፣ ከምኡ'ውን ንዘይተወልደ ህጻን። ንኹሉ ሰብ ድማ፣ ሆስፒታል ክትትል ጥንሲ፣ ሕርሲ፣ ሕክምና ሓድሽ ዝተወልደ ህጻን፣ ብፍቓድ ምቁራጽ ጥንሲ (IVG)፣ ከምኡ'ውን ምምሕልላፍ ሕማም ዝከላኸል ሕክምና ይሽፍን።
outcome-dsuv-next = ናብ ክፍሊ ህጹጽ ረድኤት ወይ ናብ PASS ናይ መንግስቲ ሆስፒታል ኪዱ። ሽፋን ጥዕና ከም ዘይብልኩም ንገሩ።
outcome-dsuv-documents = ዘለኩም ወረቓቕቲ ሒዝኩም ምጹ: መንነት፣ ናይ ሕክምና ሰነዳት።
outcome-dsuv-who = ማሕበራዊ ሰራሕተኛ ናይ ሆስፒታል።

outcome-pass-title = PASS ናይ ሆስፒታል
outcome-pass-what = ኣብ ናይ መንግስቲ ሆስፒታላት፣ PASS ሽፋን ጥዕና ንዘይብሎም ሰባት ይሕክም: ምርኣይ ሓኪም፣ መርመራታት፣ ከምኡ'ውን እንተ ኣድልዩ መድሃኒት፣ ብናጻ።
outcome-pass-next = ናብ ዝቐረበ ናይ መንግስቲ ሆስፒታል ኪዱ፣ PASS ሕተቱ። ከቢድ ህጹጽ ኩነታት እንተ ኣጋጢሙ፣ ናብ 15 ደውሉ።
outcome-pass-documents = ዘለኩም ወረቓቕቲ ሒዝኩም ምጹ: መንነት፣ ናይ ሕክምና ሰነዳት።
outcome-pass-who = ማሕበራዊ ሰራሕተኛ ናይ PASS መሰላትኩም ንምርካብ ይሕግዘኩም።

outcome-css-free-title = Complémentaire santé solidaire፣ ብናጻ
outcome-css-free-what = ንሕክምናኹም፣ ኣብ ርእሲ sécurité sociale ተወሳኺ ሽፋን እዩ። ምስ ዘለኩም ኣታዊ፣ ብናጻ እዩ።
outcome-css-free-next = ኣብ ናይ ameli ኣካውንትኩም (« Mes démarches ») ወይ ብቕጥዒ Cerfa 12504 ናብ ትካል መድሕንኩም ብምልኣኽ ሕተትዎ።
outcome-css-free-documents = ወረቐት ደሞዝ ኣየድልን: ትካል መድሕን ደሞዝ፣ ሓገዝ ገንዘብ ከምኡ'ውን ጡረታ ባዕሉ ይረኽቦ። ዝቑጸሩ 12 ወርሒ፣ ሕቶ ቅድሚ ምቕራብኩም 2 ወርሒ ዝውድኡ እዮም። መሰላት ን12 ወርሒ ይጸንሑ: 2 ክሳዕ 4 ወርሒ ቅድሚ ምውዳኦም ምሕዳስ ሕተቱ።
outcome-css-free-who = CPAM፣ France Services፣ PIMMS፣ CCAS።

outcome-css-participation-title = Complémentaire santé solidaire፣ ምስ ንእሽቶ ክፍሊት
outcome-css-participation-what = ንሕክምናኹም፣ ኣብ ርእሲ sécurité sociale ተወሳኺ ሽፋን እዩ። ኣብ ወርሒ ንነፍሲ ወከፍ ሰብ ንእሽቶ ገንዘብ ትኸፍሉ።
outcome-css-participation-next = ኣብ ናይ ameli ኣካውንትኩም (« Mes démarches ») ወይ ብቕጥዒ Cerfa 12504 ናብ ትካል መድሕንኩም ብምልኣኽ ሕተትዎ።
outcome-css-participation-documents = ወረቐት ደሞዝ ኣየድልን: ትካል መድሕን ደሞዝ፣ ሓገዝ ገንዘብ ከምኡ'ውን ጡረታ ባዕሉ ይረኽቦ። ዝቑጸሩ 12 ወርሒ፣ ሕቶ ቅድሚ ምቕራብኩም 2 ወርሒ ዝውድኡ እዮም። መሰላት ን12 ወርሒ ይጸንሑ: 2 ክሳዕ 4 ወርሒ ቅድሚ ምውዳኦም ምሕዳስ ሕተቱ።
outcome-css-participation-who = CPAM፣ France Services፣ PIMMS፣ CCAS።

outcome-css-automatic-title = Complémentaire santé solidaire፣ ምስ RSA ብቐጥታ
outcome-css-automatic-what = RSA እንተ ኣለኩም፣ Complémentaire santé solidaire ብናጻ ትረኽቡ፣ ከይሓተትኩም። ክትነጽግዎ ትኽእሉ ኢኹም።
outcome-css-automatic-next = ኣብ ናይ ameli ኣካውንትኩም ኣረጋግጽዎ ወይ ንትካል መድሕንኩም ሕተቱ።
outcome-css-automatic-documents = ዝኾነ ሕቶ ከተቕርቡ ኣየድልየኩምን።
outcome-css-automatic-who = CPAM፣ France Services፣ PIMMS።

outcome-mutuelle-employer-title = ናይ ኣስራሒኹም mutuelle
outcome-mutuelle-employer-what = ኩሉ ናይ ብሕቲ ኣስራሒ ናይ ትካል mutuelle ከቕርብን እንተ ወሓደ ፍርቂ ዋግኡ ክኸፍልን ኣለዎ።
outcome-mutuelle-employer-next = ካብ ክፍሊ ሰራሕተኛታት ወይ ካብ ሓላፊኹም ሕተትዎ።
outcome-mutuelle-employer-documents = ነቲ ዝርዝር ካብ ክፍሊ ሰራሕተኛታት ሕተቱ።
outcome-mutuelle-employer-who = ክፍሊ ሰራሕተኛታት ናይ ትካልኩም።

outcome-mutuelle-title = Mutuelle (ተወሳኺ መድሕን ጥዕና)
outcome-mutuelle-what = Mutuelle፣ sécurité sociale ዘይመልሶ ገለ ክፋል ይኸፍል። ዋግኡ መብዛሕትኡ ግዜ ኣብ ወርሒ ካብ 30 ክሳዕ 100 € እዩ።
outcome-mutuelle-next = ቅድሚ ምፍራምኩም ብዙሓት ምርጫታት ኣወዳድሩ። ድሕሪ ቀዳማይ ዓመት፣ ኣብ ዝኾነ ግዜ ከተቋርጽዎ ትኽእሉ ኢኹም።
outcome-mutuelle-documents = RIB (ሓበሬታ ሕሳብ ባንኪ)።
outcome-mutuelle-who = France Services፣ PIMMS።

outcome-already-covered-title = ድሮ sécurité sociale ኣለኩም
outcome-already-covered-what = መሰረታዊ ሽፋንኩም ኣሎ። Carte Vitale ወይ መረጋገጺ ወረቐትኩም ወቕታዊ ይኹን።
outcome-already-covered-next = መሰላትኩም ኣብ ናይ ameli ኣካውንትኩም ወይ ኣብ CPAM ኣረጋግጹ።
outcome-already-covered-documents = Carte Vitale ወይ መረጋገጺ መሰልኩም (attestation de droits)።
outcome-already-covered-who = CPAM፣ France Services፣ PIMMS።

outcome-get-help-title = ኩነታትኩም ከረጋግጹልኩም ሕተቱ
outcome-get-help-what = ገለ መልስታት ጎዲሎም ኣለዉ፣ ወይ ኩነታትኩም ሓገዝ የድልዮ: ሓደ ሰብ ምሳኹም ኮይኑ መሰላትኩም ከረጋግጽ ይኽእል።
outcome-get-help-next = ኣብ መቐበሊ፣ ካብ ማሕበራዊ ሰራሕተኛ፣ ኣብ France Services ወይ ኣብ PIMMS ሕተቱ። ብናጻ እዩ።
outcome-get-help-documents = ወረቓቕትኹም: መንነት፣ ፍቓድ መንበሪ ወይ ግዝያዊ ወረቐት (récépissé)፣ መረጋገጺ ኣድራሻ፣ ኣታዊ።
outcome-get-help-who = መቐበሊ፣ ማሕበራዊ ሰራሕተኛ፣ France Services፣ PIMMS፣ CCAS።

outcome-ame-later-title = ናይ መንግስቲ ሓገዝ ሕክምና (AME)፣ ድሒሩ
outcome-ame-later-what = AME ክትረኽቡ እትኽእሉ፣ ግዜኡ ዘይሓለፈ ፍቓድ መንበሪ ወይ ቪዛ ካብ ዘይብልኩም ካብ 3 ወርሒ ንላዕሊ ምስ ኮነ እዩ። ክሳዕ ሽዑ፣ ሆስፒታል ህጹጽ ዝኾነ ይሕክም፣ PASS'ውን ይቕበለኩም።
outcome-ame-later-next = ኣብ ፈረንሳ ከም ዘለኹም ዘረጋግጹ ወረቓቕቲ ዓቕቡ: ፋክቱራታት፣ ደብዳቤታት፣ መረጋገጺ ወረቓቕቲ (attestations)። እቲ ግዜ ምስ ሓለፈ፣ ኣብ CPAM፣ ወይ ኣብ ፍቓድ ዘለዎ ማእከል ጥዕና (centre de santé) ወይ ኣብ ፍቓድ ዘለዋ ማሕበር ሕቶ ኣቕርቡ።
outcome-ame-later-documents = ዝርዝር ሰነዳት ኣብ ለካቲት 2026 ተቐይሩ (ብድንጋጌ 6 ለካቲት 2026)። ኣብ CPAM ወይ ካብ ማሕበራዊ ሰራሕተኛ ሕተትዎ።
outcome-ame-later-who = CCAS፣ PASS ናይ ሆስፒታል፣ Comede፣ Médecins du Monde፣ ማሕበራዊ ሰራሕተኛ።

outcome-css-later-title = Complémentaire santé solidaire፣ ድሒሩ
outcome-css-later-what = ንሕክምናኹም፣ ኣብ ርእሲ sécurité sociale ተወሳኺ ሽፋን እዩ። ካብ 3 ወርሒ ንላዕሊ ስራሕ፣ ወይ ካብ 3 ወርሒ ንላዕሊ ኣብ ፈረንሳ ምንባር የድልዮ።
outcome-css-later-next = ካብ 3 ወርሒ ንላዕሊ ስራሕ ወይ ኣብ ፈረንሳ ምንባር ምስ ዝህልወኩም፣ ኣብ ናይ ameli ኣካውንትኩም (« Mes démarches ») ወይ ብቕጥዒ Cerfa 12504 ሕተትዎ።
outcome-css-later-documents = ሕጂ ዝኾነ ኣየድልን። ትካል መድሕን ደሞዝኩምን ሓገዝ ገንዘብኩምን ባዕሉ ክረኽቦ እዩ።
outcome-css-later-who = CPAM፣ France Services፣ PIMMS፣ CCAS።

outcome-css-protection-title = Complémentaire santé solidaire፣ ን12 ወርሒ ብናጻ
outcome-css-protection-what = ምስ ግዝያዊ ሓለዋ (protection temporaire)፣ ካብ ዝኣተኹምሉ ጀሚሩ sécurité sociale ኣለኩም፣ ከምኡ'ውን ን12 ወርሒ Complémentaire santé solidaire ብናጻ፣ ብዘይ ቅድመ ኩነት ኣታዊ።
outcome-css-protection-next = ግዝያዊ ፍቓድ መንበሪኹም (autorisation provisoire de séjour, APS) ኣብ CPAM ኣርእዩ። ኣታዊኹም ክትሕብሩ ኣየድልየኩምን። ድሕሪ 12 ወርሒ፣ ብኸመይ Complémentaire santé solidaire ከም እትሕድስዎ ንCPAM ሕተቱ።
outcome-css-protection-documents = « bénéficiaire de la protection temporaire » ዝብል APS ናትኩም። ወረቐት መንነት። መረጋገጺ ኣድራሻ ወይ domiciliation። RIB (ሓበሬታ ሕሳብ ባንኪ)።
outcome-css-protection-who = CPAM፣ France Services፣ PIMMS፣ CCAS።

outcome-css-mayotte-title = Complémentaire santé solidaire ኣብ Mayotte
outcome-css-mayotte-what = ካብ 2024 ጀሚሩ ኣብ Mayotte ኣሎ። ንሕክምናኹም፣ ኣብ ርእሲ sécurité sociale ተወሳኺ ሽፋን እዩ።
outcome-css-mayotte-next = ኣብ Caisse de sécurité sociale de Mayotte (CSSM) ሕተትዎ።
outcome-css-mayotte-documents = ነቲ ዝርዝር ኣብ CSSM ሕተቱ። ደረታት ኣታዊኡ ገና ምስ CSSM ክረጋገጽ ኣለዎ።
outcome-css-mayotte-who = CSSM፣ France Services፣ CCAS።
