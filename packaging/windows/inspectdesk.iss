; Inno Setup 6 script: the Windows installer of InspectDesk (docs/packaging.md, "Windows").
;
; Build the program first (in the project folder, PowerShell):
;   .venv\Scripts\python -m PyInstaller --noconfirm build.spec
; then, from this folder (or pass the paths):
;   iscc /DAppVersion=0.1.0 inspectdesk.iss
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\InspectDesk-0.1.0 /DAppArch=arm64 inspectdesk.iss
; It writes ..\..\dist\InspectDesk-<version>-setup.exe.
;
; Installs per machine (Program Files) or, when the user chooses so or has no administrator
; rights, per user; a Start menu entry (the windowed inspectdeskw.exe), optionally a desktop
; icon and the console inspectdesk.exe on PATH. Uninstalling removes the program only: each
; user's data folder (%LOCALAPPDATA%\InspectDesk, databases, backups, logs) stays.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z inspectdesk.iss (pyproject.toml's)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\InspectDesk-" + AppVersion
#endif
#ifndef AppArch
  #define AppArch "x64"
#endif
#if AppArch == "x64"
  #define Allowed "x64compatible"
#elif AppArch == "arm64"
  #define Allowed "arm64"
#else
  #error AppArch is x64 or arm64 (PyInstaller builds for the machine it runs on)
#endif

[Setup]
; The AppId ties upgrades together: never change it.
AppId={{6A0C3F52-8E4B-4C71-9D3A-2F1B7E5C9A10}
AppName=InspectDesk
AppVersion={#AppVersion}
AppVerName=InspectDesk {#AppVersion}
AppPublisher=InspectDesk
DefaultDirName={autopf}\InspectDesk
DefaultGroupName=InspectDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed={#Allowed}
ArchitecturesInstallIn64BitMode={#Allowed}
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=InspectDesk-{#AppVersion}-{#AppArch}-setup
SetupIconFile=..\icons\inspectdesk.ico
UninstallDisplayIcon={app}\inspectdeskw.exe
UninstallDisplayName=InspectDesk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese when the compiler has ChineseSimplified.isl (newer Inno Setup releases ship it; for
; older ones copy it from jrsoftware.org/files/istrans/ into the compiler's Languages folder).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: the installer speaks English only"
#endif

[CustomMessages]
english.AddToPath=Add the inspectdesk command to PATH (for the command prompt)
english.DesktopIcon=Create a desktop icon
english.Launch=Start InspectDesk
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
chinesesimplified.AddToPath=将 inspectdesk 命令加入 PATH（供命令提示符使用）
chinesesimplified.DesktopIcon=创建桌面快捷方式
chinesesimplified.Launch=启动 InspectDesk
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[InstallDelete]
; A new version replaces the whole bundle: no module of the previous one may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\InspectDesk"; Filename: "{app}\inspectdeskw.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\InspectDesk"; Filename: "{app}\inspectdeskw.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\inspectdeskw.exe"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what running the program may have added inside its own folder.
Type: filesandordirs; Name: "{app}\_internal\db\migrations\versions\__pycache__"

[Code]
const
  MachineEnv = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  UserEnv = 'Environment';

function EnvRoot(): Integer;
begin
  if IsAdminInstallMode() then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function EnvKey(): String;
begin
  if IsAdminInstallMode() then Result := MachineEnv else Result := UserEnv;
end;

{ PATH with Dir taken out (compared without case and trailing backslash). }
function PathWithout(Path, Dir: String): String;
var
  Rest, Item: String;
  P: Integer;
begin
  Result := '';
  Rest := Path + ';';
  while Rest <> '' do
  begin
    P := Pos(';', Rest);
    Item := Copy(Rest, 1, P - 1);
    Delete(Rest, 1, P);
    if (Item <> '') and (CompareText(RemoveBackslashUnlessRoot(Item), RemoveBackslashUnlessRoot(Dir)) <> 0) then
    begin
      if Result <> '' then Result := Result + ';';
      Result := Result + Item;
    end;
  end;
end;

procedure SetPathEntry(Add: Boolean);
var
  Path, NewPath: String;
begin
  if not RegQueryStringValue(EnvRoot(), EnvKey(), 'Path', Path) then Path := '';
  NewPath := PathWithout(Path, ExpandConstant('{app}'));
  if Add then
  begin
    if NewPath <> '' then NewPath := NewPath + ';';
    NewPath := NewPath + ExpandConstant('{app}');
  end;
  if NewPath <> Path then
    RegWriteExpandStringValue(EnvRoot(), EnvKey(), 'Path', NewPath);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    SetPathEntry(WizardIsTaskSelected('addtopath'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    SetPathEntry(False);
end;
