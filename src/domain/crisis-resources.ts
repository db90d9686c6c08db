/**
 * What a client sees at once when their words suggest they may be in danger. Shown alongside,
 * never instead of, the therapist's own plan. A clinic should replace these with its local
 * services (a setting in a later version).
 */
export interface CrisisResources {
  heading: string;
  message: string;
  contacts: readonly { label: string; detail: string }[];
}

export const DEFAULT_CRISIS_RESOURCES: CrisisResources = {
  heading: 'You don’t have to carry this alone',
  message:
    'What you wrote sounds really hard. We have let your therapist know, but they may not see it straight away. If you might act on thoughts of harming yourself or someone else, or you are in danger now, please contact emergency help straight away.',
  contacts: [
    { label: 'Emergency services', detail: 'Call 112 (EU), 911 (US/Canada), 999 (UK), 000 (Australia)' },
    { label: 'Suicide & Crisis Lifeline (US)', detail: 'Call or text 988' },
    { label: 'Samaritans (UK & Ireland)', detail: 'Call 116 123, free, day or night' },
    { label: 'Find a helpline elsewhere', detail: 'findahelpline.com lists free, confidential lines by country' },
  ],
};
