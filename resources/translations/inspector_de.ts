<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Sign in to apaleo and see your account, its properties, the scopes this app was granted and the access token&apos;s details.&lt;/p&gt;&lt;p&gt;Your refresh token is kept in the system keyring; nothing secret is written to disk.&lt;/p&gt;&lt;p&gt;Qt {qt} · Qt for Python {pyside} (LGPL v3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>{first} or {second}</source>
        <extracomment>OpenID Connect scopes: about the sign-in itself, never about apaleo&apos;s data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo does not allow this app to {what}. This app&apos;s permissions are set in its registration in apaleo (it needs {needed}), and the hotel chooses which properties it may see when it connects the app. Ask your apaleo account admin to change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app may not {what}: it was not granted {needed}. Add it to the profile&apos;s scopes (Settings) and sign in again; the app&apos;s registration in apaleo must allow it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted: {scopes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app asked for {asked} scopes and was granted {granted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted without being asked for: {scopes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Starting the demo sandbox…</source>
        <extracomment>How long a silent sign-in may take before the sign-in window appears to say what is going on. The address that ends apaleo&apos;s browser session, from the last sign-out (tests read it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called &apos;{profile}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for a saved sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing you out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser is signing out of apaleo too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next sign-in asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Select a property&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Unit and unit-group counts (or why not), which may arrive before the details.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a property to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Property details&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank account in apaleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{local} (UTC {utc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields were missing or unreadable in apaleo&apos;s answer: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the full IBAN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>API address</source>
        <extracomment>Answers bigger than this are refused rather than read into memory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity server address</source>
        <extracomment>apaleo&apos;s identity API (the account&apos;s users) lives on the identity host.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent an answer too large to read.</source>
        <extracomment>Told of every wait (seconds, reason), from the worker thread: a window shows &quot;apaleo&apos;s rate limit: continuing in 12 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo ({endpoint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo did not accept the app&apos;s sign-in for {endpoint}. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo kept failing to answer {endpoint} (HTTP {status}). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint}: not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo refused {endpoint} (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent an answer that is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent an answer of the wrong shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent no valid count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent no list of properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} never reached its last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent no list of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}
apaleo said: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo does not allow this app {endpoint} (it needs {scopes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent a {what} that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint} sent a {what} without a valid &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server&apos;s discovery document has no valid &apos;{key}&apos;.</source>
        <extracomment>Discovery is the first request of a sign-in: two tries, so an unreachable server is reported within about one request timeout, not after a whole retry ladder. RFC 9207: the server puts ``iss`` on its authorization responses, so the client must check it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo&apos;s sign-in service</source>
        <extracomment>Desktop clocks drift: a sign-in still works with this computer&apos;s clock this far off. Below this, a clock difference is not worth mentioning.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server at {base} redirected its discovery document elsewhere (HTTP {status_code}). The app does not follow it, since sign-in secrets must only go to the configured server. Check the identity server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server at {base} says it is &apos;{issuer}&apos;. The app stops here, since tokens must only go to the server they came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server does not support PKCE with S256; the app needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the request in the browser, so the app was not given access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo did not accept this app&apos;s client id or secret. Check the profile&apos;s client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it was revoked, expired, or your access changed). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo rejected the sign-in request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo does not allow one of the requested scopes for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app&apos;s client is not allowed to sign in this way. Check the profile&apos;s sign-in mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo does not support this kind of sign-in for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo had an internal error during sign-in. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo&apos;s sign-in service is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo needs you to approve the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo needs you to sign in again in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent an answer the app could not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered without an access token, so the sign-in did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo refused the sign-in ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}
{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}
apaleo said: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} on this computer is in use by another program, so the app cannot receive apaleo&apos;s answer. Close the program using port {port} (or another running copy of this app), or set a different redirect port in the profile (it must match the redirect URI registered with apaleo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server&apos;s signing keys could not be loaded (HTTP {status_code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server&apos;s signing keys could not be loaded ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token was signed with a key the identity server does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date and time to update automatically in the system settings, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} min behind apaleo&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} min ahead of apaleo&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date, time and time zone are right, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token&apos;s &apos;{name}&apos; is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer has already expired. {clock_words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer is dated in the future. {clock_words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server sent an id_token that is not a valid JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token is not signed with RS256, so the app does not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token was issued for another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token was issued by another identity server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token is not valid ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token does not belong to this sign-in (nonce mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in names a different user or server than the first one (&apos;{name}&apos; changed), so the app does not trust it. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not listen on port {port} on this computer ({strerror}).</source>
        <extracomment>Seconds a connection may take to send its request; a slow client cannot hold a thread longer. How long the browser&apos;s page waits for the code exchange and id_token checks to finish. Windows: WSAEACCES (a port in a Hyper-V/WinNAT excluded range, or held exclusively) and WSAEADDRINUSE.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came back from the browser within {minutes} min. Start the sign-in again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to apaleo Inspector for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the browser&apos;s redirect is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link is not current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in the app is waiting for. Return to apaleo Inspector and start the sign-in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already finished. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of apaleo in this browser, and apaleo Inspector has forgotten your sign-in. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer in the browser did not come from the expected apaleo identity server, so the app ignored it. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo Inspector is still completing the sign-in. Return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for profile &apos;{name}&apos;. Enter it in Settings (it is kept in the system keyring).</source>
        <extracomment>OAuth errors on a refresh that mean the refresh token is finished (RFC 6749 §5.2; apaleo may answer ``invalid_request`` after a client&apos;s permissions changed). Any other OAuth error with status 400 counts too, but not ``invalid_client``: then the secret is wrong, not the token. How long a refresh waits for another copy of the app that is refreshing the same profile. What :meth:`restore` put in place of tokens until the first refresh. When this run last stored a refresh token (None: kept from an earlier start, or none). How often apaleo replaced the refresh token (rotation) since this run signed in. Open sign-in attempts, each with the cancel event of the call that began it. The page the browser returns to after sign-out (made at the first sign-out). Ask for the password at the next sign-in (set by sign-out, so the next person at a shared PC does not inherit this browser session).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of apaleo Inspector is renewing this sign-in and has not finished. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses client credentials; it signs in without a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer had no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out, so this sign-in was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out, so this sign-in was not renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user details could not be loaded (HTTP {status_code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity server&apos;s user details were not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo offers no way to revoke the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out in this app, but the saved sign-in could not be deleted ({problem}): it is still in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{local}, though apaleo has withdrawn it, so it can no longer be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{local}, and apaleo could not be told to withdraw it ({revoke_problem}). Remove the entry &apos;apaleo-inspector&apos; from the system keyring, or ask an admin to revoke the app&apos;s access in apaleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out, and apaleo has withdrawn this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out on this computer, but apaleo could not be told to withdraw the sign-in ({revoke_problem}). It expires on its own; an admin can also revoke it in apaleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent the request elsewhere (HTTP {status}). The app does not follow such redirects, since they would carry the app&apos;s secret to another address. Check the identity server address in the profile.</source>
        <extracomment>The server&apos;s ``Date`` header as epoch seconds, when it sent one (tells how far off our clock is).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} answered with an error (HTTP {status}). Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that is not a token response (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} &apos;{url}&apos; is not a valid http(s) address.</source>
        <extracomment>apaleo matches redirect URIs exactly, so the listener port is fixed unless a profile says 0. Added to the profile&apos;s scopes for authorization-code sign-in unless ``add_default_scopes`` is off. Read-only, and as few as cover every view: asking for a scope the app&apos;s registration lacks fails the whole sign-in (``invalid_scope``). setup.read covers units and unit groups.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} &apos;{url}&apos; must use https:// (plain http is allowed only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <extracomment>0 asks the OS for a free port (only where the server accepts any loopback port). &quot;127.0.0.1&quot; (RFC 8252&apos;s advice) or &quot;localhost&quot; for servers that register only that name. apaleo documents body fields; HTTP Basic also works. &quot;none&quot; for a public PKCE client. The account whose refresh token to look for at start (not secret: an account code). Send ``prompt=consent``: some servers issue a refresh token only with explicit consent. Send ``prompt=login`` at the next sign-in: set at sign-out, so the next person at a shared PC must enter a password even if the browser still has the previous admin&apos;s session. Demo profiles point at the in-process sandbox and are never written to disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; has no client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port {redirect_port} is not a valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost, not &apos;{redirect_host}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sign-in mode &apos;{mode}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client authentication &apos;{client_auth}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo has no public clients: every apaleo app has a client secret. Choose &apos;secret in the request body&apos; and enter the secret from the app&apos;s registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in timeout must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file {path} could not be read ({kind}). Fix or remove it, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to apaleo could not be verified as secure</source>
        <extracomment>apaleo&apos;s ``apaleo-tracking-id``: its support asks for it. Whether trying again may help (offer Retry). The first matching kind wins: subclasses before the kinds they refine (TLS before network, each API error before ApiError itself).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo does not allow this app to see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo is busy and asked the app to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo had a problem answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo sent an answer the app could not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo no longer has this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo rejected the app&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo did not renew the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not {what}. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not {what}: something unexpected went wrong ({kind}). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo support reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {what} was not trusted: its certificate could not be verified against this computer&apos;s trusted certificates. If your network inspects encrypted traffic (a company proxy or firewall), its certificate must be installed in the system&apos;s certificate store; otherwise ask your IT team to check the network.</source>
        <extracomment>(connect, read) seconds: a dead network fails fast, a slow page of 10,000 properties does not. Where Linux distributions keep their CA bundle (the places truststore itself looks).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to {what} could not be set up (a TLS error). A proxy or firewall on your network may be interfering; ask your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server configured on this computer did not pass the request to {what} on. Check the proxy settings, or ask your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be reached in time. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} did not answer in time. This is a network or server delay; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be reached. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to {what} failed ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>&amp;All %Ln properties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln properties matching the &amp;filter &apos;{text}&apos;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} properties {date}.{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the properties matching the &amp;filter (no filter is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {properties} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Loading your account…</source>
        <extracomment>The account&apos;s code (the export names its file after it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in could not be renewed yet. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No system keyring was found on this computer.</source>
        <extracomment>One keyring call at a time in this process: Secret Service items can vanish between a search and a read when another thread deletes them. Backends raise their own exception types (secretstorage, jeepney, win32) besides keyring&apos;s. Windows Credential Manager keeps at most 2,560 bytes per entry, and keyring stores the value as UTF-16 there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured keyring ({name}) stores secrets in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is locked; unlock it (or sign in to your desktop session) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not running or could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no system keyring on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reported an error ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not {action}: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Your sign-in is kept only while the app runs, and you will be asked to sign in again next time.</source>
        <extracomment>Memory only by design (the demo), not because a keyring failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} Your sign-in is kept only while the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save your sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete your saved sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>renew the access token</source>
        <extracomment>Tabs built when first shown (or asked for): nothing the first paint does not need. The export dialog while it is open. The parts built so far; the other tabs are built when first shown (or asked for).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>When the properties were last loaded in full (&quot;Updated 10:42&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up a new connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details for apaleo&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <extracomment>The Copy button of the support reference (made with each reference&apos;s row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy apaleo&apos;s support reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message numerus="yes">
        <source>Loaded %Ln properties.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name or city  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading properties…</source>
        <extracomment>Whether pages are still coming.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties could not be loaded: {headline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} The rows shown are from the last complete load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no properties yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a property to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading property details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading counts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details could not be loaded. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see unit groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be loaded. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Confirm who you are when you sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your name and user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full administrative access to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View and change the account&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the accounts you have access to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See properties, units and unit groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change properties, units and unit groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See units (rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create units (rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change units (rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete units (rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See unit groups (room types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create unit groups (room types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit groups (room types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit groups (room types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the users of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite, change and remove users of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission this app does not know ({scope})</source>
        <extracomment>The scopes each endpoint the app calls needs (any one of them), from apaleo&apos;s swagger ``security``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is checked (a signed id_token) and apaleo&apos;s browser session can be ended at sign-out.</source>
        <extracomment>What each scope shows in this app, and what stays hidden without it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot check who signed in, and sign-out leaves the browser signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and e-mail address in the window&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header shows your user id instead of your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next start signs in without the browser, and the access token is renewed in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign in in the browser at every start and whenever the access token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and unit-group counts in the property details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and unit-group counts say &apos;Not available&apos; (unless units.read / unitgroups.read are granted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit count in the property details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit count says &apos;Not available&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit-group count in the property details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit-group count says &apos;Not available&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Users tab: who has access to the account, with their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Users tab stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Users tab (the app never changes users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Users tab stays empty unless identity:account-users.read is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more here: the account&apos;s name and type are readable without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the app reads the account without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: this app only reads. It can be removed from the profile&apos;s scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <extracomment>Scopes the inspector uses; a scope client whose profile lacks one gets &quot;Edit connection&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit co&amp;nnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this app may see is set in its registration in apaleo and by the hotel when it connects the app: ask your apaleo account admin to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope that was not granted may come with a new sign-in where you agree to it; if apaleo still refuses it, the app&apos;s registration in apaleo does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile does not ask for {scopes}: add it in the connection&apos;s settings to see what it unlocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The client secret is stored in {keyring}.</source>
        <extracomment>Scope presets a hotel admin can pick without knowing OAuth. Honest names, and nothing that writes: the app only reads. Properties and the account need no scope at all; each preset adds only what a view needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings — connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a user (browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App only: client credentials (simple client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in the request body (apaleo&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret as HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret (public client: not supported by apaleo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost (if the app is registered with that name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for consent at e&amp;very sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends prompt=consent. Some identity servers issue the refresh token that keeps you signed in across restarts only when you agree explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentity server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client a&amp;uthentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect p&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wser wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the app waits for you to finish signing in</source>
        <extracomment>The widgets that mean something only for a sign-in in the browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pro&amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Asks the admin a yes/no question (title, text); a QMessageBox.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: a custom app connects without a browser sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the client secret apaleo showed (kept in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the one in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: enter the client secret apaleo showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Storing the client secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, without a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>&amp;A person signs in (connect client, recommended)</source>
        <extracomment>apaleo&apos;s menu path separator, as its UI shows it (a single right-pointing angle quote).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each admin signs in with their own apaleo user in the browser; the app sees what that user may see. Register it in apaleo under Apps {sep} My store apps as a connect client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app &amp;connects by itself (custom app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app connects with its own client id and secret, with no person signed in; it sees what the app was granted for the whole account. Add it in apaleo under Apps {sep} Connected apps as a custom app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Sign in to apaleo and open Apps {sep} My store apps.
2. Register a new connect client (type: connect).
3. Add the redirect URI below exactly as shown.
4. Allow the scopes openid, profile, offline_access, setup.read and identity:account-users.read (all read-only).
5. Copy the client id and the client secret apaleo shows you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Sign in to apaleo and open Apps {sep} Connected apps.
2. Add a custom app, and give it the read-only scopes setup.read and identity:account-users.read.
3. Copy the client id and the client secret apaleo shows you. No redirect URI is needed: nobody signs in in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of apaleo app is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo has two kinds of app. Ask your apaleo admin if unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the app in apaleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the redirect URIs of the app in apaleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s client id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As apaleo showed them when you registered the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My apaleo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (only for a test system other than apaleo&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentity server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test asks apaleo for real. For a connect client it opens your browser to sign in; that sign-in is kept, so finishing takes you straight to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet. You can finish without testing, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo&apos;s sign-in service answered ({issuer}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to apaleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile called &apos;{name}&apos;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking apaleo&apos;s sign-in service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo accepted the client id and secret and granted: {granted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address below in your browser and sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in to apaleo account {value}: the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed. {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Opening your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo Inspector is now signed in to your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>{message}
(apaleo support reference: {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your apaleo account to see your properties, what this app may do, and your sign-in&apos;s details. Your password is entered in your browser, never here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided setup for your apaleo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with apaleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the saved sign-in again, without the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection yet. Set one up for your apaleo account (a guided setup), or start the app with --demo to try it on a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to apaleo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to sign in: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opened apaleo&apos;s sign-in page. If you do not see it, open it again or copy this address into a browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied. Paste it into your browser to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>apaleo&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apaleo answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}: continuing in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or unreadable in apaleo&apos;s answer: {fields}</source>
        <extracomment>Lower-cased &quot;code name city&quot; per row: the filter&apos;s haystack, computed once per row. Row of each property id (kept in step with the rows; rebuilt after a move). The ids a reload in place has seen so far (None: no reload under way).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for but not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted without being asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (account admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>&amp;Token</source>
        <extracomment>Seconds after Copy until the clipboard is emptied (if it still holds the token).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the token even while it is hidden; the clipboard is emptied after {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded access token (not verified: the API verifies it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token header as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token payload as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left of {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in {seconds} s unless you copy something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new access token was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the access token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, e-mail, property or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the account&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users could not be loaded: {headline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%Ln properties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln properties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have access to this account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apaleo replaced it %Ln times while the app has run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A simple client has no refresh token: the app asks for a new access token with the client secret whenever the old one expires.</source>
        <extracomment>Nothing to warn about: kept as intended (or a simple client, which needs no keeping).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>although the app asked for one (offline_access). apaleo may issue one only when you agree to it explicitly: turn on &apos;Ask for consent at every sign-in&apos; in the profile and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the profile does not ask for offline_access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in will not be kept: apaleo issued no refresh token, {asked} You will have to sign in again when the access token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring ({keyring}): the next start signs in without the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only: the demo keeps nothing once it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only, for as long as the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing your saved sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (not in apaleo&apos;s answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {code} · {kind} · profile {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as the app itself (client {client}), no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expired — renewing it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token valid for {time} · renewed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Your sign-in has ended: sign in again to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Access token valid for {time} — then you need to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token valid for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading properties… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading properties… {done} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No property matches &apos;{text}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users were listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{local} local · {utc} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (the access token is opaque)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no openid scope, or the server sent none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified (signature, issuer, audience, expiry, nonce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is opaque: it has no readable header or payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at an earlier start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replaced while the app has run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
