import type {
  CapacityNeed,
  CooperativeDetails,
  RegisterCooperativeCommand,
} from '@/lib/api/schema-types';
import { blank, num } from '@/lib/forms/form-values';

export type CertificationValues = { name: string; issuer: string; obtainedOn: string; expiresOn: string };

export type CooperativeFormValues = {
  registrationNumber: string;
  nameAr: string;
  nameFr: string;
  legalForm: string | null;
  sectors: string[];
  activities: string;
  products: string[];
  regionCode: string | null;
  provinceCode: string | null;
  commune: string;
  address: string;
  foundedOn: string;
  members: { total: number | string; women: number | string; youth: number | string };
  womenLed: boolean;
  board: { size: number | string; managerRole: string };
  certifications: CertificationValues[];
  needs: CapacityNeed[];
  contact: { phone: string; email: string; website: string; language: ContactLanguage | null };
  /** Registering only: staff record that the contact consented to announcements (law 09-08). */
  contactConsent: boolean;
};

export const CONTACT_LANGUAGES = ['ar', 'fr', 'en'] as const;
export type ContactLanguage = (typeof CONTACT_LANGUAGES)[number];

const contactLanguage = (v: string | null | undefined): ContactLanguage | null =>
  CONTACT_LANGUAGES.find((l) => l === v) ?? null;

export const emptyCooperative: CooperativeFormValues = {
  registrationNumber: '',
  nameAr: '',
  nameFr: '',
  legalForm: 'cooperative',
  sectors: [],
  activities: '',
  products: [],
  regionCode: null,
  provinceCode: null,
  commune: '',
  address: '',
  foundedOn: '',
  members: { total: '', women: '', youth: '' },
  womenLed: false,
  board: { size: '', managerRole: '' },
  certifications: [],
  needs: [],
  contact: { phone: '', email: '', website: '', language: null },
  contactConsent: false,
};

export function valuesFrom(c: CooperativeDetails): CooperativeFormValues {
  return {
    registrationNumber: c.registrationNumber,
    nameAr: c.nameAr ?? '',
    nameFr: c.nameFr ?? '',
    legalForm: c.legalForm,
    sectors: [...c.sectors],
    activities: c.activities ?? '',
    products: [...c.products],
    regionCode: c.regionCode,
    provinceCode: c.provinceCode,
    commune: c.commune ?? '',
    address: c.address ?? '',
    foundedOn: c.foundedOn ?? '',
    members: { total: c.members.total, women: c.members.women, youth: c.members.youth },
    womenLed: c.womenLed,
    board: { size: c.board.size ?? '', managerRole: c.board.managerRole ?? '' },
    certifications: c.certifications.map((x) => ({
      name: x.name ?? '',
      issuer: x.issuer ?? '',
      obtainedOn: x.obtainedOn ?? '',
      expiresOn: x.expiresOn ?? '',
    })),
    needs: [...c.needs],
    contact: {
      phone: c.contact?.phone ?? '',
      email: c.contact?.email ?? '',
      website: c.contact?.website ?? '',
      language: contactLanguage(c.contact?.language),
    },
    contactConsent: false,
  };
}

/** This command leaves an absent value out (undefined) rather than sending null. */
const text = (v: string) => blank(v) ?? undefined;
const int = (v: number | string) => num(v) ?? undefined;

/** The request body; the server validates everything (its messages are shown on the fields). */
export function commandFrom(v: CooperativeFormValues): RegisterCooperativeCommand {
  const contact = {
    phone: text(v.contact.phone),
    email: text(v.contact.email),
    website: text(v.contact.website),
    language: v.contact.language ?? undefined,
  };
  return {
    registrationNumber: v.registrationNumber.trim(),
    nameAr: text(v.nameAr),
    nameFr: text(v.nameFr),
    legalForm: v.legalForm ?? undefined,
    sectors: v.sectors,
    activities: text(v.activities),
    products: v.products.map((p) => p.trim()).filter(Boolean),
    regionCode: v.regionCode ?? undefined,
    provinceCode: v.provinceCode ?? undefined,
    commune: text(v.commune),
    address: text(v.address),
    foundedOn: text(v.foundedOn),
    members: { total: int(v.members.total) ?? 0, women: int(v.members.women) ?? 0, youth: int(v.members.youth) ?? 0 },
    womenLed: v.womenLed,
    board: { size: int(v.board.size), managerRole: text(v.board.managerRole) },
    certifications: v.certifications.map((c) => ({
      name: text(c.name),
      issuer: text(c.issuer),
      obtainedOn: text(c.obtainedOn),
      expiresOn: text(c.expiresOn),
    })),
    needs: v.needs,
    contact: contact.phone || contact.email || contact.website || contact.language ? contact : undefined,
    // Sent only when ticked (registering): updating a cooperative does not carry it.
    ...(v.contactConsent ? { contactConsent: true } : {}),
  };
}

const LIST_FIELDS = ['sectors', 'products', 'needs'];

/** Field errors of a list of plain values ("sectors.1") are shown on the list's own input. */
export function foldListErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...errors };
  for (const [path, message] of Object.entries(errors)) {
    const [head, index] = path.split('.');
    if (head && LIST_FIELDS.includes(head) && index !== undefined && /^\d+$/.test(index)) {
      out[head] = out[head] && out[head] !== message ? `${out[head]} ${message}` : message;
    }
  }
  return out;
}
