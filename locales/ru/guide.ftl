# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = Есть ли у меня медицинская страховка? Мы подскажем
tile-guide-hint = Несколько вопросов — и ответ для вас
tile-guides = Медицинская страховка: как это работает
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, срочная помощь

## Questions (one per screen)

guide-progress = Вопрос { $step } (всего не больше { $total })
question-has-puma = У вас уже есть sécurité sociale (медицинская страховка)?
question-has-puma-hint = Например, carte Vitale или справка о правах (attestation de droits). AME — это не sécurité sociale.
question-status = Какой у вас статус во Франции?
question-works = Вы работаете во Франции?
question-works-hint = С трудовым договором или расчётными листками.
question-months = Как долго вы живёте во Франции без перерыва?
question-minor = Человеку, которому нужно лечение, меньше 18 лет?
question-urgent = Вам нужна медицинская помощь сейчас?
question-pregnant = Вы беременны?
question-rsa = Вы получаете RSA?
question-household = Сколько человек в вашей семье?
question-household-hint = Вы, ваш муж или жена и дети до 25 лет на вашем иждивении.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = Доходы вашей семьи за 12 месяцев меньше { $amount } €?
question-income-participation = Доходы вашей семьи меньше { $amount } €?
question-income-hint = Для семьи из { $household ->
        [one] { $household } человека
        [few] { $household } человек
        [many] { $household } человек
       *[other] { $household } человека
    }. Учитываются 12 месяцев, которые заканчиваются за 2 месяца до заявления. Зарплаты, пособия, пенсии: всё, что семья получила.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = У вас достаточно денег на жизнь и есть медицинская страховка?
question-eu-resources-hint = Например, пенсия или регулярный доход, а также Европейская карта медицинского страхования вашей страны или частная страховка.
question-irregular-months = Как давно у вас нет действующего вида на жительство или визы?
question-irregular-months-hint = С тех пор как закончилась ваша виза или ваш вид на жительство, или с тех пор как вы приехали без документов.
question-employee = Вы работаете по найму в частной компании?

## Answers

answer-yes = Да
answer-no = Нет
answer-unknown = Не знаю
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } человек
        [few] { $value } человека
        [many] { $value } человек
       *[other] { $value } человека
    }
answer-months-less = 3 месяца или меньше
answer-months-more = Больше 3 месяцев
answer-irregular-0 = Меньше 1 месяца
answer-irregular-1 = От 1 до 2 месяцев
answer-irregular-2 = От 2 до 3 месяцев
status-french = У меня французское гражданство
status-eu = У меня гражданство страны Европейского союза
status-permit = У меня есть вид на жительство (titre de séjour) или récépissé
status-refugee = У меня статус беженца или международная защита
status-asylum-seeker = Я прошу убежища
status-temporary-protection = У меня временная защита (protection temporaire) для людей, вынужденно покинувших Украину
status-student = Я студент или студентка
status-no-papers = У меня нет документов на пребывание (sans papiers)
status-unknown = Не знаю

## Results

result-title = Что вы можете получить
result-intro = Вот что подходит по вашим ответам. Начните с первого шага.
result-next = Следующий шаг
result-documents = Какие документы принести
result-who = Кто может помочь
result-website = Официальный сайт
result-qr = Отсканируйте телефоном, чтобы сохранить ссылку.
result-show-staff = Показать администратору
result-restart = Начать заново
staff-title = Для администратора
staff-visitor-language = Язык посетителя
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = Пороги дохода для { $household ->
        [one] { $household } человека
        [few] { $household } человек
        [many] { $household } человек
       *[other] { $household } человека
    }: { $free } € в год (бесплатно), { $participation } € в год (со взносом). Период: с { $from } по { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Внимание: эти пороги действовали до { $to }. Возможно, они изменились. Проверьте на официальном калькуляторе на сайте complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = Суммы рассчитаны для заморских территорий, нужно подтвердить.
# The monthly participation per person, by age on 1 January.
result-participation = За одного человека в месяц, по возрасту на 1 января: { $a29 } € до 29 лет, { $a49 } € от 30 до 49 лет, { $a59 } € от 50 до 59 лет, { $a69 } € от 60 до 69 лет, { $a70 } € с 70 лет.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = Если вы работаете или на пенсии в Эльзасе и Мозеле (Alsace-Moselle, régime local), сумма меньше: { $a29 } € до 29 лет, { $a49 } € от 30 до 49 лет, { $a59 } € от 50 до 59 лет, { $a69 } € от 60 до 69 лет, { $a70 } € с 70 лет.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = Вы сможете подать заявление на AME не позже чем через { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    }.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = Она возмещает большую часть расходов на лечение: врач, больница, лекарства.
outcome-puma-next = Попросите оформить вас в кассе медицинского страхования (CPAM). Если вы работаете, часто это делает работодатель.
outcome-puma-documents = Удостоверение личности. Вид на жительство или документ о поданном заявлении. Свидетельство о рождении, с переводом, если нужно. Подтверждение адреса или почтовый адрес (domiciliation). RIB (банковские реквизиты).
outcome-puma-who = France Services, PIMMS, CCAS (социальная служба мэрии) или социальный работник помогут вам собрать документы.

outcome-puma-wait-title = Sécurité sociale через 3 месяца во Франции
outcome-puma-wait-what = Взрослые, которые просят убежища, ждут 3 месяца. Ваши несовершеннолетние дети не ждут. Пока вы ждёте, больница покрывает расходы на срочную помощь, на всё лечение беременных женщин и новорождённых, на аборт и на лечение, которое не даёт передать болезнь другим.
outcome-puma-wait-next = Если помощь нужна сейчас, идите в PASS государственной больницы. Через 3 месяца во Франции попросите sécurité sociale в CPAM.
outcome-puma-wait-documents = Справка о заявлении на убежище. Удостоверение личности, если есть. Подтверждение адреса или почтовый адрес (domiciliation).
outcome-puma-wait-who = PASS в больнице, социальный работник.

outcome-ame-title = Государственная медицинская помощь (AME)
outcome-ame-what = Она оплачивает лечение по тарифу sécurité sociale, платить заранее не нужно. Для некоторых несрочных видов лечения в первые 9 месяцев нужно разрешение.
outcome-ame-next = Подайте первое заявление лично: в CPAM, в уполномоченном медицинском центре (centre de santé) или в уполномоченной ассоциации. Ответ приходит не позже чем через 2 месяца: если ответа нет, это отказ. AME действует 1 год: продлите её за 2 месяца до конца.
outcome-ame-documents = Список документов изменился в феврале 2026 года (декрет от 6 февраля 2026 года). Узнайте его в CPAM или у социального работника, прежде чем подавать заявление.
outcome-ame-who = CCAS, PASS в больнице, Comede, Médecins du Monde, социальный работник.

outcome-dsuv-title = Срочная помощь в больнице
outcome-dsuv-what = Без AME больница лечит то, что срочно: когда ваша жизнь или здоровье в опасности, а также ради ещё не родившегося ребёнка. Для всех больница также покрывает расходы на наблюдение беременности, роды, медицинскую помощь новорождённому, аборт и лечение, которое не даёт передать болезнь другим.
outcome-dsuv-next = Идите в отделение неотложной помощи или в PASS государственной больницы. Скажите, что у вас нет медицинской страховки.
outcome-dsuv-documents = Возьмите документы, которые у вас есть: удостоверение личности, медицинские документы.
outcome-dsuv-who = Социальный работник больницы.

outcome-pass-title = PASS в больнице
outcome-pass-what = В государственных больницах PASS лечит людей без медицинской страховки: консультации, обследования и лекарства, если нужно, бесплатно.
outcome-pass-next = Идите в ближайшую государственную больницу и попросите PASS. Если случай тяжёлый и срочный, звоните 15.
outcome-pass-documents = Возьмите документы, которые у вас есть: удостоверение личности, медицинские документы.
outcome-pass-who = Социальный работник PASS поможет вам оформить права на страховку.

outcome-css-free-title = Complémentaire santé solidaire — бесплатная
outcome-css-free-what = Она дополняет sécurité sociale при оплате лечения. При ваших доходах она бесплатна.
outcome-css-free-next = Подайте заявление в вашем аккаунте ameli (« Mes démarches ») или отправьте форму Cerfa 12504 в вашу страховую кассу.
outcome-css-free-documents = Расчётные листки не нужны: касса сама находит зарплаты, пособия и пенсии. Учитываются 12 месяцев, которые заканчиваются за 2 месяца до заявления. Права действуют 12 месяцев: продлите их за 2–4 месяца до конца.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire, с небольшим взносом
outcome-css-participation-what = Она дополняет sécurité sociale при оплате лечения. Каждый месяц вы платите небольшую сумму за каждого человека.
outcome-css-participation-next = Подайте заявление в вашем аккаунте ameli (« Mes démarches ») или отправьте форму Cerfa 12504 в вашу страховую кассу.
outcome-css-participation-documents = Расчётные листки не нужны: касса сама находит зарплаты, пособия и пенсии. Учитываются 12 месяцев, которые заканчиваются за 2 месяца до заявления. Права действуют 12 месяцев: продлите их за 2–4 месяца до конца.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire, автоматически с RSA
outcome-css-automatic-what = Если вы получаете RSA, у вас есть бесплатная Complémentaire santé solidaire, без заявления. Вы можете от неё отказаться.
outcome-css-automatic-next = Проверьте это в аккаунте ameli или спросите в вашей страховой кассе.
outcome-css-automatic-documents = Заявление подавать не нужно.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = Mutuelle от вашего работодателя
outcome-mutuelle-employer-what = Каждый частный работодатель должен предложить mutuelle компании и оплачивать хотя бы половину её стоимости.
outcome-mutuelle-employer-next = Спросите о ней в отделе кадров или у руководителя.
outcome-mutuelle-employer-documents = Список спросите в отделе кадров.
outcome-mutuelle-employer-who = Отдел кадров вашей компании.

outcome-mutuelle-title = Mutuelle (дополнительная страховка)
outcome-mutuelle-what = Mutuelle оплачивает часть того, что не возмещает sécurité sociale. Часто она стоит от 30 до 100 € в месяц.
outcome-mutuelle-next = Сравните несколько предложений, прежде чем подписать договор. После первого года её можно расторгнуть в любой момент.
outcome-mutuelle-documents = RIB (банковские реквизиты).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = У вас уже есть sécurité sociale
outcome-already-covered-what = Ваша базовая страховка оформлена. Следите, чтобы carte Vitale или справка о правах были актуальны.
outcome-already-covered-next = Проверьте свои права в аккаунте ameli или в CPAM.
outcome-already-covered-documents = Ваша carte Vitale или справка о правах.
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Попросите проверить вашу ситуацию
outcome-get-help-what = Некоторых ответов не хватает, или в вашей ситуации нужна помощь: специалист может проверить ваши права вместе с вами.
outcome-get-help-next = Спросите у администратора, социального работника, в France Services или в PIMMS. Это бесплатно.
outcome-get-help-documents = Ваши документы: удостоверение личности, вид на жительство или récépissé, подтверждение адреса, сведения о доходах.
outcome-get-help-who = Администратор, социальный работник, France Services, PIMMS, CCAS.

outcome-ame-later-title = Государственная медицинская помощь (AME) — позже
outcome-ame-later-what = Право на AME появляется, когда у вас больше 3 месяцев нет действующего вида на жительство или визы. Пока вы ждёте, больница лечит то, что срочно, и вас принимают в PASS.
outcome-ame-later-next = Сохраняйте доказательства того, что вы во Франции: счета, письма, справки. Когда срок пройдёт, подайте заявление в CPAM, в уполномоченном медицинском центре (centre de santé) или в уполномоченной ассоциации.
outcome-ame-later-documents = Список документов изменился в феврале 2026 года (декрет от 6 февраля 2026 года). Узнайте его в CPAM или у социального работника.
outcome-ame-later-who = CCAS, PASS в больнице, Comede, Médecins du Monde, социальный работник.

outcome-css-later-title = Complémentaire santé solidaire — позже
outcome-css-later-what = Она дополняет sécurité sociale при оплате лечения. Для неё нужно больше 3 месяцев работы или больше 3 месяцев жизни во Франции.
outcome-css-later-next = Когда у вас будет больше 3 месяцев работы или жизни во Франции, подайте заявление в вашем аккаунте ameli (« Mes démarches ») или через форму Cerfa 12504.
outcome-css-later-documents = Пока ничего. Касса сама найдёт ваши зарплаты и пособия.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire — бесплатно на 12 месяцев
outcome-css-protection-what = С временной защитой у вас есть sécurité sociale с момента приезда и бесплатная Complémentaire santé solidaire на 12 месяцев, без условий по доходам.
outcome-css-protection-next = Покажите в CPAM ваше временное разрешение на пребывание (autorisation provisoire de séjour, APS). Сообщать о доходах не нужно. Через 12 месяцев спросите в CPAM, как её продлить.
outcome-css-protection-documents = Ваше APS с отметкой « bénéficiaire de la protection temporaire » (получатель временной защиты). Удостоверение личности. Подтверждение адреса или почтовый адрес (domiciliation). RIB (банковские реквизиты).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire на Майотте
outcome-css-mayotte-what = Она есть на Майотте с 2024 года. Она дополняет sécurité sociale при оплате лечения.
outcome-css-mayotte-next = Подайте заявление в кассу социального страхования Майотты (Caisse de sécurité sociale de Mayotte, CSSM).
outcome-css-mayotte-documents = Список документов спросите в CSSM. Пороги дохода нужно уточнить там же, в CSSM.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
