import { useCallback } from 'react';

/**
 * Shows a stored image Blob. The object URL lives exactly as long as the <img> shows that blob: the ref
 * callback creates it and its cleanup (React 19) revokes it.
 */
export function BlobImage({
  blob,
  alt,
  className,
}: {
  blob: Blob | undefined;
  alt: string;
  className?: string;
}) {
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (img === null || blob === undefined) return;
      const url = URL.createObjectURL(blob);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [blob],
  );
  if (blob === undefined) {
    return (
      <span className={`${className ?? ''} image-placeholder`} role="img" aria-label={alt}>
        🌿
      </span>
    );
  }
  return <img ref={attach} alt={alt} className={className} />;
}
