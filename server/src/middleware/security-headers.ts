import { secureHeaders } from 'hono/secure-headers';

/**
 * Helmet-style headers plus a CSP fit for the PWA: onnxruntime-web compiles WebAssembly
 * ('wasm-unsafe-eval') and may start workers from blob: URLs; everything else is same-origin.
 * COOP + COEP keep the page cross-origin isolated, which multi-threaded WASM would need; the app runs one
 * thread today (docs/browser-runtime.md), so they are kept for safety, not required.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      workerSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'", 'blob:', 'data:'],
      imgSrc: ["'self'", 'data:', 'blob:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", 'data:'],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: 'require-corp',
    crossOriginOpenerPolicy: 'same-origin',
  });
}
