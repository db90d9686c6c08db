import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useSession } from '../session.ts';
import { AccountPage } from '../pages/AccountPage.tsx';
import { accountApi } from './account-api.ts';
import type { Security } from './account-api.ts';

/**
 * When the practice requires two-step sign-in and this therapist has not set it up, shows the
 * Account and security page instead of anything else (the server refuses the rest anyway).
 */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const [mustEnrol, setMustEnrol] = useState<boolean | null>(me.role === 'therapist' ? null : false);
  useEffect(() => {
    if (me.role !== 'therapist') return;
    accountApi.security().then(
      (s) => setMustEnrol(s.mustEnrolTwoFactor),
      () => setMustEnrol(false),
    );
  }, [me.role, me.userId]);
  const onSecurityChanged = useCallback((s: Security) => setMustEnrol(s.mustEnrolTwoFactor), []);
  if (mustEnrol === null) return null;
  if (mustEnrol) return <AccountPage onSecurityChanged={onSecurityChanged} />;
  return <>{children}</>;
}
