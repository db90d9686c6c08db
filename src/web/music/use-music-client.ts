/**
 * The signed-in client and their music library, shared by the Music and Guided-imagery pages:
 * who the client is, their pieces (newest first), and composing a new piece into the list.
 */
import type { Crisis } from '../workspace/workspace-api.ts';
import { useCallback, useEffect, useState } from 'react';
import { musicApi, musicMessage, whoAmI } from './music-api.ts';
import type { ComposeRequest, ListenEntry, Piece } from './music-api.ts';

export interface MusicClient {
  clientId: string | null;
  /** The client's name when a therapist is looking (null for the client themself). */
  clientName: string | null;
  /** Who is looking: the client checks in and listens; the therapist listens and reads. */
  viewer: 'client' | 'therapist' | null;
  /** True when there is no client to show (e.g. a therapist on /music, or an admin). */
  notClient: boolean;
  pieces: Piece[] | undefined;
  loading: boolean;
  error: string | null;
  composing: boolean;
  composeError: string | null;
  /** The crisis notice after the words asked for were screened positive (null when none). */
  crisis: Crisis | null;
  /** Composes a piece and puts it first in the list; resolves to it (or null on failure). */
  compose(req: ComposeRequest): Promise<Piece | null>;
  /** Adds a saved listening to its piece in the list. */
  addListen(pieceId: string, listen: ListenEntry): void;
}

/** `forClientId` lets a therapist open one of their clients' music; a client always sees their own. */
export function useMusicClient(forClientId?: string): MusicClient {
  const [clientId, setClientId] = useState<string | null>(null);
  const [clientName, setClientName] = useState<string | null>(null);
  const [viewer, setViewer] = useState<'client' | 'therapist' | null>(null);
  const [notClient, setNotClient] = useState(false);
  const [pieces, setPieces] = useState<Piece[] | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const [composeError, setComposeError] = useState<string | null>(null);
  const [crisis, setCrisis] = useState<Crisis | null>(null);

  useEffect(() => {
    let live = true;
    whoAmI()
      .then(async (me) => {
        if (!live) return;
        const id = me.role === 'client' ? me.clientId : me.role === 'therapist' ? (forClientId ?? null) : null;
        if (!id) {
          setNotClient(true);
          return;
        }
        setClientId(id);
        setViewer(me.role === 'therapist' ? 'therapist' : 'client');
        const [list, name] = await Promise.all([musicApi.pieces(id), me.role === 'therapist' ? musicApi.clientName(id) : Promise.resolve(null)]);
        if (!live) return;
        setPieces(list);
        setClientName(name);
      })
      .catch((e: unknown) => live && setError(musicMessage(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [forClientId]);

  const compose = useCallback(
    async (req: ComposeRequest) => {
      if (!clientId) return null;
      setComposing(true);
      setComposeError(null);
      try {
        const piece = await musicApi.compose(clientId, req);
        if (piece.crisis) setCrisis(piece.crisis);
        setPieces((old) => [piece, ...(old ?? []).filter((p) => p.id !== piece.id)]);
        return piece;
      } catch (e) {
        setComposeError(musicMessage(e));
        return null;
      } finally {
        setComposing(false);
      }
    },
    [clientId],
  );

  const addListen = useCallback((pieceId: string, listen: ListenEntry) => {
    setPieces((old) => old?.map((p) => (p.id === pieceId ? { ...p, listens: [...p.listens, listen] } : p)));
  }, []);

  return { clientId, clientName, viewer, notClient, pieces, loading, error, composing, composeError, crisis, compose, addListen };
}
