export { createBoutiqueExemple } from './boutique-exemple';
export { createForumBeispiel } from './forum-beispiel';
export { createNotesPagesSite } from './notes-pages';
export { createSampleCrm } from './sample-crm';
export { createSklepPrzyklad } from './sklep-przyklad';
export { genericUser, type GenericFixtureSite } from './base';
export { createDziennikSzkolny, type TeachFixtureSite } from './dziennik-szkolny';
