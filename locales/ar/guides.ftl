# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = شرح التغطية الصحية
guide-section-what = ما هي
guide-section-who = من يمكنه الحصول عليها
guide-section-how = كيف تطلبها
guide-section-documents = الوثائق
guide-section-problems = مشاكل شائعة، وماذا تفعل
guide-section-help = من يمكنه مساعدتك
# $date: the date the page was checked against its sources.
guide-verified = تم التحقق في { $date }
# $sources: the sources, with their dates.
guide-sources = المصادر: { $sources }
guide-to-confirm = يحتاج إلى تأكيد

## Sécurité sociale (PUMa)

guide-puma-title = التأمين الصحي: sécurité sociale (PUMa)
guide-puma-what = الحماية الصحية الشاملة (PUMa) تدفع جزءًا كبيرًا من تكاليف علاجك: الطبيب، المستشفى، الأدوية. يسميها الناس غالبًا « sécurité sociale ».
guide-puma-who = كل شخص يعمل في فرنسا. كل شخص يعيش في فرنسا منذ أكثر من 3 أشهر دون انقطاع، ولديه بطاقة إقامة أو إثبات طلب قيد الدراسة. دون انتظار 3 أشهر: اللاجئون والأشخاص الحاصلون على حماية، والعائلة التي تلتحق بشخص مؤمَّن، والطلاب، والأشخاص الذين يحصلون على مساعدات عائلية أو مساعدات سكن. طالبو اللجوء البالغون ينتظرون 3 أشهر؛ أطفالهم لا ينتظرون.
guide-puma-how = غالبًا يتولى صاحب العمل ذلك. وإلا، أرسل استمارة إلى صندوق التأمين الصحي (CPAM) في مقاطعتك.
guide-puma-documents = وثيقة هوية. بطاقة إقامة أو إثبات طلبك (وصل، استدعاء، موعد). شهادة ميلاد، مترجمة إذا لزم الأمر. إثبات عنوان، أو عنوان إداري (domiciliation). RIB.
guide-puma-problems = إذا لم يكن لديك عنوان ثابت، اطلب عنوانًا إداريًا (domiciliation) من CCAS أو من جمعية معتمدة: يُستخدم كعنوان لملفك. الأجهزة الآلية في CPAM تطلب carte Vitale ورمز ameli: في البداية، اذهب إلى الشباك أو إلى France Services.
guide-puma-help = France Services، PIMMS، CCAS، أخصائي اجتماعي. هاتف Assurance Maladie (التأمين الصحي): 3646.
guide-puma-form = رقم استمارة الطلب ونسختها يحتاجان إلى تأكيد.

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire (CSS)
guide-css-what = تكمّل sécurité sociale لدفع تكاليف علاجك. هي مجانية أو تكلّف مبلغًا صغيرًا كل شهر، حسب دخل الأسرة.
guide-css-who = الأشخاص الذين لديهم sécurité sociale ودخلهم ضعيف. الأسرة: أنت، وزوجك أو زوجتك، والأبناء دون 25 سنة الذين تعيلهم. يُحسب دخل آخر 12 شهرًا. مع RSA، هي مجانية وتلقائية.
guide-css-how = من حسابك على ameli (« Mes démarches »)، أو بالاستمارة Cerfa 12504 التي ترسلها إلى صندوق التأمين الصحي.
guide-css-documents = دخل أسرتك في آخر 12 شهرًا.
guide-css-problems = تدوم الحقوق 12 شهرًا: جدّدها قبل انتهائها بـ 2 إلى 4 أشهر، وإلا فإنها تتوقف. تتغير الحدود القصوى للدخل كل سنة في 1 أبريل.
guide-css-help = CPAM، France Services، PIMMS، CCAS.

## Mutuelle

guide-mutuelle-title = التأمين التكميلي (mutuelle)
guide-mutuelle-what = تأمين صحي خاص يدفع جزءًا مما لا تدفعه sécurité sociale.
guide-mutuelle-who = كل شخص لديه sécurité sociale. موظفو القطاع الخاص: يجب على صاحب العمل أن يقدّم تأمينًا تكميليًا (mutuelle) للشركة وأن يدفع نصف ثمنه على الأقل.
guide-mutuelle-how = إذا كنت موظفًا: اسأل قسم شؤون الموظفين. وإلا: قارن عدة عروض، غالبًا من 30 إلى 100 € في الشهر. يمكنك إلغاؤه في أي وقت بعد السنة الأولى.
guide-mutuelle-documents = RIB (بيانات حسابك البنكي).
guide-mutuelle-problems = بعد ربط التأمين التكميلي بملفك، يرسل إليه الصندوق بيانات تعويضاتك وحده (إرسال إلكتروني): لا ترسل أي ورقة. يمكنك التحقق من ذلك في حسابك على ameli.
guide-mutuelle-help = France Services، PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = المساعدة الطبية من الدولة (AME)
guide-ame-what = تدفع تكاليف العلاج بنسبة 100 % من تعرفة sécurité sociale، دون دفع مال مسبقًا، للأشخاص الذين ليس لديهم بطاقة إقامة.
guide-ame-who = الأشخاص الذين يعيشون في فرنسا منذ أكثر من 3 أشهر دون انقطاع، وليس لديهم بطاقة إقامة صالحة منذ أكثر من 3 أشهر، ودخلهم أقل من الحد الأقصى. ليست متاحة في مايوت (Mayotte). أطفال الآباء الذين ليس لديهم أوراق يحصلون عليها دون هذه الشروط.
guide-ame-how = الطلب الأول يكون شخصيًا في CPAM. يصل الرد خلال شهرين على الأكثر. تدوم AME سنة واحدة: جدّدها قبل انتهائها بشهرين.
guide-ame-documents = تغيّرت قائمة الوثائق في مارس 2026. اطلبها من CPAM أو من أخصائي اجتماعي قبل تحضير الملف.
guide-ame-problems = إذا لم يصلك رد بعد شهرين، فهذا يعني الرفض: يمكن لأخصائي اجتماعي أن يساعدك على الاعتراض. بعض العلاجات غير العاجلة تحتاج إلى موافقة خلال أول 9 أشهر.
guide-ame-help = CCAS، PASS في المستشفى، Comede، Médecins du Monde، أخصائي اجتماعي.
guide-ame-form = رقم استمارة الطلب (Cerfa 11573) ونسختها يحتاجان إلى تأكيد.

## Urgent care and the hospital PASS

guide-urgent-title = العلاج العاجل و PASS في المستشفى
guide-urgent-what = PASS خدمة في المستشفيات العامة للأشخاص الذين ليس لديهم تغطية صحية. بدون AME، يعالج المستشفى أيضًا الحالات العاجلة: « العلاج العاجل والحيوي ».
guide-urgent-who = PASS: كل شخص ليس لديه تغطية، مهما كان وضعه. العلاج العاجل: الأشخاص الذين ليس لديهم أوراق وهم في فرنسا منذ أقل من 3 أشهر، أو ليس لديهم AME حاليًا، عندما تكون الحياة أو الصحة في خطر، وأيضًا من أجل طفل لم يولد بعد. لطالبي اللجوء الذين ينتظرون 3 أشهر: أيضًا كل علاج النساء الحوامل والمواليد الجدد، وإنهاء الحمل (IVG)، والعلاج الذي يمنع نقل مرض.
guide-urgent-how = اذهب إلى مستشفى عام واطلب PASS. في حالة طارئة خطيرة، اتصل بالرقم 15.
guide-urgent-documents = أحضر الأوراق التي لديك: الهوية، الوثائق الطبية.
guide-urgent-problems = في PASS، يساعدك أخصائي اجتماعي على الحصول على حقوقك في التغطية الصحية: اطلب أن تقابله.
guide-urgent-help = الأخصائي الاجتماعي في PASS أو في المستشفى.

## Care open without cover

guide-free-care-title = علاج متاح دون تغطية صحية
guide-free-care-what = بعض الأماكن تعالج دون شرط التغطية الصحية.
guide-free-care-who = PMI: النساء الحوامل والأطفال دون 6 سنوات. CeGIDD: فحص وعلاج فيروس نقص المناعة (VIH)، والتهاب الكبد، والأمراض المنقولة جنسيًا، مجانًا، ودون ذكر اسمك إن أردت. مراكز تنظيم الأسرة. Comede: صحة وحقوق المهاجرين واللاجئين. Médecins du Monde (CASO): علاج مجاني ودون شروط، ومساعدة للحصول على تغطية.
guide-free-care-how = اسأل في الاستقبال أو أخصائيًا اجتماعيًا عن أقرب عنوان.
guide-free-care-documents = لا يُطلب منك أي تغطية صحية.
guide-free-care-problems = هذه الأماكن لا تحل محل التغطية الصحية: اطلب منها أيضًا المساعدة للحصول على حقوقك في التغطية الصحية.
guide-free-care-help = أخصائي اجتماعي، Comede، Médecins du Monde.
