/**
 * The Studio: begin from a blank page, a photo of paper art or words; draw; make pictures
 * together with the built-in engine (with a live preview while drawing and writing); compare;
 * refine part of a picture; move about the version tree; save with a title.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import './studio.css';
import { BrushPanel } from './BrushPanel.tsx';
import { Canvas } from './Canvas.tsx';
import { PromptPanel } from './PromptPanel.tsx';
import type { CreateSettings } from './PromptPanel.tsx';
import { Results } from './Results.tsx';
import { SaveWork } from './SaveWork.tsx';
import { HomeworkBanner, useHomeworkLink } from '../workspace/HomeworkLink.tsx';
import { StartChooser } from './StartChooser.tsx';
import { StudioSource } from './StudioSource.tsx';
import { VersionTree } from './VersionTree.tsx';
import { useSession } from '../session.ts';
import { studioApi } from './studio-api.ts';
import type { Artwork, StudioStyle } from './studio-api.ts';
import { useBrush } from './use-brush.ts';
import { useDrawing } from './use-drawing.ts';
import { useLivePreview } from './use-live-preview.ts';
import { useLiveShare } from './use-live-share.ts';
import type { PreviewSpec } from './use-live-preview.ts';
import { usePreviewSketch } from './use-preview-sketch.ts';
import { useStudio } from './use-studio.ts';
import { CrisisResources } from '../workspace/CrisisResources.tsx';
import { backendsApi } from '../model-servers/backends-api.ts';
import type { StudioBackend } from '../model-servers/backends-api.ts';
import { JobProgress } from '../model-servers/JobProgress.tsx';
import { MadeByChoice } from '../model-servers/MadeByChoice.tsx';

/** Drawing size in px: 4:3, the default picture size of the generator. */
export const CANVAS = { width: 768, height: 576 } as const;
const PREVIEW_WIDTH = 256;

export type StartKind = 'choose' | 'draw' | 'photo' | 'words';

const randomSeed = () => Math.floor(Math.random() * 2_147_483_647);

export function StudioPage({ artworkId }: { artworkId?: string }) {
  const { me } = useSession();
  const clientId = me.role === 'client' ? me.clientId : null;
  const notClient = clientId === null;
  const [styles, setStyles] = useState<readonly StudioStyle[]>([]);
  const [start, setStart] = useState<StartKind>(artworkId ? 'draw' : 'choose');
  const [photo, setPhoto] = useState<Artwork | null>(null);
  const [settings, setSettings] = useState<CreateSettings>({ prompt: '', negativePrompt: '', style: '', sketchStrength: 0.7, count: 2 });
  const [seed, setSeed] = useState(randomSeed);
  const [backends, setBackends] = useState<readonly StudioBackend[]>([]);
  const [backendId, setBackendId] = useState('builtin');
  const drawing = useDrawing(CANVAS.width, CANVAS.height);
  const brush = useBrush();
  const studio = useStudio(clientId, drawing);
  const homework = useHomeworkLink(clientId);
  const { setError, setStatus } = studio;

  useEffect(() => {
    studioApi.info().then(
      (info) => setStyles(info.styles),
      () => setStyles([]),
    );
    backendsApi.forStudio().then(setBackends, () => setBackends([]));
  }, []);

  // Continue from a saved work (/studio/:artworkId): its tree, its drawing or photo, its words.
  const { open } = studio;
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (!artworkId || !clientId || opened.current === artworkId) return;
    opened.current = artworkId;
    void open(artworkId).then((got) => {
      if (!got) return;
      const { artwork, root, versions } = got;
      if (root.kind === 'upload') {
        setPhoto(root);
        setStart('photo');
      } else setStart(root.kind === 'sketch' ? 'draw' : 'words');
      const made = madeFrom(artwork, versions);
      if (made) setSettings((s) => ({ ...s, ...made }));
    });
  }, [artworkId, clientId, open]);

  const source = start === 'photo' ? photo : null;
  const size = useMemo(() => (source ? fit(source.width, source.height) : CANVAS), [source]);
  const previewSize = { width: PREVIEW_WIDTH, height: Math.round((PREVIEW_WIDTH * size.height) / size.width) };
  const sketchPixels = usePreviewSketch(start === 'draw' ? drawing.doc : null, source, PREVIEW_WIDTH);
  const spec = useMemo<PreviewSpec | null>(
    () =>
      start === 'choose'
        ? null
        : {
            prompt: settings.prompt,
            negativePrompt: settings.negativePrompt,
            style: settings.style || undefined,
            sketchStrength: settings.sketchStrength,
            seed,
            sketch: sketchPixels,
            sketchIsPhoto: start === 'photo',
            width: PREVIEW_WIDTH,
            height: Math.round((PREVIEW_WIDTH * size.height) / size.width),
          },
    [start, settings.prompt, settings.negativePrompt, settings.style, settings.sketchStrength, seed, sketchPixels, size],
  );
  const preview = useLivePreview(spec);
  const watching = useLiveShare(clientId, drawing.doc, start === 'draw');

  const generate = useCallback(
    async (by: string = backendId) => {
      if (!settings.prompt.trim()) return setError('Say in a few words what you would like to see.');
      const made = await studio.generate({
        ...settings,
        seed,
        ...size,
        backendId: by,
        source: start === 'draw' ? { kind: 'drawing', doc: drawing.doc } : source ? { kind: 'photo', artwork: source } : null,
      });
      if (made) setSeed(randomSeed());
    },
    [settings, seed, size, start, drawing.doc, source, studio, setError, backendId],
  );

  const chooseVersion = (a: Artwork) => {
    if (a.kind === 'upload') {
      setPhoto(a);
      setStart('photo');
    } else if (a.kind === 'sketch') setStart('draw');
    void studio.select(a);
  };

  // Undo and redo from the keyboard while drawing (not while typing).
  useEffect(() => {
    if (start !== 'draw') return;
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && e.target.closest('input[type=text], textarea, select');
      if (typing || !(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) drawing.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') drawing.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [start, drawing]);

  const busy = studio.busy !== null;
  // Saved from a homework item (`?homework=`): the work is attached to it for the therapist's history.
  const saveWork = async (title: string) => {
    const art = await studio.save(title, start === 'draw' ? drawing.doc : null);
    if (art && homework.homework) setStatus(`“${art.title}” is saved in your gallery. ${await homework.attach({ artworkId: art.id })}`);
  };
  return (
    <div className="studio">
      <header className="studio__intro">
        <h1 tabIndex={-1}>Studio</h1>
        <p className="lead">Draw, write, and make something together. Nothing here is judged — take your time.</p>
      </header>
      <HomeworkBanner homework={homework.homework} />
      <p className="studio-status" role="status" aria-live="polite">
        {studio.status}
      </p>
      {studio.crisis ? <CrisisResources crisis={studio.crisis} /> : null}
      {studio.remoteActive ? <JobProgress job={studio.job} onCancel={studio.cancel} cancelling={false} /> : null}
      {studio.error ? (
        <p className="studio-error" role="alert">
          {studio.error}
        </p>
      ) : null}
      {studio.fallback && !busy ? (
        <p className="fallback-offer">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setBackendId('builtin');
              void generate('builtin');
            }}
          >
            Use the built-in engine instead
          </button>
          <span>It makes the picture here on this computer; nothing is sent anywhere.</span>
        </p>
      ) : null}
      {notClient ? <p className="studio-hint">The studio is where clients draw and create. Sign in as a client to use it.</p> : null}

      {start === 'choose' ? (
        <StartChooser
          busy={studio.busy === 'upload' || !clientId}
          onBlank={() => setStart('draw')}
          onWords={() => setStart('words')}
          onPhoto={(f) => void studio.uploadPhoto(f).then((a) => a && (setPhoto(a), setStart('photo')))}
        />
      ) : (
        <div className="studio-grid">
          <section className="card studio-work" aria-labelledby="work-heading">
            {start === 'draw' ? (
              <>
                <h2 id="work-heading">Draw</h2>
                {watching > 0 ? (
                  <p className="studio-live-note" role="status">
                    <span className="studio-live-note__dot" aria-hidden="true" />
                    Your therapist is watching your canvas live during this session.
                  </p>
                ) : null}
                <BrushPanel brush={brush} drawing={drawing} onCleared={() => setStatus('The page is clear. Undo brings your drawing back.')} />
                <div className="studio-canvas-frame">
                  <Canvas drawing={drawing} brush={brush} onStrokeEnd={(s) => s.tool !== 'eraser' && brush.remember(s.color)} />
                </div>
              </>
            ) : (
              <StudioSource photo={source} onDraw={() => setStart('draw')} />
            )}
          </section>
          <section className="card studio-side">
            <MadeByChoice backends={backends} value={backendId} onChange={setBackendId} disabled={busy} />
            <PromptPanel
              settings={settings}
              onChange={(p) => setSettings((s) => ({ ...s, ...p }))}
              styles={styles}
              hasSketch={start !== 'words'}
              preview={preview}
              previewSize={previewSize}
              busy={busy || !clientId}
              making={studio.busy === 'generate'}
              onGenerate={() => void generate()}
            />
          </section>
        </div>
      )}

      {studio.selected && studio.selected.kind !== 'sketch' && studio.selected.kind !== 'upload' ? (
        <Results
          results={studio.results}
          selected={studio.selected}
          versions={studio.versions}
          busy={busy}
          onSelect={chooseVersion}
          onRefine={(base, r) => studio.refine(base, r, randomSeed())}
        />
      ) : null}

      {start !== 'choose' ? (
        <div className="studio-grid studio-grid--even">
          <section className="card" aria-labelledby="versions-heading">
            <h2 id="versions-heading">Versions</h2>
            <VersionTree versions={studio.versions} selectedId={studio.selected?.id ?? null} onSelect={chooseVersion} />
          </section>
          <section className="card">
            <SaveWork
              selected={studio.selected}
              canSaveDrawing={start === 'draw' && drawing.doc.strokes.length > 0}
              busy={studio.busy === 'save'}
              onSave={(t) => void saveWork(t)}
            />
          </section>
        </div>
      ) : null}
    </div>
  );
}

/** A picture size for a photo: its proportions, at most 768 px on the long side. */
function fit(w: number, h: number): { width: number; height: number } {
  const k = 768 / Math.max(w, h);
  return { width: Math.max(64, Math.round(w * k)), height: Math.max(64, Math.round(h * k)) };
}

/** The words and settings a picture was made with (a refined one: those of the picture it refines). */
function madeFrom(a: Artwork, versions: readonly Artwork[]): Partial<CreateSettings> | null {
  let v: Artwork | undefined = a;
  while (v && v.kind === 'inpainted') v = versions.find((x) => x.id === v!.parentId);
  if (!v || v.kind !== 'generated') return null;
  const p = v.params;
  const text = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');
  return {
    prompt: text('prompt'),
    negativePrompt: text('negativePrompt'),
    style: text('style'),
    ...(typeof p['sketchStrength'] === 'number' ? { sketchStrength: p['sketchStrength'] as number } : {}),
  };
}
