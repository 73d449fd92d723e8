; Ticket Pros Desktop: Windows installer (NSIS 3, MultiUser.nsh, Modern UI 2).
;
; Built from the PyInstaller folder of `./dev bundle` (dist/ticketpros) by `./dev installers`:
;   makensis -DVERSION=1.2.3 -DSOURCE_DIR=dist/ticketpros -DOUTFILE=dist/installers/TicketPros-1.2.3-setup.exe \
;            installer/windows/ticketpros.nsi
; Optional: -DAPP_EXE=<the GUI executable inside SOURCE_DIR> (default TicketPros.exe),
;           -DICON=<an .ico> (build/icons/app.ico, which build.spec makes),
;           -DUNCOMPRESSED (files stored, not compressed: CI's quick compile check, never a release).
;
; Installs per user (no administrator: %LOCALAPPDATA%\Programs\Ticket Pros) or per machine
; (C:\Program Files\Ticket Pros), chosen on the first page, or with /CurrentUser or /AllUsers.
; Silent deployment:
;   TicketPros-1.2.3-setup.exe /S /AllUsers /SERVER_URL=https://tickets.example.org
; per machine writes the server address as the machine's policy (locked:
; HKLM\Software\Policies\Ticket Pros, value server_url); per user it becomes the person's
; default (HKCU\Software\Ticket Pros\Defaults, value server_url), which they may change.
; Uninstalling removes the program, its Start-menu entry and its uninstall entry; it leaves
; the person's settings, upload queue and the organisation's policy alone.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is required: makensis -DVERSION=1.2.3 ..."
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\..\dist\ticketpros"
!endif
!ifndef OUTFILE
  !define OUTFILE "TicketPros-${VERSION}-setup.exe"
!endif
!ifndef APP_EXE
  !define APP_EXE "TicketPros.exe"
!endif

!define APP_NAME "Ticket Pros"
!define COMPANY "Ticket Pros LLC"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TicketPros"
!define POLICY_KEY "Software\Policies\Ticket Pros"
!define USER_DEFAULTS_KEY "Software\Ticket Pros\Defaults"

!ifdef UNCOMPRESSED
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${COMPANY}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "CompanyName" "${COMPANY}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "(c) ${COMPANY}"

; -- per user or per machine ---------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
; Where the uninstaller and a later installer find the mode and folder of this install.
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var ServerUrl

Function .onInit
  ; The app is 64-bit: its registry reads see the 64-bit view, so this installer writes there.
  SetRegView 64
  !insertmacro MULTIUSER_INIT
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/SERVER_URL=" $ServerUrl
  ${If} ${Errors}
    StrCpy $ServerUrl ""
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Ticket Pros" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A new version replaces the old one's files: none of the old _internal may linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu (all users' or this person's, as MultiUser.nsh set the shell context).
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; Apps & features: HKLM for a per-machine install, HKCU per user (SHCTX follows the mode).
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${COMPANY}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "URLInfoAbout" "https://ticketpros.io"
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; /SERVER_URL=...: the machine's policy (locked) per machine, the person's default per user.
  ${If} $ServerUrl != ""
    ${If} $MultiUser.InstallMode == "AllUsers"
      WriteRegStr HKLM "${POLICY_KEY}" "server_url" "$ServerUrl"
    ${Else}
      WriteRegStr HKCU "${USER_DEFAULTS_KEY}" "server_url" "$ServerUrl"
    ${EndIf}
  ${EndIf}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\ticketpros-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: never a folder with someone else's files
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
SectionEnd
