/** @marque/ui — the design system both Marque apps use. Import './styles.css' once per app. */
export { Alert, type AlertProps } from './alert.js';
export { AttachmentLinks } from './attachment-links.js';
export { AttachmentPicker, type AttachmentPickerProps } from './attachment-picker.js';
export { applyBrandColours, type BrandColours } from './brand-theme.js';
export { Button, type ButtonProps } from './button.js';
export { Card, type CardProps } from './card.js';
export {
  applyChatEvent,
  EMPTY_TRANSCRIPT,
  type ChatLine,
  type ChatStateEvent,
  type ChatStreamEvent,
  type ChatTranscript,
} from './chat-transcript.js';
export { ChatWindow, type ChatWindowProps } from './chat-window.js';
export { DateInputField, isoDateOfParts, type DateInputFieldProps } from './date-input-field.js';
export { DateText, formatDate, type DateTextProps } from './date-text.js';
export { ErrorSummary, type ErrorSummaryProps, type FieldProblem } from './error-summary.js';
export { formatFileSize } from './file-size.js';
export { focusPageHeading } from './focus-page-heading.js';
export { Field, type FieldControlProps, type FieldProps } from './field.js';
export { Container, Stack, type LayoutProps } from './layout.js';
export { LocaleProvider, useLocale } from './locale-context.js';
export { Money, type MoneyProps } from './money.js';
export { codeDigits, OneTimeCodeField, type OneTimeCodeFieldProps } from './one-time-code-field.js';
export { PasswordField, type PasswordFieldProps } from './password-field.js';
export { SkipLink, type SkipLinkProps } from './skip-link.js';
export { Spinner, type SpinnerProps } from './spinner.js';
export { TextField, type TextFieldProps } from './text-field.js';
export {
  ATTACHMENTS_URL,
  precheckAttachment,
  uploadAttachment,
  type Attachment,
  type UploadOutcome,
} from './upload-attachment.js';
export { useCapsLock } from './use-caps-lock.js';
export { useRouteFocus } from './use-route-focus.js';
export { useStepFocus } from './use-step-focus.js';
