import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adjustSquare, centreSquare, type PhotoSquare } from '../ml/square.ts';

/** Keyboard steps: a tenth of the photo per arrow press, a tenth of the square per +/−. */
const MOVE_STEP = 0.1;
const SCALE_STEP = 0.9;

/**
 * The photo with a square the farmer drags (one finger or the mouse), pinches (two fingers), or moves
 * with the arrow keys and resizes with + and − (or the two buttons). The model sees only the square;
 * it starts as the centred square, what the model saw before.
 */
export function LeafFramer({
  photo,
  square,
  onChange,
  onShown,
}: {
  photo: Blob;
  square: PhotoSquare | null;
  onChange: (square: PhotoSquare) => void;
  /** The photo is laid out (its height is known): e.g. bring what comes after it into view. */
  onShown?: () => void;
}) {
  const { t } = useTranslation();
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const frame = useRef<HTMLDivElement | null>(null);

  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (img === null) return;
      const url = URL.createObjectURL(photo);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [photo],
  );

  const current = natural === null ? null : (square ?? centreSquare(natural.width, natural.height));
  const change = (delta: { dx?: number; dy?: number; scale?: number }) => {
    if (natural === null || current === null) return;
    onChange(adjustSquare(current, natural.width, natural.height, delta));
  };

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    const before = pointers.current.get(e.pointerId);
    const box = frame.current?.getBoundingClientRect();
    if (before === undefined || box === undefined) return;
    const others = [...pointers.current.entries()].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const other = others[0];
    if (other !== undefined) {
      // Two fingers: the square grows and shrinks with the distance between them.
      const was = Math.hypot(before.x - other.x, before.y - other.y);
      const now = Math.hypot(e.clientX - other.x, e.clientY - other.y);
      if (was > 0) change({ scale: now / was });
    } else {
      change({ dx: (e.clientX - before.x) / box.width, dy: (e.clientY - before.y) / box.height });
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, { dx?: number; dy?: number; scale?: number }> = {
      ArrowLeft: { dx: -MOVE_STEP },
      ArrowRight: { dx: MOVE_STEP },
      ArrowUp: { dy: -MOVE_STEP },
      ArrowDown: { dy: MOVE_STEP },
      '-': { scale: SCALE_STEP },
      '+': { scale: 1 / SCALE_STEP },
      '=': { scale: 1 / SCALE_STEP },
    };
    const move = moves[e.key];
    if (move === undefined) return;
    e.preventDefault();
    change(move);
  }

  const short = natural === null ? 0 : Math.min(natural.width, natural.height);
  return (
    <div className="framer">
      <div
        ref={frame}
        className="framer-photo"
        data-testid="leaf-framer"
        data-square={current === null ? undefined : JSON.stringify(current)}
        tabIndex={0}
        role="group"
        aria-label={t('home.frameLabel')}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
        }}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => pointers.current.delete(e.pointerId)}
        onPointerCancel={(e) => pointers.current.delete(e.pointerId)}
        onWheel={(e: WheelEvent<HTMLDivElement>) =>
          change({ scale: e.deltaY > 0 ? SCALE_STEP : 1 / SCALE_STEP })
        }
      >
        <img
          ref={attach}
          alt={t('home.preview')}
          draggable={false}
          onLoad={(e) => {
            setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight });
            onShown?.();
          }}
        />
        {natural !== null && current !== null && (
          <div
            className="framer-square"
            style={{
              left: `${current.left * 100}%`,
              top: `${current.top * 100}%`,
              width: `${((current.size * short) / natural.width) * 100}%`,
              height: `${((current.size * short) / natural.height) * 100}%`,
            }}
          />
        )}
      </div>
      <div className="row framer-buttons">
        <button
          type="button"
          className="button"
          data-testid="frame-smaller"
          onClick={() => change({ scale: SCALE_STEP })}
        >
          {t('home.frameSmaller')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="frame-larger"
          onClick={() => change({ scale: 1 / SCALE_STEP })}
        >
          {t('home.frameLarger')}
        </button>
      </div>
      <p className="muted small">{t('home.frameHint')}</p>
    </div>
  );
}
