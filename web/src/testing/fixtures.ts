import type {
  CooperativeDetails,
  CooperativeListItem,
  Me,
  NetworkBody,
  NetworkDetails,
  NetworkMandate,
  NetworkMember,
  OrganisationDetails,
  Region,
  Sector,
} from '@/lib/api/schema-types';

export const regions: Region[] = [
  {
    code: 'MA-09',
    nameFr: 'Souss-Massa',
    nameAr: 'سوس ماسة',
    nameEn: 'Souss-Massa',
    provinces: [
      { code: 'MA-AGD', nameFr: "Agadir Ida-Ou-Tanane", nameAr: 'أكادير إداوتنان', nameEn: 'Agadir Ida-Ou-Tanane', kind: 'prefecture' },
      { code: 'MA-TIZ', nameFr: 'Tiznit', nameAr: 'تيزنيت', nameEn: 'Tiznit', kind: 'province' },
    ],
  },
  {
    code: 'MA-02',
    nameFr: "L'Oriental",
    nameAr: 'الشرق',
    nameEn: 'Oriental',
    provinces: [{ code: 'MA-OUJ', nameFr: 'Oujda-Angad', nameAr: 'وجدة أنكاد', nameEn: 'Oujda-Angad', kind: 'prefecture' }],
  },
];

export const sectors: Sector[] = [
  { code: 'argan', nameFr: 'Argan', nameAr: 'الأركان', nameEn: 'Argan' },
  { code: 'agriculture', nameFr: 'Agriculture', nameAr: 'الفلاحة', nameEn: 'Agriculture' },
];

export const listItem: CooperativeListItem = {
  id: '11111111-1111-1111-1111-111111111111',
  registrationNumber: '09-2015-000123',
  nameAr: 'تعاونية تيفاوت لإنتاج زيت الأركان',
  nameFr: "Coopérative Tifaout d'huile d'argane",
  regionCode: 'MA-09',
  provinceCode: 'MA-TIZ',
  sectors: ['argan'],
  status: 'active',
  members: { total: 42, women: 40, youth: 10 },
  womenLed: true,
  foundedOn: '2015-03-08',
};

export const details: CooperativeDetails = {
  ...listItem,
  legalForm: 'cooperative',
  activities: 'Extraction',
  products: ['huile d’argan'],
  commune: 'Tiznit',
  address: null as unknown as string,
  board: { size: 5, managerRole: 'Présidente' },
  certifications: [],
  needs: ['marketing'],
  contact: { phone: '+212 600 000 000', email: 'tifaout@example.ma', website: null as unknown as string },
  version: 3,
  createdAt: '2024-01-01T10:00:00Z',
  updatedAt: '2024-06-01T10:00:00Z',
};

export const staffMe: Me = {
  id: '22222222-2222-2222-2222-222222222222',
  name: 'Délégation Souss-Massa',
  actorType: 'user',
  roles: ['staff'],
  regions: ['MA-09'],
  cooperatives: [],
  networks: [],
  language: 'fr',
  email: 'agent@coophub.ma',
  emailVerified: true,
  phone: null,
  phoneVerified: false,
};

export const organisation: OrganisationDetails = {
  id: '33333333-3333-3333-3333-333333333333',
  kind: 'donor',
  nameAr: 'برنامج الأمم المتحدة الإنمائي',
  nameFr: 'Programme des Nations unies pour le développement',
  nameEn: 'United Nations Development Programme',
  acronym: 'PNUD',
  regionCode: null,
  provinceCode: null,
  contact: { phone: null, email: null, website: null },
  version: 1,
  createdAt: '2025-11-01T10:00:00Z',
  updatedAt: '2025-11-01T10:00:00Z',
};

export const network: NetworkDetails = {
  id: '44444444-4444-4444-4444-444444444444',
  kind: 'network',
  nameAr: 'شبكة منظمات وهيئات الاقتصاد الاجتماعي والتضامني بالحسيمة',
  nameFr: "Réseau des organisations de l'économie sociale et solidaire d'Al Hoceïma",
  nameEn: null,
  acronym: null,
  scope: 'provincial',
  regionCode: 'MA-09',
  provinceCode: 'MA-TIZ',
  sectors: ['argan'],
  foundedOn: '2025-11-07',
  status: 'active',
  foundingAssembly: { heldOn: '2025-11-07', place: 'Al Hoceïma' },
  currentMembers: 1,
  version: 2,
  createdAt: '2025-11-07T10:00:00Z',
  updatedAt: '2025-11-07T10:00:00Z',
};

export const networkMember: NetworkMember = {
  id: '55555555-5555-5555-5555-555555555555',
  memberType: 'organisation',
  memberId: '66666666-6666-6666-6666-666666666666',
  nameAr: 'جمعية السياحة البديلة بالحسيمة',
  nameFr: "Association du tourisme alternatif d'Al Hoceïma",
  joinedOn: '2025-11-07',
  leftOn: null,
  leaveReason: null,
};

export const presidentMandate: NetworkMandate = {
  id: '88888888-8888-8888-8888-888888888888',
  bodyId: '77777777-7777-7777-7777-777777777777',
  role: 'president',
  title: null,
  membershipId: networkMember.id,
  holderNameAr: networkMember.nameAr,
  holderNameFr: networkMember.nameFr,
  termStart: '2025-11-07',
  termEnd: '2028-11-06',
  current: true,
};

export const executiveBureau: NetworkBody = {
  id: '77777777-7777-7777-7777-777777777777',
  kind: 'executiveBureau',
  nameAr: 'المكتب التنفيذي',
  nameFr: 'Bureau exécutif',
  purpose: null,
  mandates: [presidentMandate],
};

export const networkBodies: NetworkBody[] = [executiveBureau];
