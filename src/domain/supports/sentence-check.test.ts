import { describe, expect, it } from 'vitest';
import { checkStorySentence } from './sentence-check.ts';

describe('checkStorySentence', () => {
  it('passes short first-person present sentences in en/es/de', () => {
    for (const s of ['I wash my hands.', 'I wait for my turn.', 'Me lavo las manos.', 'Espero mi turno.', 'Ich wasche meine Hände.', 'Wir gehen in den Park.'])
      expect(checkStorySentence(s), s).toEqual([]);
  });
  it('flags third person', () => {
    for (const s of ['He washes his hands.', 'Ella espera su turno.', 'Er wartet.']) expect(checkStorySentence(s), s).toContain('not_first_person');
  });
  it('flags past and future tense', () => {
    for (const s of [
      'I washed my hands.',
      'I will wash my hands.',
      'Yesterday I was sad.',
      'Ayer me lavé las manos.',
      'Ich habe gewartet.',
      'Ich werde warten.',
    ])
      expect(checkStorySentence(s), s).toContain('not_present');
  });
  it('flags long sentences and more than one sentence', () => {
    expect(checkStorySentence('I walk to the bus stop and I wait there with my mum until the big blue bus comes along')).toContain('too_long');
    expect(checkStorySentence('I walk. I wait.')).toContain('several_sentences');
  });
  it('says nothing about an empty sentence', () => {
    expect(checkStorySentence('   ')).toEqual([]);
  });
});
