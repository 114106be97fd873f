; Inno Setup 6 script: the Windows installer of Leerwinkel Desk.
;   iscc /DAppVersion=0.1.0 installers\windows\leerwinkel-desk.iss
; after `python installers\build.py bundle` made build\installer\dist\leerwinkel-desk\.
;
; - Per user, without administrator rights (into %LOCALAPPDATA%\Programs); IT may choose all
;   users with /ALLUSERS (then it asks for elevation).
; - A Start-menu entry; the command line (leerwinkel-desk.exe) is in the same folder.
; - Installing a newer version over the old one keeps everything: the same AppId, the running
;   app is closed first, the database is upgraded at its next start after a backup.
; - Uninstalling keeps the data (%LOCALAPPDATA%\LeerwinkelDesk: database, keys, backups, letters,
;   log) unless the person says so, or IT passes /REMOVEDATA=yes to a silent uninstall.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#define AppName "Leerwinkel Desk"
#define Bundle "..\..\build\installer\dist\leerwinkel-desk"

[Setup]
AppId={{6F1C2D1E-4B7A-4C3B-9E55-5A3C0B7D2E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Leerwinkel Desk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\icons\leerwinkel-desk.ico
UninstallDisplayIcon={app}\LeerwinkelDesk.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=LeerwinkelDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\resources\licences\third-party.txt

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.RemoveData=Ook de gegevens van Leerwinkel Desk op deze computer verwijderen (databank, sleutels, back-ups, brieven en logboek in %1)?%n%nKies Nee om ze te bewaren; een nieuwe installatie vindt ze dan terug.
en.RemoveData=Also remove the Leerwinkel Desk data on this computer (database, keys, backups, letters and log in %1)?%n%nChoose No to keep them; a new installation finds them again.
nl.DesktopIcon=Een snelkoppeling op het bureaublad
en.DesktopIcon=A shortcut on the desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the bundle whole: no file of the old version stays behind
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\LeerwinkelDesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\LeerwinkelDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\LeerwinkelDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  { platformdirs' user_data_path("LeerwinkelDesk", appauthor=False): the same for every install mode }
  Result := ExpandConstant('{localappdata}\LeerwinkelDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Remove: Boolean;
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
  begin
    if UninstallSilent() then
      Remove := CompareText(ExpandConstant('{param:REMOVEDATA|no}'), 'yes') = 0
    else
      Remove := MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataFolder()]), mbConfirmation,
                       MB_YESNO or MB_DEFBUTTON2) = IDYES;
    if Remove then
      DelTree(DataFolder(), True, True, True);
  end;
end;
