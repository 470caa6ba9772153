# Build the clerk's bundle on Windows (PowerShell):
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-OneFile] [-Check]
# -> dist\awardtool\awardtool.exe (the window) and dist\awardtool\awardtool-cli.exe
#    (command line; `awardtool-cli.exe selftest` checks the bundle).
# Needs Python 3.11+ (python.org installer, "Add to PATH"). Creates .venv on first use.
param([switch]$OneFile, [switch]$Check)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Test-Path .venv\Scripts\pyinstaller.exe)) {
    python -m venv .venv
    .venv\Scripts\python.exe -m pip install --upgrade pip
    .venv\Scripts\python.exe -m pip install -e ".[build]"
}

$specArgs = @()
if ($OneFile) { $specArgs += "--onefile" }
$watch = [Diagnostics.Stopwatch]::StartNew()
.venv\Scripts\pyinstaller.exe --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\awardtool.spec '--' @specArgs
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$watch.Stop()

if ($OneFile) { $cli = "dist\awardtool-cli.exe"; $out = "dist" } else { $cli = "dist\awardtool\awardtool-cli.exe"; $out = "dist\awardtool" }
$mb = [math]::Round(((Get-ChildItem $out -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 1)
Write-Host ("build.ps1: built {0} in {1:N0}s, {2} MB" -f $out, $watch.Elapsed.TotalSeconds, $mb)

if ($Check) {
    & $cli selftest
    exit $LASTEXITCODE
}
