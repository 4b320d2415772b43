# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = هل لديّ تغطية صحية؟ دعنا نرشدك
tile-guide-hint = بعض الأسئلة، وجواب مناسب لك
tile-guides = شرح التغطية الصحية
tile-guides-hint = sécurité sociale، CSS، mutuelle، AME، الطوارئ

## Questions (one per screen)

guide-progress = السؤال { $step } من { $total } على الأكثر
question-has-puma = هل لديك حاليًا sécurité sociale (التأمين الصحي)؟
question-has-puma-hint = مثلًا carte Vitale أو شهادة الحقوق (attestation de droits). AME ليست sécurité sociale.
question-status = ما هو وضعك في فرنسا؟
question-works = هل تعمل في فرنسا؟
question-works-hint = بعقد عمل أو بكشوف راتب.
question-months = منذ متى تعيش في فرنسا دون انقطاع؟
question-minor = هل عمر الشخص الذي يحتاج إلى العلاج أقل من 18 سنة؟
question-urgent = هل تحتاج إلى علاج الآن؟
question-pregnant = هل أنتِ حامل؟
question-rsa = هل تحصل على RSA؟
question-household = كم شخصًا يعيش في أسرتك؟
question-household-hint = أنت، وزوجك أو زوجتك، والأبناء دون 25 سنة الذين تعيلهم.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = هل دخل أسرتك خلال 12 شهرًا أقل من { $amount } €؟
question-income-participation = هل دخل أسرتك أقل من { $amount } €؟
question-income-hint = لأسرة من { $household ->
        [zero] { $household } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $household } أشخاص
        [many] { $household } شخصًا
       *[other] { $household } شخص
    }. فترة 12 شهرًا تنتهي قبل الطلب بشهرين. الرواتب، المساعدات المالية، المعاشات: كل ما حصلت عليه الأسرة.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = هل لديك ما يكفي من المال للعيش، ولديك تأمين صحي؟
question-eu-resources-hint = مثلًا معاش أو دخل منتظم، والبطاقة الأوروبية للتأمين الصحي من بلدك أو تأمين صحي خاص.
question-irregular-months = منذ متى لم تعد لديك بطاقة إقامة أو تأشيرة (visa) صالحة؟
question-irregular-months-hint = منذ انتهاء تأشيرتك أو بطاقة إقامتك، أو منذ وصولك دون أوراق.
question-employee = هل تعمل موظفًا في شركة خاصة؟

## Answers

answer-yes = نعم
answer-no = لا
answer-unknown = لا أعرف
# $value: a number of people.
answer-household = { $value ->
        [zero] { $value } شخص
        [one] { $value } شخص
        [two] { $value } شخصان
        [few] { $value } أشخاص
        [many] { $value } شخصًا
       *[other] { $value } شخص
    }
answer-months-less = 3 أشهر أو أقل
answer-months-more = أكثر من 3 أشهر
answer-irregular-0 = أقل من شهر واحد
answer-irregular-1 = بين شهر واحد وشهرين
answer-irregular-2 = بين شهرين و3 أشهر
status-french = أحمل الجنسية الفرنسية
status-eu = أحمل جنسية دولة من دول الاتحاد الأوروبي
status-permit = لدي بطاقة إقامة أو وصل (récépissé)
status-refugee = حصلت على صفة لاجئ أو على الحماية الفرعية
status-asylum-seeker = أطلب اللجوء
status-temporary-protection = لدي الحماية المؤقتة (protection temporaire) للأشخاص النازحين من أوكرانيا
status-student = أنا طالب/ة
status-no-papers = ليست لدي أوراق إقامة
status-unknown = لا أعرف

## Results

result-title = ما يمكنك الحصول عليه
result-intro = هذا ما يناسب أجوبتك. ابدأ بالخطوة الأولى.
result-next = الخطوة التالية
result-documents = الوثائق التي يجب إحضارها
result-who = من يمكنه مساعدتك
result-website = الموقع الرسمي
result-qr = امسح الرمز بهاتفك لتحتفظ بالرابط.
result-show-staff = اعرضه على موظف الاستقبال
result-restart = ابدأ من جديد
staff-title = لموظفي الاستقبال
staff-visitor-language = لغة الزائر
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = الحد الأقصى للدخل لأسرة من { $household ->
        [zero] { $household } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $household } أشخاص
        [many] { $household } شخصًا
       *[other] { $household } شخص
    }: { $free } € في السنة (مجانًا)، { $participation } € في السنة (مع مساهمة). الفترة من { $from } إلى { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = انتباه: كانت هذه الحدود صالحة حتى { $to }. ربما تغيّرت. تحقّق منها بأداة الحساب الرسمية على complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = مبالغ محسوبة لأقاليم فرنسا ما وراء البحار، تحتاج إلى تأكيد.
# The monthly participation per person, by age on 1 January.
result-participation = لكل شخص في الشهر، حسب العمر في 1 يناير: { $a29 } € حتى 29 سنة، { $a49 } € من 30 إلى 49 سنة، { $a59 } € من 50 إلى 59 سنة، { $a69 } € من 60 إلى 69 سنة، { $a70 } € من 70 سنة فأكثر.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = إذا كنت تعمل أو متقاعدًا في الألزاس والموزيل (Alsace-Moselle)، أي في النظام المحلي (régime local)، فالمساهمة أقل: { $a29 } € حتى 29 سنة، { $a49 } € من 30 إلى 49 سنة، { $a59 } € من 50 إلى 59 سنة، { $a69 } € من 60 إلى 69 سنة، { $a70 } € من 70 سنة فأكثر.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = ستتمكن من طلب AME بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } على الأكثر.

## Outcomes

outcome-puma-title = التأمين الصحي: sécurité sociale (PUMa)
outcome-puma-what = يدفع جزءًا كبيرًا من تكاليف علاجك: الطبيب، المستشفى، الأدوية.
outcome-puma-next = اطلب تسجيلك في صندوق التأمين الصحي (CPAM). إذا كنت تعمل، فغالبًا يتولى صاحب العمل ذلك.
outcome-puma-documents = وثيقة هوية. بطاقة إقامة أو إثبات طلبك. شهادة ميلاد، مترجمة إذا لزم الأمر. إثبات عنوان أو عنوان إداري (domiciliation). RIB (بيانات حسابك البنكي).
outcome-puma-who = France Services أو PIMMS أو CCAS أو أخصائي اجتماعي يساعدونك في تحضير الملف.

outcome-puma-wait-title = sécurité sociale بعد 3 أشهر في فرنسا
outcome-puma-wait-what = طالبو اللجوء البالغون ينتظرون 3 أشهر. أطفالك القاصرون لا ينتظرون. أثناء الانتظار، يغطّي المستشفى العلاج العاجل، وكل علاج النساء الحوامل والمواليد الجدد، وإنهاء الحمل (IVG)، والعلاج الذي يمنع نقل مرض.
outcome-puma-wait-next = للعلاج الآن، اذهب إلى PASS في مستشفى عام. بعد 3 أشهر في فرنسا، اطلب sécurité sociale من CPAM.
outcome-puma-wait-documents = شهادة طلب اللجوء. وثيقة هوية إن كانت لديك. إثبات عنوان أو عنوان إداري (domiciliation).
outcome-puma-wait-who = PASS في المستشفى، أخصائي اجتماعي.

outcome-ame-title = المساعدة الطبية من الدولة (AME)
outcome-ame-what = تدفع تكاليف علاجك حسب تعرفة sécurité sociale، دون أن تدفع مالًا مسبقًا. بعض العلاجات غير العاجلة تحتاج إلى موافقة خلال أول 9 أشهر.
outcome-ame-next = قدّم الطلب الأول بنفسك في CPAM، أو في مركز صحي معتمد أو جمعية معتمدة. يصل الرد خلال شهرين على الأكثر: إذا لم يصلك رد، فهذا يعني الرفض. تدوم AME سنة واحدة: جدّدها قبل انتهائها بشهرين.
outcome-ame-documents = تغيّرت قائمة الوثائق في فبراير 2026 (مرسوم 6 فبراير 2026). اطلبها من CPAM أو من أخصائي اجتماعي قبل تحضير الملف.
outcome-ame-who = CCAS، PASS في المستشفى، Comede، Médecins du Monde، أخصائي اجتماعي.

outcome-dsuv-title = العلاج العاجل في المستشفى
outcome-dsuv-what = بدون AME، يعالج المستشفى الحالات العاجلة: عندما تكون حياتك أو صحتك في خطر، وأيضًا من أجل طفل لم يولد بعد. وللجميع، يغطّي المستشفى أيضًا متابعة الحمل، والولادة، وعلاج المولود الجديد، وإنهاء الحمل (IVG)، والعلاج الذي يمنع نقل مرض.
outcome-dsuv-next = اذهب إلى الطوارئ أو إلى PASS في مستشفى عام. قل إنه ليس لديك تغطية صحية.
outcome-dsuv-documents = أحضر الأوراق التي لديك: الهوية، الوثائق الطبية.
outcome-dsuv-who = الأخصائي الاجتماعي في المستشفى.

outcome-pass-title = PASS في المستشفى
outcome-pass-what = في المستشفيات العامة، تعالج PASS الأشخاص الذين ليس لديهم تغطية صحية: استشارات، فحوصات، وأدوية عند الحاجة، مجانًا.
outcome-pass-next = اذهب إلى أقرب مستشفى عام واطلب PASS. في حالة طارئة خطيرة، اتصل بالرقم 15.
outcome-pass-documents = أحضر الأوراق التي لديك: الهوية، الوثائق الطبية.
outcome-pass-who = الأخصائي الاجتماعي في PASS يساعدك على الحصول على حقوقك في التغطية الصحية.

outcome-css-free-title = Complémentaire santé solidaire، مجانية
outcome-css-free-what = تكمّل sécurité sociale لدفع تكاليف علاجك. بحسب دخلك، هي مجانية لك.
outcome-css-free-next = اطلبها من حسابك على ameli (« Mes démarches ») أو بالاستمارة Cerfa 12504 التي ترسلها إلى صندوق التأمين الصحي.
outcome-css-free-documents = لا حاجة إلى كشوف الراتب: صندوق التأمين الصحي يجد بنفسه معلومات الرواتب والمساعدات المالية والمعاشات. تُحسب فترة 12 شهرًا تنتهي قبل الطلب بشهرين. تدوم الحقوق 12 شهرًا: جدّدها قبل انتهائها بـ 2 إلى 4 أشهر.
outcome-css-free-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-participation-title = Complémentaire santé solidaire، بمساهمة صغيرة
outcome-css-participation-what = تكمّل sécurité sociale لدفع تكاليف علاجك. تدفع كل شهر مبلغًا صغيرًا عن كل شخص.
outcome-css-participation-next = اطلبها من حسابك على ameli (« Mes démarches ») أو بالاستمارة Cerfa 12504 التي ترسلها إلى صندوق التأمين الصحي.
outcome-css-participation-documents = لا حاجة إلى كشوف الراتب: صندوق التأمين الصحي يجد بنفسه معلومات الرواتب والمساعدات المالية والمعاشات. تُحسب فترة 12 شهرًا تنتهي قبل الطلب بشهرين. تدوم الحقوق 12 شهرًا: جدّدها قبل انتهائها بـ 2 إلى 4 أشهر.
outcome-css-participation-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire، تلقائية مع RSA
outcome-css-automatic-what = مع RSA، تحصل على Complémentaire santé solidaire مجانًا، دون أن تطلبها. يمكنك رفضها.
outcome-css-automatic-next = تحقّق منها في حسابك على ameli أو اسأل صندوق التأمين الصحي.
outcome-css-automatic-documents = لا حاجة إلى تقديم أي طلب.
outcome-css-automatic-who = CPAM، France Services، PIMMS.

outcome-mutuelle-employer-title = التأمين التكميلي (mutuelle) من صاحب العمل
outcome-mutuelle-employer-what = يجب على كل صاحب عمل في القطاع الخاص أن يقدّم تأمينًا تكميليًا (mutuelle) للشركة، وأن يدفع نصف ثمنه على الأقل.
outcome-mutuelle-employer-next = اطلبه من قسم شؤون الموظفين أو من مديرك.
outcome-mutuelle-employer-documents = اطلب القائمة من قسم شؤون الموظفين.
outcome-mutuelle-employer-who = قسم شؤون الموظفين في شركتك.

outcome-mutuelle-title = تأمين تكميلي (mutuelle)
outcome-mutuelle-what = يدفع التأمين التكميلي جزءًا مما لا تدفعه sécurité sociale. سعره غالبًا من 30 إلى 100 € في الشهر.
outcome-mutuelle-next = قارن عدة عروض قبل التوقيع. يمكنك إلغاؤه في أي وقت بعد السنة الأولى.
outcome-mutuelle-documents = RIB (بيانات حسابك البنكي).
outcome-mutuelle-who = France Services، PIMMS.

outcome-already-covered-title = لديك sécurité sociale بالفعل
outcome-already-covered-what = تغطيتك الأساسية مفعّلة. حافظ على تحديث carte Vitale أو شهادة حقوقك.
outcome-already-covered-next = تحقّق من حقوقك في حسابك على ameli أو في CPAM.
outcome-already-covered-documents = carte Vitale أو شهادة حقوقك.
outcome-already-covered-who = CPAM، France Services، PIMMS.

outcome-get-help-title = اطلب من شخص أن يتحقق من وضعك
outcome-get-help-what = بعض الأجوبة ناقصة، أو وضعك يحتاج إلى مساعدة: يمكن لشخص أن يتحقق من حقوقك معك.
outcome-get-help-next = اسأل في الاستقبال، أو أخصائيًا اجتماعيًا، أو France Services، أو PIMMS. هذا مجاني.
outcome-get-help-documents = أوراقك: الهوية، بطاقة الإقامة أو الوصل (récépissé)، إثبات العنوان، الدخل.
outcome-get-help-who = الاستقبال، أخصائي اجتماعي، France Services، PIMMS، CCAS.

outcome-ame-later-title = المساعدة الطبية من الدولة (AME)، لاحقًا
outcome-ame-later-what = تصبح AME متاحة لك عندما تكون دون بطاقة إقامة أو تأشيرة صالحة منذ أكثر من 3 أشهر. في أثناء الانتظار، يعالج المستشفى الحالات العاجلة، ويمكنك الذهاب إلى PASS.
outcome-ame-later-next = احتفظ بإثباتات وجودك في فرنسا: فواتير، رسائل، شهادات. عندما تمرّ هذه المدة، قدّم الطلب في CPAM، أو في مركز صحي معتمد أو جمعية معتمدة.
outcome-ame-later-documents = تغيّرت قائمة الوثائق في فبراير 2026 (مرسوم 6 فبراير 2026). اطلبها من CPAM أو من أخصائي اجتماعي.
outcome-ame-later-who = CCAS، PASS في المستشفى، Comede، Médecins du Monde، أخصائي اجتماعي.

outcome-css-later-title = Complémentaire santé solidaire، لاحقًا
outcome-css-later-what = تكمّل sécurité sociale لدفع تكاليف علاجك. للحصول عليها، يجب أن تكون قد عملت أكثر من 3 أشهر، أو عشت في فرنسا أكثر من 3 أشهر.
outcome-css-later-next = عندما تكون قد عملت أو عشت في فرنسا أكثر من 3 أشهر، اطلبها من حسابك على ameli (« Mes démarches ») أو بالاستمارة Cerfa 12504.
outcome-css-later-documents = لا شيء الآن. سيجد صندوق التأمين الصحي بنفسه معلومات رواتبك ومساعداتك المالية.
outcome-css-later-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-protection-title = Complémentaire santé solidaire، مجانية لمدة 12 شهرًا
outcome-css-protection-what = مع الحماية المؤقتة، لديك sécurité sociale منذ وصولك، وComplémentaire santé solidaire مجانًا لمدة 12 شهرًا، دون شرط الدخل.
outcome-css-protection-next = أظهر تصريح الإقامة المؤقت (APS) في CPAM. لا تحتاج إلى التصريح بدخلك. بعد 12 شهرًا، اسأل CPAM كيف تجدّدها.
outcome-css-protection-documents = تصريح الإقامة المؤقت (APS) المكتوب عليه « bénéficiaire de la protection temporaire ». وثيقة هوية. إثبات عنوان أو عنوان إداري (domiciliation). RIB (بيانات حسابك البنكي).
outcome-css-protection-who = CPAM، France Services، PIMMS، CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire في مايوت (Mayotte)
outcome-css-mayotte-what = هي موجودة في مايوت منذ 2024. تكمّل sécurité sociale لدفع تكاليف علاجك.
outcome-css-mayotte-next = اطلبها من صندوق التأمين في مايوت: Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = اطلب قائمة الوثائق من CSSM. الحدود القصوى للدخل فيها تحتاج إلى تأكيد: اسأل CSSM عنها.
outcome-css-mayotte-who = CSSM، France Services، CCAS.
