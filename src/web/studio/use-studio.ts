/**
 * The studio's conversation with the server: save the drawing as a draft sketch when a picture is
 * made from it, generate variations (studio drafts), refine part of a picture, keep the version
 * tree and the list of drafts current, and keep the chosen version with a title (only then is it
 * in the gallery). Messages for the client go to `status` (polite) and `error` (assertive).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n.tsx';
import { ApiError } from '../api/client.ts';
import type { Job } from '../model-servers/backends-api.ts';
import { generateRemotely, offersBuiltin } from '../model-servers/remote-job.ts';
import type { RemoteRun } from '../model-servers/remote-job.ts';
import { parseStrokeDocument } from '../../engines/analysis/index.ts';
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { documentPng } from './sketch-image.ts';
import { studioApi, studioMessage } from './studio-api.ts';
import type { Artwork, StudioDraftsData } from './studio-api.ts';
import type { Crisis } from '../workspace/workspace-api.ts';
import type { Drawing } from './use-drawing.ts';
import type { CreateSettings } from './PromptPanel.tsx';
import type { RefineRequest } from './Refine.tsx';

export type Busy = 'generate' | 'refine' | 'save' | 'upload' | 'open' | 'discard' | null;

export interface GenerateInput extends CreateSettings {
  seed: number;
  width: number;
  height: number;
  /** The drawing to follow, or a photo already uploaded, or nothing (words only). */
  source: { kind: 'drawing'; doc: StrokeDocument } | { kind: 'photo'; artwork: Artwork; wholePhoto?: boolean } | null;
  /** `builtin` (default) or a configured model server: then the picture is a job with progress. */
  backendId?: string;
}

function merge(into: readonly Artwork[], more: readonly Artwork[]): Artwork[] {
  const byId = new Map(into.map((a) => [a.id, a]));
  for (const a of more) byId.set(a.id, a);
  return [...byId.values()];
}

export function useStudio(clientId: string | null, drawing: Drawing) {
  const { t } = useT();
  const [drafts, setDrafts] = useState<StudioDraftsData | null>(null);
  const [versions, setVersions] = useState<Artwork[]>([]);
  const [selected, setSelected] = useState<Artwork | null>(null);
  const [results, setResults] = useState<Artwork[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** The crisis notice after words were screened positive: shown at once and kept until dismissed. */
  const [crisis, setCrisis] = useState<Crisis | null>(null);
  const notice = useCallback((c: Crisis | null | undefined) => {
    if (c) setCrisis(c);
  }, []);
  const sketch = useRef<{ strokes: StrokeDocument['strokes']; background: string; artwork: Artwork } | null>(null);
  // A picture being made on a model server: its progress, a way to stop it, and after a failure
  // whether the built-in engine is offered instead.
  const [job, setJob] = useState<Job | null>(null);
  const [remoteActive, setRemoteActive] = useState(false);
  const [fallback, setFallback] = useState(false);
  const remote = useRef<RemoteRun | null>(null);

  const run = useCallback(async <T>(kind: Exclude<Busy, null>, working: string, task: () => Promise<T>): Promise<T | null> => {
    setBusy(kind);
    setError(null);
    setFallback(false);
    setStatus(working);
    try {
      return await task();
    } catch (e) {
      setStatus(e instanceof ApiError && e.code === 'cancelled' ? e.message : '');
      if (!(e instanceof ApiError && e.code === 'cancelled')) setError(studioMessage(e));
      setFallback(offersBuiltin(e));
      return null;
    } finally {
      setBusy(null);
    }
  }, []);

  /** The drafts not kept yet (and kept works' drawings), fresh from the server. */
  const refreshDrafts = useCallback(async () => {
    if (!clientId) return;
    try {
      setDrafts(await studioApi.drafts(clientId));
    } catch {
      /* the list stays as it was; the next change refreshes it */
    }
  }, [clientId]);
  useEffect(() => {
    void refreshDrafts();
  }, [refreshDrafts]);

  const addLineage = useCallback(async (ids: readonly string[], extra: readonly Artwork[] = []) => {
    const trees = await Promise.all([...new Set(ids)].map((id) => studioApi.versions(id)));
    setVersions((old) => trees.reduce((acc, t) => merge(acc, t.artworks), merge(old, extra)));
  }, []);

  /** The drawing as a saved sketch (saved again only if it changed since). */
  const sketchFor = useCallback(
    async (doc: StrokeDocument, title?: string): Promise<Artwork> => {
      const same = sketch.current && sketch.current.strokes === doc.strokes && sketch.current.background === doc.background;
      if (same) return sketch.current!.artwork;
      const artwork = await studioApi.saveSketch(clientId!, { title, image: documentPng(doc), strokes: doc });
      notice(artwork.crisis);
      sketch.current = { strokes: doc.strokes, background: doc.background, artwork };
      return artwork;
    },
    [clientId, notice],
  );

  const generate = useCallback(
    (input: GenerateInput) =>
      run('generate', t('studio:makingCount', { count: input.count }), async () => {
        const src = input.source;
        const from = src?.kind === 'photo' ? src.artwork : src?.kind === 'drawing' && src.doc.strokes.length > 0 ? await sketchFor(src.doc) : null;
        const body = {
          prompt: input.prompt,
          negativePrompt: input.negativePrompt,
          style: input.style || undefined,
          sketchStrength: input.sketchStrength,
          seed: input.seed,
          count: input.count,
          width: input.width,
          height: input.height,
          sourceArtworkId: from?.id,
          ...(src?.kind === 'photo' && src.wholePhoto ? { wholePhoto: true } : {}),
        };
        let made: Artwork[];
        // Every picture is a job (built-in engine or model server): progress to show, and a way to stop it.
        const r = generateRemotely(clientId!, { ...body, backendId: input.backendId || undefined }, setJob);
        void r.crisis.then(notice);
        remote.current = r;
        setJob(null);
        setRemoteActive(true);
        try {
          made = await r.done;
        } finally {
          remote.current = null;
          setRemoteActive(false);
          setJob(null);
        }
        setResults(made);
        setSelected(made[0] ?? null);
        await addLineage(
          made.map((a) => a.id),
          from ? [from, ...made] : made,
        );
        setStatus(t('studio:readyCount', { count: made.length }));
        void refreshDrafts();
        return made;
      }),
    [run, sketchFor, addLineage, clientId, notice, refreshDrafts, t],
  );

  const refine = useCallback(
    (base: Artwork, req: RefineRequest, seed: number) =>
      run('refine', t('studio:refining'), async () => {
        const made = await studioApi.inpaint(base.id, { mask: req.mask, prompt: req.prompt, negativePrompt: req.negativePrompt, seed });
        notice(made.crisis);
        setSelected(made);
        await addLineage([made.id], [made]);
        setStatus(t('studio:refined'));
        void refreshDrafts();
        return made;
      }),
    [run, addLineage, notice, refreshDrafts, t],
  );

  const { load } = drawing;
  /** Puts a saved drawing back on the canvas; it is that sketch until the client draws on. */
  const loadDrawing = useCallback(
    async (a: Artwork) => {
      if (a.kind !== 'sketch') return;
      const parsed = parseStrokeDocument(await studioApi.strokes(a.id));
      if (!parsed.ok) return;
      load(parsed.value);
      sketch.current = { strokes: parsed.value.strokes, background: parsed.value.background, artwork: a };
    },
    [load],
  );

  /** Makes a version the current one; a drawing is loaded back onto the canvas to go on from. */
  const select = useCallback(
    (a: Artwork) =>
      run('open', a.title ? t('studio:openingTitled', { title: a.title }) : t('studio:openingVersion'), async () => {
        await loadDrawing(a);
        setSelected(a);
        setStatus(a.kind === 'sketch' ? t('studio:drawingBack') : a.title ? t('studio:versionOpenTitled', { title: a.title }) : t('studio:versionOpen'));
        return a;
      }),
    [run, loadDrawing, t],
  );

  /**
   * Opens a saved work to go on from: its whole version tree, the drawing at its root back on
   * the canvas, and the work itself as the current version. Returns the work and the tree's root.
   */
  const open = useCallback(
    (id: string) =>
      run('open', t('studio:openingWork'), async () => {
        const tree = await studioApi.versions(id);
        const artwork = tree.artworks.find((a) => a.id === id);
        if (!artwork) throw new Error(t('studio:workMissing'));
        const root = tree.artworks.find((a) => a.id === tree.rootId) ?? artwork;
        await loadDrawing(root);
        setVersions(tree.artworks);
        setSelected(artwork);
        setResults(
          artwork.state === 'draft' ? tree.artworks.filter((a) => a.parentId === artwork.parentId && a.kind === artwork.kind && a.state === 'draft') : [],
        );
        setStatus(artwork.title ? t('studio:workOpenTitled', { title: artwork.title }) : t('studio:workOpen'));
        return { artwork, root, versions: tree.artworks };
      }),
    [run, loadDrawing, t],
  );

  const uploadPhoto = useCallback(
    (file: File) =>
      run('upload', t('studio:addingPhoto'), async () => {
        const art = await studioApi.upload(clientId!, file);
        notice(art.crisis);
        setVersions((old) => merge(old, [art]));
        setSelected(art);
        setStatus(t('studio:photoHere'));
        return art;
      }),
    [run, clientId, notice, t],
  );

  /**
   * Keeps the current version (or the drawing, if nothing was made yet) with a title: only now is
   * it in the gallery; the drafts it was made from become its history.
   */
  const save = useCallback(
    (title: string, doc: StrokeDocument | null) =>
      run('save', t('studio:keeping'), async () => {
        let art: Artwork & { crisis?: Crisis | null };
        if (selected) art = await studioApi.keep(selected.id, title);
        else if (doc && doc.strokes.length > 0) art = await studioApi.keep((await sketchFor(doc)).id, title);
        else throw new Error(t('studio:nothingToKeep'));
        notice(art.crisis);
        setSelected(art);
        // Its drawing is now its history: the tree is read again to show the new states.
        await addLineage([art.id], [art]);
        setResults((old) => old.map((r) => (r.id === art.id ? art : r)));
        setStatus(t('studio:kept', { title: art.title }));
        void refreshDrafts();
        return art;
      }),
    [run, selected, sketchFor, notice, addLineage, refreshDrafts, t],
  );

  /** Lets go of a draft (and the drafts made from it): to the bin, kept until the record is erased. */
  const discard = useCallback(
    (a: Artwork) =>
      run('discard', t('studio:lettingGo'), async () => {
        const r = await studioApi.discard(a.id);
        setResults((old) => old.filter((x) => x.id !== a.id));
        setVersions((old) => old.filter((x) => x.id !== a.id && x.parentId !== a.id));
        if (selected?.id === a.id) setSelected(null);
        setStatus(t('studio:letGo', { count: r.discarded }));
        await refreshDrafts();
        return r;
      }),
    [run, selected, refreshDrafts, t],
  );

  /** Stops the picture being made on a model server. */
  const cancel = useCallback(() => remote.current?.cancel(), []);

  return {
    versions,
    selected,
    results,
    busy,
    status,
    error,
    setError,
    setStatus,
    crisis,
    dismissCrisis: () => setCrisis(null),
    generate,
    refine,
    select,
    open,
    uploadPhoto,
    save,
    discard,
    drafts,
    job,
    remoteActive,
    cancel,
    fallback,
  };
}
