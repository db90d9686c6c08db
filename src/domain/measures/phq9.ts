import { DIFFICULTY_OPTIONS, DIFFICULTY_TEXT, FREQUENCY_OPTIONS, PFIZER_COPYRIGHT } from './measure.ts';
import type { MeasureDefinition } from './measure.ts';

/**
 * PHQ-9 (Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606–613): nine items scored 0–3,
 * total 0–27. Bands at 5/10/15/20 as published. Item 9 asks about thoughts of death or self-harm;
 * any answer above 0 raises a safety flag regardless of the total.
 */
export const PHQ9 = {
  id: 'phq9',
  name: 'PHQ-9',
  title: 'Patient Health Questionnaire-9',
  loinc: '44249-1',
  totalLoinc: '44261-6',
  questionnaire: 'http://loinc.org/q/44249-1',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    { number: 1, loinc: '44250-9', text: 'Little interest or pleasure in doing things' },
    { number: 2, loinc: '44255-8', text: 'Feeling down, depressed, or hopeless' },
    { number: 3, loinc: '44259-0', text: 'Trouble falling or staying asleep, or sleeping too much' },
    { number: 4, loinc: '44254-1', text: 'Feeling tired or having little energy' },
    { number: 5, loinc: '44251-7', text: 'Poor appetite or overeating' },
    { number: 6, loinc: '44258-2', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down' },
    { number: 7, loinc: '44252-5', text: 'Trouble concentrating on things, such as reading the newspaper or watching television' },
    {
      number: 8,
      loinc: '44253-3',
      text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    },
    { number: 9, loinc: '44260-8', text: 'Thoughts that you would be better off dead or of hurting yourself in some way' },
  ],
  options: FREQUENCY_OPTIONS,
  difficulty: { text: DIFFICULTY_TEXT, loinc: '69722-7', options: DIFFICULTY_OPTIONS },
  multiplier: 1,
  better: 'lower',
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4, severity: 0 },
    { id: 'mild', label: 'Mild', min: 5, max: 9, severity: 1 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14, severity: 2 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19, severity: 3 },
    { id: 'severe', label: 'Severe', min: 20, max: 27, severity: 4 },
  ],
  reliableChange: {
    threshold: 6,
    caseness: 10,
    source: 'NHS Talking Therapies for anxiety and depression Manual (reliable improvement: 6 points; caseness ≥ 10)',
  },
  safetyItem: { index: 8, above: 0, about: 'thoughts of being better off dead or of self-harm' },
  languages: ['en'],
  source: 'Kroenke K, Spitzer RL, Williams JB. The PHQ-9. J Gen Intern Med 2001;16(9):606–613. Wording of the Pfizer form (phqscreeners.com).',
  copyright: PFIZER_COPYRIGHT,
} as const satisfies MeasureDefinition;
