/** Client-side checks for the obvious mistakes; the server has the final word. */
import { passwordProblem } from '../domain/password-policy.ts';

export type Errors<K extends string> = Partial<Record<K, string>>;

export function emailProblem(email: string): string | null {
  const e = email.trim();
  if (!e) return 'Please enter your email address.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) return 'This does not look like an email address (like name@example.org).';
  return null;
}

export function nameProblem(name: string, what = 'a name'): string | null {
  if (!name.trim()) return `Please enter ${what}.`;
  if (name.trim().length > 120) return 'Please keep it under 120 characters.';
  return null;
}

/** The same rules as the server (at least 10 characters, not common, not your name or email). */
export function newPasswordProblem(password: string, context: { email?: string; displayName?: string }): string | null {
  if (!password) return 'Please choose a password.';
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
