import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal question with one action and Cancel (Escape and the backdrop's Cancel too). Shown while mounted:
 * the parent renders it when the question is asked and drops it on either answer.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  testId,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current?.open === false) dialog.current.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${testId}-title`}>{title}</h2>
      {children}
      <button type="button" className="button danger" data-testid={`${testId}-confirm`} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('account.cancel')}
      </button>
    </dialog>
  );
}
