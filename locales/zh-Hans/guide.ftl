# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = 我有医保吗？我们一步步帮您看
tile-guide-hint = 回答几个问题，得到适合您的答案
tile-guides = 医疗保障讲解
tile-guides-hint = Sécurité sociale、CSS、mutuelle、AME、急诊

## Questions (one per screen)

guide-progress = 第{ $step }题，最多{ $total }题
question-has-puma = 您现在已经有sécurité sociale（法国基本医保）了吗？
question-has-puma-hint = 例如有carte Vitale（医保卡）或attestation de droits（医保权利证明）。AME不是sécurité sociale。
question-status = 您在法国的身份是什么？
question-works = 您在法国工作吗？
question-works-hint = 有劳动合同或工资单。
question-months = 您在法国连续住了多久（中间没有中断）？
question-minor = 需要看病的人未满18岁吗？
question-urgent = 您现在就需要看病吗？
question-pregnant = 您怀孕了吗？
question-rsa = 您领取RSA（最低收入补助）吗？
question-household = 您家里有几口人？
question-household-hint = 您、您的配偶或伴侣，以及由您抚养的未满25岁的子女。
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = 您家庭12个月的收入低于{ $amount } €吗？
question-income-participation = 您家庭的收入低于{ $amount } €吗？
question-income-hint = 这是{ $household ->
       *[other] { $household }人
    }家庭的标准。计算的是到申请前2个月为止的12个月。工资、补助、养老金：家庭收到的所有钱都算。
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = 您有足够的生活费，并且有医疗保险吗？
question-eu-resources-hint = 例如有养老金或稳定收入，并且有您本国的欧洲医疗保险卡或私人保险。
question-irregular-months = 您没有有效的居留证（titre de séjour）或签证，已经多久了？
question-irregular-months-hint = 从您的签证或居留证到期时算起；如果您来法国时就没有签证或居留证，从您到法国时算起。
question-employee = 您是私营企业的雇员吗？

## Answers

answer-yes = 是
answer-no = 否
answer-unknown = 我不知道
# $value: a number of people.
answer-household = { $value ->
       *[other] { $value }人
    }
answer-months-less = 3个月或更短
answer-months-more = 超过3个月
answer-irregular-0 = 不到1个月
answer-irregular-1 = 1到2个月之间
answer-irregular-2 = 2到3个月之间
status-french = 我有法国国籍
status-eu = 我是欧盟国家的公民
status-permit = 我有居留证（titre de séjour）或回执（récépissé）
status-refugee = 我已获得难民身份或辅助保护（protection subsidiaire）
status-asylum-seeker = 我正在申请庇护
status-temporary-protection = 我有临时保护身份（乌克兰流离失所者）
status-student = 我是学生
status-no-papers = 我没有合法居留身份（sans papiers）
status-unknown = 我不知道

## Results

result-title = 您可以得到的保障
result-intro = 这是符合您回答的结果。请从第一步开始。
result-next = 下一步
result-documents = 要带的材料
result-who = 谁可以帮您
result-website = 官方网站
result-qr = 用手机扫码，保存链接。
result-show-staff = 给接待人员看
result-restart = 重新开始
staff-title = 给接待人员
staff-visitor-language = 访客的语言
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = { $household ->
       *[other] { $household }人
    }的收入上限：每年{ $free } €（免费），每年{ $participation } €（需自付一部分）。有效期：{ $from }至{ $to }。
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = 注意：这些上限的有效期到{ $to }为止。可能已经变了。请在complementaire-sante-solidaire.gouv.fr的官方模拟器上核实。
result-ceiling-computed = 海外省的金额是计算出来的，有待确认。
# The monthly participation per person, by age on 1 January.
result-participation = 每人每月，按1月1日时的年龄：29岁及以下{ $a29 } €，30至49岁{ $a49 } €，50至59岁{ $a59 } €，60至69岁{ $a69 } €，70岁及以上{ $a70 } €。
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = 如果您在Alsace-Moselle（阿尔萨斯-摩泽尔）工作或退休（régime local，地方制度），费用更低：29岁及以下{ $a29 } €，30至49岁{ $a49 } €，50至59岁{ $a59 } €，60至69岁{ $a69 } €，70岁及以上{ $a70 } €。
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = 最多再过{ $months }个月，您就可以申请AME。

## Outcomes

outcome-puma-title = Sécurité sociale（法国基本医保，PUMa）
outcome-puma-what = 它报销您大部分的医疗费用：看医生、医院、药品。
outcome-puma-next = 请向医保局（CPAM）申请登记。如果您在工作，通常由雇主帮您办理。
outcome-puma-documents = 身份证件。居留证（titre de séjour）或您的申请证明。出生证明，需要时附翻译。地址证明或domiciliation（通信地址证明）。RIB（银行账户信息）。
outcome-puma-who = France Services、PIMMS、CCAS（市政府社会救助中心）或社工可以帮您准备材料。

outcome-puma-wait-title = 在法国满3个月后可以有sécurité sociale
outcome-puma-wait-what = 成年的庇护申请人要等3个月。您未满18岁的孩子不用等。等待期间，医院负责：紧急治疗，孕妇和新生儿的所有治疗，人工流产（IVG），以及防止疾病传染的治疗。
outcome-puma-wait-next = 现在就需要看病：请去公立医院的PASS。在法国满3个月后，向医保局（CPAM）申请sécurité sociale。
outcome-puma-wait-documents = 庇护申请证明（attestation de demande d'asile）。身份证件（如果有）。地址证明或domiciliation（通信地址证明）。
outcome-puma-wait-who = 医院的PASS，社工。

outcome-ame-title = Aide médicale de l'État（AME，国家医疗救助）
outcome-ame-what = 它按sécurité sociale的收费标准支付您的医疗费，您不用先垫钱。头9个月里，有些不紧急的治疗需要事先批准。
outcome-ame-next = 第一次申请要本人去医保局（CPAM），或去经认可的医疗中心或协会。最多2个月内会有答复：没有答复就是拒绝。AME有效期1年：请在到期前2个月续办。
outcome-ame-documents = 所需材料清单在2026年2月改了（2026年2月6日法令）。准备材料前，请向医保局（CPAM）或社工要这份清单。
outcome-ame-who = CCAS、医院的PASS、Comede、Médecins du Monde（世界医生组织）、社工。

outcome-dsuv-title = 医院的紧急治疗
outcome-dsuv-what = 没有AME时，医院会治疗紧急的情况：您的生命或健康有危险时，也包括为了腹中的胎儿。对所有人，医院还负责：孕期检查、分娩、新生儿的治疗、人工流产（IVG），以及防止疾病传染的治疗。
outcome-dsuv-next = 去公立医院的急诊或PASS。告诉他们您没有医保。
outcome-dsuv-documents = 带上您有的证件：身份证件、医疗文件。
outcome-dsuv-who = 医院的社工。

outcome-pass-title = 医院的PASS
outcome-pass-what = 在公立医院，PASS为没有医保的人看病：看诊、检查，需要时还有药品，都是免费的。
outcome-pass-next = 去最近的公立医院，说要找PASS。情况严重紧急时，请打15。
outcome-pass-documents = 带上您有的证件：身份证件、医疗文件。
outcome-pass-who = PASS的社工会帮您申请您应有的医疗保障。

outcome-css-free-title = Complémentaire santé solidaire（团结补充医保），免费
outcome-css-free-what = 它在sécurité sociale之外，补充支付您的医疗费。按您的收入，它是免费的。
outcome-css-free-next = 在您的ameli账户（« Mes démarches »）里申请，或者填写Cerfa 12504表格，寄给您的医保局。
outcome-css-free-documents = 不需要工资单：医保局自己会查到工资、补助和养老金。计算的是到申请前2个月为止的12个月。权利有效期12个月：请在到期前2至4个月续办。
outcome-css-free-who = CPAM、France Services、PIMMS、CCAS。

outcome-css-participation-title = Complémentaire santé solidaire（团结补充医保），需付少量费用
outcome-css-participation-what = 它在sécurité sociale之外，补充支付您的医疗费。您每月为每个人付一小笔钱。
outcome-css-participation-next = 在您的ameli账户（« Mes démarches »）里申请，或者填写Cerfa 12504表格，寄给您的医保局。
outcome-css-participation-documents = 不需要工资单：医保局自己会查到工资、补助和养老金。计算的是到申请前2个月为止的12个月。权利有效期12个月：请在到期前2至4个月续办。
outcome-css-participation-who = CPAM、France Services、PIMMS、CCAS。

outcome-css-automatic-title = Complémentaire santé solidaire（团结补充医保），领RSA自动获得
outcome-css-automatic-what = 领取RSA的人，不用申请，就自动免费获得Complémentaire santé solidaire。您也可以拒绝。
outcome-css-automatic-next = 在您的ameli账户里查看，或者问您的医保局。
outcome-css-automatic-documents = 不用申请。
outcome-css-automatic-who = CPAM、France Services、PIMMS。

outcome-mutuelle-employer-title = 雇主提供的mutuelle（补充医疗保险）
outcome-mutuelle-employer-what = 所有私营企业的雇主都必须提供公司的mutuelle，并且至少付一半费用。
outcome-mutuelle-employer-next = 向人事部门或您的主管申请。
outcome-mutuelle-employer-documents = 请向人事部门要材料清单。
outcome-mutuelle-employer-who = 您公司的人事部门。

outcome-mutuelle-title = Mutuelle（私人补充医疗保险）
outcome-mutuelle-what = Mutuelle支付sécurité sociale不报销的一部分费用。价格通常是每月30至100 €。
outcome-mutuelle-next = 签合同前，比较几家的报价。第一年过后，您可以随时退保。
outcome-mutuelle-documents = RIB（银行账户信息）。
outcome-mutuelle-who = France Services、PIMMS。

outcome-already-covered-title = 您已经有sécurité sociale（法国基本医保）
outcome-already-covered-what = 您的基本医保已经生效。请及时更新您的carte Vitale（医保卡）或权利证明。
outcome-already-covered-next = 在您的ameli账户里或去医保局（CPAM）查看您的权利。
outcome-already-covered-documents = 您的carte Vitale（医保卡）或attestation de droits（医保权利证明）。
outcome-already-covered-who = CPAM、France Services、PIMMS。

outcome-get-help-title = 请人帮您核实情况
outcome-get-help-what = 有些问题没有答案，或者您的情况需要帮助：有人可以和您一起核实您的权利。
outcome-get-help-next = 请问接待处、社工、France Services或PIMMS。都是免费的。
outcome-get-help-documents = 您的证件：身份证件、居留证（titre de séjour）或回执（récépissé）、地址证明、收入证明。
outcome-get-help-who = 接待处、社工、France Services、PIMMS、CCAS。

outcome-ame-later-title = Aide médicale de l'État（AME，国家医疗救助），以后可以申请
outcome-ame-later-what = 您没有有效居留证或签证超过3个月后，才可以申请AME。在此之前，医院会治疗紧急的情况，PASS也会接待您。
outcome-ame-later-next = 保留能证明您在法国的材料：账单、信件、各种证明。等待期过了以后，去医保局（CPAM）或经认可的医疗中心或协会申请。
outcome-ame-later-documents = 所需材料清单在2026年2月改了（2026年2月6日法令）。请向医保局（CPAM）或社工要这份清单。
outcome-ame-later-who = CCAS、医院的PASS、Comede、Médecins du Monde（世界医生组织）、社工。

outcome-css-later-title = Complémentaire santé solidaire（团结补充医保），以后可以申请
outcome-css-later-what = 它在sécurité sociale之外，补充支付您的医疗费。需要工作超过3个月，或者在法国生活超过3个月。
outcome-css-later-next = 等您工作或在法国生活超过3个月后，在您的ameli账户（« Mes démarches »）里申请，或者填写Cerfa 12504表格。
outcome-css-later-documents = 现在不需要。医保局以后会自己查到您的工资和补助。
outcome-css-later-who = CPAM、France Services、PIMMS、CCAS。

outcome-css-protection-title = Complémentaire santé solidaire（团结补充医保），12个月免费
outcome-css-protection-what = 有临时保护身份，您一到法国就有sécurité sociale，还有12个月免费的Complémentaire santé solidaire，不看收入。
outcome-css-protection-next = 向医保局（CPAM）出示您的临时居留许可（autorisation provisoire de séjour，APS）。您不用申报收入。12个月后，问医保局（CPAM）怎么续办。
outcome-css-protection-documents = 您的APS，上面写着« bénéficiaire de la protection temporaire »（临时保护受益人）。身份证件。地址证明或domiciliation（通信地址证明）。RIB（银行账户信息）。
outcome-css-protection-who = CPAM、France Services、PIMMS、CCAS。

outcome-css-mayotte-title = Mayotte（马约特）的Complémentaire santé solidaire
outcome-css-mayotte-what = 从2024年起，Mayotte也有这项保障。它在sécurité sociale之外，补充支付您的医疗费。
outcome-css-mayotte-next = 向Mayotte社会保障局（Caisse de sécurité sociale de Mayotte，CSSM）申请。
outcome-css-mayotte-documents = 请向CSSM要材料清单。它的收入上限要向CSSM确认。
outcome-css-mayotte-who = CSSM、France Services、CCAS。
