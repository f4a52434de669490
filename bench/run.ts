/**
 * `npm run bench [name...]`: runs every `bench/*.bench.ts` (or the named ones), prints each section and
 * rewrites docs/benchmarks.md with all of them. A section's numbers come only from its own run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface BenchSection {
  title: string;
  /** Markdown body: what was measured, how, and the numbers. */
  markdown: string;
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const out = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const sections = new Map<string, string>();
// keep sections of benches not run this time, so running one bench does not erase the others
try {
  const previous = readFileSync(out, 'utf8');
  for (const part of previous.split(/^<!-- bench:/m).slice(1)) {
    const name = part.slice(0, part.indexOf(' -->'));
    sections.set(name, `<!-- bench:${part.trimEnd()}\n`);
  }
} catch {
  // first run
}

for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench ${name} ...\n`);
  const mod = (await import(`./${file}`)) as { run: () => Promise<BenchSection> };
  const started = Date.now();
  const section = await mod.run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const body = `<!-- bench:${name} -->\n## ${section.title}\n\n${section.markdown.trim()}\n\n_Run ${new Date().toISOString().slice(0, 10)} in ${seconds} s: \`npm run bench ${name}\`._\n`;
  process.stdout.write(`${body}\n`);
  sections.set(name, body);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} (${arch()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const doc = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` (all) or \`npm run bench <name>\` (one section), which rewrites this file. Machine: ${machine}.`,
  '',
  ...[...sections.keys()].sort().map((k) => sections.get(k) ?? ''),
].join('\n');
writeFileSync(out, doc);
