/**
 * The settings Hearth's model-server workflows reproduce: the showcase clients compare Hearth
 * with (Schmutz et al. 2024). Sketch → picture: SDXL base with TencentARC's T2I-Adapter-sketch,
 * the drawing turned into lines by PiDiNet, adapter scale 0.7, guidance 8, 30 steps. Repainting
 * a masked part: an inpainting model at strength 0.7, guidance 9 (the showcase used Kandinsky
 * 2.2 inpainting; ComfyUI and AUTOMATIC1111 run the SDXL inpainting model at the same settings).
 *
 * The adapter scale is the client's "follow my lines" strength, whose default is this 0.7.
 * Every variation is its own job with its own seed (seed + i), so any one of them can be made
 * again from the seed stored with it.
 */
export const SHOWCASE = {
  steps: 30,
  /** Classifier-free guidance for sketch/words → picture. */
  guidance: 8,
  /** T2I-Adapter conditioning scale (= the studio's default sketch strength). */
  adapterScale: 0.7,
  /** PiDiNet detection resolution: SDXL's native size. */
  lineResolution: 1024,
  inpaint: { strength: 0.7, guidance: 9 },
  /** File names as the model authors publish them (a clinic can point at its own). */
  comfyui: {
    checkpoint: 'sd_xl_base_1.0.safetensors',
    /** TencentARC/t2i-adapter-sketch-sdxl-1.0, loaded by ControlNetLoader (ComfyUI detects T2I-Adapters). */
    adapter: 't2i-adapter-sketch-sdxl-1.0.safetensors',
    inpaintCheckpoint: 'sd_xl_base_1.0_inpainting_0.1.safetensors',
  },
  a1111: {
    /** sd-webui-controlnet's PiDiNet preprocessor for T2I-Adapter sketch models. */
    module: 't2ia_sketch_pidi',
    /** The SDXL sketch adapter as sd-webui-controlnet lists it (name without hash matches). */
    model: 't2i-adapter_diffusers_xl_sketch',
  },
} as const;
