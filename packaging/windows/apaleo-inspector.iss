; Inno Setup script: the Windows installer, made from the one-folder bundle (dist\apaleo-inspector).
;
; Why Inno Setup rather than WiX: a per-user install without admin rights, Start-menu entry,
; uninstaller and "Apps & features" entry come from one short declarative script, it is on
; GitHub's Windows runners, and the installer speaks English and German out of the box. WiX
; would add an MSI (useful for group-policy roll-outs, which hotels ask for rarely) at the cost
; of a component tree to maintain by hand for a folder of ~1,000 files.
;
;
; Build (from the repository root, after the PyInstaller build):
;   iscc /DAppVersion=0.1.0 packaging\windows\apaleo-inspector.iss
; Signed (the installer and the uninstaller it writes, by packaging\windows\sign.ps1):
;   iscc /DAppVersion=0.1.0 /DSign "/Strusted=powershell.exe -NoProfile -ExecutionPolicy Bypass
;        -File packaging\windows\sign.ps1 -Files $f" packaging\windows\apaleo-inspector.iss
;
; IT installs it silently, per user, without admin rights:
;   apaleo-inspector-X.Y.Z-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART
;     [/TASKS="addtopath"]
; and removes it (add /FORGET to delete the saved sign-ins and profiles too):
;   "%LOCALAPPDATA%\Programs\apaleo Inspector\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES [/FORGET]
; Detection rule (Intune, winget): the registry value
;   HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{0EB4AEFE-59C3-4AA1-8F52-1B883BD033DD}_is1
;   DisplayVersion = X.Y.Z

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\apaleo-inspector.iss
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{0EB4AEFE-59C3-4AA1-8F52-1B883BD033DD}
AppName=apaleo Inspector
AppVersion={#AppVersion}
AppVerName=apaleo Inspector {#AppVersion}
AppPublisher=apaleo Inspector developers
AppPublisherURL=https://apaleo.com
VersionInfoVersion={#AppVersion}
; Per user, no admin rights: %LOCALAPPDATA%\Programs\apaleo Inspector
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\apaleo Inspector
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=apaleo-inspector-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\apaleo-inspector.ico
UninstallDisplayIcon={app}\apaleo-inspector.exe
UninstallDisplayName=apaleo Inspector
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; The PATH task changes the user's environment: tell running programs (Explorer, new consoles).
ChangesEnvironment=yes
#ifdef Sign
SignTool=trusted
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.AddToPath=Add apaleo-inspector-cli to the PATH (for the command line)
german.AddToPath=apaleo-inspector-cli zum PATH hinzufügen (für die Kommandozeile)
english.ForgetQuestion=Also delete the saved sign-ins, client secrets and connection profiles of apaleo Inspector on this computer?
german.ForgetQuestion=Auch die gespeicherten Anmeldungen, Client-Secrets und Verbindungsprofile von apaleo Inspector auf diesem Computer löschen?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "..\..\dist\apaleo-inspector\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\apaleo Inspector"; Filename: "{app}\apaleo-inspector.exe"
Name: "{autodesktop}\apaleo Inspector"; Filename: "{app}\apaleo-inspector.exe"; Tasks: desktopicon

[Registry]
; Per user: HKCU's Path, only when the folder is not on it yet (removed again by the uninstaller)
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[UninstallDelete]
; cache, lock files and logs (platformdirs' %LOCALAPPDATA%\apaleo-inspector); no secret lives there
Type: filesandordirs; Name: "{localappdata}\apaleo-inspector"

[Run]
Filename: "{app}\apaleo-inspector.exe"; Description: "{cm:LaunchProgram,apaleo Inspector}"; Flags: nowait postinstall skipifsilent

[Code]
function PathHas(Path, Folder: string): Boolean;
begin
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') > 0;
end;

function NeedsAddPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    Path := '';
  Result := not PathHas(Path, Folder);
end;

procedure RemoveFromPath(Folder: string);
var
  Path: string;
  Start: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    exit;
  Start := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';');
  if Start = 0 then
    exit;
  // Start is where ";Folder;" begins in ";Path;": the folder and one of its separators go
  if Start = 1 then
    Delete(Path, 1, Length(Folder) + 1)
  else
    Delete(Path, Start - 1, Length(Folder) + 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path);
end;

function ForgetAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/FORGET') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
  Forget: Boolean;
begin
  if CurUninstallStep = usUninstall then
  begin
    // Before the files go: the console twin deletes the keyring entries and profiles.
    Forget := ForgetAsked();
    if (not Forget) and (not UninstallSilent) then
      Forget := MsgBox(CustomMessage('ForgetQuestion'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
    if Forget then
      Exec(ExpandConstant('{app}\apaleo-inspector-cli.exe'), 'forget --all --yes', '', SW_HIDE,
        ewWaitUntilTerminated, ResultCode);
  end;
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
