/** `hearth lines`: clean dark lines on white from a photo of a drawing on paper. */
import { msg } from '../cli-i18n.ts';
import { linesFromPhoto } from '../../engines/art/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError, numberOpt, stringOpt } from '../command.ts';
import { pngOut, readImageFile, writePngFile } from './generate.command.ts';

export const linesCommand: CliCommand = {
  name: 'lines',
  get summary() {
    return msg('lines.summary');
  },
  usage: 'hearth lines FILE [--sensitivity 0..1] --out FILE.png [--mkdir] [--json]',
  maxPositionals: 1,
  options: {
    image: { type: 'string' },
    sensitivity: { type: 'string' },
    out: { type: 'string' },
    mkdir: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(inv) {
    const input = inv.positionals[0] ?? stringOpt(inv, 'image');
    if (!input) throw new CliError(msg('lines.namePhotoReadHearth'));
    const out = pngOut(inv);
    const sensitivity = numberOpt(inv, 'sensitivity', 0.5, 0, 1);
    const photo = await readImageFile(input, 'photo');
    if (photo.width < 16 || photo.height < 16) throw new CliError(msg('lines.photoLeast16Px', { width: photo.width, height: photo.height }));
    const lines = linesFromPhoto(photo, { sensitivity });
    await writePngFile(out, lines);
    let ink = 0;
    for (let p = 0; p < lines.width * lines.height; p++) if (lines.data[p * 4]! < 255) ink++;
    if (inv.values.json) {
      inv.io.out(
        JSON.stringify({
          files: [{ path: out }],
          params: { input, sensitivity, width: lines.width, height: lines.height },
          inkShare: Math.round((ink / (lines.width * lines.height)) * 10000) / 10000,
        }) + '\n',
      );
    } else inv.io.out(`${out}\n`);
    return 0;
  },
};
