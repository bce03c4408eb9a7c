/**
 * The public pages the remote sign-out guides rest on (found with the project's search tools, December 2026). Most
 * are third-party how-to pages, not the sites' own help: each guide rates its parts accordingly.
 */
export const REMOTE_SOURCES = {
  googleDevices:
    'https://askvity.info/google-account-security/how-do-i-manage-devices-on-my-google-account (third-party: Security → “Your devices” → “Manage all devices”, select a device, sign out)',
  googleEach:
    'https://tinygrab.com/how-to-log-out-from-all-devices-on-google/ (third-party: each device → “Sign out”; Google has no single “sign out of all devices”)',
  facebookSessions:
    'https://www.gingersec.com/post/how-to-secure-facebook-by-signing-out-sessions (third-party, 2022: Settings → “Security and Login” → “Where you’re logged in” → “See More” → “Log out of all sessions” → “Log out”)',
  facebookAccountsCenter:
    'https://serataue.pages.dev/how-to-sign-out-in-facebook (third-party: today under Accounts Center → “Password and security” → “Where you’re logged in”)',
  facebookHindi:
    'https://hi.reviews-expert.org/12203224-how-to-log-all-devices-out-of-your-facebook-account (third-party: “Where you’re logged in” → “See more” → “Log out of all sessions” → “Log out”)',
  microsoftEverywhere:
    'https://geekrewind.com/how-to-sign-out-of-your-microsoft-account-on-all-devices/ (third-party, citing Microsoft: “Advanced security options” → “Sign out everywhere” → “Sign out”; within 24 hours, Xbox excepted)',
  netflixBusinessInsider:
    'https://www.inferse.com/70424/how-to-log-out-of-netflix-from-all-devices-at-once-business-insider/ (Business Insider copy: Account → Settings → “Sign out of all devices” → “Sign Out”; up to eight hours; then sign in again)',
  netflixTechies:
    'https://www.techiesdiary.com/how-to/sign-out-of-all-your-netflix-connected-devices (third-party: Account → “Sign out of all devices” → confirm “Sign out”)',
  netflixSony:
    'https://www.sony.com/electronics/support/home-theater-sound-bars-home-theater-systems/sa-ve812ed/articles/00011025 (Sony support: Your Account → “Sign out of all devices”)',
  linkedinRicks:
    'https://www.ricksdailytips.com/remotely-log-out-of-linkedin-with-all-devices/ (third-party: “Settings & Privacy” → “Sign in & security” → “Where you’re signed in” → “End these sessions”)',
  linkedinOldPath:
    'http://elaynewhitfield.com/category/linkedin/ (third-party, older: linkedin.com/settings/sessions; sign out one by one or everywhere)',
  xTinygrab:
    'https://tinygrab.com/how-to-sign-out-of-twitter-on-all-devices/ (third-party: Settings and privacy → Security and account access → Apps and sessions → Sessions → “Log out of all other sessions”, the current one stays)',
  xLaptopmag:
    'https://www.laptopmag.com/how-to/log-all-devices-out-twitter-account (third-party: Sessions → “Log out of all the sessions” → “Log out” to confirm)',
  spotifyHelp:
    'https://support.spotify.com/ee-en/article/how-to-log-out/ (Spotify’s help: account page → “Security and privacy” → “Sign out everywhere” → “Sign out everywhere”; all devices and web pages; partner devices excepted)',
  dropboxCheckup:
    'https://help.dropbox.com/security/security-checkup (Dropbox help: “Review devices and web browsers”, click the X beside a session, you are then logged out there)',
  dropboxSettings:
    'https://help.dropbox.com/security/unknown-device-linked (Dropbox help: avatar → Settings → Security lists devices and web sessions)',
  dropboxConfirm:
    'https://ihaveapc.com/2021/06/how-to-keep-your-dropbox-account-secure (third-party: the X beside a session, confirm with “Sign out”)',
  githubDocs:
    'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/viewing-and-managing-your-sessions (GitHub docs: Settings → Sessions → a web session → “Revoke session”)',
} as const;
