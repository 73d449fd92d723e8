<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/about.py" line="28"/>
        <source>Version</source>
        <extracomment>The legal entity behind the service (a name and an address, not translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="29"/>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="33"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="34"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="35"/>
        <source>Data (upload queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="36"/>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="40"/>
        <source>Upload tickets and documents, see what Ticket Pros keeps about you, and file privacy requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="42"/>
        <source>Your session is kept in the system keyring, never in these folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="46"/>
        <source>Set by your organisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="19"/>
        <location filename="../../app/privacy/sections/account.py" line="26"/>
        <source>Account information</source>
        <extracomment>Rows that are not mine to correct: the service sets them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="20"/>
        <source>Used to run your account and sign you in. Your password is stored only as a hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="23"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="24"/>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="28"/>
        <source>Request a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="28"/>
        <source>Request a correction of the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="30"/>
        <source>Request a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="30"/>
        <source>Request a copy of my personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="35"/>
        <source>Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="35"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="38"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="39"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="39"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="40"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="41"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="42"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="42"/>
        <source>Stored as a hash; never the password itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="43"/>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="44"/>
        <source>Billing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="45"/>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="52"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="52"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../app/approvals/page.py" line="45"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="49"/>
        <source>Privacy requests from your team. Approve or deny each within its due date; Ticket Pros carries out approved requests right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="57"/>
        <source>Requests from your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="60"/>
        <source>No requests from your team. When someone files one, it appears here and you get a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="67"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="74"/>
        <source>Reason or note for the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="75"/>
        <source>Reason (required to deny; the requester sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="77"/>
        <location filename="../../app/approvals/page.py" line="78"/>
        <source>Also delete the tickets they uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="80"/>
        <source>Otherwise their tickets stay with your organisation with the uploader&apos;s name removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="82"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="84"/>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="85"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="86"/>
        <source>Deny the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="90"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="91"/>
        <source>Extension in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="92"/>
        <location filename="../../app/approvals/page.py" line="240"/>
        <source>Extend deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="93"/>
        <source>Extend the deadline once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="94"/>
        <source>Once per request, by up to 60 days, with the reason above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="97"/>
        <source>Decision message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="100"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="113"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="169"/>
        <source>New privacy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="170"/>
        <source>{name} asks for: {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="183"/>
        <source>Select a request to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="232"/>
        <source>Write the reason first; the requester sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="238"/>
        <source>Already extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="254"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/approvals/page.py" line="270"/>
        <source>The %n tickets they uploaded are deleted too.</source>
        <translation>
            <numerusform>The ticket they uploaded is deleted too.</numerusform>
            <numerusform>The %n tickets they uploaded are deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="271"/>
        <source>The tickets they uploaded are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="273"/>
        <source>The tickets they uploaded stay with your organisation without their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="274"/>
        <source>Approve deletion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="275"/>
        <source>Erase the personal information of {name} and end their sessions? They will not be able to sign in again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="277"/>
        <source>Approve and erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="309"/>
        <source>Done: the request is now {state}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/__init__.py" line="94"/>
        <source>Ticket Pros Desktop. With no command, opens the app.</source>
        <extracomment>Each command&apos;s module (``register(subparsers)`` adds it), in the order ``--help`` lists them. The top-level options that take no value and name no command (``--help`` needs every command). The exit status of a command whose reader went away (``ticketpros … | head``): 128 + SIGPIPE, what a shell reports for ``cat``, ``git log`` and the rest of the toolbox in the same place, so ``set -o pipefail`` scripts see the same.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="97"/>
        <source>show the version of the app and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="99"/>
        <source>start offscreen, build every page, exit 0 if all is well (for bundles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="161"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="35"/>
        <source>The command failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="46"/>
        <source>The app needs its Qt part: pip install &apos;ticketpros-desktop[gui]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="56"/>
        <source>Your organisation manages {setting} on this computer, so {option} cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="95"/>
        <source>You are not signed in. Run: ticketpros login --server URL --browser</source>
        <extracomment>The parser default under which ``setting_option`` records which options set which setting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="25"/>
        <source>Your organisation signs in through the browser only: run ticketpros login --browser (or --device).</source>
        <extracomment>The service&apos;s sign-in page waits ten minutes; so does the command. Password sign-ins the service sends to the browser, said for the command line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="27"/>
        <source>Your organisation requires two-step verification: run ticketpros login --browser to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="31"/>
        <source>Your account uses two-step verification: give the code from your authenticator app (or a recovery code) on the line after the password, or run ticketpros login --browser.</source>
        <extracomment>With --password-stdin the code is the line after the password.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="38"/>
        <source>sign in and keep the session in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="39"/>
        <source>Sign in with --browser (the service&apos;s page, with two-step verification and whatever your organisation requires), --device (a code to type on another device), or --email and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="42"/>
        <source>service address (default: the last one used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="45"/>
        <source>sign in on the service&apos;s page in your web browser (the address is printed too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="47"/>
        <source>sign in on another device: open the address shown there and type the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="48"/>
        <source>sign in here with your email and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="50"/>
        <source>with --browser: only print the address, do not start a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="52"/>
        <source>read the password from standard input instead of prompting (and, with two-step verification, the code from the next line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="55"/>
        <source>allow plain http:// to a host other than this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="58"/>
        <source>end the session here and on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="61"/>
        <source>show who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="69"/>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="75"/>
        <source>Code from your authenticator app (or a recovery code): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="106"/>
        <source>Your browser opens the sign-in page; finish signing in there. If it did not open, visit this address on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="109"/>
        <source>Open this address in a web browser on this computer to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="117"/>
        <source>On a phone or computer, open {uri} and type the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/account.py" line="119"/>
        <source>Waiting for the sign-in there (up to %n minutes; Ctrl+C to stop).</source>
        <translation>
            <numerusform>Waiting for the sign-in there (up to %n minute; Ctrl+C to stop).</numerusform>
            <numerusform>Waiting for the sign-in there (up to %n minutes; Ctrl+C to stop).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="126"/>
        <source>Choose how to sign in: --browser, --device, or --email EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="140"/>
        <source>Signed in as {name} &lt;{email}&gt; ({organisation}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="143"/>
        <source>Note: the system keyring is not available, so this session was not saved; commands run later will ask you to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="153"/>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="159"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="160"/>
        <source>Signed out on this computer (the service could not be reached to end the session there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="172"/>
        <source>Account Owner of {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="173"/>
        <source>Member of {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="174"/>
        <source>Server: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="15"/>
        <source>what Ticket Pros keeps about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="17"/>
        <source>show the privacy dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="18"/>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="40"/>
        <source>Privacy policy {version} (effective {date}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="42"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="43"/>
        <source>NOT acknowledged — what changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="45"/>
        <source>Account information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="46"/>
        <source>Name: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="46"/>
        <source>Email: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="47"/>
        <source>Phone: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="47"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="48"/>
        <source>Company: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="49"/>
        <source>Role: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="49"/>
        <source>Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="49"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="50"/>
        <source>Password: stored as a hash only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="52"/>
        <source>Payment information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="55"/>
        <source>{brand} ending in {last4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="55"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="56"/>
        <source>no card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="57"/>
        <source>Status: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="58"/>
        <source>Subscription: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="59"/>
        <source>Card: {card} (full card numbers are never stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="61"/>
        <source>Shown to your Account Owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="62"/>
        <source>Support and communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="63"/>
        <source>Messages you sent: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="64"/>
        <source>Customer Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="64"/>
        <source>Customer Data (mine / organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="65"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="65"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="66"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="67"/>
        <source>Extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="68"/>
        <source>Stored size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="75"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="75"/>
        <source>NOT recorded ({flags})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="76"/>
        <source>Usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/privacy.py" line="77"/>
        <source>{recorded}; %n requests in the last {days} days</source>
        <translation>
            <numerusform>{recorded}; %n request in the last {days} days</numerusform>
            <numerusform>{recorded}; %n requests in the last {days} days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="80"/>
        <source>Security events (recent sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="82"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="82"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="83"/>
        <source>unfamiliar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="85"/>
        <source>Subprocessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="88"/>
        <source>object by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="88"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="89"/>
        <source>Change: {summary} (effective {date}, {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="92"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="92"/>
        <source>Account status: {status}; after cancellation Customer Data is kept {min}–{max} days, then deleted or anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="95"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="97"/>
        <source>(kept when clearing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="98"/>
        <source>{what}: {size} at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="101"/>
        <source>Files waiting to upload: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="101"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="21"/>
        <source>waiting for the Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="22"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="23"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="24"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="25"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="26"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="31"/>
        <source>privacy requests: file, follow, decide, download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="34"/>
        <source>file a privacy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="36"/>
        <source>correction: what to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="37"/>
        <source>correction: the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="38"/>
        <source>anything the Account Owner should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="42"/>
        <source>access and deletion: read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="47"/>
        <source>my requests (or, with --approvals, my team&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="48"/>
        <source>Account Owner: requests to decide on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="58"/>
        <source>Account Owner: approve (Ticket Pros then fulfils it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="62"/>
        <source>deletion: also delete the tickets the person uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="67"/>
        <source>Account Owner: deny, with a reason the requester sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="73"/>
        <source>Account Owner: extend the deadline once (up to 60 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="80"/>
        <source>download and verify my access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="82"/>
        <source>where to save the ZIP (default: current folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="103"/>
        <source>{state} (OVERDUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="107"/>
        <source>{type} request by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="109"/>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="110"/>
        <source>Filed: {filed}    Due: {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="113"/>
        <source>Correct {field} to: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="116"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="118"/>
        <source>Deadline extended: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="120"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="122"/>
        <source>Export ready: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="123"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="140"/>
        <source>Your password (to confirm): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="146"/>
        <source>a correction needs --field and --value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="154"/>
        <source>Filed; sent to Ticket Pros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="155"/>
        <source>Filed; sent to your Account Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="167"/>
        <source>No requests waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="169"/>
        <source>You have not filed any privacy request. File one with: ticketpros requests submit TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="174"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="215"/>
        <source>Downloading… {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="221"/>
        <source>Saved and verified (every file matches its SHA-256): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="40"/>
        <source>run the app against a local demo service</source>
        <extracomment>Seconds ``demo`` waits for its port before saying another program has it: longer than a quitting demo gives its service to stop (10 s, then SIGKILL). After this many seconds of waiting, ``demo`` says what it waits for. The documented, public demo password of the demo seed. Demo only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="47"/>
        <source>run the reference service (see: ticketpros server --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="54"/>
        <source>The reference service is not installed. Install it with: pip install &apos;ticketpros-desktop[server]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="135"/>
        <source>Port {port} is in use by another program; start the demo on another port with --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="150"/>
        <source>Waiting for port {port} to be free (the last demo may still be stopping)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="180"/>
        <source>The demo service stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="181"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="189"/>
        <source>The demo service did not start within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="196"/>
        <source>Your organisation manages server_url on this computer, so the demo cannot point the app at its local service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="200"/>
        <source>Demo service running on {url} (data in {folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="201"/>
        <source>Sign in as {accounts}; demo password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="24"/>
        <source>list, show, download, review, correct and export tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="27"/>
        <source>list tickets, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="29"/>
        <location filename="../../app/cli/tickets.py" line="49"/>
        <source>whose tickets (Account Owners see the organisation&apos;s by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="30"/>
        <location filename="../../app/cli/tickets.py" line="81"/>
        <source>search ticket number, job, notes and file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="31"/>
        <source>only tickets with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="32"/>
        <location filename="../../app/cli/tickets.py" line="50"/>
        <source>how many (at most 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="37"/>
        <source>show one ticket: pages, details, extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="42"/>
        <source>download every page of a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="44"/>
        <source>folder to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="47"/>
        <source>list the tickets whose values need a person&apos;s look (To review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="55"/>
        <source>set one value of a ticket to what the ticket says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="61"/>
        <source>then mark the ticket reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="65"/>
        <source>mark a ticket&apos;s values reviewed (it leaves To review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="69"/>
        <source>what happened to a ticket&apos;s values: read, corrected, reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="76"/>
        <source>write the tickets the filters select to a CSV file or Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="78"/>
        <source>csv or xlsx (default: from the file name, else csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="80"/>
        <source>whose tickets (Account Owners export the organisation&apos;s by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="82"/>
        <source>only tickets with this status (needs_review: To review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="84"/>
        <source>tickets dated on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="86"/>
        <source>tickets dated on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="88"/>
        <source>the file to write (- for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="94"/>
        <source>merge tickets into one: the others&apos; pages follow the first ticket&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="95"/>
        <source>Merge tickets into the first one named: the pages of the others follow its own, in the order given, every file with its SHA-256; the others are removed. Typed details and corrected values stay; the service reads the values again from every page. The history says who merged and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="98"/>
        <source>the ticket to keep first, then the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="105"/>
        <source>Name at least two tickets to merge (the one to keep first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/tickets.py" line="111"/>
        <source>Merged %n tickets into {ticket}: {pages} pages.</source>
        <translation>
            <numerusform>Merged %n ticket into {ticket}: {pages} pages.</numerusform>
            <numerusform>Merged %n tickets into {ticket}: {pages} pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="125"/>
        <source>&apos;{text}&apos; is not a date written as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="141"/>
        <source>No tickets found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="142"/>
        <source>No tickets yet. Upload one with: ticketpros upload PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="150"/>
        <location filename="../../app/cli/tickets.py" line="223"/>
        <source>… {count} more (use --offset {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="165"/>
        <source>Ticket {number}  ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="166"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="166"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="166"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="167"/>
        <source>Uploaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="168"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="168"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="172"/>
        <source>Photo check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="175"/>
        <location filename="../../app/cli/tickets.py" line="299"/>
        <location filename="../../app/cli/tickets.py" line="322"/>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="176"/>
        <source>file {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="178"/>
        <source>Values read from it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="182"/>
        <source>page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="183"/>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="187"/>
        <source>Extracted values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="191"/>
        <source>To review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="200"/>
        <source>given by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="201"/>
        <source>{percent} sure, {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="202"/>
        <source>PDF text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="215"/>
        <source>Nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="229"/>
        <source>&apos;{field}&apos; is not a field of a ticket; the fields are {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="241"/>
        <location filename="../../app/cli/tickets.py" line="273"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="243"/>
        <source>Ticket {number}: {field} {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="245"/>
        <source>Ticket {number}: {field} is already {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="247"/>
        <source>Marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="249"/>
        <source>Still to review: {issues}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="256"/>
        <source>Ticket {number} marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="260"/>
        <source>read by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="261"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="262"/>
        <source>marked reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="272"/>
        <source>Nothing has happened to this ticket&apos;s values yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="275"/>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="276"/>
        <source>a former user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="280"/>
        <source>merged with {tickets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="292"/>
        <source>a workbook is not for a terminal; write it to a file with -o FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="300"/>
        <source>Exporting: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="317"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="336"/>
        <source>ticket {number} has no pages to download yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="54"/>
        <source>upload photos, scans and PDFs (folders included) as tickets</source>
        <extracomment>How long a finished run waits for a cancelled upload to be removed and a ticket to be finished.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="55"/>
        <source>Upload files as tickets: one ticket per file, or all files as pages of one ticket (--one-ticket). Location data is removed from photos before they are sent. An interrupted upload is finished by the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="58"/>
        <source>files or folders to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="59"/>
        <source>ticket number printed on the paper ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="60"/>
        <source>job or project the ticket belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="61"/>
        <source>notes for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="62"/>
        <source>date on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="63"/>
        <source>send all files as the pages of one ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="65"/>
        <source>one ticket per page: multi-page PDFs and TIFFs are split (losslessly) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="67"/>
        <source>what to do with a file that was already uploaded (default: ask on a terminal, else skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="69"/>
        <source>print the result of each file as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="71"/>
        <source>files sent at the same time (default: the app&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="73"/>
        <source>bandwidth limit in KiB/s, 0 for none (default: the app&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="117"/>
        <source>{done}/{total} files</source>
        <extracomment>Bytes sent of each upload in flight, from its progress events.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="140"/>
        <source>ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="141"/>
        <source>also queued as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="143"/>
        <source>{name} was already uploaded ({where}). Upload it again? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="148"/>
        <source>y|yes</source>
        <comment>the answers that mean yes, separated by |</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="156"/>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="161"/>
        <source>The app is not allowed to read this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="163"/>
        <source>The folder could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="165"/>
        <source>There are no files in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="178"/>
        <source>another ticketpros upload is sending files; waiting for it to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/uploads.py" line="278"/>
        <source>%n files not sent yet stay queued; run the same command again to finish.</source>
        <translation>
            <numerusform>%n file not sent yet stays queued; run the same command again to finish.</numerusform>
            <numerusform>%n files not sent yet stay queued; run the same command again to finish.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="304"/>
        <source>The file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="320"/>
        <source>resuming {name} from an interrupted run: {sent} of {size} already on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="323"/>
        <source>resuming {name} from an interrupted run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="350"/>
        <source>The upload failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="351"/>
        <source>It stays queued: run the same command again to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="356"/>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="361"/>
        <source>The upload did not finish; run the same command again to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="369"/>
        <source>{name}: uploaded (ticket {ticket}, page {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="371"/>
        <source>{name}: uploaded (ticket {ticket})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="373"/>
        <source>{name}: warning: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="380"/>
        <source>ticket {ticket}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="31"/>
        <source>check for, download and install a signed update of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="32"/>
        <source>Signed updates (The Update Framework): the repository&apos;s metadata is verified before anything is downloaded, and the download before anything is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="35"/>
        <source>say whether a newer version is on the update channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="38"/>
        <source>download, verify and install the newer version, then run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="40"/>
        <source>install, but do not run the new version afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="42"/>
        <source>this version, the update settings and the upload queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="51"/>
        <source>Updates are switched off by your organisation, so no update repository is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="53"/>
        <source>Updates are switched off by the settings, so no update repository is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="74"/>
        <source>Version {version} is available (a patch, {size} to download): ticketpros update apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="77"/>
        <source>Version {version} is available (the full version, {size} to download): ticketpros update apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="89"/>
        <source>Downloading… {percent}% of {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/update.py" line="108"/>
        <source>%n files are still waiting to upload; they continue after the update.</source>
        <translation>
            <numerusform>%n file is still waiting to upload; it continues after the update.</numerusform>
            <numerusform>%n files are still waiting to upload; they continue after the update.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="112"/>
        <source>Installed version {version} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="132"/>
        <source>{app} {version} is the newest version on the {channel} channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="140"/>
        <source>The update repository&apos;s signed information has expired, so nothing was installed; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="142"/>
        <source>The update repository offered older signed information than this computer has already seen (a rollback), so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="144"/>
        <source>The update repository&apos;s information is not signed with Ticket Pros&apos; key, so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="146"/>
        <source>The downloaded update does not match its signed description (it may have been tampered with), so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="148"/>
        <source>The update repository {repository} could not be reached; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="149"/>
        <source>The update repository&apos;s information could not be verified, so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="151"/>
        <source>This copy runs from source or was installed with pip, so it updates with pip, not by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="157"/>
        <source>this version keeps working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="182"/>
        <source>{app} {version} (updated from {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="186"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="186"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="187"/>
        <source>Updates: {state}, channel {channel}, {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/update.py" line="191"/>
        <source>Upload queue: %n files waiting</source>
        <translation>
            <numerusform>Upload queue: %n file waiting</numerusform>
            <numerusform>Upload queue: %n files waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="192"/>
        <source>Upload queue: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="35"/>
        <source>uploaded, moved to Uploaded</source>
        <extracomment>What became of a file (``FileEvent.what``), marked for the catalogue; said translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="36"/>
        <source>uploaded, deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="37"/>
        <source>uploaded, left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="38"/>
        <source>not uploaded, moved to Not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="42"/>
        <source>starting</source>
        <extracomment>A folder&apos;s state (``Status``), marked for the catalogue; said translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="43"/>
        <source>watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="44"/>
        <source>polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="45"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="46"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="47"/>
        <location filename="../../app/cli/watch.py" line="198"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="56"/>
        <source>upload what arrives in folders (a scanner&apos;s, a phone&apos;s) until stopped</source>
        <extracomment>How long a stop waits for the uploads in flight to finish before it leaves them to the next start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="57"/>
        <source>Watch folders and upload each file that arrives in them once it is complete; each is then moved to an &apos;Uploaded&apos; sub-folder (or kept, or deleted), or to &apos;Not uploaded&apos; with a .txt file saying why. With no FOLDER, the watched folders of the app&apos;s settings. Stops on Ctrl+C or SIGTERM after the file in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="61"/>
        <source>folders to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="62"/>
        <source>job or project of the tickets made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="63"/>
        <source>notes for the office on each ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="65"/>
        <source>one ticket per file (default), per page (PDFs and TIFFs are split), or per sub-folder (its files are the pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="68"/>
        <source>what becomes of an uploaded file: moved to &apos;Uploaded&apos; (default), kept, or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="70"/>
        <source>scan every SECONDS instead of using change events (network shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="72"/>
        <source>how long a file&apos;s size and time must stay the same before it is taken (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="73"/>
        <source>files sent at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="85"/>
        <source>No folder to watch: give one, or add watched folders in the app&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="87"/>
        <source>Every watched folder is paused: resume one on the app&apos;s Uploads page, or name a folder to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="91"/>
        <source>{folder}: paused in the app, so not watched; resume it on the app&apos;s Uploads page, then start this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="99"/>
        <source>{folder}: no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="101"/>
        <source>{folder}: paused in the app, watched here because it was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="144"/>
        <source>Another ticketpros watch is running on this computer; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/watch.py" line="186"/>
        <source>watching %n folders; Ctrl+C or SIGTERM stops after the file in flight</source>
        <translation>
            <numerusform>watching %n folder; Ctrl+C or SIGTERM stops after the file in flight</numerusform>
            <numerusform>watching %n folders; Ctrl+C or SIGTERM stops after the file in flight</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="192"/>
        <source>stopping after the file in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/watch.py" line="200"/>
        <source>stopped; %n files stay queued for the next start</source>
        <translation>
            <numerusform>stopped; %n file stays queued for the next start</numerusform>
            <numerusform>stopped; %n files stay queued for the next start</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="202"/>
        <source>(an upload was cut short; it resumes at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDataSection</name>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="21"/>
        <source>Customer Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="22"/>
        <source>Tickets, images, documents and the values extracted from them. Uploaded by your organisation&apos;s users and processed only to provide the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="27"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="27"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="29"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="31"/>
        <source>Customer Data counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="37"/>
        <source>Request a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="37"/>
        <source>Request a copy of my Customer Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="39"/>
        <source>Request deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="39"/>
        <source>Request deletion of my Customer Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="46"/>
        <location filename="../../app/privacy/sections/customer_data.py" line="54"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="46"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="47"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="48"/>
        <source>Extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="49"/>
        <location filename="../../app/privacy/sections/customer_data.py" line="56"/>
        <source>Stored size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="55"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="59"/>
        <source>Nothing stored yet. Tickets you upload on the Uploads page appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="61"/>
        <source>Tickets uploaded by you: {mine} of {org} in your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="64"/>
        <source>Your own uploads. Your Account Owner sees the organisation&apos;s totals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataBarChart</name>
    <message>
        <location filename="../../app/privacy/chart.py" line="36"/>
        <source>Customer Data chart</source>
        <extracomment>Turns a value into text (&quot;1.2 MB&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="50"/>
        <source>{label}: mine {mine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="52"/>
        <source>{label}: mine {mine}, organisation {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="78"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="80"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../app/gui.py" line="198"/>
        <source>Signing you in…</source>
        <extracomment>The settings were changed by the user (already saved and applied). How often the open app checks that its session is still valid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="313"/>
        <source>Something unexpected went wrong. Your work is kept; the details are in the log (Help → Report a problem).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/uploads/page.py" line="129"/>
        <source>Drop photos, scans, PDFs or whole folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="132"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="134"/>
        <source>Choose files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="135"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="136"/>
        <source>Choose a folder to upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../app/shell/main_window.py" line="52"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="53"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="54"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/errors.py" line="44"/>
        <source>Unlock it, or sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="45"/>
        <source>You will need to sign in each time you start the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="47"/>
        <source>Ask your Account Owner if you need this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="49"/>
        <source>The service has run out of storage. Nothing is lost: your files stay in the queue and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="52"/>
        <source>Try again; if it keeps happening, report a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="60"/>
        <source>The app is not allowed to use {file}. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="61"/>
        <source>The app is not allowed to use a file. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="63"/>
        <source>{file} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="64"/>
        <source>A file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="67"/>
        <source>Could not read or write {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="69"/>
        <source>Could not read or write: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="70"/>
        <source>Something went wrong. The details are in the log file (Help → Report a problem).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalDataSection</name>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="27"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="28"/>
        <source>What Ticket Pros Desktop itself keeps here. Nothing of this is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="33"/>
        <source>Upload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="34"/>
        <source>Files waiting to upload and their cleaned copies; kept until they are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="35"/>
        <source>Thumbnail cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="35"/>
        <source>Small previews of your tickets; made again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="37"/>
        <source>Other cached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="37"/>
        <source>Temporary files; made again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="38"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="38"/>
        <source>What the app did, for troubleshooting; passwords and tokens are never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="40"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="40"/>
        <source>Server address, account email and preferences; no passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="42"/>
        <source>Command-line upload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="43"/>
        <source>Files “ticketpros upload” has not finished sending; the next run with the same files finishes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="45"/>
        <source>Sign-in locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="46"/>
        <source>Empty files by which the app and the command line take turns renewing your session; nothing is written in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="48"/>
        <source>Demo service data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="48"/>
        <source>Only used by the built-in demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="51"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="53"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="54"/>
        <source>Clear removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="54"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="54"/>
        <source>No, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="55"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="57"/>
        <source>Data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="68"/>
        <source>Clear cache and logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="69"/>
        <source>Clear the cache and logs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="80"/>
        <source>The upload queue could not be read; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="82"/>
        <source>No files are waiting to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="83"/>
        <source>%n files wait to upload. They are kept: clearing never removes files that have not been uploaded yet.</source>
        <translation>
            <numerusform>%n file waits to upload. It is kept: clearing never removes files that have not been uploaded yet.</numerusform>
            <numerusform>%n files wait to upload. They are kept: clearing never removes files that have not been uploaded yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="108"/>
        <source>Removed %n files, {size}.</source>
        <translation>
            <numerusform>Removed %n file, {size}.</numerusform>
            <numerusform>Removed %n files, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="111"/>
        <source>%n files waiting to upload were kept.</source>
        <translation>
            <numerusform>%n file waiting to upload was kept.</numerusform>
            <numerusform>%n files waiting to upload were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="113"/>
        <source>%n items were in use and could not be removed; try again after restarting the app.</source>
        <translation>
            <numerusform>%n item was in use and could not be removed; try again after restarting the app.</numerusform>
            <numerusform>%n items were in use and could not be removed; try again after restarting the app.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="95"/>
        <source>Clear cache and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="96"/>
        <source>Remove the thumbnail cache, other cached files and the logs from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="97"/>
        <source>Your settings and your session are kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="98"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="102"/>
        <source>Clearing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/shell/main_window.py" line="80"/>
        <source>{organisation} — {app}</source>
        <extracomment>Keep {app} last: the system adds the app&apos;s name to titles that do not end with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="94"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="100"/>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="125"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="131"/>
        <source>Signed in to {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="133"/>
        <source>via proxy {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="140"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="143"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="153"/>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="154"/>
        <source>&amp;About Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="158"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="167"/>
        <source>Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="167"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="174"/>
        <source>Account menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="182"/>
        <source>Two-step verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="185"/>
        <source>Organisation sign-in rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="188"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="189"/>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="290"/>
        <source>{title}, {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../app/shell/pages.py" line="87"/>
        <source>Uploads</source>
        <extracomment>Show a failure to the person (the app&apos;s one error presenter). Go to another page: ``navigate(&quot;requests&quot;, {&quot;type&quot;: &quot;correction&quot;})``. The target page receives the dict in its ``open_with(args)``, if it has one. Show a count next to a page&apos;s name: ``set_badge(&quot;approvals&quot;, 2)``. A desktop notification (system tray when there is one): ``notify(title, text)``. Files uploaded at the same time (the user&apos;s setting). Upload bandwidth cap in KiB/s, 0 = none (the user&apos;s setting; later changes reach pages through their ``apply_settings(settings)``). The settings this computer&apos;s policy locks (listed in the About box). The watched folders of the settings (WatchedFolder each), watched by the Uploads page. A watched folder paused (True) or resumed on the Uploads page, by key: kept in the settings for the next start (``Settings.paused_folders``). Source texts (marked with QT_TRANSLATE_NOOP(&quot;Pages&quot;, …)); ``title`` and ``summary`` translate them when read, after the catalogue is installed. What the page is for, shown under its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="87"/>
        <source>Send photos, scans and PDFs of your tickets. Location data is removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="90"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="90"/>
        <source>Browse, search and download the tickets you have sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="93"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="93"/>
        <source>What Ticket Pros keeps about you and your organisation, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="96"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="96"/>
        <source>Ask for a copy, a correction or the deletion of your personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="99"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="99"/>
        <source>Privacy requests from your team waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentSection</name>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="15"/>
        <location filename="../../app/privacy/sections/payment.py" line="51"/>
        <source>No subscription</source>
        <extracomment>The service&apos;s billing states (Stripe&apos;s subscription statuses, and &quot;none&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="16"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="17"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="18"/>
        <source>Payment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="19"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="20"/>
        <location filename="../../app/privacy/sections/payment.py" line="21"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="30"/>
        <source>Payment information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="31"/>
        <source>Processed by Stripe. Ticket Pros receives only the payment status, the subscription and the last four digits of the card. Full card numbers are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="37"/>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="38"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="39"/>
        <location filename="../../app/privacy/sections/payment.py" line="53"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="41"/>
        <source>Payment information belongs to your organisation and is shown to your Account Owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="53"/>
        <source>{brand} ending in {last4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="54"/>
        <source>No card on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyBanner</name>
    <message>
        <location filename="../../app/privacy/banner.py" line="36"/>
        <source>Privacy policy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="37"/>
        <source>Read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="38"/>
        <source>Read the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="40"/>
        <source>I have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="42"/>
        <source>Acknowledge the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="60"/>
        <source>The privacy policy changed (version {version}, effective {date}). What changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="63"/>
        <source>Please read the privacy policy (version {version}, effective {date}). {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../app/privacy/banner.py" line="79"/>
        <source>Privacy policy, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="81"/>
        <source>Version {version}, effective {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="87"/>
        <source>What changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="94"/>
        <source>Privacy policy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="100"/>
        <source>I have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="101"/>
        <source>Acknowledge the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="33"/>
        <source>Privacy policy</source>
        <extracomment>How often the open app asks whether a new policy version was published.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="34"/>
        <source>The policy this service publishes. When it changes, you are told what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="45"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="46"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="47"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="48"/>
        <source>Read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="48"/>
        <source>Read the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="50"/>
        <source>I have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="50"/>
        <source>Acknowledge the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="72"/>
        <source>Yes, on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="73"/>
        <source>Not yet. What changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../app/privacy/page.py" line="57"/>
        <source>Privacy</source>
        <extracomment>Showing the page again after this long reloads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="60"/>
        <source>What Ticket Pros keeps about you{org}, why, and who processes it. We do not sell your data and do not collect precise location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="62"/>
        <source> and {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="67"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="68"/>
        <source>Refresh the privacy page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="109"/>
        <source>Privacy sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="139"/>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyRequests</name>
    <message>
        <location filename="../../app/requests/models.py" line="24"/>
        <source>Copy of my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="25"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="26"/>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="27"/>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="28"/>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="34"/>
        <source>A ZIP file with your profile, sign-in history, the tickets you uploaded with their files and values, and your support messages. You download it here; nothing is e-mailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="40"/>
        <source>Change your name, phone number or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="43"/>
        <source>Erase your name, email, phone and sign-in details and end every session. Tickets you uploaded stay with your organisation without your name, unless your Account Owner deletes them too. You will not be able to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="50"/>
        <source>Limit how your information is used: no usage analytics and no automatic value extraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="54"/>
        <source>Object to the use of your information for usage analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="62"/>
        <source>Waiting for the Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="63"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="64"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="65"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="66"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="67"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="73"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="78"/>
        <source>Sent to Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="79"/>
        <source>{state} · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="83"/>
        <source>Tickets {tickets} · files {files} ({size}) · support messages {messages} · sign-in records {events} · active sessions {sessions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="99"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="101"/>
        <location filename="../../app/requests/models.py" line="131"/>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="104"/>
        <source>{when} — {what} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="129"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="130"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="132"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="134"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="193"/>
        <source>Past its due date of {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../app/privacy/sections/base.py" line="66"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/base.py" line="68"/>
        <source>Try again: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/base.py" line="97"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../app/requests/detail.py" line="28"/>
        <source>Select a request to see its state, due date and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="37"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="38"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="39"/>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="40"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="41"/>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="42"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="43"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="44"/>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="45"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="60"/>
        <source>History of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="62"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="93"/>
        <source>{type} request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="107"/>
        <source>{date} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="111"/>
        <source>Change {field} to “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/requests/page.py" line="66"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="69"/>
        <source>Your requests go to Ticket Pros directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="71"/>
        <source>Your requests go to your Account Owner, who approves or denies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="75"/>
        <source>Ask for a copy, a correction or the deletion of your personal information. {routed} Each is answered within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="84"/>
        <source>Type of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="91"/>
        <source>What to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="93"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="93"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="97"/>
        <location filename="../../app/requests/page.py" line="124"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="98"/>
        <source>The correct value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="100"/>
        <source>Note for the Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="101"/>
        <source>Optional: anything that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="105"/>
        <source>Your password, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="106"/>
        <source>Needed for copies and deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="107"/>
        <location filename="../../app/requests/page.py" line="109"/>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="112"/>
        <source>Request form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="115"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="122"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="123"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="125"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="126"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="135"/>
        <source>My privacy requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="137"/>
        <source>You have not filed any privacy request. Choose a type above and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="142"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="149"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="150"/>
        <source>Cancel the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="151"/>
        <source>Download my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="152"/>
        <source>Download the export of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="154"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="158"/>
        <source>Request message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="164"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="231"/>
        <source>About: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="247"/>
        <source>Enter the correct value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="252"/>
        <source>Enter your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="255"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="273"/>
        <source>Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="273"/>
        <source>your Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="274"/>
        <source>Sent to {whom}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="319"/>
        <source>Privacy request: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="320"/>
        <source>“{type}”, filed {date}, is now {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="333"/>
        <source>Select a request to see its state, due date and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="335"/>
        <source>Your requests and their history will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="386"/>
        <source>Save my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="386"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="399"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="422"/>
        <source>Saved to {path}. Every file matched its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="14"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="22"/>
        <source>Request deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="22"/>
        <source>Request deletion of my personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="27"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="27"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="28"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="30"/>
        <source>Your organisation&apos;s account is {status}. After an account is cancelled, Customer Data is kept for {low} to {high} days so it can be retrieved, then deleted or anonymised; copies in backups disappear as backups rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="33"/>
        <source>From the policy (§6): {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/tickets/review.py" line="78"/>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="79"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="80"/>
        <source>Company / vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="81"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="82"/>
        <source>Truck / vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="83"/>
        <source>Material / product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="84"/>
        <source>Gross weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="85"/>
        <source>Tare weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="86"/>
        <source>Net weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="87"/>
        <source>Weight unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="88"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="89"/>
        <source>Quantity unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="90"/>
        <source>Total amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="91"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../app/tickets/review.py" line="269"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="270"/>
        <source>Back to the ticket list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="271"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="275"/>
        <source>Mark reviewed and open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="277"/>
        <source>Mark this ticket reviewed and open the next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="278"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="288"/>
        <source>Why this ticket needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="292"/>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="296"/>
        <source>Page picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="299"/>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="305"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="307"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="309"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="311"/>
        <source>Fit the page (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="323"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="363"/>
        <source>● Check: 100% sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="380"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="380"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="380"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="384"/>
        <source>History of this ticket&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="390"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="434"/>
        <source>Loading the ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="453"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="482"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="484"/>
        <source>Review ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="486"/>
        <source>Ticket {number} · reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="487"/>
        <source>Ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="502"/>
        <source>● Check: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="502"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="505"/>
        <source>✓ Given by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="509"/>
        <source>● Check: {percent}% sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="511"/>
        <source>◐ {percent}% sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="513"/>
        <source>✓ {percent}% sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="520"/>
        <source>Printed as “{raw}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="537"/>
        <source>This ticket has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="554"/>
        <source>Loading the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="566"/>
        <source>Page {page} is a PDF; open it with Download page on the list to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="576"/>
        <source>The page could not be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="634"/>
        <source>Saving {field}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="694"/>
        <source>Marking the ticket reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="702"/>
        <source>Nothing left to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="706"/>
        <source>Every ticket in To review has been reviewed. Press Esc to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="106"/>
        <source>{field}: {old} → {new}</source>
        <extracomment>Below this the value is shown as doubtful (amber) even when no check flagged it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="107"/>
        <location filename="../../app/tickets/review.py" line="108"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="109"/>
        <source>Values read from the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="110"/>
        <source>The pages could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="111"/>
        <source>Marked reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="117"/>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="118"/>
        <source>(former user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sdk</name>
    <message>
        <location filename="../../app/sdk_sentences.py" line="29"/>
        <source>The item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="30"/>
        <source>The file is larger than the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="31"/>
        <source>The service is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="32"/>
        <source>The service has run out of storage, so it cannot take more files now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="34"/>
        <source>The service had a problem. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="35"/>
        <source>The service answered with an error ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="36"/>
        <source>The service sent a reply the app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="37"/>
        <source>The service sent a reply the app cannot read (field &apos;{name}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="39"/>
        <source>The service sent a reply the app cannot read ({part}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="41"/>
        <source>The service did not say where to send the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="42"/>
        <source>The service&apos;s sign-in settings are not ones the app can use safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="44"/>
        <source>The service at {base_url} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="45"/>
        <source>The security certificate of {base_url} could not be verified. Check the address, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="47"/>
        <source>Can&apos;t reach the service at {base_url}. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="49"/>
        <source>The connection to {base_url} was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="50"/>
        <source>Can&apos;t talk to the service at {base_url}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="51"/>
        <source>{base_url} does not answer like a Ticket Pros service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="53"/>
        <source>The service at {base_url} speaks API version {version}; this app needs version {needed}. Update the app or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="55"/>
        <source>“{url}” is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="56"/>
        <source>Plain http:// is only allowed for this computer. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="58"/>
        <source>Unknown proxy mode “{mode}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="59"/>
        <source>“{url}” is not a valid proxy address (e.g. http://proxy:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="61"/>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="62"/>
        <source>Another Ticket Pros program on this computer is renewing the session; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="64"/>
        <source>The system keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="65"/>
        <source>No system keyring is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="66"/>
        <source>The system keyring is not available ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="67"/>
        <source>The sign-in in the browser was not finished in time; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="69"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="70"/>
        <source>The code expired before anyone signed in with it; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="72"/>
        <source>This sign-in has finished already; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="73"/>
        <source>The service refused the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="74"/>
        <source>The browser came back without a sign-in code; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="75"/>
        <source>You can return to Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="76"/>
        <source>You are signed in. You can close this tab and go back to Ticket Pros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="78"/>
        <source>Sign-in did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="79"/>
        <source>This answer is not for the sign-in Ticket Pros is waiting for. Go back to the app and choose “Sign in with your browser” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="81"/>
        <source>Ticket Pros could not finish the sign-in; go back to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="83"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="84"/>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="85"/>
        <source>Ticket Pros did not answer in time; go back to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="87"/>
        <source>The answer had no sign-in code; go back to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="88"/>
        <source>The page is too large to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="89"/>
        <source>The downloaded file is damaged. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="90"/>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="91"/>
        <source>The download was cut off. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="92"/>
        <source>The export has no readable manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="93"/>
        <source>The export&apos;s manifest.json cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="94"/>
        <source>The export contains “{name}”, which its manifest does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="96"/>
        <source>“{name}” is missing from the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="97"/>
        <source>“{name}” in the export is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="98"/>
        <source>“{name}” in the export does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="99"/>
        <source>The downloaded export is not a valid ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="100"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="101"/>
        <source>The image is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="102"/>
        <source>The image is too large to open safely (decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="103"/>
        <source>This is not a regular file (it is a pipe, a device or a socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="105"/>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="106"/>
        <source>This file is not a supported photo or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="107"/>
        <source>This file is not a supported photo or PDF (it looks like {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="109"/>
        <source>The PDF is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="110"/>
        <source>This PDF is password-protected; save a copy without a password and upload that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="112"/>
        <source>This PDF has other data after its end (maybe a hidden file); save it again as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="114"/>
        <source>The PDF is too complex to check safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="115"/>
        <source>This PDF has active content ({kinds}); print it to a new PDF or scan the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="117"/>
        <source>JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="118"/>
        <source>an action that starts a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="119"/>
        <source>embedded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="120"/>
        <source>form actions that send or load data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="121"/>
        <source>a Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="122"/>
        <source>a Linux program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="123"/>
        <source>a macOS program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="124"/>
        <source>a macOS or Java program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="125"/>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="126"/>
        <source>a ZIP archive or an Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="127"/>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="128"/>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="129"/>
        <source>a compressed archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="130"/>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="131"/>
        <source>an AVIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="132"/>
        <source>The service is out of storage; the file stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="134"/>
        <source>You are signed out; sign in again to continue this upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="136"/>
        <source>Something went wrong with this file; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="138"/>
        <source>The file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="139"/>
        <source>The app is not allowed to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="140"/>
        <source>The file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="141"/>
        <source>The file is larger than the {megabytes} MB the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="143"/>
        <source>The upload was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="144"/>
        <source>The file changed size since it was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="145"/>
        <source>The service could not finish this upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="146"/>
        <source>The file changed on disk after it was checked; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="148"/>
        <source>The service stored a different amount than was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="150"/>
        <source>The service no longer has this upload; it will start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="151"/>
        <source>The file changed size while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="152"/>
        <source>The file is shorter than when it was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="153"/>
        <source>This is a link to a file outside the folder you chose, so it was not sent; add that file itself if you mean to upload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="155"/>
        <source>Skipped: this file was already uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="156"/>
        <source>Ticket made with the one page that arrived; {lost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="157"/>
        <source>Ticket made with the {arrived} pages that arrived; {lost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="159"/>
        <source>{cancelled} and {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="160"/>
        <source>1 page was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="161"/>
        <source>{count} pages were cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="162"/>
        <source>1 page was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="163"/>
        <source>{count} pages were refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="164"/>
        <source>1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="165"/>
        <source>{count} were refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="166"/>
        <source>Another Ticket Pros program is watching this folder; it is left to that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="168"/>
        <source>The folder is not there (a drive or share not connected?); it is looked for every {every} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="170"/>
        <source>The folder cannot be read ({reason}); it is tried again every {every} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="172"/>
        <source>Checked every {every} s (no change events here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="173"/>
        <source>This file was already uploaded, so it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="175"/>
        <source>This file was already uploaded (ticket {ticket}), so it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="177"/>
        <source>Its upload was cancelled in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="178"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="179"/>
        <source>The service did not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="180"/>
        <source>The file was gone before it was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="181"/>
        <source>{done} of {total} pages were uploaded; {name} was not: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="183"/>
        <source>This photo looks blurred; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="184"/>
        <source>This photo is too dark; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="185"/>
        <source>This photo is washed out by light; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="187"/>
        <source>This photo has too few pixels; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="189"/>
        <source>The page fills only a small part of this photo; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="191"/>
        <source>The photo check found: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="17"/>
        <source>Old session key reused: session ended</source>
        <extracomment>Security events other than sign-ins.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="18"/>
        <source>Password check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="19"/>
        <source>Two-step verification turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="20"/>
        <source>Two-step verification turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="21"/>
        <source>Recovery code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="22"/>
        <source>Organisation&apos;s sign-in rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="27"/>
        <source>Password in the app</source>
        <extracomment>How a sign-in was made (``method``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="28"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="29"/>
        <source>Another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="34"/>
        <source>password</source>
        <extracomment>What proved it (``factor``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="35"/>
        <source>password and authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="36"/>
        <source>password and recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="41"/>
        <source>Failed: wrong email or password</source>
        <extracomment>Why a sign-in failed (``detail``), where the service says.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="42"/>
        <source>Failed: wrong code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="43"/>
        <source>Failed: locked after too many attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="44"/>
        <source>Refused: browser sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="45"/>
        <source>Refused: two-step not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="52"/>
        <source>Security events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="53"/>
        <source>Recent sign-ins to your account. The region is approximate (country and region, from the IP address); precise location is never collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="56"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="57"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="58"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="59"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="60"/>
        <source>Approximate region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="61"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="62"/>
        <source>⚠ Unfamiliar place or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="63"/>
        <source>Not seen in your earlier sign-ins. If this was not you, change your password and tell your Account Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="67"/>
        <source>Recent sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="73"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="76"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../app/service_sentences.py" line="30"/>
        <source>The item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="31"/>
        <source>The ticket was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="32"/>
        <source>The file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="33"/>
        <source>The preview was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="34"/>
        <source>The upload was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="35"/>
        <source>The export was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="36"/>
        <source>The download link was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="37"/>
        <source>The privacy request was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="38"/>
        <source>That version of the privacy policy was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="39"/>
        <source>The file is not in the service&apos;s storage any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="40"/>
        <source>The preview is not in the service&apos;s storage any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="41"/>
        <source>The page was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="42"/>
        <source>This file is a picture already; download it to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="43"/>
        <source>This page of the PDF could not be drawn; download the file to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="45"/>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="46"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="47"/>
        <source>The request body could not be read; send JSON encoded as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="49"/>
        <source>The {name} parameter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="50"/>
        <source>The grant type is not supported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="51"/>
        <source>The sign-in code is not valid, was used already or has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="53"/>
        <source>The code verifier does not match the code challenge (PKCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="54"/>
        <source>This client may not use the device sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="55"/>
        <source>This device code is not valid, or was used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="56"/>
        <source>The code expired before anyone signed in; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="57"/>
        <source>The sign-in was declined on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="58"/>
        <source>Polling too often; wait {seconds} seconds between tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="59"/>
        <source>Waiting for the sign-in on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="60"/>
        <source>This account can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="61"/>
        <source>The request body could not be read; send a form (RFC 6749 §4.1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="63"/>
        <source>{field}: this is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="64"/>
        <source>{field}: the service does not take this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="65"/>
        <source>{field}: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="66"/>
        <source>{field}: at least {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="67"/>
        <source>{field}: at most {limit} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="68"/>
        <source>{field}: at least {limit} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="69"/>
        <source>{field}: this must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="70"/>
        <source>{field}: this must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="71"/>
        <source>{field}: this must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="72"/>
        <source>{field}: this must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="73"/>
        <source>{field}: this must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="74"/>
        <source>{field}: this must be an object of named values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="75"/>
        <source>{field}: this must be at least {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="76"/>
        <source>{field}: this must be more than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="77"/>
        <source>{field}: this must be at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="78"/>
        <source>{field}: this must be less than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="79"/>
        <source>{field}: this is not one of the values the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="80"/>
        <source>{field}: use a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="81"/>
        <source>{field}: use a date and time written as ISO 8601 (2025-06-30T14:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="83"/>
        <source>{field}: this is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="84"/>
        <source>{field}: this is not written the way the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="85"/>
        <source>The request body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="86"/>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="87"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="88"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="89"/>
        <source>The access token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="90"/>
        <source>Email or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="91"/>
        <source>Too many failed sign-in attempts. Try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="93"/>
        <source>Too many failed sign-in attempts. Try again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="95"/>
        <source>That code is not right. Enter the current code from your authenticator app, or a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="97"/>
        <source>The password is not correct. Enter the password you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="99"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="100"/>
        <source>Your organisation signs in through the browser only. Choose “Sign in with your browser”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="102"/>
        <source>Your organisation requires two-step verification. Choose “Sign in with your browser” to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="104"/>
        <source>Only the Account Owner can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="105"/>
        <source>Two-step verification is on already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="106"/>
        <source>Start setting up two-step verification first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="107"/>
        <source>That code is not right. Type the code your authenticator app shows now for Ticket Pros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="109"/>
        <source>Your organisation requires two-step verification, so it stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="111"/>
        <source>Only the Account Owner can see all of the organisation&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="113"/>
        <source>Another person&apos;s ticket already uses this ticket key; start a new ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="115"/>
        <source>Page {page} of this ticket has already been uploaded with other content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="117"/>
        <source>Name at least two tickets to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="118"/>
        <source>A ticket is named twice; name each ticket to merge once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="119"/>
        <source>At most {count} tickets can be merged at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="120"/>
        <source>A ticket is still being uploaded; merge it once it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="121"/>
        <source>This service speaks tus {version}; send the header Tus-Resumable: {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="123"/>
        <source>The upload address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="124"/>
        <source>The Idempotency-Key header must be 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="126"/>
        <source>This Idempotency-Key was already used for a different upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="128"/>
        <source>The data goes past the Upload-Length of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="129"/>
        <source>Upload data must be sent as {content_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="130"/>
        <source>This part of the file did not arrive intact (checksum mismatch); send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="132"/>
        <source>No data arrived for a while, so the service stopped waiting; send the rest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="134"/>
        <source>Another request is sending this file right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="136"/>
        <source>The service has run out of storage, so it cannot take this file now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="138"/>
        <source>The service refused this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="139"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="140"/>
        <source>The file is larger than the {megabytes} MB the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="142"/>
        <source>The upload has expired; send the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="143"/>
        <source>The service has {held} bytes of this file, not {offset}; continue from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="145"/>
        <source>The file did not arrive intact (its SHA-256 does not match); send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="147"/>
        <source>This file is not a photo or PDF the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="148"/>
        <source>This file is damaged or incomplete, so the service cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="150"/>
        <source>The picture is too large to open safely (it may be a decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="152"/>
        <source>This PDF has other data after its end (maybe a hidden file); save it again as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="154"/>
        <source>This PDF is password-protected; save a copy without a password and upload that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="156"/>
        <source>The PDF is too complex to check safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="157"/>
        <source>This PDF has active content ({kinds}), which the service does not accept; print it to a new PDF or scan the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="160"/>
        <source>The {name} header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="161"/>
        <source>The {name} header must be a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="162"/>
        <source>Upload-Checksum must use sha1 or sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="163"/>
        <source>The Upload-Checksum digest is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="164"/>
        <source>The Upload-Checksum digest has the wrong length for {algorithm}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="166"/>
        <source>Upload-Metadata has a key that is empty or not plain ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="167"/>
        <source>Upload-Metadata names {key} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="168"/>
        <source>The Upload-Metadata value of {key} is not base64-encoded UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="170"/>
        <source>The file name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="171"/>
        <source>The file type is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="172"/>
        <source>The ticket key is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="173"/>
        <source>The ticket number is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="174"/>
        <source>The job is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="175"/>
        <source>The notes is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="176"/>
        <source>The page number must be a whole number from 1 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="177"/>
        <source>The page count must be a whole number from 1 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="178"/>
        <source>The sha256 metadata must be 64 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="179"/>
        <source>Page {page} cannot belong to a ticket of {page_count} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="181"/>
        <source>The ticket date must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="182"/>
        <source>The quality_warning metadata must be a short lower-case word, such as blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="184"/>
        <source>“{name}” is not a field of a ticket; the fields are {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="186"/>
        <source>A value is at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="187"/>
        <source>Write the date as YYYY-MM-DD (or 11/29/2026, 29.11.2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="188"/>
        <source>Write a number, such as 1234.56 or 1.234,56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="189"/>
        <source>Write the weight unit as kg, t or lb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="190"/>
        <source>Write the unit as l, gal, m3 or yd3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="191"/>
        <source>Write the currency as a three-letter code, such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="192"/>
        <source>The ticket is still being uploaded; correct it once it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="194"/>
        <source>The ticket has not been read yet; review it once its values are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="196"/>
        <source>No values could be read from this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="197"/>
        <source>Some values were hard to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="198"/>
        <source>Gross − tare is {difference}, but the net weight says {net}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="200"/>
        <source>The ticket&apos;s date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="201"/>
        <source>The lines add up to {expected}, but the total says {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="203"/>
        <source>Another ticket of the organisation has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="205"/>
        <source>A newer version of the privacy policy has been published. Read it, then acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="207"/>
        <source>Only the Account Owner can see payment information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="208"/>
        <source>Only the Account Owner can change payment information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="210"/>
        <source>Full card numbers are never stored. Send only the last four digits of the card; the card itself is handled by our payment processor (Stripe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="212"/>
        <source>Unknown field: {name}. Send card_last4 and card_brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="214"/>
        <source>card_last4 must be exactly the last four digits of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="216"/>
        <source>card_brand must be a card brand such as Visa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="217"/>
        <source>Choose what to correct: name, phone or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="218"/>
        <source>A name needs 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="219"/>
        <source>That is not a phone number. Use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="221"/>
        <source>That is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="222"/>
        <source>Another account already uses that email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="223"/>
        <source>Enter your password to confirm this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="224"/>
        <source>Only the Account Owner can see requests waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="226"/>
        <source>This request is already {state}, so it cannot be {to_state} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="228"/>
        <source>You already have a request of this type waiting for the Account Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="230"/>
        <source>Only the Account Owner can decide on privacy requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="232"/>
        <source>Your own requests are decided by Ticket Pros, not by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="233"/>
        <source>Deleting tickets is only possible for a deletion request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="235"/>
        <source>Say why the request is denied; the requester will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="237"/>
        <source>Only the person who filed a request can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="239"/>
        <source>This request is already {state}; only a request waiting for the Account Owner can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="241"/>
        <source>Say why more time is needed; the requester will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="243"/>
        <source>An extension is 1 to {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="244"/>
        <source>The deadline of this request was already extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="246"/>
        <source>This request is already {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="247"/>
        <source>This export is no longer kept. File a new request for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="249"/>
        <source>The export is not ready yet. Wait until the request is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="251"/>
        <source>This download link has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="252"/>
        <source>The export file is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="253"/>
        <source>Sent to the Account Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="254"/>
        <source>Sent to Ticket Pros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="255"/>
        <source>Deadline extended by {days} days: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="256"/>
        <source>Requests of the Account Owner go to Ticket Pros directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="258"/>
        <source>Cancelled by the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="259"/>
        <source>Ticket Pros started work on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="260"/>
        <source>Ticket Pros could not finish the request yet and has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="262"/>
        <source>The export is ready; the requester downloads it in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="263"/>
        <source>Your {field} was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="264"/>
        <source>Processing restricted: no usage analytics and no value extraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="266"/>
        <source>Objection recorded: no usage analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="267"/>
        <source>Personal information erased and every session ended. Their tickets were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="269"/>
        <source>Personal information erased and every session ended. Their tickets stay with the organisation, uploader anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="276"/>
        <source>waiting for the Account Owner</source>
        <extracomment>A param whose value is a machine word (a request&apos;s state, a corrected field): its words, by value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="277"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="278"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="279"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="280"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="281"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="285"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="286"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="287"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="291"/>
        <source>JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="292"/>
        <source>an action that starts a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="293"/>
        <source>embedded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="294"/>
        <source>form actions that send or load data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/settings/dialog.py" line="31"/>
        <location filename="../../app/settings/dialog.py" line="41"/>
        <source>Follow the system</source>
        <extracomment>The ``language`` setting&apos;s choices; each language is named in itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="32"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="33"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="34"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="35"/>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="36"/>
        <source>Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="37"/>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="38"/>
        <source>Beta (earlier, less tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="42"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="43"/>
        <source>Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="45"/>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="79"/>
        <source>Settings</source>
        <extracomment>Set on a control whose setting the organisation&apos;s policy locks: nothing enables it again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="87"/>
        <source>Server address</source>
        <extracomment>Each setting&apos;s control, by the setting&apos;s name (a policy greys the locked ones).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="101"/>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="103"/>
        <source>intranet.example.com, .local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="104"/>
        <source>Hosts reached without the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="106"/>
        <source>Now: through {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="107"/>
        <source>Now: direct connection (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="112"/>
        <location filename="../../app/settings/dialog.py" line="179"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="114"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="115"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="116"/>
        <source>Proxy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="117"/>
        <source>&amp;Bypass for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="124"/>
        <source>Files uploaded at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="126"/>
        <source>Applies when you press OK; files already being sent finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="135"/>
        <source>The most all uploads together may use; applies at once, also to files being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="181"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="203"/>
        <location filename="../../app/settings/dialog.py" line="213"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="208"/>
        <source>A new language applies the next time you start the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="211"/>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="233"/>
        <source>Watched folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="239"/>
        <location filename="../../app/settings/dialog.py" line="240"/>
        <source>Check for updates automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="241"/>
        <source>At start and once a day; updates are signed and verified before they are installed, and you choose when to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="245"/>
        <source>Update channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="251"/>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="254"/>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="130"/>
        <source> KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="131"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="133"/>
        <source>Upload bandwidth limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="136"/>
        <location filename="../../app/settings/dialog.py" line="180"/>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="138"/>
        <source>Files at the &amp;same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="139"/>
        <source>Bandwidth &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="143"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="147"/>
        <location filename="../../app/settings/dialog.py" line="148"/>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="150"/>
        <location filename="../../app/settings/dialog.py" line="151"/>
        <source>Start minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="155"/>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="156"/>
        <source>Appearance and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="158"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="165"/>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="168"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="169"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInRulesDialog</name>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="30"/>
        <source>Sign-in rules — {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="35"/>
        <source>How everyone in {organisation} signs in to Ticket Pros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="38"/>
        <source>Require two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="39"/>
        <source>Everyone signs in with a code from an authenticator app. People who have not set it up are asked to at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="41"/>
        <source>Allow signing in with a password in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="42"/>
        <source>When off, people sign in only through their browser, on the service&apos;s sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="70"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="92"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../app/signin/window.py" line="48"/>
        <source>Sign in — {app}</source>
        <extracomment>The widest the form gets, in device-independent pixels: lines short enough to read, fields as wide as a server address needs. Cancel while the browser sign-in is under way. The two-step code (or a recovery code) typed after the password. Back from the code step to the password.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="56"/>
        <source>Ticket Pros logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="57"/>
        <source>Sign in to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="62"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="65"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="66"/>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="68"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="70"/>
        <location filename="../../app/signin/window.py" line="72"/>
        <source>Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="73"/>
        <source>Your session is kept in the system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="75"/>
        <location filename="../../app/signin/window.py" line="77"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="78"/>
        <source>Opens your organisation&apos;s sign-in page in your web browser; you come back here when you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="82"/>
        <source>Cancel the browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="89"/>
        <source>Or sign in with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="94"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="97"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="98"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="103"/>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="111"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="114"/>
        <location filename="../../app/signin/window.py" line="115"/>
        <source>Sign in with password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="118"/>
        <location filename="../../app/signin/window.py" line="119"/>
        <source>Sign in with password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="171"/>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="178"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="179"/>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="183"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="185"/>
        <source>No phone with you? Enter one of your recovery codes instead; each works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="188"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="189"/>
        <source>Back to the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="191"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="193"/>
        <source>Verify the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="241"/>
        <source>Enter the 6-digit code your authenticator app shows for {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="302"/>
        <source>Opening your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="310"/>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="312"/>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="285"/>
        <location filename="../../app/signin/window.py" line="299"/>
        <source>server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="286"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="287"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="289"/>
        <location filename="../../app/signin/window.py" line="299"/>
        <source>Enter your {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="289"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="291"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../app/formatting.py" line="41"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/formatting.py" line="43"/>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubprocessorSection</name>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="26"/>
        <source>Who processes your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="27"/>
        <source>Subprocessors help run the service and may process information only to provide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="31"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="32"/>
        <source>Data involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="33"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="35"/>
        <source>Subprocessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="42"/>
        <source>Announced changes. You can object to a change until its deadline; the objection is filed as a privacy request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="47"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="48"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="49"/>
        <source>Object by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="50"/>
        <source>{date} (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="52"/>
        <source>Announced subprocessor changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="57"/>
        <source>Object to this change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="57"/>
        <source>Object to the selected subprocessor change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="16"/>
        <source>Support and communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="17"/>
        <source>Messages you sent to Ticket Pros, kept to answer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="21"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="22"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="24"/>
        <source>Support messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="27"/>
        <source>Request deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="27"/>
        <source>Request deletion of my support messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/support.py" line="33"/>
        <source>You sent %n messages.</source>
        <translation>
            <numerusform>You sent %n message.</numerusform>
            <numerusform>You sent %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/support.py" line="37"/>
        <source>Your organisation: %n messages.</source>
        <translation>
            <numerusform>Your organisation: %n message.</numerusform>
            <numerusform>Your organisation: %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="35"/>
        <source>You have not sent any messages to Ticket Pros support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../../app/tickets/page.py" line="90"/>
        <location filename="../../app/tickets/page.py" line="189"/>
        <source>No ticket selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="93"/>
        <source>Select a ticket in the list to see its pages and details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="98"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="98"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="99"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="99"/>
        <source>Uploaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="100"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="100"/>
        <source>Photo check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="110"/>
        <source>Pages of the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="115"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="115"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="118"/>
        <location filename="../../app/tickets/page.py" line="124"/>
        <source>Extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="125"/>
        <source>No values extracted from this ticket yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="128"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="130"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="130"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="134"/>
        <source>History of this ticket&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="139"/>
        <source>Download page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="140"/>
        <source>Download the selected page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="141"/>
        <location filename="../../app/tickets/page.py" line="223"/>
        <source>Review values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="142"/>
        <source>Review and correct the values read from this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="143"/>
        <source>Delete ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="144"/>
        <source>Delete this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="146"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="161"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="191"/>
        <source>Ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="191"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="196"/>
        <source>(former user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="200"/>
        <source>Page {page}: {name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="203"/>
        <source>{type}, SHA-256 {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="213"/>
        <source>{value} (check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="223"/>
        <source>Values and history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="243"/>
        <source>A photo looks blurred; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="244"/>
        <source>A photo is too dark; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="245"/>
        <source>A photo is washed out by light; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="246"/>
        <source>A photo has too few pixels; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="247"/>
        <source>A page fills only a small part of its photo; the numbers may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="250"/>
        <source>A photo may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Ticket</source>
        <extracomment>Load the page starting at this offset (the generation tells stale replies apart). Load the thumbnail of (ticket id, file id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="74"/>
        <source>Uploaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="178"/>
        <source>No ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="188"/>
        <source>(former user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/model.py" line="197"/>
        <source>Ticket {number}, %n pages, {status}</source>
        <translation>
            <numerusform>Ticket {number}, %n page, {status}</numerusform>
            <numerusform>Ticket {number}, %n pages, {status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="198"/>
        <source>without number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <location filename="../../app/tickets/model.py" line="28"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="29"/>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="30"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="31"/>
        <source>Values extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="32"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="33"/>
        <source>Extraction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="40"/>
        <source>Ticket number</source>
        <extracomment>Names of the values the service extracts (``ticket.extracted_values``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="41"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="42"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../app/tickets/page.py" line="300"/>
        <location filename="../../app/tickets/page.py" line="356"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="302"/>
        <source>Browse, search and download the tickets you have sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="306"/>
        <source>Search ticket number, job, notes or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="307"/>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="312"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="313"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="318"/>
        <source>Filter by upload date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="319"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="319"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="319"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="320"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="320"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="324"/>
        <source>Whose tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="325"/>
        <source>Organisation&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="326"/>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="329"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="330"/>
        <source>Refresh the ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="332"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="334"/>
        <source>Show only the tickets to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="340"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="341"/>
        <source>Export the listed tickets to CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="390"/>
        <source>Go to Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="391"/>
        <source>Go to the Uploads page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="393"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="394"/>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="396"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="397"/>
        <source>Load the tickets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="427"/>
        <source>How many tickets are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="429"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="434"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="437"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="495"/>
        <source>%n tickets to review</source>
        <translation>
            <numerusform>%n ticket to review</numerusform>
            <numerusform>%n tickets to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="496"/>
        <source>%n tickets to review (Ctrl+R reviews them one by one)</source>
        <translation>
            <numerusform>%n ticket to review (Ctrl+R reviews it)</numerusform>
            <numerusform>%n tickets to review (Ctrl+R reviews them one by one)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="575"/>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="601"/>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="644"/>
        <source>Showing {shown} of %Ln tickets</source>
        <translation>
            <numerusform>Showing {shown} of %Ln ticket</numerusform>
            <numerusform>Showing {shown} of %Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="684"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="685"/>
        <source>Merge the selected tickets into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="686"/>
        <source>Select two or more tickets (Ctrl+click) to merge them into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="707"/>
        <source>Merge tickets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="708"/>
        <source>Merge {count} tickets into ticket {number}, {pages} pages in all, in the order they were uploaded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="711"/>
        <source>The other tickets are removed; their files become pages of this one. Values read from the pages are read again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="713"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="717"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="725"/>
        <source>Merged into ticket {number}: {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="814"/>
        <source>Delete ticket {number} and its %n pages? This cannot be undone.</source>
        <translation>
            <numerusform>Delete ticket {number} and its page? This cannot be undone.</numerusform>
            <numerusform>Delete ticket {number} and its %n pages? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="512"/>
        <source>Nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="548"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="548"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="550"/>
        <source>Export tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="563"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="588"/>
        <source>Exporting… {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="594"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="646"/>
        <source> · loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="650"/>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="656"/>
        <source>The tickets could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="662"/>
        <source>No tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="666"/>
        <source>No tickets match your search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="668"/>
        <source>No tickets yet. Upload photos, scans or PDFs on the Uploads page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="766"/>
        <source>This ticket no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="782"/>
        <source>Save page as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="787"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="802"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="813"/>
        <source>Delete ticket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="710"/>
        <location filename="../../app/tickets/page.py" line="726"/>
        <location filename="../../app/tickets/page.py" line="815"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="816"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="829"/>
        <source>The ticket was deleted.</source>
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
    <name>TwoStepDialog</name>
    <message>
        <location filename="../../app/account/two_step.py" line="79"/>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="89"/>
        <source>Loading…</source>
        <extracomment>Chooses where the recovery codes go (a file dialog; tests replace it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="99"/>
        <source>Two-step verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="118"/>
        <source>Set up two-step verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="120"/>
        <location filename="../../app/account/two_step.py" line="180"/>
        <source>Set up two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="127"/>
        <source>Two-step verification is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="136"/>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="141"/>
        <source>Key for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="143"/>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="144"/>
        <source>Copy the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="147"/>
        <source>Code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="148"/>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="152"/>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="154"/>
        <source>Turn on two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="162"/>
        <source>1. In your authenticator app, add an account and scan this QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="163"/>
        <source>Or type this key into the app (time-based):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="166"/>
        <source>The key is shown only now. Keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="172"/>
        <source>2. &amp;Code the app shows now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="201"/>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="206"/>
        <source>Copy codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="207"/>
        <source>Copy the recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="209"/>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="210"/>
        <source>Save the recovery codes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="212"/>
        <source>I have saved my recovery codes somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="213"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="227"/>
        <location filename="../../app/account/two_step.py" line="262"/>
        <source>Two-step verification is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="229"/>
        <source>Save these ten recovery codes. Each one signs you in once if you do not have your phone. They are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="240"/>
        <source>Your organisation requires two-step verification, so it stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="244"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="246"/>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="247"/>
        <source>Turn off two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="250"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="258"/>
        <source>To turn it off, enter the password you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="279"/>
        <source>Your organisation requires two-step verification. Set it up now with an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP); after that, signing in asks for the code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="284"/>
        <source>With two-step verification, signing in asks for your password and a code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP), so a stolen password alone is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/account/two_step.py" line="291"/>
        <source>%n of 10 recovery codes left.</source>
        <translation>
            <numerusform>%n of 10 recovery codes left.</numerusform>
            <numerusform>%n of 10 recovery codes left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="293"/>
        <source>On since {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="319"/>
        <source>Enter the 6-digit code your authenticator app shows for Ticket Pros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="323"/>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="359"/>
        <source>The recovery codes are copied. Paste them somewhere safe, such as a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="363"/>
        <source>Save recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="365"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="378"/>
        <source>Saved to {path}. Keep the file somewhere safe, away from this computer if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="384"/>
        <source>Enter your password to turn two-step verification off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="394"/>
        <source>Two-step verification is off. Signing in asks only for your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <location filename="../../app/updates/controller.py" line="107"/>
        <source>Updates are switched off by your organisation.</source>
        <extracomment>The last state any controller showed (the About box reads it). Files not yet uploaded (both queues) when the download finished. Set when this account cannot write the install folder. The one-line state changed (About box, status bar). The person chose &quot;Restart to update&quot;: the app must quit (``finish_pending`` follows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="108"/>
        <source>Automatic updates are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="109"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="122"/>
        <source>this version keeps working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="124"/>
        <source>The update repository&apos;s signed information has expired, so nothing was installed; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="126"/>
        <source>The update repository offered older signed information than this computer has already seen (a rollback), so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="128"/>
        <source>The update repository&apos;s information is not signed with Ticket Pros&apos; key, so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="130"/>
        <source>The downloaded update does not match its signed description (it may have been tampered with), so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="132"/>
        <source>The update repository {repository} could not be reached; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="133"/>
        <source>The update repository&apos;s information could not be verified, so it was refused; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="135"/>
        <source>The update could not be saved on this computer; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="136"/>
        <source>This copy runs from source or was installed with pip, so it updates with pip, not by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="138"/>
        <source>This build carries no update key, so it cannot update itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="139"/>
        <source>Ticket Pros is installed in {install_dir}, which this account cannot change; ask your administrator to install version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="142"/>
        <source>The update failed; {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="174"/>
        <source>Checking for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="181"/>
        <source>Downloading version {version}… {percent}% of {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="187"/>
        <source>Up to date (checked at {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="194"/>
        <source>Version {version} is ready: restart to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="211"/>
        <source>Version {version} of Ticket Pros is downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/updates/controller.py" line="215"/>
        <source>%n files are still uploading; they continue after the restart.</source>
        <translation>
            <numerusform>%n file is still uploading; it continues after the restart.</numerusform>
            <numerusform>%n files are still uploading; they continue after the restart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="217"/>
        <source>Update ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="218"/>
        <source>Restart to update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>File</source>
        <extracomment>The fraction of a file sent, 0 to 1 (what the progress cell&apos;s bar shows). States with nothing to show in the progress column. A row&apos;s thumbnail is wanted: (item id, sha256, staged path). Items that became HELD or stopped being HELD, or were removed while held (their ids): the page gives only these rows their Send anyway / Remove buttons or takes them away. Files per state, and bytes to send and sent, kept up to date by every change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="335"/>
        <source>Removed before upload: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="350"/>
        <source>{name}: {problem} Send it anyway, or remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="436"/>
        <source>Checking and removing location data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="438"/>
        <source>Looking for an earlier upload of this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="440"/>
        <source>Already uploaded ({where}). Upload it anyway, or skip it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="445"/>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="447"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="449"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="451"/>
        <source>The upload failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="454"/>
        <source>{error} Next try at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="455"/>
        <source>{error} Use “Retry now” to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="458"/>
        <source>Uploaded as page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="460"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="462"/>
        <source>{status}, with its warning: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="466"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="467"/>
        <source>This file cannot be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="473"/>
        <source>This photo may not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="480"/>
        <source>{status} {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="504"/>
        <source>ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="505"/>
        <source>an earlier ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="507"/>
        <source>also in this list as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="508"/>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <location filename="../../app/uploads/page.py" line="54"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.pdf);;All files (*)</source>
        <extracomment>The file dialog&apos;s filter, marked so lupdate puts it in the catalogue; translated where the dialog opens (``self.tr`` of UploadsPage).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="218"/>
        <source>Uploads</source>
        <extracomment>The user&apos;s upload settings now (they may change before the queue opens). Whose files this page shows and sends (the queue file is shared by the accounts of this computer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="220"/>
        <source>Send photos, scans and PDFs of your tickets. Location data is removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="228"/>
        <source>One ticket per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="229"/>
        <source>Send each file as its own ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="231"/>
        <source>All files as pages of one ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="232"/>
        <source>Send the files as the pages of one ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="236"/>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="237"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="238"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="253"/>
        <source>Upload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="278"/>
        <source>No files waiting. Drop photos, scans or PDFs above, or use “Choose files…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="287"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="287"/>
        <source>Pause the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="288"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="288"/>
        <source>Resume the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="290"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="290"/>
        <source>Retry the selected files now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="292"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="292"/>
        <source>Cancel the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="294"/>
        <source>Upload anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="295"/>
        <source>Upload the selected duplicates anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="297"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="297"/>
        <source>Skip the selected duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="300"/>
        <location filename="../../app/uploads/page.py" line="681"/>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="300"/>
        <source>Pause or resume all uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="302"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="303"/>
        <source>Remove uploaded, cancelled and refused files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="316"/>
        <source>Total progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="321"/>
        <source>Total progress and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="347"/>
        <source>Split pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="348"/>
        <source>Send each page of multi-page PDFs and TIFFs as its own ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="349"/>
        <source>Each page of a multi-page PDF or TIFF becomes its own ticket (the pages are copied as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="380"/>
        <location filename="../../app/uploads/page.py" line="423"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="381"/>
        <source>Send the selected held photos as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="383"/>
        <location filename="../../app/uploads/page.py" line="424"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="383"/>
        <source>Remove the selected held photos from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="423"/>
        <source>Send {name} anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="424"/>
        <source>Remove {name} from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="549"/>
        <source>Choose files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="554"/>
        <source>Choose a folder to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="681"/>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="701"/>
        <source>Nothing to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/page.py" line="704"/>
        <source>{done} of %n files uploaded</source>
        <translation>
            <numerusform>{done} of %n file uploaded</numerusform>
            <numerusform>{done} of %n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/page.py" line="713"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/page.py" line="716"/>
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n waiting for your decision</numerusform>
            <numerusform>%n waiting for your decision</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="705"/>
        <source>{sent} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="707"/>
        <source>{speed}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="710"/>
        <source>limited to {limit} KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="718"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageSection</name>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="17"/>
        <source>Usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="18"/>
        <source>Which screens and actions you use, from which devices; used to keep the service reliable and secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="23"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="24"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="25"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="27"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="30"/>
        <source>Restrict processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="30"/>
        <source>Request restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="32"/>
        <source>Object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="32"/>
        <source>Object to the processing of usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="38"/>
        <source>Usage data is not being recorded for you (recorded {flags}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/usage.py" line="41"/>
        <source>%Ln requests in the last {days} days; last used {when}.</source>
        <translation>
            <numerusform>%Ln request in the last {days} days; last used {when}.</numerusform>
            <numerusform>%Ln requests in the last {days} days; last used {when}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="44"/>
        <source>No usage recorded in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedFolderDialog</name>
    <message>
        <location filename="../../app/settings/watched.py" line="54"/>
        <source>Add a watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="54"/>
        <source>Edit a watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="61"/>
        <location filename="../../app/settings/watched.py" line="83"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="63"/>
        <source>Job of the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="64"/>
        <location filename="../../app/settings/watched.py" line="67"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="66"/>
        <source>Notes on the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="69"/>
        <source>Tickets made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="74"/>
        <source>After upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="78"/>
        <source>A file that cannot be uploaded goes to a “Not uploaded” sub-folder, with a text file beside it that says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="84"/>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="85"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="86"/>
        <source>&amp;Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="87"/>
        <source>&amp;After upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="103"/>
        <source>Delete files after upload?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="104"/>
        <source>Files in {folder} will be deleted once they are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="106"/>
        <source>They are kept on the service as tickets; this computer keeps no copy. Files that cannot be uploaded are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="108"/>
        <source>Delete after upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <location filename="../../app/settings/watched.py" line="36"/>
        <source>One ticket per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="37"/>
        <source>One ticket per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="38"/>
        <source>Each sub-folder as one ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="39"/>
        <source>Move to “Uploaded”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="40"/>
        <source>Leave in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="41"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedFoldersEditor</name>
    <message>
        <location filename="../../app/settings/watched.py" line="127"/>
        <source>Watched folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>After upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="140"/>
        <source>No watched folders. Add the folder your scanner or phone saves to, and its files become tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="144"/>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="145"/>
        <source>Add a watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="147"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="148"/>
        <source>Edit the selected watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="150"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="151"/>
        <source>Stop watching the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="168"/>
        <source>Folder to watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedFoldersPanel</name>
    <message>
        <location filename="../../app/uploads/watched.py" line="59"/>
        <source>Watched folder {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="65"/>
        <source>State of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="89"/>
        <source>Watched folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="140"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="140"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="141"/>
        <source>Resume watching {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="142"/>
        <source>Pause watching {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="145"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="145"/>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="146"/>
        <source>Watching (checked at intervals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="146"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="147"/>
        <source>Not watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="147"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="156"/>
        <source>Last: {name}, queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="158"/>
        <source>Last: {name}, uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="160"/>
        <source>Last: {name}, not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="162"/>
        <source>No file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/watched.py" line="164"/>
        <source>%n not uploaded (see the “Not uploaded” folder)</source>
        <translation>
            <numerusform>%n not uploaded (see the “Not uploaded” folder)</numerusform>
            <numerusform>%n not uploaded (see the “Not uploaded” folder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../app/cli/_argparse.py" line="21"/>
        <source>usage: </source>
        <extracomment>The messages of argparse (Python 3.11+) a person can see.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="22"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="23"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="24"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="25"/>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="26"/>
        <source>subcommands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="27"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="28"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="29"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="30"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="31"/>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="33"/>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="34"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="35"/>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="36"/>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="37"/>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="38"/>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="39"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="40"/>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="41"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="42"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="43"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="44"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/about.py" line="54"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="68"/>
        <source>Please send the file &lt;b&gt;{file}&lt;/b&gt; to support@ticketpros.io with a few words about what happened. It contains no passwords or sign-in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="72"/>
        <source>The folder could not be opened automatically; the file is at the path above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="73"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
