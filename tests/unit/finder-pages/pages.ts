/**
 * Signed-in pages written in the shapes the outside review met on real sites (issue #11 §8), as the finder sees
 * them: our own markup, modelled on how such pages are built, not copied from any.
 */

/** A blog's profile page in the admin area: the sign-out sits in the admin bar's account menu, hidden until hovered;
 * the page itself offers "Log Out Everywhere Else" (ends the *other* sessions) and the profile form's submit. */
export const PROFILE_PAGE = `
<div id="admin-bar" role="navigation">
  <ul class="top-secondary">
    <li id="admin-bar-my-account" class="menupop with-avatar">
      <a class="ab-item" aria-haspopup="true" href="/admin/profile.php">Howdy, <span class="display-name">jan</span><img class="avatar" alt="" src="a.png"></a>
      <div class="ab-sub-wrapper" style="display:none"><ul>
        <li><a href="/admin/profile.php">Edit Profile</a></li>
        <li id="admin-bar-logout"><a class="ab-item" href="/login.php?action=logout&amp;_nonce=3f2a">Log Out</a></li>
      </ul></div>
    </li>
  </ul>
</div>
<div class="wrap">
  <h1>Profile</h1>
  <form id="your-profile" action="/admin/profile.php" method="post">
    <input type="hidden" name="_nonce" value="3f2a">
    <h2>Account Management</h2>
    <label for="pass1">New Password</label> <button type="button" class="button">Set New Password</button>
    <h3>Sessions</h3>
    <button type="button" class="button" id="destroy-sessions">Log Out Everywhere Else</button>
    <p class="description">Did you lose your phone or leave your account logged in at a public computer? You can log out everywhere else, and stay logged in here.</p>
    <p class="submit"><input type="submit" name="submit" id="submit" class="button button-primary" value="Update Profile"></p>
  </form>
</div>`;

/** Account settings with only "other sessions" controls in view: nothing there signs out this session. */
export const SESSIONS_PAGE = `
<header><a href="/">Home</a></header>
<main>
  <h2>Where you're signed in</h2>
  <form method="post" action="/settings/sessions/revoke-others"><button>Sign out all other sessions</button></form>
  <a href="/settings/sessions/others/logout">Log out of other devices</a>
  <button type="button">Wyloguj ze wszystkich pozostałych sesji</button>
  <button type="button">Überall sonst abmelden</button>
</main>`;

/** A header whose sign-out is disabled while the page loads, beside an enabled one further down. */
export const DISABLED_PAGE = `
<header>
  <button type="button" id="disabled-button" disabled>Sign out</button>
  <a href="/logout" id="aria-disabled" aria-disabled="true">Log out</a>
  <form action="/logout" method="post"><fieldset disabled><button id="fieldset-button">Wyloguj się</button></fieldset></form>
</header>`;

/** A shop header with three language pickers and the real account menu. */
export const LANGUAGE_PICKERS_PAGE = `
<header>
  <a href="/">Sklep</a>
  <button type="button" aria-haspopup="listbox" aria-expanded="false" id="lang-plain">Polski</button>
  <button type="button" aria-haspopup="true" aria-expanded="false" id="lang-code"><img src="flag-gb.svg" alt=""> EN</button>
  <button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="locales" id="lang-menu">Wersja</button>
  <ul id="locales" hidden><li><a hreflang="en" href="/en/">English</a></li><li><a hreflang="de" href="/de/">Deutsch</a></li></ul>
  <details class="site-switch"><summary id="lang-details">Kraj</summary><ul><li><a hreflang="cs" href="https://example.cz/">Česko</a></li></ul></details>
  <button type="button" aria-haspopup="menu" aria-expanded="false" id="user-menu" class="user-menu"><img class="avatar" alt=""> Jan</button>
  <div role="menu" id="user-menu-items" hidden><a href="/wyloguj" role="menuitem">Wyloguj się</a></div>
</header>`;
