# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = 医疗保障讲解
guide-section-what = 这是什么
guide-section-who = 谁可以享有
guide-section-how = 怎么申请
guide-section-documents = 所需材料
guide-section-problems = 常见的问题和解决办法
guide-section-help = 谁可以帮您
# $date: the date the page was checked against its sources.
guide-verified = 核实日期：{ $date }
# $sources: the sources, with their dates.
guide-sources = 来源：{ $sources }
guide-to-confirm = 待确认

## Sécurité sociale (PUMa)

guide-puma-title = Sécurité sociale（法国基本医保，PUMa）
guide-puma-what = 全民医疗保障（protection universelle maladie，PUMa）报销您大部分的医疗费用：看医生、医院、药品。人们通常叫它« la sécurité sociale »。
guide-puma-who = 所有在法国工作的人，从工作第一天起。所有在法国连续居住超过3个月、有居留证（titre de séjour）或正在办理申请的证明的人。不用等3个月的人：已获得难民身份或保护的人，有临时保护身份的人（乌克兰流离失所者），来法国和参保人团聚的家人，学生，领取家庭补助或住房补助的人。成年的庇护申请人要等3个月；他们的孩子不用等。不工作的欧盟公民必须有足够的生活费和医疗保险：如果没有，请找人核实您的情况。AME不是sécurité sociale。
guide-puma-how = 通常由雇主办理。否则，请把表格寄给您所在省的医保局（CPAM）。
guide-puma-documents = 身份证件。居留证（titre de séjour）或申请证明：récépissé（回执）、convocation（召见信）、预约单。出生证明，需要时附翻译。地址证明，或domiciliation（通信地址证明）。RIB（银行账户信息）。
guide-puma-problems = 没有固定地址时，请向CCAS或经认可的协会申请domiciliation（通信地址证明）：它可以作为您档案上的地址。医保局（CPAM）的自助机要用carte Vitale（医保卡）和ameli密码：刚开始时，请去柜台或France Services。
guide-puma-help = France Services、PIMMS、CCAS、社工。Assurance Maladie（医保局）电话：36 46。
guide-puma-form = 申请表格的编号和版本有待确认。

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire（团结补充医保，CSS）
guide-css-what = 它在sécurité sociale之外，补充支付您的医疗费。根据家庭收入，它是免费的，或者每月付一小笔钱。
guide-css-who = 有sécurité sociale并且收入低的人。家庭成员：您、您的配偶或伴侣，以及由您抚养的未满25岁的子女。需要工作超过3个月，或者在法国生活超过3个月。领取RSA的人：免费，自动获得。领取ASPA、ASI或AAH的人：符合条件时通常可以获得，需自付一部分。有临时保护身份的人：出示APS，可以免费享有12个月。在Mayotte（马约特），从2024年起也有：请问CSSM。
guide-css-how = 在您的ameli账户（« Mes démarches »）里申请，或者填写Cerfa 12504表格，寄给您的医保局。
guide-css-documents = 不需要工资单：医保局自己会查到工资、补助和养老金。计算的是到申请前2个月为止的12个月的收入。有些补助不算，例如AEEH、开学补助（allocation de rentrée scolaire）、PCH和APA。如果您免费住在别人家、有自己的房子，或者领取住房补助，收入里会加上一笔固定金额。
guide-css-problems = 权利有效期12个月：请在到期前2至4个月续办，否则会停止。收入上限每年4月1日调整。在Alsace-Moselle（阿尔萨斯-摩泽尔），只有régime local（地方制度）的人自付费用更低：也就是在那里工作或退休的人。
guide-css-help = CPAM、France Services、PIMMS、CCAS。

## Mutuelle

guide-mutuelle-title = Mutuelle（私人补充医疗保险）
guide-mutuelle-what = 一种私人医疗保险，支付sécurité sociale不报销的一部分费用。
guide-mutuelle-who = 所有有sécurité sociale的人。私营企业的雇员：雇主必须提供公司的mutuelle，并且至少付一半费用。
guide-mutuelle-how = 雇员：问人事部门。其他人：比较几家的报价，通常每月30至100 €。第一年过后，您可以随时退保。
guide-mutuelle-documents = RIB（银行账户信息）。
guide-mutuelle-problems = mutuelle和您的档案关联以后，医保局会自动把您的报销信息发给它（télétransmission，电子传送）：您不用寄任何材料。您可以在ameli账户里查看。
guide-mutuelle-help = France Services、PIMMS。

## Aide médicale de l'État (AME)

guide-ame-title = Aide médicale de l'État（AME，国家医疗救助）
guide-ame-what = 它为没有居留证的人，按sécurité sociale收费标准的100 %支付医疗费，不用先垫钱。
guide-ame-who = 在法国连续居住超过3个月、没有有效居留证已经超过3个月、并且收入低于上限的人。Mayotte（马约特）没有AME。父母没有合法居留身份的孩子，不需要这些条件也可以享有。
guide-ame-how = 第一次申请要本人去医保局（CPAM），或去经认可的医疗中心或协会。最多2个月内会有答复。AME有效期1年：请在到期前2个月续办。
guide-ame-documents = 所需材料清单在2026年2月改了（2026年2月6日法令）。准备材料前，请向医保局（CPAM）或社工要这份清单。
guide-ame-problems = 2个月后还没有答复，就是拒绝：社工可以帮您应对。头9个月里，有些不紧急的治疗需要事先批准。
guide-ame-help = CCAS、医院的PASS、Comede、Médecins du Monde（世界医生组织）、社工。
guide-ame-form = 申请表格（Cerfa 11573）的编号和版本有待确认。

## Urgent care and the hospital PASS

guide-urgent-title = 紧急治疗和医院的PASS
guide-urgent-what = PASS是公立医院为没有医保的人开设的接待门诊。没有AME时，医院也会治疗紧急的情况：即« soins urgents et vitaux »（紧急和危及生命的治疗）。
guide-urgent-who = PASS：所有没有医保的人，不管身份情况如何。紧急治疗：没有合法居留身份的人（在法国不到3个月的，或者暂时还没有AME的），以及正在等3个月的庇护申请人，在生命或健康有危险时，也包括为了腹中的胎儿。对所有这些人，还包括：孕期检查、分娩、新生儿的治疗、人工流产（IVG），以及防止疾病传染的治疗。
guide-urgent-how = 去公立医院，说要找PASS。情况严重紧急时，请打15。
guide-urgent-documents = 带上您有的证件：身份证件、医疗文件。
guide-urgent-problems = 在PASS，社工会帮您申请您应有的医疗保障：请要求见社工。
guide-urgent-help = PASS或医院的社工。

## Care open without cover

guide-free-care-title = 没有医保也能看病的地方
guide-free-care-what = 有些地方看病不要求有医保。
guide-free-care-who = PMI（母婴保健）：孕妇和未满6岁的儿童。CeGIDD：艾滋病病毒（HIV）、肝炎和性传播感染的检测和治疗，免费，您愿意的话可以匿名。性健康中心（centres de santé sexuelle，以前叫家庭计划中心）。Comede：难民和移民的健康和权利。Médecins du Monde（世界医生组织，CASO）：免费、没有条件的治疗，并且帮助获得医保。
guide-free-care-how = 请问接待处或社工，最近的地址在哪里。
guide-free-care-documents = 不要求有任何医保。
guide-free-care-problems = 这些地方不能代替医保：也请在那里寻求帮助，申请您应有的医疗保障。
guide-free-care-help = 社工、Comede、Médecins du Monde。
