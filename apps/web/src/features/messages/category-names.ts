import { THREAD_CATEGORIES, type ThreadCategory } from '@marque/schemas';

/** How each category reads in a list, a heading and the choice on the new-message form. */
export const CATEGORY_NAMES: Readonly<Record<ThreadCategory, string>> = {
  payments: 'Payments',
  settlement: 'Settling my agreement',
  end_of_agreement: 'End of my agreement',
  technical_help: 'Help with the website',
  complaint: 'Complaint',
  other: 'Something else',
};

/** The categories in the order the form offers them. */
export const CATEGORY_CHOICES = THREAD_CATEGORIES.map((value) => ({
  value,
  label: CATEGORY_NAMES[value],
}));
