import type { CompetitionDetails, CompetitionRanking, EntryDetails, IdeaDetails, JurorAssignment, JurorProgress, Me } from '@/lib/api/schema-types';

export const COOP_ID = '11111111-1111-1111-1111-111111111111';

export const idea: IdeaDetails = {
  id: 'a1a1a1a1-0000-0000-0000-000000000001',
  titleAr: 'وحدة للتجفيف الشمسي للفواكه والخضر',
  titleFr: 'Unité de séchage solaire des fruits et légumes',
  problem: 'Une partie des récoltes se perd faute de transformation locale.',
  solution: 'Des séchoirs solaires collectifs et un atelier de conditionnement.',
  sectors: ['agriculture'],
  regions: ['MA-09'],
  beneficiaries: 'Les femmes rurales',
  investment: 350000,
  jobs: { total: 8, women: 6, youth: 3 },
  impact: { social: 'Revenus pour les femmes', economic: 'Valeur ajoutée locale', environmental: 'Énergie solaire' },
  sdgs: [2, 7, 8],
  attachments: [{ label: 'Étude de faisabilité', url: 'https://docs.example.org/etude.pdf' }],
  cooperativeId: COOP_ID,
  cooperativeNameAr: 'تعاونية تيفاوت',
  cooperativeNameFr: 'Coopérative Tifaout',
  status: 'published',
  curationComment: null,
  publishedAt: '2025-03-01T10:00:00Z',
  adoptions: 0,
  financingLinks: [],
  version: 3,
  createdAt: '2025-02-01T10:00:00Z',
  updatedAt: '2025-03-01T10:00:00Z',
};

export const submittedIdea: IdeaDetails = {
  ...idea,
  id: 'a1a1a1a1-0000-0000-0000-000000000002',
  titleAr: 'ورشة مشتركة للنسيج',
  titleFr: 'Atelier partagé de tissage',
  sectors: ['argan'],
  sdgs: [5],
  status: 'submitted',
  publishedAt: null,
};

export const COMPETITION_ID = 'c0c0c0c0-0000-0000-0000-000000000001';

export const competition: CompetitionDetails = {
  id: COMPETITION_ID,
  titleAr: 'مسابقة الابتكار التعاوني',
  titleFr: 'Idéathon de l’innovation coopérative',
  description: null,
  eventId: 'e0e0e0e0-0000-0000-0000-000000000001',
  eventTitleAr: 'يوم الابتكار',
  eventTitleFr: 'Journée de l’innovation',
  eventStartsAt: '2026-04-08T09:00:00Z',
  programId: null,
  regionCode: 'MA-09',
  opensAt: '2026-03-01T09:00:00',
  closesAt: '2026-04-01T18:00:00',
  opensAtUtc: '2026-03-01T08:00:00Z',
  closesAtUtc: '2026-04-01T17:00:00Z',
  timeZone: 'Africa/Casablanca',
  criteria: [
    { key: 'social_impact', nameAr: 'الأثر الاجتماعي', nameFr: 'Impact social', nameEn: null, weight: 40 },
    { key: 'economic_impact', nameAr: 'الأثر الاقتصادي', nameFr: 'Impact économique', nameEn: null, weight: 35 },
    { key: 'innovation', nameAr: 'الابتكار', nameFr: 'Innovation', nameEn: null, weight: 25 },
  ],
  tieBreakCriterion: 'social_impact',
  status: 'judging',
  acceptingEntries: false,
  entries: 2,
  version: 4,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
};

export const entryA: EntryDetails = {
  id: 'e1e1e1e1-0000-0000-0000-000000000001',
  competitionId: COMPETITION_ID,
  ideaId: idea.id,
  ideaTitleAr: idea.titleAr,
  ideaTitleFr: idea.titleFr,
  cooperativeId: COOP_ID,
  cooperativeNameAr: idea.cooperativeNameAr,
  cooperativeNameFr: idea.cooperativeNameFr,
  sectors: idea.sectors,
  enteredAt: '2026-03-02T10:00:00Z',
};

export const entryB: EntryDetails = {
  ...entryA,
  id: 'e1e1e1e1-0000-0000-0000-000000000002',
  ideaId: submittedIdea.id,
  ideaTitleAr: submittedIdea.titleAr,
  ideaTitleFr: submittedIdea.titleFr,
  cooperativeId: null,
  cooperativeNameAr: null,
  cooperativeNameFr: null,
};

export const jurorMe: Me = {
  id: '99999999-9999-9999-9999-999999999999',
  name: 'Juré Souss-Massa',
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

export const assignment: JurorAssignment = {
  competitionId: COMPETITION_ID,
  criteria: competition.criteria,
  entries: [entryA, entryB],
  mySheets: [
    {
      id: 'f0f0f0f0-0000-0000-0000-000000000001',
      entryId: entryB.id,
      jurorId: jurorMe.id,
      scores: [
        { criterion: 'social_impact', score: 6 },
        { criterion: 'economic_impact', score: 6 },
        { criterion: 'innovation', score: 6 },
      ],
      weightedScore: 6,
      comment: null,
      updatedAt: '2026-04-02T10:00:00Z',
    },
  ],
};

export const progress: JurorProgress[] = [
  { jurorId: jurorMe.id, name: jurorMe.name, entries: null, assigned: 2, scored: 1, missing: [entryA.id] },
];

export const ranking: CompetitionRanking = {
  competitionId: COMPETITION_ID,
  tieBreakCriterion: 'social_impact',
  items: [
    {
      rank: 1,
      entryId: entryA.id,
      ideaId: idea.id,
      ideaTitleAr: idea.titleAr,
      ideaTitleFr: idea.titleFr,
      cooperativeNameAr: idea.cooperativeNameAr,
      cooperativeNameFr: idea.cooperativeNameFr,
      score: 7.45,
      tieBreak: 8,
      sheets: 1,
      criteria: [
        { criterion: 'social_impact', average: 8 },
        { criterion: 'economic_impact', average: 7 },
        { criterion: 'innovation', average: 7 },
      ],
      enteredAt: entryA.enteredAt,
      award: { rank: 1, prizeLabel: 'Premier prix', amount: 50000 },
    },
  ],
};
