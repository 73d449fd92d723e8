<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../app/gui.py" line="78"/>
        <source>Signing you in…</source>
        <extracomment>The settings were changed by the user (already saved and applied). How often the open app checks that its session is still valid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../app/shell/main_window.py" line="42"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="43"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="44"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/shell/main_window.py" line="75"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="81"/>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="105"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="111"/>
        <source>Signed in to {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="113"/>
        <source>via proxy {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="120"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="123"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="133"/>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="134"/>
        <source>&amp;About Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="138"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="147"/>
        <source>Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="147"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="154"/>
        <source>Account menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="162"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="163"/>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="212"/>
        <source>{title}, {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../app/shell/pages.py" line="81"/>
        <source>This page is not available in this version of Ticket Pros Desktop yet.</source>
        <extracomment>Show a failure to the person (the app&apos;s one error presenter). Go to another page: ``navigate(&quot;requests&quot;, {&quot;type&quot;: &quot;correction&quot;})``. The target page receives the dict in its ``open_with(args)``, if it has one. What the page is for, shown under its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="85"/>
        <source>{page}: not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/settings/dialog.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="44"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="56"/>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="58"/>
        <source>intranet.example.com, .local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="59"/>
        <source>Hosts reached without the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="61"/>
        <source>Now: through {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="62"/>
        <source>Now: direct connection (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="67"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="69"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="70"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="71"/>
        <source>Proxy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="72"/>
        <source>&amp;Bypass for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="79"/>
        <source>Files uploaded at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="83"/>
        <source> KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="84"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="86"/>
        <source>Upload bandwidth limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="87"/>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="89"/>
        <source>Files at the &amp;same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="90"/>
        <source>Bandwidth &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="94"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="98"/>
        <location filename="../../app/settings/dialog.py" line="99"/>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="101"/>
        <location filename="../../app/settings/dialog.py" line="102"/>
        <source>Start minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="106"/>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="107"/>
        <source>Appearance and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="109"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="116"/>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="119"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../app/signin/window.py" line="33"/>
        <source>Sign in — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="40"/>
        <source>Ticket Pros logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="41"/>
        <source>Sign in to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="46"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="49"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="50"/>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="52"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="54"/>
        <location filename="../../app/signin/window.py" line="56"/>
        <source>Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="57"/>
        <source>Your session is kept in the system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="61"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="62"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="63"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="68"/>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="76"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="79"/>
        <location filename="../../app/signin/window.py" line="80"/>
        <source>Sign in with password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="83"/>
        <location filename="../../app/signin/window.py" line="85"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="146"/>
        <source>server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="147"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="148"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="150"/>
        <source>Enter your {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="150"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="152"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../app/tray.py" line="25"/>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="26"/>
        <source>Pause all uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="27"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="28"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/about.py" line="41"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="55"/>
        <source>Please send the file &lt;b&gt;{file}&lt;/b&gt; to support@ticketpros.io with a few words about what happened. It contains no passwords or sign-in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="59"/>
        <source>The folder could not be opened automatically; the file is at the path above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="60"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
