<#
.SYNOPSIS
  Builds the Windows installer target\installer\SurveyPivot-<version>.msi with jpackage on a jlinked runtime.

.DESCRIPTION
  Run on Windows 10/11 (x64) from the repository root or anywhere:
      powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-NoBuild]

  Needs: a JDK 17+ (jdeps, jlink, jpackage: on PATH or in JAVA_HOME), Maven (unless -NoBuild) and the WiX Toolset
  3.x (candle.exe and light.exe on PATH; jpackage 17 does not use WiX 4 or later).
  The shaded jar must be built on Windows: it carries JavaFX's Windows native libraries.

  The install gets two launchers: SurveyPivot.exe (the window; Start menu and desktop shortcuts) and
  SurveyPivotCLI.exe (a console launcher for the command line, e.g. `SurveyPivotCLI.exe --version`).
  The upgrade code below is fixed, so a newer .msi replaces an installed older one. Do not change it.
#>
param(
    [switch]$NoBuild
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = Split-Path -Parent $PSScriptRoot
Set-Location $root
$upgradeUuid = '79b5d132-8846-495d-8ae1-50963d180c4d'

function Find-Tool([string]$name) {
    if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME "bin\$name.exe"))) {
        return (Join-Path $env:JAVA_HOME "bin\$name.exe")
    }
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    throw "build-windows: $name not found: install a JDK 17+ or set JAVA_HOME"
}
function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "build-windows: $exe failed with exit code $LASTEXITCODE" }
}

$jdeps = Find-Tool 'jdeps'; $jlink = Find-Tool 'jlink'; $jpackage = Find-Tool 'jpackage'; $jar = Find-Tool 'jar'
foreach ($wix in 'candle', 'light') {
    if (-not (Get-Command $wix -ErrorAction SilentlyContinue)) {
        throw "build-windows: $wix.exe (WiX Toolset 3.x) is not on PATH; install WiX 3.14 and add its bin folder to PATH"
    }
}

$started = Get-Date
if (-not $NoBuild) {
    Write-Host '== maven package'
    Invoke-Checked 'mvn' @('-B', '-q', '-Dstyle.color=never', 'package', '-DskipTests')
}
$jarFile = Join-Path $root 'target\surveypivot.jar'
if (-not (Test-Path $jarFile)) { throw "build-windows: $jarFile is missing (run without -NoBuild)" }

$out = Join-Path $root 'target\installer'
$work = Join-Path $out 'work'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force -Path (Join-Path $work 'input'), (Join-Path $work 'manifest') | Out-Null

# version from the jar's manifest; an MSI version is digits and dots only
Push-Location (Join-Path $work 'manifest')
Invoke-Checked $jar @('--extract', '--file', $jarFile, 'META-INF/MANIFEST.MF')
Pop-Location
$manifest = Get-Content (Join-Path $work 'manifest\META-INF\MANIFEST.MF')
$version = ($manifest | Where-Object { $_ -match '^Implementation-Version:' }) -replace '^Implementation-Version:\s*', ''
if ($version -match '^(\d+(\.\d+){0,2})') { $appVersion = $Matches[1] }
else { throw "build-windows: no numeric Implementation-Version in $jarFile (found '$version')" }
Write-Host "SurveyPivot $version (package version $appVersion)"

Write-Host '== jdeps: modules the jar needs'
$modules = (& $jdeps --ignore-missing-deps --print-module-deps --multi-release 17 $jarFile | Select-Object -Last 1)
if ($LASTEXITCODE -ne 0) { throw 'build-windows: jdeps failed' }
# not visible to jdeps: Japanese locale data, extra charsets (Shift_JIS/MS932 CSV files), zip fs, TLS, JNDI/JMX
$modules = "$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec,java.naming,java.management"
Write-Host $modules

Write-Host '== jlink: runtime'
Invoke-Checked $jlink @('--add-modules', $modules, '--include-locales=en,ja', '--strip-debug', '--no-header-files',
    '--no-man-pages', '--compress=2', '--generate-cds-archive', '--output', (Join-Path $work 'runtime'))

Write-Host '== jpackage: msi'
# JavaFX's DLLs stay in the jar: on Windows JavaFX looks for them in ..\bin of the jar, which a jpackage image does
# not have, so it unpacks them once into %USERPROFILE%\.openjfx\cache on the first start
Copy-Item $jarFile (Join-Path $work 'input\surveypivot.jar')
$common = @(
    '--name', 'SurveyPivot',
    '--app-version', $appVersion,
    '--vendor', 'SurveyPivot',
    '--description', 'Survey crosstabs and band charts',
    '--copyright', 'SurveyPivot',
    '--icon', (Join-Path $root 'icons\surveypivot.ico'),
    '--input', (Join-Path $work 'input'),
    '--main-jar', 'surveypivot.jar',
    '--main-class', 'com.surveypivot.Launcher',
    '--java-options', '-Dfile.encoding=UTF-8',
    '--java-options', '-XX:TieredStopAtLevel=1',
    '--runtime-image', (Join-Path $work 'runtime'),
    '--add-launcher', ('SurveyPivotCLI=' + (Join-Path $root 'installer\windows\SurveyPivotCLI.properties')),
    '--dest', $out
)
Invoke-Checked $jpackage ($common + @(
    '--type', 'msi',
    '--win-menu', '--win-menu-group', 'SurveyPivot',
    '--win-shortcut',
    '--win-dir-chooser',
    '--win-per-user-install',
    '--win-upgrade-uuid', $upgradeUuid
))

Remove-Item -Recurse -Force $work
$msi = Get-ChildItem $out -Filter '*.msi' | Select-Object -First 1
if (-not $msi) { throw 'build-windows: jpackage made no .msi' }
'{0} ({1:N0} MB) in {2:N0} s' -f $msi.FullName, ($msi.Length / 1MB), ((Get-Date) - $started).TotalSeconds | Write-Host
