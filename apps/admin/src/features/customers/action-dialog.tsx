import { Alert, Button, Field } from '@marque/ui';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { apiProblem } from '../../api-problem.js';

export interface ActionDialogProps {
  /** The button that opens it, and the dialog's heading. */
  title: string;
  /** What will happen, in one or two sentences. */
  description: ReactNode;
  confirmLabel: string;
  variant?: 'primary' | 'danger';
  /** Extra fields the action needs (e.g. new contact details), above the reason. */
  children?: ReactNode;
  /** Carries out the action with the reason given; resolves to the message shown on success. */
  onConfirm: (reason: string) => Promise<string>;
  onDone: (message: string) => void;
}

/**
 * A sensitive action behind a modal dialog (native <dialog>: focus moves in and stays, Escape
 * closes): it says what will happen and asks why. The reason is required and kept in the audit log.
 */
export function ActionDialog({
  title,
  description,
  confirmLabel,
  variant = 'primary',
  children,
  onConfirm,
  onDone,
}: ActionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ reason?: string; other?: string }>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  const confirm = async () => {
    if (reason.trim().length < 10) {
      setProblem({ reason: 'Say why you are doing this, in at least 10 characters.' });
      return;
    }
    setBusy(true);
    setProblem({});
    try {
      const message = await onConfirm(reason.trim());
      setOpen(false);
      setReason('');
      onDone(message);
    } catch (error) {
      const found = apiProblem(error);
      // Messages for the action's own fields are listed with the main one (the reason has its own).
      const others = Object.entries(found.fieldErrors)
        .filter(([field]) => field !== 'reason')
        .map(([, message]) => message);
      setProblem({
        reason: found.fieldErrors.reason,
        other: [found.message, ...others].join(' '),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant={variant === 'danger' ? 'danger' : 'secondary'}
        onClick={() => {
          setOpen(true);
        }}
      >
        {title}
      </Button>
      <dialog
        ref={dialog}
        className="action-dialog"
        aria-labelledby={headingId}
        onClose={() => {
          setOpen(false);
        }}
      >
        <form
          noValidate
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <h2 id={headingId}>{title}</h2>
          <div className="action-dialog__description">{description}</div>
          {problem.other === undefined ? null : <Alert tone="error">{problem.other}</Alert>}
          {children}
          <Field
            id={reasonId}
            label="Reason"
            hint="Why you are doing this, as the customer asked. It is kept in the audit log."
            error={problem.reason}
          >
            {(control) => (
              <textarea
                {...control}
                className="mq-input action-dialog__reason"
                rows={3}
                maxLength={500}
                value={reason}
                onChange={(event) => {
                  setReason(event.target.value);
                }}
              />
            )}
          </Field>
          <div className="action-dialog__buttons">
            <Button type="submit" variant={variant} busy={busy}>
              {confirmLabel}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setOpen(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
