/**
 * Evaluates a shipped model with onnxruntime-node and the app's own pre/post-processing.
 *
 *   npx tsx scripts/evaluate-model.ts [--model int8|fp32] [--data <tar or Class/ folder>] [--png <file>]
 *
 * Defaults: int8 on the test split, confusion matrix in models/reports/confusion-<model>.png. Prints
 * top-1/top-5/per-class accuracy with and without the crop filter, the unsure rule's rates (with the
 * held-out half of the not-leaf photos) and 3-photo combined top-1.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { combineLeaves, cropFilter, isUnsure } from '@phyto/shared/inference/postprocess';
import { findClass } from '@phyto/shared/classes';
import { scoreImages, type Scored } from './model-images.ts';
import { MODELS_DIR, NOT_LEAF_TAR, TEST_TAR, loadMetadata, modelPath } from './model-paths.ts';

const argmax = (values: readonly number[]) =>
  values.reduce((best, v, i) => (v > (values[best] ?? -1) ? i : best), 0);
const rank = (values: readonly number[], index: number) =>
  values.filter((v, i) => v > (values[index] ?? 0) || (v === values[index] && i < index)).length;
const percent = (x: number) => `${(100 * x).toFixed(2)} %`;
const cropOf = (classId: string) => findClass(classId)?.crop ?? null;

/** Deterministic PRNG (mulberry32): the 3-photo draws are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** For every image, two other random images of the same class: combined top-1 under two rules. */
function threeLeafTop1(scored: readonly Scored[], seed: number): { geometric: number; arithmetic: number } {
  const next = random(seed);
  const byClass = new Map<number, Scored[]>();
  for (const s of scored) byClass.set(s.label, [...(byClass.get(s.label) ?? []), s]);
  let geometric = 0;
  let arithmetic = 0;
  let trials = 0;
  for (const s of scored) {
    const others = (byClass.get(s.label) ?? []).filter((o) => o !== s);
    if (others.length < 2) continue;
    const i = Math.floor(next() * others.length);
    let j = Math.floor(next() * (others.length - 1));
    if (j >= i) j++;
    const lists = [s.probabilities, others[i]?.probabilities ?? [], others[j]?.probabilities ?? []];
    if (argmax(combineLeaves(lists)) === s.label) geometric++;
    const mean = s.probabilities.map((_, c) => lists.reduce((sum, l) => sum + (l[c] ?? 0), 0) / 3);
    if (argmax(mean) === s.label) arithmetic++;
    trials++;
  }
  return { geometric: geometric / trials, arithmetic: arithmetic / trials };
}

/** Row-normalised confusion matrix as a small PNG (green diagonal, red errors; sqrt so rare errors show). */
async function writeConfusionPng(
  matrix: number[][],
  classes: readonly string[],
  file: string,
): Promise<void> {
  const n = classes.length;
  const cell = 12;
  const margin = 28;
  const side = margin + n * cell;
  const rects: string[] = [];
  matrix.forEach((row, r) => {
    const total = row.reduce((a, b) => a + b, 0) || 1;
    row.forEach((count, c) => {
      if (count === 0) return;
      const v = Math.sqrt(count / total);
      const shade = Math.round(255 * (1 - v));
      const fill =
        r === c ? `rgb(${shade},${Math.round(120 + 135 * (1 - v))},${shade})` : `rgb(255,${shade},${shade})`;
      rects.push(
        `<rect x="${margin + c * cell}" y="${margin + r * cell}" width="${cell}" height="${cell}" fill="${fill}"/>`,
      );
    });
  });
  const ticks = classes.map(
    (_, i) =>
      `<text x="${margin - 3}" y="${margin + i * cell + cell - 3}" text-anchor="end">${i}</text>` +
      `<text x="${margin + i * cell + cell / 2}" y="${margin - 4}" text-anchor="middle">${i}</text>`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" font-family="sans-serif" font-size="7">` +
    `<rect width="100%" height="100%" fill="white"/>${rects.join('')}${ticks.join('')}` +
    `<rect x="${margin}" y="${margin}" width="${n * cell}" height="${n * cell}" fill="none" stroke="#888"/></svg>`;
  mkdirSync(dirname(file), { recursive: true });
  await sharp(Buffer.from(svg)).png({ palette: true }).toFile(file);
}

/** The held-out half of not-leaf: sha256(file name) first byte ≥ 128 (mobileplantvit/notleaf.py). */
const inHoldout = (name: string) => (createHash('sha256').update(basename(name)).digest()[0] ?? 0) >= 128;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string', default: 'int8' },
      data: { type: 'string', default: TEST_TAR },
      png: { type: 'string' },
      json: { type: 'string' },
      seed: { type: 'string', default: '7' },
    },
  });
  const precision = values.model === 'fp32' ? 'fp32' : 'int8';
  const metadata = loadMetadata();
  if (!existsSync(values.data)) throw new Error(`no data at ${values.data} (set PHYTO_DATA_DIR or --data)`);
  const session = await ort.InferenceSession.create(modelPath(metadata, precision), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
  });
  const { classes } = metadata;
  const started = Date.now();
  const scored = await scoreImages(session, metadata, values.data);
  console.log(
    `${metadata.version} ${precision} on ${values.data}: ${scored.length} images in ${(Date.now() - started) / 1000} s`,
  );

  const confusion = classes.map(() => classes.map(() => 0));
  const perClass = classes.map(() => ({ n: 0, top1: 0, filtered: 0 }));
  let top1 = 0;
  let top5 = 0;
  let filteredTop1 = 0;
  let correctFlagged = 0;
  let wrongFlagged = 0;
  for (const s of scored) {
    const predicted = argmax(s.probabilities);
    const truth = classes[s.label] ?? '';
    const filtered = cropFilter(s.probabilities, classes, cropOf(truth)) ?? s.probabilities;
    const stats = perClass[s.label];
    const row = confusion[s.label];
    if (!stats || !row) continue;
    row[predicted] = (row[predicted] ?? 0) + 1;
    stats.n++;
    const unsure = isUnsure(s.probabilities, metadata.unsure.minConfidence);
    if (predicted === s.label) {
      top1++;
      stats.top1++;
      if (unsure) correctFlagged++;
    } else if (unsure) wrongFlagged++;
    if (rank(s.probabilities, s.label) < 5) top5++;
    if (argmax(filtered) === s.label) {
      filteredTop1++;
      stats.filtered++;
    }
  }
  const n = scored.length;
  console.log(
    `top-1 ${percent(top1 / n)}   top-5 ${percent(top5 / n)}   top-1 with crop filter ${percent(filteredTop1 / n)}`,
  );
  console.log('per class (top-1 / with crop filter / images):');
  perClass.forEach((c, i) => {
    if (c.n > 0)
      console.log(
        `  ${String(i).padStart(2)} ${classes[i]?.padEnd(52)} ${percent(c.top1 / c.n)}  ${percent(c.filtered / c.n)}  ${c.n}`,
      );
  });

  const unsureRates = {
    minConfidence: metadata.unsure.minConfidence,
    firesOnCorrect: correctFlagged / Math.max(1, top1),
    firesOnWrong: wrongFlagged / Math.max(1, n - top1),
    notLeafConfident: null as number | null,
    notLeafImages: 0,
  };
  if (existsSync(NOT_LEAF_TAR)) {
    const notLeaf = (await scoreImages(session, metadata, NOT_LEAF_TAR, false)).filter((s) =>
      inHoldout(s.name),
    );
    const confident = notLeaf.filter((s) => !isUnsure(s.probabilities, metadata.unsure.minConfidence)).length;
    unsureRates.notLeafConfident = confident / notLeaf.length;
    unsureRates.notLeafImages = notLeaf.length;
  }
  console.log(
    `unsure rule (top probability < ${metadata.unsure.minConfidence.toFixed(4)}): fires on ${percent(unsureRates.firesOnCorrect)} of correct ` +
      `and ${percent(unsureRates.firesOnWrong)} of wrong predictions; ` +
      (unsureRates.notLeafConfident === null
        ? 'not-leaf photos absent'
        : `${percent(unsureRates.notLeafConfident)} of ${unsureRates.notLeafImages} held-out not-leaf photos get a confident diagnosis`),
  );
  const seed = Number(values.seed);
  const threeLeaf = threeLeafTop1(scored, seed);
  console.log(
    `3 photos of one class combined (seed ${seed}): top-1 ${percent(threeLeaf.geometric)} (mean log-probability, shipped) ` +
      `vs ${percent(threeLeaf.arithmetic)} (mean probability)`,
  );

  const png = values.png ?? join(MODELS_DIR, 'reports', `confusion-${precision}.png`);
  await writeConfusionPng(confusion, classes, png);
  console.log(`confusion matrix (rows = truth, columns = prediction, indices as above) → ${png}`);
  if (values.json) {
    const report = {
      model: metadata.version,
      precision,
      data: values.data,
      images: n,
      top1: top1 / n,
      top5: top5 / n,
      top1CropFilter: filteredTop1 / n,
      perClass: Object.fromEntries(
        perClass.map((c, i): [string, unknown] => [
          classes[i] ?? String(i),
          { images: c.n, top1: c.top1 / c.n, top1CropFilter: c.filtered / c.n },
        ]),
      ),
      unsure: unsureRates,
      threeLeafTop1: threeLeaf,
    };
    writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
  }
  await session.release();
}

await main();
