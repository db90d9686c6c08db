/** Client-side checks for the obvious mistakes; the server has the final word. */
import { passwordProblem } from '../domain/password-policy.ts';
import { i18n } from './i18n.tsx';

const t = i18n.t.bind(i18n);

export type Errors<K extends string> = Partial<Record<K, string>>;

export function emailProblem(email: string): string | null {
  const e = email.trim();
  if (!e) return t('pages:validate.emailMissing');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) return t('pages:validate.emailInvalid');
  return null;
}

/** `what`: `true` when the person names themselves ("Please enter your name"), or the thing to name in the reader's language. */
export function nameProblem(name: string, what: boolean | string = false): string | null {
  if (!name.trim())
    return typeof what === 'string' ? t('pages:validate.whatMissing', { what }) : what ? t('pages:validate.ownNameMissing') : t('pages:validate.nameMissing');
  if (name.trim().length > 120) return t('pages:validate.tooLong');
  return null;
}

/** The same rules as the server (at least 10 characters, not common, not your name or email). */
export function newPasswordProblem(password: string, context: { email?: string; displayName?: string }): string | null {
  if (!password) return t('pages:validate.passwordMissing');
  return passwordProblem(password, context);
}

/** Drops empty entries; returns null when nothing is wrong. */
export function collect<K extends string>(errors: Record<K, string | null>): Errors<K> | null {
  const out: Errors<K> = {};
  let any = false;
  for (const [k, v] of Object.entries(errors) as [K, string | null][]) {
    if (v) {
      out[k] = v;
      any = true;
    }
  }
  return any ? out : null;
}

/** Moves focus to the first field marked invalid in `form`, once React has rendered the errors. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
