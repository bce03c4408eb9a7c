import { createAllegroSite } from './allegro';
import { createBookingSite } from './booking';
import { createAmazonSite } from './amazon/index';
import { createCanvaSite } from './canva';
import { createCeneoSite } from './ceneo';
import { createChatgptSite } from './chatgpt';
import { createClaudeSite } from './claude';
import { createDellSite } from './dell';
import { createDropboxSite } from './dropbox';
import { createEbaySite } from './ebay';
import { createEpuapSite } from './epuap';
import { createFacebookSite } from './facebook';
import { createFakturowoSite } from './fakturowo';
import { createGithubSite } from './github';
import { createGoogleSite } from './google';
import { createIcloudSite } from './icloud';
import { createInstagramSite } from './instagram';
import { createInteriaSite } from './interia';
import { createLibrusSite } from './librus';
import { createLinkedinSite } from './linkedin';
import { createMailboxSite } from './mailbox';
import { createMbankSite } from './mbank';
import { createSantanderSite } from './santander';
import { createPkoSite } from './pko';
import { createIngSite } from './ing';
import { createPekaoSite } from './pekao';
import { createVulcanSite } from './vulcan';
import { createMicrosoftSite } from './microsoft';
import { createMicrosoft365Site } from './microsoft-365';
import { createNetflixSite } from './netflix';
import { createNotionSite } from './notion';
import { createOlxSite } from './olx';
import { createOnetSite } from './onet';
import { createPaypalSite } from './paypal';
import { createPueZusSite } from './pue-zus';
import { createRedditSite } from './reddit';
import { createSlackSite } from './slack';
import { createSpotifySite } from './spotify';
import { createUsoswebSite } from './usosweb';
import { createBoutiqueExemple, createDziennikSzkolny, createForumBeispiel, createNotesPagesSite, createSampleCrm, createSklepPrzyklad } from './generic/index';
import { createSteeringSite } from './generic/steering-site';
import type { FixtureSite } from './types';
import { createVintedSite } from './vinted';
import { createWpSite } from './wp';
import { createXSite } from './x';
import { createYahooSite } from './yahoo';
import { createYoutubeSite } from './youtube';
import { createZoomSite } from './zoom';
import { createZalandoSite } from './zalando';

/** Every fixture site, by name. Adding a site means adding one line here. */
export function createSites() {
  return {
    allegro: createAllegroSite(),
    amazon: createAmazonSite(),
    canva: createCanvaSite(),
    ceneo: createCeneoSite(),
    dell: createDellSite(),
    dropbox: createDropboxSite(),
    ebay: createEbaySite(),
    facebook: createFacebookSite(),
    fakturowo: createFakturowoSite(),
    github: createGithubSite(),
    google: createGoogleSite(),
    icloud: createIcloudSite(),
    instagram: createInstagramSite(),
    interia: createInteriaSite(),
    linkedin: createLinkedinSite(),
    microsoft: createMicrosoftSite(),
    'microsoft-365': createMicrosoft365Site(),
    netflix: createNetflixSite(),
    olx: createOlxSite(),
    onet: createOnetSite(),
    paypal: createPaypalSite(),
    reddit: createRedditSite(),
    slack: createSlackSite(),
    spotify: createSpotifySite(),
    vinted: createVintedSite(),
    wp: createWpSite(),
    x: createXSite(),
    yahoo: createYahooSite(),
    youtube: createYoutubeSite(),
    chatgpt: createChatgptSite(),
    claude: createClaudeSite(),
    zoom: createZoomSite(),
    librus: createLibrusSite(),
    usosweb: createUsoswebSite(),
    mbank: createMbankSite(),
    santander: createSantanderSite(),
    // Banks whose pages no public source shows (recipes declaring notModelled).
    pko: createPkoSite(),
    ing: createIngSite(),
    pekao: createPekaoSite(),
    vulcan: createVulcanSite(),
    zalando: createZalandoSite(),
    // The webmail the sites send confirmation links to (guides that end with an e-mailed link).
    mailbox: createMailboxSite(),
    booking: createBookingSite(),
    epuap: createEpuapSite(),
    'pue-zus': createPueZusSite(),
    notion: createNotionSite(),
    // Sites Signoff has no recipe for (generic sign-out): (a) header link, (b) dropdown, (c) POST form, (d) account page.
    sklepPrzyklad: createSklepPrzyklad(),
    forumBeispiel: createForumBeispiel(),
    boutiqueExemple: createBoutiqueExemple(),
    sampleCrm: createSampleCrm(),
    // Two people's sites under one shared suffix (github.io): two sites, not one.
    alicePages: createNotesPagesSite('alice'),
    bobPages: createNotesPagesSite('bob'),
    // A hostile site without a recipe that steers Signoff's sign-out tab to another site (issue #11 §1).
    steeringSite: createSteeringSite(),
    // A school e-register without a recipe, taught to Signoff by recording its sign-out (issue #15).
    dziennikSzkolny: createDziennikSzkolny(),
  } satisfies Record<string, FixtureSite>;
}
