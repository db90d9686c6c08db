/**
 * What an alert for the therapist can come from: the kind of record whose words (or answers)
 * raised it. The API's zod enum, the store's type and the alerts list's wording read this list.
 */
export const ALERT_SOURCES = ['reflection', 'checkin', 'measure', 'artwork', 'music', 'series', 'group'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];
