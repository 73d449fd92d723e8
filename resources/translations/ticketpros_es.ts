<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/about.py" line="28"/>
        <source>Version</source>
        <extracomment>The legal entity behind the service (a name and an address, not translated).</extracomment>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="29"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="33"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="34"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="35"/>
        <source>Data (upload queue)</source>
        <translation>Datos (cola de carga)</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="36"/>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="40"/>
        <source>Upload tickets and documents, see what Ticket Pros keeps about you, and file privacy requests.</source>
        <translation>Suba tickets y documentos, vea qué guarda Ticket Pros sobre usted y presente solicitudes de privacidad.</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="42"/>
        <source>Your session is kept in the system keyring, never in these folders.</source>
        <translation>Su sesión se guarda en el llavero del sistema, nunca en estas carpetas.</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="46"/>
        <source>Set by your organisation:</source>
        <translation>Establecido por su organización:</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="19"/>
        <location filename="../../app/privacy/sections/account.py" line="26"/>
        <source>Account information</source>
        <extracomment>Rows that are not mine to correct: the service sets them.</extracomment>
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="20"/>
        <source>Used to run your account and sign you in. Your password is stored only as a hash.</source>
        <translation>Se usa para administrar su cuenta e iniciar su sesión. Su contraseña se guarda solo como hash.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="23"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="24"/>
        <source>Stored value</source>
        <translation>Valor guardado</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="28"/>
        <source>Request a correction…</source>
        <translation>Solicitar una corrección…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="28"/>
        <source>Request a correction of the selected field</source>
        <translation>Solicitar la corrección del campo seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="30"/>
        <source>Request a copy…</source>
        <translation>Solicitar una copia…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="30"/>
        <source>Request a copy of my personal information</source>
        <translation>Solicitar una copia de mi información personal</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="35"/>
        <source>Account Owner</source>
        <translation>Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="35"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="37"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="38"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="39"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="39"/>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="40"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="41"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="42"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="42"/>
        <source>Stored as a hash; never the password itself</source>
        <translation>Guardada como hash; nunca la contraseña misma</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="43"/>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="44"/>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="45"/>
        <source>Account created</source>
        <translation>Cuenta creada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="52"/>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/account.py" line="52"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../app/approvals/page.py" line="45"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="49"/>
        <source>Privacy requests from your team. Approve or deny each within its due date; Ticket Pros carries out approved requests right away.</source>
        <translation>Solicitudes de privacidad de su equipo. Apruebe o rechace cada una antes de su fecha límite; Ticket Pros cumple de inmediato las solicitudes aprobadas.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="57"/>
        <source>Requests from your team</source>
        <translation>Solicitudes de su equipo</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="60"/>
        <source>No requests from your team. When someone files one, it appears here and you get a notification.</source>
        <translation>No hay solicitudes de su equipo. Cuando alguien presente una, aparecerá aquí y recibirá una notificación.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="67"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="74"/>
        <source>Reason or note for the requester</source>
        <translation>Motivo o nota para el solicitante</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="75"/>
        <source>Reason (required to deny; the requester sees it)</source>
        <translation>Motivo (obligatorio para rechazar; el solicitante lo verá)</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="77"/>
        <location filename="../../app/approvals/page.py" line="78"/>
        <source>Also delete the tickets they uploaded</source>
        <translation>Eliminar también los tickets que subió</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="80"/>
        <source>Otherwise their tickets stay with your organisation with the uploader&apos;s name removed.</source>
        <translation>De lo contrario, sus tickets se quedan con su organización, sin el nombre de quien los subió.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="82"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="84"/>
        <source>Approve the selected request</source>
        <translation>Aprobar la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="85"/>
        <source>Deny</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="86"/>
        <source>Deny the selected request</source>
        <translation>Rechazar la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="90"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="91"/>
        <source>Extension in days</source>
        <translation>Prórroga en días</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="92"/>
        <location filename="../../app/approvals/page.py" line="240"/>
        <source>Extend deadline</source>
        <translation>Prorrogar el plazo</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="93"/>
        <source>Extend the deadline once</source>
        <translation>Prorrogar el plazo una vez</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="94"/>
        <source>Once per request, by up to 60 days, with the reason above.</source>
        <translation>Una vez por solicitud, hasta 60 días, con el motivo indicado arriba.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="97"/>
        <source>Decision message</source>
        <translation>Mensaje de la decisión</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="100"/>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="113"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="169"/>
        <source>New privacy request</source>
        <translation>Nueva solicitud de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="170"/>
        <source>{name} asks for: {type}.</source>
        <translation>{name} solicita: {type}.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="183"/>
        <source>Select a request to review it.</source>
        <translation>Seleccione una solicitud para revisarla.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="232"/>
        <source>Write the reason first; the requester sees it.</source>
        <translation>Escriba primero el motivo; el solicitante lo verá.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="238"/>
        <source>Already extended</source>
        <translation>Ya prorrogada</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="254"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/approvals/page.py" line="270"/>
        <source>The %n tickets they uploaded are deleted too.</source>
        <translation>
            <numerusform>También se elimina el ticket que subió.</numerusform>
            <numerusform>También se eliminan los %n tickets que subió.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="271"/>
        <source>The tickets they uploaded are deleted too.</source>
        <translation>También se eliminan los tickets que subió.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="273"/>
        <source>The tickets they uploaded stay with your organisation without their name.</source>
        <translation>Los tickets que subió se quedan con su organización, sin su nombre.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="274"/>
        <source>Approve deletion?</source>
        <translation>¿Aprobar la eliminación?</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="275"/>
        <source>Erase the personal information of {name} and end their sessions? They will not be able to sign in again. This cannot be undone.</source>
        <translation>¿Borrar la información personal de {name} y cerrar sus sesiones? No podrá volver a iniciar sesión. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="277"/>
        <source>Approve and erase</source>
        <translation>Aprobar y borrar</translation>
    </message>
    <message>
        <location filename="../../app/approvals/page.py" line="309"/>
        <source>Done: the request is now {state}.</source>
        <translation>Listo: la solicitud ahora está {state}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/__init__.py" line="94"/>
        <source>Ticket Pros Desktop. With no command, opens the app.</source>
        <extracomment>Each command&apos;s module (``register(subparsers)`` adds it), in the order ``--help`` lists them. The top-level options that take no value and name no command (``--help`` needs every command). The exit status of a command whose reader went away (``ticketpros … | head``): 128 + SIGPIPE, what a shell reports for ``cat``, ``git log`` and the rest of the toolbox in the same place, so ``set -o pipefail`` scripts see the same.</extracomment>
        <translation>Ticket Pros Desktop. Sin un comando, abre la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="97"/>
        <source>show the version of the app and exit</source>
        <translation>mostrar la versión de la aplicación y salir</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="99"/>
        <source>start offscreen, build every page, exit 0 if all is well (for bundles)</source>
        <translation>iniciar sin pantalla, construir cada página y salir con 0 si todo está bien (para paquetes)</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="161"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="35"/>
        <source>The command failed.</source>
        <translation>El comando falló.</translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="46"/>
        <source>The app needs its Qt part: pip install &apos;ticketpros-desktop[gui]&apos;</source>
        <translation>La aplicación necesita su parte de Qt: pip install &apos;ticketpros-desktop[gui]&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="56"/>
        <source>Your organisation manages {setting} on this computer, so {option} cannot change it.</source>
        <translation>Su organización administra {setting} en este equipo, así que {option} no puede cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/_common.py" line="95"/>
        <source>You are not signed in. Run: ticketpros login --server URL --browser</source>
        <extracomment>The parser default under which ``setting_option`` records which options set which setting.</extracomment>
        <translation>No ha iniciado sesión. Ejecute: ticketpros login --server URL --browser</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="25"/>
        <source>Your organisation signs in through the browser only: run ticketpros login --browser (or --device).</source>
        <extracomment>The service&apos;s sign-in page waits ten minutes; so does the command. Password sign-ins the service sends to the browser, said for the command line.</extracomment>
        <translation>Su organización inicia sesión solo a través del navegador: ejecute ticketpros login --browser (o --device).</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="27"/>
        <source>Your organisation requires two-step verification: run ticketpros login --browser to set it up.</source>
        <translation>Su organización exige la verificación en dos pasos: ejecute ticketpros login --browser para configurarla.</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="31"/>
        <source>Your account uses two-step verification: give the code from your authenticator app (or a recovery code) on the line after the password, or run ticketpros login --browser.</source>
        <extracomment>With --password-stdin the code is the line after the password.</extracomment>
        <translation>Su cuenta usa la verificación en dos pasos: indique el código de su aplicación de autenticación (o un código de recuperación) en la línea siguiente a la contraseña, o ejecute ticketpros login --browser.</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="38"/>
        <source>sign in and keep the session in the system keyring</source>
        <translation>iniciar sesión y guardar la sesión en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="39"/>
        <source>Sign in with --browser (the service&apos;s page, with two-step verification and whatever your organisation requires), --device (a code to type on another device), or --email and a password.</source>
        <translation>Inicie sesión con --browser (la página del servicio, con verificación en dos pasos y lo que su organización exija), --device (un código para escribir en otro dispositivo) o --email y una contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="42"/>
        <source>service address (default: the last one used)</source>
        <translation>dirección del servicio (predeterminada: la última usada)</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="45"/>
        <source>sign in on the service&apos;s page in your web browser (the address is printed too)</source>
        <translation>iniciar sesión en la página del servicio en su navegador web (también se muestra la dirección)</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="47"/>
        <source>sign in on another device: open the address shown there and type the code</source>
        <translation>iniciar sesión en otro dispositivo: abra allí la dirección mostrada y escriba el código</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="48"/>
        <source>sign in here with your email and password</source>
        <translation>iniciar sesión aquí con su correo electrónico y contraseña</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="50"/>
        <source>with --browser: only print the address, do not start a browser</source>
        <translation>con --browser: solo mostrar la dirección, sin abrir un navegador</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="52"/>
        <source>read the password from standard input instead of prompting (and, with two-step verification, the code from the next line)</source>
        <translation>leer la contraseña de la entrada estándar en lugar de pedirla (y, con verificación en dos pasos, el código de la línea siguiente)</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="55"/>
        <source>allow plain http:// to a host other than this computer</source>
        <translation>permitir http:// sin cifrar a un equipo distinto de esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="58"/>
        <source>end the session here and on the service</source>
        <translation>cerrar la sesión aquí y en el servicio</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="61"/>
        <source>show who is signed in</source>
        <translation>mostrar quién ha iniciado sesión</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="69"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="75"/>
        <source>Code from your authenticator app (or a recovery code): </source>
        <translation>Código de su aplicación de autenticación (o un código de recuperación): </translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="106"/>
        <source>Your browser opens the sign-in page; finish signing in there. If it did not open, visit this address on this computer:</source>
        <translation>Su navegador abre la página de inicio de sesión; termine de iniciar sesión allí. Si no se abrió, visite esta dirección en esta computadora:</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="109"/>
        <source>Open this address in a web browser on this computer to sign in:</source>
        <translation>Abra esta dirección en un navegador web de esta computadora para iniciar sesión:</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="117"/>
        <source>On a phone or computer, open {uri} and type the code {code}.</source>
        <translation>En un teléfono o una computadora, abra {uri} y escriba el código {code}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/account.py" line="119"/>
        <source>Waiting for the sign-in there (up to %n minutes; Ctrl+C to stop).</source>
        <translation>
            <numerusform>Esperando el inicio de sesión allí (hasta %n minuto; Ctrl+C para detener).</numerusform>
            <numerusform>Esperando el inicio de sesión allí (hasta %n minutos; Ctrl+C para detener).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="126"/>
        <source>Choose how to sign in: --browser, --device, or --email EMAIL.</source>
        <translation>Elija cómo iniciar sesión: --browser, --device o --email CORREO.</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="140"/>
        <source>Signed in as {name} &lt;{email}&gt; ({organisation}).</source>
        <translation>Sesión iniciada como {name} &lt;{email}&gt; ({organisation}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="143"/>
        <source>Note: the system keyring is not available, so this session was not saved; commands run later will ask you to sign in again.</source>
        <translation>Nota: el llavero del sistema no está disponible, así que esta sesión no se guardó; los comandos que ejecute después le pedirán que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="153"/>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="159"/>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="160"/>
        <source>Signed out on this computer (the service could not be reached to end the session there).</source>
        <translation>Sesión cerrada en esta computadora (no se pudo contactar al servicio para cerrar la sesión allí).</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="172"/>
        <source>Account Owner of {organisation}</source>
        <translation>Propietario de la cuenta de {organisation}</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="173"/>
        <source>Member of {organisation}</source>
        <translation>Miembro de {organisation}</translation>
    </message>
    <message>
        <location filename="../../app/cli/account.py" line="174"/>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="15"/>
        <source>what Ticket Pros keeps about you</source>
        <translation>lo que Ticket Pros guarda sobre usted</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="17"/>
        <source>show the privacy dashboard</source>
        <translation>mostrar el panel de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="18"/>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="40"/>
        <source>Privacy policy {version} (effective {date}): </source>
        <translation>Política de privacidad {version} (vigente desde {date}): </translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="42"/>
        <source>acknowledged</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="43"/>
        <source>NOT acknowledged — what changed: {summary}</source>
        <translation>NO aceptada — qué cambió: {summary}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="45"/>
        <source>Account information</source>
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="46"/>
        <source>Name: {value}</source>
        <translation>Nombre: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="46"/>
        <source>Email: {value}</source>
        <translation>Correo electrónico: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="47"/>
        <source>Phone: {value}</source>
        <translation>Teléfono: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="47"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="48"/>
        <source>Company: {value}</source>
        <translation>Empresa: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="49"/>
        <source>Role: {value}</source>
        <translation>Función: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="49"/>
        <source>Account Owner</source>
        <translation>Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="49"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="50"/>
        <source>Password: stored as a hash only</source>
        <translation>Contraseña: guardada solo como hash</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="52"/>
        <source>Payment information</source>
        <translation>Información de pago</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="55"/>
        <source>{brand} ending in {last4}</source>
        <translation>{brand} terminada en {last4}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="55"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="56"/>
        <source>no card on file</source>
        <translation>no hay tarjeta registrada</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="57"/>
        <source>Status: {value}</source>
        <translation>Estado: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="58"/>
        <source>Subscription: {value}</source>
        <translation>Suscripción: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="59"/>
        <source>Card: {card} (full card numbers are never stored)</source>
        <translation>Tarjeta: {card} (los números completos de tarjeta nunca se guardan)</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="61"/>
        <source>Shown to your Account Owner only.</source>
        <translation>Solo se muestra al Propietario de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="62"/>
        <source>Support and communications</source>
        <translation>Soporte y comunicaciones</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="63"/>
        <source>Messages you sent: {count}</source>
        <translation>Mensajes que usted envió: {count}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="64"/>
        <source>Customer Data</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="64"/>
        <source>Customer Data (mine / organisation)</source>
        <translation>Datos del cliente (míos / de la organización)</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="65"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="65"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="66"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="67"/>
        <source>Extracted values</source>
        <translation>Valores extraídos</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="68"/>
        <source>Stored size</source>
        <translation>Tamaño almacenado</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="75"/>
        <source>recorded</source>
        <translation>se registran</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="75"/>
        <source>NOT recorded ({flags})</source>
        <translation>NO se registran ({flags})</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="76"/>
        <source>Usage data</source>
        <translation>Datos de uso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/privacy.py" line="77"/>
        <source>{recorded}; %n requests in the last {days} days</source>
        <translation>
            <numerusform>{recorded}; %n solicitud en los últimos {days} días</numerusform>
            <numerusform>{recorded}; %n solicitudes en los últimos {days} días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="80"/>
        <source>Security events (recent sign-ins)</source>
        <translation>Eventos de seguridad (inicios de sesión recientes)</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="82"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="82"/>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="83"/>
        <source>unfamiliar</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="85"/>
        <source>Subprocessors</source>
        <translation>Subencargados</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="88"/>
        <source>object by {date}</source>
        <translation>objeciones hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="88"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="89"/>
        <source>Change: {summary} (effective {date}, {status})</source>
        <translation>Cambio: {summary} (vigente desde {date}, {status})</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="92"/>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="92"/>
        <source>Account status: {status}; after cancellation Customer Data is kept {min}–{max} days, then deleted or anonymised.</source>
        <translation>Estado de la cuenta: {status}; tras la cancelación, los Datos del cliente se conservan de {min} a {max} días y luego se eliminan o anonimizan.</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="95"/>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="97"/>
        <source>(kept when clearing)</source>
        <translation>(se conserva al borrar)</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="98"/>
        <source>{what}: {size} at {where}</source>
        <translation>{what}: {size} en {where}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="101"/>
        <source>Files waiting to upload: {count}</source>
        <translation>Archivos en espera de subir: {count}</translation>
    </message>
    <message>
        <location filename="../../app/cli/privacy.py" line="101"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="21"/>
        <source>waiting for the Account Owner</source>
        <translation>en espera del Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="22"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="23"/>
        <source>denied</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="24"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="25"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="26"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="31"/>
        <source>privacy requests: file, follow, decide, download</source>
        <translation>solicitudes de privacidad: presentar, seguir, decidir, descargar</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="34"/>
        <source>file a privacy request</source>
        <translation>presentar una solicitud de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="36"/>
        <source>correction: what to correct</source>
        <translation>corrección: qué corregir</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="37"/>
        <source>correction: the new value</source>
        <translation>corrección: el valor nuevo</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="38"/>
        <source>anything the Account Owner should know</source>
        <translation>lo que el Propietario de la cuenta deba saber</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="42"/>
        <source>access and deletion: read the password from standard input</source>
        <translation>acceso y eliminación: leer la contraseña de la entrada estándar</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="47"/>
        <source>my requests (or, with --approvals, my team&apos;s)</source>
        <translation>mis solicitudes (o, con --approvals, las de mi equipo)</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="48"/>
        <source>Account Owner: requests to decide on</source>
        <translation>Propietario de la cuenta: solicitudes por decidir</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="58"/>
        <source>Account Owner: approve (Ticket Pros then fulfils it)</source>
        <translation>Propietario de la cuenta: aprobar (Ticket Pros la cumple después)</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="62"/>
        <source>deletion: also delete the tickets the person uploaded</source>
        <translation>eliminación: eliminar también los tickets que subió la persona</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="67"/>
        <source>Account Owner: deny, with a reason the requester sees</source>
        <translation>Propietario de la cuenta: denegar, con un motivo que ve quien la pidió</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="73"/>
        <source>Account Owner: extend the deadline once (up to 60 days)</source>
        <translation>Propietario de la cuenta: ampliar el plazo una vez (hasta 60 días)</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="80"/>
        <source>download and verify my access export</source>
        <translation>descargar y verificar mi exportación de acceso</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="82"/>
        <source>where to save the ZIP (default: current folder)</source>
        <translation>dónde guardar el ZIP (predeterminado: la carpeta actual)</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="103"/>
        <source>{state} (OVERDUE)</source>
        <translation>{state} (VENCIDA)</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="107"/>
        <source>{type} request by {name}</source>
        <translation>solicitud de {type} de {name}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="109"/>
        <source>State: {state}</source>
        <translation>Estado: {state}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="110"/>
        <source>Filed: {filed}    Due: {due}</source>
        <translation>Presentada: {filed}    Vence: {due}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="113"/>
        <source>Correct {field} to: {value}</source>
        <translation>Corregir {field} a: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="116"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="118"/>
        <source>Deadline extended: {reason}</source>
        <translation>Plazo prorrogado: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="120"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="122"/>
        <source>Export ready: {command}</source>
        <translation>Exportación lista: {command}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="123"/>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="140"/>
        <source>Your password (to confirm): </source>
        <translation>Su contraseña (para confirmar): </translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="146"/>
        <source>a correction needs --field and --value.</source>
        <translation>una corrección necesita --field y --value.</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="154"/>
        <source>Filed; sent to Ticket Pros.</source>
        <translation>Presentada; enviada a Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="155"/>
        <source>Filed; sent to your Account Owner.</source>
        <translation>Presentada; enviada al Propietario de su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="167"/>
        <source>No requests waiting for you.</source>
        <translation>No hay solicitudes en espera de su decisión.</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="169"/>
        <source>You have not filed any privacy request. File one with: ticketpros requests submit TYPE</source>
        <translation>No ha presentado ninguna solicitud de privacidad. Presente una con: ticketpros requests submit TIPO</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="174"/>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="215"/>
        <source>Downloading… {progress}</source>
        <translation>Descargando… {progress}</translation>
    </message>
    <message>
        <location filename="../../app/cli/requests.py" line="221"/>
        <source>Saved and verified (every file matches its SHA-256): {path}</source>
        <translation>Guardado y verificado (cada archivo coincide con su SHA-256): {path}</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="40"/>
        <source>run the app against a local demo service</source>
        <extracomment>Seconds ``demo`` waits for its port before saying another program has it: longer than a quitting demo gives its service to stop (10 s, then SIGKILL). After this many seconds of waiting, ``demo`` says what it waits for. The documented, public demo password of the demo seed. Demo only.</extracomment>
        <translation>ejecutar la aplicación con un servicio de demostración local</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="47"/>
        <source>run the reference service (see: ticketpros server --help)</source>
        <translation>ejecutar el servicio de referencia (vea: ticketpros server --help)</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="54"/>
        <source>The reference service is not installed. Install it with: pip install &apos;ticketpros-desktop[server]&apos;</source>
        <translation>El servicio de referencia no está instalado. Instálelo con: pip install &apos;ticketpros-desktop[server]&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="135"/>
        <source>Port {port} is in use by another program; start the demo on another port with --port.</source>
        <translation>Otro programa está usando el puerto {port}; inicie la demostración en otro puerto con --port.</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="150"/>
        <source>Waiting for port {port} to be free (the last demo may still be stopping)…</source>
        <translation>Esperando a que el puerto {port} quede libre (puede que la última demostración aún se esté cerrando)…</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="180"/>
        <source>The demo service stopped: {reason}</source>
        <translation>El servicio de demostración se detuvo: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="181"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="189"/>
        <source>The demo service did not start within a minute.</source>
        <translation>El servicio de demostración no se inició en un minuto.</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="196"/>
        <source>Your organisation manages server_url on this computer, so the demo cannot point the app at its local service.</source>
        <translation>Su organización administra server_url en este equipo, así que la demostración no puede dirigir la aplicación a su servicio local.</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="200"/>
        <source>Demo service running on {url} (data in {folder}).</source>
        <translation>Servicio de demostración en {url} (datos en {folder}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/service.py" line="201"/>
        <source>Sign in as {accounts}; demo password: {password}</source>
        <translation>Inicie sesión como {accounts}; contraseña de demostración: {password}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="24"/>
        <source>list, show, download, review, correct and export tickets</source>
        <translation>listar, mostrar, descargar, revisar, corregir y exportar tickets</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="27"/>
        <source>list tickets, newest first</source>
        <translation>listar tickets, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="29"/>
        <location filename="../../app/cli/tickets.py" line="49"/>
        <source>whose tickets (Account Owners see the organisation&apos;s by default)</source>
        <translation>de quién son los tickets (los Propietarios de la cuenta ven los de la organización de forma predeterminada)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="30"/>
        <location filename="../../app/cli/tickets.py" line="81"/>
        <source>search ticket number, job, notes and file names</source>
        <translation>buscar en número de ticket, trabajo, notas y nombres de archivo</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="31"/>
        <source>only tickets with this status</source>
        <translation>solo tickets con este estado</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="32"/>
        <location filename="../../app/cli/tickets.py" line="50"/>
        <source>how many (at most 200)</source>
        <translation>cuántos (200 como máximo)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="37"/>
        <source>show one ticket: pages, details, extracted values</source>
        <translation>mostrar un ticket: páginas, detalles, valores extraídos</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="42"/>
        <source>download every page of a ticket</source>
        <translation>descargar todas las páginas de un ticket</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="44"/>
        <source>folder to write to</source>
        <translation>carpeta donde escribir</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="47"/>
        <source>list the tickets whose values need a person&apos;s look (To review)</source>
        <translation>listar los tickets cuyos valores necesitan que una persona los mire (Por revisar)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="55"/>
        <source>set one value of a ticket to what the ticket says</source>
        <translation>poner un valor de un ticket en lo que dice el ticket</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="61"/>
        <source>then mark the ticket reviewed</source>
        <translation>después marcar el ticket como revisado</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="65"/>
        <source>mark a ticket&apos;s values reviewed (it leaves To review)</source>
        <translation>marcar los valores de un ticket como revisados (sale de Por revisar)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="69"/>
        <source>what happened to a ticket&apos;s values: read, corrected, reviewed</source>
        <translation>qué pasó con los valores de un ticket: leídos, corregidos, revisados</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="76"/>
        <source>write the tickets the filters select to a CSV file or Excel workbook</source>
        <translation>escribir los tickets que eligen los filtros en un archivo CSV o un libro de Excel</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="78"/>
        <source>csv or xlsx (default: from the file name, else csv)</source>
        <translation>csv o xlsx (predeterminado: según el nombre del archivo; si no, csv)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="80"/>
        <source>whose tickets (Account Owners export the organisation&apos;s by default)</source>
        <translation>de quién son los tickets (los Propietarios de la cuenta exportan los de la organización de forma predeterminada)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="82"/>
        <source>only tickets with this status (needs_review: To review)</source>
        <translation>solo tickets con este estado (needs_review: Por revisar)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="84"/>
        <source>tickets dated on or after this day</source>
        <translation>tickets con fecha de este día o posterior</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="86"/>
        <source>tickets dated on or before this day</source>
        <translation>tickets con fecha de este día o anterior</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="88"/>
        <source>the file to write (- for standard output)</source>
        <translation>el archivo que escribir (- para la salida estándar)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="94"/>
        <source>merge tickets into one: the others&apos; pages follow the first ticket&apos;s</source>
        <translation>unir tickets en uno: las páginas de los demás siguen a las del primero</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="95"/>
        <source>Merge tickets into the first one named: the pages of the others follow its own, in the order given, every file with its SHA-256; the others are removed. Typed details and corrected values stay; the service reads the values again from every page. The history says who merged and when.</source>
        <translation>Une tickets en el primero indicado: las páginas de los demás siguen a las suyas, en el orden dado, cada archivo con su SHA-256; los demás se eliminan. Los detalles escritos y los valores corregidos se conservan; el servicio vuelve a leer los valores de cada página. El historial indica quién los unió y cuándo.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="98"/>
        <source>the ticket to keep first, then the others</source>
        <translation>primero el ticket que se conserva, después los demás</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="105"/>
        <source>Name at least two tickets to merge (the one to keep first).</source>
        <translation>Indique al menos dos tickets para combinar (primero el que se conserva).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/tickets.py" line="111"/>
        <source>Merged %n tickets into {ticket}: {pages} pages.</source>
        <translation>
            <numerusform>Se combinó %n ticket en {ticket}: {pages} páginas.</numerusform>
            <numerusform>Se combinaron %n tickets en {ticket}: {pages} páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="125"/>
        <source>&apos;{text}&apos; is not a date written as YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; no es una fecha escrita como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="141"/>
        <source>No tickets found.</source>
        <translation>No se encontraron tickets.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="142"/>
        <source>No tickets yet. Upload one with: ticketpros upload PATH</source>
        <translation>Todavía no hay tickets. Suba uno con: ticketpros upload RUTA</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="150"/>
        <location filename="../../app/cli/tickets.py" line="223"/>
        <source>… {count} more (use --offset {offset})</source>
        <translation>… {count} más (use --offset {offset})</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="165"/>
        <source>Ticket {number}  ({status})</source>
        <translation>Ticket {number}  ({status})</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="166"/>
        <source>Job</source>
        <translation>Obra</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="166"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="166"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="167"/>
        <source>Uploaded by</source>
        <translation>Subido por</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="168"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="168"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="172"/>
        <source>Photo check</source>
        <translation>Revisión de la foto</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="175"/>
        <location filename="../../app/cli/tickets.py" line="299"/>
        <location filename="../../app/cli/tickets.py" line="322"/>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="176"/>
        <source>file {id}</source>
        <translation>archivo {id}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="178"/>
        <source>Values read from it:</source>
        <translation>Valores leídos:</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="182"/>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="183"/>
        <source>check</source>
        <translation>revisar</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="187"/>
        <source>Extracted values:</source>
        <translation>Valores extraídos:</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="191"/>
        <source>To review:</source>
        <translation>Por revisar:</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="200"/>
        <source>given by a person</source>
        <translation>indicado por una persona</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="201"/>
        <source>{percent} sure, {source}</source>
        <translation>{percent} de certeza, {source}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="202"/>
        <source>PDF text</source>
        <translation>texto del PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="215"/>
        <source>Nothing to review.</source>
        <translation>No hay nada por revisar.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="229"/>
        <source>&apos;{field}&apos; is not a field of a ticket; the fields are {fields}.</source>
        <translation>&apos;{field}&apos; no es un campo de un ticket; los campos son {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="241"/>
        <location filename="../../app/cli/tickets.py" line="273"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="243"/>
        <source>Ticket {number}: {field} {old} → {new}</source>
        <translation>Ticket {number}: {field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="245"/>
        <source>Ticket {number}: {field} is already {new}</source>
        <translation>Ticket {number}: {field} ya es {new}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="247"/>
        <source>Marked reviewed.</source>
        <translation>Marcado como revisado.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="249"/>
        <source>Still to review: {issues}</source>
        <translation>Aún por revisar: {issues}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="256"/>
        <source>Ticket {number} marked reviewed.</source>
        <translation>Ticket {number} marcado como revisado.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="260"/>
        <source>read by the service</source>
        <translation>leído por el servicio</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="261"/>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="262"/>
        <source>marked reviewed</source>
        <translation>marcado como revisado</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="272"/>
        <source>Nothing has happened to this ticket&apos;s values yet.</source>
        <translation>Todavía no ha pasado nada con los valores de este ticket.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="275"/>
        <source>the service</source>
        <translation>el servicio</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="276"/>
        <source>a former user</source>
        <translation>un antiguo usuario</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="280"/>
        <source>merged with {tickets}</source>
        <translation>combinado con {tickets}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="292"/>
        <source>a workbook is not for a terminal; write it to a file with -o FILE.xlsx</source>
        <translation>un libro de Excel no es para una terminal; escríbalo en un archivo con -o ARCHIVO.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="300"/>
        <source>Exporting: {progress}</source>
        <translation>Exportando: {progress}</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="317"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../app/cli/tickets.py" line="336"/>
        <source>ticket {number} has no pages to download yet.</source>
        <translation>el ticket {number} todavía no tiene páginas para descargar.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="54"/>
        <source>upload photos, scans and PDFs (folders included) as tickets</source>
        <extracomment>How long a finished run waits for a cancelled upload to be removed and a ticket to be finished.</extracomment>
        <translation>subir fotos, escaneos y PDF (carpetas incluidas) como tickets</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="55"/>
        <source>Upload files as tickets: one ticket per file, or all files as pages of one ticket (--one-ticket). Location data is removed from photos before they are sent. An interrupted upload is finished by the next run.</source>
        <translation>Sube archivos como tickets: un ticket por archivo, o todos los archivos como páginas de un ticket (--one-ticket). Los datos de ubicación se quitan de las fotos antes de enviarlas. Una carga interrumpida se termina en la siguiente ejecución.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="58"/>
        <source>files or folders to upload</source>
        <translation>archivos o carpetas que subir</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="59"/>
        <source>ticket number printed on the paper ticket</source>
        <translation>número de ticket impreso en el ticket de papel</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="60"/>
        <source>job or project the ticket belongs to</source>
        <translation>trabajo o proyecto al que pertenece el ticket</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="61"/>
        <source>notes for the office</source>
        <translation>notas para la oficina</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="62"/>
        <source>date on the ticket</source>
        <translation>fecha del ticket</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="63"/>
        <source>send all files as the pages of one ticket</source>
        <translation>enviar todos los archivos como páginas de un ticket</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="65"/>
        <source>one ticket per page: multi-page PDFs and TIFFs are split (losslessly) first</source>
        <translation>un ticket por página: los PDF y TIFF de varias páginas se dividen primero (sin pérdida)</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="67"/>
        <source>what to do with a file that was already uploaded (default: ask on a terminal, else skip)</source>
        <translation>qué hacer con un archivo que ya se subió (predeterminado: preguntar en una terminal; si no, omitirlo)</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="69"/>
        <source>print the result of each file as JSON</source>
        <translation>mostrar el resultado de cada archivo como JSON</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="71"/>
        <source>files sent at the same time (default: the app&apos;s setting)</source>
        <translation>archivos enviados a la vez (predeterminado: la configuración de la aplicación)</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="73"/>
        <source>bandwidth limit in KiB/s, 0 for none (default: the app&apos;s setting)</source>
        <translation>límite de ancho de banda en KiB/s, 0 para ninguno (predeterminado: la configuración de la aplicación)</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="117"/>
        <source>{done}/{total} files</source>
        <extracomment>Bytes sent of each upload in flight, from its progress events.</extracomment>
        <translation>{done}/{total} archivos</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="140"/>
        <source>ticket {number}</source>
        <translation>ticket {number}</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="141"/>
        <source>also queued as {name}</source>
        <translation>también en cola como {name}</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="143"/>
        <source>{name} was already uploaded ({where}). Upload it again? [y/N] </source>
        <translation>{name} ya se subió ({where}). ¿Subirlo de nuevo? [s/N] </translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="148"/>
        <source>y|yes</source>
        <comment>the answers that mean yes, separated by |</comment>
        <translation>s|si|sí</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="156"/>
        <source>No such file or folder.</source>
        <translation>No existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="161"/>
        <source>The app is not allowed to read this folder.</source>
        <translation>La aplicación no tiene permiso para leer esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="163"/>
        <source>The folder could not be read ({reason}).</source>
        <translation>No se pudo leer la carpeta ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="165"/>
        <source>There are no files in this folder.</source>
        <translation>No hay archivos en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="178"/>
        <source>another ticketpros upload is sending files; waiting for it to finish…</source>
        <translation>otro ticketpros upload está enviando archivos; esperando a que termine…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/uploads.py" line="278"/>
        <source>%n files not sent yet stay queued; run the same command again to finish.</source>
        <translation>
            <numerusform>%n archivo aún no enviado se queda en la cola; ejecute el mismo comando de nuevo para terminar.</numerusform>
            <numerusform>%n archivos aún no enviados se quedan en la cola; ejecute el mismo comando de nuevo para terminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="304"/>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="320"/>
        <source>resuming {name} from an interrupted run: {sent} of {size} already on the service.</source>
        <translation>reanudando {name} de una ejecución interrumpida: {sent} de {size} ya están en el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="323"/>
        <source>resuming {name} from an interrupted run.</source>
        <translation>reanudando {name} de una ejecución interrumpida.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="350"/>
        <source>The upload failed.</source>
        <translation>La carga falló.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="351"/>
        <source>It stays queued: run the same command again to resume it.</source>
        <translation>Se queda en la cola: ejecute el mismo comando de nuevo para reanudarla.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="356"/>
        <source>Skipped.</source>
        <translation>Omitido.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="361"/>
        <source>The upload did not finish; run the same command again to resume it.</source>
        <translation>La carga no terminó; ejecute el mismo comando de nuevo para reanudarla.</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="369"/>
        <source>{name}: uploaded (ticket {ticket}, page {page})</source>
        <translation>{name}: subido (ticket {ticket}, página {page})</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="371"/>
        <source>{name}: uploaded (ticket {ticket})</source>
        <translation>{name}: subido (ticket {ticket})</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="373"/>
        <source>{name}: warning: {problem}</source>
        <translation>{name}: advertencia: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/cli/uploads.py" line="380"/>
        <source>ticket {ticket}: {note}</source>
        <translation>ticket {ticket}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="31"/>
        <source>check for, download and install a signed update of the app</source>
        <translation>buscar, descargar e instalar una actualización firmada de la aplicación</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="32"/>
        <source>Signed updates (The Update Framework): the repository&apos;s metadata is verified before anything is downloaded, and the download before anything is installed.</source>
        <translation>Actualizaciones firmadas (The Update Framework): los metadatos del repositorio se verifican antes de descargar nada, y la descarga antes de instalar nada.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="35"/>
        <source>say whether a newer version is on the update channel</source>
        <translation>indicar si hay una versión más reciente en el canal de actualizaciones</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="38"/>
        <source>download, verify and install the newer version, then run it</source>
        <translation>descargar, verificar e instalar la versión más reciente y luego ejecutarla</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="40"/>
        <source>install, but do not run the new version afterwards</source>
        <translation>instalar, pero no ejecutar la versión nueva después</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="42"/>
        <source>this version, the update settings and the upload queues</source>
        <translation>esta versión, la configuración de actualizaciones y las colas de carga</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="51"/>
        <source>Updates are switched off by your organisation, so no update repository is asked.</source>
        <translation>Su organización desactivó las actualizaciones, así que no se consulta ningún repositorio de actualizaciones.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="53"/>
        <source>Updates are switched off by the settings, so no update repository is asked.</source>
        <translation>Las actualizaciones están desactivadas en la configuración, así que no se consulta ningún repositorio de actualizaciones.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="74"/>
        <source>Version {version} is available (a patch, {size} to download): ticketpros update apply</source>
        <translation>La versión {version} está disponible (un parche, {size} para descargar): ticketpros update apply</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="77"/>
        <source>Version {version} is available (the full version, {size} to download): ticketpros update apply</source>
        <translation>La versión {version} está disponible (la versión completa, {size} para descargar): ticketpros update apply</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="89"/>
        <source>Downloading… {percent}% of {size}</source>
        <translation>Descargando… {percent}% de {size}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/update.py" line="108"/>
        <source>%n files are still waiting to upload; they continue after the update.</source>
        <translation>
            <numerusform>%n archivo todavía espera para subir; continúa después de la actualización.</numerusform>
            <numerusform>%n archivos todavía esperan para subir; continúan después de la actualización.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="112"/>
        <source>Installed version {version} in {folder}.</source>
        <translation>Se instaló la versión {version} en {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="132"/>
        <source>{app} {version} is the newest version on the {channel} channel.</source>
        <translation>{app} {version} es la versión más reciente del canal {channel}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="140"/>
        <source>The update repository&apos;s signed information has expired, so nothing was installed; {keep}.</source>
        <translation>La información firmada del repositorio de actualizaciones venció, así que no se instaló nada; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="142"/>
        <source>The update repository offered older signed information than this computer has already seen (a rollback), so it was refused; {keep}.</source>
        <translation>El repositorio de actualizaciones ofreció información firmada más antigua que la que este equipo ya había visto (una reversión), así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="144"/>
        <source>The update repository&apos;s information is not signed with Ticket Pros&apos; key, so it was refused; {keep}.</source>
        <translation>La información del repositorio de actualizaciones no está firmada con la clave de Ticket Pros, así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="146"/>
        <source>The downloaded update does not match its signed description (it may have been tampered with), so it was refused; {keep}.</source>
        <translation>La actualización descargada no coincide con su descripción firmada (es posible que la hayan alterado), así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="148"/>
        <source>The update repository {repository} could not be reached; {keep}.</source>
        <translation>No se pudo acceder al repositorio de actualizaciones {repository}; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="149"/>
        <source>The update repository&apos;s information could not be verified, so it was refused; {keep}.</source>
        <translation>No se pudo verificar la información del repositorio de actualizaciones, así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="151"/>
        <source>This copy runs from source or was installed with pip, so it updates with pip, not by itself.</source>
        <translation>Esta copia se ejecuta desde el código fuente o se instaló con pip, así que se actualiza con pip, no por sí sola.</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="157"/>
        <source>this version keeps working</source>
        <translation>esta versión sigue funcionando</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="182"/>
        <source>{app} {version} (updated from {previous})</source>
        <translation>{app} {version} (actualizado desde {previous})</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="186"/>
        <source>on</source>
        <translation>activadas</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="186"/>
        <source>off</source>
        <translation>desactivadas</translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="187"/>
        <source>Updates: {state}, channel {channel}, {url}</source>
        <translation>Actualizaciones: {state}, canal {channel}, {url}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/update.py" line="191"/>
        <source>Upload queue: %n files waiting</source>
        <translation>
            <numerusform>Cola de carga: %n archivo en espera</numerusform>
            <numerusform>Cola de carga: %n archivos en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/update.py" line="192"/>
        <source>Upload queue: empty</source>
        <translation>Cola de carga: vacía</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="35"/>
        <source>uploaded, moved to Uploaded</source>
        <extracomment>What became of a file (``FileEvent.what``), marked for the catalogue; said translated.</extracomment>
        <translation>subido, movido a Uploaded</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="36"/>
        <source>uploaded, deleted</source>
        <translation>subido, eliminado</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="37"/>
        <source>uploaded, left in place</source>
        <translation>subido, se deja donde está</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="38"/>
        <source>not uploaded, moved to Not uploaded</source>
        <translation>no subido, movido a Not uploaded</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="42"/>
        <source>starting</source>
        <extracomment>A folder&apos;s state (``Status``), marked for the catalogue; said translated.</extracomment>
        <translation>iniciando</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="43"/>
        <source>watching</source>
        <translation>vigilando</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="44"/>
        <source>polling</source>
        <translation>revisando a intervalos</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="45"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="46"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="47"/>
        <location filename="../../app/cli/watch.py" line="198"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="56"/>
        <source>upload what arrives in folders (a scanner&apos;s, a phone&apos;s) until stopped</source>
        <extracomment>How long a stop waits for the uploads in flight to finish before it leaves them to the next start.</extracomment>
        <translation>subir lo que llega a carpetas (de un escáner, de un teléfono) hasta que se detenga</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="57"/>
        <source>Watch folders and upload each file that arrives in them once it is complete; each is then moved to an &apos;Uploaded&apos; sub-folder (or kept, or deleted), or to &apos;Not uploaded&apos; with a .txt file saying why. With no FOLDER, the watched folders of the app&apos;s settings. Stops on Ctrl+C or SIGTERM after the file in flight.</source>
        <translation>Vigila carpetas y sube cada archivo que llega a ellas cuando está completo; después cada uno se mueve a una subcarpeta &apos;Uploaded&apos; (o se conserva, o se elimina), o a &apos;Not uploaded&apos; con un archivo .txt que explica el motivo. Sin FOLDER, las carpetas vigiladas de la configuración de la aplicación. Se detiene con Ctrl+C o SIGTERM después del archivo en curso.</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="61"/>
        <source>folders to watch</source>
        <translation>carpetas que vigilar</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="62"/>
        <source>job or project of the tickets made</source>
        <translation>trabajo o proyecto de los tickets creados</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="63"/>
        <source>notes for the office on each ticket</source>
        <translation>notas para la oficina en cada ticket</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="65"/>
        <source>one ticket per file (default), per page (PDFs and TIFFs are split), or per sub-folder (its files are the pages)</source>
        <translation>un ticket por archivo (predeterminado), por página (los PDF y TIFF se dividen) o por subcarpeta (sus archivos son las páginas)</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="68"/>
        <source>what becomes of an uploaded file: moved to &apos;Uploaded&apos; (default), kept, or deleted</source>
        <translation>qué pasa con un archivo subido: se mueve a &apos;Uploaded&apos; (predeterminado), se conserva o se elimina</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="70"/>
        <source>scan every SECONDS instead of using change events (network shares)</source>
        <translation>revisar cada SECONDS segundos en lugar de usar avisos de cambios (recursos compartidos de red)</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="72"/>
        <source>how long a file&apos;s size and time must stay the same before it is taken (default 3)</source>
        <translation>cuánto tiempo deben mantenerse iguales el tamaño y la hora de un archivo antes de tomarlo (predeterminado 3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="73"/>
        <source>files sent at the same time</source>
        <translation>archivos enviados a la vez</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="85"/>
        <source>No folder to watch: give one, or add watched folders in the app&apos;s Settings.</source>
        <translation>No hay ninguna carpeta que vigilar: indique una o agregue carpetas vigiladas en la Configuración de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="87"/>
        <source>Every watched folder is paused: resume one on the app&apos;s Uploads page, or name a folder to watch.</source>
        <translation>Todas las carpetas vigiladas están en pausa: reanude una en la página Cargas de la aplicación o indique una carpeta para vigilar.</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="91"/>
        <source>{folder}: paused in the app, so not watched; resume it on the app&apos;s Uploads page, then start this again.</source>
        <translation>{folder}: en pausa en la aplicación, por lo que no se vigila; reanúdela en la página Cargas de la aplicación y vuelva a iniciar este comando.</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="99"/>
        <source>{folder}: no such folder.</source>
        <translation>{folder}: no existe esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="101"/>
        <source>{folder}: paused in the app, watched here because it was named.</source>
        <translation>{folder}: en pausa en la aplicación; se vigila aquí porque se indicó expresamente.</translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="144"/>
        <source>Another ticketpros watch is running on this computer; stop it first.</source>
        <translation>Ya se está ejecutando otro ticketpros watch en este equipo; deténgalo primero.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/watch.py" line="186"/>
        <source>watching %n folders; Ctrl+C or SIGTERM stops after the file in flight</source>
        <translation>
            <numerusform>vigilando %n carpeta; Ctrl+C o SIGTERM detiene después del archivo en curso</numerusform>
            <numerusform>vigilando %n carpetas; Ctrl+C o SIGTERM detiene después del archivo en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="192"/>
        <source>stopping after the file in flight…</source>
        <translation>deteniendo después del archivo en curso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/watch.py" line="200"/>
        <source>stopped; %n files stay queued for the next start</source>
        <translation>
            <numerusform>detenido; %n archivo se queda en la cola para el próximo inicio</numerusform>
            <numerusform>detenido; %n archivos se quedan en la cola para el próximo inicio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/watch.py" line="202"/>
        <source>(an upload was cut short; it resumes at the next start)</source>
        <translation>(se interrumpió una carga; se reanuda en el próximo inicio)</translation>
    </message>
</context>
<context>
    <name>CustomerDataSection</name>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="21"/>
        <source>Customer Data</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="22"/>
        <source>Tickets, images, documents and the values extracted from them. Uploaded by your organisation&apos;s users and processed only to provide the service.</source>
        <translation>Tickets, imágenes, documentos y los valores extraídos de ellos. Los suben los usuarios de su organización y se procesan solo para prestar el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="27"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="27"/>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="29"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="31"/>
        <source>Customer Data counts</source>
        <translation>Recuento de Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="37"/>
        <source>Request a copy…</source>
        <translation>Solicitar una copia…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="37"/>
        <source>Request a copy of my Customer Data</source>
        <translation>Solicitar una copia de mis Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="39"/>
        <source>Request deletion…</source>
        <translation>Solicitar la eliminación…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="39"/>
        <source>Request deletion of my Customer Data</source>
        <translation>Solicitar la eliminación de mis Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="46"/>
        <location filename="../../app/privacy/sections/customer_data.py" line="54"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="46"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="47"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="48"/>
        <source>Extracted values</source>
        <translation>Valores extraídos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="49"/>
        <location filename="../../app/privacy/sections/customer_data.py" line="56"/>
        <source>Stored size</source>
        <translation>Tamaño almacenado</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="55"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="59"/>
        <source>Nothing stored yet. Tickets you upload on the Uploads page appear here.</source>
        <translation>Todavía no hay nada guardado. Los tickets que suba en la página Cargas aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="61"/>
        <source>Tickets uploaded by you: {mine} of {org} in your organisation.</source>
        <translation>Tickets subidos por usted: {mine} de {org} en su organización.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/customer_data.py" line="64"/>
        <source>Your own uploads. Your Account Owner sees the organisation&apos;s totals.</source>
        <translation>Sus propias cargas. El Propietario de la cuenta ve los totales de la organización.</translation>
    </message>
</context>
<context>
    <name>DataBarChart</name>
    <message>
        <location filename="../../app/privacy/chart.py" line="36"/>
        <source>Customer Data chart</source>
        <extracomment>Turns a value into text (&quot;1.2 MB&quot;).</extracomment>
        <translation>Gráfico de Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="50"/>
        <source>{label}: mine {mine}</source>
        <translation>{label}: míos {mine}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="52"/>
        <source>{label}: mine {mine}, organisation {org}</source>
        <translation>{label}: míos {mine}, organización {org}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="78"/>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/chart.py" line="80"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../app/gui.py" line="198"/>
        <source>Signing you in…</source>
        <extracomment>The settings were changed by the user (already saved and applied). How often the open app checks that its session is still valid.</extracomment>
        <translation>Iniciando su sesión…</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="313"/>
        <source>Something unexpected went wrong. Your work is kept; the details are in the log (Help → Report a problem).</source>
        <translation>Ocurrió un error inesperado. Su trabajo se conserva; los detalles están en el registro (Ayuda → Informar de un problema).</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/uploads/page.py" line="129"/>
        <source>Drop photos, scans, PDFs or whole folders here</source>
        <translation>Suelte aquí fotos, escaneos, PDF o carpetas completas</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="132"/>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="134"/>
        <source>Choose files to upload</source>
        <translation>Elegir archivos para subir</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="135"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="136"/>
        <source>Choose a folder to upload</source>
        <translation>Elegir una carpeta para subir</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../app/shell/main_window.py" line="52"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="53"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="54"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/errors.py" line="44"/>
        <source>Unlock it, or sign in with your password.</source>
        <translation>Desbloquéelo o inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="45"/>
        <source>You will need to sign in each time you start the app.</source>
        <translation>Tendrá que iniciar sesión cada vez que abra la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="47"/>
        <source>Ask your Account Owner if you need this.</source>
        <translation>Pídaselo al Propietario de la cuenta si lo necesita.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="49"/>
        <source>The service has run out of storage. Nothing is lost: your files stay in the queue and are sent later.</source>
        <translation>El servicio se quedó sin espacio de almacenamiento. No se pierde nada: sus archivos siguen en la cola y se envían más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="52"/>
        <source>Try again; if it keeps happening, report a problem.</source>
        <translation>Inténtelo de nuevo; si sigue ocurriendo, informe del problema.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="60"/>
        <source>The app is not allowed to use {file}. Check its permissions.</source>
        <translation>La aplicación no tiene permiso para usar {file}. Revise sus permisos.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="61"/>
        <source>The app is not allowed to use a file. Check its permissions.</source>
        <translation>La aplicación no tiene permiso para usar un archivo. Revise sus permisos.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="63"/>
        <source>{file} no longer exists.</source>
        <translation>{file} ya no existe.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="64"/>
        <source>A file no longer exists.</source>
        <translation>Un archivo ya no existe.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="67"/>
        <source>Could not read or write {file}: {reason}.</source>
        <translation>No se pudo leer ni escribir {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="69"/>
        <source>Could not read or write: {reason}.</source>
        <translation>No se pudo leer ni escribir: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="70"/>
        <source>Something went wrong. The details are in the log file (Help → Report a problem).</source>
        <translation>Algo salió mal. Los detalles están en el archivo de registro (Ayuda → Informar de un problema).</translation>
    </message>
</context>
<context>
    <name>LocalDataSection</name>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="27"/>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="28"/>
        <source>What Ticket Pros Desktop itself keeps here. Nothing of this is sent anywhere.</source>
        <translation>Lo que Ticket Pros Desktop guarda aquí. Nada de esto se envía a ningún lugar.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="33"/>
        <source>Upload queue</source>
        <translation>Cola de carga</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="34"/>
        <source>Files waiting to upload and their cleaned copies; kept until they are uploaded.</source>
        <translation>Archivos en espera de subir y sus copias depuradas; se guardan hasta que se suben.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="35"/>
        <source>Thumbnail cache</source>
        <translation>Caché de miniaturas</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="35"/>
        <source>Small previews of your tickets; made again when needed.</source>
        <translation>Vistas previas pequeñas de sus tickets; se vuelven a crear cuando hace falta.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="37"/>
        <source>Other cached files</source>
        <translation>Otros archivos en caché</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="37"/>
        <source>Temporary files; made again when needed.</source>
        <translation>Archivos temporales; se vuelven a crear cuando hace falta.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="38"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="38"/>
        <source>What the app did, for troubleshooting; passwords and tokens are never written.</source>
        <translation>Lo que hizo la aplicación, para resolver problemas; nunca se escriben contraseñas ni tokens.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="40"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="40"/>
        <source>Server address, account email and preferences; no passwords.</source>
        <translation>Dirección del servidor, correo de la cuenta y preferencias; sin contraseñas.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="42"/>
        <source>Command-line upload queue</source>
        <translation>Cola de carga de la línea de comandos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="43"/>
        <source>Files “ticketpros upload” has not finished sending; the next run with the same files finishes them.</source>
        <translation>Archivos que “ticketpros upload” no terminó de enviar; la próxima ejecución con los mismos archivos los termina.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="45"/>
        <source>Sign-in locks</source>
        <translation>Bloqueos de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="46"/>
        <source>Empty files by which the app and the command line take turns renewing your session; nothing is written in them.</source>
        <translation>Archivos vacíos con los que la aplicación y la línea de comandos se turnan para renovar su sesión; no se escribe nada en ellos.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="48"/>
        <source>Demo service data</source>
        <translation>Datos del servicio de demostración</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="48"/>
        <source>Only used by the built-in demo.</source>
        <translation>Solo los usa la demostración integrada.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="51"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="53"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="54"/>
        <source>Clear removes it</source>
        <translation>Se borra al limpiar</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="54"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="54"/>
        <source>No, kept</source>
        <translation>No, se conserva</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="55"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="57"/>
        <source>Data on this computer</source>
        <translation>Datos en esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="68"/>
        <source>Clear cache and logs…</source>
        <translation>Borrar caché y registros…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="69"/>
        <source>Clear the cache and logs on this computer</source>
        <translation>Borrar la caché y los registros de esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="80"/>
        <source>The upload queue could not be read; it is kept as it is.</source>
        <translation>No se pudo leer la cola de carga; se conserva tal como está.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="82"/>
        <source>No files are waiting to upload.</source>
        <translation>No hay archivos en espera de subir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="83"/>
        <source>%n files wait to upload. They are kept: clearing never removes files that have not been uploaded yet.</source>
        <translation>
            <numerusform>%n archivo espera para subir. Se conserva: al limpiar nunca se eliminan archivos que todavía no se han subido.</numerusform>
            <numerusform>%n archivos esperan para subir. Se conservan: al limpiar nunca se eliminan archivos que todavía no se han subido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="95"/>
        <source>Clear cache and logs</source>
        <translation>Borrar caché y registros</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="96"/>
        <source>Remove the thumbnail cache, other cached files and the logs from this computer?</source>
        <translation>¿Eliminar de esta computadora la caché de miniaturas, los otros archivos en caché y los registros?</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="97"/>
        <source>Your settings and your session are kept too.</source>
        <translation>Su configuración y su sesión también se conservan.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="98"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/local.py" line="102"/>
        <source>Clearing…</source>
        <translation>Borrando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="108"/>
        <source>Removed %n files, {size}.</source>
        <translation>
            <numerusform>Se eliminó %n archivo, {size}.</numerusform>
            <numerusform>Se eliminaron %n archivos, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="111"/>
        <source>%n files waiting to upload were kept.</source>
        <translation>
            <numerusform>Se conservó %n archivo en espera de subir.</numerusform>
            <numerusform>Se conservaron %n archivos en espera de subir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/local.py" line="113"/>
        <source>%n items were in use and could not be removed; try again after restarting the app.</source>
        <translation>
            <numerusform>%n elemento estaba en uso y no se pudo eliminar; inténtelo de nuevo después de reiniciar la aplicación.</numerusform>
            <numerusform>%n elementos estaban en uso y no se pudieron eliminar; inténtelo de nuevo después de reiniciar la aplicación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/shell/main_window.py" line="80"/>
        <source>{organisation} — {app}</source>
        <extracomment>Keep {app} last: the system adds the app&apos;s name to titles that do not end with it.</extracomment>
        <translation>{organisation} — {app}</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="94"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="100"/>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="125"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="131"/>
        <source>Signed in to {server}</source>
        <translation>Sesión iniciada en {server}</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="133"/>
        <source>via proxy {proxy}</source>
        <translation>a través del proxy {proxy}</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="140"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="143"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="153"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="154"/>
        <source>&amp;About Ticket Pros</source>
        <translation>&amp;Acerca de Ticket Pros</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="158"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="167"/>
        <source>Account Owner</source>
        <translation>Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="167"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="174"/>
        <source>Account menu</source>
        <translation>Menú de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="182"/>
        <source>Two-step verification…</source>
        <translation>Verificación en dos pasos…</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="185"/>
        <source>Organisation sign-in rules…</source>
        <translation>Reglas de inicio de sesión de la organización…</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="188"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="189"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../../app/shell/main_window.py" line="290"/>
        <source>{title}, {count} waiting</source>
        <translation>{title}, {count} en espera</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../app/shell/pages.py" line="87"/>
        <source>Uploads</source>
        <extracomment>Show a failure to the person (the app&apos;s one error presenter). Go to another page: ``navigate(&quot;requests&quot;, {&quot;type&quot;: &quot;correction&quot;})``. The target page receives the dict in its ``open_with(args)``, if it has one. Show a count next to a page&apos;s name: ``set_badge(&quot;approvals&quot;, 2)``. A desktop notification (system tray when there is one): ``notify(title, text)``. Files uploaded at the same time (the user&apos;s setting). Upload bandwidth cap in KiB/s, 0 = none (the user&apos;s setting; later changes reach pages through their ``apply_settings(settings)``). The settings this computer&apos;s policy locks (listed in the About box). The watched folders of the settings (WatchedFolder each), watched by the Uploads page. A watched folder paused (True) or resumed on the Uploads page, by key: kept in the settings for the next start (``Settings.paused_folders``). Source texts (marked with QT_TRANSLATE_NOOP(&quot;Pages&quot;, …)); ``title`` and ``summary`` translate them when read, after the catalogue is installed. What the page is for, shown under its title.</extracomment>
        <translation>Cargas</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="87"/>
        <source>Send photos, scans and PDFs of your tickets. Location data is removed first.</source>
        <translation>Envíe fotos, escaneos y PDF de sus tickets. Primero se eliminan los datos de ubicación.</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="90"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="90"/>
        <source>Browse, search and download the tickets you have sent.</source>
        <translation>Explore, busque y descargue los tickets que ha enviado.</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="93"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="93"/>
        <source>What Ticket Pros keeps about you and your organisation, and why.</source>
        <translation>Qué guarda Ticket Pros sobre usted y su organización, y por qué.</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="96"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="96"/>
        <source>Ask for a copy, a correction or the deletion of your personal information.</source>
        <translation>Pida una copia, una corrección o la eliminación de su información personal.</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="99"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../app/shell/pages.py" line="99"/>
        <source>Privacy requests from your team waiting for your decision.</source>
        <translation>Solicitudes de privacidad de su equipo en espera de su decisión.</translation>
    </message>
</context>
<context>
    <name>PaymentSection</name>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="15"/>
        <location filename="../../app/privacy/sections/payment.py" line="51"/>
        <source>No subscription</source>
        <extracomment>The service&apos;s billing states (Stripe&apos;s subscription statuses, and &quot;none&quot;).</extracomment>
        <translation>Sin suscripción</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="16"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="17"/>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="18"/>
        <source>Payment overdue</source>
        <translation>Pago vencido</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="19"/>
        <source>Unpaid</source>
        <translation>Impaga</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="20"/>
        <location filename="../../app/privacy/sections/payment.py" line="21"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="30"/>
        <source>Payment information</source>
        <translation>Información de pago</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="31"/>
        <source>Processed by Stripe. Ticket Pros receives only the payment status, the subscription and the last four digits of the card. Full card numbers are never stored.</source>
        <translation>Procesada por Stripe. Ticket Pros recibe solo el estado del pago, la suscripción y los últimos cuatro dígitos de la tarjeta. Los números completos de tarjeta nunca se guardan.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="37"/>
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="38"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="39"/>
        <location filename="../../app/privacy/sections/payment.py" line="53"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="41"/>
        <source>Payment information belongs to your organisation and is shown to your Account Owner only.</source>
        <translation>La información de pago pertenece a su organización y solo se muestra al Propietario de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="53"/>
        <source>{brand} ending in {last4}</source>
        <translation>{brand} terminada en {last4}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/payment.py" line="54"/>
        <source>No card on file</source>
        <translation>No hay tarjeta registrada</translation>
    </message>
</context>
<context>
    <name>PolicyBanner</name>
    <message>
        <location filename="../../app/privacy/banner.py" line="36"/>
        <source>Privacy policy notice</source>
        <translation>Aviso de la política de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="37"/>
        <source>Read the policy</source>
        <translation>Leer la política</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="38"/>
        <source>Read the privacy policy</source>
        <translation>Leer la política de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="40"/>
        <source>I have read it</source>
        <translation>Ya la leí</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="42"/>
        <source>Acknowledge the privacy policy</source>
        <translation>Aceptar la política de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="60"/>
        <source>The privacy policy changed (version {version}, effective {date}). What changed: {summary}</source>
        <translation>La política de privacidad cambió (versión {version}, vigente desde {date}). Qué cambió: {summary}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="63"/>
        <source>Please read the privacy policy (version {version}, effective {date}). {summary}</source>
        <translation>Lea la política de privacidad (versión {version}, vigente desde {date}). {summary}</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../app/privacy/banner.py" line="79"/>
        <source>Privacy policy, version {version}</source>
        <translation>Política de privacidad, versión {version}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="81"/>
        <source>Version {version}, effective {date}</source>
        <translation>Versión {version}, vigente desde {date}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="87"/>
        <source>What changed: {summary}</source>
        <translation>Qué cambió: {summary}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="94"/>
        <source>Privacy policy text</source>
        <translation>Texto de la política de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="100"/>
        <source>I have read it</source>
        <translation>Ya la leí</translation>
    </message>
    <message>
        <location filename="../../app/privacy/banner.py" line="101"/>
        <source>Acknowledge the privacy policy</source>
        <translation>Aceptar la política de privacidad</translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="33"/>
        <source>Privacy policy</source>
        <extracomment>How often the open app asks whether a new policy version was published.</extracomment>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="34"/>
        <source>The policy this service publishes. When it changes, you are told what changed.</source>
        <translation>La política que publica este servicio. Cuando cambia, se le indica qué cambió.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="45"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="46"/>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="47"/>
        <source>Acknowledged</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="48"/>
        <source>Read the policy</source>
        <translation>Leer la política</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="48"/>
        <source>Read the privacy policy</source>
        <translation>Leer la política de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="50"/>
        <source>I have read it</source>
        <translation>Ya la leí</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="50"/>
        <source>Acknowledge the privacy policy</source>
        <translation>Aceptar la política de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="72"/>
        <source>Yes, on {when}</source>
        <translation>Sí, el {when}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/policy.py" line="73"/>
        <source>Not yet. What changed: {summary}</source>
        <translation>Todavía no. Qué cambió: {summary}</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../app/privacy/page.py" line="57"/>
        <source>Privacy</source>
        <extracomment>Showing the page again after this long reloads it.</extracomment>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="60"/>
        <source>What Ticket Pros keeps about you{org}, why, and who processes it. We do not sell your data and do not collect precise location.</source>
        <translation>Qué guarda Ticket Pros sobre usted{org}, por qué y quién lo procesa. No vendemos sus datos ni recopilamos su ubicación precisa.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="62"/>
        <source> and {company}</source>
        <translation> y {company}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="67"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="68"/>
        <source>Refresh the privacy page</source>
        <translation>Actualizar la página de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="109"/>
        <source>Privacy sections</source>
        <translation>Secciones de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/page.py" line="139"/>
        <source>Updated {time}</source>
        <translation>Actualizado: {time}</translation>
    </message>
</context>
<context>
    <name>PrivacyRequests</name>
    <message>
        <location filename="../../app/requests/models.py" line="24"/>
        <source>Copy of my data</source>
        <translation>Copia de mis datos</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="25"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="26"/>
        <source>Deletion</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="27"/>
        <source>Restriction</source>
        <translation>Restricción</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="28"/>
        <source>Objection</source>
        <translation>Oposición</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="34"/>
        <source>A ZIP file with your profile, sign-in history, the tickets you uploaded with their files and values, and your support messages. You download it here; nothing is e-mailed.</source>
        <translation>Un archivo ZIP con su perfil, su historial de inicios de sesión, los tickets que subió con sus archivos y valores, y sus mensajes de soporte. Se descarga aquí; no se envía nada por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="40"/>
        <source>Change your name, phone number or email address.</source>
        <translation>Cambie su nombre, número de teléfono o dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="43"/>
        <source>Erase your name, email, phone and sign-in details and end every session. Tickets you uploaded stay with your organisation without your name, unless your Account Owner deletes them too. You will not be able to sign in again.</source>
        <translation>Borre su nombre, correo electrónico, teléfono y datos de inicio de sesión, y cierre todas las sesiones. Los tickets que subió se quedan con su organización sin su nombre, salvo que el Propietario de la cuenta también los elimine. No podrá volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="50"/>
        <source>Limit how your information is used: no usage analytics and no automatic value extraction.</source>
        <translation>Limite cómo se usa su información: sin análisis de uso y sin extracción automática de valores.</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="54"/>
        <source>Object to the use of your information for usage analytics.</source>
        <translation>Oponerse al uso de su información para análisis de uso.</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="62"/>
        <source>Waiting for the Account Owner</source>
        <translation>En espera del Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="63"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="64"/>
        <source>Denied</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="65"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="66"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="67"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="73"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="78"/>
        <source>Sent to Ticket Pros</source>
        <translation>Enviada a Ticket Pros</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="79"/>
        <source>{state} · overdue</source>
        <translation>{state} · vencida</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="83"/>
        <source>Tickets {tickets} · files {files} ({size}) · support messages {messages} · sign-in records {events} · active sessions {sessions}</source>
        <translation>Tickets {tickets} · archivos {files} ({size}) · mensajes de soporte {messages} · registros de inicio de sesión {events} · sesiones activas {sessions}</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="99"/>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="101"/>
        <location filename="../../app/requests/models.py" line="131"/>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="104"/>
        <source>{when} — {what} ({who})</source>
        <translation>{when} — {what} ({who})</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="129"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="130"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="132"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="134"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/requests/models.py" line="193"/>
        <source>Past its due date of {due}.</source>
        <translation>Pasó su fecha límite del {due}.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../app/privacy/sections/base.py" line="66"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/base.py" line="68"/>
        <source>Try again: {section}</source>
        <translation>Intentar de nuevo: {section}</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/base.py" line="97"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../app/requests/detail.py" line="28"/>
        <source>Select a request to see its state, due date and history.</source>
        <translation>Seleccione una solicitud para ver su estado, su fecha límite y su historial.</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="37"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="38"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="39"/>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="40"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="41"/>
        <source>Asks for</source>
        <translation>Solicita</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="42"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="43"/>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="44"/>
        <source>Deadline extended</source>
        <translation>Plazo prorrogado</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="45"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="60"/>
        <source>History of the request</source>
        <translation>Historial de la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="62"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="93"/>
        <source>{type} request</source>
        <translation>Solicitud: {type}</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="107"/>
        <source>{date} — overdue</source>
        <translation>{date} — vencida</translation>
    </message>
    <message>
        <location filename="../../app/requests/detail.py" line="111"/>
        <source>Change {field} to “{value}”</source>
        <translation>Cambiar {field} a “{value}”</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/requests/page.py" line="66"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="69"/>
        <source>Your requests go to Ticket Pros directly.</source>
        <translation>Sus solicitudes van directamente a Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="71"/>
        <source>Your requests go to your Account Owner, who approves or denies them.</source>
        <translation>Sus solicitudes van al Propietario de la cuenta, que las aprueba o las rechaza.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="75"/>
        <source>Ask for a copy, a correction or the deletion of your personal information. {routed} Each is answered within 30 days.</source>
        <translation>Pida una copia, una corrección o la eliminación de su información personal. {routed} Cada una se responde en un plazo de 30 días.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="84"/>
        <source>Type of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="91"/>
        <source>What to correct</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="93"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="93"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="93"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="97"/>
        <location filename="../../app/requests/page.py" line="124"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="98"/>
        <source>The correct value</source>
        <translation>El valor correcto</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="100"/>
        <source>Note for the Account Owner</source>
        <translation>Nota para el Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="101"/>
        <source>Optional: anything that helps</source>
        <translation>Opcional: cualquier dato que ayude</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="105"/>
        <source>Your password, to confirm</source>
        <translation>Su contraseña, para confirmar</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="106"/>
        <source>Needed for copies and deletion</source>
        <translation>Necesaria para copias y eliminaciones</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="107"/>
        <location filename="../../app/requests/page.py" line="109"/>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="112"/>
        <source>Request form message</source>
        <translation>Mensaje del formulario de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="115"/>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="122"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="123"/>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="125"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="126"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="135"/>
        <source>My privacy requests</source>
        <translation>Mis solicitudes de privacidad</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="137"/>
        <source>You have not filed any privacy request. Choose a type above and send it.</source>
        <translation>No ha presentado ninguna solicitud de privacidad. Elija un tipo arriba y envíela.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="142"/>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="149"/>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="150"/>
        <source>Cancel the selected request</source>
        <translation>Cancelar la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="151"/>
        <source>Download my data…</source>
        <translation>Descargar mis datos…</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="152"/>
        <source>Download the export of the selected request</source>
        <translation>Descargar la exportación de la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="154"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="158"/>
        <source>Request message</source>
        <translation>Mensaje de la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="164"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="231"/>
        <source>About: {subject}</source>
        <translation>Acerca de: {subject}</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="247"/>
        <source>Enter the correct value.</source>
        <translation>Escriba el valor correcto.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="252"/>
        <source>Enter your password to confirm.</source>
        <translation>Escriba su contraseña para confirmar.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="255"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="273"/>
        <source>Ticket Pros</source>
        <translation>Ticket Pros</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="273"/>
        <source>your Account Owner</source>
        <translation>el Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="274"/>
        <source>Sent to {whom}.</source>
        <translation>Enviada a {whom}.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="319"/>
        <source>Privacy request: {state}</source>
        <translation>Solicitud de privacidad: {state}</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="320"/>
        <source>“{type}”, filed {date}, is now {state}.</source>
        <translation>“{type}”, presentada el {date}, ahora está {state}.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="333"/>
        <source>Select a request to see its state, due date and history.</source>
        <translation>Seleccione una solicitud para ver su estado, su fecha límite y su historial.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="335"/>
        <source>Your requests and their history will appear here.</source>
        <translation>Sus solicitudes y su historial aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="386"/>
        <source>Save my data</source>
        <translation>Guardar mis datos</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="386"/>
        <source>ZIP files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="399"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../../app/requests/page.py" line="422"/>
        <source>Saved to {path}. Every file matched its checksum.</source>
        <translation>Guardado en {path}. Cada archivo coincidió con su suma de verificación.</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="14"/>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="22"/>
        <source>Request deletion…</source>
        <translation>Solicitar la eliminación…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="22"/>
        <source>Request deletion of my personal information</source>
        <translation>Solicitar la eliminación de mi información personal</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="27"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="27"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="28"/>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="30"/>
        <source>Your organisation&apos;s account is {status}. After an account is cancelled, Customer Data is kept for {low} to {high} days so it can be retrieved, then deleted or anonymised; copies in backups disappear as backups rotate.</source>
        <translation>La cuenta de su organización está {status}. Cuando se cancela una cuenta, los Datos del cliente se conservan de {low} a {high} días para que se puedan recuperar, y luego se eliminan o anonimizan; las copias en respaldos desaparecen a medida que los respaldos rotan.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/retention.py" line="33"/>
        <source>From the policy (§6): {text}</source>
        <translation>Según la política (§6): {text}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/tickets/review.py" line="78"/>
        <source>Ticket number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="79"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="80"/>
        <source>Company / vendor</source>
        <translation>Empresa / proveedor</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="81"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="82"/>
        <source>Truck / vehicle</source>
        <translation>Camión / vehículo</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="83"/>
        <source>Material / product</source>
        <translation>Material / producto</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="84"/>
        <source>Gross weight</source>
        <translation>Peso bruto</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="85"/>
        <source>Tare weight</source>
        <translation>Tara</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="86"/>
        <source>Net weight</source>
        <translation>Peso neto</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="87"/>
        <source>Weight unit</source>
        <translation>Unidad de peso</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="88"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="89"/>
        <source>Quantity unit</source>
        <translation>Unidad de cantidad</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="90"/>
        <source>Total amount</source>
        <translation>Importe total</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="91"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../app/tickets/review.py" line="269"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="270"/>
        <source>Back to the ticket list (Esc)</source>
        <translation>Volver a la lista de tickets (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="271"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="275"/>
        <source>Mark reviewed and open next</source>
        <translation>Marcar como revisado y abrir el siguiente</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="277"/>
        <source>Mark this ticket reviewed and open the next (Ctrl+Enter)</source>
        <translation>Marcar este ticket como revisado y abrir el siguiente (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="278"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="288"/>
        <source>Why this ticket needs review</source>
        <translation>Por qué este ticket necesita revisión</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="292"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="296"/>
        <source>Page picture</source>
        <translation>Imagen de la página</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="299"/>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="305"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="307"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="309"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="311"/>
        <source>Fit the page (Ctrl+0)</source>
        <translation>Ajustar la página (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="323"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="363"/>
        <source>● Check: 100% sure</source>
        <translation>● Revisar: 100 % de certeza</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="380"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="380"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="380"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="384"/>
        <source>History of this ticket&apos;s values</source>
        <translation>Historial de los valores de este ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="390"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="434"/>
        <source>Loading the ticket…</source>
        <translation>Cargando el ticket…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="453"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="482"/>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="484"/>
        <source>Review ticket {number}</source>
        <translation>Revisar el ticket {number}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="486"/>
        <source>Ticket {number} · reviewed</source>
        <translation>Ticket {number} · revisado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="487"/>
        <source>Ticket {number}</source>
        <translation>Ticket {number}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="502"/>
        <source>● Check: not found</source>
        <translation>● Revisar: no encontrado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="502"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="505"/>
        <source>✓ Given by a person</source>
        <translation>✓ Indicado por una persona</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="509"/>
        <source>● Check: {percent}% sure</source>
        <translation>● Revisar: {percent} % de certeza</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="511"/>
        <source>◐ {percent}% sure</source>
        <translation>◐ {percent} % de certeza</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="513"/>
        <source>✓ {percent}% sure</source>
        <translation>✓ {percent} % de certeza</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="520"/>
        <source>Printed as “{raw}”</source>
        <translation>Impreso como “{raw}”</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="537"/>
        <source>This ticket has no pages.</source>
        <translation>Este ticket no tiene páginas.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="554"/>
        <source>Loading the page…</source>
        <translation>Cargando la página…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="566"/>
        <source>Page {page} is a PDF; open it with Download page on the list to see it.</source>
        <translation>La página {page} es un PDF; ábrala con Descargar página en la lista para verla.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="576"/>
        <source>The page could not be shown: {reason}</source>
        <translation>No se pudo mostrar la página: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="634"/>
        <source>Saving {field}…</source>
        <translation>Guardando {field}…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="694"/>
        <source>Marking the ticket reviewed…</source>
        <translation>Marcando el ticket como revisado…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="702"/>
        <source>Nothing left to review</source>
        <translation>No queda nada por revisar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="706"/>
        <source>Every ticket in To review has been reviewed. Press Esc to go back.</source>
        <translation>Todos los tickets de Por revisar se han revisado. Pulse Esc para volver.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="106"/>
        <source>{field}: {old} → {new}</source>
        <extracomment>Below this the value is shown as doubtful (amber) even when no check flagged it.</extracomment>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="107"/>
        <location filename="../../app/tickets/review.py" line="108"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="109"/>
        <source>Values read from the pages</source>
        <translation>Valores leídos de las páginas</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="110"/>
        <source>The pages could not be read</source>
        <translation>No se pudieron leer las páginas</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="111"/>
        <source>Marked reviewed</source>
        <translation>Marcado como revisado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="117"/>
        <source>The service</source>
        <translation>El servicio</translation>
    </message>
    <message>
        <location filename="../../app/tickets/review.py" line="118"/>
        <source>(former user)</source>
        <translation>(antiguo usuario)</translation>
    </message>
</context>
<context>
    <name>Sdk</name>
    <message>
        <location filename="../../app/sdk_sentences.py" line="29"/>
        <source>The item was not found.</source>
        <translation>No se encontró el elemento.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="30"/>
        <source>The file is larger than the service accepts.</source>
        <translation>El archivo es más grande de lo que acepta el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="31"/>
        <source>The service is busy. Try again in a moment.</source>
        <translation>El servicio está ocupado. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="32"/>
        <source>The service has run out of storage, so it cannot take more files now; try again later.</source>
        <translation>El servicio se quedó sin espacio de almacenamiento, así que ahora no puede recibir más archivos; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="34"/>
        <source>The service had a problem. Try again in a moment.</source>
        <translation>El servicio tuvo un problema. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="35"/>
        <source>The service answered with an error ({status}).</source>
        <translation>El servicio respondió con un error ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="36"/>
        <source>The service sent a reply the app cannot read.</source>
        <translation>El servicio envió una respuesta que la aplicación no puede leer.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="37"/>
        <source>The service sent a reply the app cannot read (field &apos;{name}&apos;).</source>
        <translation>El servicio envió una respuesta que la aplicación no puede leer (campo &apos;{name}&apos;).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="39"/>
        <source>The service sent a reply the app cannot read ({part}).</source>
        <translation>El servicio envió una respuesta que la aplicación no puede leer ({part}).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="41"/>
        <source>The service did not say where to send the file.</source>
        <translation>El servicio no indicó adónde enviar el archivo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="42"/>
        <source>The service&apos;s sign-in settings are not ones the app can use safely.</source>
        <translation>La configuración de inicio de sesión del servicio no es una que la aplicación pueda usar con seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="44"/>
        <source>The service at {base_url} did not answer in time.</source>
        <translation>El servicio en {base_url} no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="45"/>
        <source>The security certificate of {base_url} could not be verified. Check the address, or ask your administrator.</source>
        <translation>No se pudo verificar el certificado de seguridad de {base_url}. Revise la dirección o consulte a su administrador.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="47"/>
        <source>Can&apos;t reach the service at {base_url}. Check the address and your connection.</source>
        <translation>No se puede contactar al servicio en {base_url}. Revise la dirección y su conexión.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="49"/>
        <source>The connection to {base_url} was lost.</source>
        <translation>Se perdió la conexión con {base_url}.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="50"/>
        <source>Can&apos;t talk to the service at {base_url}: {reason}.</source>
        <translation>No se puede comunicar con el servicio en {base_url}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="51"/>
        <source>{base_url} does not answer like a Ticket Pros service.</source>
        <translation>{base_url} no responde como un servicio de Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="53"/>
        <source>The service at {base_url} speaks API version {version}; this app needs version {needed}. Update the app or ask your administrator.</source>
        <translation>El servicio en {base_url} usa la versión {version} de la API; esta aplicación necesita la versión {needed}. Actualice la aplicación o consulte a su administrador.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="55"/>
        <source>“{url}” is not a valid server address.</source>
        <translation>“{url}” no es una dirección de servidor válida.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="56"/>
        <source>Plain http:// is only allowed for this computer. Use an https:// address.</source>
        <translation>http:// sin cifrar solo se permite para esta computadora. Use una dirección https://.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="58"/>
        <source>Unknown proxy mode “{mode}”.</source>
        <translation>Modo de proxy desconocido: “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="59"/>
        <source>“{url}” is not a valid proxy address (e.g. http://proxy:8080).</source>
        <translation>“{url}” no es una dirección de proxy válida (p. ej., http://proxy:8080).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="61"/>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="62"/>
        <source>Another Ticket Pros program on this computer is renewing the session; try again in a moment.</source>
        <translation>Otro programa de Ticket Pros en esta computadora está renovando la sesión; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="64"/>
        <source>The system keyring is locked.</source>
        <translation>El llavero del sistema está bloqueado.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="65"/>
        <source>No system keyring is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="66"/>
        <source>The system keyring is not available ({kind}).</source>
        <translation>El llavero del sistema no está disponible ({kind}).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="67"/>
        <source>The sign-in in the browser was not finished in time; start it again.</source>
        <translation>El inicio de sesión en el navegador no se terminó a tiempo; vuelva a empezarlo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="69"/>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="70"/>
        <source>The code expired before anyone signed in with it; start again.</source>
        <translation>El código caducó antes de que alguien iniciara sesión con él; vuelva a empezar.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="72"/>
        <source>This sign-in has finished already; start a new one.</source>
        <translation>Este inicio de sesión ya terminó; empiece uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="73"/>
        <source>The service refused the sign-in.</source>
        <translation>El servicio rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="74"/>
        <source>The browser came back without a sign-in code; try again.</source>
        <translation>El navegador volvió sin un código de inicio de sesión; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="75"/>
        <source>You can return to Ticket Pros</source>
        <translation>Puede volver a Ticket Pros</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="76"/>
        <source>You are signed in. You can close this tab and go back to Ticket Pros.</source>
        <translation>Ha iniciado sesión. Puede cerrar esta pestaña y volver a Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="78"/>
        <source>Sign-in did not finish</source>
        <translation>El inicio de sesión no terminó</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="79"/>
        <source>This answer is not for the sign-in Ticket Pros is waiting for. Go back to the app and choose “Sign in with your browser” again.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que Ticket Pros está esperando. Vuelva a la aplicación y elija de nuevo “Iniciar sesión con el navegador”.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="81"/>
        <source>Ticket Pros could not finish the sign-in; go back to the app.</source>
        <translation>Ticket Pros no pudo terminar el inicio de sesión; vuelva a la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="83"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="84"/>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="85"/>
        <source>Ticket Pros did not answer in time; go back to the app.</source>
        <translation>Ticket Pros no respondió a tiempo; vuelva a la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="87"/>
        <source>The answer had no sign-in code; go back to the app.</source>
        <translation>La respuesta no traía un código de inicio de sesión; vuelva a la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="88"/>
        <source>The page is too large to show.</source>
        <translation>La página es demasiado grande para mostrarla.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="89"/>
        <source>The downloaded file is damaged. Try again.</source>
        <translation>El archivo descargado está dañado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="90"/>
        <source>The download was cancelled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="91"/>
        <source>The download was cut off. Try again.</source>
        <translation>La descarga se interrumpió. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="92"/>
        <source>The export has no readable manifest.json.</source>
        <translation>La exportación no tiene un manifest.json legible.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="93"/>
        <source>The export&apos;s manifest.json cannot be read.</source>
        <translation>No se puede leer el manifest.json de la exportación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="94"/>
        <source>The export contains “{name}”, which its manifest does not list.</source>
        <translation>La exportación contiene “{name}”, que su manifiesto no incluye.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="96"/>
        <source>“{name}” is missing from the export.</source>
        <translation>Falta “{name}” en la exportación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="97"/>
        <source>“{name}” in the export is damaged.</source>
        <translation>“{name}” está dañado en la exportación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="98"/>
        <source>“{name}” in the export does not match its checksum.</source>
        <translation>“{name}” no coincide con su suma de comprobación en la exportación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="99"/>
        <source>The downloaded export is not a valid ZIP file.</source>
        <translation>La exportación descargada no es un archivo ZIP válido.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="100"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="101"/>
        <source>The image is truncated or damaged.</source>
        <translation>La imagen está incompleta o dañada.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="102"/>
        <source>The image is too large to open safely (decompression bomb).</source>
        <translation>La imagen es demasiado grande para abrirla con seguridad (bomba de descompresión).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="103"/>
        <source>This is not a regular file (it is a pipe, a device or a socket).</source>
        <translation>No es un archivo normal (es una tubería, un dispositivo o un socket).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="105"/>
        <source>This is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="106"/>
        <source>This file is not a supported photo or PDF.</source>
        <translation>Este archivo no es una foto ni un PDF admitidos.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="107"/>
        <source>This file is not a supported photo or PDF (it looks like {kind}).</source>
        <translation>Este archivo no es una foto ni un PDF admitidos (parece {kind}).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="109"/>
        <source>The PDF is incomplete or damaged.</source>
        <translation>El PDF está incompleto o dañado.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="110"/>
        <source>This PDF is password-protected; save a copy without a password and upload that.</source>
        <translation>Este PDF está protegido con contraseña; guarde una copia sin contraseña y suba esa.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="112"/>
        <source>This PDF has other data after its end (maybe a hidden file); save it again as a PDF.</source>
        <translation>Este PDF tiene otros datos después de su final (quizá un archivo oculto); vuelva a guardarlo como PDF.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="114"/>
        <source>The PDF is too complex to check safely.</source>
        <translation>El PDF es demasiado complejo para revisarlo con seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="115"/>
        <source>This PDF has active content ({kinds}); print it to a new PDF or scan the paper.</source>
        <translation>Este PDF tiene contenido activo ({kinds}); imprímalo en un PDF nuevo o escanee el papel.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="117"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="118"/>
        <source>an action that starts a program</source>
        <translation>una acción que inicia un programa</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="119"/>
        <source>embedded files</source>
        <translation>archivos incrustados</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="120"/>
        <source>form actions that send or load data</source>
        <translation>acciones de formulario que envían o cargan datos</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="121"/>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="122"/>
        <source>a Linux program</source>
        <translation>un programa de Linux</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="123"/>
        <source>a macOS program</source>
        <translation>un programa de macOS</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="124"/>
        <source>a macOS or Java program</source>
        <translation>un programa de macOS o de Java</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="125"/>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="126"/>
        <source>a ZIP archive or an Office document</source>
        <translation>un archivo ZIP o un documento de Office</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="127"/>
        <source>a RAR archive</source>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="128"/>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="129"/>
        <source>a compressed archive</source>
        <translation>un archivo comprimido</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="130"/>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="131"/>
        <source>an AVIF image</source>
        <translation>una imagen AVIF</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="132"/>
        <source>The service is out of storage; the file stays in the queue.</source>
        <translation>El servicio no tiene espacio de almacenamiento; el archivo sigue en la cola.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="134"/>
        <source>You are signed out; sign in again to continue this upload.</source>
        <translation>Su sesión se cerró; vuelva a iniciar sesión para continuar esta carga.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="136"/>
        <source>Something went wrong with this file; it will be tried again.</source>
        <translation>Algo salió mal con este archivo; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="138"/>
        <source>The file no longer exists.</source>
        <translation>El archivo ya no existe.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="139"/>
        <source>The app is not allowed to read this file.</source>
        <translation>La aplicación no tiene permiso para leer este archivo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="140"/>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="141"/>
        <source>The file is larger than the {megabytes} MB the service accepts.</source>
        <translation>El archivo supera los {megabytes} MB que acepta el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="143"/>
        <source>The upload was stopped.</source>
        <translation>Se detuvo la carga.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="144"/>
        <source>The file changed size since it was queued.</source>
        <translation>El archivo cambió de tamaño desde que se puso en la cola.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="145"/>
        <source>The service could not finish this upload.</source>
        <translation>El servicio no pudo terminar esta carga.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="146"/>
        <source>The file changed on disk after it was checked; add it again.</source>
        <translation>El archivo cambió en el disco después de revisarse; agréguelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="148"/>
        <source>The service stored a different amount than was sent.</source>
        <translation>El servicio guardó una cantidad distinta de la enviada.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="150"/>
        <source>The service no longer has this upload; it will start again.</source>
        <translation>El servicio ya no tiene esta carga; empezará de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="151"/>
        <source>The file changed size while it was being sent.</source>
        <translation>El archivo cambió de tamaño mientras se enviaba.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="152"/>
        <source>The file is shorter than when it was queued.</source>
        <translation>El archivo es más corto que cuando se puso en la cola.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="153"/>
        <source>This is a link to a file outside the folder you chose, so it was not sent; add that file itself if you mean to upload it.</source>
        <translation>Es un enlace a un archivo fuera de la carpeta que eligió, así que no se envió; agregue ese archivo directamente si quiere subirlo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="155"/>
        <source>Skipped: this file was already uploaded.</source>
        <translation>Omitido: este archivo ya se había subido.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="156"/>
        <source>Ticket made with the one page that arrived; {lost}.</source>
        <translation>Ticket creado con la única página que llegó; {lost}.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="157"/>
        <source>Ticket made with the {arrived} pages that arrived; {lost}.</source>
        <translation>Ticket creado con las {arrived} páginas que llegaron; {lost}.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="159"/>
        <source>{cancelled} and {refused}</source>
        <translation>{cancelled} y {refused}</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="160"/>
        <source>1 page was cancelled</source>
        <translation>1 página se canceló</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="161"/>
        <source>{count} pages were cancelled</source>
        <translation>{count} páginas se cancelaron</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="162"/>
        <source>1 page was refused</source>
        <translation>1 página se rechazó</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="163"/>
        <source>{count} pages were refused</source>
        <translation>{count} páginas se rechazaron</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="164"/>
        <source>1 was refused</source>
        <translation>1 se rechazó</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="165"/>
        <source>{count} were refused</source>
        <translation>{count} se rechazaron</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="166"/>
        <source>Another Ticket Pros program is watching this folder; it is left to that one.</source>
        <translation>Otro programa de Ticket Pros está vigilando esta carpeta; se deja a ese.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="168"/>
        <source>The folder is not there (a drive or share not connected?); it is looked for every {every} s.</source>
        <translation>La carpeta no está (¿una unidad o recurso compartido sin conectar?); se busca cada {every} s.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="170"/>
        <source>The folder cannot be read ({reason}); it is tried again every {every} s.</source>
        <translation>No se puede leer la carpeta ({reason}); se vuelve a intentar cada {every} s.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="172"/>
        <source>Checked every {every} s (no change events here).</source>
        <translation>Se revisa cada {every} s (aquí no hay avisos de cambios).</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="173"/>
        <source>This file was already uploaded, so it was not sent again.</source>
        <translation>Este archivo ya se había subido, así que no se volvió a enviar.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="175"/>
        <source>This file was already uploaded (ticket {ticket}), so it was not sent again.</source>
        <translation>Este archivo ya se había subido (ticket {ticket}), así que no se volvió a enviar.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="177"/>
        <source>Its upload was cancelled in the app.</source>
        <translation>Su carga se canceló en la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="178"/>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="179"/>
        <source>The service did not accept it.</source>
        <translation>El servicio no lo aceptó.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="180"/>
        <source>The file was gone before it was queued.</source>
        <translation>El archivo ya no estaba cuando iba a ponerse en la cola.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="181"/>
        <source>{done} of {total} pages were uploaded; {name} was not: {why}</source>
        <translation>Se subieron {done} de {total} páginas; {name} no: {why}</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="183"/>
        <source>This photo looks blurred; the numbers may not be readable.</source>
        <translation>Esta foto se ve borrosa; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="184"/>
        <source>This photo is too dark; the numbers may not be readable.</source>
        <translation>Esta foto está demasiado oscura; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="185"/>
        <source>This photo is washed out by light; the numbers may not be readable.</source>
        <translation>Esta foto está sobreexpuesta por la luz; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="187"/>
        <source>This photo has too few pixels; the numbers may not be readable.</source>
        <translation>Esta foto tiene muy pocos píxeles; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="189"/>
        <source>The page fills only a small part of this photo; the numbers may not be readable.</source>
        <translation>La página ocupa solo una pequeña parte de esta foto; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/sdk_sentences.py" line="191"/>
        <source>The photo check found: {code}.</source>
        <translation>La revisión de la foto encontró: {code}.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="17"/>
        <source>Old session key reused: session ended</source>
        <extracomment>Security events other than sign-ins.</extracomment>
        <translation>Clave de sesión antigua reutilizada: sesión cerrada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="18"/>
        <source>Password check failed</source>
        <translation>Falló la verificación de la contraseña</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="19"/>
        <source>Two-step verification turned on</source>
        <translation>Verificación en dos pasos activada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="20"/>
        <source>Two-step verification turned off</source>
        <translation>Verificación en dos pasos desactivada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="21"/>
        <source>Recovery code used</source>
        <translation>Código de recuperación usado</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="22"/>
        <source>Organisation&apos;s sign-in rules changed</source>
        <translation>Cambiaron las reglas de inicio de sesión de la organización</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="27"/>
        <source>Password in the app</source>
        <extracomment>How a sign-in was made (``method``).</extracomment>
        <translation>Contraseña en la aplicación</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="28"/>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="29"/>
        <source>Another device</source>
        <translation>Otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="34"/>
        <source>password</source>
        <extracomment>What proved it (``factor``).</extracomment>
        <translation>contraseña</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="35"/>
        <source>password and authenticator code</source>
        <translation>contraseña y código de autenticación</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="36"/>
        <source>password and recovery code</source>
        <translation>contraseña y código de recuperación</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="41"/>
        <source>Failed: wrong email or password</source>
        <extracomment>Why a sign-in failed (``detail``), where the service says.</extracomment>
        <translation>Fallido: correo o contraseña incorrectos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="42"/>
        <source>Failed: wrong code</source>
        <translation>Fallido: código incorrecto</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="43"/>
        <source>Failed: locked after too many attempts</source>
        <translation>Fallido: bloqueado tras demasiados intentos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="44"/>
        <source>Refused: browser sign-in required</source>
        <translation>Rechazado: se requiere iniciar sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="45"/>
        <source>Refused: two-step not set up</source>
        <translation>Rechazado: verificación en dos pasos no configurada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="52"/>
        <source>Security events</source>
        <translation>Eventos de seguridad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="53"/>
        <source>Recent sign-ins to your account. The region is approximate (country and region, from the IP address); precise location is never collected.</source>
        <translation>Inicios de sesión recientes en su cuenta. La región es aproximada (país y región, según la dirección IP); nunca se recopila la ubicación precisa.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="56"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="57"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="58"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="59"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="60"/>
        <source>Approximate region</source>
        <translation>Región aproximada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="61"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="62"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="62"/>
        <source>⚠ Unfamiliar place or device</source>
        <translation>⚠ Lugar o dispositivo desconocido</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="63"/>
        <source>Not seen in your earlier sign-ins. If this was not you, change your password and tell your Account Owner.</source>
        <translation>No aparece en sus inicios de sesión anteriores. Si no fue usted, cambie su contraseña e informe al Propietario de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="67"/>
        <source>Recent sign-ins</source>
        <translation>Inicios de sesión recientes</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="73"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/security.py" line="76"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../app/service_sentences.py" line="30"/>
        <source>The item was not found.</source>
        <translation>No se encontró el elemento.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="31"/>
        <source>The ticket was not found.</source>
        <translation>No se encontró el ticket.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="32"/>
        <source>The file was not found.</source>
        <translation>No se encontró el archivo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="33"/>
        <source>The preview was not found.</source>
        <translation>No se encontró la vista previa.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="34"/>
        <source>The upload was not found.</source>
        <translation>No se encontró la carga.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="35"/>
        <source>The export was not found.</source>
        <translation>No se encontró la exportación.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="36"/>
        <source>The download link was not found.</source>
        <translation>No se encontró el enlace de descarga.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="37"/>
        <source>The privacy request was not found.</source>
        <translation>No se encontró la solicitud de privacidad.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="38"/>
        <source>That version of the privacy policy was not found.</source>
        <translation>No se encontró esa versión de la política de privacidad.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="39"/>
        <source>The file is not in the service&apos;s storage any more.</source>
        <translation>El archivo ya no está en el almacenamiento del servicio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="40"/>
        <source>The preview is not in the service&apos;s storage any more.</source>
        <translation>La vista previa ya no está en el almacenamiento del servicio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="41"/>
        <source>The page was not found.</source>
        <translation>No se encontró la página.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="42"/>
        <source>This file is a picture already; download it to see it.</source>
        <translation>Este archivo ya es una imagen; descárguelo para verlo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="43"/>
        <source>This page of the PDF could not be drawn; download the file to see it.</source>
        <translation>No se pudo dibujar esta página del PDF; descargue el archivo para verla.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="45"/>
        <source>The request is not valid.</source>
        <translation>La solicitud no es válida.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="46"/>
        <source>The request failed.</source>
        <translation>La solicitud falló.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="47"/>
        <source>The request body could not be read; send JSON encoded as UTF-8.</source>
        <translation>No se pudo leer el cuerpo de la solicitud; envíe JSON codificado en UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="49"/>
        <source>The {name} parameter is missing.</source>
        <translation>Falta el parámetro {name}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="50"/>
        <source>The grant type is not supported here.</source>
        <translation>Este tipo de concesión no se admite aquí.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="51"/>
        <source>The sign-in code is not valid, was used already or has expired. Sign in again.</source>
        <translation>El código de inicio de sesión no es válido, ya se usó o ha caducado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="53"/>
        <source>The code verifier does not match the code challenge (PKCE).</source>
        <translation>El verificador del código no coincide con el desafío del código (PKCE).</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="54"/>
        <source>This client may not use the device sign-in.</source>
        <translation>Este cliente no puede usar el inicio de sesión en otro dispositivo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="55"/>
        <source>This device code is not valid, or was used already.</source>
        <translation>Este código de dispositivo no es válido o ya se usó.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="56"/>
        <source>The code expired before anyone signed in; start again.</source>
        <translation>El código caducó antes de que alguien iniciara sesión; empiece de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="57"/>
        <source>The sign-in was declined on the other device.</source>
        <translation>El inicio de sesión se rechazó en el otro dispositivo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="58"/>
        <source>Polling too often; wait {seconds} seconds between tries.</source>
        <translation>Consultas demasiado seguidas; espere {seconds} segundos entre intentos.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="59"/>
        <source>Waiting for the sign-in on the other device.</source>
        <translation>Esperando el inicio de sesión en el otro dispositivo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="60"/>
        <source>This account can no longer sign in.</source>
        <translation>Esta cuenta ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="61"/>
        <source>The request body could not be read; send a form (RFC 6749 §4.1.3).</source>
        <translation>No se pudo leer el cuerpo de la solicitud; envíe un formulario (RFC 6749 §4.1.3).</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="63"/>
        <source>{field}: this is required.</source>
        <translation>{field}: es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="64"/>
        <source>{field}: the service does not take this field.</source>
        <translation>{field}: el servicio no admite este campo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="65"/>
        <source>{field}: at most {limit} characters.</source>
        <translation>{field}: como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="66"/>
        <source>{field}: at least {limit} characters.</source>
        <translation>{field}: al menos {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="67"/>
        <source>{field}: at most {limit} items.</source>
        <translation>{field}: como máximo {limit} elementos.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="68"/>
        <source>{field}: at least {limit} items.</source>
        <translation>{field}: al menos {limit} elementos.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="69"/>
        <source>{field}: this must be text.</source>
        <translation>{field}: debe ser texto.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="70"/>
        <source>{field}: this must be a whole number.</source>
        <translation>{field}: debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="71"/>
        <source>{field}: this must be a number.</source>
        <translation>{field}: debe ser un número.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="72"/>
        <source>{field}: this must be true or false.</source>
        <translation>{field}: debe ser verdadero o falso.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="73"/>
        <source>{field}: this must be a list.</source>
        <translation>{field}: debe ser una lista.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="74"/>
        <source>{field}: this must be an object of named values.</source>
        <translation>{field}: debe ser un objeto de valores con nombre.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="75"/>
        <source>{field}: this must be at least {limit}.</source>
        <translation>{field}: debe ser al menos {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="76"/>
        <source>{field}: this must be more than {limit}.</source>
        <translation>{field}: debe ser mayor que {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="77"/>
        <source>{field}: this must be at most {limit}.</source>
        <translation>{field}: debe ser como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="78"/>
        <source>{field}: this must be less than {limit}.</source>
        <translation>{field}: debe ser menor que {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="79"/>
        <source>{field}: this is not one of the values the service accepts.</source>
        <translation>{field}: no es uno de los valores que acepta el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="80"/>
        <source>{field}: use a date written as YYYY-MM-DD.</source>
        <translation>{field}: escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="81"/>
        <source>{field}: use a date and time written as ISO 8601 (2025-06-30T14:00:00Z).</source>
        <translation>{field}: escriba la fecha y la hora en ISO 8601 (2025-06-30T14:00:00Z).</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="83"/>
        <source>{field}: this is not a valid id.</source>
        <translation>{field}: no es un identificador válido.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="84"/>
        <source>{field}: this is not written the way the service accepts.</source>
        <translation>{field}: no está escrito como lo acepta el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="85"/>
        <source>The request body is not valid JSON.</source>
        <translation>El cuerpo de la solicitud no es JSON válido.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="86"/>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="87"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="88"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="89"/>
        <source>The access token has expired.</source>
        <translation>El token de acceso ha caducado.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="90"/>
        <source>Email or password is incorrect.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="91"/>
        <source>Too many failed sign-in attempts. Try again in {seconds} seconds.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo en {seconds} segundos.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="93"/>
        <source>Too many failed sign-in attempts. Try again in {minutes} minutes.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo en {minutes} minutos.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="95"/>
        <source>That code is not right. Enter the current code from your authenticator app, or a recovery code.</source>
        <translation>Ese código no es correcto. Escriba el código actual de su aplicación de autenticación, o un código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="97"/>
        <source>The password is not correct. Enter the password you sign in with.</source>
        <translation>La contraseña no es correcta. Escriba la contraseña con la que inicia sesión.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="99"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="100"/>
        <source>Your organisation signs in through the browser only. Choose “Sign in with your browser”.</source>
        <translation>Su organización solo inicia sesión a través del navegador. Elija «Iniciar sesión con el navegador».</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="102"/>
        <source>Your organisation requires two-step verification. Choose “Sign in with your browser” to set it up.</source>
        <translation>Su organización exige la verificación en dos pasos. Elija «Iniciar sesión con el navegador» para configurarla.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="104"/>
        <source>Only the Account Owner can do this.</source>
        <translation>Solo el Propietario de la cuenta puede hacer esto.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="105"/>
        <source>Two-step verification is on already.</source>
        <translation>La verificación en dos pasos ya está activada.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="106"/>
        <source>Start setting up two-step verification first.</source>
        <translation>Primero empiece a configurar la verificación en dos pasos.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="107"/>
        <source>That code is not right. Type the code your authenticator app shows now for Ticket Pros.</source>
        <translation>Ese código no es correcto. Escriba el código que su aplicación de autenticación muestra ahora para Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="109"/>
        <source>Your organisation requires two-step verification, so it stays on.</source>
        <translation>Su organización exige la verificación en dos pasos, así que sigue activada.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="111"/>
        <source>Only the Account Owner can see all of the organisation&apos;s tickets.</source>
        <translation>Solo el Propietario de la cuenta puede ver todos los tickets de la organización.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="113"/>
        <source>Another person&apos;s ticket already uses this ticket key; start a new ticket.</source>
        <translation>El ticket de otra persona ya usa esta clave de ticket; empiece un ticket nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="115"/>
        <source>Page {page} of this ticket has already been uploaded with other content.</source>
        <translation>La página {page} de este ticket ya se subió con otro contenido.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="117"/>
        <source>Name at least two tickets to merge.</source>
        <translation>Indique al menos dos tickets para combinar.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="118"/>
        <source>A ticket is named twice; name each ticket to merge once.</source>
        <translation>Un ticket aparece dos veces; indique cada ticket a combinar una sola vez.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="119"/>
        <source>At most {count} tickets can be merged at once.</source>
        <translation>Se pueden combinar como máximo {count} tickets a la vez.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="120"/>
        <source>A ticket is still being uploaded; merge it once it is stored.</source>
        <translation>Un ticket todavía se está subiendo; combínelo cuando esté guardado.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="121"/>
        <source>This service speaks tus {version}; send the header Tus-Resumable: {version}.</source>
        <translation>Este servicio usa tus {version}; envíe el encabezado Tus-Resumable: {version}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="123"/>
        <source>The upload address is not valid.</source>
        <translation>La dirección de la carga no es válida.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="124"/>
        <source>The Idempotency-Key header must be 1 to 200 characters.</source>
        <translation>El encabezado Idempotency-Key debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="126"/>
        <source>This Idempotency-Key was already used for a different upload.</source>
        <translation>Esta Idempotency-Key ya se usó para otra carga.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="128"/>
        <source>The data goes past the Upload-Length of this file.</source>
        <translation>Los datos van más allá del Upload-Length de este archivo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="129"/>
        <source>Upload data must be sent as {content_type}.</source>
        <translation>Los datos de la carga deben enviarse como {content_type}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="130"/>
        <source>This part of the file did not arrive intact (checksum mismatch); send it again.</source>
        <translation>Esta parte del archivo no llegó intacta (la suma de comprobación no coincide); envíela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="132"/>
        <source>No data arrived for a while, so the service stopped waiting; send the rest again.</source>
        <translation>No llegaron datos durante un rato, así que el servicio dejó de esperar; envíe el resto de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="134"/>
        <source>Another request is sending this file right now; try again in a moment.</source>
        <translation>Otra solicitud está enviando este archivo ahora mismo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="136"/>
        <source>The service has run out of storage, so it cannot take this file now; try again later.</source>
        <translation>El servicio se quedó sin espacio de almacenamiento, así que ahora no puede recibir este archivo; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="138"/>
        <source>The service refused this file.</source>
        <translation>El servicio rechazó este archivo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="139"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="140"/>
        <source>The file is larger than the {megabytes} MB the service accepts.</source>
        <translation>El archivo supera los {megabytes} MB que acepta el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="142"/>
        <source>The upload has expired; send the file again.</source>
        <translation>La carga caducó; envíe el archivo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="143"/>
        <source>The service has {held} bytes of this file, not {offset}; continue from there.</source>
        <translation>El servicio tiene {held} bytes de este archivo, no {offset}; continúe desde ahí.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="145"/>
        <source>The file did not arrive intact (its SHA-256 does not match); send it again.</source>
        <translation>El archivo no llegó intacto (su SHA-256 no coincide); envíelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="147"/>
        <source>This file is not a photo or PDF the service accepts.</source>
        <translation>Este archivo no es una foto ni un PDF que acepte el servicio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="148"/>
        <source>This file is damaged or incomplete, so the service cannot read it.</source>
        <translation>Este archivo está dañado o incompleto, así que el servicio no puede leerlo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="150"/>
        <source>The picture is too large to open safely (it may be a decompression bomb).</source>
        <translation>La imagen es demasiado grande para abrirla con seguridad (puede ser una bomba de descompresión).</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="152"/>
        <source>This PDF has other data after its end (maybe a hidden file); save it again as a PDF.</source>
        <translation>Este PDF tiene otros datos después de su final (quizá un archivo oculto); vuelva a guardarlo como PDF.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="154"/>
        <source>This PDF is password-protected; save a copy without a password and upload that.</source>
        <translation>Este PDF está protegido con contraseña; guarde una copia sin contraseña y suba esa.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="156"/>
        <source>The PDF is too complex to check safely.</source>
        <translation>El PDF es demasiado complejo para revisarlo con seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="157"/>
        <source>This PDF has active content ({kinds}), which the service does not accept; print it to a new PDF or scan the paper.</source>
        <translation>Este PDF tiene contenido activo ({kinds}), que el servicio no acepta; imprímalo en un PDF nuevo o escanee el papel.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="160"/>
        <source>The {name} header is missing.</source>
        <translation>Falta el encabezado {name}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="161"/>
        <source>The {name} header must be a whole number of bytes.</source>
        <translation>El encabezado {name} debe ser un número entero de bytes.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="162"/>
        <source>Upload-Checksum must use sha1 or sha256.</source>
        <translation>Upload-Checksum debe usar sha1 o sha256.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="163"/>
        <source>The Upload-Checksum digest is not valid base64.</source>
        <translation>El resumen de Upload-Checksum no es base64 válido.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="164"/>
        <source>The Upload-Checksum digest has the wrong length for {algorithm}.</source>
        <translation>El resumen de Upload-Checksum no tiene la longitud correcta para {algorithm}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="166"/>
        <source>Upload-Metadata has a key that is empty or not plain ASCII.</source>
        <translation>Upload-Metadata tiene una clave vacía o que no es ASCII simple.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="167"/>
        <source>Upload-Metadata names {key} twice.</source>
        <translation>Upload-Metadata indica {key} dos veces.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="168"/>
        <source>The Upload-Metadata value of {key} is not base64-encoded UTF-8 text.</source>
        <translation>El valor de {key} en Upload-Metadata no es texto UTF-8 codificado en base64.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="170"/>
        <source>The file name is longer than {limit} characters.</source>
        <translation>El nombre del archivo tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="171"/>
        <source>The file type is longer than {limit} characters.</source>
        <translation>El tipo de archivo tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="172"/>
        <source>The ticket key is longer than {limit} characters.</source>
        <translation>La clave del ticket tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="173"/>
        <source>The ticket number is longer than {limit} characters.</source>
        <translation>El número de ticket tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="174"/>
        <source>The job is longer than {limit} characters.</source>
        <translation>La obra tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="175"/>
        <source>The notes is longer than {limit} characters.</source>
        <translation>Las notas tienen más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="176"/>
        <source>The page number must be a whole number from 1 to {most}.</source>
        <translation>El número de página debe ser un número entero del 1 al {most}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="177"/>
        <source>The page count must be a whole number from 1 to {most}.</source>
        <translation>El número de páginas debe ser un número entero del 1 al {most}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="178"/>
        <source>The sha256 metadata must be 64 hexadecimal characters.</source>
        <translation>El metadato sha256 debe tener 64 caracteres hexadecimales.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="179"/>
        <source>Page {page} cannot belong to a ticket of {page_count} pages.</source>
        <translation>La página {page} no puede pertenecer a un ticket de {page_count} páginas.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="181"/>
        <source>The ticket date must be a date written as YYYY-MM-DD.</source>
        <translation>La fecha del ticket debe escribirse como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="182"/>
        <source>The quality_warning metadata must be a short lower-case word, such as blurred.</source>
        <translation>El metadato quality_warning debe ser una palabra corta en minúsculas, como blurred.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="184"/>
        <source>“{name}” is not a field of a ticket; the fields are {fields}.</source>
        <translation>«{name}» no es un campo de un ticket; los campos son {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="186"/>
        <source>A value is at most {count} characters.</source>
        <translation>Un valor tiene como máximo {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="187"/>
        <source>Write the date as YYYY-MM-DD (or 11/29/2026, 29.11.2026).</source>
        <translation>Escriba la fecha como AAAA-MM-DD (o 11/29/2026, 29.11.2026).</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="188"/>
        <source>Write a number, such as 1234.56 or 1.234,56.</source>
        <translation>Escriba un número, como 1234.56 o 1.234,56.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="189"/>
        <source>Write the weight unit as kg, t or lb.</source>
        <translation>Escriba la unidad de peso como kg, t o lb.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="190"/>
        <source>Write the unit as l, gal, m3 or yd3.</source>
        <translation>Escriba la unidad como l, gal, m3 o yd3.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="191"/>
        <source>Write the currency as a three-letter code, such as USD or EUR.</source>
        <translation>Escriba la moneda como un código de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="192"/>
        <source>The ticket is still being uploaded; correct it once it is stored.</source>
        <translation>El ticket todavía se está subiendo; corríjalo cuando esté guardado.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="194"/>
        <source>The ticket has not been read yet; review it once its values are shown.</source>
        <translation>El ticket aún no se ha leído; revíselo cuando se muestren sus valores.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="196"/>
        <source>No values could be read from this ticket.</source>
        <translation>No se pudo leer ningún valor de este ticket.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="197"/>
        <source>Some values were hard to read.</source>
        <translation>Algunos valores eran difíciles de leer.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="198"/>
        <source>Gross − tare is {difference}, but the net weight says {net}.</source>
        <translation>Bruto − tara es {difference}, pero el peso neto dice {net}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="200"/>
        <source>The ticket&apos;s date is in the future.</source>
        <translation>La fecha del ticket está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="201"/>
        <source>The lines add up to {expected}, but the total says {total}.</source>
        <translation>Las líneas suman {expected}, pero el total dice {total}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="203"/>
        <source>Another ticket of the organisation has the number {number}.</source>
        <translation>Otro ticket de la organización tiene el número {number}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="205"/>
        <source>A newer version of the privacy policy has been published. Read it, then acknowledge it.</source>
        <translation>Se ha publicado una versión más reciente de la política de privacidad. Léala y luego confirme que la ha leído.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="207"/>
        <source>Only the Account Owner can see payment information.</source>
        <translation>Solo el Propietario de la cuenta puede ver la información de pago.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="208"/>
        <source>Only the Account Owner can change payment information.</source>
        <translation>Solo el Propietario de la cuenta puede cambiar la información de pago.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="210"/>
        <source>Full card numbers are never stored. Send only the last four digits of the card; the card itself is handled by our payment processor (Stripe).</source>
        <translation>Nunca se guardan números de tarjeta completos. Envíe solo los cuatro últimos dígitos de la tarjeta; de la tarjeta se encarga nuestro procesador de pagos (Stripe).</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="212"/>
        <source>Unknown field: {name}. Send card_last4 and card_brand.</source>
        <translation>Campo desconocido: {name}. Envíe card_last4 y card_brand.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="214"/>
        <source>card_last4 must be exactly the last four digits of the card.</source>
        <translation>card_last4 debe ser exactamente los cuatro últimos dígitos de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="216"/>
        <source>card_brand must be a card brand such as Visa.</source>
        <translation>card_brand debe ser una marca de tarjeta, como Visa.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="217"/>
        <source>Choose what to correct: name, phone or email.</source>
        <translation>Elija qué corregir: nombre, teléfono o correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="218"/>
        <source>A name needs 1 to 200 characters.</source>
        <translation>Un nombre necesita de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="219"/>
        <source>That is not a phone number. Use digits, spaces and an optional leading +.</source>
        <translation>Eso no es un número de teléfono. Use dígitos, espacios y, si quiere, un + al principio.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="221"/>
        <source>That is not a valid email address.</source>
        <translation>Esa no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="222"/>
        <source>Another account already uses that email address.</source>
        <translation>Otra cuenta ya usa esa dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="223"/>
        <source>Enter your password to confirm this request.</source>
        <translation>Escriba su contraseña para confirmar esta solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="224"/>
        <source>Only the Account Owner can see requests waiting for approval.</source>
        <translation>Solo el Propietario de la cuenta puede ver las solicitudes pendientes de aprobación.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="226"/>
        <source>This request is already {state}, so it cannot be {to_state} now.</source>
        <translation>Esta solicitud ya está {state}, así que ahora no puede quedar {to_state}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="228"/>
        <source>You already have a request of this type waiting for the Account Owner.</source>
        <translation>Ya tiene una solicitud de este tipo pendiente del Propietario de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="230"/>
        <source>Only the Account Owner can decide on privacy requests.</source>
        <translation>Solo el Propietario de la cuenta puede decidir sobre las solicitudes de privacidad.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="232"/>
        <source>Your own requests are decided by Ticket Pros, not by you.</source>
        <translation>Sus propias solicitudes las decide Ticket Pros, no usted.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="233"/>
        <source>Deleting tickets is only possible for a deletion request.</source>
        <translation>Eliminar tickets solo es posible en una solicitud de eliminación.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="235"/>
        <source>Say why the request is denied; the requester will see it.</source>
        <translation>Diga por qué se deniega la solicitud; el solicitante lo verá.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="237"/>
        <source>Only the person who filed a request can cancel it.</source>
        <translation>Solo la persona que presentó una solicitud puede cancelarla.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="239"/>
        <source>This request is already {state}; only a request waiting for the Account Owner can be cancelled.</source>
        <translation>Esta solicitud ya está {state}; solo se puede cancelar una solicitud pendiente del Propietario de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="241"/>
        <source>Say why more time is needed; the requester will see it.</source>
        <translation>Diga por qué se necesita más tiempo; el solicitante lo verá.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="243"/>
        <source>An extension is 1 to {days} days.</source>
        <translation>Una prórroga es de 1 a {days} días.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="244"/>
        <source>The deadline of this request was already extended once.</source>
        <translation>El plazo de esta solicitud ya se prorrogó una vez.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="246"/>
        <source>This request is already {state}.</source>
        <translation>Esta solicitud ya está {state}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="247"/>
        <source>This export is no longer kept. File a new request for a copy.</source>
        <translation>Esta exportación ya no se conserva. Presente una nueva solicitud para obtener una copia.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="249"/>
        <source>The export is not ready yet. Wait until the request is completed.</source>
        <translation>La exportación aún no está lista. Espere a que se complete la solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="251"/>
        <source>This download link has expired. Ask for a new one.</source>
        <translation>Este enlace de descarga ha caducado. Pida uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="252"/>
        <source>The export file is no longer available.</source>
        <translation>El archivo de exportación ya no está disponible.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="253"/>
        <source>Sent to the Account Owner.</source>
        <translation>Enviada al Propietario de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="254"/>
        <source>Sent to Ticket Pros.</source>
        <translation>Enviada a Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="255"/>
        <source>Deadline extended by {days} days: {reason}</source>
        <translation>Plazo prorrogado {days} días: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="256"/>
        <source>Requests of the Account Owner go to Ticket Pros directly.</source>
        <translation>Las solicitudes del Propietario de la cuenta van directamente a Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="258"/>
        <source>Cancelled by the requester.</source>
        <translation>Cancelada por el solicitante.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="259"/>
        <source>Ticket Pros started work on the request.</source>
        <translation>Ticket Pros empezó a trabajar en la solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="260"/>
        <source>Ticket Pros could not finish the request yet and has been alerted.</source>
        <translation>Ticket Pros aún no pudo terminar la solicitud y ha recibido un aviso.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="262"/>
        <source>The export is ready; the requester downloads it in the app.</source>
        <translation>La exportación está lista; el solicitante la descarga en la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="263"/>
        <source>Your {field} was corrected.</source>
        <translation>Se corrigió su {field}.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="264"/>
        <source>Processing restricted: no usage analytics and no value extraction.</source>
        <translation>Tratamiento limitado: sin análisis de uso y sin extracción de valores.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="266"/>
        <source>Objection recorded: no usage analytics.</source>
        <translation>Oposición registrada: sin análisis de uso.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="267"/>
        <source>Personal information erased and every session ended. Their tickets were deleted.</source>
        <translation>Información personal borrada y todas las sesiones cerradas. Sus tickets se eliminaron.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="269"/>
        <source>Personal information erased and every session ended. Their tickets stay with the organisation, uploader anonymised.</source>
        <translation>Información personal borrada y todas las sesiones cerradas. Sus tickets se quedan en la organización, con quien los subió anonimizado.</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="276"/>
        <source>waiting for the Account Owner</source>
        <extracomment>A param whose value is a machine word (a request&apos;s state, a corrected field): its words, by value.</extracomment>
        <translation>pendiente del Propietario de la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="277"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="278"/>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="279"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="280"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="281"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="285"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="286"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="287"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="291"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="292"/>
        <source>an action that starts a program</source>
        <translation>una acción que inicia un programa</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="293"/>
        <source>embedded files</source>
        <translation>archivos incrustados</translation>
    </message>
    <message>
        <location filename="../../app/service_sentences.py" line="294"/>
        <source>form actions that send or load data</source>
        <translation>acciones de formulario que envían o cargan datos</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/settings/dialog.py" line="31"/>
        <location filename="../../app/settings/dialog.py" line="41"/>
        <source>Follow the system</source>
        <extracomment>The ``language`` setting&apos;s choices; each language is named in itself.</extracomment>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="32"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="33"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="34"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="35"/>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="36"/>
        <source>Manual proxy</source>
        <translation>Proxy manual</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="37"/>
        <source>Stable</source>
        <translation>Estable</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="38"/>
        <source>Beta (earlier, less tested)</source>
        <translation>Beta (antes, menos probada)</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="42"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="43"/>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="45"/>
        <source>Set by your organisation</source>
        <translation>Establecido por su organización</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="79"/>
        <source>Settings</source>
        <extracomment>Set on a control whose setting the organisation&apos;s policy locks: nothing enables it again.</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="87"/>
        <source>Server address</source>
        <extracomment>Each setting&apos;s control, by the setting&apos;s name (a policy greys the locked ones).</extracomment>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="101"/>
        <source>Proxy address</source>
        <translation>Dirección del proxy</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="103"/>
        <source>intranet.example.com, .local</source>
        <translation>intranet.example.com, .local</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="104"/>
        <source>Hosts reached without the proxy</source>
        <translation>Hosts a los que se accede sin el proxy</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="106"/>
        <source>Now: through {proxy}</source>
        <translation>Ahora: a través de {proxy}</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="107"/>
        <source>Now: direct connection (no proxy)</source>
        <translation>Ahora: conexión directa (sin proxy)</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="112"/>
        <location filename="../../app/settings/dialog.py" line="179"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="114"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="115"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="116"/>
        <source>Proxy &amp;address</source>
        <translation>&amp;Dirección del proxy</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="117"/>
        <source>&amp;Bypass for</source>
        <translation>&amp;Excepciones</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="124"/>
        <source>Files uploaded at the same time</source>
        <translation>Archivos que se suben a la vez</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="126"/>
        <source>Applies when you press OK; files already being sent finish first.</source>
        <translation>Se aplica al pulsar Aceptar; los archivos que ya se están enviando terminan primero.</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="130"/>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="131"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="133"/>
        <source>Upload bandwidth limit</source>
        <translation>Límite de ancho de banda para cargas</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="135"/>
        <source>The most all uploads together may use; applies at once, also to files being sent.</source>
        <translation>Lo máximo que pueden usar todas las cargas juntas; se aplica de inmediato, también a los archivos que se están enviando.</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="136"/>
        <location filename="../../app/settings/dialog.py" line="180"/>
        <source>Uploads</source>
        <translation>Cargas</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="138"/>
        <source>Files at the &amp;same time</source>
        <translation>Archivos a la &amp;vez</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="139"/>
        <source>Bandwidth &amp;limit</source>
        <translation>&amp;Límite de ancho de banda</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="143"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="147"/>
        <location filename="../../app/settings/dialog.py" line="148"/>
        <source>Show desktop notifications</source>
        <translation>Mostrar notificaciones de escritorio</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="150"/>
        <location filename="../../app/settings/dialog.py" line="151"/>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizada en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="155"/>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="156"/>
        <source>Appearance and behaviour</source>
        <translation>Apariencia y comportamiento</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="158"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="165"/>
        <source>Settings problem</source>
        <translation>Problema en la configuración</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="168"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="169"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="181"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="203"/>
        <location filename="../../app/settings/dialog.py" line="213"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="208"/>
        <source>A new language applies the next time you start the app.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="211"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="233"/>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="239"/>
        <location filename="../../app/settings/dialog.py" line="240"/>
        <source>Check for updates automatically</source>
        <translation>Buscar actualizaciones automáticamente</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="241"/>
        <source>At start and once a day; updates are signed and verified before they are installed, and you choose when to restart.</source>
        <translation>Al iniciar y una vez al día; las actualizaciones están firmadas y se verifican antes de instalarse, y usted decide cuándo reiniciar.</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="245"/>
        <source>Update channel</source>
        <translation>Canal de actualizaciones</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="251"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../../app/settings/dialog.py" line="254"/>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
</context>
<context>
    <name>SignInRulesDialog</name>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="30"/>
        <source>Sign-in rules — {organisation}</source>
        <translation>Reglas de inicio de sesión — {organisation}</translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="35"/>
        <source>How everyone in {organisation} signs in to Ticket Pros.</source>
        <translation>Cómo inician sesión en Ticket Pros todas las personas de {organisation}.</translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="38"/>
        <source>Require two-step verification</source>
        <translation>Exigir la verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="39"/>
        <source>Everyone signs in with a code from an authenticator app. People who have not set it up are asked to at their next sign-in.</source>
        <translation>Todos inician sesión con un código de una aplicación de autenticación. A quienes no la hayan configurado se les pedirá en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="41"/>
        <source>Allow signing in with a password in the app</source>
        <translation>Permitir iniciar sesión con contraseña en la aplicación</translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="42"/>
        <source>When off, people sign in only through their browser, on the service&apos;s sign-in page.</source>
        <translation>Si se desactiva, las personas inician sesión solo en su navegador, en la página de inicio de sesión del servicio.</translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="70"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/account/sign_in_rules.py" line="92"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../app/signin/window.py" line="48"/>
        <source>Sign in — {app}</source>
        <extracomment>The widest the form gets, in device-independent pixels: lines short enough to read, fields as wide as a server address needs. Cancel while the browser sign-in is under way. The two-step code (or a recovery code) typed after the password. Back from the code step to the password.</extracomment>
        <translation>Iniciar sesión — {app}</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="56"/>
        <source>Ticket Pros logo</source>
        <translation>Logotipo de Ticket Pros</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="57"/>
        <source>Sign in to {app}</source>
        <translation>Iniciar sesión en {app}</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="62"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="65"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="66"/>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="68"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="70"/>
        <location filename="../../app/signin/window.py" line="72"/>
        <source>Keep me signed in on this computer</source>
        <translation>Mantener la sesión iniciada en esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="73"/>
        <source>Your session is kept in the system keyring, never in a file.</source>
        <translation>Su sesión se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="75"/>
        <location filename="../../app/signin/window.py" line="77"/>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="78"/>
        <source>Opens your organisation&apos;s sign-in page in your web browser; you come back here when you are signed in.</source>
        <translation>Abre la página de inicio de sesión de su organización en su navegador web; vuelve aquí cuando haya iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="82"/>
        <source>Cancel the browser sign-in</source>
        <translation>Cancelar el inicio de sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="89"/>
        <source>Or sign in with your password</source>
        <translation>O inicie sesión con su contraseña</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="94"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="97"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="98"/>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="103"/>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="111"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="114"/>
        <location filename="../../app/signin/window.py" line="115"/>
        <source>Sign in with password instead</source>
        <translation>Iniciar sesión con contraseña</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="118"/>
        <location filename="../../app/signin/window.py" line="119"/>
        <source>Sign in with password</source>
        <translation>Iniciar sesión con contraseña</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="171"/>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="178"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="179"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="183"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="185"/>
        <source>No phone with you? Enter one of your recovery codes instead; each works once.</source>
        <translation>¿No tiene su teléfono a mano? Escriba uno de sus códigos de recuperación; cada uno sirve una sola vez.</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="188"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="189"/>
        <source>Back to the password</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="191"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="193"/>
        <source>Verify the code</source>
        <translation>Verificar el código</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="241"/>
        <source>Enter the 6-digit code your authenticator app shows for {email}.</source>
        <translation>Escriba el código de 6 dígitos que muestra su aplicación de autenticación para {email}.</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="285"/>
        <location filename="../../app/signin/window.py" line="299"/>
        <source>server address</source>
        <translation>la dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="286"/>
        <source>email</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="287"/>
        <source>password</source>
        <translation>la contraseña</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="289"/>
        <location filename="../../app/signin/window.py" line="299"/>
        <source>Enter your {what}.</source>
        <translation>Escriba {what}.</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="289"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="291"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="302"/>
        <source>Opening your browser…</source>
        <translation>Abriendo su navegador…</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="310"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Escriba el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../app/signin/window.py" line="312"/>
        <source>Checking the code…</source>
        <translation>Verificando el código…</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../app/formatting.py" line="41"/>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <location filename="../../app/formatting.py" line="43"/>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
</context>
<context>
    <name>SubprocessorSection</name>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="26"/>
        <source>Who processes your data</source>
        <translation>Quién procesa sus datos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="27"/>
        <source>Subprocessors help run the service and may process information only to provide it.</source>
        <translation>Los subencargados ayudan a prestar el servicio y solo pueden procesar la información para prestarlo.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="31"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="32"/>
        <source>Data involved</source>
        <translation>Datos implicados</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="33"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="35"/>
        <source>Subprocessors</source>
        <translation>Subencargados</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="42"/>
        <source>Announced changes. You can object to a change until its deadline; the objection is filed as a privacy request.</source>
        <translation>Cambios anunciados. Puede oponerse a un cambio hasta su fecha límite; la oposición se presenta como una solicitud de privacidad.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="47"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="48"/>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="49"/>
        <source>Object by</source>
        <translation>Oposición hasta</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="50"/>
        <source>{date} (closed)</source>
        <translation>{date} (cerrado)</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="52"/>
        <source>Announced subprocessor changes</source>
        <translation>Cambios anunciados de subencargados</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="57"/>
        <source>Object to this change…</source>
        <translation>Oponerse a este cambio…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/subprocessors.py" line="57"/>
        <source>Object to the selected subprocessor change</source>
        <translation>Oponerse al cambio de subencargado seleccionado</translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="16"/>
        <source>Support and communications</source>
        <translation>Soporte y comunicaciones</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="17"/>
        <source>Messages you sent to Ticket Pros, kept to answer them.</source>
        <translation>Mensajes que envió a Ticket Pros, guardados para responderlos.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="21"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="22"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="24"/>
        <source>Support messages</source>
        <translation>Mensajes de soporte</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="27"/>
        <source>Request deletion…</source>
        <translation>Solicitar la eliminación…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="27"/>
        <source>Request deletion of my support messages</source>
        <translation>Solicitar la eliminación de mis mensajes de soporte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/support.py" line="33"/>
        <source>You sent %n messages.</source>
        <translation>
            <numerusform>Envió %n mensaje.</numerusform>
            <numerusform>Envió %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/support.py" line="35"/>
        <source>You have not sent any messages to Ticket Pros support.</source>
        <translation>No ha enviado ningún mensaje al soporte de Ticket Pros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/support.py" line="37"/>
        <source>Your organisation: %n messages.</source>
        <translation>
            <numerusform>Su organización: %n mensaje.</numerusform>
            <numerusform>Su organización: %n mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <location filename="../../app/tickets/page.py" line="90"/>
        <location filename="../../app/tickets/page.py" line="189"/>
        <source>No ticket selected</source>
        <translation>Ningún ticket seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="93"/>
        <source>Select a ticket in the list to see its pages and details.</source>
        <translation>Seleccione un ticket en la lista para ver sus páginas y detalles.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="98"/>
        <source>Job</source>
        <translation>Obra</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="98"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="99"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="99"/>
        <source>Uploaded by</source>
        <translation>Subido por</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="100"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="100"/>
        <source>Photo check</source>
        <translation>Revisión de la foto</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="110"/>
        <source>Pages of the ticket</source>
        <translation>Páginas del ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="115"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="115"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="118"/>
        <location filename="../../app/tickets/page.py" line="124"/>
        <source>Extracted values</source>
        <translation>Valores extraídos</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="125"/>
        <source>No values extracted from this ticket yet.</source>
        <translation>Todavía no se han extraído valores de este ticket.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="128"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="130"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="130"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="134"/>
        <source>History of this ticket&apos;s values</source>
        <translation>Historial de los valores de este ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="139"/>
        <source>Download page…</source>
        <translation>Descargar página…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="140"/>
        <source>Download the selected page</source>
        <translation>Descargar la página seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="141"/>
        <location filename="../../app/tickets/page.py" line="223"/>
        <source>Review values…</source>
        <translation>Revisar valores…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="142"/>
        <source>Review and correct the values read from this ticket</source>
        <translation>Revisar y corregir los valores leídos de este ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="143"/>
        <source>Delete ticket…</source>
        <translation>Eliminar ticket…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="144"/>
        <source>Delete this ticket</source>
        <translation>Eliminar este ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="146"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="161"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="191"/>
        <source>Ticket {number}</source>
        <translation>Ticket {number}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="191"/>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="196"/>
        <source>(former user)</source>
        <translation>(antiguo usuario)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="200"/>
        <source>Page {page}: {name} ({size})</source>
        <translation>Página {page}: {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="203"/>
        <source>{type}, SHA-256 {digest}</source>
        <translation>{type}, SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="213"/>
        <source>{value} (check)</source>
        <translation>{value} (revisar)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="223"/>
        <source>Values and history…</source>
        <translation>Valores e historial…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="243"/>
        <source>A photo looks blurred; the numbers may not be readable.</source>
        <translation>Una foto se ve borrosa; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="244"/>
        <source>A photo is too dark; the numbers may not be readable.</source>
        <translation>Una foto está demasiado oscura; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="245"/>
        <source>A photo is washed out by light; the numbers may not be readable.</source>
        <translation>Una foto está sobreexpuesta por la luz; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="246"/>
        <source>A photo has too few pixels; the numbers may not be readable.</source>
        <translation>Una foto tiene muy pocos píxeles; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="247"/>
        <source>A page fills only a small part of its photo; the numbers may not be readable.</source>
        <translation>Una página ocupa solo una pequeña parte de su foto; los números podrían no ser legibles.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="250"/>
        <source>A photo may not be readable.</source>
        <translation>Es posible que una foto no se pueda leer.</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Ticket</source>
        <extracomment>Load the page starting at this offset (the generation tells stale replies apart). Load the thumbnail of (ticket id, file id).</extracomment>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Job</source>
        <translation>Obra</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="73"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="74"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="74"/>
        <source>Uploaded by</source>
        <translation>Subido por</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="178"/>
        <source>No ticket number</source>
        <translation>Sin número de ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="188"/>
        <source>(former user)</source>
        <translation>(antiguo usuario)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/model.py" line="197"/>
        <source>Ticket {number}, %n pages, {status}</source>
        <translation>
            <numerusform>Ticket {number}, %n página, {status}</numerusform>
            <numerusform>Ticket {number}, %n páginas, {status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="198"/>
        <source>without number</source>
        <translation>sin número</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <location filename="../../app/tickets/model.py" line="28"/>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="29"/>
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="30"/>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="31"/>
        <source>Values extracted</source>
        <translation>Valores extraídos</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="32"/>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="33"/>
        <source>Extraction failed</source>
        <translation>Falló la extracción</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="40"/>
        <source>Ticket number</source>
        <extracomment>Names of the values the service extracts (``ticket.extracted_values``).</extracomment>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="41"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../app/tickets/model.py" line="42"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../app/tickets/page.py" line="300"/>
        <location filename="../../app/tickets/page.py" line="356"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="302"/>
        <source>Browse, search and download the tickets you have sent.</source>
        <translation>Explore, busque y descargue los tickets que ha enviado.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="306"/>
        <source>Search ticket number, job, notes or file name</source>
        <translation>Buscar número, obra, notas o archivo</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="307"/>
        <source>Search tickets</source>
        <translation>Buscar tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="312"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="313"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="318"/>
        <source>Filter by upload date</source>
        <translation>Filtrar por fecha de carga</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="319"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="319"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="319"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="320"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="320"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="324"/>
        <source>Whose tickets</source>
        <translation>De quién son los tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="325"/>
        <source>Organisation&apos;s tickets</source>
        <translation>Tickets de la organización</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="326"/>
        <source>My tickets</source>
        <translation>Mis tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="329"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="330"/>
        <source>Refresh the ticket list</source>
        <translation>Actualizar la lista de tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="332"/>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="334"/>
        <source>Show only the tickets to review</source>
        <translation>Mostrar solo los tickets por revisar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="340"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="341"/>
        <source>Export the listed tickets to CSV or Excel</source>
        <translation>Exportar los tickets de la lista a CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="390"/>
        <source>Go to Uploads</source>
        <translation>Ir a Cargas</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="391"/>
        <source>Go to the Uploads page</source>
        <translation>Ir a la página Cargas</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="393"/>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="394"/>
        <source>Clear the search and the filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="396"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="397"/>
        <source>Load the tickets again</source>
        <translation>Volver a cargar los tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="427"/>
        <source>How many tickets are shown</source>
        <translation>Cuántos tickets se muestran</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="429"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="434"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="437"/>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="495"/>
        <source>%n tickets to review</source>
        <translation>
            <numerusform>%n ticket por revisar</numerusform>
            <numerusform>%n tickets por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="496"/>
        <source>%n tickets to review (Ctrl+R reviews them one by one)</source>
        <translation>
            <numerusform>%n ticket por revisar (Ctrl+R los revisa uno por uno)</numerusform>
            <numerusform>%n tickets por revisar (Ctrl+R los revisa uno por uno)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="512"/>
        <source>Nothing to review.</source>
        <translation>No hay nada por revisar.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="548"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="548"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="550"/>
        <source>Export tickets</source>
        <translation>Exportar tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="563"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="575"/>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="588"/>
        <source>Exporting… {size}</source>
        <translation>Exportando… {size}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="594"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="601"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="644"/>
        <source>Showing {shown} of %Ln tickets</source>
        <translation>
            <numerusform>Se muestra {shown} de %Ln ticket</numerusform>
            <numerusform>Se muestran {shown} de %Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="646"/>
        <source> · loading more…</source>
        <translation> · cargando más…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="650"/>
        <source>Loading tickets…</source>
        <translation>Cargando tickets…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="656"/>
        <source>The tickets could not be loaded</source>
        <translation>No se pudieron cargar los tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="662"/>
        <source>No tickets</source>
        <translation>No hay tickets</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="666"/>
        <source>No tickets match your search or filters.</source>
        <translation>Ningún ticket coincide con su búsqueda o sus filtros.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="668"/>
        <source>No tickets yet. Upload photos, scans or PDFs on the Uploads page.</source>
        <translation>Todavía no hay tickets. Suba fotos, escaneos o PDF en la página Cargas.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="684"/>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="685"/>
        <source>Merge the selected tickets into one</source>
        <translation>Combinar los tickets seleccionados en uno</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="686"/>
        <source>Select two or more tickets (Ctrl+click) to merge them into one</source>
        <translation>Seleccione dos o más tickets (Ctrl+clic) para combinarlos en uno</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="707"/>
        <source>Merge tickets?</source>
        <translation>¿Combinar los tickets?</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="708"/>
        <source>Merge {count} tickets into ticket {number}, {pages} pages in all, in the order they were uploaded?</source>
        <translation>¿Combinar {count} tickets en el ticket {number}, con {pages} páginas en total, en el orden en que se subieron?</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="711"/>
        <source>The other tickets are removed; their files become pages of this one. Values read from the pages are read again. This cannot be undone.</source>
        <translation>Los demás tickets se eliminan; sus archivos pasan a ser páginas de este. Los valores leídos de las páginas se vuelven a leer. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="713"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="717"/>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="725"/>
        <source>Merged into ticket {number}: {pages} pages.</source>
        <translation>Combinados en el ticket {number}: {pages} páginas.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="766"/>
        <source>This ticket no longer exists. Refresh the list.</source>
        <translation>Este ticket ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="782"/>
        <source>Save page as</source>
        <translation>Guardar página como</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="787"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="802"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="813"/>
        <source>Delete ticket?</source>
        <translation>¿Eliminar el ticket?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tickets/page.py" line="814"/>
        <source>Delete ticket {number} and its %n pages? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar el ticket {number} y su página? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar el ticket {number} y sus %n páginas? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="710"/>
        <location filename="../../app/tickets/page.py" line="726"/>
        <location filename="../../app/tickets/page.py" line="815"/>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="816"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/tickets/page.py" line="829"/>
        <source>The ticket was deleted.</source>
        <translation>El ticket se eliminó.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../app/tray.py" line="25"/>
        <source>Open {app}</source>
        <translation>Abrir {app}</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="26"/>
        <source>Pause all uploads</source>
        <translation>Pausar todas las cargas</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="27"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="28"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>TwoStepDialog</name>
    <message>
        <location filename="../../app/account/two_step.py" line="79"/>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="89"/>
        <source>Loading…</source>
        <extracomment>Chooses where the recovery codes go (a file dialog; tests replace it).</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="99"/>
        <source>Two-step verification status</source>
        <translation>Estado de la verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="118"/>
        <source>Set up two-step verification…</source>
        <translation>Configurar la verificación en dos pasos…</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="120"/>
        <location filename="../../app/account/two_step.py" line="180"/>
        <source>Set up two-step verification</source>
        <translation>Configurar la verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="127"/>
        <source>Two-step verification is off</source>
        <translation>La verificación en dos pasos está desactivada</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="136"/>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para su aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="141"/>
        <source>Key for your authenticator app</source>
        <translation>Clave para su aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="143"/>
        <source>Copy key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="144"/>
        <source>Copy the key</source>
        <translation>Copiar la clave</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="147"/>
        <source>Code from your authenticator app</source>
        <translation>Código de su aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="148"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="152"/>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="154"/>
        <source>Turn on two-step verification</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="162"/>
        <source>1. In your authenticator app, add an account and scan this QR code.</source>
        <translation>1. En su aplicación de autenticación, agregue una cuenta y escanee este código QR.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="163"/>
        <source>Or type this key into the app (time-based):</source>
        <translation>O escriba esta clave en la aplicación (basada en el tiempo):</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="166"/>
        <source>The key is shown only now. Keep it to yourself.</source>
        <translation>La clave solo se muestra ahora. No la comparta con nadie.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="172"/>
        <source>2. &amp;Code the app shows now:</source>
        <translation>2. &amp;Código que muestra ahora la aplicación:</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="201"/>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="206"/>
        <source>Copy codes</source>
        <translation>Copiar códigos</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="207"/>
        <source>Copy the recovery codes</source>
        <translation>Copiar los códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="209"/>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="210"/>
        <source>Save the recovery codes to a file</source>
        <translation>Guardar los códigos de recuperación en un archivo</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="212"/>
        <source>I have saved my recovery codes somewhere safe</source>
        <translation>Guardé mis códigos de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="213"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="227"/>
        <location filename="../../app/account/two_step.py" line="262"/>
        <source>Two-step verification is on</source>
        <translation>La verificación en dos pasos está activada</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="229"/>
        <source>Save these ten recovery codes. Each one signs you in once if you do not have your phone. They are shown only now.</source>
        <translation>Guarde estos diez códigos de recuperación. Cada uno le permite iniciar sesión una vez si no tiene su teléfono. Solo se muestran ahora.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="240"/>
        <source>Your organisation requires two-step verification, so it stays on.</source>
        <translation>Su organización exige la verificación en dos pasos, así que se queda activada.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="244"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="246"/>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="247"/>
        <source>Turn off two-step verification</source>
        <translation>Desactivar la verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="250"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="258"/>
        <source>To turn it off, enter the password you sign in with.</source>
        <translation>Para desactivarla, escriba la contraseña con la que inicia sesión.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="279"/>
        <source>Your organisation requires two-step verification. Set it up now with an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP); after that, signing in asks for the code it shows.</source>
        <translation>Su organización exige la verificación en dos pasos. Configúrela ahora con una aplicación de autenticación en su teléfono (como Google Authenticator, Microsoft Authenticator o FreeOTP); después, al iniciar sesión se le pedirá el código que muestre.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="284"/>
        <source>With two-step verification, signing in asks for your password and a code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP), so a stolen password alone is not enough.</source>
        <translation>Con la verificación en dos pasos, al iniciar sesión se le pide su contraseña y un código de una aplicación de autenticación en su teléfono (como Google Authenticator, Microsoft Authenticator o FreeOTP), así que una contraseña robada no basta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/account/two_step.py" line="291"/>
        <source>%n of 10 recovery codes left.</source>
        <translation>
            <numerusform>Queda %n de 10 códigos de recuperación.</numerusform>
            <numerusform>Quedan %n de 10 códigos de recuperación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="293"/>
        <source>On since {when}.</source>
        <translation>Activada desde el {when}.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="319"/>
        <source>Enter the 6-digit code your authenticator app shows for Ticket Pros.</source>
        <translation>Escriba el código de 6 dígitos que muestra su aplicación de autenticación para Ticket Pros.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="323"/>
        <source>Checking the code…</source>
        <translation>Verificando el código…</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="359"/>
        <source>The recovery codes are copied. Paste them somewhere safe, such as a password manager.</source>
        <translation>Se copiaron los códigos de recuperación. Péguelos en un lugar seguro, como un administrador de contraseñas.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="363"/>
        <source>Save recovery codes</source>
        <translation>Guardar los códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="365"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="378"/>
        <source>Saved to {path}. Keep the file somewhere safe, away from this computer if you can.</source>
        <translation>Guardado en {path}. Guarde el archivo en un lugar seguro, fuera de esta computadora si puede.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="384"/>
        <source>Enter your password to turn two-step verification off.</source>
        <translation>Escriba su contraseña para desactivar la verificación en dos pasos.</translation>
    </message>
    <message>
        <location filename="../../app/account/two_step.py" line="394"/>
        <source>Two-step verification is off. Signing in asks only for your password.</source>
        <translation>La verificación en dos pasos está desactivada. Al iniciar sesión solo se le pide su contraseña.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <location filename="../../app/updates/controller.py" line="107"/>
        <source>Updates are switched off by your organisation.</source>
        <extracomment>The last state any controller showed (the About box reads it). Files not yet uploaded (both queues) when the download finished. Set when this account cannot write the install folder. The one-line state changed (About box, status bar). The person chose &quot;Restart to update&quot;: the app must quit (``finish_pending`` follows).</extracomment>
        <translation>Su organización desactivó las actualizaciones.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="108"/>
        <source>Automatic updates are off.</source>
        <translation>Las actualizaciones automáticas están desactivadas.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="109"/>
        <source>Not checked yet.</source>
        <translation>Todavía no se ha buscado.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="122"/>
        <source>this version keeps working</source>
        <translation>esta versión sigue funcionando</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="124"/>
        <source>The update repository&apos;s signed information has expired, so nothing was installed; {keep}.</source>
        <translation>La información firmada del repositorio de actualizaciones venció, así que no se instaló nada; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="126"/>
        <source>The update repository offered older signed information than this computer has already seen (a rollback), so it was refused; {keep}.</source>
        <translation>El repositorio de actualizaciones ofreció información firmada más antigua que la que este equipo ya había visto (una reversión), así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="128"/>
        <source>The update repository&apos;s information is not signed with Ticket Pros&apos; key, so it was refused; {keep}.</source>
        <translation>La información del repositorio de actualizaciones no está firmada con la clave de Ticket Pros, así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="130"/>
        <source>The downloaded update does not match its signed description (it may have been tampered with), so it was refused; {keep}.</source>
        <translation>La actualización descargada no coincide con su descripción firmada (es posible que la hayan alterado), así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="132"/>
        <source>The update repository {repository} could not be reached; {keep}.</source>
        <translation>No se pudo acceder al repositorio de actualizaciones {repository}; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="133"/>
        <source>The update repository&apos;s information could not be verified, so it was refused; {keep}.</source>
        <translation>No se pudo verificar la información del repositorio de actualizaciones, así que se rechazó; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="135"/>
        <source>The update could not be saved on this computer; {keep}.</source>
        <translation>No se pudo guardar la actualización en este equipo; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="136"/>
        <source>This copy runs from source or was installed with pip, so it updates with pip, not by itself.</source>
        <translation>Esta copia se ejecuta desde el código fuente o se instaló con pip, así que se actualiza con pip, no por sí sola.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="138"/>
        <source>This build carries no update key, so it cannot update itself.</source>
        <translation>Esta compilación no incluye una clave de actualización, así que no puede actualizarse por sí sola.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="139"/>
        <source>Ticket Pros is installed in {install_dir}, which this account cannot change; ask your administrator to install version {version}.</source>
        <translation>Ticket Pros está instalado en {install_dir}, que esta cuenta no puede modificar; pida a su administrador que instale la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="142"/>
        <source>The update failed; {keep}.</source>
        <translation>La actualización falló; {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="174"/>
        <source>Checking for updates…</source>
        <translation>Buscando actualizaciones…</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="181"/>
        <source>Downloading version {version}… {percent}% of {size}</source>
        <translation>Descargando la versión {version}… {percent}% de {size}</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="187"/>
        <source>Up to date (checked at {time}).</source>
        <translation>Actualizado (se buscó a las {time}).</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="194"/>
        <source>Version {version} is ready: restart to update.</source>
        <translation>La versión {version} está lista: reinicie para actualizar.</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="211"/>
        <source>Version {version} of Ticket Pros is downloaded and verified.</source>
        <translation>La versión {version} de Ticket Pros está descargada y verificada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/updates/controller.py" line="215"/>
        <source>%n files are still uploading; they continue after the restart.</source>
        <translation>
            <numerusform>%n archivo todavía se está subiendo; continúa después del reinicio.</numerusform>
            <numerusform>%n archivos todavía se están subiendo; continúan después del reinicio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="217"/>
        <source>Update ready</source>
        <translation>Actualización lista</translation>
    </message>
    <message>
        <location filename="../../app/updates/controller.py" line="218"/>
        <source>Restart to update</source>
        <translation>Reiniciar para actualizar</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>File</source>
        <extracomment>The fraction of a file sent, 0 to 1 (what the progress cell&apos;s bar shows). States with nothing to show in the progress column. A row&apos;s thumbnail is wanted: (item id, sha256, staged path). Items that became HELD or stopped being HELD, or were removed while held (their ids): the page gives only these rows their Send anyway / Remove buttons or takes them away. Files per state, and bytes to send and sent, kept up to date by every change.</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="136"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="335"/>
        <source>Removed before upload: {what}</source>
        <translation>Eliminado antes de subir: {what}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="350"/>
        <source>{name}: {problem} Send it anyway, or remove it?</source>
        <translation>{name}: {problem} ¿Enviarla de todos modos o quitarla?</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="436"/>
        <source>Checking and removing location data…</source>
        <translation>Revisando y eliminando los datos de ubicación…</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="438"/>
        <source>Looking for an earlier upload of this file…</source>
        <translation>Buscando una carga anterior de este archivo…</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="440"/>
        <source>Already uploaded ({where}). Upload it anyway, or skip it?</source>
        <translation>Ya se subió ({where}). ¿Subirlo de todos modos u omitirlo?</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="445"/>
        <source>Waiting to upload</source>
        <translation>En espera de subir</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="447"/>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="449"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="451"/>
        <source>The upload failed.</source>
        <translation>La carga falló.</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="454"/>
        <source>{error} Next try at {time}.</source>
        <translation>{error} Próximo intento a las {time}.</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="455"/>
        <source>{error} Use “Retry now” to try again.</source>
        <translation>{error} Use “Reintentar ahora” para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="458"/>
        <source>Uploaded as page {page} of {count}</source>
        <translation>Subido como página {page} de {count}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="460"/>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="462"/>
        <source>{status}, with its warning: {problem}</source>
        <translation>{status}, con su advertencia: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="466"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="467"/>
        <source>This file cannot be uploaded.</source>
        <translation>Este archivo no se puede subir.</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="473"/>
        <source>This photo may not be readable.</source>
        <translation>Es posible que esta foto no se pueda leer.</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="480"/>
        <source>{status} {note}</source>
        <translation>{status} {note}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="504"/>
        <source>ticket {number}</source>
        <translation>ticket {number}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="505"/>
        <source>an earlier ticket</source>
        <translation>un ticket anterior</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="507"/>
        <source>also in this list as {name}</source>
        <translation>también en esta lista como {name}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/model.py" line="508"/>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <location filename="../../app/uploads/page.py" line="54"/>
        <source>Photos, scans and PDFs (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.pdf);;All files (*)</source>
        <extracomment>The file dialog&apos;s filter, marked so lupdate puts it in the catalogue; translated where the dialog opens (``self.tr`` of UploadsPage).</extracomment>
        <translation>Fotos, escaneos y PDF (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="218"/>
        <source>Uploads</source>
        <extracomment>The user&apos;s upload settings now (they may change before the queue opens). Whose files this page shows and sends (the queue file is shared by the accounts of this computer).</extracomment>
        <translation>Cargas</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="220"/>
        <source>Send photos, scans and PDFs of your tickets. Location data is removed first.</source>
        <translation>Envíe fotos, escaneos y PDF de sus tickets. Primero se eliminan los datos de ubicación.</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="228"/>
        <source>One ticket per file</source>
        <translation>Un ticket por archivo</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="229"/>
        <source>Send each file as its own ticket</source>
        <translation>Enviar cada archivo como un ticket propio</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="231"/>
        <source>All files as pages of one ticket</source>
        <translation>Todos los archivos como páginas de un ticket</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="232"/>
        <source>Send the files as the pages of one ticket</source>
        <translation>Enviar los archivos como las páginas de un solo ticket</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="236"/>
        <source>Ticket number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="237"/>
        <source>Job</source>
        <translation>Obra</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="238"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="253"/>
        <source>Upload queue</source>
        <translation>Cola de carga</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="278"/>
        <source>No files waiting. Drop photos, scans or PDFs above, or use “Choose files…”.</source>
        <translation>No hay archivos en espera. Suelte arriba fotos, escaneos o PDF, o use “Elegir archivos…”.</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="287"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="287"/>
        <source>Pause the selected files</source>
        <translation>Pausar los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="288"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="288"/>
        <source>Resume the selected files</source>
        <translation>Reanudar los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="290"/>
        <source>Retry now</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="290"/>
        <source>Retry the selected files now</source>
        <translation>Reintentar ahora los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="292"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="292"/>
        <source>Cancel the selected files</source>
        <translation>Cancelar los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="294"/>
        <source>Upload anyway</source>
        <translation>Subir aun así</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="295"/>
        <source>Upload the selected duplicates anyway</source>
        <translation>Subir de todos modos los duplicados seleccionados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="297"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="297"/>
        <source>Skip the selected duplicates</source>
        <translation>Omitir los duplicados seleccionados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="300"/>
        <location filename="../../app/uploads/page.py" line="681"/>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="300"/>
        <source>Pause or resume all uploads</source>
        <translation>Pausar o reanudar todas las cargas</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="302"/>
        <source>Clear finished</source>
        <translation>Quitar terminados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="303"/>
        <source>Remove uploaded, cancelled and refused files from the list</source>
        <translation>Quitar de la lista los archivos subidos, cancelados y rechazados</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="316"/>
        <source>Total progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="321"/>
        <source>Total progress and speed</source>
        <translation>Progreso total y velocidad</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="347"/>
        <source>Split pages</source>
        <translation>Separar páginas</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="348"/>
        <source>Send each page of multi-page PDFs and TIFFs as its own ticket</source>
        <translation>Enviar cada página de los PDF y TIFF de varias páginas como un ticket propio</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="349"/>
        <source>Each page of a multi-page PDF or TIFF becomes its own ticket (the pages are copied as they are).</source>
        <translation>Cada página de un PDF o TIFF de varias páginas se convierte en un ticket propio (las páginas se copian tal como están).</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="380"/>
        <location filename="../../app/uploads/page.py" line="423"/>
        <source>Send anyway</source>
        <translation>Enviar aun así</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="381"/>
        <source>Send the selected held photos as they are</source>
        <translation>Enviar las fotos retenidas seleccionadas tal como están</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="383"/>
        <location filename="../../app/uploads/page.py" line="424"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="383"/>
        <source>Remove the selected held photos from the queue</source>
        <translation>Quitar de la cola las fotos retenidas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="423"/>
        <source>Send {name} anyway</source>
        <translation>Enviar {name} de todos modos</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="424"/>
        <source>Remove {name} from the queue</source>
        <translation>Quitar {name} de la cola</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="549"/>
        <source>Choose files to upload</source>
        <translation>Elegir archivos para subir</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="554"/>
        <source>Choose a folder to upload</source>
        <translation>Elegir una carpeta para subir</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="681"/>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="701"/>
        <source>Nothing to upload.</source>
        <translation>No hay nada que subir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/page.py" line="704"/>
        <source>{done} of %n files uploaded</source>
        <translation>
            <numerusform>{done} de %n archivo subido</numerusform>
            <numerusform>{done} de %n archivos subidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="705"/>
        <source>{sent} of {total}</source>
        <translation>{sent} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="707"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="710"/>
        <source>limited to {limit} KiB/s</source>
        <translation>limitado a {limit} KiB/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/page.py" line="713"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/page.py" line="716"/>
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n espera su decisión</numerusform>
            <numerusform>%n esperan su decisión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/uploads/page.py" line="718"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>UsageSection</name>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="17"/>
        <source>Usage data</source>
        <translation>Datos de uso</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="18"/>
        <source>Which screens and actions you use, from which devices; used to keep the service reliable and secure.</source>
        <translation>Qué pantallas y acciones usa, y desde qué dispositivos; se usa para mantener el servicio confiable y seguro.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="23"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="24"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="25"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="27"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="30"/>
        <source>Restrict processing…</source>
        <translation>Restringir el tratamiento…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="30"/>
        <source>Request restriction of processing</source>
        <translation>Solicitar la restricción del tratamiento</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="32"/>
        <source>Object…</source>
        <translation>Oponerse…</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="32"/>
        <source>Object to the processing of usage data</source>
        <translation>Oponerse al tratamiento de los datos de uso</translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="38"/>
        <source>Usage data is not being recorded for you (recorded {flags}).</source>
        <translation>No se están registrando datos de uso suyos (registrado: {flags}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/privacy/sections/usage.py" line="41"/>
        <source>%Ln requests in the last {days} days; last used {when}.</source>
        <translation>
            <numerusform>%Ln solicitud en los últimos {days} días; último uso: {when}.</numerusform>
            <numerusform>%Ln solicitudes en los últimos {days} días; último uso: {when}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/privacy/sections/usage.py" line="44"/>
        <source>No usage recorded in the last {days} days.</source>
        <translation>No se registró uso en los últimos {days} días.</translation>
    </message>
</context>
<context>
    <name>WatchedFolderDialog</name>
    <message>
        <location filename="../../app/settings/watched.py" line="54"/>
        <source>Add a watched folder</source>
        <translation>Agregar una carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="54"/>
        <source>Edit a watched folder</source>
        <translation>Editar una carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="61"/>
        <location filename="../../app/settings/watched.py" line="83"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="63"/>
        <source>Job of the tickets</source>
        <translation>Obra de los tickets</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="64"/>
        <location filename="../../app/settings/watched.py" line="67"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="66"/>
        <source>Notes on the tickets</source>
        <translation>Notas de los tickets</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="69"/>
        <source>Tickets made</source>
        <translation>Tickets creados</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="74"/>
        <source>After upload</source>
        <translation>Después de subir</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="78"/>
        <source>A file that cannot be uploaded goes to a “Not uploaded” sub-folder, with a text file beside it that says why.</source>
        <translation>Un archivo que no se puede subir va a una subcarpeta “Not uploaded”, con un archivo de texto al lado que explica por qué.</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="84"/>
        <source>&amp;Job</source>
        <translation>&amp;Obra</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="85"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="86"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="87"/>
        <source>&amp;After upload</source>
        <translation>&amp;Después de subir</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="103"/>
        <source>Delete files after upload?</source>
        <translation>¿Eliminar los archivos después de subirlos?</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="104"/>
        <source>Files in {folder} will be deleted once they are uploaded.</source>
        <translation>Los archivos de {folder} se eliminarán una vez subidos.</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="106"/>
        <source>They are kept on the service as tickets; this computer keeps no copy. Files that cannot be uploaded are never deleted.</source>
        <translation>Se guardan en el servicio como tickets; este equipo no conserva ninguna copia. Los archivos que no se pueden subir nunca se eliminan.</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="108"/>
        <source>Delete after upload</source>
        <translation>Eliminar después de subir</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <location filename="../../app/settings/watched.py" line="36"/>
        <source>One ticket per file</source>
        <translation>Un ticket por archivo</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="37"/>
        <source>One ticket per page</source>
        <translation>Un ticket por página</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="38"/>
        <source>Each sub-folder as one ticket</source>
        <translation>Cada subcarpeta como un ticket</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="39"/>
        <source>Move to “Uploaded”</source>
        <translation>Mover a “Uploaded”</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="40"/>
        <source>Leave in place</source>
        <translation>Dejar donde está</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="41"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersEditor</name>
    <message>
        <location filename="../../app/settings/watched.py" line="127"/>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>After upload</source>
        <translation>Después de subir</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="130"/>
        <source>Job</source>
        <translation>Obra</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="140"/>
        <source>No watched folders. Add the folder your scanner or phone saves to, and its files become tickets.</source>
        <translation>No hay carpetas vigiladas. Agregue la carpeta donde guarda su escáner o su teléfono, y sus archivos se convertirán en tickets.</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="144"/>
        <source>&amp;Add folder…</source>
        <translation>&amp;Agregar carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="145"/>
        <source>Add a watched folder</source>
        <translation>Agregar una carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="147"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="148"/>
        <source>Edit the selected watched folder</source>
        <translation>Editar la carpeta vigilada seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="150"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="151"/>
        <source>Stop watching the selected folder</source>
        <translation>Dejar de vigilar la carpeta seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/settings/watched.py" line="168"/>
        <source>Folder to watch</source>
        <translation>Carpeta que vigilar</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersPanel</name>
    <message>
        <location filename="../../app/uploads/watched.py" line="59"/>
        <source>Watched folder {name}</source>
        <translation>Carpeta vigilada {name}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="65"/>
        <source>State of {name}</source>
        <translation>Estado de {name}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="89"/>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="140"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="140"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="141"/>
        <source>Resume watching {name}</source>
        <translation>Reanudar la vigilancia de {name}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="142"/>
        <source>Pause watching {name}</source>
        <translation>Pausar la vigilancia de {name}</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="145"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="145"/>
        <source>Watching</source>
        <translation>Vigilando</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="146"/>
        <source>Watching (checked at intervals)</source>
        <translation>Vigilando (se revisa a intervalos)</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="146"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="147"/>
        <source>Not watching</source>
        <translation>Sin vigilar</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="147"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="156"/>
        <source>Last: {name}, queued</source>
        <translation>Último: {name}, en cola</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="158"/>
        <source>Last: {name}, uploaded</source>
        <translation>Último: {name}, subido</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="160"/>
        <source>Last: {name}, not uploaded</source>
        <translation>Último: {name}, no subido</translation>
    </message>
    <message>
        <location filename="../../app/uploads/watched.py" line="162"/>
        <source>No file yet</source>
        <translation>Todavía ningún archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/uploads/watched.py" line="164"/>
        <source>%n not uploaded (see the “Not uploaded” folder)</source>
        <translation>
            <numerusform>%n sin subir (vea la carpeta “Not uploaded”)</numerusform>
            <numerusform>%n sin subir (vea la carpeta “Not uploaded”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../app/cli/_argparse.py" line="21"/>
        <source>usage: </source>
        <extracomment>The messages of argparse (Python 3.11+) a person can see.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="22"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="23"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="24"/>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="25"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="26"/>
        <source>subcommands</source>
        <translation>subcomandos</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="27"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="28"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="29"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="30"/>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="31"/>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="33"/>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="34"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="35"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="36"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="37"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="38"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="39"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="40"/>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="41"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="42"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>valor no válido: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="43"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analizador desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/_argparse.py" line="44"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/about.py" line="54"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="68"/>
        <source>Please send the file &lt;b&gt;{file}&lt;/b&gt; to support@ticketpros.io with a few words about what happened. It contains no passwords or sign-in tokens.</source>
        <translation>Envíe el archivo &lt;b&gt;{file}&lt;/b&gt; a support@ticketpros.io con unas palabras sobre lo que pasó. No contiene contraseñas ni tokens de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="72"/>
        <source>The folder could not be opened automatically; the file is at the path above.</source>
        <translation>No se pudo abrir la carpeta automáticamente; el archivo está en la ruta indicada arriba.</translation>
    </message>
    <message>
        <location filename="../../app/about.py" line="73"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
</context>
</TS>
