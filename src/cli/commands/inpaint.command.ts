/** `hearth inpaint`: repaint the white part of a mask from new words; the rest stays as it was. */
import { msg } from '../cli-i18n.ts';
import { inpaintImage } from '../../engines/art/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError, numberOpt, stringOpt } from '../command.ts';
import { BACKEND_OPTIONS, BACKEND_USAGE, pngOut, readImageFile, remoteBackendOpt, seedOpt, styleOpt, viaBackend, writePngFile } from './generate.command.ts';

export const inpaintCommand: CliCommand = {
  name: 'inpaint',
  get summary() {
    return msg('inpaint.summary');
  },
  usage:
    'hearth inpaint --image FILE --mask FILE --prompt TEXT [--negative TEXT] [--style NAME] [--seed N] [--feather PX] --out FILE.png [--mkdir] [--json] [--backend NAME --backend-url URL]\n' +
    BACKEND_USAGE,
  options: {
    image: { type: 'string' },
    mask: { type: 'string' },
    prompt: { type: 'string' },
    negative: { type: 'string' },
    style: { type: 'string' },
    seed: { type: 'string' },
    feather: { type: 'string' },
    out: { type: 'string' },
    mkdir: { type: 'boolean' },
    json: { type: 'boolean' },
    ...BACKEND_OPTIONS,
  },
  async run(inv) {
    const imagePath = stringOpt(inv, 'image', true);
    const maskPath = stringOpt(inv, 'mask', true);
    const prompt = stringOpt(inv, 'prompt', true);
    if (prompt.trim() === '') throw new CliError(msg('inpaint.promptEmpty'));
    const negative = stringOpt(inv, 'negative') ?? '';
    const out = pngOut(inv);
    const style = styleOpt(inv);
    const feather = numberOpt(inv, 'feather', 8, 0, 256);
    const seed = seedOpt(inv, prompt);
    const image = await readImageFile(imagePath, 'image');
    if (image.width < 16 || image.height < 16 || image.width > 4096 || image.height > 4096) {
      throw new CliError(msg('inpaint.image164096Px', { width: image.width, height: image.height }));
    }
    // A mask must have the picture's shape (as in the studio); one of another size is stretched to it, and says so.
    const asIs = await readImageFile(maskPath, 'mask');
    const { width: mw, height: mh } = asIs;
    if (Math.abs(mw / mh - image.width / image.height) > 0.02) {
      throw new CliError(msg('inpaint.maskButPictureMake', { mw, mh, width: image.width, height: image.height }));
    }
    const sameSize = mw === image.width && mh === image.height;
    if (!sameSize) inv.io.err(`Note: the ${mw}×${mh} mask was stretched to the picture's ${image.width}×${image.height}.\n`);
    const mask = sameSize ? asIs : await readImageFile(maskPath, 'mask', { width: image.width, height: image.height });
    const remote = await remoteBackendOpt(inv);
    const result = remote
      ? await viaBackend(() => remote.backend.inpaint({ image, mask, prompt, negativePrompt: negative, style: style ?? '', seed, feather }))
      : inpaintImage({ image, mask, prompt, negativePrompt: negative, style, seed, feather });
    await writePngFile(out, result);
    if (inv.values.json) {
      const backend = remote ? { backend: remote.kind, backendUrl: remote.origin } : {};
      inv.io.out(
        JSON.stringify({
          files: [{ path: out, seed }],
          params: {
            image: imagePath,
            mask: maskPath,
            prompt,
            negative,
            style: style ?? null,
            seed,
            feather,
            width: image.width,
            height: image.height,
            ...backend,
          },
        }) + '\n',
      );
    } else inv.io.out(`${out}\n`);
    return 0;
  },
};
