; Inno Setup script: a Windows installer (setup .exe) from the folder PyInstaller built.
;
;   1. build the folder on Windows:  pyinstaller --noconfirm --clean packaging\kzth.spec
;   2. compile this script:          "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\kzth.iss
;   -> dist\KZTH-Desktop-0.1.0-setup.exe
;
; Installs per user by default (no administrator needed; an office PC often has none), or for
; all users when run as administrator. Workspaces are not touched by an uninstall: they live in
; %LOCALAPPDATA%\KZTH Desktop\workspace (or wherever the user put them).
; Not built by CI (Inno Setup runs on Windows only).

#define AppName "KZTH Desktop"
#define AppVersion "0.1.0"
#define Dist "..\dist\kzth"

[Setup]
AppId={{5C0B5D2E-7E0B-4E57-9C3A-2B0A6F7D4B11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=KZTH
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=KZTH-Desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kzth-desktop.exe
DisableProgramGroupPage=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kzth-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kzth-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kzth-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
