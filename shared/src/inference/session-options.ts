/**
 * onnxruntime session options for the shipped model, shared by the app's worker and the benchmark.
 * The int8 file stores its weights as int8 behind DequantizeLinear nodes and computes in float. With
 * onnxruntime's QDQ handling off, those nodes are constant-folded into float weights once, when the
 * session opens, instead of being dequantized on every run (models/README.md: Files and speed).
 */
export const MODEL_SESSION_OPTIONS = {
  graphOptimizationLevel: 'all',
  extra: { session: { disable_quant_qdq: '1' } },
} as const;
