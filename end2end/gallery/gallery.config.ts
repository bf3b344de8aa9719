import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// `cargo xtask gallery`: screenshots of every main screen, not a test run.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'gallery.spec.ts',
  timeout: 600_000,
  workers: 1,
});
