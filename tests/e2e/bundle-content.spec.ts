import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../fixture-sites/paths';
import { checkBundleContent } from './bundle-content';

// The development build `npm run build` wrote (npm test builds first); no browser needed.
checkBundleContent(test, expect, join(projectRoot, '.output', 'chrome-mv3'));
