import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts between tests only when vitest globals are on; they are off here.
afterEach(cleanup);
