import { zodResolver } from '@hookform/resolvers/zod';
import { signInForm } from './sign-in-form.js';

/** The sign-in form's resolver, in its own chunk: zod is not needed to show the page. */
export const signInResolver = zodResolver(signInForm);
