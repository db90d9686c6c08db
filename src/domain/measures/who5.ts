import { hearthQuestionnaire } from './measure.ts';
import type { MeasureDefinition } from './measure.ts';

/**
 * WHO-5 Well-Being Index (WHO Regional Office for Europe 1998; Psychiatric Research Unit,
 * Mental Health Centre North Zealand, Hillerød): five statements scored 0–5 over the last two
 * weeks. The raw sum (0–25) is multiplied by 4 to give 0–100, higher meaning better wellbeing.
 * Free to use without permission.
 *
 * Interpretation as reviewed by Topp, Østergaard, Søndergaard & Bech (Psychother Psychosom
 * 2015;84:167–176): ≤ 50 indicates poor wellbeing and suggests screening for depression; ≤ 28
 * is likely to be screen-positive for depression; a change of 10 points is clinically relevant
 * (used here as the reliable-change threshold). The bands describe wellbeing, not a diagnosis.
 *
 * No LOINC codes are used (none verified for the items), so the FHIR export points at Hearth's
 * own questionnaire: item numbers as linkIds, then `raw` (0–25) and `total` (0–100).
 * Only English is included; Spanish and German wordings are left for the translation work (the
 * official translations are published by the Psychiatric Research Unit).
 */
export const WHO5 = {
  id: 'who5',
  name: 'WHO-5',
  title: 'WHO-5 Well-Being Index',
  questionnaire: hearthQuestionnaire('who5'),
  stem: 'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks. Over the last two weeks:',
  items: [
    { number: 1, text: 'I have felt cheerful and in good spirits' },
    { number: 2, text: 'I have felt calm and relaxed' },
    { number: 3, text: 'I have felt active and vigorous' },
    { number: 4, text: 'I woke up feeling fresh and rested' },
    { number: 5, text: 'My daily life has been filled with things that interest me' },
  ],
  options: [
    { value: 5, label: 'All of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 3, label: 'More than half of the time' },
    { value: 2, label: 'Less than half of the time' },
    { value: 1, label: 'Some of the time' },
    { value: 0, label: 'At no time' },
  ],
  multiplier: 4,
  better: 'higher',
  bands: [
    { id: 'very-low', label: 'Very low wellbeing (28 or less)', chartLabel: 'Very low (≤ 28)', min: 0, max: 28, severity: 2 },
    { id: 'poor', label: 'Poor wellbeing (50 or less)', chartLabel: 'Poor (≤ 50)', min: 29, max: 50, severity: 1 },
    { id: 'above-cutoff', label: 'Above the poor-wellbeing cut-off', chartLabel: 'Above 50', min: 51, max: 100, severity: 0 },
  ],
  reliableChange: { threshold: 10, caseness: 50, source: 'Topp et al. 2015: a 10-point change is clinically relevant; ≤ 50 poor wellbeing' },
  languages: ['en'],
  source:
    'World Health Organization Regional Office for Europe, Wellbeing Measures in Primary Health Care: the DepCare Project, 1998; ' +
    'Topp CW et al. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84:167–176.',
  copyright: 'Free to use without permission (Psychiatric Research Unit, Mental Health Centre North Zealand, Hillerød, Denmark).',
} as const satisfies MeasureDefinition;
