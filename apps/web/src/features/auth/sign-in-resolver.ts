import { zodResolver } from '@hookform/resolvers/zod';
import { signInInput } from '@marque/schemas';

/** The sign-in form's resolver, in its own chunk: zod is not needed to show the page. */
export const signInResolver = zodResolver(signInInput);
