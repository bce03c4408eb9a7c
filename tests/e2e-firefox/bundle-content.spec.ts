import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../fixture-sites/paths';
import { checkBundleContent } from '../e2e/bundle-content';

// The Firefox build (`npm test` builds it before this suite); the same checks as the Chromium build's.
checkBundleContent(test, expect, join(projectRoot, '.output', 'firefox-mv2'));
