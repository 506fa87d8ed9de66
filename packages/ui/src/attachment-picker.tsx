import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Alert } from './alert.js';
import { Button } from './button.js';
import { formatFileSize } from './file-size.js';
import { uploadAttachment, type Attachment } from './upload-attachment.js';

export interface AttachmentPickerProps {
  /** The most files one message may carry, and the largest file (the API's own limits). */
  maxFiles: number;
  maxBytes: number;
  attachments: readonly Attachment[];
  onChange: (attachments: Attachment[]) => void;
  /** Tells the form an upload is in progress, so it is not sent without the file. */
  onBusyChange?: (busy: boolean) => void;
}

/**
 * Choose files to send with a message: each is uploaded at once (checked from its bytes by the API)
 * and listed with a Remove button; problems are announced beside the control.
 */
export function AttachmentPicker({
  maxFiles,
  maxBytes,
  attachments,
  onChange,
  onBusyChange,
}: AttachmentPickerProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const room = maxFiles - attachments.length;

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    const found: string[] =
      files.length > room ? [`You can attach ${String(maxFiles)} files to a message.`] : [];
    setBusy(true);
    onBusyChange?.(true);
    const added: Attachment[] = [];
    for (const file of files.slice(0, Math.max(room, 0))) {
      const outcome = await uploadAttachment(file, maxBytes);
      if (outcome.ok) added.push(outcome.attachment);
      else found.push(outcome.message);
    }
    setBusy(false);
    onBusyChange?.(false);
    setProblems(found);
    if (added.length > 0) onChange([...attachments, ...added]);
  }

  return (
    <div className="attachment-picker">
      <div className="mq-field">
        <label className="mq-field__label" htmlFor={inputId}>
          Attach files (optional)
        </label>
        <p className="mq-field__hint" id={hintId}>
          PDF, PNG or JPEG, up to {Math.round(maxBytes / (1024 * 1024))} MB each, at most {maxFiles}{' '}
          files.
        </p>
        <input
          ref={input}
          id={inputId}
          className="attachment-picker__input"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          aria-describedby={hintId}
          disabled={busy || room <= 0}
          onChange={(event) => void upload(event)}
        />
      </div>
      {busy ? (
        <p role="status" className="attachment-picker__status">
          Uploading…
        </p>
      ) : null}
      {problems.length === 0 ? null : (
        <Alert tone="error" title="Some files were not attached">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {attachments.length === 0 ? null : (
        <ul className="attachment-picker__list" aria-label="Files to send">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <span>
                {attachment.fileName}{' '}
                <span className="message-attachments__meta">
                  ({formatFileSize(attachment.sizeBytes)})
                </span>
              </span>
              <Button
                variant="link"
                aria-label={`Remove ${attachment.fileName}`}
                onClick={() => {
                  onChange(attachments.filter((kept) => kept.id !== attachment.id));
                  input.current?.focus();
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
