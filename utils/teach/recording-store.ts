import { defineStoredItem } from '../browser/stored-item';
import { parseRecording } from './recording-schema';

/**
 * The one recording under way (or waiting for review), in storage.local: the worker may stop between two presses
 * and the recorded page reloads across the sign-out. The recording bar reads it to show the steps.
 */
export const recordingItem = defineStoredItem('local:teachRecording', { parse: parseRecording });
