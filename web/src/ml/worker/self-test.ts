/** How far a backend's logits are from the ones recorded at export time. */
export function compareLogits(
  actual: ArrayLike<number>,
  expected: readonly number[],
  tolerance: number,
): { ok: boolean; maxAbsDiff: number } {
  if (actual.length !== expected.length) return { ok: false, maxAbsDiff: Number.POSITIVE_INFINITY };
  let maxAbsDiff = 0;
  for (let i = 0; i < expected.length; i++) {
    const diff = Math.abs((actual[i] ?? Number.NaN) - (expected[i] ?? Number.NaN));
    // NaN compares false with everything: treat it as an infinite difference so garbage never passes.
    maxAbsDiff = Number.isNaN(diff) ? Number.POSITIVE_INFINITY : Math.max(maxAbsDiff, diff);
  }
  return { ok: maxAbsDiff <= tolerance, maxAbsDiff };
}

/**
 * The fixed input described by metadata.json `selfTest.input`, as NCHW float32 data.
 * Understood: "zeros", "ones", "linspace(a, b)" (evenly spaced over the flattened tensor, ends included).
 */
export function selfTestInput(description: string, inputSize: number): Float32Array {
  const data = new Float32Array(3 * inputSize * inputSize);
  const text = description.trim().toLowerCase();
  if (text === 'zeros') return data;
  if (text === 'ones') return data.fill(1);
  const linspace = /^linspace\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)$/.exec(text);
  if (linspace) {
    const a = Number(linspace[1]);
    const b = Number(linspace[2]);
    const step = data.length > 1 ? (b - a) / (data.length - 1) : 0;
    for (let i = 0; i < data.length; i++) data[i] = a + step * i;
    return data;
  }
  throw new Error(`unknown self-test input "${description}"`);
}
