import { afterEach, beforeEach, vi } from "vitest";

// A console.error or console.warn during a test is a defect we want to see as a failure,
// not as noise scrolling past in CI.
beforeEach(() => {
  for (const level of ["error", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${level} called during a test: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});
