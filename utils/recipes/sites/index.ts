import type { RecipeInput } from '../schema';
import { allegro } from './allegro';
import { amazon } from './amazon';
import { ceneo } from './ceneo';
import { dell } from './dell';
import { ebay } from './ebay';
import { facebook } from './facebook';
import { fakturowo } from './fakturowo';
import { github } from './github';
import { google } from './google';
import { instagram } from './instagram';
import { interia } from './interia';
import { linkedin } from './linkedin';
import { netflix } from './netflix';
import { olx } from './olx';
import { onet } from './onet';
import { paypal } from './paypal';
import { reddit } from './reddit';
import { vinted } from './vinted';
import { wp } from './wp';
import { x } from './x';
import { yahoo } from './yahoo';

/** Every built-in recipe as written (unparsed), in alphabetical order of id. */
export const recipeInputs: readonly RecipeInput[] = [allegro, amazon, ceneo, dell, ebay, facebook, fakturowo, github, google, instagram, interia, linkedin, netflix, olx, onet, paypal, reddit, vinted, wp, x, yahoo];
