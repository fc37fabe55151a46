import type {
  ApplicationDetails,
  CallDetails,
  CallRanking,
  OpenCallForCooperative,
  ProgramDetails,
  ReviewQueueItem,
} from '@/lib/api/schema-types';

/** Test data of the Programs screens (shapes from the generated schema). */
export const program: ProgramDetails = {
  id: 'a0000000-0000-0000-0000-000000000001',
  code: 'TAGHYIR',
  nameAr: 'برنامج تغيير: من أجل المساواة بين النساء والرجال',
  nameFr: 'Programme Taghyir pour l’égalité entre les femmes et les hommes',
  nameEn: 'Taghyir programme for gender equality',
  goals: ['Égalité entre les femmes et les hommes'],
  partners: [{ organisationId: '33333333-3333-3333-3333-333333333333', role: 'funder', nameAr: null, nameFr: 'AECID', acronym: 'AECID' }],
  budget: null,
  currency: 'MAD',
  startsOn: null,
  endsOn: null,
  regions: ['MA-09'],
  sectors: [],
  supportAxes: [
    { code: 'coaching', nameAr: 'المواكبة والتأطير', nameFr: 'Accompagnement et coaching', nameEn: 'Coaching' },
    { code: 'training', nameAr: 'التكوين في القيادة النسائية', nameFr: 'Formation au leadership féminin', nameEn: 'Training' },
  ],
  indicators: [{ code: 'women_jobs', nameAr: 'مناصب الشغل النسائية', nameFr: 'Emplois de femmes', nameEn: 'Women’s jobs', unit: null, target: 80 }],
  version: 1,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

export const call: CallDetails = {
  id: 'c0000000-0000-0000-0000-000000000001',
  program: { id: program.id, code: program.code, nameAr: program.nameAr, nameFr: program.nameFr, nameEn: program.nameEn },
  titleAr: 'طلب ترشيح التعاونيات النسائية – برنامج تغيير',
  titleFr: 'Appel à candidatures des coopératives féminines – Taghyir',
  titleEn: 'Call for women’s cooperatives – Taghyir',
  descriptionAr: null,
  descriptionFr: 'Accompagnement des coopératives dirigées par des femmes.',
  descriptionEn: null,
  opensAt: '2026-11-15T09:00:00',
  closesAt: '2027-01-09T23:59:00',
  opensAtUtc: '2026-11-15T08:00:00+00:00',
  closesAtUtc: '2027-01-09T22:59:00+00:00',
  timeZone: 'Africa/Casablanca',
  status: 'published',
  isOpen: true,
  rules: {
    sectors: [],
    regions: ['MA-09'],
    provinces: [],
    statuses: ['active'],
    minAgeMonths: null,
    minMembers: 7,
    womenLedOnly: true,
    maxPreviousAwards: 1,
  },
  documents: [
    { key: 'application_form', nameAr: 'ملف الترشيح', nameFr: 'Dossier de candidature', nameEn: 'Application form', mandatory: true },
    { key: 'statutes', nameAr: 'القانون الأساسي', nameFr: 'Statuts de la coopérative', nameEn: 'Statutes', mandatory: true },
    { key: 'accounts', nameAr: 'آخر حصيلة مالية', nameFr: 'Derniers états financiers', nameEn: 'Accounts', mandatory: false },
  ],
  criteria: [
    { key: 'relevance', nameAr: 'ملاءمة المشروع', nameFr: 'Pertinence du projet', nameEn: 'Relevance', weight: 30 },
    { key: 'viability', nameAr: 'الجدوى الاقتصادية', nameFr: 'Viabilité économique', nameEn: 'Viability', weight: 25 },
    { key: 'inclusion', nameAr: 'إدماج النساء والشباب', nameFr: 'Inclusion des femmes et des jeunes', nameEn: 'Inclusion', weight: 20 },
    { key: 'capacity', nameAr: 'قدرة التعاونية على التنفيذ', nameFr: 'Capacité à porter le projet', nameEn: 'Capacity', weight: 25 },
  ],
  places: 10,
  version: 1,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

export const upcomingCall: CallDetails = {
  ...call,
  id: 'c0000000-0000-0000-0000-000000000002',
  titleFr: 'Appel FLOWER – femmes rurales',
  titleAr: 'طلب FLOWER للنساء القرويات',
  opensAt: '2027-02-01T09:00:00',
  closesAt: '2027-03-01T18:00:00',
  opensAtUtc: '2027-02-01T08:00:00+00:00',
  closesAtUtc: '2027-03-01T17:00:00+00:00',
  isOpen: false,
};

export const application: ApplicationDetails = {
  id: 'd0000000-0000-0000-0000-000000000001',
  callId: call.id,
  programId: program.id,
  cooperativeId: '11111111-1111-1111-1111-111111111111',
  cooperativeNameAr: 'تعاونية تيفاوت لإنتاج زيت الأركان',
  cooperativeNameFr: 'Coopérative Tifaout d’huile d’argane',
  regionCode: 'MA-09',
  provinceCode: 'MA-TIZ',
  sectors: ['argan'],
  womenLed: true,
  status: 'draft',
  projectSummary: 'Unité de conditionnement',
  requestedAxes: ['coaching'],
  requestedAmount: 50000,
  documents: [{ key: 'application_form', url: 'https://docs.example.org/form.pdf' }],
  eligibility: [],
  eligibilityOverridden: false,
  submittedAt: null,
  decisionReason: null,
  version: 2,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
};

export const openCallsForTifaout: OpenCallForCooperative[] = [{ call, eligible: true, failures: [] }];

export const openCallsForOujda: OpenCallForCooperative[] = [
  {
    call,
    eligible: false,
    failures: [
      { rule: 'region', message: 'The call is for cooperatives of MA-09; this one is in MA-02.' },
      { rule: 'womenLed', message: 'The call is for women-led cooperatives; the registry does not list this one as women-led.' },
    ],
  },
];

export const ranking: CallRanking = {
  callId: call.id,
  places: 10,
  selected: 10,
  items: [
    {
      rank: 1,
      applicationId: application.id,
      cooperativeId: application.cooperativeId,
      cooperativeNameAr: application.cooperativeNameAr,
      cooperativeNameFr: application.cooperativeNameFr,
      status: 'underReview',
      score: 7.45,
      reviews: 1,
      criteria: [
        { criterion: 'relevance', average: 8 },
        { criterion: 'viability', average: 7 },
        { criterion: 'inclusion', average: 9 },
        { criterion: 'capacity', average: 6 },
      ],
      submittedAt: '2026-11-21T10:00:00Z',
    },
  ],
};

export const queueItem: ReviewQueueItem = {
  applicationId: application.id,
  callId: call.id,
  callTitleAr: call.titleAr,
  callTitleFr: call.titleFr,
  cooperativeNameAr: application.cooperativeNameAr,
  cooperativeNameFr: application.cooperativeNameFr,
  status: 'underReview',
  myScore: null,
};
