# Restore, build, test and build the default sample issue. A thin wrapper over dotnet commands
# for people who use PowerShell; the README's Quick start gives the same steps for sh.
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

dotnet restore GazettePress.sln
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
dotnet build GazettePress.sln --no-restore
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
dotnet test GazettePress.sln --no-build
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
dotnet run --project src/GazettePress.Cli --no-build -- build samples/jincheng-2025-06 --out out
exit $LASTEXITCODE
