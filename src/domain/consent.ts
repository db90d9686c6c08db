/**
 * Informed consent: the scopes a client can agree to (each gates features on the server, not
 * just in the UI) and the default consent document, in plain language. A clinic publishes new
 * versions of the document; clients are then asked to sign again.
 */

/** What a client can agree to. `group` gates group work (services/groups): joining, the shared canvas, words and votes. */
export const CONSENT_SCOPES = ['builtin_ai', 'external_ai', 'insights', 'music', 'group'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export interface ConsentScopeInfo {
  id: ConsentScope;
  title: string;
  /** One or two plain sentences: what agreeing allows, and what happens without it. */
  explanation: string;
}

export const CONSENT_SCOPE_INFO: Readonly<Record<ConsentScope, ConsentScopeInfo>> = {
  builtin_ai: {
    id: 'builtin_ai',
    title: 'Making pictures with the built-in engine',
    explanation:
      'Hearth can turn your drawing and words into new pictures, repaint parts of a picture and show a live preview. This runs entirely on this machine. Without it you can still draw, upload and write.',
  },
  external_ai: {
    id: 'external_ai',
    title: 'Using an outside model server',
    explanation:
      'Only if your clinic sets one up: your sketch, words, mask and pictures for that one request are sent to a model server outside Hearth to make the picture. Without it nothing of yours leaves this machine.',
  },
  insights: {
    id: 'insights',
    title: 'Insights from your artwork',
    explanation:
      'Hearth measures things like colour, space and how a drawing was made, and compares them with your own earlier work, so your therapist can see patterns. These are descriptions, never diagnoses.',
  },
  music: {
    id: 'music',
    title: 'Music',
    explanation:
      'Hearth composes music from your words and keeps a note of how listening felt, to learn what helps you. Without it the music pages are closed.',
  },
  group: {
    id: 'group',
    title: 'Group work',
    explanation:
      'Taking part in group sessions: the others in your group see what you draw on the shared canvas and the name you choose for the group, never your record. Without it you are not added to groups, and withdrawing it takes you out of new group activity at once.',
  },
};

/** The scopes in display order, with their plain-language title and explanation. */
export const consentScopeList = (): ConsentScopeInfo[] => CONSENT_SCOPES.map((s) => CONSENT_SCOPE_INFO[s]);

export const isConsentScope = (s: string): s is ConsentScope => (CONSENT_SCOPES as readonly string[]).includes(s);

export interface ConsentDocument {
  /** Version label, e.g. "2026-11-1"; a new version asks every client to sign again. */
  version: string;
  title: string;
  /** Plain text; paragraphs separated by a blank line. */
  body: string;
}

/** Shown until a clinic publishes its own version. */
export const DEFAULT_CONSENT_DOCUMENT: ConsentDocument = {
  version: '2026-11-1',
  title: 'Your consent to using Hearth',
  body: [
    'Hearth is a private studio for art and music therapy, used together with your therapist. This page explains what Hearth does with your work, so that you can choose what you agree to. You can change your choices at any time under "My consent", and a change takes effect at once.',
    'What the built-in engines do. Hearth can turn a drawing and a few words into pictures, repaint part of a picture, compose music from words, and describe features of your artwork (such as colour and use of space). All of this is done by engines that run on this machine. By default nothing you make or write leaves this machine.',
    'Outside model servers. A clinic can choose to connect an outside model server to make pictures. It is only used if you agree to "Using an outside model server" and your clinic has set one up. For each picture it would receive what that one request needs: your sketch, your words (the prompt), the mask and the images of that request. Nothing else is sent.',
    'How your data is kept. Your drawings, pictures, recordings and words are stored encrypted with a key of your own. If your record is erased, that key is destroyed first, so what was stored can no longer be read by anyone (this is called crypto-shredding), and then the records and files are deleted.',
    'Who sees what. You and your therapist see your work. Every time someone opens your record it is written in an access history, which you and your therapist can read. Clinic operators run the system but do not see your work in the app.',
    'What Hearth is not. Hearth is not a crisis service and is not watched around the clock. If you are in danger or might harm yourself or someone else, contact emergency services or a crisis line straight away.',
    'Your choices. Signing records the version of this text, the scopes you agreed to, the time and the name you type. If you withdraw a scope later, that is recorded too, and features that need it stop at once. Your therapist will talk this through with you if anything is unclear.',
  ].join('\n\n'),
};

/** The message a refused feature shows: who has not agreed to what, and where to change it. */
export function consentRefusal(clientName: string, scope: ConsentScope): string {
  const what: Record<ConsentScope, string> = {
    builtin_ai: 'making pictures with the built-in engine',
    external_ai: 'using an outside model server',
    insights: 'insights from their artwork',
    music: 'music',
    group: 'group work',
  };
  return `${clientName} has not agreed to ${what[scope]}. They can change this under My consent.`;
}
