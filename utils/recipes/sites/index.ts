import type { RecipeInput } from '../schema';
import { allegro } from './allegro';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { facebook } from './facebook';
import { github } from './github';
import { google } from './google';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { netflix } from './netflix';
import { olx } from './olx';
import { onet } from './onet';
import { paypal } from './paypal';
import { reddit } from './reddit';
import { wp } from './wp';
import { x } from './x';
import { yahoo } from './yahoo';

/** Every built-in recipe as written (unparsed), in alphabetical order of id. */
export const recipeInputs: readonly RecipeInput[] = [allegro, amazon, ebay, facebook, github, google, instagram, linkedin, netflix, olx, onet, paypal, reddit, wp, x, yahoo];
