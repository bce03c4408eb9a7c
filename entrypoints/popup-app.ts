import { startPopup } from './popup/main';

/**
 * The popup's script, built by WXT as one self-contained file (an unlisted script) rather than as modules shared with
 * the options page: the popup then waits for one file from the extension's package instead of four before it can
 * draw (docs/benchmarks.md). entrypoints/popup/index.html loads it.
 */
export default defineUnlistedScript({ globalName: false, main: () => void startPopup() });
