/**
 * The founding data: only what the source states, in its own words. Nothing here is estimated.
 * Source: ../shared/source/ecss-alliance-study-article.ar.txt (an Arabic news article, about January 2023,
 * summarising a study by the Egyptian Center for Thought and Strategic Studies).
 */

export const governorates = [
  { code: 'EG-MT', nameAr: 'مطروح', nameEn: 'Matrouh', tileRow: 0, tileCol: 0 },
  { code: 'EG-ALX', nameAr: 'الإسكندرية', nameEn: 'Alexandria', tileRow: 0, tileCol: 1 },
  { code: 'EG-BH', nameAr: 'البحيرة', nameEn: 'Beheira', tileRow: 0, tileCol: 2 },
  { code: 'EG-KFS', nameAr: 'كفر الشيخ', nameEn: 'Kafr El Sheikh', tileRow: 0, tileCol: 3 },
  { code: 'EG-DK', nameAr: 'الدقهلية', nameEn: 'Dakahlia', tileRow: 0, tileCol: 4 },
  { code: 'EG-DT', nameAr: 'دمياط', nameEn: 'Damietta', tileRow: 0, tileCol: 5 },
  { code: 'EG-PTS', nameAr: 'بورسعيد', nameEn: 'Port Said', tileRow: 0, tileCol: 6 },
  { code: 'EG-MNF', nameAr: 'المنوفية', nameEn: 'Monufia', tileRow: 1, tileCol: 2 },
  { code: 'EG-GH', nameAr: 'الغربية', nameEn: 'Gharbia', tileRow: 1, tileCol: 3 },
  { code: 'EG-SHR', nameAr: 'الشرقية', nameEn: 'Sharqia', tileRow: 1, tileCol: 4 },
  { code: 'EG-IS', nameAr: 'الإسماعيلية', nameEn: 'Ismailia', tileRow: 1, tileCol: 5 },
  { code: 'EG-SIN', nameAr: 'شمال سيناء', nameEn: 'North Sinai', tileRow: 1, tileCol: 6 },
  { code: 'EG-GZ', nameAr: 'الجيزة', nameEn: 'Giza', tileRow: 2, tileCol: 2 },
  { code: 'EG-KB', nameAr: 'القليوبية', nameEn: 'Qalyubia', tileRow: 2, tileCol: 3 },
  { code: 'EG-C', nameAr: 'القاهرة', nameEn: 'Cairo', tileRow: 2, tileCol: 4 },
  { code: 'EG-SUZ', nameAr: 'السويس', nameEn: 'Suez', tileRow: 2, tileCol: 5 },
  { code: 'EG-JS', nameAr: 'جنوب سيناء', nameEn: 'South Sinai', tileRow: 2, tileCol: 6 },
  { code: 'EG-FYM', nameAr: 'الفيوم', nameEn: 'Faiyum', tileRow: 3, tileCol: 2 },
  { code: 'EG-BNS', nameAr: 'بني سويف', nameEn: 'Beni Suef', tileRow: 3, tileCol: 3 },
  { code: 'EG-MN', nameAr: 'المنيا', nameEn: 'Minya', tileRow: 4, tileCol: 3 },
  { code: 'EG-BA', nameAr: 'البحر الأحمر', nameEn: 'Red Sea', tileRow: 4, tileCol: 5 },
  { code: 'EG-WAD', nameAr: 'الوادي الجديد', nameEn: 'New Valley', tileRow: 5, tileCol: 2 },
  { code: 'EG-AST', nameAr: 'أسيوط', nameEn: 'Asyut', tileRow: 5, tileCol: 3 },
  { code: 'EG-SHG', nameAr: 'سوهاج', nameEn: 'Sohag', tileRow: 6, tileCol: 3 },
  { code: 'EG-KN', nameAr: 'قنا', nameEn: 'Qena', tileRow: 6, tileCol: 4 },
  { code: 'EG-LX', nameAr: 'الأقصر', nameEn: 'Luxor', tileRow: 7, tileCol: 4 },
  { code: 'EG-ASN', nameAr: 'أسوان', nameEn: 'Aswan', tileRow: 8, tileCol: 4 },
] as const;

const ARTICLE_DATE = new Date('2023-01-01T00:00:00Z'); // "about January 2023": precision approximate

export const source = {
  slug: 'ecss-study-article-2023',
  publisherAr: 'موقع إخباري مصري (لا تذكر النسخة المحفوظة اسم الناشر)',
  publisherEn: 'Egyptian news website (the archived copy does not name the publisher)',
  titleAr: 'دراسة تؤكد: التحالف الوطنى للعمل الأهلى فرصة لانطلاق مفهوم العمل التشاركى',
  titleEn: 'Study: the National Alliance for Civil Work is an opportunity to launch participatory work (translated title)',
  originAr: 'دراسة للمركز المصري للفكر والدراسات الاستراتيجية',
  originEn: 'A study by the Egyptian Center for Thought and Strategic Studies (ECSS)',
  kind: 'news-report',
  // The report names the study's author but not the study's own title.
  workTitleAr: null,
  workTitleEn: null,
  authorAr: 'المركز المصري للفكر والدراسات الاستراتيجية',
  authorEn: 'Egyptian Center for Thought and Strategic Studies (ECSS)',
  language: 'ar',
  publishedOn: ARTICLE_DATE,
  publishedPrecision: 'approximate',
  url: null,
  quote:
    'ومنذ بداية عمل التحالف في مارس 2022، تم استهداف المواطنين في الأماكن الأكثر استحقاقًا، من خلال تدشين قاعدة بيانات تضم 37.4 مليون مواطن من الأكثر احتياجًا بالتنسيق مع الجهات المعنية، والتي استطاع التحالف من خلالها الوصول إلى 30 مليون مواطن من الفئات الأكثر احتياجًا واستحقاقًا؛ لتقديم الدعم لهم من خلال التعاون بين الوزارات المعنية.',
  quoteTranslation:
    "Since the alliance began its work in March 2022, citizens in the most deserving places have been targeted through the launch of a database of 37.4 million of the neediest citizens, in coordination with the relevant bodies, through which the alliance was able to reach 30 million citizens of the neediest and most deserving groups, to support them through cooperation between the relevant ministries.",
  accessedOn: null,
};

const QUOTE_DATABASE = 'تدشين قاعدة بيانات تضم 37.4 مليون مواطن من الأكثر احتياجًا بالتنسيق مع الجهات المعنية';
const QUOTE_REACHED = 'والتي استطاع التحالف من خلالها الوصول إلى 30 مليون مواطن من الفئات الأكثر احتياجًا واستحقاقًا';
const QUOTE_RELIEF = 'ومن بين الجهود كان رصد ملياري جنيه من خلال استهداف 250 ألف مستفيد في ملف الإغاثة والقوافل الاجتماعية';
const QUOTE_SUPPORT = 'فقد تعددت الجهود لتشمل الدعم النقدي والدعم الغذائي والإمداد بالمستلزمات الدراسية';
const QUOTE_SITR =
  'وكان من بين القوافل التي نظمها التحالف قوافل “ستر وعافية” التي جاءت تنفيذًا لتوجيهات الرئيس عبد الفتاح السيسي بدعم الفئات الأولى بالرعاية والأكثر استحقاقًا';
const QUOTE_START = 'ومنذ بداية عمل التحالف في مارس 2022، تم استهداف المواطنين في الأماكن الأكثر استحقاقًا';

const TR_SUPPORT = 'The efforts grew to include cash support, food support and the provision of school supplies.';

export const initiatives = [
  {
    slug: 'neediest-citizens-database',
    nameAr: 'قاعدة بيانات الأكثر احتياجًا',
    nameEn: 'Database of the neediest citizens',
    summaryAr: 'قاعدة بيانات دشّنها التحالف بالتنسيق مع الجهات المعنية لاستهداف المواطنين في الأماكن الأكثر استحقاقًا.',
    summaryEn: 'A database the alliance launched with the relevant bodies to target citizens in the most deserving places.',
    bodyAr:
      'بحسب الدراسة، استُهدف المواطنون منذ بداية عمل التحالف في مارس 2022 من خلال قاعدة بيانات للأكثر احتياجًا أُعدّت بالتنسيق مع الجهات المعنية، ووصل التحالف من خلالها إلى المواطنين لتقديم الدعم لهم بالتعاون بين الوزارات المعنية.',
    bodyEn:
      'According to the study, since the alliance began its work in March 2022 citizens have been targeted through a database of the neediest, built with the relevant bodies, through which the alliance reached citizens to support them in cooperation with the relevant ministries.',
    kind: 'database',
    startDate: new Date('2022-03-01T00:00:00Z'),
    startPrecision: 'month',
    status: 'unknown',
    sortOrder: 1,
    quote: QUOTE_START,
    quoteTranslation: 'Since the alliance began its work in March 2022, citizens in the most deserving places have been targeted.',
  },
  {
    slug: 'relief-and-social-caravans',
    nameAr: 'الإغاثة والقوافل الاجتماعية',
    nameEn: 'Relief and social caravans',
    summaryAr: 'ملف الإغاثة والقوافل الاجتماعية: مبلغ مرصود وعدد مستهدف من المستفيدين.',
    summaryEn: 'The relief and social caravans programme: an amount allocated and a number of beneficiaries targeted.',
    bodyAr:
      'تذكر الدراسة أن من بين جهود التحالف رصد مبلغ لملف الإغاثة والقوافل الاجتماعية مع استهداف عدد من المستفيدين. المبلغ «مرصود» وليس «مُنفَقًا»، والمستفيدون «مستهدفون» وليسوا بالضرورة من وصلهم الدعم.',
    bodyEn:
      'The study says the alliance’s efforts included allocating an amount to relief and social caravans while targeting a number of beneficiaries. The amount is allocated, not spent; the beneficiaries are targeted, not necessarily reached.',
    kind: 'relief',
    startDate: null,
    startPrecision: null,
    status: 'unknown',
    sortOrder: 2,
    quote: QUOTE_RELIEF,
    quoteTranslation:
      'Among the efforts was the allocation of two billion pounds, targeting 250 thousand beneficiaries in the relief and social caravans programme.',
  },
  {
    slug: 'sitr-wa-afia-caravans',
    nameAr: 'قوافل «ستر وعافية»',
    nameEn: '“Sitr wa Afia” caravans',
    summaryAr: 'من القوافل التي نظمها التحالف لدعم الفئات الأولى بالرعاية والأكثر استحقاقًا.',
    summaryEn: 'Among the caravans the alliance organised to support the groups most in need of care.',
    bodyAr:
      'تذكر الدراسة أن قوافل «ستر وعافية» كانت من بين القوافل التي نظمها التحالف، ضمن خطة الحماية الاجتماعية لدعم الأسر الأكثر احتياجًا في جميع المحافظات.',
    bodyEn:
      'The study names the “Sitr wa Afia” caravans among those the alliance organised, as part of its social protection plan to support the neediest families in all governorates.',
    kind: 'caravans',
    startDate: null,
    startPrecision: null,
    status: 'unknown',
    sortOrder: 3,
    quote: QUOTE_SITR,
    quoteTranslation:
      'Among the caravans the alliance organised were the “Sitr wa Afia” caravans, which came in implementation of President Abdel Fattah El-Sisi’s directives to support the groups most in need of care and most deserving.',
  },
  {
    slug: 'cash-support',
    nameAr: 'الدعم النقدي',
    nameEn: 'Cash support',
    summaryAr: 'دعم نقدي للفئات الأكثر استحقاقًا، من بين مبادرات التحالف.',
    summaryEn: 'Cash support for the most deserving groups, among the alliance’s initiatives.',
    bodyAr: 'تذكر الدراسة الدعم النقدي ضمن المبادرات التي أطلقها التحالف لدعم الفئات الأكثر استحقاقًا، دون أرقام خاصة به.',
    bodyEn: 'The study lists cash support among the initiatives the alliance launched for the most deserving groups; it gives no figures for it.',
    kind: 'cash-aid',
    startDate: null,
    startPrecision: null,
    status: 'unknown',
    sortOrder: 4,
    quote: QUOTE_SUPPORT,
    quoteTranslation: TR_SUPPORT,
  },
  {
    slug: 'food-support',
    nameAr: 'الدعم الغذائي',
    nameEn: 'Food support',
    summaryAr: 'دعم غذائي للأسر الأكثر احتياجًا، من بين مبادرات التحالف.',
    summaryEn: 'Food support for the neediest families, among the alliance’s initiatives.',
    bodyAr: 'تذكر الدراسة الدعم الغذائي ضمن المبادرات التي أطلقها التحالف، دون أرقام خاصة به.',
    bodyEn: 'The study lists food support among the alliance’s initiatives; it gives no figures for it.',
    kind: 'food-aid',
    startDate: null,
    startPrecision: null,
    status: 'unknown',
    sortOrder: 5,
    quote: QUOTE_SUPPORT,
    quoteTranslation: TR_SUPPORT,
  },
  {
    slug: 'school-supplies',
    nameAr: 'المستلزمات الدراسية',
    nameEn: 'School supplies',
    summaryAr: 'الإمداد بالمستلزمات الدراسية، من بين مبادرات التحالف.',
    summaryEn: 'Provision of school supplies, among the alliance’s initiatives.',
    bodyAr: 'تذكر الدراسة الإمداد بالمستلزمات الدراسية ضمن المبادرات التي أطلقها التحالف، دون أرقام خاصة به.',
    bodyEn: 'The study lists the provision of school supplies among the alliance’s initiatives; it gives no figures for it.',
    kind: 'school-supplies',
    startDate: null,
    startPrecision: null,
    status: 'unknown',
    sortOrder: 6,
    quote: QUOTE_SUPPORT,
    quoteTranslation: TR_SUPPORT,
  },
] as const;

export const figures = [
  {
    slug: 'database-citizens',
    initiative: 'neediest-citizens-database',
    labelAr: 'مواطنون في قاعدة بيانات الأكثر احتياجًا',
    labelEn: 'Citizens in the database of the neediest',
    definitionAr:
      'عدد المواطنين من الأكثر احتياجًا الذين تضمهم قاعدة البيانات التي دشّنها التحالف بالتنسيق مع الجهات المعنية، كما تذكره الدراسة. هو عدد المسجّلين في القاعدة، لا عدد من وصلهم الدعم.',
    definitionEn:
      'The number of the neediest citizens held in the database the alliance launched with the relevant bodies, as the study states. It counts people registered in the database, not people who received support.',
    unit: 'citizens',
    value: '37400000',
    measure: 'registered',
    quote: QUOTE_DATABASE,
    quoteTranslation: 'the launch of a database of 37.4 million of the neediest citizens, in coordination with the relevant bodies',
    // What the article leaves out about each figure: a reading of the source, not a claim about the alliance.
    notStated: [
      {
        kind: 'method',
        noteAr: 'لا يذكر المقال كيف بُنيت قاعدة البيانات، ولا معايير اعتبار المواطن «من الأكثر احتياجًا»، ولا يسمّي «الجهات المعنية».',
        noteEn: 'The article does not say how the database was built, what makes a citizen one of "the neediest", or which "relevant bodies" took part.',
      },
      {
        kind: 'period',
        noteAr: 'لا يذكر متى بلغت القاعدة 37.4 مليون مواطن؛ يذكر فقط أن العمل بدأ في مارس 2022.',
        noteEn: 'It does not say when the database reached 37.4 million citizens; it only says the work began in March 2022.',
      },
      { kind: 'families', noteAr: 'يعدّ المواطنين أفرادًا، ولا يذكر عدد الأسر.', noteEn: 'It counts individual citizens and gives no number of families.' },
      { kind: 'governorate-split', noteAr: 'لا يذكر توزيع المسجلين على المحافظات.', noteEn: 'It gives no split of the people registered by governorate.' },
    ],
    sortOrder: 1,
  },
  {
    slug: 'citizens-reached',
    initiative: 'neediest-citizens-database',
    labelAr: 'مواطنون وصل إليهم التحالف',
    labelEn: 'Citizens the alliance reached',
    definitionAr:
      'عدد المواطنين من الفئات الأكثر احتياجًا الذين تقول الدراسة إن التحالف استطاع الوصول إليهم من خلال قاعدة البيانات. لا تحدد الدراسة نوع الدعم ولا قيمته لكل منهم.',
    definitionEn:
      'The number of citizens of the neediest groups that, according to the study, the alliance was able to reach through the database. The study does not say what support each received or its value.',
    unit: 'citizens',
    value: '30000000',
    measure: 'reached',
    quote: QUOTE_REACHED,
    quoteTranslation: 'through which the alliance was able to reach 30 million citizens of the neediest and most deserving groups',
    notStated: [
      {
        kind: 'method',
        noteAr: 'لا يشرح المقال معنى «الوصول إلى» المواطن، ولا هل يُعدّ كل شخص مرة واحدة.',
        noteEn: 'The article does not explain what "reaching" a citizen means, or whether each person is counted once.',
      },
      {
        kind: 'amount-spent',
        noteAr: 'لا يذكر نوع الدعم الذي حصل عليه هؤلاء ولا قيمته ولا ما أُنفق عليهم.',
        noteEn: 'It does not say what support these citizens received, what it was worth, or how much was spent on them.',
      },
      {
        kind: 'period',
        noteAr: 'لا يذكر حتى أي تاريخ وصل العدد إلى 30 مليونًا؛ يذكر فقط أن العمل بدأ في مارس 2022.',
        noteEn: 'It does not say by what date the number reached 30 million; it only says the work began in March 2022.',
      },
      { kind: 'governorate-split', noteAr: 'لا يذكر توزيعهم على المحافظات.', noteEn: 'It gives no split by governorate.' },
    ],
    sortOrder: 2,
  },
  {
    slug: 'relief-caravans-allocation',
    initiative: 'relief-and-social-caravans',
    labelAr: 'المبلغ المرصود للإغاثة والقوافل الاجتماعية',
    labelEn: 'Amount allocated to relief and social caravans',
    definitionAr:
      'المبلغ الذي تقول الدراسة إنه رُصد لملف الإغاثة والقوافل الاجتماعية. «مرصود» يعني مخصصًا، ولا يعني أنه أُنفق بالكامل.',
    definitionEn:
      'The amount the study says was allocated to the relief and social caravans programme. Allocated means earmarked; it does not mean the amount was spent.',
    unit: 'EGP',
    value: '2000000000',
    measure: 'allocated',
    quote: QUOTE_RELIEF,
    quoteTranslation:
      'Among the efforts was the allocation of two billion pounds, targeting 250 thousand beneficiaries in the relief and social caravans programme.',
    notStated: [
      {
        kind: 'amount-spent',
        noteAr: 'يقول المقال إن المبلغ «رُصد»، ولا يذكر كم أُنفق منه فعلًا.',
        noteEn: 'The article says the amount was allocated (رصد); it does not say how much of it was actually spent.',
      },
      {
        kind: 'families',
        noteAr: 'يذكر 250 ألف «مستفيد» لا عددًا من الأسر، ولا يذكر هل المستفيد فرد أم أسرة.',
        noteEn: 'It gives 250 thousand "beneficiaries", not a number of families, and does not say whether a beneficiary is a person or a household.',
      },
      { kind: 'governorate-split', noteAr: 'لا يذكر توزيع المبلغ على المحافظات.', noteEn: 'It gives no split of the amount by governorate.' },
      {
        kind: 'period',
        noteAr: 'لا يذكر الفترة التي رُصد لها المبلغ؛ يذكر فقط أن العمل بدأ في مارس 2022 واستمر قرابة العام.',
        noteEn: 'It does not say what period the amount covers; it only says the work began in March 2022 and lasted about a year.',
      },
      {
        kind: 'method',
        noteAr: 'لا يذكر من أين جاء المبلغ، ولا كيف يتوزع بين الإغاثة والقوافل أو بين الدعم النقدي والغذائي والمستلزمات الدراسية.',
        noteEn: 'It does not say where the money came from, or how it divides between relief and caravans, or between cash, food and school supplies.',
      },
    ],
    sortOrder: 3,
  },
  {
    slug: 'relief-caravans-targeted-beneficiaries',
    initiative: 'relief-and-social-caravans',
    labelAr: 'مستفيدون مستهدفون بالإغاثة والقوافل الاجتماعية',
    labelEn: 'Beneficiaries targeted by relief and social caravans',
    definitionAr:
      'عدد المستفيدين الذين تقول الدراسة إن ملف الإغاثة والقوافل الاجتماعية استهدفهم. «مستهدف» لا يعني أن الدعم وصلهم جميعًا.',
    definitionEn:
      'The number of beneficiaries the study says the relief and social caravans programme targeted. Targeted does not mean all of them were reached.',
    unit: 'beneficiaries',
    value: '250000',
    measure: 'targeted',
    quote: QUOTE_RELIEF,
    quoteTranslation:
      'Among the efforts was the allocation of two billion pounds, targeting 250 thousand beneficiaries in the relief and social caravans programme.',
    notStated: [
      {
        kind: 'beneficiaries-reached',
        noteAr: 'يقول المقال إن 250 ألف مستفيد «استُهدفوا»، ولا يذكر كم منهم وصلهم الدعم فعلًا.',
        noteEn: 'The article says 250 thousand beneficiaries were targeted; it does not say how many of them support actually reached.',
      },
      {
        kind: 'families',
        noteAr: 'لا يذكر هل المستفيد فرد أم أسرة، ولا عدد الأسر.',
        noteEn: 'It does not say whether a beneficiary is a person or a household, and gives no number of families.',
      },
      { kind: 'governorate-split', noteAr: 'لا يذكر توزيع المستفيدين على المحافظات.', noteEn: 'It gives no split of the beneficiaries by governorate.' },
      { kind: 'period', noteAr: 'لا يذكر الفترة التي يغطيها العدد.', noteEn: 'It does not say what period the number covers.' },
      { kind: 'method', noteAr: 'لا يذكر كيف اختير المستفيدون ولا كيف عُدّوا.', noteEn: 'It does not say how the beneficiaries were chosen or counted.' },
    ],
    sortOrder: 4,
  },
] as const;

/** Every founding figure is as of the article's date, which is known only approximately. */
export const figureAsOf = { asOf: ARTICLE_DATE, asOfPrecision: 'approximate' } as const;
export const initialRevisionReason =
  'سُجّل من المصدر المؤسِّس: دراسة المركز المصري للفكر والدراسات الاستراتيجية كما نقلها خبر منشور نحو يناير 2023.';
