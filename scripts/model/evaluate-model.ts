/**
 * Evaluates a shipped model with onnxruntime-node and the app's own pre/post-processing (shared judge():
 * calibrated probabilities, not-a-leaf, crop filter, unsure rule), as the app is used: crop known.
 *
 *   npx tsx scripts/model/evaluate-model.ts [--model int8|fp32] [--data <tar or Class/ folder>] [--png <file>] [--json <file>]
 *
 * Defaults: int8 on field-176 val (real field photos), confusion matrix in models/reports/confusion-<model>.png.
 * Prints top-1/top-5 without the crop, per-class top-1 with it, the share of photos answered with confidence
 * and how often those answers are right, what the held-out non-leaf photos get, and 3-photo combined results.
 * Run it on a separate held-out field set with --data: it is what every shipped model is measured on.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { judge, type Judgement } from '@phyto/shared/inference/verdict';
import { MODEL_SESSION_OPTIONS } from '@phyto/shared/inference/session-options';
import type { ModelMetadata } from '@phyto/shared/model-metadata';
import { argmax, cropOf, scoreImages, type Scored } from './model-images.ts';
import { notLeafDiagnosed, type NotLeafDiagnosed } from './not-leaf-holdout.ts';
import { FIELD_VAL_TAR, MODELS_DIR, NOT_LEAF_TAR, loadMetadata, modelPath } from './model-paths.ts';

const rank = (values: readonly number[], index: number) =>
  values.filter((v, i) => v > (values[index] ?? 0) || (v === values[index] && i < index)).length;
const percent = (x: number) => `${(100 * x).toFixed(2)} %`;

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

/** The app's answer for photos of one plant, the crop known (the farmer picks it first). */
function cropKnown(photos: readonly Scored[], metadata: ModelMetadata, classId: string): Judgement {
  const judgement = judge(photos, metadata.classes, cropOf(classId), metadata.unsure);
  if (judgement === null) throw new Error(`the model has no class for the crop of ${classId}`);
  return judgement;
}

/** For every image, two other random images of the same class, judged together as the app does. */
function threeLeaves(scored: readonly Scored[], metadata: ModelMetadata, seed: number): Judgement[] {
  const next = random(seed);
  const byClass = new Map<number, Scored[]>();
  for (const s of scored) byClass.set(s.label, [...(byClass.get(s.label) ?? []), s]);
  return scored.map((s) => {
    const others = (byClass.get(s.label) ?? []).filter((o) => o !== s);
    if (others.length < 2) return cropKnown([s], metadata, metadata.classes[s.label] ?? '');
    const i = Math.floor(next() * others.length);
    let j = Math.floor(next() * (others.length - 1));
    if (j >= i) j++;
    const three = [s, others[i], others[j]].filter((o): o is Scored => o !== undefined);
    return cropKnown(three, metadata, metadata.classes[s.label] ?? '');
  });
}

interface AnswerRates {
  /** Share of photos answered with a confident diagnosis. */
  answered: number;
  /** How often a confident answer is right. */
  answeredAccuracy: number | null;
  top1: number;
  notLeaf: number;
}

function answerRates(judgements: readonly Judgement[], labels: readonly string[]): AnswerRates {
  const right = judgements.map((j, i) => j.top5[0]?.classId === labels[i]);
  const confident = judgements.map((j) => j.verdict === 'confident');
  const answered = confident.filter(Boolean).length;
  return {
    answered: answered / judgements.length,
    answeredAccuracy: answered === 0 ? null : right.filter((r, i) => r && confident[i]).length / answered,
    top1: right.filter(Boolean).length / judgements.length,
    notLeaf: judgements.filter((j) => j.verdict === 'notLeaf').length / judgements.length,
  };
}

const describeRates = (r: AnswerRates) =>
  `top-1 ${percent(r.top1)}; answered with confidence ${percent(r.answered)}, right ${r.answeredAccuracy === null ? '—' : percent(r.answeredAccuracy)}; called not a leaf ${percent(r.notLeaf)}`;

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string', default: 'int8' },
      data: { type: 'string', default: FIELD_VAL_TAR },
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
    ...MODEL_SESSION_OPTIONS,
  });
  const { classes } = metadata;
  const started = Date.now();
  const scored = await scoreImages(session, metadata, values.data);
  console.log(
    `${metadata.version} ${precision} on ${values.data}: ${scored.length} images in ${(Date.now() - started) / 1000} s`,
  );

  const labels = scored.map((s) => classes[s.label] ?? '');
  const judged = scored.map((s, i) => cropKnown([s], metadata, labels[i] ?? ''));
  const confusion = classes.map(() => classes.map(() => 0));
  const perClass = classes.map(() => ({ n: 0, top1: 0, cropKnown: 0 }));
  let top1 = 0;
  let top5 = 0;
  scored.forEach((s, i) => {
    const predicted = argmax(s.probabilities);
    const stats = perClass[s.label];
    const row = confusion[s.label];
    if (!stats || !row) return;
    row[predicted] = (row[predicted] ?? 0) + 1;
    stats.n++;
    if (predicted === s.label) {
      top1++;
      stats.top1++;
    }
    if (rank(s.probabilities, s.label) < 5) top5++;
    if (judged[i]?.top5[0]?.classId === labels[i]) stats.cropKnown++;
  });
  const n = scored.length;
  const single = answerRates(judged, labels);
  console.log(`without the crop: top-1 ${percent(top1 / n)}   top-5 ${percent(top5 / n)}`);
  console.log(`crop known, one photo: ${describeRates(single)}`);
  // The unsure threshold must keep its promise on apple (most field photos) and on the other crops alike.
  const apple = labels.map((l) => cropOf(l) === 'apple');
  const ratesOf = (group: boolean) =>
    answerRates(
      judged.filter((_, i) => apple[i] === group),
      labels.filter((_, i) => apple[i] === group),
    );
  const byGroup =
    apple.includes(true) && apple.includes(false)
      ? { apple: ratesOf(true), otherCrops: ratesOf(false) }
      : null;
  if (byGroup) {
    console.log(`  apple: ${describeRates(byGroup.apple)}`);
    console.log(`  other crops: ${describeRates(byGroup.otherCrops)}`);
  }
  console.log('per class (crop known / without the crop / images):');
  perClass.forEach((c, i) => {
    if (c.n > 0)
      console.log(
        `  ${String(i).padStart(2)} ${classes[i]?.padEnd(52)} ${percent(c.cropKnown / c.n)}  ${percent(c.top1 / c.n)}  ${c.n}`,
      );
  });
  const seed = Number(values.seed);
  const three = answerRates(threeLeaves(scored, metadata, seed), labels);
  console.log(`crop known, 3 photos of one class combined (seed ${seed}): ${describeRates(three)}`);

  let notLeafHeldOut: NotLeafDiagnosed | null = null;
  if (existsSync(NOT_LEAF_TAR)) {
    notLeafHeldOut = await notLeafDiagnosed(session, metadata);
    console.log(
      `held-out non-leaf photos (${notLeafHeldOut.photos}) given a diagnosis: ${percent(notLeafHeldOut.noCrop)} with no crop ` +
        `picked, ${percent(notLeafHeldOut.cropOfItsGuess)} with the crop of the model's guess`,
    );
  }

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
      cropKnown: single,
      cropKnownByGroup: byGroup,
      threeLeavesCropKnown: three,
      notLeafHeldOutDiagnosed: notLeafHeldOut,
      perClass: Object.fromEntries(
        perClass.map((c, i): [string, unknown] => [
          classes[i] ?? String(i),
          { images: c.n, cropKnownTop1: c.cropKnown / c.n, top1: c.top1 / c.n },
        ]),
      ),
    };
    writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
  }
  await session.release();
}

await main();
