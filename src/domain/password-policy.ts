/**
 * Password rules (OWASP ASVS 2.1): at least 10 characters, at most 128, not a commonly used
 * password, and not the user's own email or name.
 */
const COMMON = new Set(
  [
    'password',
    'password1',
    'password12',
    'password123',
    'passw0rd',
    '1234567890',
    '12345678910',
    'qwertyuiop',
    'qwerty1234',
    'iloveyou12',
    'letmein123',
    'welcome123',
    'admin12345',
    'abc1234567',
    'football12',
    'monkey1234',
    'sunshine12',
    'princess12',
    'dragon1234',
    'trustno1234',
    'baseball12',
    'superman12',
    'starwars12',
    '1q2w3e4r5t',
    'qazwsxedc1',
    'zaq12wsxcde',
    'aaaaaaaaaa',
    '0000000000',
    '1111111111',
    '1234512345',
    'changeme12',
    'therapist1',
    'therapy123',
    'hearth1234',
    'hearthhearth',
    'qwerty123456',
    'password!1',
    'p@ssw0rd12',
    'welcome1234',
  ].map((p) => p.toLowerCase()),
);

/** What is wrong with a password, as a stable kind (and the part it contains), or null when it is fine. */
export type PasswordIssue = { kind: 'too_short' | 'too_long' | 'too_common' } | { kind: 'contains_email' | 'contains_name'; part: string };

export function passwordIssue(password: string, context: { email?: string; displayName?: string } = {}): PasswordIssue | null {
  if (password.length < 10) return { kind: 'too_short' };
  if (password.length > 128) return { kind: 'too_long' };
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return { kind: 'too_common' };
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return { kind: 'contains_email', part: local };
  const name = context.displayName?.toLowerCase().replace(/\s+/g, '');
  if (name && name.length >= 4 && lower.replace(/\s+/g, '').includes(name)) return { kind: 'contains_name', part: context.displayName!.trim() };
  return null;
}

/** The English sentence for a password's problem (the web form's own check; the server answers in the reader's language). */
export function passwordProblem(password: string, context: { email?: string; displayName?: string } = {}): string | null {
  const issue = passwordIssue(password, context);
  if (!issue) return null;
  switch (issue.kind) {
    case 'too_short':
      return 'Use at least 10 characters.';
    case 'too_long':
      return 'Use at most 128 characters.';
    case 'too_common':
      return 'This password is too common; choose another.';
    case 'contains_email':
      return `The password contains "${issue.part}", the part of the email address before the @; choose one without it.`;
    case 'contains_name':
      return `The password contains the name "${issue.part}"; choose one without it.`;
  }
}
