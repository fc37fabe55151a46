import type { CooperativeDetails, CooperativeListItem, Me, Region, Sector } from '@/lib/api/schema-types';

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
};
