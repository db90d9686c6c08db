/**
 * The Studio: begin from a blank page, a photo of paper art or words; draw (zoom, pan, full
 * screen, eyedropper, colour wheel, a drawing layer over the AI's picture); make pictures together
 * with the built-in engine (with a live preview while drawing and writing); compare; refine part
 * of a picture; move about the version tree; keep one with a title (until then pictures are
 * studio drafts, listed here and never dropped silently).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import './studio.css';
import { BrushPanel } from './BrushPanel.tsx';
import { Canvas } from './Canvas.tsx';
import { PromptPanel } from './PromptPanel.tsx';
import type { CreateSettings } from './PromptPanel.tsx';
import { Results } from './Results.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { KeepWork } from './KeepWork.tsx';
import { SelfPortraitMode } from './SelfPortraitMode.tsx';
import { TraditionPicker } from './TraditionPicker.tsx';
import { LayersPanel } from './LayersPanel.tsx';
import { StudioDrafts } from './StudioDrafts.tsx';
import { useCanvasView } from './use-canvas-view.ts';
import { useT } from '../i18n.tsx';
import { navigate } from '../router.ts';
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
  const { t } = useT();
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
  const view = useCanvasView();
  const workRef = useRef<HTMLElement>(null);
  const fullButton = useRef<HTMLButtonElement>(null);
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
  /** A photo is cropped to its sheet of paper and straightened unless the client asks for the whole photo. */
  const [wholePhoto, setWholePhoto] = useState(false);
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
            wholePhoto,
            width: PREVIEW_WIDTH,
            height: Math.round((PREVIEW_WIDTH * size.height) / size.width),
          },
    [start, settings.prompt, settings.negativePrompt, settings.style, settings.sketchStrength, seed, sketchPixels, size, wholePhoto],
  );
  const preview = useLivePreview(spec);
  const watching = useLiveShare(clientId, drawing.doc, start === 'draw');

  const generate = useCallback(
    async (by: string = backendId) => {
      if (!settings.prompt.trim()) return setError(t('studio:promptNeeded'));
      const made = await studio.generate({
        ...settings,
        seed,
        ...size,
        backendId: by,
        source: start === 'draw' ? { kind: 'drawing', doc: drawing.doc } : source ? { kind: 'photo', artwork: source, wholePhoto } : null,
      });
      if (made) setSeed(randomSeed());
    },
    [settings, seed, size, start, drawing.doc, source, wholePhoto, studio, setError, backendId, t],
  );

  // Full screen: Esc leaves it; focus stays on the toggle so the keyboard is never lost. On a
  // narrow screen the brushes and layers fold into a tray over the page (closed at first).
  const { fullScreen, setFullScreen } = view;
  const [trayOpen, setTrayOpen] = useState(false);
  useEffect(() => setTrayOpen(false), [fullScreen]);
  useEffect(() => {
    if (!fullScreen) return;
    document.body.classList.add('studio-full-open');
    fullButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setFullScreen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('studio-full-open');
      window.removeEventListener('keydown', onKey);
      fullButton.current?.focus();
    };
  }, [fullScreen, setFullScreen]);
  useEffect(() => {
    if (start !== 'draw' && fullScreen) setFullScreen(false);
  }, [start, fullScreen, setFullScreen]);

  // The AI's picture under the drawing: the picture being looked at.
  const sel = studio.selected;
  const picture = sel && (sel.kind === 'generated' || sel.kind === 'inpainted') ? { url: sel.imageUrl, label: t('studio:pictureLayerAlt') } : null;

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
    if (art && homework.homework) setStatus(`${t('studio:kept', { title: art.title })} ${await homework.attach({ artworkId: art.id })}`);
  };
  return (
    <div className="studio">
      <header className="studio__intro">
        <h1 tabIndex={-1}>{t('studio:heading')}</h1>
        <p className="lead">{t('studio:lead')}</p>
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
            {t('studio:useBuiltin')}
          </button>
          <span>{t('studio:useBuiltinText')}</span>
        </p>
      ) : null}
      {notClient ? <p className="studio-hint">{t('studio:notClient')}</p> : null}

      {start === 'choose' ? (
        <StudioDrafts drafts={studio.drafts} busy={busy} onOpen={(a) => navigate(`/studio/${a.id}`)} onDiscard={(a) => void studio.discard(a)} />
      ) : null}
      {start === 'choose' ? (
        <StartChooser
          busy={studio.busy === 'upload' || !clientId}
          onBlank={() => setStart('draw')}
          onWords={() => setStart('words')}
          onPhoto={(f) => void studio.uploadPhoto(f).then((a) => a && (setPhoto(a), setStart('photo')))}
        />
      ) : (
        <div className="studio-grid">
          <section
            ref={workRef}
            className={`card studio-work${view.fullScreen && start === 'draw' ? ' studio-work--full' : ''}`}
            aria-labelledby="work-heading"
          >
            {start === 'draw' ? (
              <>
                <h2 id="work-heading">{t('studio:draw')}</h2>
                {watching > 0 ? (
                  <p className="studio-live-note" role="status">
                    <span className="studio-live-note__dot" aria-hidden="true" />
                    {t('studio:watching')}
                  </p>
                ) : null}
                <CanvasToolbar view={view} frame={workRef} fullScreenRef={fullButton}>
                  {view.fullScreen ? (
                    <button
                      type="button"
                      className="button button--quiet button--small studio-tray-toggle"
                      aria-expanded={trayOpen}
                      aria-controls="studio-draw-tools"
                      onClick={() => setTrayOpen((o) => !o)}
                    >
                      {trayOpen ? t('studio:trayHide') : t('studio:trayShow')}
                    </button>
                  ) : null}
                </CanvasToolbar>
                <div className="studio-draw-area">
                  <div id="studio-draw-tools" className={`studio-draw-tools${trayOpen ? ' studio-draw-tools--open' : ''}`}>
                    <BrushPanel brush={brush} drawing={drawing} onCleared={() => setStatus(t('studio:cleared'))} />
                    <LayersPanel view={view} hasPicture={picture !== null} />
                  </div>
                  <div className="studio-canvas-wrap">
                    <Canvas
                      drawing={drawing}
                      brush={brush}
                      view={view}
                      picture={picture}
                      onStrokeEnd={(s) => s.tool !== 'eraser' && brush.remember(s.color)}
                      onPick={(hex) => {
                        brush.setColor(hex);
                        view.setMode('draw');
                        setStatus(t('studio:picked', { colour: hex }));
                      }}
                    />
                  </div>
                </div>
              </>
            ) : (
              <StudioSource photo={source} wholePhoto={wholePhoto} onWholePhoto={setWholePhoto} onDraw={() => setStart('draw')} />
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
            <TraditionPicker clientId={clientId} settings={settings} styles={styles} onChange={(p) => setSettings((s) => ({ ...s, ...p }))} disabled={busy} />
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
            <h2 id="versions-heading">{t('studio:versions')}</h2>
            <VersionTree versions={studio.versions} selectedId={studio.selected?.id ?? null} onSelect={chooseVersion} />
          </section>
          <section className="card">
            <SelfPortraitMode clientId={clientId} selected={studio.selected} settings={settings} setSettings={setSettings} />
            <KeepWork
              selected={studio.selected}
              words={settings.prompt}
              canKeepDrawing={start === 'draw' && drawing.doc.strokes.length > 0}
              busy={studio.busy === 'save'}
              onKeep={(title) => void saveWork(title)}
            />
          </section>
        </div>
      ) : null}
      {start !== 'choose' ? (
        <StudioDrafts drafts={studio.drafts} busy={busy} onOpen={(a) => navigate(`/studio/${a.id}`)} onDiscard={(a) => void studio.discard(a)} />
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
