import { useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';

type ModifierEvent = KeyboardEvent<HTMLInputElement> | MouseEvent<HTMLInputElement>;

/**
 * Whether Caps Lock is on while the customer types in a field, read from each key or click event
 * (getModifierState: the browser knows no other way), and forgotten when the field loses focus.
 */
export function useCapsLock() {
  const [capsLockOn, setCapsLockOn] = useState(false);
  const read = (event: ModifierEvent) => {
    setCapsLockOn(event.getModifierState('CapsLock'));
  };
  const forget = (_event: FocusEvent<HTMLInputElement>) => {
    setCapsLockOn(false);
  };
  return { capsLockOn, read, forget };
}
