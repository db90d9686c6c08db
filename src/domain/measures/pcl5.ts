import { hearthQuestionnaire } from './measure.ts';
import type { MeasureDefinition } from './measure.ts';

/**
 * PCL-5, the PTSD Checklist for DSM-5 (Weathers, Litz, Keane, Palmieri, Marx & Schnurr 2013;
 * US National Center for PTSD): twenty items scored 0–4, total 0–80. Public domain.
 *
 * Scoring as the National Center for PTSD describes it ("Using the PTSD Checklist for DSM-5"):
 * the sum of the items; a provisional cut-off of 31–33 suggests further assessment; a change of
 * 5–10 points is reliable (not due to chance) and 10–20 points clinically meaningful — Hearth
 * uses 10, the conservative end of the reliable range. The bands below describe the total
 * against the provisional cut-off; they are not a diagnosis.
 *
 * LOINC codes the panel (101697-1) and the total (101698-9) but Hearth has no verified LOINC
 * code per item, so the FHIR export points at Hearth's own questionnaire with item numbers as
 * linkIds and the LOINC total code as the total's linkId.
 *
 * Wording: the standard form (past month). The instruction "circle one of the numbers" reads
 * "choose one answer" on screen. Only English is included; Spanish and German wordings are left
 * for the translation work (a validated published version must be used).
 */
export const PCL5 = {
  id: 'pcl5',
  name: 'PCL-5',
  title: 'PTSD Checklist for DSM-5',
  loinc: '101697-1',
  totalLoinc: '101698-9',
  questionnaire: hearthQuestionnaire('pcl5'),
  stem:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then ' +
    'choose one answer to indicate how much you have been bothered by that problem in the past month. In the past month, how much were you bothered by:',
  items: [
    { number: 1, text: 'Repeated, disturbing, and unwanted memories of the stressful experience?' },
    { number: 2, text: 'Repeated, disturbing dreams of the stressful experience?' },
    {
      number: 3,
      text: 'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
    },
    { number: 4, text: 'Feeling very upset when something reminded you of the stressful experience?' },
    {
      number: 5,
      text: 'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
    },
    { number: 6, text: 'Avoiding memories, thoughts, or feelings related to the stressful experience?' },
    {
      number: 7,
      text: 'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
    },
    { number: 8, text: 'Trouble remembering important parts of the stressful experience?' },
    {
      number: 9,
      text:
        'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something ' +
        'seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    },
    { number: 10, text: 'Blaming yourself or someone else for the stressful experience or what happened after it?' },
    { number: 11, text: 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?' },
    { number: 12, text: 'Loss of interest in activities that you used to enjoy?' },
    { number: 13, text: 'Feeling distant or cut off from other people?' },
    {
      number: 14,
      text: 'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    },
    { number: 15, text: 'Irritable behavior, angry outbursts, or acting aggressively?' },
    { number: 16, text: 'Taking too many risks or doing things that could cause you harm?' },
    { number: 17, text: 'Being “superalert” or watchful or on guard?' },
    { number: 18, text: 'Feeling jumpy or easily startled?' },
    { number: 19, text: 'Having difficulty concentrating?' },
    { number: 20, text: 'Trouble falling or staying asleep?' },
  ],
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'A little bit' },
    { value: 2, label: 'Moderately' },
    { value: 3, label: 'Quite a bit' },
    { value: 4, label: 'Extremely' },
  ],
  multiplier: 1,
  better: 'lower',
  bands: [
    { id: 'below-cutoff', label: 'Below the provisional cut-off', chartLabel: 'Below cut-off', min: 0, max: 30, severity: 0 },
    { id: 'at-cutoff', label: 'Within the provisional cut-off (31–33)', chartLabel: 'Cut-off 31–33', min: 31, max: 33, severity: 1 },
    { id: 'above-cutoff', label: 'Above the provisional cut-off', chartLabel: 'Above cut-off', min: 34, max: 80, severity: 2 },
  ],
  reliableChange: {
    threshold: 10,
    caseness: 31,
    source: 'US National Center for PTSD, “Using the PTSD Checklist for DSM-5 (PCL-5)”: 5–10 points reliable change (10 used), provisional cut-off 31–33',
  },
  languages: ['en'],
  source:
    'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5), 2013. ' +
    'Scale available from the National Center for PTSD at www.ptsd.va.gov.',
  copyright: 'Public domain (US National Center for PTSD).',
} as const satisfies MeasureDefinition;
