; Inno Setup script: the Windows installer, made from the one-folder bundle (dist\apaleo-inspector).
;
; Why Inno Setup rather than WiX: a per-user install without admin rights, Start-menu entry,
; uninstaller and "Apps & features" entry come from one short declarative script, it is on
; GitHub's Windows runners, and the installer speaks English and German out of the box. WiX
; would add an MSI (useful for group-policy roll-outs, which hotels ask for rarely) at the cost
; of a component tree to maintain by hand for a folder of ~1,000 files.
;
; Build (from the repository root, after packaging\build.sh):
;   iscc /DAppVersion=0.1.0 packaging\windows\apaleo-inspector.iss

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

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\apaleo-inspector\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\apaleo Inspector"; Filename: "{app}\apaleo-inspector.exe"
Name: "{autodesktop}\apaleo Inspector"; Filename: "{app}\apaleo-inspector.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\apaleo-inspector.exe"; Description: "{cm:LaunchProgram,apaleo Inspector}"; Flags: nowait postinstall skipifsilent
