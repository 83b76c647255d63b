<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Sign in to apaleo and see your account, its properties, the scopes this app was granted and the access token&apos;s details.&lt;/p&gt;&lt;p&gt;Your refresh token is kept in the system keyring; nothing secret is written to disk.&lt;/p&gt;&lt;p&gt;Qt {qt} · Qt for Python {pyside} (LGPL v3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Melden Sie sich bei apaleo an und sehen Sie Ihr Konto, seine Unterkünfte, die Berechtigungen dieser App und die Angaben zum Zugriffstoken.&lt;/p&gt;&lt;p&gt;Ihr Aktualisierungstoken liegt im Schlüsselbund des Systems; nichts Geheimes wird auf die Festplatte geschrieben.&lt;/p&gt;&lt;p&gt;Qt {qt} · Qt for Python {pyside} (LGPL v3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>a permission</source>
        <translation>eine Berechtigung</translation>
    </message>
    <message>
        <source>apaleo does not allow this app to {what}. This app&apos;s permissions are set in its registration in apaleo (it needs {needed}), and the hotel chooses which properties it may see when it connects the app. Ask your apaleo account admin to change that.</source>
        <translation>apaleo erlaubt dieser App das {what} nicht. Die Rechte dieser App sind in ihrer Registrierung bei apaleo festgelegt (sie braucht {needed}), und das Hotel wählt beim Verbinden der App, welche Unterkünfte sie sehen darf. Bitten Sie den Administrator Ihres apaleo-Kontos, das zu ändern.</translation>
    </message>
    <message>
        <source>The app may not {what}: it was not granted {needed}. Add it to the profile&apos;s scopes (Settings) and sign in again; the app&apos;s registration in apaleo must allow it too.</source>
        <translation>Die App darf das {what} nicht: {needed} wurde ihr nicht gewährt. Nehmen Sie die Berechtigung in die Scopes des Profils auf (Einstellungen) und melden Sie sich erneut an; die Registrierung der App bei apaleo muss sie ebenfalls erlauben.</translation>
    </message>
    <message>
        <source>Not granted: {scopes}.</source>
        <translation>Nicht gewährt: {scopes}.</translation>
    </message>
    <message>
        <source>The app asked for {asked} scopes and was granted {granted}.</source>
        <translation>Die App hat {asked} Berechtigungen angefragt und {granted} erhalten.</translation>
    </message>
    <message>
        <source>Granted without being asked for: {scopes}.</source>
        <translation>Gewährt, ohne angefragt zu sein: {scopes}.</translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation>Angemeldet als {who}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Die Demo-Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>There is no profile called &apos;{profile}&apos;.</source>
        <translation>Es gibt kein Profil namens „{profile}“.</translation>
    </message>
    <message>
        <source>Checking for a saved sign-in…</source>
        <translation>Gespeicherte Anmeldung wird gesucht …</translation>
    </message>
    <message>
        <source>Signing you out…</source>
        <translation>Sie werden abgemeldet …</translation>
    </message>
    <message>
        <source>Your browser is signing out of apaleo too.</source>
        <translation>Ihr Browser meldet Sie auch bei apaleo ab.</translation>
    </message>
    <message>
        <source>The next sign-in asks for a password.</source>
        <translation>Bei der nächsten Anmeldung wird nach dem Passwort gefragt.</translation>
    </message>
    <message>
        <source>The app could not restart itself. Please start it again.</source>
        <translation>Die App konnte sich nicht selbst neu starten. Bitte starten Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Managing directors</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <source>Commercial register</source>
        <translation>Handelsregister</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Unit groups</source>
        <translation>Einheitengruppen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Select a property&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Wählen Sie eine Unterkunft&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Language of texts</source>
        <translation>Sprache der Texte</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the full IBAN</source>
        <translation>Vollständige IBAN anzeigen</translation>
    </message>
    <message>
        <source>Select a property to see its details.</source>
        <translation>Wählen Sie eine Unterkunft, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Property details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Details der Unterkunft&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Reload &amp;details</source>
        <translation>Details &amp;neu laden</translation>
    </message>
    <message>
        <source>No bank account in apaleo</source>
        <translation>Kein Bankkonto in apaleo</translation>
    </message>
    <message>
        <source>{local} (UTC {utc})</source>
        <translation>{local} (UTC {utc})</translation>
    </message>
    <message>
        <source>Some fields were missing or unreadable in apaleo&apos;s answer: {fields}</source>
        <translation>Einige Felder fehlten in der Antwort von apaleo oder waren unlesbar: {fields}</translation>
    </message>
    <message>
        <source>{local} your time · {there} at the property ({zone})</source>
        <translation>{local} Ihre Zeit · {there} in der Unterkunft ({zone})</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the full IBAN</source>
        <translation>Vollständige IBAN verbergen</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Only apaleo answers this: the identity server is another OpenID provider.</source>
        <translation>Das beantwortet nur apaleo: Der Identitätsserver ist ein anderer OpenID-Anbieter.</translation>
    </message>
    <message>
        <source>Sign in in the window (the doctor never opens a browser).</source>
        <translation>Melden Sie sich im Fenster an (die Prüfung öffnet nie einen Browser).</translation>
    </message>
    <message>
        <source>introspection endpoint</source>
        <translation>Introspection-Endpunkt</translation>
    </message>
    <message>
        <source>A custom app keeps no sign-in: each start gets a token with the client id and secret (the client check was issued one, kept in memory only).</source>
        <translation>Eine eigene App behält keine Anmeldung: Jeder Start holt ein Token mit Client-ID und Secret (die Client-Prüfung hat eines erhalten, nur im Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>The access token is valid for {minutes} more minutes.</source>
        <translation>Das Zugriffstoken gilt noch {minutes} Minuten.</translation>
    </message>
    <message>
        <source>The access token has expired: the app renews it at its next start (the doctor does not, since that would replace the kept token).</source>
        <translation>Das Zugriffstoken ist abgelaufen: Die App erneuert es beim nächsten Start (die Prüfung nicht, denn das würde das gespeicherte Token ersetzen).</translation>
    </message>
    <message>
        <source>Signed in without a refresh token: when the access token expires, you sign in in the browser again. {access}</source>
        <translation>Ohne Refresh-Token angemeldet: Wenn das Zugriffstoken abläuft, melden Sie sich erneut im Browser an. {access}</translation>
    </message>
    <message>
        <source>Ask for offline_access in the profile&apos;s scopes (and allow it for the app in apaleo), then sign in again.</source>
        <translation>Fragen Sie in den Scopes des Profils nach offline_access (und erlauben Sie es der App in apaleo) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>A sign-in is kept in {keyring}. {access} Whether the server would renew it now was not asked: it does not tell a client about its tokens, and a renewal would replace the kept one.</source>
        <translation>Eine Anmeldung ist in {keyring} gespeichert. {access} Ob der Server sie jetzt erneuern würde, wurde nicht gefragt: Er gibt einem Client keine Auskunft über dessen Tokens, und eine Erneuerung würde das gespeicherte ersetzen.</translation>
    </message>
    <message>
        <source>The sign-in kept in {keyring} is active: the server would renew it now (asked without using it). {access}</source>
        <translation>Die in {keyring} gespeicherte Anmeldung ist aktiv: Der Server würde sie jetzt erneuern (gefragt, ohne sie zu verbrauchen). {access}</translation>
    </message>
    <message>
        <source>Unit counts</source>
        <translation>Anzahl der Einheiten</translation>
    </message>
    <message>
        <source>the property details say &apos;Not available&apos; for units</source>
        <translation>die Hausdetails zeigen bei Einheiten „Nicht verfügbar“</translation>
    </message>
    <message>
        <source>Unit-group counts</source>
        <translation>Anzahl der Einheitengruppen</translation>
    </message>
    <message>
        <source>the property details say &apos;Not available&apos; for unit groups</source>
        <translation>die Hausdetails zeigen bei Einheitengruppen „Nicht verfügbar“</translation>
    </message>
    <message>
        <source>Users tab</source>
        <translation>Reiter Benutzer</translation>
    </message>
    <message>
        <source>the Users tab stays empty</source>
        <translation>der Reiter Benutzer bleibt leer</translation>
    </message>
    <message>
        <source>No sign-in is saved for this profile yet ({keyring}).</source>
        <translation>Für dieses Profil ist noch keine Anmeldung gespeichert ({keyring}).</translation>
    </message>
    <message>
        <source>Needs a valid access token, and there is none (see the saved sign-in).</source>
        <translation>Braucht ein gültiges Zugriffstoken, und es gibt keines (siehe gespeicherte Anmeldung).</translation>
    </message>
    <message>
        <source>apaleo&apos;s API answered: account {code}, &apos;{name}&apos; ({kind}).</source>
        <translation>apaleos API hat geantwortet: Konto {code}, „{name}“ ({kind}).</translation>
    </message>
    <message>
        <source>apaleo did not say how much of its rate limit is left.</source>
        <translation>apaleo hat nicht gesagt, wie viel vom Anfragelimit übrig ist.</translation>
    </message>
    <message>
        <source>{remaining} of about {budget} requests left in this window.</source>
        <translation>{remaining} von etwa {budget} Anfragen in diesem Zeitfenster übrig.</translation>
    </message>
    <message>
        <source>apaleo&apos;s rate limit is spent: {words} It resets at {reset}.</source>
        <translation>apaleos Anfragelimit ist aufgebraucht: {words} Es wird um {reset} zurückgesetzt.</translation>
    </message>
    <message>
        <source>apaleo&apos;s rate limit is nearly spent: {words}</source>
        <translation>apaleos Anfragelimit ist fast aufgebraucht: {words}</translation>
    </message>
    <message>
        <source>{what}: {hidden} (needs {scope}).</source>
        <translation>{what}: {hidden} (braucht {scope}).</translation>
    </message>
    <message>
        <source>Asked for but not granted: {scopes}.</source>
        <translation>Angefragt, aber nicht erteilt: {scopes}.</translation>
    </message>
    <message>
        <source>In apaleo ▸ Apps, give this app the permissions it lacks; then sign in again.</source>
        <translation>Geben Sie der App in apaleo ▸ Apps die fehlenden Berechtigungen; melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <source>Add the missing scopes to the profile in Settings (and to the app&apos;s registration in apaleo), then sign in again.</source>
        <translation>Ergänzen Sie die fehlenden Scopes im Profil in den Einstellungen (und in der Registrierung der App bei apaleo) und melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Every tab has what it needs ({count} {kind} granted).</source>
        <translation>Jeder Reiter hat, was er braucht ({count} {kind} erteilt).</translation>
    </message>
    <message>
        <source>Not asked: the sign-in lacks {scope}, so the Users tab stays empty.</source>
        <translation>Nicht abgefragt: Der Anmeldung fehlt {scope}, daher bleibt der Reiter Benutzer leer.</translation>
    </message>
    <message>
        <source>Add {scope} to the profile&apos;s scopes, then sign in again.</source>
        <translation>Ergänzen Sie {scope} in den Scopes des Profils und melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <source>The users API answered: {count} users.</source>
        <translation>Die Benutzer-API hat geantwortet: {count} Benutzer.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>Uhr dieses Computers</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Discovery-Dokument</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Client id and secret</source>
        <translation>Client-ID und Secret</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Saved sign-in</source>
        <translation>Gespeicherte Anmeldung</translation>
    </message>
    <message>
        <source>apaleo API</source>
        <translation>apaleo-API</translation>
    </message>
    <message>
        <source>Scopes for each tab</source>
        <translation>Scopes für jeden Reiter</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source>Users API</source>
        <translation>Benutzer-API</translation>
    </message>
    <message>
        <source>Open Settings and correct the profile.</source>
        <translation>Öffnen Sie die Einstellungen und korrigieren Sie das Profil.</translation>
    </message>
    <message>
        <source>identity server address</source>
        <translation>Adresse des Identitätsservers</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>The profile has no client id.</source>
        <translation>Das Profil hat keine Client-ID.</translation>
    </message>
    <message>
        <source>a custom app (client credentials, no user)</source>
        <translation>eine eigene App (Client-Credentials, ohne Benutzer)</translation>
    </message>
    <message>
        <source>a user signs in in the browser</source>
        <translation>ein Benutzer meldet sich im Browser an</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Client-Secret gespeichert.</translation>
    </message>
    <message>
        <source>Copy the client secret from apaleo ▸ Apps into Settings (it is kept in the system keyring).</source>
        <translation>Kopieren Sie das Client-Secret aus apaleo ▸ Apps in die Einstellungen (es wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <source>Identity server {identity}, API {api}, client &apos;{client}&apos;: {way}.</source>
        <translation>Identitätsserver {identity}, API {api}, Client „{client}“: {way}.</translation>
    </message>
    <message>
        <source>{detail} The profile sends no client secret, which apaleo needs.</source>
        <translation>{detail} Das Profil sendet kein Client-Secret, das apaleo aber braucht.</translation>
    </message>
    <message>
        <source>{detail} The redirect port is chosen at each sign-in, which works only where the server accepts any loopback port (apaleo matches redirect URIs exactly).</source>
        <translation>{detail} Der Weiterleitungs-Port wird bei jeder Anmeldung gewählt; das geht nur, wo der Server jeden Loopback-Port annimmt (apaleo vergleicht Weiterleitungs-URIs exakt).</translation>
    </message>
    <message>
        <source>Set the redirect port to the one registered with apaleo.</source>
        <translation>Stellen Sie den bei apaleo registrierten Weiterleitungs-Port ein.</translation>
    </message>
    <message>
        <source>The proxy set for {host} is not a valid address.</source>
        <translation>Der für {host} eingestellte Proxy ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Correct the proxy settings of this computer, or ask IT.</source>
        <translation>Korrigieren Sie die Proxy-Einstellungen dieses Computers oder fragen Sie die IT.</translation>
    </message>
    <message>
        <source>{host} through the proxy {proxy}</source>
        <translation>{host} über den Proxy {proxy}</translation>
    </message>
    <message>
        <source>{host} directly</source>
        <translation>{host} direkt</translation>
    </message>
    <message>
        <source>Requests to this computer (the sign-in&apos;s redirect) would go through a proxy.</source>
        <translation>Anfragen an diesen Computer (die Weiterleitung der Anmeldung) würden über einen Proxy gehen.</translation>
    </message>
    <message>
        <source>Add 127.0.0.1 and localhost to the proxy exceptions (NO_PROXY).</source>
        <translation>Nehmen Sie 127.0.0.1 und localhost in die Proxy-Ausnahmen auf (NO_PROXY).</translation>
    </message>
    <message>
        <source>from the environment (HTTPS_PROXY and others)</source>
        <translation>aus der Umgebung (HTTPS_PROXY und andere)</translation>
    </message>
    <message>
        <source>from the system settings</source>
        <translation>aus den Systemeinstellungen</translation>
    </message>
    <message>
        <source>{lines} (proxy {source}). This computer&apos;s own addresses bypass it.</source>
        <translation>{lines} (Proxy {source}). Die eigenen Adressen dieses Computers umgehen ihn.</translation>
    </message>
    <message>
        <source>A proxy is set ({proxies}, {source}), but {lines}: these addresses are on this computer or among the proxy&apos;s exceptions, so they bypass it.</source>
        <translation>Ein Proxy ist eingestellt ({proxies}, {source}), aber {lines}: Diese Adressen liegen auf diesem Computer oder unter den Ausnahmen des Proxys und umgehen ihn daher.</translation>
    </message>
    <message>
        <source>No proxy: {lines}.</source>
        <translation>Kein Proxy: {lines}.</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>Connection check of profile &apos;{name}&apos; ({identity})</source>
        <translation>Verbindungsprüfung des Profils „{name}“ ({identity})</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Lösung: {fix}</translation>
    </message>
    <message>
        <source>{ok} ok, {warn} warnings, {fail} failed, {skip} skipped ({seconds} s)</source>
        <translation>{ok} in Ordnung, {warn} Warnungen, {fail} fehlgeschlagen, {skip} übersprungen ({seconds} s)</translation>
    </message>
    <message>
        <source>Not checked: &apos;{need}&apos; must work first.</source>
        <translation>Nicht geprüft: Zuerst muss „{need}“ funktionieren.</translation>
    </message>
    <message>
        <source>The check itself failed unexpectedly ({kind}).</source>
        <translation>Die Prüfung selbst ist unerwartet fehlgeschlagen ({kind}).</translation>
    </message>
    <message>
        <source>the identity server</source>
        <translation>der Identitätsserver</translation>
    </message>
    <message>
        <source>The identity server does not know this redirect URI for this client: it must match a registered one exactly.</source>
        <translation>Der Identitätsserver kennt diese Weiterleitungs-URI für diesen Client nicht: Sie muss exakt einer registrierten entsprechen.</translation>
    </message>
    <message>
        <source>Register the redirect URI exactly as the profile shows it for this client at the identity server, or set the profile&apos;s redirect port and host to a registered one.</source>
        <translation>Registrieren Sie die Weiterleitungs-URI für diesen Client beim Identitätsserver genau so, wie das Profil sie zeigt, oder stellen Sie Port und Host des Profils auf registrierte Werte.</translation>
    </message>
    <message>
        <source>The identity server did not accept the client id and secret.</source>
        <translation>Der Identitätsserver hat Client-ID und Secret nicht angenommen.</translation>
    </message>
    <message>
        <source>Check the client id, and enter the client secret again in Settings.</source>
        <translation>Prüfen Sie die Client-ID und geben Sie das Client-Secret in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>The identity server does not allow a scope the profile asks for.</source>
        <translation>Der Identitätsserver erlaubt einen Scope nicht, nach dem das Profil fragt.</translation>
    </message>
    <message>
        <source>Remove the scope from the profile, or allow it for this client at the identity server.</source>
        <translation>Entfernen Sie den Scope aus dem Profil, oder erlauben Sie ihn für diesen Client beim Identitätsserver.</translation>
    </message>
    <message>
        <source>{detail} {cause}</source>
        <translation>{detail} {cause}</translation>
    </message>
    <message>
        <source>The servers sent no time (no Date header) to compare with.</source>
        <translation>Die Server haben keine Uhrzeit zum Vergleich gesendet (kein Date-Header).</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>hinter</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with {host} (within {seconds} s).</source>
        <translation>Die Uhr dieses Computers stimmt mit {host} überein (auf {seconds} s).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {seconds} s {direction} {host}&apos;s.</source>
        <translation>Die Uhr dieses Computers geht {seconds} s {direction} der von {host}.</translation>
    </message>
    <message>
        <source>Turn on &apos;Set time automatically&apos; in the system&apos;s date and time settings (or ask IT to fix the time server).</source>
        <translation>Schalten Sie in den Datums- und Uhrzeiteinstellungen des Systems „Uhrzeit automatisch einstellen“ ein (oder bitten Sie die IT, den Zeitserver zu reparieren).</translation>
    </message>
    <message>
        <source>{words} That is more than the {leeway} minutes sign-in tokens are allowed to differ by: signing in fails.</source>
        <translation>{words} Das ist mehr als die {leeway} Minuten, um die Anmelde-Tokens abweichen dürfen: Die Anmeldung schlägt fehl.</translation>
    </message>
    <message>
        <source>{words} Sign-in still works, but token times will look wrong.</source>
        <translation>{words} Die Anmeldung funktioniert noch, aber die Zeiten der Tokens wirken falsch.</translation>
    </message>
    <message>
        <source>The identity server sends its discovery document elsewhere (HTTP {status}); the app does not follow, since secrets must go only to the configured server.</source>
        <translation>Der Identitätsserver leitet sein Discovery-Dokument woandershin um (HTTP {status}); die App folgt nicht, denn Geheimnisse dürfen nur an den eingestellten Server gehen.</translation>
    </message>
    <message>
        <source>Check the identity server address in Settings.</source>
        <translation>Prüfen Sie die Adresse des Identitätsservers in den Einstellungen.</translation>
    </message>
    <message>
        <source>The identity server has no usable discovery document (HTTP {status}); the app uses apaleo&apos;s documented /connect addresses instead.</source>
        <translation>Der Identitätsserver hat kein brauchbares Discovery-Dokument (HTTP {status}); die App verwendet stattdessen apaleos dokumentierte /connect-Adressen.</translation>
    </message>
    <message>
        <source>The identity server is {issuer}.</source>
        <translation>Der Identitätsserver ist {issuer}.</translation>
    </message>
    <message>
        <source>PKCE with S256 is supported.</source>
        <translation>PKCE mit S256 wird unterstützt.</translation>
    </message>
    <message>
        <source>It does not say that it supports PKCE (S256).</source>
        <translation>Er gibt nicht an, PKCE (S256) zu unterstützen.</translation>
    </message>
    <message>
        <source>It names itself in every sign-in answer (RFC 9207).</source>
        <translation>Er nennt sich in jeder Anmeldeantwort (RFC 9207).</translation>
    </message>
    <message>
        <source>It does not name itself in sign-in answers (RFC 9207): the app relies on state alone.</source>
        <translation>Er nennt sich nicht in Anmeldeantworten (RFC 9207): Die App verlässt sich allein auf state.</translation>
    </message>
    <message>
        <source>The discovery document names no key set (jwks_uri).</source>
        <translation>Das Discovery-Dokument nennt keinen Schlüsselsatz (jwks_uri).</translation>
    </message>
    <message>
        <source>The signing keys could not be loaded (HTTP {status}).</source>
        <translation>Die Signaturschlüssel konnten nicht geladen werden (HTTP {status}).</translation>
    </message>
    <message>
        <source>The signing keys could not be read.</source>
        <translation>Die Signaturschlüssel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>None of the {count} signing keys is an RS256 key, which sign-in needs.</source>
        <translation>Keiner der {count} Signaturschlüssel ist ein RS256-Schlüssel, den die Anmeldung braucht.</translation>
    </message>
    <message>
        <source>Signing keys found: {count}, an RS256 key among them.</source>
        <translation>Gefundene Signaturschlüssel: {count}, darunter ein RS256-Schlüssel.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile, and none can be: {problem}</source>
        <translation>Für dieses Profil ist kein Client-Secret gespeichert, und es kann keines gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Start the app where a keyring is available (on Linux a Secret Service such as GNOME Keyring or KWallet, unlocked), then copy the client secret from apaleo ▸ Apps into Settings.</source>
        <translation>Starten Sie die App dort, wo ein Schlüsselbund verfügbar ist (unter Linux ein entsperrter Secret Service wie GNOME Keyring oder KWallet), und kopieren Sie dann das Client-Secret aus apaleo ▸ Apps in die Einstellungen.</translation>
    </message>
    <message>
        <source>The client id and secret were accepted: a token was issued (and not kept) for {count} scopes.</source>
        <translation>Client-ID und Secret wurden angenommen: Ein Token wurde für {count} Scopes ausgestellt (und nicht behalten).</translation>
    </message>
    <message>
        <source>The client id and secret were accepted (the server refused only the code the doctor made up, as it should).</source>
        <translation>Client-ID und Secret wurden angenommen (der Server hat nur den von der Prüfung erfundenen Code abgelehnt, wie es sein soll).</translation>
    </message>
    <message>
        <source>The server accepted a code the doctor made up: it does not check sign-in codes.</source>
        <translation>Der Server hat einen von der Prüfung erfundenen Code angenommen: Er prüft Anmeldecodes nicht.</translation>
    </message>
    <message>
        <source>Check that the identity server address is really apaleo&apos;s.</source>
        <translation>Prüfen Sie, ob die Adresse des Identitätsservers wirklich die von apaleo ist.</translation>
    </message>
    <message>
        <source>The identity server refused the sign-in request for {uri}.</source>
        <translation>Der Identitätsserver hat die Anmeldeanfrage für {uri} abgelehnt.</translation>
    </message>
    <message>
        <source>A custom app signs in without a browser: no redirect URI.</source>
        <translation>Eine eigene App meldet sich ohne Browser an: keine Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>{uri} is registered for this client.</source>
        <translation>{uri} ist für diesen Client registriert.</translation>
    </message>
    <message>
        <source>The identity server answered the sign-in request with &apos;{error}&apos;.</source>
        <translation>Der Identitätsserver hat die Anmeldeanfrage mit „{error}“ beantwortet.</translation>
    </message>
    <message>
        <source>{uri} is registered for this client: the server sends the browser on to its sign-in page.</source>
        <translation>{uri} ist für diesen Client registriert: Der Server schickt den Browser weiter zu seiner Anmeldeseite.</translation>
    </message>
    <message>
        <source>{uri} is registered for this client: the server shows its sign-in page.</source>
        <translation>{uri} ist für diesen Client registriert: Der Server zeigt seine Anmeldeseite.</translation>
    </message>
    <message>
        <source>this computer&apos;s trust store ({where})</source>
        <translation>dem Zertifikatspeicher dieses Computers ({where})</translation>
    </message>
    <message>
        <source>this computer&apos;s trust store</source>
        <translation>dem Zertifikatspeicher dieses Computers</translation>
    </message>
    <message>
        <source>an unknown authority</source>
        <translation>einer unbekannten Stelle</translation>
    </message>
    <message>
        <source>{host} presented a certificate issued by &apos;{issuer}&apos;, which this computer does not trust, so the connection was refused.</source>
        <translation>{host} hat ein Zertifikat von „{issuer}“ vorgelegt, dem dieser Computer nicht vertraut; die Verbindung wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>If your network inspects encrypted traffic (a company proxy or firewall), its root certificate (&apos;{root}&apos;) must be installed in the system&apos;s certificate store: ask your IT team. Otherwise the network may be tampering with the connection.</source>
        <translation>Wenn Ihr Netzwerk verschlüsselten Verkehr prüft (ein Firmen-Proxy oder eine Firewall), muss dessen Stammzertifikat („{root}“) im Zertifikatspeicher des Systems installiert sein: Fragen Sie Ihre IT. Andernfalls greift das Netzwerk womöglich in die Verbindung ein.</translation>
    </message>
    <message>
        <source>{host}: verified.</source>
        <translation>{host}: geprüft.</translation>
    </message>
    <message>
        <source>{host}: verified, issued by &apos;{issuer}&apos;, but the certificate expires in {days} days.</source>
        <translation>{host}: geprüft, ausgestellt von „{issuer}“, aber das Zertifikat läuft in {days} Tagen ab.</translation>
    </message>
    <message>
        <source>{host}: verified, issued by &apos;{issuer}&apos; (a public certificate authority).</source>
        <translation>{host}: geprüft, ausgestellt von „{issuer}“ (einer öffentlichen Zertifizierungsstelle).</translation>
    </message>
    <message>
        <source>{host}: the certificate was issued by &apos;{issuer}&apos;, not by a public certificate authority: this network inspects encrypted traffic (or the server uses a private authority). This computer trusts it because &apos;{root}&apos; is in {store}.</source>
        <translation>{host}: Das Zertifikat wurde von „{issuer}“ ausgestellt, nicht von einer öffentlichen Zertifizierungsstelle: Dieses Netzwerk prüft verschlüsselten Verkehr (oder der Server nutzt eine private Stelle). Dieser Computer vertraut ihm, weil „{root}“ in {store} liegt.</translation>
    </message>
    <message>
        <source>Nothing to do if your IT team set this up. If nobody did, ask them: whoever holds that root can read this app&apos;s traffic.</source>
        <translation>Nichts zu tun, wenn Ihre IT das eingerichtet hat. Wenn nicht, fragen Sie nach: Wer diese Stammstelle besitzt, kann den Verkehr dieser App lesen.</translation>
    </message>
    <message>
        <source>Both servers are on this computer (plain HTTP): no certificate to check.</source>
        <translation>Beide Server laufen auf diesem Computer (einfaches HTTP): kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Every link from this computer to apaleo for the profile &apos;{name}&apos;, checked one by one. Nothing is changed and no browser opens.</source>
        <translation>Jede Verbindungsstrecke von diesem Computer zu apaleo für das Profil „{name}“, eine nach der anderen geprüft. Nichts wird geändert, und kein Browser öffnet sich.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung ergab</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>The selected check</source>
        <translation>Die ausgewählte Prüfung</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Erledigte Prüfungen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>The results with the app&apos;s versions and its last calls, for apaleo&apos;s support (no password, token or secret)</source>
        <translation>Die Ergebnisse mit den Versionen der App und ihren letzten Aufrufen, für apaleos Support (kein Passwort, Token oder Secret)</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Was zu tun ist: {fix}</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked: the check was stopped.</source>
        <translation>Nicht geprüft: Die Prüfung wurde angehalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Every link works.</source>
        <translation>Jede Strecke funktioniert.</translation>
    </message>
    <message>
        <source>{words} ({seconds} s)</source>
        <translation>{words} ({seconds} s)</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) failed: see what to do in the red rows.</source>
        <translation>
            <numerusform>%n Strecke ist fehlgeschlagen: Was zu tun ist, steht in der roten Zeile.</numerusform>
            <numerusform>%n Strecken sind fehlgeschlagen: Was zu tun ist, steht in den roten Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection works, with %n warning(s).</source>
        <translation>
            <numerusform>Die Verbindung funktioniert, mit %n Warnung.</numerusform>
            <numerusform>Die Verbindung funktioniert, mit %n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>identity server address</source>
        <translation>Adresse des Identitätsservers</translation>
    </message>
    <message>
        <source>{endpoint} sent an answer too large to read.</source>
        <translation>{endpoint} hat eine zu große Antwort geschickt.</translation>
    </message>
    <message>
        <source>apaleo ({endpoint})</source>
        <translation>apaleo ({endpoint})</translation>
    </message>
    <message>
        <source>apaleo did not accept the app&apos;s sign-in for {endpoint}. Please sign in again.</source>
        <translation>apaleo hat die Anmeldung der App für {endpoint} nicht akzeptiert. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>apaleo kept failing to answer {endpoint} (HTTP {status}). Try again in a moment.</source>
        <translation>apaleo konnte {endpoint} wiederholt nicht beantworten (HTTP {status}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{endpoint}: not found.</source>
        <translation>{endpoint}: nicht gefunden.</translation>
    </message>
    <message>
        <source>apaleo refused {endpoint} (HTTP {status}).</source>
        <translation>apaleo hat {endpoint} abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>{endpoint} sent an answer that is not valid JSON.</source>
        <translation>{endpoint} hat eine Antwort geschickt, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>{endpoint} sent an answer of the wrong shape.</source>
        <translation>{endpoint} hat eine Antwort in falscher Form geschickt.</translation>
    </message>
    <message>
        <source>{endpoint} sent no valid count.</source>
        <translation>{endpoint} hat keine gültige Anzahl geschickt.</translation>
    </message>
    <message>
        <source>{endpoint} sent no list of properties.</source>
        <translation>{endpoint} hat keine Liste von Unterkünften geschickt.</translation>
    </message>
    <message>
        <source>{endpoint} never reached its last page.</source>
        <translation>{endpoint} ist nie bei der letzten Seite angekommen.</translation>
    </message>
    <message>
        <source>{endpoint} sent no list of users.</source>
        <translation>{endpoint} hat keine Liste von Benutzern geschickt.</translation>
    </message>
    <message>
        <source>{message}
apaleo said: {answer}</source>
        <translation>{message}
apaleo meldet: {answer}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>a permission</source>
        <translation>eine Berechtigung</translation>
    </message>
    <message>
        <source>apaleo does not allow this app {endpoint} (it needs {scopes}).</source>
        <translation>apaleo erlaubt dieser App {endpoint} nicht (nötig ist {scopes}).</translation>
    </message>
    <message>
        <source>{endpoint} sent a {what} that is not an object.</source>
        <translation>{endpoint} hat ein Feld „{what}“ geschickt, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>{endpoint} sent a {what} without a valid &apos;{key}&apos;.</source>
        <translation>{endpoint} hat ein Feld „{what}“ ohne gültiges „{key}“ geschickt.</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>The identity server&apos;s discovery document has no valid &apos;{key}&apos;.</source>
        <translation>Das Discovery-Dokument des Identitätsservers hat kein gültiges „{key}“.</translation>
    </message>
    <message>
        <source>apaleo&apos;s sign-in service</source>
        <translation>apaleos Anmeldedienst</translation>
    </message>
    <message>
        <source>The identity server at {base} redirected its discovery document elsewhere (HTTP {status_code}). The app does not follow it, since sign-in secrets must only go to the configured server. Check the identity server address.</source>
        <translation>Der Identitätsserver unter {base} hat sein Discovery-Dokument an eine andere Adresse umgeleitet (HTTP {status_code}). Die App folgt dem nicht, denn Anmeldegeheimnisse dürfen nur an den eingestellten Server gehen. Prüfen Sie die Adresse des Identitätsservers.</translation>
    </message>
    <message>
        <source>The identity server at {base} says it is &apos;{issuer}&apos;. The app stops here, since tokens must only go to the server they came from.</source>
        <translation>Der Identitätsserver unter {base} gibt sich als „{issuer}“ aus. Die App bricht hier ab, denn Token dürfen nur an den Server gehen, von dem sie stammen.</translation>
    </message>
    <message>
        <source>The identity server does not support PKCE with S256; the app needs it.</source>
        <translation>Der Identitätsserver unterstützt PKCE mit S256 nicht; die App braucht es.</translation>
    </message>
    <message>
        <source>You declined the request in the browser, so the app was not given access.</source>
        <translation>Sie haben die Anfrage im Browser abgelehnt, daher hat die App keinen Zugriff erhalten.</translation>
    </message>
    <message>
        <source>apaleo did not accept this app&apos;s client id or secret. Check the profile&apos;s client id and secret.</source>
        <translation>apaleo hat die Client-ID oder das Client-Geheimnis dieser App nicht akzeptiert. Prüfen Sie Client-ID und Client-Geheimnis im Profil.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it was revoked, expired, or your access changed). Please sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig (sie wurde widerrufen, ist abgelaufen oder Ihr Zugriff hat sich geändert). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>apaleo rejected the sign-in request as malformed.</source>
        <translation>apaleo hat die Anmeldeanfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>apaleo does not allow one of the requested scopes for this app.</source>
        <translation>apaleo erlaubt dieser App eine der angefragten Berechtigungen nicht.</translation>
    </message>
    <message>
        <source>This app&apos;s client is not allowed to sign in this way. Check the profile&apos;s sign-in mode.</source>
        <translation>Der Client dieser App darf sich so nicht anmelden. Prüfen Sie die Anmeldeart im Profil.</translation>
    </message>
    <message>
        <source>apaleo does not support this kind of sign-in for this client.</source>
        <translation>apaleo unterstützt diese Art der Anmeldung für diesen Client nicht.</translation>
    </message>
    <message>
        <source>apaleo had an internal error during sign-in. Try again in a moment.</source>
        <translation>Bei apaleo ist während der Anmeldung ein interner Fehler aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>apaleo&apos;s sign-in service is busy. Try again in a moment.</source>
        <translation>Der Anmeldedienst von apaleo ist ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>apaleo needs you to approve the app again.</source>
        <translation>apaleo braucht erneut Ihre Zustimmung für die App.</translation>
    </message>
    <message>
        <source>apaleo needs you to sign in again in the browser.</source>
        <translation>apaleo braucht eine erneute Anmeldung im Browser.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer the app could not use.</source>
        <translation>Der Anmeldedienst hat eine Antwort geschickt, mit der die App nichts anfangen kann.</translation>
    </message>
    <message>
        <source>The sign-in service answered without an access token, so the sign-in did not complete.</source>
        <translation>Der Anmeldedienst hat ohne Zugriffstoken geantwortet, daher wurde die Anmeldung nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>{cause} {fix}</source>
        <translation>{cause} {fix}</translation>
    </message>
    <message>
        <source>apaleo refused the sign-in ({error}).</source>
        <translation>apaleo hat die Anmeldung abgelehnt ({error}).</translation>
    </message>
    <message>
        <source>{words}
{value}</source>
        <translation>{words}
{value}</translation>
    </message>
    <message>
        <source>{words}
apaleo said: {value}</source>
        <translation>{words}
apaleo meldet: {value}</translation>
    </message>
    <message>
        <source>apaleo did not accept the sign-in code from your browser: it had expired or was already used (a code is valid for about a minute). Please sign in again.</source>
        <translation>apaleo hat den Anmeldecode aus Ihrem Browser nicht angenommen: Er war abgelaufen oder schon verwendet (ein Code gilt etwa eine Minute). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in code could not be exchanged for a token. {words}</source>
        <translation>Der Anmeldecode konnte nicht gegen ein Token eingetauscht werden. {words}</translation>
    </message>
    <message>
        <source>Port {port} on this computer is in use by another program, so the app cannot receive apaleo&apos;s answer. Close the program using port {port} (or another running copy of this app), or set a different redirect port in the profile (it must match the redirect URI registered with apaleo).</source>
        <translation>Port {port} auf diesem Computer wird von einem anderen Programm benutzt, daher kann die App die Antwort von apaleo nicht empfangen. Schließen Sie das Programm, das Port {port} benutzt (oder eine andere laufende Kopie dieser App), oder stellen Sie im Profil einen anderen Weiterleitungs-Port ein (er muss zur bei apaleo registrierten Weiterleitungs-URI passen).</translation>
    </message>
    <message>
        <source>The identity server&apos;s signing keys could not be loaded (HTTP {status_code}).</source>
        <translation>Die Signaturschlüssel des Identitätsservers konnten nicht geladen werden (HTTP {status_code}).</translation>
    </message>
    <message>
        <source>The identity server&apos;s signing keys could not be loaded ({kind}).</source>
        <translation>Die Signaturschlüssel des Identitätsservers konnten nicht geladen werden ({kind}).</translation>
    </message>
    <message>
        <source>The id_token was signed with a key the identity server does not publish.</source>
        <translation>Das id_token wurde mit einem Schlüssel signiert, den der Identitätsserver nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Set the date and time to update automatically in the system settings, then sign in again.</source>
        <translation>Stellen Sie in den Systemeinstellungen ein, dass Datum und Uhrzeit automatisch gestellt werden, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} min behind apaleo&apos;s time.</source>
        <translation>Die Uhr dieses Computers geht etwa {minutes} Min. hinter der Zeit von apaleo.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} min ahead of apaleo&apos;s time.</source>
        <translation>Die Uhr dieses Computers geht etwa {minutes} Min. vor der Zeit von apaleo.</translation>
    </message>
    <message>
        <source>{sentence} {fix}</source>
        <translation>{sentence} {fix}</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date, time and time zone are right, then sign in again.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The id_token&apos;s &apos;{name}&apos; is not a time.</source>
        <translation>„{name}“ im id_token ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>The sign-in answer has already expired. {clock_words}</source>
        <translation>Die Antwort auf die Anmeldung ist bereits abgelaufen. {clock_words}</translation>
    </message>
    <message>
        <source>The sign-in answer is dated in the future. {clock_words}</source>
        <translation>Die Antwort auf die Anmeldung ist in die Zukunft datiert. {clock_words}</translation>
    </message>
    <message>
        <source>The identity server sent an id_token that is not a valid JWT.</source>
        <translation>Der Identitätsserver hat ein id_token geschickt, das kein gültiges JWT ist.</translation>
    </message>
    <message>
        <source>The id_token is not signed with RS256, so the app does not trust it.</source>
        <translation>Das id_token ist nicht mit RS256 signiert, daher vertraut die App ihm nicht.</translation>
    </message>
    <message>
        <source>The id_token was issued for another application.</source>
        <translation>Das id_token wurde für eine andere Anwendung ausgestellt.</translation>
    </message>
    <message>
        <source>The id_token was issued by another identity server.</source>
        <translation>Das id_token wurde von einem anderen Identitätsserver ausgestellt.</translation>
    </message>
    <message>
        <source>The id_token&apos;s signature is not valid.</source>
        <translation>Die Signatur des id_token ist ungültig.</translation>
    </message>
    <message>
        <source>The id_token is not valid ({kind}).</source>
        <translation>Das id_token ist ungültig ({kind}).</translation>
    </message>
    <message>
        <source>The id_token does not belong to this sign-in (nonce mismatch).</source>
        <translation>Das id_token gehört nicht zu dieser Anmeldung (Nonce passt nicht).</translation>
    </message>
    <message>
        <source>The renewed sign-in names a different user or server than the first one (&apos;{name}&apos; changed), so the app does not trust it. Please sign in again.</source>
        <translation>Die erneuerte Anmeldung nennt einen anderen Benutzer oder Server als die erste („{name}“ hat sich geändert), daher vertraut die App ihr nicht. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The app could not listen on port {port} on this computer ({strerror}).</source>
        <translation>Die App kann auf diesem Computer nicht an Port {port} lauschen ({strerror}).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing came back from the browser within {seconds} s. Start the sign-in again when you are ready.</source>
        <translation>Innerhalb von {seconds} s kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Nothing came back from the browser within {minutes} min. Start the sign-in again when you are ready.</source>
        <translation>Innerhalb von {minutes} Min. kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to apaleo Inspector for details.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Die Einzelheiten sehen Sie in apaleo Inspector.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Only the browser&apos;s redirect is expected here.</source>
        <translation>Hier wird nur die Weiterleitung des Browsers erwartet.</translation>
    </message>
    <message>
        <source>This sign-in link is not current</source>
        <translation>Dieser Anmeldelink ist nicht mehr aktuell</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in the app is waiting for. Return to apaleo Inspector and start the sign-in there.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die die App wartet. Wechseln Sie zu apaleo Inspector und starten Sie die Anmeldung dort.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>This sign-in has already finished. You can close this tab.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>You are signed out</source>
        <translation>Sie sind abgemeldet</translation>
    </message>
    <message>
        <source>You are signed out of apaleo in this browser, and apaleo Inspector has forgotten your sign-in. You can close this tab.</source>
        <translation>Sie sind in diesem Browser bei apaleo abgemeldet, und apaleo Inspector hat Ihre Anmeldung vergessen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The answer in the browser did not come from the expected apaleo identity server, so the app ignored it. Please sign in again.</source>
        <translation>Die Antwort im Browser kam nicht vom erwarteten Identitätsserver von apaleo, daher hat die App sie ignoriert. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code. Please try again.</source>
        <translation>Der Browser kam ohne Anmeldecode zurück. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Wird noch bearbeitet</translation>
    </message>
    <message>
        <source>apaleo Inspector is still completing the sign-in. Return to the app.</source>
        <translation>apaleo Inspector schließt die Anmeldung noch ab. Wechseln Sie zurück zur App.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>{text} You can close this tab.</source>
        <translation>{text} Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>{message} You can close this tab.</source>
        <translation>{message} Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Nothing came back from the browser within {minutes} min {seconds} s. Start the sign-in again when you are ready.</source>
        <translation>Innerhalb von {minutes} Min. {seconds} s kam keine Antwort vom Browser. Starten Sie die Anmeldung erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>The client secret stored for profile &apos;{name}&apos; was registered for another identity server or client id, so it was deleted and not sent. Enter the secret for this one in Settings.</source>
        <translation>Das für das Profil „{name}“ gespeicherte Client-Geheimnis gehörte zu einem anderen Identitätsserver oder einer anderen Client-ID. Es wurde gelöscht und nicht gesendet. Geben Sie in den Einstellungen das Geheimnis für diese Verbindung ein.</translation>
    </message>
    <message>
        <source>No client secret is stored for profile &apos;{name}&apos;. Enter it in Settings (it is kept in the system keyring).</source>
        <translation>Für das Profil „{name}“ ist kein Client-Geheimnis gespeichert. Geben Sie es in den Einstellungen ein (es wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <source>Another copy of apaleo Inspector is renewing this sign-in and has not finished. Try again in a moment.</source>
        <translation>Eine andere Kopie von apaleo Inspector erneuert gerade diese Anmeldung und ist noch nicht fertig. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This profile uses client credentials; it signs in without a browser.</source>
        <translation>Dieses Profil verwendet Client-Anmeldedaten; es meldet sich ohne Browser an.</translation>
    </message>
    <message>
        <source>The token answer had no access token.</source>
        <translation>Die Token-Antwort enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>You signed out, so this sign-in was not kept.</source>
        <translation>Sie haben sich abgemeldet, daher wurde diese Anmeldung nicht behalten.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You signed out, so this sign-in was not renewed.</source>
        <translation>Sie haben sich abgemeldet, daher wurde diese Anmeldung nicht erneuert.</translation>
    </message>
    <message>
        <source>Your user details could not be loaded (HTTP {status_code}).</source>
        <translation>Ihre Benutzerangaben konnten nicht geladen werden (HTTP {status_code}).</translation>
    </message>
    <message>
        <source>The identity server&apos;s user details were not readable.</source>
        <translation>Die Benutzerangaben des Identitätsservers waren nicht lesbar.</translation>
    </message>
    <message>
        <source>apaleo offers no way to revoke the sign-in</source>
        <translation>apaleo bietet keine Möglichkeit, die Anmeldung zu widerrufen</translation>
    </message>
    <message>
        <source>You are signed out in this app, but the saved sign-in could not be deleted ({problem}): it is still in the keyring</source>
        <translation>Sie sind in dieser App abgemeldet, aber die gespeicherte Anmeldung konnte nicht gelöscht werden ({problem}): Sie liegt noch im Schlüsselbund</translation>
    </message>
    <message>
        <source>{local}, though apaleo has withdrawn it, so it can no longer be used.</source>
        <translation>{local}, apaleo hat sie aber widerrufen, sie ist also nicht mehr verwendbar.</translation>
    </message>
    <message>
        <source>{local}, and apaleo could not be told to withdraw it ({revoke_problem}). Remove the entry &apos;apaleo-inspector&apos; from the system keyring, or ask an admin to revoke the app&apos;s access in apaleo.</source>
        <translation>{local}, und apaleo konnte nicht zum Widerruf aufgefordert werden ({revoke_problem}). Entfernen Sie den Eintrag „apaleo-inspector“ aus dem Schlüsselbund des Systems oder bitten Sie einen Administrator, den Zugriff der App in apaleo zu widerrufen.</translation>
    </message>
    <message>
        <source>You are signed out, and apaleo has withdrawn this sign-in.</source>
        <translation>Sie sind abgemeldet, und apaleo hat diese Anmeldung widerrufen.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but apaleo could not be told to withdraw the sign-in ({revoke_problem}). It expires on its own; an admin can also revoke it in apaleo.</source>
        <translation>Sie sind auf diesem Computer abgemeldet, aber apaleo konnte nicht zum Widerruf der Anmeldung aufgefordert werden ({revoke_problem}). Sie läuft von selbst ab; ein Administrator kann sie auch in apaleo widerrufen.</translation>
    </message>
    <message>
        <source>The sign-in service sent the request elsewhere (HTTP {status}). The app does not follow such redirects, since they would carry the app&apos;s secret to another address. Check the identity server address in the profile.</source>
        <translation>Der Anmeldedienst hat die Anfrage an eine andere Adresse umgeleitet (HTTP {status}). Die App folgt solchen Umleitungen nicht, denn sie würden das Geheimnis der App an eine andere Adresse tragen. Prüfen Sie die Adresse des Identitätsservers im Profil.</translation>
    </message>
    <message>
        <source>{service} answered with an error (HTTP {status}). Nothing was changed; try again in a moment.</source>
        <translation>{service} hat mit einem Fehler geantwortet (HTTP {status}). Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that is not a token response (HTTP {status}).</source>
        <translation>Der Anmeldedienst hat eine Antwort geschickt, die keine Token-Antwort ist (HTTP {status}).</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s answer could not be read.</source>
        <translation>Die Antwort des Anmeldedienstes war nicht lesbar.</translation>
    </message>
    <message>
        <source>The {what} &apos;{url}&apos; is not a valid http(s) address.</source>
        <translation>„{url}“ ({what}) ist keine gültige http(s)-Adresse.</translation>
    </message>
    <message>
        <source>The {what} &apos;{url}&apos; must use https:// (plain http is allowed only on this computer).</source>
        <translation>„{url}“ ({what}) muss https:// verwenden (einfaches http ist nur auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; has no client id.</source>
        <translation>Das Profil „{name}“ hat keine Client-ID.</translation>
    </message>
    <message>
        <source>Redirect port {redirect_port} is not a valid port.</source>
        <translation>Der Weiterleitungs-Port {redirect_port} ist kein gültiger Port.</translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost, not &apos;{redirect_host}&apos;.</source>
        <translation>Der Weiterleitungs-Host muss 127.0.0.1 oder localhost sein, nicht „{redirect_host}“.</translation>
    </message>
    <message>
        <source>Unknown sign-in mode &apos;{mode}&apos;.</source>
        <translation>Unbekannte Anmeldeart „{mode}“.</translation>
    </message>
    <message>
        <source>Unknown client authentication &apos;{client_auth}&apos;.</source>
        <translation>Unbekannte Client-Authentifizierung „{client_auth}“.</translation>
    </message>
    <message>
        <source>apaleo has no public clients: every apaleo app has a client secret. Choose &apos;secret in the request body&apos; and enter the secret from the app&apos;s registration.</source>
        <translation>apaleo kennt keine öffentlichen Clients: Jede apaleo-App hat ein Client-Geheimnis. Wählen Sie „Geheimnis im Anfragetext“ und geben Sie das Geheimnis aus der Registrierung der App ein.</translation>
    </message>
    <message>
        <source>The sign-in timeout must be positive.</source>
        <translation>Die Wartezeit für die Anmeldung muss größer als null sein.</translation>
    </message>
    <message>
        <source>The profiles file {path} could not be read ({kind}). Fix or remove it, then start again.</source>
        <translation>Die Profildatei {path} konnte nicht gelesen werden ({kind}). Korrigieren oder entfernen Sie sie und starten Sie die App erneut.</translation>
    </message>
    <message>
        <source>There is no profile called &apos;{name}&apos;.</source>
        <translation>Es gibt kein Profil namens „{name}“.</translation>
    </message>
    <message>
        <source>There is already a profile called &apos;{name}&apos;.</source>
        <translation>Es gibt bereits ein Profil namens „{name}“.</translation>
    </message>
    <message>
        <source>The connection to apaleo could not be verified as secure</source>
        <translation>Die Verbindung zu apaleo konnte nicht als sicher bestätigt werden</translation>
    </message>
    <message>
        <source>apaleo could not be reached</source>
        <translation>apaleo ist nicht erreichbar</translation>
    </message>
    <message>
        <source>apaleo does not allow this app to see this</source>
        <translation>apaleo erlaubt dieser App nicht, das zu sehen</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig</translation>
    </message>
    <message>
        <source>apaleo is busy and asked the app to slow down</source>
        <translation>apaleo ist ausgelastet und hat die App gebeten, langsamer zu werden</translation>
    </message>
    <message>
        <source>apaleo had a problem answering</source>
        <translation>apaleo hatte ein Problem beim Antworten</translation>
    </message>
    <message>
        <source>apaleo sent an answer the app could not read</source>
        <translation>apaleo hat eine Antwort geschickt, die die App nicht lesen konnte</translation>
    </message>
    <message>
        <source>apaleo no longer has this</source>
        <translation>apaleo hat das nicht mehr</translation>
    </message>
    <message>
        <source>apaleo rejected the app&apos;s request</source>
        <translation>apaleo hat die Anfrage der App abgelehnt</translation>
    </message>
    <message>
        <source>apaleo did not renew the sign-in</source>
        <translation>apaleo hat die Anmeldung nicht erneuert</translation>
    </message>
    <message>
        <source>The system keyring did not answer</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <source>apaleo no longer accepts this sign-in. Sign in again.</source>
        <translation>apaleo akzeptiert diese Anmeldung nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>This is usually over soon: try again in a moment.</source>
        <translation>Das ist meist bald vorbei: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, give apaleo&apos;s support the reference in the details.</source>
        <translation>Versuchen Sie es erneut; passiert es wieder, geben Sie dem apaleo-Support die Referenz aus den Details.</translation>
    </message>
    <message>
        <source>It may have been removed in apaleo meanwhile.</source>
        <translation>Es wurde inzwischen vielleicht in apaleo entfernt.</translation>
    </message>
    <message>
        <source>If it happens again, give apaleo&apos;s support the reference in the details.</source>
        <translation>Passiert es wieder, geben Sie dem apaleo-Support die Referenz aus den Details.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>The app could not {what}. {message}</source>
        <translation>Das {what} ist fehlgeschlagen. {message}</translation>
    </message>
    <message>
        <source>The app could not {what}: something unexpected went wrong ({kind}). Please try again.</source>
        <translation>Das {what} ist fehlgeschlagen: Etwas Unerwartetes ist passiert ({kind}). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>apaleo support reference</source>
        <translation>apaleo-Support-Referenz</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>The connection to {what} was not trusted: its certificate could not be verified against this computer&apos;s trusted certificates. If your network inspects encrypted traffic (a company proxy or firewall), its certificate must be installed in the system&apos;s certificate store; otherwise ask your IT team to check the network.</source>
        <translation>Der Verbindung zu {what} wurde nicht vertraut: Ihr Zertifikat ließ sich nicht mit den vertrauenswürdigen Zertifikaten dieses Computers bestätigen. Wenn Ihr Netzwerk verschlüsselten Verkehr prüft (ein Firmen-Proxy oder eine Firewall), muss dessen Zertifikat im Zertifikatspeicher des Systems installiert sein; andernfalls bitten Sie Ihre IT, das Netzwerk zu prüfen.</translation>
    </message>
    <message>
        <source>A secure connection to {what} could not be set up (a TLS error). A proxy or firewall on your network may be interfering; ask your IT team.</source>
        <translation>Eine sichere Verbindung zu {what} ließ sich nicht aufbauen (ein TLS-Fehler). Ein Proxy oder eine Firewall in Ihrem Netzwerk stört möglicherweise; fragen Sie Ihre IT.</translation>
    </message>
    <message>
        <source>{what} sent an answer far larger than any it should send (over {size} MB), so it was not read. Check that the address in the profile is the right one.</source>
        <translation>{what} hat eine viel zu große Antwort gesendet (über {size} MB); sie wurde nicht gelesen. Prüfen Sie, ob die Adresse im Profil stimmt.</translation>
    </message>
    <message>
        <source>The proxy server configured on this computer did not pass the request to {what} on. Check the proxy settings, or ask your IT team.</source>
        <translation>Der auf diesem Computer eingestellte Proxyserver hat die Anfrage an {what} nicht weitergeleitet. Prüfen Sie die Proxy-Einstellungen oder fragen Sie Ihre IT.</translation>
    </message>
    <message>
        <source>{what} could not be reached in time. Check your connection.</source>
        <translation>Keine Verbindung zu {what} innerhalb der Wartezeit. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>{what} did not answer in time. This is a network or server delay; try again in a moment.</source>
        <translation>Keine Antwort von {what} innerhalb der Wartezeit. Das ist eine Verzögerung im Netzwerk oder beim Server; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{what} could not be reached. Check your internet connection.</source>
        <translation>{what} ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The request to {what} failed ({kind}).</source>
        <translation>Die Anfrage an {what} ist fehlgeschlagen ({kind}).</translation>
    </message>
    <message>
        <source>The connection now asks for different access, so its saved sign-in was ended. Please sign in again.</source>
        <translation>Die Verbindung fragt jetzt nach anderen Zugriffsrechten, daher wurde die gespeicherte Anmeldung beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The connection now uses another API address. Please sign in again.</source>
        <translation>Die Verbindung verwendet jetzt eine andere API-Adresse. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The connection&apos;s identity server or client id changed, so the saved sign-in (made with the old one) was ended and never sent to the new one. Please sign in again.</source>
        <translation>Identitätsserver oder Client-ID der Verbindung wurden geändert. Die gespeicherte Anmeldung (mit den alten Angaben) wurde beendet und nie an die neuen gesendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>{words} Enter the client secret for the new one.</source>
        <translation>{words} Geben Sie das Client-Geheimnis für die neue Verbindung ein.</translation>
    </message>
    <message>
        <source>The client secret belonged to the old identity server or client id and was deleted: enter the secret for the new one.</source>
        <translation>Das Client-Geheimnis gehörte zum alten Identitätsserver oder zur alten Client-ID und wurde gelöscht: Geben Sie das Geheimnis für die neue Verbindung ein.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>&amp;All %Ln properties</source>
        <translation>
            <numerusform>&amp;Alle %Ln Unterkunft</numerusform>
            <numerusform>&amp;Alle %Ln Unterkünfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln properties matching the &amp;filter &apos;{text}&apos;</source>
        <translation>
            <numerusform>Nur die %Ln Unterkunft, die zum &amp;Filter „{text}“ passt</numerusform>
            <numerusform>Nur die %Ln Unterkünfte, die zum &amp;Filter „{text}“ passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook, for Excel (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe, für Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated, for other programs (*.csv)</source>
        <translation>CSV, durch Kommas getrennt, für andere Programme (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{account} properties {date}.{kind}</source>
        <translation>{account} Unterkünfte {date}.{kind}</translation>
    </message>
    <message>
        <source>Export properties</source>
        <translation>Unterkünfte exportieren</translation>
    </message>
    <message>
        <source>Only the properties matching the &amp;filter (no filter is set)</source>
        <translation>Nur die Unterkünfte, die zum &amp;Filter passen (kein Filter gesetzt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>Wählen Sie eine Datei zum Speichern.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Exported {properties} to {path}.</source>
        <translation>{properties} nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Loading your account…</source>
        <translation>Ihr Konto wird geladen …</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Lebensdauer des Zugriffstokens</translation>
    </message>
    <message>
        <source>Account details could not be loaded</source>
        <translation>Die Kontodaten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>load your account</source>
        <translation>Laden Ihres Kontos</translation>
    </message>
    <message>
        <source>apaleo no longer accepts this sign-in</source>
        <translation>apaleo akzeptiert diese Anmeldung nicht mehr</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be renewed yet. {problem}</source>
        <translation>Ihre gespeicherte Anmeldung konnte noch nicht erneuert werden. {problem}</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No system keyring was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Schlüsselbund des Systems gefunden.</translation>
    </message>
    <message>
        <source>The configured keyring ({name}) stores secrets in a plain file.</source>
        <translation>Der eingestellte Schlüsselbund ({name}) speichert Geheimnisse in einer einfachen Datei.</translation>
    </message>
    <message>
        <source>it is locked; unlock it (or sign in to your desktop session) and try again</source>
        <translation>er ist gesperrt; entsperren Sie ihn (oder melden Sie sich an Ihrer Desktop-Sitzung an) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>it is not running or could not be reached</source>
        <translation>er läuft nicht oder ist nicht erreichbar</translation>
    </message>
    <message>
        <source>there is no system keyring on this computer</source>
        <translation>es gibt auf diesem Computer keinen Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>access to it was refused</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>it reported an error ({name})</source>
        <translation>er hat einen Fehler gemeldet ({name})</translation>
    </message>
    <message>
        <source>The system keyring could not {action}: {cause}.</source>
        <translation>Der Schlüsselbund des Systems konnte {action}: {cause}.</translation>
    </message>
    <message>
        <source>{problem} Your sign-in is kept only while the app runs, and you will be asked to sign in again next time.</source>
        <translation>{problem} Ihre Anmeldung bleibt nur erhalten, solange die App läuft; beim nächsten Mal werden Sie erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>memory only</source>
        <translation>nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>{words} Your sign-in is kept only while the app runs.</source>
        <translation>{words} Ihre Anmeldung bleibt nur erhalten, solange die App läuft.</translation>
    </message>
    <message>
        <source>be read</source>
        <translation>nicht gelesen werden</translation>
    </message>
    <message>
        <source>save your sign-in</source>
        <translation>Ihre Anmeldung nicht speichern</translation>
    </message>
    <message>
        <source>delete your saved sign-in</source>
        <translation>Ihre gespeicherte Anmeldung nicht löschen</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>The log folder could not be opened here. It is:
{folder}</source>
        <translation>Der Protokollordner konnte hier nicht geöffnet werden. Er liegt unter:
{folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading done: %Ln properties.</source>
        <translation>
            <numerusform>Laden abgeschlossen: %Ln Unterkunft.</numerusform>
            <numerusform>Laden abgeschlossen: %Ln Unterkünfte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>renew the access token</source>
        <translation>Erneuern des Zugriffstokens</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export properties…</source>
        <translation>Unterkünfte &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Set &amp;up a new connection…</source>
        <translation>Neue &amp;Verbindung einrichten …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Check the connection…</source>
        <translation>&amp;Verbindung prüfen…</translation>
    </message>
    <message>
        <source>Recent &amp;requests</source>
        <translation>Letzte &amp;Anfragen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the &amp;system ({language})</source>
        <translation>Wie das &amp;System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>{app} will speak {language} from its next start.</source>
        <translation>{app} spricht ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <source>Restart it now?</source>
        <translation>Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Check every link from this computer to apaleo and say why</source>
        <translation>Jede Strecke von diesem Computer zu apaleo prüfen und den Grund nennen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details for apaleo&apos;s support</source>
        <translation>Die Details für den apaleo-Support anzeigen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>&amp;Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy apaleo&apos;s support reference</source>
        <translation>Die apaleo-Support-Referenz kopieren</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message numerus="yes">
        <source>Loaded %Ln properties.</source>
        <translation>
            <numerusform>%Ln Unterkunft geladen.</numerusform>
            <numerusform>%Ln Unterkünfte geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Unterkünfte</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Unterkünfte</translation>
    </message>
    <message>
        <source>Filter by code, name or city  (Ctrl+F)</source>
        <translation>Nach Code, Name oder Ort filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Unterkünfte filtern</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Details of the selected property</source>
        <translation>Details der ausgewählten Unterkunft</translation>
    </message>
    <message>
        <source>Loading properties…</source>
        <translation>Unterkünfte werden geladen …</translation>
    </message>
    <message>
        <source>load the properties</source>
        <translation>Laden der Unterkünfte</translation>
    </message>
    <message>
        <source>This account has no properties yet.</source>
        <translation>Dieses Konto hat noch keine Unterkünfte.</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>Select a property to see its details.</source>
        <translation>Wählen Sie eine Unterkunft, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Loading property details…</source>
        <translation>Details der Unterkunft werden geladen …</translation>
    </message>
    <message>
        <source>Loading counts…</source>
        <translation>Anzahlen werden geladen …</translation>
    </message>
    <message>
        <source>Details could not be loaded. {error}</source>
        <translation>Die Details konnten nicht geladen werden. {error}</translation>
    </message>
    <message>
        <source>see unit groups</source>
        <translation>Anzeigen der Einheitengruppen</translation>
    </message>
    <message>
        <source>see units</source>
        <translation>Anzeigen der Einheiten</translation>
    </message>
    <message>
        <source>Not available. {why}</source>
        <translation>Nicht verfügbar. {why}</translation>
    </message>
    <message>
        <source>Could not be loaded. {error}</source>
        <translation>Konnte nicht geladen werden. {error}</translation>
    </message>
    <message>
        <source>Copy &amp;cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Zei&amp;le kopieren</translation>
    </message>
    <message>
        <source>Copy row as &amp;JSON</source>
        <translation>Zeile als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
</context>
<context>
    <name>RateMeter</name>
    <message>
        <source>apaleo&apos;s rate limit: {remaining} of {budget} requests left until {time}</source>
        <translation>apaleos Anfragelimit: {remaining} von {budget} Anfragen übrig bis {time}</translation>
    </message>
    <message>
        <source>apaleo allows each app a number of requests a minute. When none are left, the app waits until the window resets.</source>
        <translation>apaleo erlaubt jeder App eine Anzahl Anfragen pro Minute. Sind keine mehr übrig, wartet die App, bis das Zeitfenster zurückgesetzt wird.</translation>
    </message>
</context>
<context>
    <name>RecentRequests</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>apaleo tracking id</source>
        <translation>apaleo-Tracking-ID</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Letzte Anfragen</translation>
    </message>
    <message>
        <source>The app&apos;s last {count} calls to apaleo. Give apaleo&apos;s support the tracking id of a call that went wrong.</source>
        <translation>Die letzten {count} Aufrufe der App bei apaleo. Geben Sie apaleos Support die Tracking-ID eines fehlgeschlagenen Aufrufs.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>Confirm who you are when you sign in</source>
        <translation>Bei der Anmeldung bestätigen, wer Sie sind</translation>
    </message>
    <message>
        <source>See your name and user name</source>
        <translation>Ihren Namen und Benutzernamen sehen</translation>
    </message>
    <message>
        <source>Stay signed in between sessions</source>
        <translation>Zwischen Sitzungen angemeldet bleiben</translation>
    </message>
    <message>
        <source>Full administrative access to the account</source>
        <translation>Voller Administratorzugriff auf das Konto</translation>
    </message>
    <message>
        <source>View and change the account&apos;s settings</source>
        <translation>Die Einstellungen des Kontos sehen und ändern</translation>
    </message>
    <message>
        <source>See the accounts you have access to</source>
        <translation>Die Konten sehen, auf die Sie Zugriff haben</translation>
    </message>
    <message>
        <source>Create new accounts</source>
        <translation>Neue Konten anlegen</translation>
    </message>
    <message>
        <source>See properties, units and unit groups</source>
        <translation>Unterkünfte, Einheiten und Einheitengruppen sehen</translation>
    </message>
    <message>
        <source>Change properties, units and unit groups</source>
        <translation>Unterkünfte, Einheiten und Einheitengruppen ändern</translation>
    </message>
    <message>
        <source>Create properties</source>
        <translation>Unterkünfte anlegen</translation>
    </message>
    <message>
        <source>Change properties</source>
        <translation>Unterkünfte ändern</translation>
    </message>
    <message>
        <source>See units (rooms)</source>
        <translation>Einheiten (Zimmer) sehen</translation>
    </message>
    <message>
        <source>Create units (rooms)</source>
        <translation>Einheiten (Zimmer) anlegen</translation>
    </message>
    <message>
        <source>Change units (rooms)</source>
        <translation>Einheiten (Zimmer) ändern</translation>
    </message>
    <message>
        <source>Delete units (rooms)</source>
        <translation>Einheiten (Zimmer) löschen</translation>
    </message>
    <message>
        <source>See unit groups (room types)</source>
        <translation>Einheitengruppen (Zimmerkategorien) sehen</translation>
    </message>
    <message>
        <source>Create unit groups (room types)</source>
        <translation>Einheitengruppen (Zimmerkategorien) anlegen</translation>
    </message>
    <message>
        <source>Change unit groups (room types)</source>
        <translation>Einheitengruppen (Zimmerkategorien) ändern</translation>
    </message>
    <message>
        <source>Delete unit groups (room types)</source>
        <translation>Einheitengruppen (Zimmerkategorien) löschen</translation>
    </message>
    <message>
        <source>See the users of the account</source>
        <translation>Die Benutzer des Kontos sehen</translation>
    </message>
    <message>
        <source>Invite, change and remove users of the account</source>
        <translation>Benutzer des Kontos einladen, ändern und entfernen</translation>
    </message>
    <message>
        <source>A permission this app does not know ({scope})</source>
        <translation>Eine Berechtigung, die diese App nicht kennt ({scope})</translation>
    </message>
    <message>
        <source>The app can check who signed in, and signing out also signs your browser out of apaleo.</source>
        <translation>Die App kann prüfen, wer sich angemeldet hat, und beim Abmelden wird auch Ihr Browser von apaleo abgemeldet.</translation>
    </message>
    <message>
        <source>The app cannot check who signed in, and sign-out leaves the browser signed in.</source>
        <translation>Die App kann nicht prüfen, wer sich angemeldet hat, und beim Abmelden bleibt der Browser angemeldet.</translation>
    </message>
    <message>
        <source>Your name and e-mail address in the window&apos;s header.</source>
        <translation>Ihr Name und Ihre E-Mail-Adresse in der Kopfzeile des Fensters.</translation>
    </message>
    <message>
        <source>The header shows your user id instead of your name.</source>
        <translation>Die Kopfzeile zeigt Ihre Benutzer-ID statt Ihres Namens.</translation>
    </message>
    <message>
        <source>The next start signs in without the browser, and the access token is renewed in the background.</source>
        <translation>Der nächste Start meldet Sie ohne Browser an, und das Zugriffstoken wird im Hintergrund erneuert.</translation>
    </message>
    <message>
        <source>You sign in in the browser at every start and whenever the access token expires.</source>
        <translation>Sie melden sich bei jedem Start und bei jedem Ablauf des Zugriffstokens im Browser an.</translation>
    </message>
    <message>
        <source>Unit and unit-group counts in the property details.</source>
        <translation>Die Anzahl der Einheiten und Einheitengruppen in den Details der Unterkunft.</translation>
    </message>
    <message>
        <source>Unit and unit-group counts say &apos;Not available&apos; (unless units.read / unitgroups.read are granted).</source>
        <translation>Bei der Anzahl der Einheiten und Einheitengruppen steht „Nicht verfügbar“ (außer units.read / unitgroups.read sind gewährt).</translation>
    </message>
    <message>
        <source>The unit count in the property details.</source>
        <translation>Die Anzahl der Einheiten in den Details der Unterkunft.</translation>
    </message>
    <message>
        <source>The unit count says &apos;Not available&apos;.</source>
        <translation>Bei der Anzahl der Einheiten steht „Nicht verfügbar“.</translation>
    </message>
    <message>
        <source>The unit-group count in the property details.</source>
        <translation>Die Anzahl der Einheitengruppen in den Details der Unterkunft.</translation>
    </message>
    <message>
        <source>The unit-group count says &apos;Not available&apos;.</source>
        <translation>Bei der Anzahl der Einheitengruppen steht „Nicht verfügbar“.</translation>
    </message>
    <message>
        <source>The Users tab: who has access to the account, with their roles.</source>
        <translation>Der Tab Benutzer: wer Zugriff auf das Konto hat, mit den Rollen.</translation>
    </message>
    <message>
        <source>The Users tab stays empty.</source>
        <translation>Der Tab Benutzer bleibt leer.</translation>
    </message>
    <message>
        <source>The Users tab (the app never changes users).</source>
        <translation>Der Tab Benutzer (die App ändert nie Benutzer).</translation>
    </message>
    <message>
        <source>The Users tab stays empty unless identity:account-users.read is granted.</source>
        <translation>Der Tab Benutzer bleibt leer, außer identity:account-users.read ist gewährt.</translation>
    </message>
    <message>
        <source>Nothing more here: the account&apos;s name and type are readable without it.</source>
        <translation>Hier nichts weiter: Name und Art des Kontos sind auch ohne sie lesbar.</translation>
    </message>
    <message>
        <source>Nothing: the app reads the account without it.</source>
        <translation>Nichts: Die App liest das Konto auch ohne sie.</translation>
    </message>
    <message>
        <source>Not used: this app only reads. It can be removed from the profile&apos;s scopes.</source>
        <translation>Nicht genutzt: Diese App liest nur. Sie kann aus den Scopes des Profils entfernt werden.</translation>
    </message>
    <message>
        <source>Not used by this app.</source>
        <translation>Von dieser App nicht genutzt.</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>Be&amp;rechtigungen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Erneut an&amp;melden</translation>
    </message>
    <message>
        <source>Edit co&amp;nnection…</source>
        <translation>&amp;Verbindung bearbeiten …</translation>
    </message>
    <message>
        <source>What this app may see is set in its registration in apaleo and by the hotel when it connects the app: ask your apaleo account admin to change it.</source>
        <translation>Was diese App sehen darf, ist in ihrer Registrierung bei apaleo festgelegt und wird vom Hotel beim Verbinden der App gewählt: Bitten Sie den Administrator Ihres apaleo-Kontos, das zu ändern.</translation>
    </message>
    <message>
        <source>A scope that was not granted may come with a new sign-in where you agree to it; if apaleo still refuses it, the app&apos;s registration in apaleo does not allow it.</source>
        <translation>Eine nicht gewährte Berechtigung kann bei einer neuen Anmeldung, bei der Sie zustimmen, dazukommen; lehnt apaleo sie dann noch ab, erlaubt die Registrierung der App bei apaleo sie nicht.</translation>
    </message>
    <message>
        <source>The profile does not ask for {scopes}: add it in the connection&apos;s settings to see what it unlocks.</source>
        <translation>Das Profil fragt {scopes} nicht an: Nehmen Sie sie in den Einstellungen der Verbindung auf, um zu sehen, was sie freischaltet.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The client secret is stored in {keyring}.</source>
        <translation>Das Client-Geheimnis ist in {keyring} gespeichert.</translation>
    </message>
    <message>
        <source>Settings — connection profiles</source>
        <translation>Einstellungen – Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Sign in as a user (browser)</source>
        <translation>Als Benutzer anmelden (Browser)</translation>
    </message>
    <message>
        <source>App only: client credentials (simple client)</source>
        <translation>Nur die App: Client-Anmeldedaten (einfacher Client)</translation>
    </message>
    <message>
        <source>Secret in the request body (apaleo&apos;s default)</source>
        <translation>Geheimnis im Anfragetext (Standard bei apaleo)</translation>
    </message>
    <message>
        <source>Secret as HTTP Basic</source>
        <translation>Geheimnis als HTTP Basic</translation>
    </message>
    <message>
        <source>No secret (public client: not supported by apaleo)</source>
        <translation>Kein Geheimnis (öffentlicher Client: von apaleo nicht unterstützt)</translation>
    </message>
    <message>
        <source>127.0.0.1 (recommended)</source>
        <translation>127.0.0.1 (empfohlen)</translation>
    </message>
    <message>
        <source>localhost (if the app is registered with that name)</source>
        <translation>localhost (wenn die App mit diesem Namen registriert ist)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <source>Ask for consent at e&amp;very sign-in</source>
        <translation>Bei &amp;jeder Anmeldung um Zustimmung bitten</translation>
    </message>
    <message>
        <source>Sends prompt=consent. Some identity servers issue the refresh token that keeps you signed in across restarts only when you agree explicitly.</source>
        <translation>Sendet prompt=consent. Manche Identitätsserver stellen das Aktualisierungstoken, das Sie über Neustarts hinweg angemeldet hält, nur bei ausdrücklicher Zustimmung aus.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Die Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Any name you like for this connection, e.g. your hotel&apos;s or account&apos;s.</source>
        <translation>Ein beliebiger Name für diese Verbindung, z. B. der Ihres Hotels oder Kontos.</translation>
    </message>
    <message>
        <source>The app&apos;s client id, shown when it was registered in apaleo: under Apps {sep} My store apps for a connect client, Apps {sep} Connected apps for a custom app.</source>
        <translation>Die Client-ID der App, angezeigt bei ihrer Registrierung in apaleo: unter Apps {sep} My store apps für einen Connect-Client, Apps {sep} Connected apps für eine eigene App.</translation>
    </message>
    <message>
        <source>The client secret apaleo showed once when the app was registered. Kept in the system keyring, never in a file.</source>
        <translation>Das Client-Secret, das apaleo bei der Registrierung der App einmal angezeigt hat. Es wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>apaleo&apos;s sign-in service. Change it only for a test system.</source>
        <translation>Der Anmeldedienst von apaleo. Nur für ein Testsystem ändern.</translation>
    </message>
    <message>
        <source>apaleo&apos;s API. Change it only for a test system.</source>
        <translation>Die API von apaleo. Nur für ein Testsystem ändern.</translation>
    </message>
    <message>
        <source>A person signs in in the browser (a connect client), or the app connects on its own (a custom app with client credentials).</source>
        <translation>Eine Person meldet sich im Browser an (Connect-Client), oder die App verbindet sich selbst (eigene App mit Client-Credentials).</translation>
    </message>
    <message>
        <source>How the app sends its secret. apaleo expects it in the request body.</source>
        <translation>Wie die App ihr Secret sendet. apaleo erwartet es im Anfragetext.</translation>
    </message>
    <message>
        <source>Where the browser returns after signing in. It must match the redirect URI registered for the app in apaleo.</source>
        <translation>Wohin der Browser nach der Anmeldung zurückkehrt. Das muss zur in apaleo registrierten Weiterleitungs-URI der App passen.</translation>
    </message>
    <message>
        <source>The port of the redirect URI registered in apaleo. apaleo compares it exactly.</source>
        <translation>Der Port der in apaleo registrierten Weiterleitungs-URI. apaleo vergleicht ihn genau.</translation>
    </message>
    <message>
        <source>Register exactly this address as a redirect URI of the app in apaleo (Apps {sep} My store apps).</source>
        <translation>Registrieren Sie genau diese Adresse als Weiterleitungs-URI der App in apaleo (Apps {sep} My store apps).</translation>
    </message>
    <message>
        <source>any free port: apaleo needs a fixed port to match</source>
        <translation>beliebiger freier Port: apaleo braucht einen festen Port zum Vergleich</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Client-&amp;Geheimnis</translation>
    </message>
    <message>
        <source>I&amp;dentity server</source>
        <translation>I&amp;dentitätsserver</translation>
    </message>
    <message>
        <source>A&amp;PI</source>
        <translation>A&amp;PI</translation>
    </message>
    <message>
        <source>Sign-in &amp;mode</source>
        <translation>Anmelde&amp;modus</translation>
    </message>
    <message>
        <source>Client a&amp;uthentication</source>
        <translation>Client-A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>Redirect &amp;host</source>
        <translation>Weiterleitungs-&amp;Host</translation>
    </message>
    <message>
        <source>Redirect p&amp;ort</source>
        <translation>Weiterleitungs-P&amp;ort</translation>
    </message>
    <message>
        <source>Bro&amp;wser wait</source>
        <translation>&amp;Wartezeit im Browser</translation>
    </message>
    <message>
        <source>Redirect URI to re&amp;gister:</source>
        <translation>Zu re&amp;gistrierende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Bere&amp;chtigungen:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Scopes to ask for</source>
        <translation>Anzufragende Berechtigungen (Scopes)</translation>
    </message>
    <message>
        <source>How long the app waits for you to finish signing in</source>
        <translation>Wie lange die App wartet, bis Sie die Anmeldung abgeschlossen haben</translation>
    </message>
    <message>
        <source>Save pro&amp;file</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not used: a custom app connects without a browser sign-in.</source>
        <translation>Nicht genutzt: Eine Custom App verbindet sich ohne Anmeldung im Browser.</translation>
    </message>
    <message>
        <source>required: the client secret apaleo showed (kept in the system keyring)</source>
        <translation>erforderlich: das Client-Geheimnis, das apaleo angezeigt hat (im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>leave empty to keep the one in the system keyring</source>
        <translation>leer lassen, um das im Schlüsselbund des Systems zu behalten</translation>
    </message>
    <message>
        <source>Save the changes to &apos;{name}&apos;?</source>
        <translation>Die Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>das neue Profil</translation>
    </message>
    <message>
        <source>No client secret</source>
        <translation>Kein Client-Geheimnis</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no client secret yet, so signing in will fail until you enter it. Save without it?</source>
        <translation>„{name}“ hat noch kein Client-Secret, daher schlägt die Anmeldung fehl, bis Sie es eingeben. Ohne Secret speichern?</translation>
    </message>
    <message>
        <source>Not saved: enter the client secret apaleo showed.</source>
        <translation>Nicht gespeichert: Geben Sie das Client-Geheimnis ein, das apaleo angezeigt hat.</translation>
    </message>
    <message>
        <source>Saved, without a client secret.</source>
        <translation>Gespeichert, ohne Client-Geheimnis.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Updating the system keyring…</source>
        <translation>Gespeichert. Der Schlüsselbund des Systems wird aktualisiert…</translation>
    </message>
    <message>
        <source>Saved, but the system keyring was not updated ({kind}).</source>
        <translation>Gespeichert, aber der Schlüsselbund des Systems wurde nicht aktualisiert ({kind}).</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &apos;{name}&apos;? Its client secret and saved sign-in are deleted from the system keyring too; signing in again needs the secret from apaleo.</source>
        <translation>Das Profil „{name}“ entfernen? Sein Client-Secret und die gespeicherte Anmeldung werden auch aus dem Schlüsselbund des Systems gelöscht; für eine neue Anmeldung brauchen Sie das Secret aus apaleo.</translation>
    </message>
    <message>
        <source>Removed &apos;{name}&apos;, but its secrets are still in the keyring. {problem}</source>
        <translation>„{name}“ wurde entfernt, aber seine Geheimnisse sind noch im Schlüsselbund. {problem}</translation>
    </message>
    <message>
        <source>Removed &apos;{name}&apos; and its secrets.</source>
        <translation>„{name}“ und seine Geheimnisse wurden entfernt.</translation>
    </message>
    <message>
        <source>Removing &apos;{name}&apos; and its secrets…</source>
        <translation>„{name}“ und seine Geheimnisse werden entfernt …</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>&amp;A person signs in (connect client, recommended)</source>
        <translation>&amp;Eine Person meldet sich an (Connect-Client, empfohlen)</translation>
    </message>
    <message>
        <source>Each admin signs in with their own apaleo user in the browser; the app sees what that user may see. Register it in apaleo under Apps {sep} My store apps as a connect client.</source>
        <translation>Jeder Administrator meldet sich mit seinem eigenen apaleo-Benutzer im Browser an; die App sieht, was dieser Benutzer sehen darf. Registrieren Sie sie in apaleo unter Apps {sep} My store apps als Connect-Client.</translation>
    </message>
    <message>
        <source>The app &amp;connects by itself (custom app)</source>
        <translation>Die App &amp;verbindet sich selbst (Custom App)</translation>
    </message>
    <message>
        <source>The app connects with its own client id and secret, with no person signed in; it sees what the app was granted for the whole account. Add it in apaleo under Apps {sep} Connected apps as a custom app.</source>
        <translation>Die App verbindet sich mit ihrer eigenen Client-ID und ihrem Geheimnis, ohne angemeldete Person; sie sieht, was der App für das ganze Konto gewährt wurde. Legen Sie sie in apaleo unter Apps {sep} Connected apps als Custom App an.</translation>
    </message>
    <message>
        <source>1. Sign in to apaleo and open Apps {sep} My store apps.
2. Register a new connect client (type: connect).
3. Add the redirect URI below exactly as shown.
4. Allow the scopes openid, profile, offline_access, setup.read and identity:account-users.read (all read-only).
5. Copy the client id and the client secret apaleo shows you.</source>
        <translation>1. Melden Sie sich bei apaleo an und öffnen Sie Apps {sep} My store apps.
2. Registrieren Sie einen neuen Connect-Client (Typ: connect).
3. Tragen Sie die Weiterleitungs-URI unten genau so ein, wie sie angezeigt wird.
4. Erlauben Sie die Scopes openid, profile, offline_access, setup.read und identity:account-users.read (alle nur lesend).
5. Kopieren Sie die Client-ID und das Client-Geheimnis, die apaleo Ihnen anzeigt.</translation>
    </message>
    <message>
        <source>1. Sign in to apaleo and open Apps {sep} Connected apps.
2. Add a custom app, and give it the read-only scopes setup.read and identity:account-users.read.
3. Copy the client id and the client secret apaleo shows you. No redirect URI is needed: nobody signs in in a browser.</source>
        <translation>1. Melden Sie sich bei apaleo an und öffnen Sie Apps {sep} Connected apps.
2. Legen Sie eine Custom App an und geben Sie ihr die nur lesenden Scopes setup.read und identity:account-users.read.
3. Kopieren Sie die Client-ID und das Client-Geheimnis, die apaleo Ihnen anzeigt. Eine Weiterleitungs-URI ist nicht nötig: Niemand meldet sich im Browser an.</translation>
    </message>
    <message>
        <source>Which kind of apaleo app is this?</source>
        <translation>Welche Art von apaleo-App ist das?</translation>
    </message>
    <message>
        <source>apaleo has two kinds of app. Ask your apaleo admin if unsure.</source>
        <translation>apaleo kennt zwei Arten von Apps. Fragen Sie im Zweifel Ihren apaleo-Administrator.</translation>
    </message>
    <message>
        <source>Register the app in apaleo</source>
        <translation>Die App bei apaleo registrieren</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Die Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>Weiterleitungs-&amp;URI:</translation>
    </message>
    <message>
        <source>Copied. Paste it into the redirect URIs of the app in apaleo.</source>
        <translation>Kopiert. Fügen Sie sie bei den Weiterleitungs-URIs der App in apaleo ein.</translation>
    </message>
    <message>
        <source>The app&apos;s client id and secret</source>
        <translation>Client-ID und Geheimnis der App</translation>
    </message>
    <message>
        <source>As apaleo showed them when you registered the app.</source>
        <translation>So, wie apaleo sie bei der Registrierung der App angezeigt hat.</translation>
    </message>
    <message>
        <source>My apaleo account</source>
        <translation>Mein apaleo-Konto</translation>
    </message>
    <message>
        <source>required: kept in the system keyring, never in a file</source>
        <translation>erforderlich: im Schlüsselbund des Systems aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>Advanced (only for a test system other than apaleo&apos;s)</source>
        <translation>Erweitert (nur für ein Testsystem außerhalb von apaleo)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>The test asks apaleo for real. For a connect client it opens your browser to sign in; that sign-in is kept, so finishing takes you straight to your account.</source>
        <translation>Der Test fragt wirklich bei apaleo an. Bei einem Connect-Client öffnet er Ihren Browser zur Anmeldung; diese Anmeldung bleibt erhalten, sodass Sie nach dem Fertigstellen direkt in Ihrem Konto sind.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>If your browser shows an error instead of apaleo&apos;s sign-in page, the app&apos;s registration in apaleo must list exactly this redirect URI:</source>
        <translation>Zeigt Ihr Browser statt der Anmeldeseite von apaleo einen Fehler, muss die Registrierung der App in apaleo genau diese Weiterleitungs-URI enthalten:</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>Browser erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Not tested yet. You can finish without testing, too.</source>
        <translation>Noch nicht getestet. Sie können auch ohne Test fertigstellen.</translation>
    </message>
    <message>
        <source>apaleo&apos;s sign-in service answered ({issuer}).</source>
        <translation>Der Anmeldedienst von apaleo hat geantwortet ({issuer}).</translation>
    </message>
    <message>
        <source>Connect to apaleo</source>
        <translation>Mit apaleo verbinden</translation>
    </message>
    <message>
        <source>There is already a profile called &apos;{name}&apos;. Choose another name.</source>
        <translation>Es gibt bereits ein Profil namens „{name}“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Asking apaleo&apos;s sign-in service…</source>
        <translation>Der Anmeldedienst von apaleo wird gefragt …</translation>
    </message>
    <message>
        <source>no scope</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>apaleo accepted the client id and secret and granted: {granted}.</source>
        <translation>apaleo hat Client-ID und Geheimnis akzeptiert und gewährt: {granted}.</translation>
    </message>
    <message>
        <source>Sign in in your browser now.</source>
        <translation>Melden Sie sich jetzt in Ihrem Browser an.</translation>
    </message>
    <message>
        <source>Open the address below in your browser and sign in there.</source>
        <translation>Öffnen Sie die Adresse unten in Ihrem Browser und melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>You signed in to apaleo account {value}: the connection works.</source>
        <translation>Sie haben sich beim apaleo-Konto {value} angemeldet: Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The test failed. {error}</source>
        <translation>Der Test ist fehlgeschlagen. {error}</translation>
    </message>
    <message>
        <source>The test was stopped. You can test again.</source>
        <translation>Der Test wurde abgebrochen. Sie können erneut testen.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Opening your browser…</source>
        <translation>Ihr Browser wird geöffnet …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser …</translation>
    </message>
    <message>
        <source>Exchanging the sign-in code…</source>
        <translation>Der Anmeldecode wird eingelöst …</translation>
    </message>
    <message>
        <source>Checking your identity…</source>
        <translation>Ihre Identität wird geprüft …</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>apaleo Inspector is now signed in to your account.</source>
        <translation>apaleo Inspector ist jetzt bei Ihrem Konto angemeldet.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>{message}
(apaleo support reference: {reference})</source>
        <translation>{message}
(apaleo-Support-Referenz: {reference})</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Please try again.</source>
        <translation>Etwas Unerwartetes ist passiert ({kind}). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign in — {app}</source>
        <translation>Anmelden – {app}</translation>
    </message>
    <message>
        <source>Sign in with your apaleo account to see your properties, what this app may do, and your sign-in&apos;s details. Your password is entered in your browser, never here.</source>
        <translation>Melden Sie sich mit Ihrem apaleo-Konto an, um Ihre Unterkünfte zu sehen, was diese App darf und die Angaben zu Ihrer Anmeldung. Ihr Passwort geben Sie in Ihrem Browser ein, nie hier.</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Set &amp;up a connection…</source>
        <translation>Verbindung ein&amp;richten …</translation>
    </message>
    <message>
        <source>A guided setup for your apaleo account</source>
        <translation>Eine geführte Einrichtung für Ihr apaleo-Konto</translation>
    </message>
    <message>
        <source>Sign in with apaleo</source>
        <translation>Mit apaleo anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>Browser erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut ver&amp;suchen</translation>
    </message>
    <message>
        <source>Try the saved sign-in again, without the browser</source>
        <translation>Die gespeicherte Anmeldung erneut versuchen, ohne Browser</translation>
    </message>
    <message>
        <source>&amp;Check the connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>Check every link from this computer to apaleo and say why</source>
        <translation>Jede Strecke von diesem Computer zu apaleo prüfen und den Grund nennen</translation>
    </message>
    <message>
        <source>There is no connection to apaleo yet. Choose Set up a connection: it guides you step by step.</source>
        <translation>Es gibt noch keine Verbindung zu apaleo. Wählen Sie „Verbindung einrichten“: Die Einrichtung führt Sie Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connecting to apaleo…</source>
        <translation>Verbindung mit apaleo wird hergestellt …</translation>
    </message>
    <message>
        <source>Time left to sign in: {time}</source>
        <translation>Verbleibende Zeit für die Anmeldung: {time}</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>Ihr Konto wird geladen …</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Your browser opened apaleo&apos;s sign-in page. If you do not see it, open it again or copy this address into a browser:</source>
        <translation>Ihr Browser hat die Anmeldeseite von apaleo geöffnet. Wenn Sie sie nicht sehen, öffnen Sie sie erneut oder kopieren Sie diese Adresse in einen Browser:</translation>
    </message>
    <message>
        <source>Address copied. Paste it into your browser to sign in.</source>
        <translation>Adresse kopiert. Fügen Sie sie zum Anmelden in Ihren Browser ein.</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>apaleo&apos;s rate limit</source>
        <translation>Das Anfragelimit von apaleo</translation>
    </message>
    <message>
        <source>apaleo answered with an error</source>
        <translation>apaleo hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>{why}: continuing in {seconds} s</source>
        <translation>{why}: weiter in {seconds} s</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Missing or unreadable in apaleo&apos;s answer: {fields}</source>
        <translation>Fehlt in der Antwort von apaleo oder ist unlesbar: {fields}</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <source>In this app</source>
        <translation>In dieser App</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Asked for but not granted</source>
        <translation>Angefragt, aber nicht gewährt</translation>
    </message>
    <message>
        <source>Granted without being asked for</source>
        <translation>Gewährt, ohne angefragt zu sein</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Account admin</source>
        <translation>Kontoadministrator</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Properties and roles</source>
        <translation>Unterkünfte und Rollen</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>all (account admin)</source>
        <translation>alle (Kontoadministrator)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Access token lifetime left</source>
        <translation>Verbleibende Lebensdauer des Zugriffstokens</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Das Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Das Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Copies the token even while it is hidden; the clipboard is emptied after {seconds} s.</source>
        <translation>Kopiert das Token auch, während es verborgen ist; die Zwischenablage wird nach {seconds} s geleert.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token (hidden)</source>
        <translation>Zugriffstoken (verborgen)</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>&amp;Jetzt erneuern</translation>
    </message>
    <message>
        <source>Decoded access token (not verified: the API verifies it)</source>
        <translation>Entschlüsseltes Zugriffstoken (nicht geprüft: das prüft die API)</translation>
    </message>
    <message>
        <source>Token header as JSON</source>
        <translation>Token-Header als JSON</translation>
    </message>
    <message>
        <source>Token payload as JSON</source>
        <translation>Token-Payload als JSON</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Lifetime left:</source>
        <translation>Verbleibende Lebensdauer:</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>{time} left of {minutes} min</source>
        <translation>{time} übrig von {minutes} Min.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Das Zugriffstoken verbergen</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in {seconds} s unless you copy something else.</source>
        <translation>Kopiert. Die Zwischenablage wird in {seconds} s geleert, wenn Sie nichts anderes kopieren.</translation>
    </message>
    <message>
        <source>The token was removed from the clipboard.</source>
        <translation>Das Token wurde aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird erneuert …</translation>
    </message>
    <message>
        <source>A new access token was issued.</source>
        <translation>Ein neues Zugriffstoken wurde ausgestellt.</translation>
    </message>
    <message>
        <source>Refresh failed. {error}</source>
        <translation>Erneuern fehlgeschlagen. {error}</translation>
    </message>
    <message>
        <source>Refreshing the access token…</source>
        <translation>Das Zugriffstoken wird erneuert …</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>&amp;Users</source>
        <translation>Benut&amp;zer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, property or role</source>
        <translation>Nach Name, E-Mail, Unterkunft oder Rolle filtern</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>list the account&apos;s users</source>
        <translation>Auflisten der Benutzer des Kontos</translation>
    </message>
    <message>
        <source>Users could not be loaded: {headline}.</source>
        <translation>Die Benutzer konnten nicht geladen werden: {headline}.</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%Ln properties</source>
        <translation>
            <numerusform>%Ln Unterkunft</numerusform>
            <numerusform>%Ln Unterkünfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln properties</source>
        <translation>
            <numerusform>{shown} von %Ln Unterkunft</numerusform>
            <numerusform>{shown} von %Ln Unterkünften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have access to this account.</source>
        <translation>
            <numerusform>%Ln Person hat Zugriff auf dieses Konto.</numerusform>
            <numerusform>%Ln Personen haben Zugriff auf dieses Konto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apaleo replaced it %Ln times while the app has run.</source>
        <translation>
            <numerusform>apaleo hat es %Ln-mal ersetzt, seit die App läuft.</numerusform>
            <numerusform>apaleo hat es %Ln-mal ersetzt, seit die App läuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>A simple client has no refresh token: the app asks for a new access token with the client secret whenever the old one expires.</source>
        <translation>Ein einfacher Client hat kein Aktualisierungstoken: Die App fragt mit dem Client-Geheimnis nach einem neuen Zugriffstoken, sobald das alte abläuft.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>although the app asked for one (offline_access). apaleo may issue one only when you agree to it explicitly: turn on &apos;Ask for consent at every sign-in&apos; in the profile and sign in again.</source>
        <translation>obwohl die App eines angefragt hat (offline_access). apaleo stellt eines womöglich nur aus, wenn Sie ausdrücklich zustimmen: Schalten Sie im Profil „Bei jeder Anmeldung um Zustimmung bitten“ ein und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>since the profile does not ask for offline_access.</source>
        <translation>da das Profil offline_access nicht anfragt.</translation>
    </message>
    <message>
        <source>This sign-in will not be kept: apaleo issued no refresh token, {asked} You will have to sign in again when the access token expires.</source>
        <translation>Diese Anmeldung bleibt nicht erhalten: apaleo hat kein Aktualisierungstoken ausgestellt, {asked} Sie müssen sich erneut anmelden, wenn das Zugriffstoken abläuft.</translation>
    </message>
    <message>
        <source>Kept in the system keyring ({keyring}): the next start signs in without the browser.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt ({keyring}): Der nächste Start meldet Sie ohne Browser an.</translation>
    </message>
    <message>
        <source>Kept in memory only: the demo keeps nothing once it closes.</source>
        <translation>Nur im Arbeitsspeicher: Die Demo behält nichts, wenn sie beendet wird.</translation>
    </message>
    <message>
        <source>Kept in memory only, for as long as the app runs.</source>
        <translation>Nur im Arbeitsspeicher, solange die App läuft.</translation>
    </message>
    <message>
        <source>{words} {problem}</source>
        <translation>{words} {problem}</translation>
    </message>
    <message>
        <source>Renewing your saved sign-in…</source>
        <translation>Ihre gespeicherte Anmeldung wird erneuert …</translation>
    </message>
    <message>
        <source>— (not in apaleo&apos;s answer)</source>
        <translation>— (nicht in der Antwort von apaleo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>account {code} · {kind} · profile {profile}</source>
        <translation>Konto {code} · {kind} · Profil {profile}</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>Connected as the app itself (client {client}), no user.</source>
        <translation>Verbunden als die App selbst (Client {client}), ohne Benutzer.</translation>
    </message>
    <message>
        <source>Access token expired — renewing it now</source>
        <translation>Zugriffstoken abgelaufen – wird jetzt erneuert</translation>
    </message>
    <message>
        <source>Access token valid for {time} · renewed automatically</source>
        <translation>Zugriffstoken gültig für {time} · wird automatisch erneuert</translation>
    </message>
    <message>
        <source>⚠ Your sign-in has ended: sign in again to go on</source>
        <translation>⚠ Ihre Anmeldung ist beendet: Melden Sie sich erneut an, um fortzufahren</translation>
    </message>
    <message>
        <source>⚠ Access token valid for {time} — then you need to sign in again</source>
        <translation>⚠ Zugriffstoken gültig für {time} – danach müssen Sie sich erneut anmelden</translation>
    </message>
    <message>
        <source>Access token valid for {time}</source>
        <translation>Zugriffstoken gültig für {time}</translation>
    </message>
    <message>
        <source>Loading properties… {done} of {total}</source>
        <translation>Unterkünfte werden geladen … {done} von {total}</translation>
    </message>
    <message>
        <source>Loading properties… {done} so far</source>
        <translation>Unterkünfte werden geladen … bisher {done}</translation>
    </message>
    <message>
        <source>No property matches &apos;{text}&apos;.</source>
        <translation>Keine Unterkunft passt zu „{text}“.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert um {time}</translation>
    </message>
    <message>
        <source>No users were listed.</source>
        <translation>Es wurden keine Benutzer aufgeführt.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject (user)</source>
        <translation>Subjekt (Benutzer)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Who issued the token: apaleo&apos;s sign-in service.</source>
        <translation>Wer das Token ausgestellt hat: der Anmeldedienst von apaleo.</translation>
    </message>
    <message>
        <source>Who the token is for: apaleo&apos;s API.</source>
        <translation>Für wen das Token bestimmt ist: die API von apaleo.</translation>
    </message>
    <message>
        <source>The app the token was issued to: this app&apos;s client id.</source>
        <translation>Die App, für die das Token ausgestellt wurde: die Client-ID dieser App.</translation>
    </message>
    <message>
        <source>The apaleo user the token acts for (none for a custom app).</source>
        <translation>Der apaleo-Benutzer, für den das Token handelt (keiner bei einer eigenen App).</translation>
    </message>
    <message>
        <source>The apaleo account whose data the token opens.</source>
        <translation>Das apaleo-Konto, dessen Daten das Token öffnet.</translation>
    </message>
    <message>
        <source>When apaleo issued the token.</source>
        <translation>Wann apaleo das Token ausgestellt hat.</translation>
    </message>
    <message>
        <source>The token does not work before this time.</source>
        <translation>Vor diesem Zeitpunkt funktioniert das Token nicht.</translation>
    </message>
    <message>
        <source>When the token stops working. The app renews it before then.</source>
        <translation>Wann das Token aufhört zu funktionieren. Die App erneuert es vorher.</translation>
    </message>
    <message>
        <source>The proof of who signed in, which the app checked when it arrived.</source>
        <translation>Der Nachweis, wer sich angemeldet hat; die App hat ihn beim Eintreffen geprüft.</translation>
    </message>
    <message>
        <source>What keeps you signed in: the app uses it to get a new access token without asking you to sign in again.</source>
        <translation>Was Sie angemeldet hält: Damit holt die App ein neues Zugriffstoken, ohne Sie erneut anmelden zu lassen.</translation>
    </message>
    <message>
        <source>The key the app shows apaleo&apos;s API with each request. Hidden unless you show it: anyone who has it can read what the app can, until it expires.</source>
        <translation>Der Schlüssel, den die App bei jeder Anfrage an die API von apaleo vorzeigt. Verborgen, bis Sie ihn anzeigen: Wer ihn hat, kann bis zu seinem Ablauf lesen, was die App lesen kann.</translation>
    </message>
    <message>
        <source>{local} local · {utc} UTC</source>
        <translation>{local} lokal · {utc} UTC</translation>
    </message>
    <message>
        <source>— (the access token is opaque)</source>
        <translation>— (das Zugriffstoken ist undurchsichtig)</translation>
    </message>
    <message>
        <source>None (no openid scope, or the server sent none)</source>
        <translation>Keines (kein openid-Scope, oder der Server hat keines geschickt)</translation>
    </message>
    <message>
        <source>Verified (signature, issuer, audience, expiry, nonce)</source>
        <translation>Geprüft (Signatur, Aussteller, Zielgruppe, Ablauf, Nonce)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The access token is opaque: it has no readable header or payload.</source>
        <translation>Das Zugriffstoken ist undurchsichtig: Es hat keinen lesbaren Header und keine lesbare Payload.</translation>
    </message>
    <message>
        <source>Stored {when}.</source>
        <translation>Gespeichert am {when}.</translation>
    </message>
    <message>
        <source>Stored at an earlier start of the app.</source>
        <translation>Gespeichert bei einem früheren Start der App.</translation>
    </message>
    <message>
        <source>Not replaced while the app has run.</source>
        <translation>Nicht ersetzt, seit die App läuft.</translation>
    </message>
</context>
<context>
    <name>apaleo</name>
    <message>
        <source>apaleo does not know this redirect URI for this app. It must match the registered one exactly: a trailing slash, another port, or localhost instead of 127.0.0.1 makes it a different address.</source>
        <translation>apaleo kennt diese Weiterleitungs-URI für diese App nicht. Sie muss exakt der registrierten entsprechen: Ein Schrägstrich am Ende, ein anderer Port oder localhost statt 127.0.0.1 ergibt eine andere Adresse.</translation>
    </message>
    <message>
        <source>In apaleo, open Apps ▸ My store apps, edit this app and add the redirect URI exactly as the profile shows it; or change the profile&apos;s redirect port and host to the registered one. A new redirect URI takes effect a few minutes after it is saved.</source>
        <translation>Öffnen Sie in apaleo Apps ▸ My store apps, bearbeiten Sie diese App und tragen Sie die Weiterleitungs-URI genau so ein, wie das Profil sie zeigt; oder stellen Sie Port und Host des Profils auf die registrierten. Eine neue Weiterleitungs-URI wirkt einige Minuten nach dem Speichern.</translation>
    </message>
    <message>
        <source>apaleo does not know this client id (or the app is not active yet).</source>
        <translation>apaleo kennt diese Client-ID nicht (oder die App ist noch nicht aktiv).</translation>
    </message>
    <message>
        <source>Check the client id in the profile against apaleo ▸ Apps. An app registered a few minutes ago may not be active yet: check again in five minutes.</source>
        <translation>Vergleichen Sie die Client-ID im Profil mit apaleo ▸ Apps. Eine vor wenigen Minuten registrierte App ist vielleicht noch nicht aktiv: Prüfen Sie in fünf Minuten erneut.</translation>
    </message>
    <message>
        <source>apaleo did not accept the client id and secret: the secret is wrong (or was replaced in apaleo), or the app was registered only minutes ago and is not active yet.</source>
        <translation>apaleo hat Client-ID und Secret nicht angenommen: Das Secret ist falsch (oder wurde in apaleo ersetzt), oder die App wurde erst vor Minuten registriert und ist noch nicht aktiv.</translation>
    </message>
    <message>
        <source>Copy the secret again from apaleo ▸ Apps (the app&apos;s Secrets) into Settings. If the app is new, wait five minutes and check again.</source>
        <translation>Kopieren Sie das Secret erneut aus apaleo ▸ Apps (die Secrets der App) in die Einstellungen. Ist die App neu, warten Sie fünf Minuten und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The profile asks for a scope that is not registered for this app in apaleo, or that apaleo has retired.</source>
        <translation>Das Profil fragt nach einem Scope, der für diese App bei apaleo nicht registriert ist oder den apaleo abgeschafft hat.</translation>
    </message>
    <message>
        <source>Remove the scope from the profile&apos;s scopes in Settings, or add it to the app&apos;s registration in apaleo ▸ Apps.</source>
        <translation>Entfernen Sie den Scope in den Einstellungen aus dem Profil, oder ergänzen Sie ihn in der Registrierung der App unter apaleo ▸ Apps.</translation>
    </message>
    <message>
        <source>apaleo ended the saved sign-in. This happens when the app&apos;s registration (its scopes or permissions) changed: the hotel must approve the app again.</source>
        <translation>apaleo hat die gespeicherte Anmeldung beendet. Das geschieht, wenn sich die Registrierung der App (Scopes oder Berechtigungen) geändert hat: Das Hotel muss die App erneut freigeben.</translation>
    </message>
    <message>
        <source>Sign in again and approve the app in the browser.</source>
        <translation>Melden Sie sich erneut an und geben Sie die App im Browser frei.</translation>
    </message>
    <message>
        <source>apaleo no longer accepts the saved sign-in: it was revoked, it expired, the user lost access, or the app&apos;s registration changed.</source>
        <translation>apaleo nimmt die gespeicherte Anmeldung nicht mehr an: Sie wurde widerrufen oder ist abgelaufen, der Benutzer hat keinen Zugriff mehr, oder die Registrierung der App hat sich geändert.</translation>
    </message>
    <message>
        <source>Sign in again (and approve the app if apaleo asks).</source>
        <translation>Melden Sie sich erneut an (und geben Sie die App frei, wenn apaleo fragt).</translation>
    </message>
    <message>
        <source>apaleo did not accept the sign-in code: it expired or was already used (a code lives about a minute), or it was issued to another client or redirect URI.</source>
        <translation>apaleo hat den Anmeldecode nicht angenommen: Er ist abgelaufen oder wurde schon benutzt (ein Code gilt etwa eine Minute), oder er wurde für einen anderen Client oder eine andere Weiterleitungs-URI ausgestellt.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This client is a store app (a connect client): it gets tokens only when a user signs in, not with client credentials.</source>
        <translation>Dieser Client ist eine Store-App (ein Connect-Client): Er bekommt Tokens nur, wenn sich ein Benutzer anmeldet, nicht mit Client-Credentials.</translation>
    </message>
    <message>
        <source>Set the profile&apos;s sign-in to &apos;a user signs in in the browser&apos;, or register a custom app under apaleo ▸ Apps ▸ Connected apps ▸ Add custom app for client credentials.</source>
        <translation>Stellen Sie die Anmeldung des Profils auf „ein Benutzer meldet sich im Browser an“, oder registrieren Sie für Client-Credentials eine eigene App unter apaleo ▸ Apps ▸ Connected apps ▸ Add custom app.</translation>
    </message>
    <message>
        <source>This client is a custom app (a simple client): it cannot sign a user in.</source>
        <translation>Dieser Client ist eine eigene App (ein Simple-Client): Er kann keinen Benutzer anmelden.</translation>
    </message>
    <message>
        <source>Set the profile&apos;s sign-in to client credentials, or register a store app (Apps ▸ My store apps) for signing in with a user.</source>
        <translation>Stellen Sie die Anmeldung des Profils auf Client-Credentials, oder registrieren Sie für die Anmeldung mit Benutzer eine Store-App (Apps ▸ My store apps).</translation>
    </message>
    <message>
        <source>apaleo refused the call (403, with no explanation): the sign-in does not include the scope or permission this call needs.</source>
        <translation>apaleo hat den Aufruf abgelehnt (403, ohne Erklärung): Der Anmeldung fehlt der Scope oder die Berechtigung, die dieser Aufruf braucht.</translation>
    </message>
    <message>
        <source>Add the scope to the profile (for a fine-grained app: the permission to its registration in apaleo), then sign in again.</source>
        <translation>Ergänzen Sie den Scope im Profil (bei einer feingranularen App: die Berechtigung in ihrer Registrierung bei apaleo) und melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <source>apaleo no longer accepts the access token, even after a renewal: the sign-in was revoked or the user lost access.</source>
        <translation>apaleo nimmt das Zugriffstoken auch nach einer Erneuerung nicht mehr an: Die Anmeldung wurde widerrufen, oder der Benutzer hat keinen Zugriff mehr.</translation>
    </message>
    <message>
        <source>This app has spent apaleo&apos;s rate limit for the account (development accounts: 200 requests a minute; live accounts 3,500).</source>
        <translation>Diese App hat apaleos Anfragelimit für das Konto aufgebraucht (Entwicklungskonten: 200 Anfragen pro Minute; Live-Konten 3.500).</translation>
    </message>
    <message>
        <source>Wait until the limit resets (a minute at most), and close other copies of the app or scripts that use the same app registration.</source>
        <translation>Warten Sie, bis das Limit zurückgesetzt wird (höchstens eine Minute), und schließen Sie andere Kopien der App oder Skripte mit derselben App-Registrierung.</translation>
    </message>
</context>
</TS>
