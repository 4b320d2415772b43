# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = Чи є у мене медичне страхування? Ми підкажемо
tile-guide-hint = Кілька запитань — і відповідь для вас
tile-guides = Медичне страхування: як це працює
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, термінова допомога

## Questions (one per screen)

guide-progress = Запитання { $step } (усього не більше { $total })
question-has-puma = У вас уже є sécurité sociale (медичне страхування)?
question-has-puma-hint = Наприклад, carte Vitale або довідка про права (attestation de droits). AME — це не sécurité sociale.
question-status = Який у вас статус у Франції?
question-works = Ви працюєте у Франції?
question-works-hint = З трудовим договором або розрахунковими листками.
question-months = Як довго ви живете у Франції без перерви?
question-minor = Людині, якій потрібне лікування, менше 18 років?
question-urgent = Вам потрібна медична допомога зараз?
question-pregnant = Ви вагітні?
question-rsa = Ви отримуєте RSA?
question-household = Скільки людей у вашій родині?
question-household-hint = Ви, ваш чоловік або дружина і діти до 25 років на вашому утриманні.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = Доходи вашої родини за 12 місяців менші за { $amount } €?
question-income-participation = Доходи вашої родини менші за { $amount } €?
question-income-hint = Для родини з { $household ->
        [one] { $household } особи
        [few] { $household } осіб
        [many] { $household } осіб
       *[other] { $household } особи
    }. Враховують 12 місяців, які закінчуються за 2 місяці до подання заяви. Зарплати, соціальні виплати, пенсії: усе, що отримала родина.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = У вас достатньо грошей на життя і є медичне страхування?
question-eu-resources-hint = Наприклад, пенсія або регулярний дохід, а також Європейська карта медичного страхування вашої країни або приватне страхування.
question-irregular-months = Як давно у вас немає чинної посвідки на проживання або візи?
question-irregular-months-hint = Відтоді, як закінчилася ваша віза або посвідка на проживання, або відтоді, як ви приїхали без документів.
question-employee = Ви працюєте найманим працівником у приватній компанії?

## Answers

answer-yes = Так
answer-no = Ні
answer-unknown = Не знаю
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } людина
        [few] { $value } людини
        [many] { $value } людей
       *[other] { $value } людини
    }
answer-months-less = 3 місяці або менше
answer-months-more = Більше 3 місяців
answer-irregular-0 = Менше 1 місяця
answer-irregular-1 = Від 1 до 2 місяців
answer-irregular-2 = Від 2 до 3 місяців
status-french = У мене французьке громадянство
status-eu = Я маю громадянство країни Європейського Союзу
status-permit = У мене є посвідка на проживання (titre de séjour) або récépissé
status-refugee = У мене статус біженця або міжнародний захист
status-asylum-seeker = Я прошу притулку
status-temporary-protection = У мене тимчасовий захист (protection temporaire) для людей, які вимушено виїхали з України
status-student = Я студент або студентка
status-no-papers = У мене немає документів на перебування (sans papiers)
status-unknown = Не знаю

## Results

result-title = Що ви можете отримати
result-intro = Ось що підходить за вашими відповідями. Почніть з першого кроку.
result-next = Наступний крок
result-documents = Які документи принести
result-who = Хто може допомогти
result-website = Офіційний сайт
result-qr = Відскануйте телефоном, щоб зберегти посилання.
result-show-staff = Показати адміністратору
result-restart = Почати знову
staff-title = Для адміністратора
staff-visitor-language = Мова відвідувача
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = Межі доходу для { $household ->
        [one] { $household } особи
        [few] { $household } осіб
        [many] { $household } осіб
       *[other] { $household } особи
    }: { $free } € на рік (безкоштовно), { $participation } € на рік (з внеском). Період: з { $from } до { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Увага: ці межі діяли до { $to }. Можливо, вони змінилися. Перевірте в офіційному калькуляторі на сайті complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = Суми розраховано для заморських територій, потрібно підтвердити.
# The monthly participation per person, by age on 1 January.
result-participation = За одну людину на місяць, за віком на 1 січня: { $a29 } € до 29 років, { $a49 } € від 30 до 49 років, { $a59 } € від 50 до 59 років, { $a69 } € від 60 до 69 років, { $a70 } € від 70 років.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = Якщо ви працюєте або на пенсії в Ельзасі та Мозелі (Alsace-Moselle, régime local), сума менша: { $a29 } € до 29 років, { $a49 } € від 30 до 49 років, { $a59 } € від 50 до 59 років, { $a69 } € від 60 до 69 років, { $a70 } € від 70 років.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = Ви зможете подати заяву на AME не пізніше ніж через { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    }.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = Вона відшкодовує більшу частину витрат на лікування: лікар, лікарня, ліки.
outcome-puma-next = Попросіть оформити вас у касі медичного страхування (CPAM). Якщо ви працюєте, часто це робить роботодавець.
outcome-puma-documents = Посвідчення особи. Посвідка на проживання або документ про подану заяву. Свідоцтво про народження, з перекладом, якщо потрібно. Підтвердження адреси або поштова адреса (domiciliation). RIB (банківські реквізити).
outcome-puma-who = France Services, PIMMS, CCAS (соціальна служба мерії) або соціальний працівник допоможуть вам зібрати документи.

outcome-puma-wait-title = Sécurité sociale після 3 місяців у Франції
outcome-puma-wait-what = Дорослі, які просять притулку, чекають 3 місяці. Ваші неповнолітні діти не чекають. Поки ви чекаєте, лікарня покриває витрати на термінову допомогу, на все лікування вагітних жінок і новонароджених, на аборт і на лікування, яке не дає передати хворобу іншим.
outcome-puma-wait-next = Якщо допомога потрібна зараз, ідіть до PASS державної лікарні. Після 3 місяців у Франції попросіть sécurité sociale в CPAM.
outcome-puma-wait-documents = Довідка про заяву на притулок. Посвідчення особи, якщо є. Підтвердження адреси або поштова адреса (domiciliation).
outcome-puma-wait-who = PASS у лікарні, соціальний працівник.

outcome-ame-title = Державна медична допомога (AME)
outcome-ame-what = Вона оплачує лікування за тарифом sécurité sociale, платити наперед не потрібно. Для деякого нетермінового лікування в перші 9 місяців потрібен дозвіл.
outcome-ame-next = Подайте першу заяву особисто: у CPAM, в уповноваженому медичному центрі (centre de santé) або в уповноваженій асоціації. Відповідь надходить протягом 2 місяців (щонайбільше): якщо відповіді немає, це відмова. AME діє 1 рік: продовжте її за 2 місяці до кінця.
outcome-ame-documents = Список документів змінився в лютому 2026 року (декрет від 6 лютого 2026 року). Дізнайтеся його в CPAM або в соціального працівника, перш ніж подавати заяву.
outcome-ame-who = CCAS, PASS у лікарні, Comede, Médecins du Monde, соціальний працівник.

outcome-dsuv-title = Термінова допомога в лікарні
outcome-dsuv-what = Без AME лікарня лікує те, що термінове: коли ваше життя чи здоров'я в небезпеці, а також заради ще не народженої дитини. Для всіх лікарня також покриває витрати на ведення вагітності, пологи, медичну допомогу новонародженому, аборт і лікування, яке не дає передати хворобу іншим.
outcome-dsuv-next = Ідіть до відділення невідкладної допомоги або до PASS державної лікарні. Скажіть, що у вас немає медичного страхування.
outcome-dsuv-documents = Візьміть документи, які у вас є: посвідчення особи, медичні документи.
outcome-dsuv-who = Соціальний працівник лікарні.

outcome-pass-title = PASS у лікарні
outcome-pass-what = У державних лікарнях PASS лікує людей без медичного страхування: консультації, обстеження і ліки, якщо потрібно, безкоштовно.
outcome-pass-next = Ідіть до найближчої державної лікарні й попросіть PASS. Якщо випадок тяжкий і терміновий, дзвоніть 15.
outcome-pass-documents = Візьміть документи, які у вас є: посвідчення особи, медичні документи.
outcome-pass-who = Соціальний працівник PASS допоможе вам оформити права на страхування.

outcome-css-free-title = Complémentaire santé solidaire — безкоштовна
outcome-css-free-what = Вона доповнює sécurité sociale в оплаті лікування. З вашими доходами вона безкоштовна.
outcome-css-free-next = Подайте заяву у вашому акаунті ameli (« Mes démarches ») або надішліть форму Cerfa 12504 до вашої страхової каси.
outcome-css-free-documents = Розрахункові листки не потрібні: каса сама знаходить зарплати, соціальні виплати й пенсії. Враховують 12 місяців, які закінчуються за 2 місяці до подання заяви. Права діють 12 місяців: продовжте їх за 2–4 місяці до кінця.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire, з невеликим внеском
outcome-css-participation-what = Вона доповнює sécurité sociale в оплаті лікування. Щомісяця ви платите невелику суму за кожну людину.
outcome-css-participation-next = Подайте заяву у вашому акаунті ameli (« Mes démarches ») або надішліть форму Cerfa 12504 до вашої страхової каси.
outcome-css-participation-documents = Розрахункові листки не потрібні: каса сама знаходить зарплати, соціальні виплати й пенсії. Враховують 12 місяців, які закінчуються за 2 місяці до подання заяви. Права діють 12 місяців: продовжте їх за 2–4 місяці до кінця.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire, автоматично з RSA
outcome-css-automatic-what = Якщо ви отримуєте RSA, у вас є безкоштовна Complémentaire santé solidaire, без заяви. Ви можете від неї відмовитися.
outcome-css-automatic-next = Перевірте це в акаунті ameli або запитайте у вашій страховій касі.
outcome-css-automatic-documents = Заяву подавати не потрібно.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = Mutuelle від вашого роботодавця
outcome-mutuelle-employer-what = Кожен приватний роботодавець має запропонувати mutuelle компанії й оплачувати щонайменше половину її вартості.
outcome-mutuelle-employer-next = Запитайте про неї у відділі кадрів або в керівника.
outcome-mutuelle-employer-documents = Список запитайте у відділі кадрів.
outcome-mutuelle-employer-who = Відділ кадрів вашої компанії.

outcome-mutuelle-title = Mutuelle (додаткове страхування)
outcome-mutuelle-what = Mutuelle оплачує частину того, що не відшкодовує sécurité sociale. Часто вона коштує від 30 до 100 € на місяць.
outcome-mutuelle-next = Порівняйте кілька пропозицій, перш ніж підписати договір. Після першого року її можна розірвати будь-коли.
outcome-mutuelle-documents = RIB (банківські реквізити).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = У вас уже є sécurité sociale
outcome-already-covered-what = Ваше базове страхування оформлене. Стежте, щоб carte Vitale або довідка про права були актуальні.
outcome-already-covered-next = Перевірте свої права в акаунті ameli або в CPAM.
outcome-already-covered-documents = Ваша carte Vitale або довідка про права.
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Попросіть перевірити вашу ситуацію
outcome-get-help-what = Деяких відповідей бракує, або у вашій ситуації потрібна допомога: фахівець може перевірити ваші права разом з вами.
outcome-get-help-next = Запитайте в адміністратора, соціального працівника, у France Services або в PIMMS. Це безкоштовно.
outcome-get-help-documents = Ваші документи: посвідчення особи, посвідка на проживання або récépissé, підтвердження адреси, відомості про доходи.
outcome-get-help-who = Адміністратор, соціальний працівник, France Services, PIMMS, CCAS.

outcome-ame-later-title = Державна медична допомога (AME) — пізніше
outcome-ame-later-what = Право на AME з'являється, коли у вас понад 3 місяці немає чинної посвідки на проживання або візи. Поки ви чекаєте, лікарня лікує те, що термінове, і вас приймають у PASS.
outcome-ame-later-next = Зберігайте докази того, що ви у Франції: рахунки, листи, довідки. Коли строк мине, подайте заяву у CPAM, в уповноваженому медичному центрі (centre de santé) або в уповноваженій асоціації.
outcome-ame-later-documents = Список документів змінився в лютому 2026 року (декрет від 6 лютого 2026 року). Дізнайтеся його в CPAM або в соціального працівника.
outcome-ame-later-who = CCAS, PASS у лікарні, Comede, Médecins du Monde, соціальний працівник.

outcome-css-later-title = Complémentaire santé solidaire — пізніше
outcome-css-later-what = Вона доповнює sécurité sociale в оплаті лікування. Для неї потрібно понад 3 місяці роботи або понад 3 місяці життя у Франції.
outcome-css-later-next = Коли у вас буде понад 3 місяці роботи або життя у Франції, подайте заяву у вашому акаунті ameli (« Mes démarches ») або через форму Cerfa 12504.
outcome-css-later-documents = Поки нічого. Каса сама знайде ваші зарплати й соціальні виплати.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire — безкоштовно на 12 місяців
outcome-css-protection-what = З тимчасовим захистом у вас є sécurité sociale від дня приїзду і безкоштовна Complémentaire santé solidaire на 12 місяців, без умов щодо доходів.
outcome-css-protection-next = Покажіть у CPAM ваш тимчасовий дозвіл на перебування (autorisation provisoire de séjour, APS). Повідомляти про доходи не потрібно. Через 12 місяців запитайте в CPAM, як її продовжити.
outcome-css-protection-documents = Ваш APS з позначкою « bénéficiaire de la protection temporaire » (особа під тимчасовим захистом). Посвідчення особи. Підтвердження адреси або поштова адреса (domiciliation). RIB (банківські реквізити).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire на Майотті
outcome-css-mayotte-what = Вона є на Майотті з 2024 року. Вона доповнює sécurité sociale в оплаті лікування.
outcome-css-mayotte-next = Подайте заяву до каси соціального страхування Майотти (Caisse de sécurité sociale de Mayotte, CSSM).
outcome-css-mayotte-documents = Список документів запитайте в CSSM. Межі доходу потрібно уточнити там само, у CSSM.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
