import type { RecipeInput } from '../schema';
import { allegro } from './allegro';
import { amazon } from './amazon';
import { ceneo } from './ceneo';
import { dell } from './dell';
import { dropbox } from './dropbox';
import { ebay } from './ebay';
import { facebook } from './facebook';
import { fakturowo } from './fakturowo';
import { github } from './github';
import { google } from './google';
import { instagram } from './instagram';
import { interia } from './interia';
import { linkedin } from './linkedin';
import { microsoft } from './microsoft';
import { netflix } from './netflix';
import { olx } from './olx';
import { onet } from './onet';
import { paypal } from './paypal';
import { reddit } from './reddit';
import { spotify } from './spotify';
import { vinted } from './vinted';
import { wp } from './wp';
import { x } from './x';
import { yahoo } from './yahoo';
import { youtube } from './youtube';

/** Every built-in recipe as written (unparsed), in alphabetical order of id. */
export const recipeInputs: readonly RecipeInput[] = [allegro, amazon, ceneo, dell, dropbox, ebay, facebook, fakturowo, github, google, instagram, interia, linkedin, microsoft, netflix, olx, onet, paypal, reddit, spotify, vinted, wp, x, yahoo, youtube];
