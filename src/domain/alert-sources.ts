/**
 * What an alert for the therapist can come from: the kind of record whose words (or answers)
 * raised it. The API's zod enum, the store's type and the alerts list's wording read this list.
 */
export const ALERT_SOURCES = ['reflection', 'checkin', 'measure', 'artwork', 'music', 'series', 'group'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** How the alerts list names where the words came from ("raised by …"). */
export const ALERT_SOURCE_LABEL: Readonly<Record<AlertSource, string>> = {
  reflection: 'a reflection',
  checkin: 'a check-in note',
  measure: 'a questionnaire',
  artwork: 'words in the studio',
  music: 'a music description',
  group: 'words in a group session',
  series: 'words in a story (series)',
};
