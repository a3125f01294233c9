// Placeholder until the mocked store lands: every test starts from the seed.
export function resetMockDatabase(): void {}
