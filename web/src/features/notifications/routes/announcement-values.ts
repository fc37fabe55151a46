import type { SegmentMessageText } from '@/lib/api/schema-types';

/** The languages a staff message can be written in, Arabic first. */
export const MESSAGE_LANGUAGES = ['ar', 'fr', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];
export type MessageTexts = Record<MessageLanguage, { subject: string; body: string }>;

export const emptyTexts: MessageTexts = { ar: { subject: '', body: '' }, fr: { subject: '', body: '' }, en: { subject: '', body: '' } };

/** The texts to send: the languages whose subject and body are both written (trimmed); each recipient reads theirs, else French, Arabic, English. */
export function filledTexts(texts: MessageTexts): SegmentMessageText[] {
  return MESSAGE_LANGUAGES.filter((l) => texts[l].subject.trim() !== '' && texts[l].body.trim() !== '').map((language) => ({
    language,
    subject: texts[language].subject.trim(),
    body: texts[language].body.trim(),
  }));
}
