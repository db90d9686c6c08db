import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import type { Loaded } from '../use-load.ts';
import { consentApi } from './consent-api.ts';
import type { ConsentDocumentDto, ConsentStateDto } from './consent-api.ts';

/** The current document and one client's consent state, loaded together. */
export function useConsent(clientId: string): Loaded<{ doc: ConsentDocumentDto; state: ConsentStateDto }> {
  const { locale } = useT();
  return useLoad(async () => {
    const [doc, state] = await Promise.all([consentApi.document(), consentApi.state(clientId)]);
    return { doc, state };
  }, [clientId, locale]);
}

/** What the client agreed to most recently (any version), to pre-tick when asking them to sign again. */
export function lastAgreed(state: ConsentStateDto): ConsentStateDto['history'][number]['scopes'] {
  if (state.current) return state.current.scopes;
  const lastSign = [...state.history].reverse().find((e) => e.kind === 'sign');
  return lastSign?.scopes ?? [];
}
