// The Chromium lookup and flags are shared with the fact sheets, which print with the same browser.
export { chromiumArgs, findChromium } from '../../lib/sheets/chromium';
