import { DIFFICULTY_OPTIONS, DIFFICULTY_TEXT, FREQUENCY_OPTIONS, PFIZER_COPYRIGHT } from './measure.ts';
import type { MeasureDefinition } from './measure.ts';

/**
 * GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006, Arch Intern Med 166:1092–1097): seven items
 * scored 0–3, total 0–21. Bands at 5/10/15 as published.
 */
export const GAD7 = {
  id: 'gad7',
  name: 'GAD-7',
  title: 'Generalized Anxiety Disorder-7',
  loinc: '69737-5',
  totalLoinc: '70274-6',
  questionnaire: 'http://loinc.org/q/69737-5',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    { number: 1, loinc: '69725-0', text: 'Feeling nervous, anxious, or on edge' },
    { number: 2, loinc: '68509-9', text: 'Not being able to stop or control worrying' },
    { number: 3, loinc: '69733-4', text: 'Worrying too much about different things' },
    { number: 4, loinc: '69734-2', text: 'Trouble relaxing' },
    { number: 5, loinc: '69735-9', text: 'Being so restless that it is hard to sit still' },
    { number: 6, loinc: '69689-8', text: 'Becoming easily annoyed or irritable' },
    { number: 7, loinc: '69736-7', text: 'Feeling afraid, as if something awful might happen' },
  ],
  options: FREQUENCY_OPTIONS,
  difficulty: { text: DIFFICULTY_TEXT, loinc: '69726-8', options: DIFFICULTY_OPTIONS },
  multiplier: 1,
  better: 'lower',
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4, severity: 0 },
    { id: 'mild', label: 'Mild', min: 5, max: 9, severity: 1 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14, severity: 2 },
    { id: 'severe', label: 'Severe', min: 15, max: 21, severity: 3 },
  ],
  reliableChange: {
    threshold: 4,
    caseness: 8,
    source: 'NHS Talking Therapies for anxiety and depression Manual (reliable improvement: 4 points; caseness ≥ 8)',
  },
  languages: ['en'],
  source:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–1097.',
  copyright: PFIZER_COPYRIGHT,
} as const satisfies MeasureDefinition;
