/**
 * The model-server registry's default model files are the showcase's (so a server saved without
 * names runs exactly what the adapters run by default), names are checked, and the adapters send
 * the names a server was configured with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startA1111Fake } from '../../../test/fakes/a1111.fake.ts';
import type { A1111Fake } from '../../../test/fakes/a1111.fake.ts';
import { MODEL_FILE_NAME, modelServerKind } from '../../domain/backend-kinds.ts';
import { createRgba } from '../../engines/core/index.ts';
import { createImageBackend } from '../remote-image-backend.ts';
import { SHOWCASE } from './showcase.ts';

let fake: A1111Fake;
beforeAll(async () => {
  fake = await startA1111Fake();
});
afterAll(() => fake.close());

const fileDefault = (kind: 'comfyui' | 'a1111', key: string) => modelServerKind(kind).files.find((f) => f.key === key)?.default;

describe('model files', () => {
  it('default to the showcase’s names', () => {
    expect(fileDefault('comfyui', 'adapter')).toBe(SHOWCASE.comfyui.adapter);
    expect(fileDefault('comfyui', 'inpaintCheckpoint')).toBe(SHOWCASE.comfyui.inpaintCheckpoint);
    expect(modelServerKind('comfyui').model?.hint).toContain(SHOWCASE.comfyui.checkpoint);
    expect(fileDefault('a1111', 'adapter')).toBe(SHOWCASE.a1111.model);
    expect(modelServerKind('openai').files).toEqual([]);
  });

  it('accept file names as servers list them and refuse paths out of the model folders', () => {
    for (const ok of ['sd_xl_base_1.0.safetensors', 'SDXL/sketch adapter (v2).safetensors', 'sd_xl_base_1.0 [31e35c80fc]', 't2i-adapter_diffusers_xl_sketch'])
      expect(MODEL_FILE_NAME.test(ok), ok).toBe(true);
    for (const bad of ['../x.safetensors', 'a/../../b', '/etc/passwd', 'x\ny', '.hidden', 'C:\\models\\x', 'x;rm -rf'])
      expect(MODEL_FILE_NAME.test(bad), bad).toBe(false);
  });

  it('reach AUTOMATIC1111: the checkpoint for pictures, the ControlNet model for sketches, the inpainting checkpoint', async () => {
    const b = createImageBackend({
      kind: 'a1111',
      url: fake.url,
      model: 'my_sdxl',
      files: { adapter: 'my_sketch_adapter', inpaintCheckpoint: 'my_inpaint' },
    });
    const sketch = createRgba(64, 64, [255, 255, 255, 255]);
    await b.generate({ prompt: 'a lake', negativePrompt: '', sketch, sketchStrength: 0.7, style: 'watercolour', seed: 3, width: 64, height: 64, count: 1 });
    const post = fake.requests.filter((r) => r.method === 'POST' && r.path === '/sdapi/v1/txt2img').at(-1)!.json as Record<string, unknown>;
    expect(post.override_settings).toEqual({ sd_model_checkpoint: 'my_sdxl' });
    const unit = (post.alwayson_scripts as { controlnet: { args: Record<string, unknown>[] } }).controlnet.args[0]!;
    expect(unit.model).toBe('my_sketch_adapter');
    await b.inpaint({
      image: sketch,
      mask: createRgba(64, 64, [255, 255, 255, 255]),
      prompt: 'a boat',
      negativePrompt: '',
      style: 'watercolour',
      seed: 4,
      feather: 4,
    });
    const inp = fake.requests.filter((r) => r.method === 'POST' && r.path === '/sdapi/v1/img2img').at(-1)!.json as Record<string, unknown>;
    expect(inp.override_settings).toEqual({ sd_model_checkpoint: 'my_inpaint' });
  });
});
