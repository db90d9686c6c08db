/**
 * The studio's conversation with the server: save the drawing as a sketch when a picture is
 * made from it, generate variations, refine part of a picture, keep the version tree current,
 * and save the chosen version with a title. Messages for the client go to `status` (polite)
 * and `error` (assertive).
 */
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { Job } from '../model-servers/backends-api.ts';
import { generateRemotely, offersBuiltin } from '../model-servers/remote-job.ts';
import type { RemoteRun } from '../model-servers/remote-job.ts';
import { parseStrokeDocument } from '../../engines/analysis/index.ts';
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { documentPng } from './sketch-image.ts';
import { studioApi, studioMessage } from './studio-api.ts';
import type { Artwork } from './studio-api.ts';
import type { Crisis } from '../workspace/workspace-api.ts';
import type { Drawing } from './use-drawing.ts';
import type { CreateSettings } from './PromptPanel.tsx';
import type { RefineRequest } from './Refine.tsx';

export type Busy = 'generate' | 'refine' | 'save' | 'upload' | 'open' | null;

export interface GenerateInput extends CreateSettings {
  seed: number;
  width: number;
  height: number;
  /** The drawing to follow, or a photo already uploaded, or nothing (words only). */
  source: { kind: 'drawing'; doc: StrokeDocument } | { kind: 'photo'; artwork: Artwork } | null;
  /** `builtin` (default) or a configured model server: then the picture is a job with progress. */
  backendId?: string;
}

function merge(into: readonly Artwork[], more: readonly Artwork[]): Artwork[] {
  const byId = new Map(into.map((a) => [a.id, a]));
  for (const a of more) byId.set(a.id, a);
  return [...byId.values()];
}

export function useStudio(clientId: string | null, drawing: Drawing) {
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
      run('generate', input.count === 1 ? 'Making your picture…' : `Making ${input.count} pictures…`, async () => {
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
        setStatus(made.length === 1 ? 'Your picture is ready.' : `${made.length} pictures are ready. Choose one to look at closely.`);
        return made;
      }),
    [run, sketchFor, addLineage, clientId, notice],
  );

  const refine = useCallback(
    (base: Artwork, req: RefineRequest, seed: number) =>
      run('refine', 'Changing the area you painted…', async () => {
        const made = await studioApi.inpaint(base.id, { mask: req.mask, prompt: req.prompt, negativePrompt: req.negativePrompt, seed });
        notice(made.crisis);
        setSelected(made);
        await addLineage([made.id], [made]);
        setStatus('The painted area has changed. Everything else stayed the same.');
        return made;
      }),
    [run, addLineage, notice],
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
      run('open', `Opening ${a.title || 'this version'}…`, async () => {
        await loadDrawing(a);
        setSelected(a);
        setStatus(
          a.kind === 'sketch'
            ? 'Your drawing is back on the canvas. Draw on, or make new pictures from it.'
            : `${a.title || 'This version'} is open. You can refine it or branch from it.`,
        );
        return a;
      }),
    [run, loadDrawing],
  );

  /**
   * Opens a saved work to go on from: its whole version tree, the drawing at its root back on
   * the canvas, and the work itself as the current version. Returns the work and the tree's root.
   */
  const open = useCallback(
    (id: string) =>
      run('open', 'Opening your work…', async () => {
        const tree = await studioApi.versions(id);
        const artwork = tree.artworks.find((a) => a.id === id);
        if (!artwork) throw new Error('This work is not in your gallery.');
        const root = tree.artworks.find((a) => a.id === tree.rootId) ?? artwork;
        await loadDrawing(root);
        setVersions(tree.artworks);
        setSelected(artwork);
        setStatus(`${artwork.title || 'Your work'} is open. Draw on, refine it, or branch from any version.`);
        return { artwork, root, versions: tree.artworks };
      }),
    [run, loadDrawing],
  );

  const uploadPhoto = useCallback(
    (file: File) =>
      run('upload', 'Adding your photo…', async () => {
        const art = await studioApi.upload(clientId!, file);
        notice(art.crisis);
        setVersions((old) => merge(old, [art]));
        setSelected(art);
        setStatus('Your photo is here. Describe what you would like, and Hearth will follow its lines.');
        return art;
      }),
    [run, clientId, notice],
  );

  /** Gives the current version (or the drawing, if nothing was made yet) a title. */
  const save = useCallback(
    (title: string, doc: StrokeDocument | null) =>
      run('save', 'Saving…', async () => {
        let art: Artwork & { crisis?: Crisis | null };
        if (selected) art = await studioApi.rename(selected.id, title);
        else if (doc && doc.strokes.length > 0) art = await studioApi.rename((await sketchFor(doc, title)).id, title);
        else throw new Error('Nothing to save yet.');
        notice(art.crisis);
        setSelected(art);
        setVersions((old) => merge(old, [art]));
        setResults((old) => old.map((r) => (r.id === art.id ? art : r)));
        setStatus(`“${art.title}” is saved in your gallery.`);
        return art;
      }),
    [run, selected, sketchFor, notice],
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
    job,
    remoteActive,
    cancel,
    fallback,
  };
}
