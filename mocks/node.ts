import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mocked backend for Vitest: src/testing/setup-tests.ts starts it around every test file. */
export const server = setupServer(...handlers);
