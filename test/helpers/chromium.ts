/** Finds and launches Chromium for the browser tests: the same lookup and flags as the PDF renderer's (src/report/pdf/chromium.ts). */
import { findChrome, launchChrome } from '#report/pdf/chromium.ts';

/** UPPFOLJNING_CHROME first, then the usual paths; null when none exists. */
export const findChromium = (): string | null => findChrome();

export const launchChromium = launchChrome;
