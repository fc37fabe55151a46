export const SORTS = ['name', '-name', 'foundedOn', '-foundedOn', 'members', '-members', 'registrationNumber'] as const;
