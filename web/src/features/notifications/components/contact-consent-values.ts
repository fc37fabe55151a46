import type { ChangeRegistryContactConsentCommand } from '@/lib/api/schema-types';

/** The topics staff record a contact's word on: the consent to announcements, an objection to the service topics (ADR 0024). */
export const CONTACT_SERVICE_TOPICS = ['calls', 'applications', 'events', 'networks', 'ideas'] as const;
export const CONTACT_TOPICS = ['announcements', ...CONTACT_SERVICE_TOPICS] as const;

/** For announcements the contact gives or withdraws a consent; for a service topic it objects or withdraws the objection. */
export type ConsentDecision = 'give' | 'withdraw' | 'object' | 'withdrawObjection';

export type ContactConsentValues = { topic: string; decision: ConsentDecision; channels: string[]; method: string; givenOn: string };

/** The two answers the form offers for a topic, the first chosen when the topic changes. */
export function decisionsFor(topic: string): [ConsentDecision, ConsentDecision] {
  return topic === 'announcements' ? ['give', 'withdraw'] : ['object', 'withdrawObjection'];
}

/** Whether the decision turns the topic on for the contact: a consent given, or an objection withdrawn. */
export function enablesTopic(decision: ConsentDecision) {
  return decision === 'give' || decision === 'withdrawObjection';
}

/** The body of ChangeRegistryContactConsent for what the form holds. */
export function toChangeBody(values: ContactConsentValues): ChangeRegistryContactConsentCommand {
  return {
    topic: values.topic,
    channels: values.channels,
    enabled: enablesTopic(values.decision),
    method: values.method,
    givenOn: values.givenOn,
  };
}
