/**
 * Server refusals in the reader's language. Representative bad requests (validation, a foreign
 * id, a consent refusal, an upload refusal, a weak password, sign-in throttling, no session) sent
 * as a Spanish and a German account — and before sign-in by Accept-Language — answer with the
 * same stable `code` and the catalogue's text in that language. A scan fails on any HttpError in
 * src/services or src/server thrown with words of its own instead of a catalogue key
 * (`em('errors:…')`), except in the files listed below with their exact count (the list may only
 * shrink).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/domain/i18n/index.ts';
import type { Locale } from '../../src/domain/i18n/index.ts';
import { em, errorTextIn } from '../../src/services/errors.ts';
import type { ErrorText } from '../../src/services/errors.ts';
import { PASSWORD, addClient, createHarness, setupTherapist } from '../helpers/harness.ts';
import type { Agent, Harness } from '../helpers/harness.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * Files whose refusals are still English, with how many. measures.service passes on the
 * registry's own validation words.
 */
const STILL_ENGLISH: Record<string, number> = {
  'src/services/clinical/measures.service.ts': 1,
  'src/services/backup/backup.service.ts': 1,
  'src/services/studio/image-backend-choice.ts': 1,
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

/** HttpErrors whose message is not `em('errors:…')` or a value built by a catalogue helper, per file. */
function literalRefusals(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of [...sourceFiles(join(root, 'src/services')), ...sourceFiles(join(root, 'src/server'))]) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('HttpError(')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'HttpError') {
        const m = n.arguments?.[1];
        const keyed =
          m !== undefined &&
          ((ts.isCallExpression(m) && ts.isIdentifier(m.expression) && /^(em|consentRefusalText|sessionTransitionText)$/.test(m.expression.text)) ||
            // a variable or member holding a catalogue message (WHY.used, text, e.text, a ternary of em() calls)
            (/\bem\(|\btext\b|WHY\b/.test(m.getText(sf)) && !ts.isStringLiteralLike(m) && !ts.isTemplateExpression(m)));
        if (!keyed)
          (found[relative(root, file)] ??= []).push(`${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${(m ?? n).getText(sf).slice(0, 70)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

describe('refusals come from the errors catalogue', () => {
  it('has no HttpError with words of its own outside the listed files (which keep their exact count)', () => {
    const found = literalRefusals();
    const problems: string[] = [];
    for (const [file, hits] of Object.entries(found)) {
      const allowed = STILL_ENGLISH[file] ?? 0;
      if (hits.length > allowed) problems.push(`${file}: ${hits.length} literal refusal(s), ${allowed} allowed:\n  ${hits.join('\n  ')}`);
    }
    for (const [file, n] of Object.entries(STILL_ENGLISH)) {
      const got = found[file]?.length ?? 0;
      if (got < n) problems.push(`${file}: now ${got} literal refusal(s) — lower its count in STILL_ENGLISH to ${got}`);
    }
    expect(problems).toEqual([]);
  });

  it('renders a message differently in each language, with its arguments filled in', () => {
    const text: ErrorText = em('errors:account.tooManySignAttempts', { unit: 'seconds', count: 4 });
    expect(errorTextIn(text, 'en')).toBe('Too many sign-in attempts. Please wait 4 seconds and try again.');
    expect(errorTextIn(text, 'es')).toContain('4 segundos');
    expect(errorTextIn(text, 'de')).toContain('4 Sekunden');
    const nested = em('errors:artworks.inImage', { what: 'mask', problem: em('errors:artworks.fileEmpty') });
    expect(errorTextIn(nested, 'de')).toBe(`Die Maske: ${RESOURCES.de.errors['artworks.fileEmpty']}`);
  });
});

describe('server refusals in the reader’s language', () => {
  let h: Harness;
  let therapist: Agent;
  const users: Partial<Record<Locale, { agent: Agent; clientId: string; email: string }>> = {};

  beforeAll(async () => {
    h = await createHarness();
    therapist = await setupTherapist(h);
    for (const [locale, name] of [
      ['es', 'Lucía'],
      ['de', 'Jonas'],
    ] as const) {
      const email = `${name.toLowerCase().replace('í', 'i')}@home.test`;
      const { clientId, client } = await addClient(h, therapist, name, email, { consent: ['builtin_ai', 'insights'] });
      const set = await client.request({ method: 'PUT', url: '/api/account/locale', json: { locale } });
      expect(set.statusCode).toBe(200);
      users[locale] = { agent: client, clientId, email };
    }
  }, 120_000);
  afterAll(() => h?.close());

  /** The catalogue text of `key` in `locale`, with ICU arguments filled in. */
  const say = (locale: Locale, key: Parameters<typeof em>[0], args?: Parameters<typeof em>[1]) => errorTextIn(em(key, args), locale);

  for (const locale of ['es', 'de'] as const) {
    it(`answers a ${locale} account in ${locale}, keeping the codes`, async () => {
      const { agent, clientId } = users[locale]!;
      const errorOf = (r: { statusCode: number; json: () => unknown }) => (r.json() as { error: { code: string; message: string } }).error;

      // Consent: this client has not agreed to music.
      const music = await agent.post(`/api/clients/${clientId}/music`, { description: 'calm rain', seconds: 20 });
      expect(music.statusCode).toBe(403);
      expect(errorOf(music)).toMatchObject({
        code: 'consent_required',
        message: say(locale, 'errors:consent.required', { name: locale === 'es' ? 'Lucía' : 'Jonas', scope: 'music' }),
      });
      expect(errorOf(music).message).not.toMatch(/has not agreed/);

      // A record that is not theirs (or does not exist).
      const foreign = await agent.get('/api/clients/00000000-0000-4000-8000-000000000000');
      expect(foreign.statusCode).toBe(404);
      expect(errorOf(foreign)).toMatchObject({ code: 'not_found', message: say(locale, 'errors:server.notFound', { scope: 'client' }) });

      // An upload that is not an image.
      const upload = await agent.uploadTo(`/api/clients/${clientId}/artworks`, new TextEncoder().encode('%PDF-1.4 not a picture'), 'x.png', 'image/png');
      expect(upload.statusCode).toBe(415);
      expect(errorOf(upload).code).toBe('unsupported_media_type');
      expect(errorOf(upload).message.startsWith(RESOURCES[locale].errors['artworks.fileUploadPngJpeg']!.split('{')[0]!)).toBe(true);

      // Schema validation names the field in the reader's language.
      const bad = await agent.request({ method: 'PUT', url: '/api/account/locale', json: { locale: 'fr' } });
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).code).toBe('invalid_request');
      expect(errorOf(bad).message).toContain('body.locale');
      expect(errorOf(bad).message.startsWith(locale === 'es' ? 'body.locale no es válido' : 'Ungültig: body.locale')).toBe(true);

      // A weak new password: the policy's reason, translated.
      const weak = await agent.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'qwerty123456' });
      expect(weak.statusCode).toBe(400);
      expect(errorOf(weak)).toMatchObject({ code: 'invalid_request', message: say(locale, 'errors:password.tooCommon') });
      // The field message the form shows under the password follows the same language.
      expect((weak.json() as { error: { details: unknown } }).error.details).toEqual([
        { path: 'body.newPassword', message: say(locale, 'errors:password.tooCommon') },
      ]);
    });
  }

  it('answers before sign-in in the Accept-Language, else English, and throttles sign-in in it', async () => {
    const anon = h.anon();
    const asDe = await anon.request({ method: 'GET', url: '/api/clients', headers: { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' } });
    expect(asDe.statusCode).toBe(401);
    expect(asDe.json().error).toEqual({ code: 'not_signed_in', message: RESOURCES.de.errors['server.signFirst'] });
    const plain = await anon.get('/api/clients');
    expect(plain.json().error.message).toBe(RESOURCES.en.errors['server.signFirst']);

    const email = users.es!.email;
    let last = { statusCode: 0, body: '' as string, json: () => ({}) as Record<string, never> };
    for (let i = 0; i < 7; i++) {
      last = (await anon.request({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'accept-language': 'es' },
        json: { email, password: 'not the password at all' },
      })) as typeof last;
      if (last.statusCode === 429) break;
    }
    expect(last.statusCode).toBe(429);
    const err = (last.json() as unknown as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('rate_limited');
    expect(err.message).toMatch(/^Demasiados intentos de inicio de sesión\. Espera \d+ segundos? e inténtalo de nuevo\.$/);
    // The account's own language wins over the header once signed in.
    const de = users.de!.agent;
    const r = await de.request({ method: 'GET', url: '/api/clients/00000000-0000-4000-8000-000000000000', headers: { 'accept-language': 'es' } });
    expect(r.json().error.message).toBe(say('de', 'errors:server.notFound', { scope: 'client' }));
  });
});
