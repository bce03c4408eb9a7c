import type { GuideInput } from '../../schema';
import { dropboxRemote } from './dropbox';
import { facebookRemote } from './facebook';
import { githubRemote } from './github';
import { googleRemote } from './google';
import { linkedinRemote } from './linkedin';
import { microsoftRemote } from './microsoft';
import { netflixRemote } from './netflix';
import { spotifyRemote } from './spotify';
import { xRemote } from './x';

export { REMOTE_GUIDE_ID, REMOTE_MENU_LABEL } from './build';
export { amazonRemoteNotOffered, type RemoteNotOffered } from './amazon';

/** The "sign out of other devices" guides (issue #16 §2), by recipe id. */
export const remoteGuideInputs: Readonly<Record<string, GuideInput>> = {
  dropbox: dropboxRemote,
  facebook: facebookRemote,
  github: githubRemote,
  google: googleRemote,
  linkedin: linkedinRemote,
  microsoft: microsoftRemote,
  netflix: netflixRemote,
  spotify: spotifyRemote,
  x: xRemote,
};
