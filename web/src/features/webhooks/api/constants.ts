/** The event types a subscription can ask for, with their translation keys (under webhooks.events). */
export const WEBHOOK_EVENT_TYPES = [
  { value: 'cooperative.registered', key: 'cooperativeRegistered' },
  { value: 'cooperative.status-changed', key: 'cooperativeStatusChanged' },
  { value: 'application.decided', key: 'applicationDecided' },
  { value: 'registration.promoted', key: 'registrationPromoted' },
  { value: 'idea.published', key: 'ideaPublished' },
  { value: 'network.membership-changed', key: 'networkMembershipChanged' },
  { value: 'call.published', key: 'callPublished' },
  { value: 'application.eligibility-checked', key: 'applicationEligibilityChecked' },
  { value: 'application.support-recorded', key: 'applicationSupportRecorded' },
  { value: 'registration.created', key: 'registrationCreated' },
  { value: 'event.cancelled', key: 'eventCancelled' },
  { value: 'idea.returned', key: 'ideaReturned' },
  { value: 'juror.assigned', key: 'jurorAssigned' },
  { value: 'competition.results-published', key: 'competitionResultsPublished' },
] as const;

export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
