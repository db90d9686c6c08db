/**
 * Informed consent: the scopes a client can agree to (each gates features on the server, not
 * just in the UI) and the default consent document, in plain language. A clinic publishes new
 * versions of the document; clients are then asked to sign again.
 */
import type { Locale } from './i18n/locales.ts';

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

/**
 * The default document in each language: the same version and the same promises, so a signature
 * in any of them grants the same scopes; the language read is recorded with the signature.
 * Spanish addresses the client as "tú", German as "Sie" (see docs/languages.md).
 */
export const DEFAULT_CONSENT_DOCUMENTS: Readonly<Record<Locale, ConsentDocument>> = {
  en: DEFAULT_CONSENT_DOCUMENT,
  es: {
    version: DEFAULT_CONSENT_DOCUMENT.version,
    title: 'Tu consentimiento para usar Hearth',
    body: [
      'Hearth es un estudio privado de arteterapia y musicoterapia que usas junto con tu terapeuta. Esta página explica qué hace Hearth con tu trabajo, para que puedas elegir a qué das tu consentimiento. Puedes cambiar tus decisiones en cualquier momento en «Mi consentimiento», y el cambio vale al instante.',
      'Qué hacen los motores integrados. Hearth puede convertir un dibujo y unas pocas palabras en imágenes, volver a pintar una parte de una imagen, componer música a partir de palabras y describir rasgos de tus obras (como el color y el uso del espacio). Todo esto lo hacen motores que funcionan en este equipo. De forma predeterminada, nada de lo que haces o escribes sale de este equipo.',
      'Servidores de modelos externos. Un centro puede decidir conectar un servidor de modelos externo para crear imágenes. Solo se usa si aceptas «Usar un servidor de modelos externo» y tu centro ha configurado uno. Para cada imagen recibiría lo que necesita esa petición concreta: tu boceto, tus palabras (la descripción), la máscara y las imágenes de esa petición. No se envía nada más.',
      'Cómo se guardan tus datos. Tus dibujos, imágenes, grabaciones y palabras se guardan cifrados con una clave solo tuya. Si se borra tu expediente, primero se destruye esa clave, de modo que nadie puede volver a leer lo guardado (esto se llama borrado criptográfico), y después se eliminan los registros y los archivos.',
      'Quién ve qué. Tú y tu terapeuta veis tu trabajo. Cada vez que alguien abre tu expediente, queda anotado en un historial de accesos que tú y tu terapeuta podéis leer. Las personas que administran el sistema en el centro lo mantienen en marcha, pero no ven tu trabajo en la aplicación.',
      'Lo que Hearth no es. Hearth no es un servicio de crisis y nadie lo vigila las 24 horas. Si estás en peligro o podrías hacerte daño a ti o a otra persona, contacta enseguida con los servicios de emergencia o con una línea de crisis.',
      'Tus decisiones. Al firmar se registran la versión de este texto y su idioma, lo que has aceptado, la hora y el nombre que escribes. Si más adelante retiras algo, también se registra, y las funciones que lo necesitan se detienen al momento. Tu terapeuta lo hablará contigo si algo no está claro.',
    ].join('\n\n'),
  },
  de: {
    version: DEFAULT_CONSENT_DOCUMENT.version,
    title: 'Ihre Einwilligung zur Nutzung von Hearth',
    body: [
      'Hearth ist ein privates Atelier für Kunst- und Musiktherapie, das Sie gemeinsam mit Ihrer Therapeutin oder Ihrem Therapeuten nutzen. Diese Seite erklärt, was Hearth mit Ihren Werken macht, damit Sie wählen können, wozu Sie einwilligen. Sie können Ihre Entscheidungen jederzeit unter „Meine Einwilligung“ ändern; eine Änderung gilt sofort.',
      'Was die eingebauten Programme tun. Hearth kann aus einer Zeichnung und wenigen Worten Bilder machen, einen Teil eines Bildes neu malen, aus Worten Musik komponieren und Merkmale Ihrer Werke beschreiben (etwa Farbe und Raumnutzung). All das erledigen Programme, die auf diesem Rechner laufen. Standardmäßig verlässt nichts, was Sie gestalten oder schreiben, diesen Rechner.',
      'Externe Modellserver. Eine Praxis kann einen externen Modellserver anbinden, um Bilder zu erzeugen. Er wird nur genutzt, wenn Sie „Einen externen Modellserver nutzen“ zustimmen und Ihre Praxis einen eingerichtet hat. Für jedes Bild erhielte er nur, was diese eine Anfrage braucht: Ihre Skizze, Ihre Worte (die Beschreibung), die Maske und die Bilder dieser Anfrage. Sonst wird nichts gesendet.',
      'Wie Ihre Daten aufbewahrt werden. Ihre Zeichnungen, Bilder, Aufnahmen und Worte werden mit einem eigenen Schlüssel verschlüsselt gespeichert. Wird Ihre Akte gelöscht, wird zuerst dieser Schlüssel vernichtet, sodass niemand das Gespeicherte mehr lesen kann (das nennt man kryptografisches Löschen); danach werden die Einträge und Dateien gelöscht.',
      'Wer was sieht. Sie und Ihre Therapeutin oder Ihr Therapeut sehen Ihre Werke. Jedes Mal, wenn jemand Ihre Akte öffnet, wird das in einem Zugriffsverlauf festgehalten, den Sie beide lesen können. Wer das System in der Praxis betreibt, hält es am Laufen, sieht Ihre Werke in der Anwendung aber nicht.',
      'Was Hearth nicht ist. Hearth ist kein Krisendienst und wird nicht rund um die Uhr beobachtet. Wenn Sie in Gefahr sind oder sich selbst oder jemand anderem schaden könnten, wenden Sie sich sofort an den Notruf oder ein Krisentelefon.',
      'Ihre Entscheidungen. Mit der Unterschrift werden die Version dieses Textes und seine Sprache, Ihre Zustimmungen, die Uhrzeit und der Name, den Sie eintippen, festgehalten. Wenn Sie später etwas zurückziehen, wird auch das festgehalten, und Funktionen, die es brauchen, enden sofort. Ihre Therapeutin oder Ihr Therapeut bespricht das gern mit Ihnen, wenn etwas unklar ist.',
    ].join('\n\n'),
  },
};

/** Titles and explanations of the scopes in Spanish and German (English: CONSENT_SCOPE_INFO). */
const SCOPE_TEXT: Readonly<Record<Exclude<Locale, 'en'>, Record<ConsentScope, [title: string, explanation: string]>>> = {
  es: {
    builtin_ai: [
      'Crear imágenes con el motor integrado',
      'Hearth puede convertir tu dibujo y tus palabras en imágenes nuevas, volver a pintar partes de una imagen y mostrar una vista previa en directo. Todo funciona en este equipo. Sin esto, puedes seguir dibujando, subiendo imágenes y escribiendo.',
    ],
    external_ai: [
      'Usar un servidor de modelos externo',
      'Solo si tu centro configura uno: tu boceto, tus palabras, la máscara y las imágenes de esa única petición se envían a un servidor de modelos fuera de Hearth para crear la imagen. Sin esto, nada tuyo sale de este equipo.',
    ],
    insights: [
      'Observaciones sobre tus obras',
      'Hearth mide cosas como el color, el espacio y cómo se hizo un dibujo, y las compara con tus propias obras anteriores, para que tu terapeuta pueda ver patrones. Son descripciones, nunca diagnósticos.',
    ],
    music: [
      'Música',
      'Hearth compone música a partir de tus palabras y anota cómo te has sentido al escucharla, para aprender qué te ayuda. Sin esto, las páginas de música quedan cerradas.',
    ],
    group: [
      'Trabajo en grupo',
      'Participar en sesiones de grupo, donde otras personas del grupo pueden ver las obras que decidas compartir. Se registra ya; las sesiones de grupo llegarán más adelante.',
    ],
  },
  de: {
    builtin_ai: [
      'Bilder mit dem eingebauten Programm gestalten',
      'Hearth kann aus Ihrer Zeichnung und Ihren Worten neue Bilder machen, Teile eines Bildes neu malen und eine Live-Vorschau zeigen. Das läuft vollständig auf diesem Rechner. Ohne diese Einwilligung können Sie weiterhin zeichnen, hochladen und schreiben.',
    ],
    external_ai: [
      'Einen externen Modellserver nutzen',
      'Nur wenn Ihre Praxis einen einrichtet: Ihre Skizze, Ihre Worte, die Maske und die Bilder dieser einen Anfrage werden an einen Modellserver außerhalb von Hearth geschickt, der das Bild erzeugt. Ohne diese Einwilligung verlässt nichts von Ihnen diesen Rechner.',
    ],
    insights: [
      'Beobachtungen zu Ihren Werken',
      'Hearth misst zum Beispiel Farbe, Raum und wie eine Zeichnung entstanden ist, und vergleicht das mit Ihren eigenen früheren Werken, damit Ihre Therapeutin oder Ihr Therapeut Muster erkennen kann. Das sind Beschreibungen, niemals Diagnosen.',
    ],
    music: [
      'Musik',
      'Hearth komponiert Musik aus Ihren Worten und notiert, wie sich das Hören angefühlt hat, um zu lernen, was Ihnen guttut. Ohne diese Einwilligung bleiben die Musikseiten geschlossen.',
    ],
    group: [
      'Gruppenarbeit',
      'Teilnahme an Gruppensitzungen, in denen andere aus der Gruppe Werke sehen können, die Sie teilen möchten. Wird schon festgehalten; Gruppensitzungen kommen später.',
    ],
  },
};

/** The scopes in display order, in a language. */
export const consentScopeListIn = (locale: Locale): ConsentScopeInfo[] =>
  CONSENT_SCOPES.map((id) => {
    if (locale === 'en') return CONSENT_SCOPE_INFO[id];
    const [title, explanation] = SCOPE_TEXT[locale][id];
    return { id, title, explanation };
  });

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
