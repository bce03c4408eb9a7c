export { createBoutiqueExemple } from './boutique-exemple';
export { createForumBeispiel } from './forum-beispiel';
export { createSampleCrm } from './sample-crm';
export { createSklepPrzyklad } from './sklep-przyklad';
export { genericUser, type GenericFixtureSite } from './base';
