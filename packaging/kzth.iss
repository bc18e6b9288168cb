; Inno Setup 6 script: a Windows installer (setup .exe) from the folder PyInstaller built.
; Step by step for IT staff: docs/windows-build.md.
;
;   1. build the folder on Windows:  pyinstaller --noconfirm --clean packaging\kzth.spec
;   2. sign dist\kzth\kzth.exe and dist\kzth\kzth-desktop.exe (or let SignTool below do it)
;   3. compile this script:          "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\kzth.iss
;   -> dist\KZTH-Desktop-0.1.0-setup.exe
;
; Installs per user by default (no administrator needed; an office PC often has none), or for
; all users when run as administrator. Workspaces are not touched by an uninstall: they live in
; %LOCALAPPDATA%\KZTH Desktop\workspace (or wherever the user put them).
; Setup speaks Russian or Kazakh (chosen from the Windows language, or in the first dialog):
; Russian.isl ships with Inno Setup; Kazakh.isl beside this script is ours, read over
; Default.isl so that a message a newer Inno Setup adds falls back to English, never to nothing.
; Every file named here is checked to exist by tests/unit/test_packaging.py.
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
SetupIconFile=..\resources\icons\kzth.ico
UninstallDisplayIcon={app}\kzth-desktop.exe
DisableProgramGroupPage=yes
; the "add kzth to PATH" task changes the user's environment: tell Explorer, so that a new
; command prompt sees it without logging off
ChangesEnvironment=yes
; Code signing (Authenticode), so that Windows SmartScreen names the publisher. Define a Sign
; Tool called "kzthsign" once, then uncomment the line below:
;   - in the Compiler IDE: Tools > Configure Sign Tools... > Add, name kzthsign, command
;       "C:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe" sign /fd SHA256 /tr <timestamp-url> /td SHA256 /a $f
;   - or on the command line (the same command after the "="):
;       ISCC.exe "/Skzthsign=signtool.exe sign /fd SHA256 /tr <timestamp-url> /td SHA256 /a $f" packaging\kzth.iss
; /a takes the best certificate of the user's store (a token's certificate shows there); a
; .pfx file is /f cert.pfx /p <password> instead. $f is the file Inno Setup signs: setup.exe,
; the uninstaller (SignedUninstaller is on by default with a SignTool) and, by the "signonce"
; flag in [Files], kzth.exe and kzth-desktop.exe unless they are signed already.
;SignTool=kzthsign

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"; LicenseFile: "license_ru.txt"
Name: "kk"; MessagesFile: "compiler:Default.isl,Kazakh.isl"; LicenseFile: "license_kk.txt"

[CustomMessages]
ru.PathGroup=Командная строка:
kk.PathGroup=Командалық жол:
ru.AddToPath=Добавить команду kzth в PATH (запуск из командной строки и PowerShell)
kk.AddToPath=kzth командасын PATH айнымалысына қосу (командалық жолдан және PowerShell-ден іске қосу)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:PathGroup}"

[Files]
; the two programs, signed on the way in when a SignTool is set (else as they are)
Source: "{#Dist}\kzth-desktop.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
Source: "{#Dist}\kzth.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
Source: "{#Dist}\*"; Excludes: "\kzth-desktop.exe,\kzth.exe"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kzth-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kzth-desktop.exe"; Tasks: desktopicon

[Registry]
; {app} appended to the user's own PATH (HKCU, no administrator needed; in an all-users
; install it is the PATH of the administrator who ran setup). Not when it is there already:
; a reinstall or an upgrade does not add it twice. The uninstaller takes it out again
; ([Code], CurUninstallStepChanged); nothing else in PATH is touched.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{code:PathWithApp}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\kzth-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  EnvironmentKey = 'Environment';

function UserPath(): string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Result) then
    Result := '';
end;

{ Whether Dir is one of the entries of Path (whole entries, any case, with or without a
  trailing backslash). }
function PathHasDir(Path, Dir: string): Boolean;
var
  Rest, Entry: string;
  P: Integer;
begin
  Result := False;
  Rest := Path + ';';
  while Rest <> '' do
  begin
    P := Pos(';', Rest);
    Entry := Trim(Copy(Rest, 1, P - 1));
    Delete(Rest, 1, P);
    if (Entry <> '') and
       (CompareText(RemoveBackslashUnlessRoot(Entry), RemoveBackslashUnlessRoot(Dir)) = 0) then
    begin
      Result := True;
      exit;
    end;
  end;
end;

function NeedsAddPath(Dir: string): Boolean;
begin
  Result := not PathHasDir(UserPath(), Dir);
end;

{ The user's PATH with {app} appended (no empty entry when PATH was empty). }
function PathWithApp(Param: string): string;
begin
  Result := UserPath();
  if (Result <> '') and (Copy(Result, Length(Result), 1) <> ';') then
    Result := Result + ';';
  Result := Result + ExpandConstant('{app}');
end;

procedure RemoveFromUserPath(Dir: string);
var
  Rest, Entry, Kept: string;
  P: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Rest) then
    exit;
  if not PathHasDir(Rest, Dir) then
    exit;
  Kept := '';
  Rest := Rest + ';';
  while Rest <> '' do
  begin
    P := Pos(';', Rest);
    Entry := Copy(Rest, 1, P - 1);
    Delete(Rest, 1, P);
    if (Trim(Entry) <> '') and
       (CompareText(RemoveBackslashUnlessRoot(Trim(Entry)), RemoveBackslashUnlessRoot(Dir)) <> 0) then
    begin
      if Kept <> '' then
        Kept := Kept + ';';
      Kept := Kept + Entry;
    end;
  end;
  if Kept = '' then
    RegDeleteValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path')
  else
    RegWriteExpandStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Kept);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromUserPath(ExpandConstant('{app}'));
end;
