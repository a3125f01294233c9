import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetMockDatabase } from '@mocks/db';
import { server } from '@mocks/node';

// Any request without a handler is a bug in the test or the code: fail loudly.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockDatabase());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// An unexpected console.error (React warnings, failed prop types, act() warnings) fails the test.
const originalConsoleError = console.error;
beforeEach(() => {
  console.error = (...args: unknown[]) => {
    originalConsoleError(...args);
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  };
});
afterEach(() => {
  console.error = originalConsoleError;
});
