<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../app/approvals/page.py" line="46"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="50"/>
        <source>Privacy requests from your team. Approve or deny each within its due date; Ticket Pros carries out approved requests right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="60"/>
        <source>Requests from your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="69"/>
        <source>No requests from your team. When someone files one, it appears here and you get a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="76"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="83"/>
        <source>Reason or note for the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="84"/>
        <source>Reason (required to deny; the requester sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="86"/>
        <location filename="../../app/approvals/page.py" line="87"/>
        <source>Also delete the tickets they uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="89"/>
        <source>Otherwise their tickets stay with your organisation with the uploader&apos;s name removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="91"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="93"/>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="94"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="95"/>
        <source>Deny the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="99"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="100"/>
        <source>Extension in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="101"/>
        <location filename="../../app/approvals/page.py" line="253"/>
        <source>Extend deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="102"/>
        <source>Extend the deadline once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="103"/>
        <source>Once per request, by up to 60 days, with the reason above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="106"/>
        <source>Decision message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="109"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="122"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="178"/>
        <source>New privacy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="179"/>
        <source>{name} asks for: {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="192"/>
        <source>Select a request to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="245"/>
        <source>Write the reason first; the requester sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="251"/>
        <source>Already extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="267"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="303"/>
        <source>Done: the request is now {state}.</source>
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
        <location filename="../../app/gui.py" line="81"/>
        <source>Signing you in…</source>
        <extracomment>The settings were changed by the user (already saved and applied). How often the open app checks that its session is still valid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/uploads/page.py" line="77"/>
        <source>Drop photos, scans, PDFs or whole folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="80"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="82"/>
        <source>Choose files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="83"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="84"/>
        <source>Choose a folder to upload</source>
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
        <location filename="../../app/shell/main_window.py" line="77"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="83"/>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="108"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="114"/>
        <source>Signed in to {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="116"/>
        <source>via proxy {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="122"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="126"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="135"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="136"/>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="137"/>
        <source>&amp;About Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="141"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="150"/>
        <source>Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="150"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="157"/>
        <source>Account menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="165"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="166"/>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="217"/>
        <source>{title}, {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../app/shell/pages.py" line="94"/>
        <source>This page is not available in this version of Ticket Pros Desktop yet.</source>
        <extracomment>Show a failure to the person (the app&apos;s one error presenter). Go to another page: ``navigate(&quot;requests&quot;, {&quot;type&quot;: &quot;correction&quot;})``. The target page receives the dict in its ``open_with(args)``, if it has one. Show a count next to a page&apos;s name: ``set_badge(&quot;approvals&quot;, 2)``. A desktop notification (system tray when there is one): ``notify(title, text)``. What the page is for, shown under its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="98"/>
        <source>{page}: not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyBanner</name>
    <message>
        <location filename="../../app/privacy/banner.py" line="34"/>
        <source>Privacy policy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="35"/>
        <source>Read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="36"/>
        <source>Read the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="38"/>
        <source>I have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="40"/>
        <source>Acknowledge the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="58"/>
        <source>The privacy policy changed (version {version}, effective {date}). What changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="61"/>
        <source>Please read the privacy policy (version {version}, effective {date}). {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../app/privacy/banner.py" line="77"/>
        <source>Privacy policy, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="79"/>
        <source>Version {version}, effective {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="85"/>
        <source>What changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="92"/>
        <source>Privacy policy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="98"/>
        <source>I have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="99"/>
        <source>Acknowledge the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../app/privacy/page.py" line="212"/>
        <source>Privacy</source>
        <extracomment>Showing the page again after this long reloads it. How often the open app asks whether a new policy version was published.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="215"/>
        <source>What Ticket Pros keeps about you{org}, why, and who processes it. We do not sell your data and do not collect precise location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="217"/>
        <source> and {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="222"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="223"/>
        <source>Refresh the privacy page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="254"/>
        <source>Privacy sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="278"/>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="279"/>
        <source>The policy this service publishes. When it changes, you are told what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="283"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="284"/>
        <location filename="../../app/privacy/page.py" line="432"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="285"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="286"/>
        <source>Read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="286"/>
        <source>Read the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="288"/>
        <source>I have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="288"/>
        <source>Acknowledge the privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="293"/>
        <location filename="../../app/privacy/page.py" line="299"/>
        <source>Account information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="294"/>
        <source>Used to run your account and sign you in. Your password is stored only as a hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="296"/>
        <location filename="../../app/privacy/page.py" line="351"/>
        <location filename="../../app/privacy/page.py" line="477"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="297"/>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="301"/>
        <source>Request a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="301"/>
        <source>Request a correction of the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="303"/>
        <location filename="../../app/privacy/page.py" line="361"/>
        <source>Request a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="303"/>
        <source>Request a copy of my personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="309"/>
        <source>Payment information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="310"/>
        <source>Processed by Stripe. Ticket Pros receives only the payment status, the subscription and the last four digits of the card. Full card numbers are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="316"/>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="317"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="318"/>
        <location filename="../../app/privacy/page.py" line="557"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="320"/>
        <source>Payment information belongs to your organisation and is shown to your Account Owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="328"/>
        <source>Support and communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="329"/>
        <source>Messages you sent to Ticket Pros, kept to answer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="333"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="334"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="336"/>
        <source>Support messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="339"/>
        <location filename="../../app/privacy/page.py" line="363"/>
        <location filename="../../app/privacy/page.py" line="455"/>
        <source>Request deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="339"/>
        <source>Request deletion of my support messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="345"/>
        <source>Customer Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="346"/>
        <source>Tickets, images, documents and the values extracted from them. Uploaded by your organisation&apos;s users and processed only to provide the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="351"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="353"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="355"/>
        <source>Customer Data counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="361"/>
        <source>Request a copy of my Customer Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="363"/>
        <source>Request deletion of my Customer Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="369"/>
        <source>Usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="370"/>
        <source>Which screens and actions you use, from which devices; used to keep the service reliable and secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="375"/>
        <location filename="../../app/privacy/page.py" line="399"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="376"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="377"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="379"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="382"/>
        <source>Restrict processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="382"/>
        <source>Request restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="384"/>
        <source>Object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="384"/>
        <source>Object to the processing of usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="390"/>
        <source>Security events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="391"/>
        <source>Recent sign-ins to your account. The region is approximate (country and region, from the IP address); precise location is never collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="394"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="395"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="395"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="395"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="397"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="398"/>
        <source>Approximate region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="400"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="400"/>
        <source>⚠ Unfamiliar place or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="401"/>
        <source>Not seen in your earlier sign-ins. If this was not you, change your password and tell your Account Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="405"/>
        <source>Recent sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="412"/>
        <source>Who processes your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="413"/>
        <source>Subprocessors help run the service and may process information only to provide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="415"/>
        <location filename="../../app/privacy/page.py" line="543"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="416"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="417"/>
        <source>Data involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="418"/>
        <location filename="../../app/privacy/page.py" line="481"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="420"/>
        <source>Subprocessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="426"/>
        <source>Announced changes. You can object to a change until its deadline; the objection is filed as a privacy request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="431"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="433"/>
        <source>Object by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="434"/>
        <source>{date} (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="436"/>
        <source>Announced subprocessor changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="441"/>
        <source>Object to this change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="441"/>
        <source>Object to the selected subprocessor change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="447"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="455"/>
        <source>Request deletion of my personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="461"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="462"/>
        <source>What Ticket Pros Desktop itself keeps here. Nothing of this is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="465"/>
        <source>Upload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="466"/>
        <source>Files waiting to upload and their cleaned copies; kept until they are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="467"/>
        <source>Thumbnail cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="467"/>
        <source>Small previews of your tickets; made again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="469"/>
        <source>Other cached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="469"/>
        <source>Temporary files; made again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="470"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="470"/>
        <source>What the app did, for troubleshooting; passwords and tokens are never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="472"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="472"/>
        <source>Server address, account email and preferences; no passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="474"/>
        <source>Demo service data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="474"/>
        <source>Only used by the built-in demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="479"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="480"/>
        <source>Clear removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="480"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="480"/>
        <source>No, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="483"/>
        <source>Data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="494"/>
        <source>Clear cache and logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="495"/>
        <source>Clear the cache and logs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="538"/>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="541"/>
        <source>Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="541"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="544"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="545"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="545"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="546"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="547"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="548"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="548"/>
        <source>Stored as a hash; never the password itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="549"/>
        <source>Billing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="550"/>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="555"/>
        <source>No subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="557"/>
        <source>{brand} ending in {last4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="558"/>
        <source>No card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="562"/>
        <source>You sent {n} message(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="564"/>
        <source>You have not sent any messages to Ticket Pros support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="566"/>
        <source>Your organisation: {n} message(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="576"/>
        <source>Usage data is not being recorded for you (recorded {flags}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="578"/>
        <source>{n} requests in the last {days} days; last used {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="581"/>
        <source>No usage recorded in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="589"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="589"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="590"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="592"/>
        <source>Your organisation&apos;s account is {status}. After an account is cancelled, Customer Data is kept for {low} to {high} days so it can be retrieved, then deleted or anonymised; copies in backups disappear as backups rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="595"/>
        <source>From the policy (§6): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="604"/>
        <location filename="../../app/privacy/page.py" line="612"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="604"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="605"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="606"/>
        <source>Extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="607"/>
        <location filename="../../app/privacy/page.py" line="614"/>
        <source>Stored size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="613"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="617"/>
        <source>Nothing stored yet. Tickets you upload on the Uploads page appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="619"/>
        <source>Tickets uploaded by you: {mine} of {org} in your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="622"/>
        <source>Your own uploads. Your Account Owner sees the organisation&apos;s totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="664"/>
        <source>Yes, on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="665"/>
        <source>Not yet. What changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="726"/>
        <source>The upload queue could not be read; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="728"/>
        <source>No files are waiting to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="729"/>
        <source>{n} file(s) wait to upload. They are kept: clearing never removes files that have not been uploaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="741"/>
        <source>Clear cache and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="742"/>
        <source>Remove the thumbnail cache, other cached files and the logs from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="745"/>
        <source>Your settings and your session are kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="746"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="761"/>
        <source>Clearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="767"/>
        <source>Removed {files} file(s), {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="770"/>
        <source>{n} file(s) waiting to upload were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="772"/>
        <source>{n} item(s) were in use and could not be removed; try again after restarting the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyRequests</name>
    <message>
        <location filename="../../app/requests/models.py" line="28"/>
        <source>Copy of my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="29"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="30"/>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="31"/>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="32"/>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="38"/>
        <source>A ZIP file with your profile, sign-in history, the tickets you uploaded with their files and values, and your support messages. You download it here; nothing is e-mailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="44"/>
        <source>Change your name, phone number or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="47"/>
        <source>Erase your name, email, phone and sign-in details and end every session. Tickets you uploaded stay with your organisation without your name, unless your Account Owner deletes them too. You will not be able to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="54"/>
        <source>Limit how your information is used: no usage analytics and no automatic value extraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="58"/>
        <source>Object to the use of your information for usage analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="66"/>
        <source>Waiting for the Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="67"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="68"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="69"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="70"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="71"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="77"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="82"/>
        <source>Sent to Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="83"/>
        <source>{state} · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="103"/>
        <source>Tickets {tickets} · files {files} ({size}) · support messages {messages} · sign-in records {events} · active sessions {sessions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="119"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="121"/>
        <location filename="../../app/requests/models.py" line="142"/>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="124"/>
        <source>{when} — {what} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="140"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="141"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="143"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="145"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="204"/>
        <source>Past its due date of {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../app/requests/detail.py" line="27"/>
        <source>Select a request to see its state, due date and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="36"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="37"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="38"/>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="39"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="40"/>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="41"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="42"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="43"/>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="44"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="59"/>
        <source>History of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="61"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="92"/>
        <source>{type} request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="106"/>
        <source>{date} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="110"/>
        <source>Change {field} to “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/requests/page.py" line="68"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="71"/>
        <source>Your requests go to Ticket Pros directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="73"/>
        <source>Your requests go to your Account Owner, who approves or denies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="77"/>
        <source>Ask for a copy, a correction or the deletion of your personal information. {routed} Each is answered within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="86"/>
        <source>Type of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="93"/>
        <source>What to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="95"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="95"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="99"/>
        <location filename="../../app/requests/page.py" line="126"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="100"/>
        <source>The correct value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="102"/>
        <source>Note for the Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="103"/>
        <source>Optional: anything that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="107"/>
        <source>Your password, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="108"/>
        <source>Needed for copies and deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="109"/>
        <location filename="../../app/requests/page.py" line="111"/>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="114"/>
        <source>Request form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="117"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="124"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="125"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="127"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="128"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="139"/>
        <source>My privacy requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="147"/>
        <source>You have not filed any privacy request. Choose a type above and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="152"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="159"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="160"/>
        <source>Cancel the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="161"/>
        <source>Download my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="162"/>
        <source>Download the export of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="164"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="168"/>
        <source>Request message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="174"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="241"/>
        <source>About: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="257"/>
        <source>Enter the correct value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="262"/>
        <source>Enter your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="265"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="283"/>
        <source>Ticket Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="283"/>
        <source>your Account Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="284"/>
        <source>Sent to {whom}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="329"/>
        <source>Privacy request: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="330"/>
        <source>“{type}”, filed {date}, is now {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="343"/>
        <source>Select a request to see its state, due date and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="345"/>
        <source>Your requests and their history will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="400"/>
        <source>Save my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="400"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="413"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="436"/>
        <source>Saved to {path}. Every file matched its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../app/privacy/page.py" line="80"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="81"/>
        <source>Try again: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="109"/>
        <source>Loading…</source>
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
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../../app/tickets/page.py" line="82"/>
        <location filename="../../app/tickets/page.py" line="162"/>
        <source>No ticket selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="85"/>
        <source>Select a ticket in the list to see its pages and details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="90"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="90"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="91"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="91"/>
        <source>Uploaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="92"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="102"/>
        <source>Pages of the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="107"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="107"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="110"/>
        <location filename="../../app/tickets/page.py" line="115"/>
        <source>Extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="116"/>
        <source>No values extracted from this ticket yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="118"/>
        <source>Download page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="119"/>
        <source>Download the selected page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="120"/>
        <source>Delete ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="121"/>
        <source>Delete this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="123"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="137"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="164"/>
        <source>Ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="164"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="169"/>
        <source>(former user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="172"/>
        <source>Page {page}: {name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <location filename="../../app/tickets/model.py" line="60"/>
        <source>Ticket</source>
        <extracomment>Load the page starting at this offset (the generation tells stale replies apart). Load the thumbnail of (ticket id, file id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="60"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="60"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="60"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="61"/>
        <source>Uploaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="163"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="173"/>
        <source>(former user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="182"/>
        <source>Ticket {number}, {pages} pages, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="183"/>
        <source>without number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../app/tickets/page.py" line="229"/>
        <location filename="../../app/tickets/page.py" line="269"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="231"/>
        <source>Browse, search and download the tickets you have sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="235"/>
        <source>Search ticket number, job, notes or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="236"/>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="240"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="241"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="246"/>
        <source>Filter by upload date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="247"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="247"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="247"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="248"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="248"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="252"/>
        <source>Whose tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="253"/>
        <source>Organisation&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="254"/>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="257"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="258"/>
        <source>Refresh the ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="294"/>
        <source>Go to Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="295"/>
        <source>Go to the Uploads page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="297"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="298"/>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="325"/>
        <source>How many tickets are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="393"/>
        <source>Showing {shown} of {total} tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="395"/>
        <source> · loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="399"/>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="402"/>
        <source>No tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="407"/>
        <source>No tickets match your search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="409"/>
        <source>No tickets yet. Upload photos, scans or PDFs on the Uploads page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="450"/>
        <source>This ticket no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="466"/>
        <source>Save page as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="471"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="486"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="498"/>
        <source>Delete ticket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="499"/>
        <source>Delete ticket {number} and its {pages} page(s)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="500"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="514"/>
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
    <name>UploadQueueModel</name>
    <message>
        <location filename="../../app/uploads/model.py" line="86"/>
        <source>File</source>
        <extracomment>States with nothing to show in the progress column. A row&apos;s thumbnail is wanted: (item id, sha256, staged path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="86"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="86"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="216"/>
        <source>Removed before upload: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="252"/>
        <source>Checking and removing location data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="254"/>
        <source>Looking for an earlier upload of this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="256"/>
        <source>Already uploaded ({where}). Upload it anyway, or skip it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="259"/>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="261"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="263"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="265"/>
        <source>The upload failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="268"/>
        <source>{error} Next try at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="269"/>
        <source>{error} Use “Retry now” to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="272"/>
        <source>Uploaded as page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="273"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="275"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="276"/>
        <source>This file cannot be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="283"/>
        <source>ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="284"/>
        <source>an earlier ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="286"/>
        <source>also in this list as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="287"/>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <location filename="../../app/uploads/page.py" line="151"/>
        <source>Uploads</source>
        <extracomment>Whose files this page shows and sends (the queue file is shared by the accounts of this computer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="153"/>
        <source>Send photos, scans and PDFs of your tickets. Location data is removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="161"/>
        <source>One ticket per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="162"/>
        <source>Send each file as its own ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="164"/>
        <source>All files as pages of one ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="165"/>
        <source>Send the files as the pages of one ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="169"/>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="170"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="171"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="182"/>
        <source>Upload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="202"/>
        <source>No files waiting. Drop photos, scans or PDFs above, or use “Choose files…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="211"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="211"/>
        <source>Pause the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="212"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="212"/>
        <source>Resume the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="214"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="214"/>
        <source>Retry the selected files now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="216"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="216"/>
        <source>Cancel the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="218"/>
        <source>Upload anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="219"/>
        <source>Upload the selected duplicates anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="221"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="221"/>
        <source>Skip the selected duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="223"/>
        <location filename="../../app/uploads/page.py" line="446"/>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="223"/>
        <source>Pause or resume all uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="225"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="226"/>
        <source>Remove uploaded, cancelled and refused files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="238"/>
        <source>Total progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="243"/>
        <source>Total progress and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="335"/>
        <source>Choose files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="340"/>
        <source>Choose a folder to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="446"/>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="465"/>
        <source>Nothing to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="468"/>
        <source>{done} of {files} files uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="469"/>
        <source>{sent} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="471"/>
        <source>{speed}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="474"/>
        <source>{n} with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="477"/>
        <source>{n} waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="479"/>
        <source>paused</source>
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
